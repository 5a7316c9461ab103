" newsmark -- highlights people, titles, organisations, places, dates and
" attributed quotes in news articles.  Serves Neovim and Vim 9 (+lua).
"
" This file only defines the :Newsmark command, the <Plug> mappings, the
" highlight groups and two autocommands; everything else loads on first use
" (autoload/newsmark.vim, then lua/newsmark/).  See :help newsmark.
if exists('g:loaded_newsmark') || &compatible
  finish
endif
let g:loaded_newsmark = 1

command! -nargs=* -count=0 -bar -complete=customlist,newsmark#complete
      \ Newsmark call newsmark#command(<q-args>, <count>)

nnoremap <silent> <Plug>(newsmark-next-quote)   :<C-U>call newsmark#command('next', v:count1)<CR>
nnoremap <silent> <Plug>(newsmark-prev-quote)   :<C-U>call newsmark#command('prev', v:count1)<CR>
nnoremap <silent> <Plug>(newsmark-next-mention) :<C-U>call newsmark#command('next-mention', v:count1)<CR>
nnoremap <silent> <Plug>(newsmark-prev-mention) :<C-U>call newsmark#command('prev-mention', v:count1)<CR>
nnoremap <silent> <Plug>(newsmark-next-same)    :<C-U>call newsmark#command('next-same', v:count1)<CR>
nnoremap <silent> <Plug>(newsmark-prev-same)    :<C-U>call newsmark#command('prev-same', v:count1)<CR>
nnoremap <silent> <Plug>(newsmark-info)         :<C-U>call newsmark#command('info', 0)<CR>

" Default links so that every colour scheme shows them; `default` lets a
" user's own :highlight win.  :colorscheme clears them, hence the autocmd.
function! s:highlights() abort
  highlight default link NewsmarkPerson      Identifier
  highlight default link NewsmarkTitle       Type
  highlight default link NewsmarkOrg         PreProc
  highlight default link NewsmarkPlace       Special
  highlight default link NewsmarkDate        Number
  highlight default link NewsmarkQuote       String
  highlight default link NewsmarkSpeaker     Underlined
  highlight default link NewsmarkCue         Statement
  highlight default link NewsmarkVirtualText Comment
endfunction
call s:highlights()

augroup newsmark
  autocmd!
  autocmd ColorScheme * call s:highlights()
  autocmd FileType * call newsmark#filetype(str2nr(expand('<abuf>')), expand('<amatch>'))
augroup END
