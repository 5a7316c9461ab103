#!/bin/sh
# make demo: opens the sample article in Neovim (NEWSMARK_EDITOR=vim: in
# Vim) with newsmark loaded and enabled, using scripts/demo.vim instead of
# the user's configuration.  `make demo` builds the core first.  Extra
# arguments go to the editor, e.g. `sh scripts/demo.sh --headless -c qa`.
cd "$(dirname "$0")/.." || exit 1
ED=${NEWSMARK_EDITOR:-nvim}
if ! command -v "$ED" >/dev/null 2>&1; then
    echo "newsmark demo: '$ED' is not installed (Debian: apt-get install neovim, or vim-nox and NEWSMARK_EDITOR=vim)" >&2
    exit 1
fi
if [ ! -f lua/newsmark/core.so ]; then
    echo "newsmark demo: the core is not built; run make demo (or make) first" >&2
    exit 1
fi
exec "$ED" -u scripts/demo.vim -i NONE -n "$@" tests/fixtures/sample-article.txt
