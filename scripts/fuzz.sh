#!/bin/sh
# make fuzz: runs each libFuzzer harness for SECONDS seconds (default 60).
#   scripts/fuzz.sh [SECONDS] [HARNESS...]
# The corpus is a temporary directory seeded from fuzz/seeds/ (hand-made edge
# cases, committed) and, when ../shared is present, the corpus texts (copied
# at run time, never committed).  Inputs that crash are saved in fuzz-out/
# (turn each into a regression test under tests/regress/).  Prints one TAP
# line per harness; exits 1 if any crashed.
B=${FUZZ_B:-build-fuzz}
SHARED=${SHARED:-../shared}
secs=${1:-60}
[ $# -gt 0 ] && shift
harnesses=${*:-"fuzz_analyze fuzz_lua"}
mkdir -p fuzz-out
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT INT TERM
cp fuzz/seeds/* "$corpus"/
if [ -d "$SHARED/corpus" ]; then
    for f in "$SHARED"/corpus/polnear-dev/*.txt "$SHARED"/corpus/conllpp-dev/*.txt; do
        [ -f "$f" ] && cp "$f" "$corpus/shared-$(basename "$f")"
    done
fi
n=0 bad=0
for h in $harnesses; do
    n=$((n + 1))
    log=fuzz-out/$h.log
    # -timeout: one input taking 10 s is a hang (the core is linear); no
    # input may need more than 2 GB.  The corpus grows only in a copy.
    if "$B/$h" -dict=fuzz/newsmark.dict -max_total_time="$secs" -timeout=10 \
         -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
         -artifact_prefix="fuzz-out/$h-" "$corpus" >"$log" 2>&1; then
        execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
        echo "ok $n - $h: ${secs} s, ${execs:-?} inputs, no crash"
    else
        bad=$((bad + 1))
        echo "not ok $n - $h crashed (see $log; inputs saved as fuzz-out/$h-*)"
        grep -E "^==[0-9]+==ERROR|runtime error|invariant broken|fuzz_lua:|^SUMMARY" "$log" | head -5 | sed 's/^/#   /'
    fi
done
echo "1..$n"
[ "$bad" -eq 0 ]
