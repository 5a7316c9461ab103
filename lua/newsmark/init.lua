-- newsmark -- highlights people, titles, organisations, places, dates and
-- attributed quotes in news articles.  This module is the public Lua API and
-- runs the per-buffer life cycle (enable, live updates, disable) for both
-- editors; editor calls go through newsmark.adapter, feature logic lives in
-- model/highlight/jump/popup/lists.  See :help newsmark.
--
--   require("newsmark").setup({ filetypes = { "text", "markdown" } })
--
-- Nothing heavy happens at require time: the C core loads when the first
-- buffer is enabled.
local config = require("newsmark.config")
local model = require("newsmark.model")

local M = {}

local A            -- the editor adapter, loaded on first use
local cfg          -- validated options
local problems = {}
local states = {}  -- buffer number -> state
local core, core_err

local function adapter()
  if not A then A = require("newsmark.adapter") end
  return A
end

-- Turns a Vim value (Vim's Lua gives userdata for lists and dicts) into Lua.
local function to_lua(v)
  if type(v) == "userdata" and type(vim) == "table" and vim.type then
    local kind = vim.type(v)
    if kind == "list" then
      local t = {}
      for i = 1, #v do t[i] = to_lua(v[i]) end
      return t
    elseif kind == "dict" then
      local t = {}
      for k, x in v() do t[k] = to_lua(x) end
      return t
    end
  end
  if type(v) == "table" then
    local t = {}
    for k, x in pairs(v) do t[k] = to_lua(x) end
    return t
  end
  return v
end

local function report_problems(list)
  if #list > 0 then
    adapter().notify("newsmark: configuration: " .. table.concat(list, "; "), "warn")
  end
end

-- setup(opts): optional.  Bad options are reported in one message and fall
-- back to their defaults.
function M.setup(opts)
  cfg, problems = config.validate(opts)
  report_problems(problems)
  if core then M._configure_core() end
  return cfg
end

-- Gives the lexicon and tagger options to the core; its refusal is one error
-- message, warnings about lexicon lines (file:line: problem) one warning.
function M._configure_core()
  local c = M.config()
  if not (c.lexicon or c.tagger == false or M._configured) then return end
  M._configured = true
  -- configure() returns true, warnings or nil, message, warnings
  local ok, res, second = pcall(core.configure, { lexicon = c.lexicon, no_tagger = not c.tagger })
  if not ok or not res then
    local msg = tostring((ok and second) or res or "cannot configure the core"):gsub("\n.*", "")
    if not msg:find("^newsmark") then msg = "newsmark: " .. msg end
    adapter().notify(msg, "error")
    return
  end
  local warns = second
  if type(warns) == "table" and #warns > 0 then
    local shown = {}
    for i = 1, math.min(#warns, 3) do shown[i] = tostring(warns[i]) end
    adapter().notify("newsmark: lexicon: " .. table.concat(shown, "; ")
      .. (#warns > 3 and ("; and %d more"):format(#warns - 3) or ""), "warn")
  end
end

-- The options in force: setup()'s, else g:newsmark (handy in a vimrc), else
-- the defaults.
function M.config()
  if not cfg then
    local g = adapter().get_var("newsmark")
    cfg, problems = config.validate(g ~= nil and to_lua(g) or nil)
    report_problems(problems)
  end
  return cfg
end

function M.config_problems()
  M.config()
  return problems
end

-- The C module, loaded once; nil and a message when it is missing.
function M.core()
  if core then return core end
  if core_err then return nil, core_err end
  local ok, mod = pcall(require, "newsmark.core")
  if not ok then
    core_err = "newsmark: the core is not built or cannot load (run `make` in the plugin's directory): "
      .. tostring(mod):gsub("\n.*", "")
    return nil, core_err
  end
  core = mod
  M._configured = false
  M._configure_core()
  return core
end

-- Per-buffer life cycle ---------------------------------------------------

local PLUG = {
  next_quote = "<Plug>(newsmark-next-quote)", prev_quote = "<Plug>(newsmark-prev-quote)",
  next_mention = "<Plug>(newsmark-next-mention)", prev_mention = "<Plug>(newsmark-prev-mention)",
  next_same = "<Plug>(newsmark-next-same)", prev_same = "<Plug>(newsmark-prev-same)",
  info = "<Plug>(newsmark-info)",
}
M.plug = PLUG

local function set_mappings(st)
  st.maps = {}
  for name, lhs in pairs(M.config().mappings) do
    if lhs then
      A.map(st.buf, lhs, PLUG[name])
      st.maps[#st.maps + 1] = { lhs, PLUG[name] }
    end
  end
end

local function fail(st, msg)
  -- One message, no stack trace; the buffer is left as it was.
  local first = tostring(msg):gsub("\n.*", "")
  if not first:find("^newsmark") then first = "newsmark: " .. first end
  A.notify(first .. " (newsmark disabled for this buffer)", "error")
  M.disable(st.buf)
end

local run

local function schedule(st, ms)
  if st.timer then A.timer_stop(st.timer) end
  st.timer = A.timer_start(ms, function()
    st.timer = nil
    if states[st.buf] == st then run(st) end
  end)
end

-- Analyses dirty chunks within the time budget and draws them; continues on
-- a later loop turn when the buffer is large.  budget=false: all at once.
function run(st, budget)
  if not A.buf_valid(st.buf) then
    M.disable(st.buf)
    return
  end
  local c = M.config()
  local t0, c0 = A.clock(), os.clock()
  if st.flush then st.flush() end
  local ok, status, err = pcall(st.doc.process, st.doc, {
    get_lines = function(from, to) return A.get_lines(st.buf, from, to) end,
    analyze = core.analyze,
    chunk_bytes = c.chunk_bytes,
    budget = budget ~= false and c.budget_ms / 1000 or nil,
    clock = A.clock,
    placed = function(from, to, chunk)
      require("newsmark.highlight").draw(A, st.buf, chunk, c, from, to)
    end,
  })
  if not ok then return fail(st, "internal error: " .. tostring(status)) end
  if not status then return fail(st, err) end
  if #st.doc.chunks > 1 and not st.noted then
    st.noted = true
    A.notify(("newsmark: large buffer, analysed in parts of about %d KB; names are linked within a part")
      :format(math.floor(c.chunk_bytes / 1024)), "info")
  end
  st.runs = (st.runs or 0) + 1
  -- how long this turn blocked the editor (for make bench and tests), in
  -- wall-clock and CPU seconds (on a loaded machine only the second says
  -- what newsmark costs)
  st.last_step = A.clock() - t0
  st.max_step = math.max(st.max_step or 0, st.last_step)
  st.max_step_cpu = math.max(st.max_step_cpu or 0, os.clock() - c0)
  if status == "more" then schedule(st, 0) end
end

local function on_edit(st, first, oldlast, newlast)
  st.doc:edit(first, oldlast, newlast)
  schedule(st, M.config().debounce)
end

-- enable(buf): analyse and highlight the buffer (0 or nil: current).
-- Returns true when enabled.
function M.enable(buf)
  adapter()
  buf = (buf == nil or buf == 0) and A.current_buf() or buf
  if states[buf] then return true end
  if not A.buf_valid(buf) then return false end
  local c = M.config()
  local ok_core, err = M.core()
  if not ok_core then
    A.notify(err, "error")
    return false
  end
  local bytes = A.buf_bytes(buf)
  if bytes > c.max_bytes then
    A.notify(("newsmark: buffer larger than %.1f MB (max_bytes); analysis skipped")
      :format(c.max_bytes / 1048576), "warn")
    return false
  end
  local st = { buf = buf, doc = model.new(A.line_count(buf)) }
  states[buf] = st
  local detach, flush = A.attach(buf,
    function(first, oldlast, newlast) on_edit(st, first, oldlast, newlast) end,
    function()
      st.doc:reset(A.line_count(buf))
      A.clear(buf, 0, -1)
      schedule(st, 0)
    end)
  st.detach, st.flush = detach, flush
  A.on_buf_gone(buf, function()
    if states[buf] == st then M.disable(buf) end
  end)
  set_mappings(st)
  run(st)
  return states[buf] ~= nil
end

-- disable(buf): remove every mark, mapping and timer; the text is untouched.
function M.disable(buf)
  adapter()
  buf = (buf == nil or buf == 0) and A.current_buf() or buf
  local st = states[buf]
  if not st then return false end
  states[buf] = nil
  if st.timer then A.timer_stop(st.timer) end
  if st.detach then st.detach() end
  if A.buf_valid(buf) then
    A.clear(buf, 0, -1)
    for _, m in ipairs(st.maps or {}) do A.unmap(buf, m[1], m[2]) end
  end
  return true
end

function M.is_enabled(buf)
  adapter()
  buf = (buf == nil or buf == 0) and A.current_buf() or buf
  return states[buf] ~= nil
end

function M.toggle(buf)
  if M.is_enabled(buf) then
    M.disable(buf)
    return false
  end
  return M.enable(buf)
end

-- refresh(buf): analyse the whole buffer again now.
function M.refresh(buf)
  adapter()
  buf = (buf == nil or buf == 0) and A.current_buf() or buf
  local st = states[buf]
  if not st then return M.enable(buf) end
  st.doc:reset(A.line_count(buf))
  A.clear(buf, 0, -1)
  run(st)
  return states[buf] ~= nil
end

-- The analysis of a buffer, brought up to date (nil when not enabled).
-- Commands that read positions use it so they never act on stale marks.
function M.doc(buf)
  adapter()
  buf = (buf == nil or buf == 0) and A.current_buf() or buf
  local st = states[buf]
  if not st then return nil end
  if st.flush then st.flush() end
  if st.doc:is_dirty() then
    if st.timer then A.timer_stop(st.timer) st.timer = nil end
    run(st, false)
    st = states[buf]
  end
  return st and st.doc
end

-- Commands ------------------------------------------------------------------

local function need_doc()
  local d = M.doc(0)
  if not d then
    A.echo("newsmark: not enabled in this buffer (:Newsmark enable)")
  end
  return d
end

local function jumper(kind, forward)
  return function(count)
    local d = need_doc()
    if not d then return false end
    return require("newsmark.jump").jump(A, d, kind, forward, count or 1, M.config().wrap)
  end
end
M.next_quote = jumper("quote", true)
M.prev_quote = jumper("quote", false)
M.next_mention = jumper("mention", true)
M.prev_mention = jumper("mention", false)
M.next_same = jumper("same", true)
M.prev_same = jumper("same", false)

function M.info()
  local d = need_doc()
  if not d then return false end
  return require("newsmark.popup").info(A, d, M.config())
end

function M.quotes()
  local d = need_doc()
  if not d then return nil end
  return require("newsmark.lists").quotes(A, d, A.current_buf())
end

function M.entities()
  local d = need_doc()
  if not d then return nil end
  return require("newsmark.lists").entities(A, d)
end

M.subcommands = { "enable", "disable", "toggle", "refresh", "info", "quotes", "entities", "next", "prev", "health" }

local actions = {
  enable = function() M.enable(0) end,
  disable = function() M.disable(0) end,
  toggle = function() M.toggle(0) end,
  refresh = function() M.refresh(0) end,
  info = function() M.info() end,
  quotes = function() M.quotes() end,
  entities = function() M.entities() end,
  next = function(count) M.next_quote(count) end,
  prev = function(count) M.prev_quote(count) end,
  -- used by the <Plug> mappings
  ["next-mention"] = function(count) M.next_mention(count) end,
  ["prev-mention"] = function(count) M.prev_mention(count) end,
  ["next-same"] = function(count) M.next_same(count) end,
  ["prev-same"] = function(count) M.prev_same(count) end,
  health = function() M.health() end,
}

-- :Newsmark health: the :checkhealth report, in Vim too.
function M.health()
  if A.name == "nvim" then
    vim.cmd("checkhealth newsmark")
    return
  end
  local lines = {}
  for _, r in ipairs(require("newsmark.health").report()) do
    lines[#lines + 1] = ("%s: %s"):format(r.level:upper(), r.msg)
    for _, a in ipairs(r.advice or {}) do lines[#lines + 1] = "  - " .. a end
  end
  for _, l in ipairs(lines) do A.echo(l) end
  return lines
end

-- command(args, count): the :Newsmark command.  Never raises: an internal
-- error becomes one message.
function M.command(args, count)
  adapter()
  local sub = tostring(args or ""):match("^%s*(%S*)")
  count = tonumber(count) or 0
  if count < 1 then count = 1 end
  if sub == "" then
    A.echo(("newsmark: %s in this buffer; subcommands: %s")
      :format(M.is_enabled(0) and "enabled" or "not enabled", table.concat(M.subcommands, ", ")))
    return
  end
  local act = actions[sub]
  if not act then
    A.notify(("newsmark: unknown subcommand '%s' (one of: %s)"):format(sub, table.concat(M.subcommands, ", ")), "error")
    return
  end
  local ok, err = pcall(act, count)
  if not ok then
    A.notify("newsmark: internal error: " .. tostring(err):gsub("\n.*", ""), "error")
  end
end

function M.complete(arglead)
  local out = {}
  for _, s in ipairs(M.subcommands) do
    if s:sub(1, #arglead) == arglead then out[#out + 1] = s end
  end
  return out
end

-- FileType hook from plugin/newsmark.vim: enables listed filetypes.
function M.on_filetype(buf, ft)
  adapter()
  local c = M.config()
  for _, f in ipairs(c.filetypes) do
    if f == ft then
      if not M.is_enabled(buf) then M.enable(buf) end
      return
    end
  end
end

-- Vim: the buffer was read again (BufReadPost) -- start over.
function M._reloaded(buf)
  adapter()
  if A.reloaded then A.reloaded(buf) end
end

-- For tests and status lines.
function M._state(buf)
  adapter()
  buf = (buf == nil or buf == 0) and A.current_buf() or buf
  return states[buf]
end

function M._reset(forget_core)
  for buf in pairs(states) do M.disable(buf) end
  cfg, problems = nil, {}
  if forget_core then core, core_err = nil, nil end
end

return M
