-- Headless Neovim session: the repository's Editors/neovim plugin, as a user sets it up,
-- opens the deployment in $VRAMLINT_FILE; what Neovim received is written as JSON to
-- $VRAMLINT_OUT for test_editors.py to check. Runs on Neovim 0.7.
local out = {}
local function finish(status)
  local file = io.open(os.getenv('VRAMLINT_OUT'), 'w')
  file:write(vim.fn.json_encode(out))
  file:close()
  vim.cmd((status == 0 and 'qall!' or 'cquit! ' .. status))
end

local function diagnostics()
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(0)) do
    local lsp = (d.user_data or {}).lsp or {}
    table.insert(list, {
      line = d.lnum, col = d.col, end_line = d.end_lnum, end_col = d.end_col,
      severity = d.severity, code = d.code or lsp.code, message = d.message,
    })
  end
  return list
end

local ok, err = pcall(function()
  vim.opt.runtimepath:prepend(os.getenv('VRAMLINT_REPO') .. '/Editors/neovim')
  require('vramlint').setup({ cmd = { os.getenv('VRAMLINT'), 'lsp' } })
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('VRAMLINT_FILE')))
  out.filetype = vim.bo.filetype

  out.waited = vim.wait(tonumber(os.getenv('VRAMLINT_WAIT_MS') or '20000'), function() return #vim.diagnostic.get(0) > 0 end, 20)
  out.diagnostics = diagnostics()
  out.attached = #vim.lsp.buf_get_clients(0)
  if os.getenv('VRAMLINT_SESSION') == 'diagnostics' then return end
  if os.getenv('VRAMLINT_SESSION') == 'project' then
    -- Edit and write the project file in another buffer; the deployment is linted anew.
    local deployment = vim.api.nvim_get_current_buf()
    vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('VRAMLINT_PROJECT_FILE')))
    vim.api.nvim_buf_set_lines(0, 0, -1, false, { os.getenv('VRAMLINT_PROJECT_TEXT') })
    vim.cmd('write')
    vim.cmd('buffer ' .. deployment)
    local before = #out.diagnostics
    vim.wait(20000, function() return #vim.diagnostic.get(deployment) ~= before end, 20)
    out.after_project_change = diagnostics()
    return
  end

  -- Hover on the model line (line 0 of the key `model`), as `K` would ask.
  local model_line
  for i, line in ipairs(vim.api.nvim_buf_get_lines(0, 0, -1, false)) do
    if line:match('^model:') then model_line = i - 1 end
  end
  local hover = vim.lsp.buf_request_sync(0, 'textDocument/hover', {
    textDocument = vim.lsp.util.make_text_document_params(),
    position = { line = model_line, character = 8 },
  }, 10000) or {}
  for _, response in pairs(hover) do
    out.hover = response.result and response.result.contents.value
  end

  -- :VramlintFixAll applies the server's fix-all action; the diagnostics are published anew.
  local before = vim.b.changedtick
  vim.cmd('VramlintFixAll')
  out.edited = vim.b.changedtick ~= before
  vim.wait(20000, function()
    for _, d in ipairs(diagnostics()) do
      if d.code == 'does-not-fit' then return false end
    end
    return true
  end, 20)
  out.after_fix = diagnostics()
  out.lines = vim.api.nvim_buf_get_lines(0, 0, -1, false)
end)
out.error = (not ok) and tostring(err) or nil
finish(ok and 0 or 3)
