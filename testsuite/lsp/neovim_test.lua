-- mlhint lsp under headless Neovim's built-in LSP client (Neovim 0.7, as
-- Debian ships it): run by run_client_test.sh as
--   MLHINT=build/mlhint WORK=<temp dir> nvim --headless --clean -c "luafile neovim_test.lua"
-- Diagnostics are read where a user's plugins read them, vim.diagnostic.get;
-- edits go through the buffer (Neovim sends incremental didChange); quick
-- fixes are applied with Neovim's own apply_workspace_edit.

local mlhint = assert(os.getenv("MLHINT"), "MLHINT is not set")
local work = assert(os.getenv("WORK"), "WORK is not set")
local failures = 0

local function check(cond, what, detail)
  if cond then
    io.stdout:write("ok: " .. what .. "\n")
  else
    failures = failures + 1
    io.stdout:write("FAIL: " .. what .. (detail and (" (" .. vim.inspect(detail) .. ")") or "") .. "\n")
  end
end

local function sorted_diagnostics(bufnr)
  local ds = vim.diagnostic.get(bufnr)
  table.sort(ds, function(a, b)
    if a.lnum ~= b.lnum then return a.lnum < b.lnum end
    return a.col < b.col
  end)
  return ds
end

-- Byte column (0-based) of `needle` in line `lnum` (0-based) of the buffer.
local function byte_col(bufnr, lnum, needle)
  local line = vim.api.nvim_buf_get_lines(bufnr, lnum, lnum + 1, true)[1]
  local at = line:find(needle, 1, true)
  return at and at - 1 or -1
end

