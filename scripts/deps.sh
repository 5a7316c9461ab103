#!/bin/sh
# Installs what newsmark's build and tests need, saying what it installs.
# On Debian/Ubuntu (as root, or with sudo) it runs apt-get; elsewhere it only
# prints the packages to install.
#
#   sh scripts/deps.sh          everything `make test` needs
#   sh scripts/deps.sh demo     only what `make demo` needs: the build and the editor
BUILD="make gcc libc6-dev libpcre2-dev pkg-config luajit libluajit-5.1-dev"
case "${1:-test}" in
demo)
    ed=${NEWSMARK_EDITOR:-nvim}
    case "$ed" in vim*) PKGS="$BUILD liblua5.2-dev vim-nox" ;; *) PKGS="$BUILD neovim" ;; esac ;;
*)  PKGS="$BUILD liblua5.2-dev lua-busted neovim vim-nox tmux clang libclang-rt-14-dev valgrind lua-dkjson lua-lpeg" ;;
esac
missing=""
for p in $PKGS; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done
[ -z "$missing" ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
    echo "newsmark: please install:$missing (Debian names; PCRE2, LuaJIT, Lua 5.2 headers, busted, Neovim, Vim with +lua, tmux, clang)" >&2
    exit 0
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "newsmark: installing:$missing"
$SUDO apt-get update -qq >/dev/null 2>&1 || true
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null || {
    echo "newsmark: apt-get install failed for:$missing" >&2
    exit 1
}
