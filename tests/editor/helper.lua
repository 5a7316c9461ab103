-- Editor-neutral test helpers: the editor specs use only these (and the
-- newsmark Lua API), so the same specs run in Neovim and in Vim.
local H = {}
local nvim = type(vim.api) == "table"
H.editor = nvim and "nvim" or "vim"
local A = require("newsmark.adapter")
H.A = A
local nm = require("newsmark")
H.nm = nm

function H.cmd(s)
  if nvim then vim.cmd(s) else vim.command(s) end
end
function H.eval(s)
  if nvim then return vim.api.nvim_eval(s) end
  return vim.eval(s)
end

-- A fresh, unnamed buffer holding `lines`, unmodified, current.
function H.new_buffer(lines)
  H.cmd("enew!")
  H.cmd("setlocal buftype=nofile noswapfile")
  if nvim then
    vim.api.nvim_buf_set_lines(0, 0, -1, false, lines)
  else
    vim.fn.setline(1, A.tovim(lines))
  end
  H.cmd("setlocal nomodified")
  return A.current_buf()
end

-- A buffer for a file on disk (so 'modified' and undo are meaningful).  The
-- run scripts give a directory they remove at the end (NM_TEST_TMP): busted
-- reloads this module for each spec file, so it cannot keep the list itself.
function H.edit_file(lines)
  local dir = os.getenv("NM_TEST_TMP")
  local path
  if dir then
    local n, f = 0, nil
    repeat -- the first free name: each spec file counts afresh
      if f then f:close() end
      n = n + 1
      path = ("%s/buffer-%d.txt"):format(dir, n)
      f = io.open(path, "r")
    until not f
  else
    path = os.tmpname() .. ".txt"
  end
  local f = assert(io.open(path, "w"))
  f:write(table.concat(lines, "\n"), "\n")
  f:close()
  H.cmd("silent edit! " .. path)
  return A.current_buf(), path
end

function H.lines(buf)
  return A.get_lines(buf or A.current_buf(), 0, A.line_count(buf or A.current_buf()))
end
function H.modified() return H.eval("&modified") == 1 or H.eval("&modified") == true end
function H.changedtick() return tonumber(H.eval("b:changedtick")) end
function H.undo_state()
  return tonumber(H.eval("undotree().seq_last")), tonumber(H.eval("undotree().seq_cur"))
end

function H.set_cursor(row, col)
  if nvim then vim.api.nvim_win_set_cursor(0, { row + 1, col })
  else vim.fn.cursor(row + 1, col + 1) end
end
function H.cursor() return A.cursor() end

-- Runs normal-mode keys with mappings (as a user typing them).
function H.feed(keys) H.cmd("normal " .. keys) end

-- Lets timers run for `ms` milliseconds.
function H.wait(ms)
  if nvim then
    vim.wait(ms)
  else
    -- Vim hands changes to listeners just before a redraw; Ex mode never
    -- redraws, so do what the redraw would.
    vim.fn.listener_flush()
    H.cmd("sleep " .. ms .. "m")
  end
end

-- Lets timers run until cond() is true (at most `ms` milliseconds): a
-- loaded machine must not make the specs flaky.
function H.wait_for(cond, ms)
  local waited = 0
  while not cond() and waited < (ms or 2000) do
    H.wait(10)
    waited = waited + 10
  end
  return cond()
end

-- Inserts lines before row (0-based) / deletes n lines at row.
function H.insert_lines(row, lines)
  if nvim then vim.api.nvim_buf_set_lines(0, row, row, false, lines)
  else vim.fn.append(row, A.tovim(lines)) end
end
function H.delete_lines(row, n)
  if nvim then vim.api.nvim_buf_set_lines(0, row, row + n, false, {})
  else vim.fn.deletebufline(vim.fn.bufnr(""), row + 1, row + n) end
end
function H.set_line(row, text)
  if nvim then vim.api.nvim_buf_set_lines(0, row, row + 1, false, { text })
  else vim.fn.setline(row + 1, text) end
end

