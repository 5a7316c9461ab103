#!/bin/sh
# End-to-end: real Vim 9 (+lua) in tmux on the sample article.
. "$(dirname "$0")/lib.sh"
command -v tmux >/dev/null || { echo "not ok - tmux is not installed"; exit 1; }
. tests/lib/vim-lua.sh
[ -n "$VIM_LUA" ] || { echo "not ok - vim with +lua is not installed (Debian: vim-nox)"; exit 1; }
run_checks "$VIM_LUA"
echo "1..$n"
[ "$failed" -eq 0 ]
