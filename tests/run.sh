#!/bin/sh
# Runs every test suite and ends with one line "N passed, N failed".
# Each suite prints busted's TAP; this script adds up the "ok" / "not ok" lines.
cd "$(dirname "$0")/.." || exit 1
out=$(mktemp)
status=0
run() {  # run NAME CMD...
    name=$1; shift
    echo "== $name"
    "$@" >"$out.cur" 2>&1
    rc=$?
    cat "$out.cur"
    cat "$out.cur" >>"$out"
    if [ $rc -ne 0 ] && ! grep -q '^not ok' "$out.cur"; then
        echo "not ok - suite '$name' failed to run (exit $rc)" | tee -a "$out"
    fi
}
BUSTED_LUAJIT="luajit /usr/bin/busted"
SHARED=${SHARED:-../shared}
# A few dev-corpus texts for the C tests, when ../shared is beside the clone.
dev_texts=""
[ -d "$SHARED/corpus/polnear-dev" ] && dev_texts=$(ls "$SHARED"/corpus/polnear-dev/*.txt | head -n 12)
run "core (LuaJIT)" env LUA_CPATH="./lua/?.so;;" LUA_PATH="./lua/?.lua;./lua/?/init.lua;;" \
    $BUSTED_LUAJIT -o TAP tests/core
run "cli" $BUSTED_LUAJIT -o TAP tests/cli
run "threads (C API)" build/test-threads $dev_texts
run "allocation failures (C API)" build/test-oom
run "editor layer (LuaJIT)" env LUA_CPATH="./lua/?.so;;" LUA_PATH="./lua/?.lua;./lua/?/init.lua;;" \
    $BUSTED_LUAJIT -o TAP tests/lua
run "editor specs (Neovim)" sh tests/editor/run-nvim.sh
run "editor specs (Vim)" sh tests/editor/run-vim.sh
run "Vim without Lua or core" sh tests/vim/fallback.sh
run "end-to-end (nvim in tmux)" sh tests/e2e/nvim.sh
run "end-to-end (vim in tmux)" sh tests/e2e/vim.sh
passed=$(grep -c '^ok ' "$out")
failed=$(grep -c '^not ok' "$out")
rm -f "$out" "$out.cur"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
