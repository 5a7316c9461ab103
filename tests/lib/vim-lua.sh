# Sourced by the Vim test scripts: VIM_LUA is a Vim with +lua (Debian's
# vim.nox, even when `vim` points to vim.basic), or empty.
VIM_LUA=""
for v in vim vim.nox; do
    if command -v "$v" >/dev/null 2>&1 && "$v" --version 2>/dev/null | grep -q '+lua'; then
        VIM_LUA=$(command -v "$v")
        break
    fi
done
