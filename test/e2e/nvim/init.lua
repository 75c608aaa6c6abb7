-- Headless Neovim (0.7.2 on Debian bookworm) as a second real LSP client of butane-language-server.
-- Usage: OUT=result.json SERVER=/path/dist/server.js nvim --headless --clean -u init.lua FILE.bu
-- Writes {diagnostics=[...]} to OUT once the server has pushed a warning or an error for the
-- buffer and exits 0; exits 2 after TIMEOUT_MS (default 15000) without one.
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
      local list = {}
      for _, d in ipairs(diags) do
        table.insert(list, {
          lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
          message = d.message, severity = d.severity, source = d.source,
        })
      end
      write({ diagnostics = list })
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