-- Marks as { group, row, col, end_row, end_col } plus the text they cover.
function H.marks(buf)
  buf = buf or A.current_buf()
  local lines = H.lines(buf)
  local out = {}
  for _, m in ipairs(A.marks(buf)) do
    if m[1] ~= "virt_text" then
      local t
      if m[2] == m[4] then
        t = (lines[m[2] + 1] or ""):sub(m[3] + 1, m[5])
      else
        local parts = { (lines[m[2] + 1] or ""):sub(m[3] + 1) }
        for r = m[2] + 1, m[4] - 1 do parts[#parts + 1] = lines[r + 1] end
        parts[#parts + 1] = (lines[m[4] + 1] or ""):sub(1, m[5])
        t = table.concat(parts, "\n")
      end
      m.text = t
      out[#out + 1] = m
    end
  end
  table.sort(out, function(a, b)
    if a[2] ~= b[2] then return a[2] < b[2] end
    if a[3] ~= b[3] then return a[3] < b[3] end
    return a[1] < b[1]
  end)
  return out
end
function H.labels(buf)
  local out = {}
  for _, m in ipairs(A.marks(buf or A.current_buf())) do
    if m[1] == "virt_text" then out[#out + 1] = m end
  end
  return out
end
function H.marks_of(group, buf)
  local out = {}
  for _, m in ipairs(H.marks(buf)) do
    if m[1] == group then out[#out + 1] = m end
  end
  return out
end

-- Records notify()/echo() messages instead of showing them.
function H.capture()
  local msgs = { notify = {}, echo = {} }
  local n, e = A.notify, A.echo
  A.notify = function(msg, level) msgs.notify[#msgs.notify + 1] = { msg, level } end
  A.echo = function(msg) msgs.echo[#msgs.echo + 1] = msg end
  msgs.restore = function() A.notify, A.echo = n, e end
  return msgs
end

-- A fake core: results built from a description, so feature specs do not
-- depend on how well the real core detects things today.
--   entities = { { type, name, words = { "Clara Ventham", "Ventham" },
--                  titles = {...}, aliases = {...} } }
--   quotes   = { { text = "exact quoted text", direct = true, cue = "said",
--                  speaker = "Ventham", entity = 1, addressee = nil } }
--   spans: every occurrence of each entity word, plus `titles_at` words.
local function find_all(text, word)
  local out, init = {}, 1
  while true do
    local s, e = text:find(word, init, true)
    if not s then break end
    -- whole words only
    local before = s > 1 and text:sub(s - 1, s - 1) or " "
    local after = text:sub(e + 1, e + 1)
    if not before:match("[%w]") and not after:match("[%w]") then
      out[#out + 1] = { s - 1, e }
    end
    init = e + 1
  end
  return out
end
function H.fake_result(desc, text)
  local res = { version = 1, entities = {}, spans = {}, quotes = {} }
  local taken = {}
  for i, d in ipairs(desc.entities or {}) do
    local ent = { id = i - 1, type = d.type, name = d.name, aliases = d.aliases or {},
      titles = d.titles or {}, mentions = {} }
    for _, w in ipairs(d.words or { d.name }) do
      for _, r in ipairs(find_all(text, w)) do
        local free = true
        for _, t in ipairs(taken) do
          if r[1] < t[2] and t[1] < r[2] then free = false end
        end
        if free then
          taken[#taken + 1] = r
          ent.mentions[#ent.mentions + 1] = r
          res.spans[#res.spans + 1] = { type = d.type, start = r[1], ["end"] = r[2], entity = i - 1 }
        end
      end
    end
    table.sort(ent.mentions, function(a, b) return a[1] < b[1] end)
    res.entities[i] = ent
  end
  for _, w in ipairs(desc.titles_at or {}) do
    for _, r in ipairs(find_all(text, w)) do
      res.spans[#res.spans + 1] = { type = "title", start = r[1], ["end"] = r[2] }
    end
  end
  for _, q in ipairs(desc.quotes or {}) do
    local s, e = text:find(q.text, 1, true)
    if s then
      local item = { start = s - 1, ["end"] = e, direct = q.direct ~= false,
        entity = q.entity and q.entity - 1, addressee = q.addressee and q.addressee - 1 }
      if q.cue then
        local cs, ce = text:find(q.cue, e + 1, true)
        if not cs then cs, ce = text:find(q.cue, 1, true) end
        if cs then item.cue = { cs - 1, ce } end
      end
      if q.speaker then
        local ss, se = text:find(q.speaker, e + 1, true)
        if not ss then ss, se = text:find(q.speaker, 1, true) end
        if ss then item.speaker = { ss - 1, se } end
      end
      res.quotes[#res.quotes + 1] = item
    end
  end
  table.sort(res.spans, function(a, b) return a.start < b.start end)
  return res
end

local core = require("newsmark.core")
local real_analyze = core.analyze
H.real_analyze = real_analyze
function H.use_fake(desc)
  core.analyze = function(text) return H.fake_result(desc, text) end
end
function H.use_real()
  core.analyze = real_analyze
end

-- The article used by most specs, and what the fake core says about it.
H.article = {
  "Mayor Clara Ventham of Halverton said the plan was ready on Tuesday.",
  "",
  "“We measured the river three times and warned people too late,” Ventham said.",
  "",
  "Piet Lugard told Ventham that the board agreed. “One map, one siren,",
  "one number to call,” Lugard said.",
  "",
  "The Lake Veld Water Board met in Halverton.",
}
H.desc = {
  entities = {
    { type = "person", name = "Clara Ventham", words = { "Clara Ventham", "Ventham" },
      aliases = { "Ventham" }, titles = { "Mayor of Halverton" } },
    { type = "person", name = "Piet Lugard", words = { "Piet Lugard", "Lugard" }, aliases = { "Lugard" } },
    { type = "place", name = "Halverton" },
    { type = "org", name = "Lake Veld Water Board" },
    { type = "date", name = "Tuesday" },
  },
  titles_at = { "Mayor" },
  quotes = {
    { text = "We measured the river three times and warned people too late,", cue = "said",
      speaker = "Ventham", entity = 1 },
    { text = "One map, one siren,\none number to call,", cue = "said", speaker = "Lugard", entity = 2 },
    { text = "the board agreed", direct = false, cue = "told", speaker = "Piet Lugard", entity = 2,
      addressee = 1 },
  },
}

-- Fresh state before each spec: no buffer enabled, default options.
local real_notify, real_echo = A.notify, A.echo
function H.reset(opts)
  H.cmd("set hidden")
  -- messages are kept, not printed: printed text would break the TAP lines
  A.notify, A.echo = real_notify, real_echo
  H.quiet = H.capture()
  H.quiet.real_notify, H.quiet.real_echo = real_notify, real_echo
  nm._reset()
  A.popup_close()
  H.use_fake(H.desc)
  nm.setup(opts or { filetypes = {} })
end

return H
