#!/bin/sh
# Editor specs inside headless Neovim (busted on Neovim's LuaJIT).
cd "$(dirname "$0")/../.." || exit 1
export NEWSMARK_ROOT="$PWD"
exec timeout 300 nvim --headless -u NONE -i NONE -n --cmd "set rtp^=$PWD" \
    -c "runtime plugin/newsmark.vim" -c "luafile tests/editor/runner.lua" </dev/null