local function main()
  local path = work .. "/three.ml"
  local f = assert(io.open(path, "w"))
  f:write(table.concat({
    "let total = Int32.add 40l 2",
    "let count = ref 0",
    "let () = print_int count",
    "let half = 1.5",
    "let y = half + 1.",
    "",
  }, "\n"))
  f:close()

  vim.cmd("edit " .. path)
  local bufnr = vim.api.nvim_get_current_buf()
  local exit_code = nil
  local client_id = vim.lsp.start_client({
    name = "mlhint",
    cmd = { mlhint, "lsp" },
    root_dir = work,
    on_exit = function(code, _signal) exit_code = code end,
  })
  check(client_id ~= nil, "the client starts")
  vim.lsp.buf_attach_client(bufnr, client_id)
  local client = vim.lsp.get_client_by_id(client_id)

  -- 1. Diagnostics on open: the literal, the ref, the operator (one
  -- diagnostic: `+.` fixes both operands' errors, so they are folded).
  local got = vim.wait(30000, function() return #vim.diagnostic.get(bufnr) == 3 end, 10)
  local ds = sorted_diagnostics(bufnr)
  check(got, "three diagnostics on open", ds)
  local expected = {
    { lnum = 0, col = 26, end_col = 27, hint = "int-literal-suffix" },
    { lnum = 2, col = 19, end_col = 24, hint = "ref-dereference" },
    { lnum = 4, col = 8, end_col = 12, hint = "numeric-operator" },
  }
  for i, e in ipairs(expected) do
    local d = ds[i] or {}
    check(d.lnum == e.lnum and d.col == e.col and d.end_col == e.end_col,
      "diagnostic " .. i .. " at line " .. e.lnum .. ", columns " .. e.col .. "-" .. e.end_col, d)
    check(d.source == "mlhint" and d.severity == vim.diagnostic.severity.ERROR, "diagnostic " .. i .. " is mlhint's error")
    local lsp = (d.user_data or {}).lsp or {}
    check(lsp.code == "type-mismatch", "diagnostic " .. i .. " has the stable code", lsp.code)
    check(lsp.data and lsp.data.hints and lsp.data.hints[1] == e.hint, "diagnostic " .. i .. " names its hint", lsp.data)
    check(lsp.relatedInformation and #lsp.relatedInformation == 1, "diagnostic " .. i .. " carries its hint as related information")
  end
  check(ds[1] and ds[1].message == "This expression has type int but an expression was expected of type int32",
    "the message is OCaml's, without the excerpt", ds[1] and ds[1].message)

  -- 2. Hover.
  local hover = vim.lsp.buf_request_sync(bufnr, "textDocument/hover", {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    position = { line = 2, character = 11 },
  }, 10000)
  local value = hover and hover[client_id] and hover[client_id].result and hover[client_id].result.contents.value
  check(value and value:find("int -> unit", 1, true) ~= nil, "hover shows print_int's type", value)

  -- 3. An edit that moves the diagnostics: a new first line, and non-ASCII
  -- text before the operator error (UTF-16 columns on the wire, byte
  -- columns in Neovim).
  vim.api.nvim_buf_set_lines(bufnr, 0, 0, true, { "(* a new first line *)" })
  vim.api.nvim_buf_set_text(bufnr, 5, 8, 5, 8, { "(* été 😀 *) " })
  local half_col = byte_col(bufnr, 5, "half")
  got = vim.wait(30000, function()
    local now = sorted_diagnostics(bufnr)
    return #now == 3 and now[1].lnum == 1 and now[3].col == half_col
  end, 10)
  ds = sorted_diagnostics(bufnr)
  check(got, "the diagnostics follow the edit", ds)
  check(ds[1] and ds[1].lnum == 1 and ds[1].col == 26, "the literal error moved down a line", ds[1])
  check(ds[2] and ds[2].lnum == 3 and ds[2].col == 19, "the ref error moved down a line", ds[2])
  check(ds[3] and ds[3].lnum == 5 and ds[3].col == half_col and ds[3].end_col == half_col + 4,
    "the operand error after non-ASCII text is on `half'", { ds[3], half_col })

  -- 4. Quick fixes: one for each of the three errors, asked as Neovim's
  -- code_action asks (the line's diagnostics in the context), applied with
  -- Neovim's own apply_workspace_edit.
  local actions = {}
  for i = 1, 3 do
    local d = ds[i]
    local params = vim.lsp.util.make_given_range_params({ d.lnum + 1, d.col }, { d.end_lnum + 1, d.end_col }, bufnr,
      client.offset_encoding)
    params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr, d.lnum) }
    local answer = vim.lsp.buf_request_sync(bufnr, "textDocument/codeAction", params, 10000)
    local list = answer and answer[client_id] and answer[client_id].result or {}
    check(#list == 1 and list[1].kind == "quickfix" and list[1].isPreferred == true and list[1].edit ~= nil,
      "one preferred quick fix for diagnostic " .. i, list)
    actions[i] = list[1]
  end
  check(actions[1] and actions[1].title == "Did you mean `2l'?", "the literal's fix is titled by its hint",
    actions[1] and actions[1].title)
  for _, action in ipairs(actions) do
    if action and action.edit then vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding) end
  end
  local text = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, true), "\n")
  local fixed = table.concat({
    "(* a new first line *)",
    "let total = Int32.add 40l 2l",
    "let count = ref 0",
    "let () = print_int !count",
    "let half = 1.5",
    "let y = (* été 😀 *) half +. 1.",
  }, "\n")
  check(text == fixed, "the quick fixes fix the file", text)
  got = vim.wait(30000, function() return #vim.diagnostic.get(bufnr) == 0 end, 10)
  check(got, "no diagnostic is left", vim.diagnostic.get(bufnr))

  -- 5. Shutdown and exit: Neovim sends both; the server exits with 0.
  vim.lsp.stop_client(client_id)
  got = vim.wait(10000, function() return exit_code ~= nil end, 10)
  check(got and exit_code == 0, "the server exits with status 0 after shutdown and exit", exit_code)
end

-- The README's recipe for Neovim 0.7, as a user copies it (with the path
-- to mlhint filled in): one server for every OCaml implementation and
-- interface file, none for a lexer, which Neovim also calls `ocaml`.
local function recipe()
  local mlhint_client
  vim.api.nvim_create_autocmd("FileType", {
    pattern = "ocaml",
    callback = function(args)
      if not vim.api.nvim_buf_get_name(args.buf):match("%.mli?$") then return end -- not .mll, .mly
      if not (mlhint_client and vim.lsp.get_client_by_id(mlhint_client)) then
        mlhint_client = vim.lsp.start_client({
          name = "mlhint",
          cmd = { mlhint, "lsp" },
          root_dir = vim.fn.getcwd(),
          init_options = { warnings = "+26", hints = "all", inlayHints = { bindings = true, parameters = true } },
        })
      end
      vim.lsp.buf_attach_client(args.buf, mlhint_client)
    end,
  })
  return function() return mlhint_client end
