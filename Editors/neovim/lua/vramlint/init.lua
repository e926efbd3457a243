-- vramlint for Neovim 0.7 and later: starts `vramlint lsp` for YAML deployment files and
-- attaches it to their buffers. Written against the 0.7 API (`vim.lsp.start_client`,
-- `vim.lsp.buf_attach_client`, `nvim_create_autocmd`) so that Debian 12's Neovim works.
local M = {}

local PROJECT_FILE = '.vramlint.yaml'

M.defaults = {
  -- The server command; `vramlint` must be on PATH, or give the full path.
  cmd = { 'vramlint', 'lsp' },
  filetypes = { 'yaml' },
  -- A client per root: the folder of the nearest project file, else of `.git`, else the
  -- file's own folder.
  root_markers = { PROJECT_FILE, '.git' },
  -- Which YAML buffers are deployment files (see `M.is_deployment`); replace it to choose
  -- by path, e.g. `function(path) return path:match('/deploy/') ~= nil end`.
  should_attach = nil,
  -- Passed to `vim.lsp.start_client` as is (on_attach, capabilities, handlers, …).
  client = {},
}

local options = vim.deepcopy(M.defaults)
local clients = {} -- root directory → client id

local function exists(path)
  return vim.loop.fs_stat(path) ~= nil
end

-- The nearest folder at or above `dir` that holds one of `markers`.
local function find_root(dir, markers)
  local current = dir
  while current do
    for _, marker in ipairs(markers) do
      if exists(current .. '/' .. marker) then
        return current
      end
    end
    local parent = vim.fn.fnamemodify(current, ':h')
    if parent == current then
      return nil
    end
    current = parent
  end
end

-- A YAML buffer is a deployment file when a project file governs its folder (the server
-- then applies the project's include/exclude globs), when it is the project file itself,
-- or when one of its first 50 lines has a top-level `model:` key or mentions vramlint
-- (a `# vramlint:` comment, or the schema comment of the bundled examples).
function M.is_deployment(path, bufnr)
  local dir = vim.fn.fnamemodify(path, ':p:h')
  if find_root(dir, { PROJECT_FILE }) then
    return true
  end
  for _, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, 50, false)) do
    if line:match('^model%s*:') or line:match('vramlint') then
      return true
    end
  end
  return false
end

local function client_for(root)
  local id = clients[root]
  if id and vim.lsp.get_client_by_id(id) and not vim.lsp.client_is_stopped(id) then
    return id
  end
  local config = vim.tbl_extend('force', {
    name = 'vramlint',
    cmd = options.cmd,
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = root } },
  }, options.client)
  id = vim.lsp.start_client(config)
  clients[root] = id
  return id
end

--- Attaches vramlint to `bufnr` if it is a deployment file; returns the client id or nil.
function M.attach(bufnr)
  bufnr = bufnr or vim.api.nvim_get_current_buf()
  local path = vim.api.nvim_buf_get_name(bufnr)
  if path == '' or vim.bo[bufnr].buftype ~= '' then
    return nil
  end
  local wanted = options.should_attach or M.is_deployment
  if not wanted(path, bufnr) then
    return nil
  end
  local dir = vim.fn.fnamemodify(path, ':p:h')
  local root = find_root(dir, options.root_markers) or dir
  local id = client_for(root)
  if id then
    vim.lsp.buf_attach_client(bufnr, id)
  end
  return id
end

-- Neovim 0.7 has no file watching for servers: tell every vramlint client when a project
-- file is written, so open deployments are linted again with its defaults and GPUs.
local function project_file_written(args)
  local uri = vim.uri_from_fname(vim.api.nvim_buf_get_name(args.buf))
  for _, id in pairs(clients) do
    local client = vim.lsp.get_client_by_id(id)
    if client then
      local params = { changes = { { uri = uri, type = 2 } } }
      if vim.fn.has('nvim-0.11') == 1 then
        client:notify('workspace/didChangeWatchedFiles', params)
      else
        client.notify('workspace/didChangeWatchedFiles', params)
      end
    end
  end
end

--- Sets vramlint up; call once from init.lua. `opts` override `M.defaults`.
function M.setup(opts)
  options = vim.tbl_deep_extend('force', vim.deepcopy(M.defaults), opts or {})
  local group = vim.api.nvim_create_augroup('vramlint', { clear = true })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = options.filetypes,
    callback = function(args)
      M.attach(args.buf)
    end,
  })
  vim.api.nvim_create_autocmd('BufWritePost', {
    group = group,
    pattern = '*/' .. PROJECT_FILE,
    callback = project_file_written,
  })
  -- Buffers already open when setup runs (e.g. a file given on the command line).
  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(bufnr) and vim.tbl_contains(options.filetypes, vim.bo[bufnr].filetype) then
      M.attach(bufnr)
    end
  end
  vim.api.nvim_create_user_command('VramlintFixAll', function()
    M.fix_all()
  end, { desc = 'Apply every vramlint fix in this buffer' })
end

--- Applies the server's `source.fixAll.vramlint` action to the current buffer.
function M.fix_all()
  local bufnr = vim.api.nvim_get_current_buf()
  local params = {
    textDocument = vim.lsp.util.make_text_document_params(bufnr),
    range = {
      start = { line = 0, character = 0 },
      ['end'] = { line = vim.api.nvim_buf_line_count(bufnr), character = 0 },
    },
    context = { diagnostics = {}, only = { 'source.fixAll.vramlint' } },
  }
  local results = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 5000) or {}
  for id, response in pairs(results) do
    local client = vim.lsp.get_client_by_id(id)
    for _, action in ipairs(response.result or {}) do
      if action.edit and client then
        vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)
      end
    end
  end
end

return M
