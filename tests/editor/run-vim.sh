#!/bin/sh
# Editor specs inside Vim 9 with +lua (busted on Vim's Lua 5.2), in silent
# Ex mode so no terminal is needed.
cd "$(dirname "$0")/../.." || exit 1
export NEWSMARK_ROOT="$PWD"
. tests/lib/vim-lua.sh
if [ -z "$VIM_LUA" ]; then
    echo "not ok - vim with +lua is not installed (Debian: vim-nox)"
    exit 1
fi
# Files the specs edit go to a directory removed when the run ends.
NM_TEST_TMP=$(mktemp -d) || exit 1
export NM_TEST_TMP
timeout 300 "$VIM_LUA" -es -N -u NONE -i NONE --cmd "set rtp^=$PWD" \
    -c "runtime plugin/newsmark.vim" -c "call newsmark#available()" \
    -c "luafile tests/editor/runner.lua" </dev/null
rc=$?
rm -rf "$NM_TEST_TMP"
exit $rc
