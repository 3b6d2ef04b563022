-- Drives the Rapport language server from Neovim's built-in LSP client (Neovim 0.7+), headless, and writes
-- what it observed to a JSON file for test/neovim/neovim.test.ts to assert on.
--
--   nvim --headless -u NONE -i NONE -n -c "luafile test/neovim/check.lua"
--
-- Inputs (environment):
--   RAPPORT_NODE     node binary (the test passes its own process.execPath)
--   RAPPORT_SERVER   language server script, started as `node <script> --stdio`
--   RAPPORT_NOTE     Markdown note to open (its folder becomes the workspace root)
--   RAPPORT_RESULT   where to write the JSON result
--   RAPPORT_TIMEOUT_MS  bound for each wait (initialize, diagnostics, each request); default 15000
--
-- The script only observes and reports; every judgement is made by the mocha test, so a failure there shows
-- the whole result rather than the first thing that went wrong here.

local node = assert(os.getenv('RAPPORT_NODE'), 'RAPPORT_NODE is not set')
local server = assert(os.getenv('RAPPORT_SERVER'), 'RAPPORT_SERVER is not set')
local note = assert(os.getenv('RAPPORT_NOTE'), 'RAPPORT_NOTE is not set')
local result_path = assert(os.getenv('RAPPORT_RESULT'), 'RAPPORT_RESULT is not set')
local timeout_ms = tonumber(os.getenv('RAPPORT_TIMEOUT_MS') or '') or 15000

local result = {
  nvim_version = tostring(vim.version().major) .. '.' .. vim.version().minor .. '.' .. vim.version().patch,
  initialized = false,
  capabilities = vim.NIL,
  diagnostics = {}, -- as Neovim stores them (vim.diagnostic.get)
  raw_diagnostics = {}, -- as the server published them (LSP ranges, UTF-16)
  code_actions = vim.NIL,
  hover = vim.NIL,
  errors = {},
  server_exit = vim.NIL,
  elapsed_ms = {},
}

local started = vim.loop.hrtime()
local function mark(name)
  result.elapsed_ms[name] = math.floor((vim.loop.hrtime() - started) / 1e6)
end

local function note_error(what)
  table.insert(result.errors, what)
end

-- Hover contents may be MarkupContent, a MarkedString, or a list of MarkedStrings; flatten to text.
local function hover_text(contents)
  if type(contents) == 'string' then
    return contents
  elseif type(contents) == 'table' then
    if contents.value ~= nil then
      return tostring(contents.value)
    end
    local parts = {}
    for _, item in ipairs(contents) do
      table.insert(parts, hover_text(item))
    end
    return table.concat(parts, '\n')
  end
  return ''
end

local function write_result()
  local file = assert(io.open(result_path, 'w'))
  file:write(vim.fn.json_encode(result))
  file:close()
end

local client_id

