" The init file of `make demo` and of the end-to-end tests: newsmark on the
" runtimepath and enabled, nothing from the user's own configuration.
" Works in Neovim and in Vim 9 with +lua.
set nocompatible
let s:root = fnamemodify(resolve(expand('<sfile>:p')), ':h:h')
let &runtimepath = s:root . ',' . &runtimepath
filetype plugin on
syntax on
set hidden ruler laststatus=2 nowrap
let g:newsmark = {'filetypes': ['text']}
autocmd VimEnter * Newsmark enable
