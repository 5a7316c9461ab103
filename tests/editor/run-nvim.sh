#!/bin/sh
# Editor specs inside headless Neovim (busted on Neovim's LuaJIT).
cd "$(dirname "$0")/../.." || exit 1
export NEWSMARK_ROOT="$PWD"
# Files the specs edit go to a directory removed when the run ends.
NM_TEST_TMP=$(mktemp -d) || exit 1
export NM_TEST_TMP
timeout 300 nvim --headless -u NONE -i NONE -n --cmd "set rtp^=$PWD" \
    -c "runtime plugin/newsmark.vim" -c "luafile tests/editor/runner.lua" </dev/null
rc=$?
rm -rf "$NM_TEST_TMP"
exit $rc
