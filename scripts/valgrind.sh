#!/bin/sh
# valgrind over the newsmark command: no invalid read or write, no leak.
#   scripts/valgrind.sh BIN [all|N]
# all (make valgrind): every dev-corpus text; N (tests/run.sh): the first N
# of each dev set.  The hand-made edge cases of fuzz/seeds/ are always
# included.  Each set of files is one run of the command (--jsonl over all of
# them, then --text), so the engine is built and freed once.  Prints TAP.
BIN=${1:-build/newsmark}
HOW=${2:-all}
SHARED=${SHARED:-../shared}
if ! command -v valgrind >/dev/null 2>&1; then
    echo "not ok 1 - valgrind is not installed (scripts/deps.sh installs it)"
    exit 1
fi
pick() {  # pick DIR: the .txt files of DIR, all or the first HOW
    [ -d "$1" ] || return 0
    if [ "$HOW" = all ]; then ls "$1"/*.txt; else ls "$1"/*.txt | head -n "$HOW"; fi
}
dev="$(pick "$SHARED/corpus/polnear-dev") $(pick "$SHARED/corpus/conllpp-dev")"
n=0 bad=0
vg() {  # vg NAME EXPECTED-EXIT ARGS...: one TAP line
    name=$1 want=$2; shift 2
    n=$((n + 1))
    log=$(mktemp)
    valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=all \
        --errors-for-leak-kinds=definite,indirect,possible "$BIN" "$@" >/dev/null 2>"$log"
    rc=$?
    if [ "$rc" -eq "$want" ]; then
        echo "ok $n - valgrind: $name"
    else
        bad=$((bad + 1))
        echo "not ok $n - valgrind: $name (exit $rc, expected $want)"
        head -n 30 "$log" | sed 's/^/#   /'
    fi
    rm -f "$log"
}
if [ -n "$(echo $dev)" ]; then
    count=$(echo $dev | wc -w)
    vg "--jsonl over $count dev-corpus texts" 0 --jsonl $dev
    vg "--text over $count dev-corpus texts" 0 --text $dev
    vg "--json --no-tagger over $count dev-corpus texts" 0 --json --no-tagger $dev
fi
vg "--jsonl over the fuzz/seeds edge cases" 0 --jsonl fuzz/seeds/*
vg "--text over the fuzz/seeds edge cases" 0 --text fuzz/seeds/*
vg "usage error" 1 --no-such-option
vg "unreadable file" 2 --json /nonexistent/file
echo "1..$n"
[ "$bad" -eq 0 ]