end

local function write(name, lines)
  local path = work .. "/" .. name
  local f = assert(io.open(path, "w"))
  f:write(table.concat(lines, "\n") .. "\n")
  f:close()
  return path
end

local function request(bufnr, client_id, method, params)
  params.textDocument = { uri = vim.uri_from_bufnr(bufnr) }
  local answer = vim.lsp.buf_request_sync(bufnr, method, params, 10000)
  return answer and answer[client_id] and answer[client_id].result
end

local function navigation()
  local client_of = recipe()
  local shapes = write("shapes.ml", {
    "type shape = Circle of float | Square of float",
    "let area s = match s with Circle r -> r *. r | Square a -> a *. a",
    "let total a = Int32.add a 3",
    "let c = Circle 2.0",
    "let twice = area c +. area c",
  })
  write("other.ml", { "let x = 1 + 1" })
  write("other.mli", { "val x : int" })
  write("lexer.mll", { "{ let x : int = \"s\" }" })

  vim.cmd("edit " .. shapes)
  local bufnr = vim.api.nvim_get_current_buf()
  check(vim.bo[bufnr].filetype == "ocaml", "Neovim calls .ml files ocaml", vim.bo[bufnr].filetype)
  local client_id = client_of()
  check(client_id ~= nil, "the recipe starts mlhint for a .ml file")
  local got = vim.wait(30000, function() return #vim.diagnostic.get(bufnr) == 1 end, 10)
  local ds = vim.diagnostic.get(bufnr)
  check(got and ds[1].lnum == 2 and ds[1].col == 26, "the error of shapes.ml", ds)

  -- Hover where the diagnostic is.
  local hover = request(bufnr, client_id, "textDocument/hover", { position = { line = 2, character = 26 } })
  check(hover and hover.contents.value == "```ocaml\nint\n(* expected: int32 *)\n```",
    "hover on the error shows the type and the expected one", hover)
  -- Definition and references of `area`, from its second use.
  local def = request(bufnr, client_id, "textDocument/definition", { position = { line = 4, character = 23 } })
  check(def and def.range.start.line == 1 and def.range.start.character == 4 and def.range["end"].character == 8,
    "definition of area", def)
  local refs = request(bufnr, client_id, "textDocument/references",
    { position = { line = 4, character = 23 }, context = { includeDeclaration = true } })
  local where = {}
  for _, r in ipairs(refs or {}) do table.insert(where, r.range.start.line .. ":" .. r.range.start.character) end
  check(table.concat(where, " ") == "1:4 4:12 4:22", "references of area", where)
  -- The outline, turned into Neovim's items by its own helper.
  local symbols = request(bufnr, client_id, "textDocument/documentSymbol", {})
  local items = vim.lsp.util.symbols_to_items(symbols or {}, bufnr)
  local names = {}
  for _, item in ipairs(items) do table.insert(names, item.text) end
  check(table.concat(names, ", ") == "[Enum] shape, [EnumMember] Circle, [EnumMember] Square, [Function] area, "
    .. "[Function] total, [Variable] c, [Variable] twice", "the outline", names)
  -- Inlay hints (Neovim 0.7 does not show them; the request is answered
  -- all the same).
  local hints = request(bufnr, client_id, "textDocument/inlayHint",
    { range = { start = { line = 0, character = 0 }, ["end"] = { line = 5, character = 0 } } })
  local labels = {}
  for _, h in ipairs(hints or {}) do
    table.insert(labels, h.position.line .. ":" .. h.position.character .. h.label)
  end
  check(table.concat(labels, " ") == "1:10: shape 2:11: int32 3:5: shape 4:9: float", "inlay hints", labels)

  -- After edits that move the text: a new first line (blanks only: the
  -- server keeps what it knew, moved), then a blank inside `twice', then an
  -- edit of `area''s body (checked again alone). Each answer is the one of
  -- the text as it is now.
  vim.api.nvim_buf_set_lines(bufnr, 0, 0, true, { "" })
  got = vim.wait(30000, function()
    local now = vim.diagnostic.get(bufnr)
    return #now == 1 and now[1].lnum == 3
  end, 10)
  check(got, "the error moved down a line with the new first line", vim.diagnostic.get(bufnr))
  def = request(bufnr, client_id, "textDocument/definition", { position = { line = 5, character = 23 } })
  check(def and def.range.start.line == 2 and def.range.start.character == 4, "definition of area, a line down", def)
  vim.api.nvim_buf_set_text(bufnr, 5, 21, 5, 21, { " " })  -- `area c +.  area c'
  vim.wait(400)  -- past any debounce of the didChange
  refs = request(bufnr, client_id, "textDocument/references",
    { position = { line = 5, character = 24 }, context = { includeDeclaration = true } })
  where = {}
  for _, r in ipairs(refs or {}) do table.insert(where, r.range.start.line .. ":" .. r.range.start.character) end
  check(table.concat(where, " ") == "2:4 5:12 5:23", "references of area after the blank", where)
  vim.api.nvim_buf_set_text(bufnr, 2, 38, 2, 38, { "1.0 *. " })  -- `Circle r -> 1.0 *. r *. r'
  vim.wait(400)
  refs = request(bufnr, client_id, "textDocument/references",
    { position = { line = 5, character = 24 }, context = { includeDeclaration = true } })
  where = {}
  for _, r in ipairs(refs or {}) do table.insert(where, r.range.start.line .. ":" .. r.range.start.character) end
  check(table.concat(where, " ") == "2:4 5:12 5:23", "references of area after an edit of its body", where)
  symbols = request(bufnr, client_id, "textDocument/documentSymbol", {})
  local area_line
  for _, s in ipairs(symbols or {}) do
    if s.name == "area" then area_line = s.selectionRange.start.line .. ":" .. s.selectionRange.start.character end
  end
  check(area_line == "2:4", "the outline after the edits", symbols)
  vim.api.nvim_buf_set_text(bufnr, 2, 38, 2, 45, { "" })
  vim.api.nvim_buf_set_text(bufnr, 5, 21, 5, 22, { "" })
  vim.api.nvim_buf_set_lines(bufnr, 0, 1, true, {})

  -- One server for all the implementation and interface files; none for
  -- the others.
  for _, name in ipairs({ "other.ml", "other.mli" }) do
    vim.cmd("edit " .. work .. "/" .. name)
    local b = vim.api.nvim_get_current_buf()
    got = vim.wait(10000, function() return vim.lsp.buf_get_clients(b)[client_id] ~= nil end, 10)
    check(got, name .. " shares the server")
  end
  for _, name in ipairs({ "lexer.mll" }) do
    vim.cmd("edit " .. work .. "/" .. name)
    local b = vim.api.nvim_get_current_buf()
    check(vim.bo[b].filetype == "ocaml", name .. " is ocaml to Neovim", vim.bo[b].filetype)
    check(next(vim.lsp.buf_get_clients(b)) == nil, "no server for " .. name)
  end
  local count = 0
  for _, c in pairs(vim.lsp.get_active_clients()) do
    if c.name == "mlhint" then count = count + 1 end
  end
  check(count == 1, "one mlhint server", count)
  vim.lsp.stop_client(client_id)
end

local ok, err = pcall(main)
if ok then ok, err = pcall(navigation) end
if not ok then
  failures = failures + 1
  io.stdout:write("FAIL: the test itself failed: " .. tostring(err) .. "\n")
end
io.stdout:write(failures == 0 and "neovim: all checks passed\n" or ("neovim: " .. failures .. " checks failed\n"))
io.stdout:flush()
os.exit(failures == 0 and 0 or 1)
