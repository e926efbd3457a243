" Vim + ALE (Debian vim-ale) in silent Ex mode: the repository's Editors/vim linter, set up
" as a user would, checks the deployment in $VRAMLINT_FILE; the problems ALE received are
" written as JSON to $VRAMLINT_OUT for test_editors.py to check.
set nocompatible
packadd ale
let &runtimepath = $VRAMLINT_REPO . '/Editors/vim,' . &runtimepath
let g:ale_linters = {'yaml': ['vramlint']}
let g:ale_linters_explicit = 1
let g:ale_yaml_vramlint_executable = $VRAMLINT
filetype plugin on
syntax off

let s:out = {}
try
  execute 'edit ' . fnameescape($VRAMLINT_FILE)
  let s:out.filetype = &filetype
  let s:out.root = ale_linters#yaml#vramlint#GetProjectRoot(bufnr(''))
  ALELint
  let s:waited = 0
  while empty(ale#engine#GetLoclist(bufnr(''))) && s:waited < 20000
    sleep 50m
    let s:waited += 50
  endwhile
  let s:out.diagnostics = map(copy(ale#engine#GetLoclist(bufnr(''))),
  \ {_, p -> {'line': p.lnum - 1, 'col': p.col - 1, 'end_line': get(p, 'end_lnum', p.lnum) - 1,
  \           'end_col': get(p, 'end_col', p.col), 'type': p.type, 'code': get(p, 'code', ''),
  \           'message': p.text, 'linter': p.linter_name}})
catch
  let s:out.error = v:exception
endtry
call writefile([json_encode(s:out)], $VRAMLINT_OUT)
qall!
