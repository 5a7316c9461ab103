" autoload/newsmark.vim -- the bridge from Vim script to lua/newsmark/, for
" Neovim and for Vim 9 with +lua.  In Vim it also finds the core built for
" Vim's Lua (lua52/newsmark/core.so for Lua 5.2) and puts it first on Vim's
" package.cpath, so that the LuaJIT module Neovim uses is never loaded.

let s:root = expand('<sfile>:p:h:h')
let s:subcommands = ['enable', 'disable', 'toggle', 'refresh', 'info', 'quotes', 'entities', 'next', 'prev', 'health']

" Returns '' when Lua and the core are usable, else one line saying what is
" missing.
function! s:check() abort
  if exists('s:missing')
    return s:missing
  endif
  let s:missing = ''
  if has('nvim')
    return s:missing
  endif
  if !has('lua')
    let s:missing = 'newsmark: this Vim has no +lua; install a Vim built with Lua (Debian: vim-nox) or use Neovim'
    return s:missing
  endif
  let ver = luaeval('_VERSION')
  let abi = 'lua' . substitute(matchstr(ver, '\d\+\.\d\+'), '\.', '', '')
  let dir = s:root . '/' . abi
  if !filereadable(dir . '/newsmark/core.so')
    let s:missing = printf('newsmark: no core built for Vim''s %s (%s/newsmark/core.so is missing; run make in %s with that Lua''s headers)', ver, abi, s:root)
    return s:missing
  endif
  " The Lua modules come from the plugin's lua/ dir; the C module from the
  " directory for this Lua's ABI, ahead of anything else.
  call luaeval('(function(r, d) package.path = r .. "/lua/?.lua;" .. r .. "/lua/?/init.lua;" .. package.path; package.cpath = d .. "/?.so;" .. package.cpath end)(_A.root, _A.dir)', {'root': s:root, 'dir': dir})
  return s:missing
endfunction

function! newsmark#command(args, count) abort
  let missing = s:check()
  if missing !=# ''
    echohl ErrorMsg | echomsg missing | echohl None
    return
  endif
  call luaeval('require("newsmark").command(_A.args, _A.count)', {'args': a:args, 'count': a:count})
endfunction

function! newsmark#filetype(buf, ft) abort
  " Quietly does nothing where Lua or the core is missing: :Newsmark says why.
  if s:check() !=# '' || (!has('nvim') && a:buf != bufnr(''))
    return
  endif
  call luaeval('require("newsmark").on_filetype(_A.buf, _A.ft)', {'buf': a:buf, 'ft': a:ft})
endfunction

function! newsmark#complete(arglead, cmdline, cursorpos) abort
  return filter(copy(s:subcommands), 'stridx(v:val, a:arglead) == 0')
endfunction

" '' when newsmark can run in this editor, else one line saying what is
" missing.  In Vim this also puts newsmark's Lua modules on the path.
function! newsmark#available() abort
  return s:check()
endfunction
