-- Headless Neovim (0.7.2 on Debian bookworm) as a second real LSP client of butane-language-server.
-- Usage: OUT=result.json SERVER=/path/dist/server.js nvim --headless --clean -u init.lua FILE.bu
-- Once the server has pushed a warning or an error for the buffer, asks for a hover on the
-- `variant:` key and completion at the start of its line, writes {diagnostics, hover, completion}
-- to OUT and exits 0; exits 2 after TIMEOUT_MS (default 15000) without a diagnostic.
local out = assert(os.getenv('OUT'), 'OUT not set')
local server = assert(os.getenv('SERVER'), 'SERVER not set')
local timeout_ms = tonumber(os.getenv('TIMEOUT_MS') or '15000')
local done = false

local function write(tbl)
  local f = assert(io.open(out, 'w'))
  f:write(vim.fn.json_encode(tbl))
  f:close()
end

vim.api.nvim_create_autocmd('BufReadPost', {
  pattern = { '*.bu', '*.butane' },
  callback = function(args)
    local bufnr = args.buf
    vim.bo[bufnr].filetype = 'butane'
    -- 0.7 has no vim.lsp.start(); start_client + buf_attach_client is the 0.7 way.
    local client_id = vim.lsp.start_client({
      name = 'butane',
      cmd = { 'node', server, '--stdio' },
      root_dir = vim.fn.fnamemodify(args.file, ':p:h'),
      init_options = { trusted = false },
      settings = { butane = { filesDir = '', strict = false } },
    })
    vim.lsp.buf_attach_client(bufnr, client_id)
  end,
})

vim.api.nvim_create_autocmd('DiagnosticChanged', {
  callback = function(args)
    if done then return end
    local diags = vim.diagnostic.get(args.buf)
    -- Wait for a real finding: an error or a warning (information notes do not count).
    local found = false
    for _, d in ipairs(diags) do
      if d.severity <= vim.diagnostic.severity.WARN then found = true end
    end
    if not found then return end
    done = true
    vim.schedule(function()
      -- With the diagnostics in, also ask for a hover on the `variant` key and for completion at
      -- the start of that line, synchronously, as a user's keystrokes would.
      local uri = vim.uri_from_bufnr(args.buf)
      local variant_line = 0
      for i, text in ipairs(vim.api.nvim_buf_get_lines(args.buf, 0, -1, false)) do
        if text:match('^variant:') then variant_line = i - 1; break end
      end
      local hover = vim.lsp.buf_request_sync(args.buf, 'textDocument/hover',
        { textDocument = { uri = uri }, position = { line = variant_line, character = 2 } }, 5000)
      local compl = vim.lsp.buf_request_sync(args.buf, 'textDocument/completion',
        { textDocument = { uri = uri }, position = { line = variant_line, character = 0 } }, 5000)
      local hover_text, labels = vim.NIL, {}
      for _, r in pairs(hover or {}) do
        if r.result and r.result.contents then hover_text = r.result.contents.value end
      end
      for _, r in pairs(compl or {}) do
        for _, item in ipairs((r.result and (r.result.items or r.result)) or {}) do
          table.insert(labels, item.label)
        end
      end
      local list = {}
      for _, d in ipairs(diags) do
        table.insert(list, {
          lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
          message = d.message, severity = d.severity, source = d.source,
        })
      end
      write({ diagnostics = list, hover = hover_text, completion = labels })
      vim.cmd('qall!')
    end)
  end,
})

vim.defer_fn(function()
  if not done then
    write({ error = 'timeout: no warning or error diagnostic within ' .. timeout_ms .. ' ms' })
    vim.cmd('cquit 2')
  end
end, timeout_ms)
