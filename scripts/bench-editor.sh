#!/bin/sh
# make bench, editor part (issue 4 "Measured"): in headless Neovim, time
# from enable to highlights on a 50 KB and a 5 MB buffer, the update after
# one edit in each, the longest blocking step, and the plugin's start-up
# cost from `nvim --startuptime` (and `vim --startuptime` where Vim has
# +lua).  Targets: <= 30 ms for 50 KB, <= 5 ms per edit on 50 KB, no step
# over 100 ms on 5 MB, <= 1 ms at start-up.  A benchmark, not a test.
cd "$(dirname "$0")/.." || exit 1
SHARED=${SHARED:-../shared}
if [ -d "$SHARED/corpus/polnear-dev" ]; then
    files=$(ls "$SHARED"/corpus/polnear-dev/*.txt | head -n 200)
else
    files=$(ls tests/fixtures/*.txt)
fi
command -v nvim >/dev/null || { echo "bench-editor: nvim is not installed; skipped"; exit 0; }
echo "== editor: Neovim $(nvim --version | head -n 1 | cut -d' ' -f2)"
NEWSMARK_BENCH_FILES=$(echo $files) nvim --headless -u NONE -i NONE -n --cmd "set rtp^=$PWD" \
    -c "runtime plugin/newsmark.vim" -c "luafile scripts/bench-editor.lua" 2>&1 </dev/null

. tests/lib/vim-lua.sh
if [ -n "$VIM_LUA" ]; then
    echo "== editor: Vim $("$VIM_LUA" --version | head -n 1 | sed 's/.*IMproved \([0-9.]*\).*/\1/') (+lua, text properties)"
    NEWSMARK_BENCH_FILES=$(echo $files) "$VIM_LUA" -es -N -u NONE -i NONE --cmd "set rtp^=$PWD" \
        -c "runtime plugin/newsmark.vim" -c "call newsmark#available()" \
        -c "luafile scripts/bench-editor.lua" 2>&1 </dev/null
fi

# Start-up: the time spent sourcing plugin/newsmark.vim (nothing else of
# newsmark loads at start-up), median of 5 runs.
startup() { # startup EDITOR
    for i in 1 2 3 4 5; do
        log=$(mktemp)
        "$1" --startuptime "$log" -u NONE -i NONE -n -es --cmd "set rtp^=$PWD" \
            --cmd "runtime plugin/newsmark.vim" -c "qa!" </dev/null >/dev/null 2>&1
        grep "plugin/newsmark.vim" "$log" | awk '{ print $2 }'
        rm -f "$log"
    done | sort -n | sed -n 3p
}
echo "== editor: start-up cost (sourcing plugin/newsmark.vim, median of 5)"
echo "nvim  $(startup nvim) ms"
if [ -n "$VIM_LUA" ]; then
    echo "vim   $(startup "$VIM_LUA") ms"
fi
