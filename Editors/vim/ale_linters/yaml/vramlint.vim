" vramlint for ALE (Vim 8.2+/Neovim): `vramlint lsp` as an LSP linter of YAML buffers.
" Put Editors/vim on 'runtimepath' and enable the linter:
"   let g:ale_linters = {'yaml': ['vramlint']}

call ale#Set('yaml_vramlint_executable', 'vramlint')

function! ale_linters#yaml#vramlint#GetExecutable(buffer) abort
    return ale#Var(a:buffer, 'yaml_vramlint_executable')
endfunction

" The folder of the nearest .vramlint.yaml (the project file), else of .git, else the
" file's own folder: ALE starts one server per root.
function! ale_linters#yaml#vramlint#GetProjectRoot(buffer) abort
    for l:marker in ['.vramlint.yaml', '.git']
        " A file marker's folder is ':h' of its path; FindNearestDirectory returns the
        " directory with a trailing slash, so its parent is ':h:h'.
        let l:file = ale#path#FindNearestFile(a:buffer, l:marker)
        if !empty(l:file)
            return fnamemodify(l:file, ':p:h')
        endif
        let l:directory = ale#path#FindNearestDirectory(a:buffer, l:marker)
        if !empty(l:directory)
            return fnamemodify(l:directory, ':p:h:h')
        endif
    endfor

    return fnamemodify(expand('#' . a:buffer . ':p'), ':h')
endfunction

call ale#linter#Define('yaml', {
\   'name': 'vramlint',
\   'lsp': 'stdio',
\   'executable': function('ale_linters#yaml#vramlint#GetExecutable'),
\   'command': '%e lsp',
\   'project_root': function('ale_linters#yaml#vramlint#GetProjectRoot'),
\})
