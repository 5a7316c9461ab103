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
run "core (LuaJIT)" env LUA_CPATH="./lua/?.so;;" LUA_PATH="./lua/?.lua;./lua/?/init.lua;;" \
    $BUSTED_LUAJIT -o TAP tests/core
passed=$(grep -c '^ok ' "$out")
failed=$(grep -c '^not ok' "$out")
rm -f "$out" "$out.cur"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
