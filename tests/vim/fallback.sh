#!/bin/sh
# Vim where newsmark cannot run: without +lua (Debian's vim.basic), and with
# +lua but no core built for its Lua.  :Newsmark must print one clear line,
# opening a text file must stay quiet, and nothing else may break.  TAP.
cd "$(dirname "$0")/../.." || exit 1
ROOT=$PWD
n=0; failed=0
ok()     { n=$((n + 1)); echo "ok $n - $*"; }
not_ok() { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $*"; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'Mayor Ada Moss said “we are ready.”\n' > "$tmp/article.txt"

# try VIM RTP: runs :Newsmark enable on a text file, saves the messages.
try() {
    "$1" -es -N -u NONE -i NONE --cmd "set rtp^=$2" --cmd "filetype on" \
        -c "runtime plugin/newsmark.vim" -c "redir! > $tmp/msgs" \
        -c "edit $tmp/article.txt" -c "Newsmark enable" -c "Newsmark" -c "redir END" \
        -c "call writefile([v:errmsg], '$tmp/errmsg')" -c "qa!" </dev/null >/dev/null 2>&1
}
check_msgs() { # check_msgs LABEL PATTERN
    lines=$(grep -c "newsmark" "$tmp/msgs")
    if [ "$lines" -eq 2 ] && [ "$(grep -c "$2" "$tmp/msgs")" -eq 2 ]; then
        ok "$1: each :Newsmark prints one line saying what is missing"
    else
        not_ok "$1: expected one line per :Newsmark matching '$2', got:"; sed 's/^/# /' "$tmp/msgs"
    fi
    if grep -q "^E[0-9]" "$tmp/msgs"; then
        not_ok "$1: no Vim error"; sed 's/^/# /' "$tmp/msgs"
    else
        ok "$1: no Vim error on opening a text file or on :Newsmark"
    fi
}

if command -v vim.basic >/dev/null 2>&1 && ! vim.basic --version | grep -q '+lua'; then
    try vim.basic "$ROOT"
    check_msgs "Vim without +lua" "has no +lua"
else
    ok "# SKIP no Vim without +lua here (Debian: vim.basic from the vim package)"
fi

. tests/lib/vim-lua.sh
if [ -n "$VIM_LUA" ]; then
    # a copy of the plugin without the module for Vim's Lua ABI (but with
    # Neovim's LuaJIT module on the runtimepath, which must not be loaded)
    mkdir -p "$tmp/plug"
    cp -r "$ROOT/plugin" "$ROOT/autoload" "$ROOT/lua" "$tmp/plug/"
    try "$VIM_LUA" "$tmp/plug"
    check_msgs "Vim with +lua but no core for its Lua" "no core built for Vim's Lua"
else
    not_ok "vim with +lua is not installed (Debian: vim-nox)"
fi
echo "1..$n"
[ "$failed" -eq 0 ]
