#!/bin/sh
# End-to-end: real Neovim in tmux on the sample article.
. "$(dirname "$0")/lib.sh"
command -v tmux >/dev/null || { echo "not ok - tmux is not installed"; exit 1; }
command -v nvim >/dev/null || { echo "not ok - nvim is not installed"; exit 1; }
run_checks nvim
echo "1..$n"
[ "$failed" -eq 0 ]