local function run()
  local bufnr
  local raw_by_uri = {}

  client_id = vim.lsp.start_client({
    name = 'rapport',
    cmd = { node, server, '--stdio' },
    root_dir = vim.fn.fnamemodify(note, ':p:h'),
    on_init = function(client)
      result.initialized = true
      local caps = client.server_capabilities or {}
      result.capabilities = {
        codeActionProvider = caps.codeActionProvider ~= nil and caps.codeActionProvider ~= false,
        hoverProvider = caps.hoverProvider ~= nil and caps.hoverProvider ~= false,
      }
    end,
    on_exit = function(code, signal)
      result.server_exit = { code = code, signal = signal }
    end,
    handlers = {
      -- Keep the server's own diagnostics (exact LSP ranges, code, data) for the code-action request, then
      -- let Neovim's default handler store them in vim.diagnostic as usual.
      ['textDocument/publishDiagnostics'] = function(err, params, ctx, config)
        if params and params.uri then
          raw_by_uri[params.uri] = params.diagnostics
        end
        return vim.lsp.handlers['textDocument/publishDiagnostics'](err, params, ctx, config)
      end,
    },
  })
  if not client_id then
    note_error('vim.lsp.start_client returned nil')
    return
  end

  vim.cmd('edit ' .. vim.fn.fnameescape(note))
  bufnr = vim.api.nvim_get_current_buf()
  -- -u NONE loads no filetype detection; the server sees languageId = filetype, so set it explicitly.
  vim.bo[bufnr].filetype = 'markdown'
  vim.lsp.buf_attach_client(bufnr, client_id)

  if not vim.wait(timeout_ms, function() return result.initialized or result.server_exit ~= vim.NIL end, 20) then
    note_error('the server did not finish initialize within ' .. timeout_ms .. ' ms')
    return
  end
  mark('initialized')
  if not result.initialized then
    note_error('the server exited during initialize')
    return
  end

  local uri = vim.uri_from_bufnr(bufnr)
  local function rapport_diagnostics()
    local found = {}
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if d.source == 'rapport' then
        table.insert(found, d)
      end
    end
    return found
  end
  if not vim.wait(timeout_ms, function() return #rapport_diagnostics() > 0 end, 20) then
    note_error('no diagnostics with source "rapport" within ' .. timeout_ms .. ' ms')
  end
  mark('diagnostics')

  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(result.diagnostics, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, message = d.message, source = d.source or vim.NIL, code = d.code or vim.NIL,
    })
  end
  -- Match the published URI by file name too, in case the server normalizes URIs differently.
  local raw = raw_by_uri[uri]
  if not raw then
    local name = vim.api.nvim_buf_get_name(bufnr)
    for published, diagnostics in pairs(raw_by_uri) do
      if vim.uri_to_fname(published) == name then
        raw = diagnostics
      end
    end
  end
  raw = raw or {}
  result.raw_diagnostics = raw

  -- The first diagnostic the server reported with source "rapport" is the finding to act on.
  local target
  for _, d in ipairs(raw) do
    if d.source == 'rapport' then
      target = d
      break
    end
  end
  if not target then
    return
  end

  -- Neovim 0.7 sends nothing for a method the server did not advertise and buf_request_sync then waits out
  -- its whole timeout; ask only when advertised, so a missing feature reports at once.
  local actions, action_err
  if result.capabilities.codeActionProvider then
    actions, action_err = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', {
      textDocument = { uri = uri },
      range = target.range,
      context = { diagnostics = { target } },
    }, timeout_ms)
  else
    action_err = 'not requested: the server does not advertise codeActionProvider'
  end
  mark('codeAction')
  if not actions then
    note_error('textDocument/codeAction: ' .. tostring(action_err))
  else
    result.code_actions = {}
    for _, response in pairs(actions) do
      if response.error then
        note_error('textDocument/codeAction error: ' .. vim.inspect(response.error))
      end
      for _, action in ipairs(response.result or {}) do
        table.insert(result.code_actions, {
          title = action.title,
          kind = action.kind or vim.NIL,
          is_preferred = action.isPreferred or false,
          has_edit = action.edit ~= nil,
          has_command = action.command ~= nil,
          -- A Command (not a CodeAction) has a string `command`; keep it visible in the result.
          bare_command = type(action.command) == 'string',
        })
      end
    end
  end

  -- Hover one character inside the finding, as a user resting the cursor on the flagged word would.
  local position = { line = target.range.start.line, character = target.range.start.character + 1 }
  local hovers, hover_err
  if result.capabilities.hoverProvider then
    hovers, hover_err = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', {
      textDocument = { uri = uri },
      position = position,
    }, timeout_ms)
  else
    hover_err = 'not requested: the server does not advertise hoverProvider'
  end
  mark('hover')
  if not hovers then
    note_error('textDocument/hover: ' .. tostring(hover_err))
  else
    for _, response in pairs(hovers) do
      if response.error then
        note_error('textDocument/hover error: ' .. vim.inspect(response.error))
      elseif response.result and response.result.contents then
        result.hover = { text = hover_text(response.result.contents), position = position }
      end
    end
  end
end

local ok, err = pcall(run)
if not ok then
  note_error('check.lua failed: ' .. tostring(err))
end
-- Shut the server down (shutdown + exit) so no node process outlives Neovim, whatever happened above.
if client_id and result.server_exit == vim.NIL then
  vim.lsp.stop_client(client_id)
  if not vim.wait(5000, function() return result.server_exit ~= vim.NIL end, 20) then
    note_error('the server did not exit within 5 s of shutdown/exit')
  end
  mark('stopped')
end
local wrote, write_err = pcall(write_result)
if not wrote then
  io.stderr:write('check.lua: could not write ' .. result_path .. ': ' .. tostring(write_err) .. '\n')
  vim.cmd('cquit 2')
end
vim.cmd(ok and 'qall!' or 'cquit 1')
