-- newsmark.adapter.vim -- the Vim 9 side, through Vim's +lua interface
-- (vim.eval, vim.command, vim.fn; Lua 5.2 on Debian): text properties with
-- the same highlight group names, popup_atcursor, timers, listener_add.
-- Offers the same functions as adapter/nvim.lua.
--
-- Vim's Lua does not turn Lua tables into Vim lists or dictionaries when
-- calling a function, so arguments go through tovim(); lists and dicts
-- coming back are userdata indexed from 1 (index 0 is the last item!).
local fn = vim.fn
local A = { name = "vim" }

local function tovim(v)
  if type(v) ~= "table" then return v end
  if v[1] ~= nil then
    local l = vim.list()
    for _, x in ipairs(v) do l:add(tovim(x)) end
    return l
  end
  local d = vim.dict()
  for k, x in pairs(v) do d[k] = tovim(x) end
  return d
end
A.tovim = tovim

local function tolist(l)
  local t = {}
  for i = 1, #l do t[i] = l[i] end
  return t
end

local function quote(s)
  return "'" .. tostring(s):gsub("'", "''") .. "'"
end

function A.current_buf() return fn.bufnr("") end
function A.buf_valid(buf) return fn.bufexists(buf) == 1 and fn.bufloaded(buf) == 1 end
function A.line_count(buf)
  local info = fn.getbufinfo(buf)
  return info[1] and info[1].linecount or 0
end
function A.buf_bytes(buf)
  if buf == fn.bufnr("") then
    return math.max(fn.line2byte(fn.line("$") + 1) - 1, 0)
  end
  local n = 0
  for _, l in ipairs(A.get_lines(buf, 0, A.line_count(buf))) do n = n + #l + 1 end
  return n
end
function A.get_lines(buf, from, to)
  if to <= from then return {} end
  return tolist(fn.getbufline(buf, from + 1, to))
end
function A.filetype(buf) return fn.getbufvar(buf, "&filetype") end
-- Wall-clock seconds: the time budget is what the user waits, not CPU time.
function A.clock() return fn.reltimefloat(fn.reltime()) end
function A.wrapscan() return vim.eval("&wrapscan") == 1 end
function A.get_var(name)
  if fn.exists("g:" .. name) == 1 then return vim.eval("g:" .. name) end
end

function A.cursor()
  return fn.line(".") - 1, fn.col(".") - 1
end

function A.jump_to(row, col)
  vim.command("normal! m'")
  fn.cursor(row + 1, col + 1)
  vim.command("silent! normal! zv")
end

function A.notify(msg, level)
  local hl = level == "error" and "ErrorMsg" or level == "warn" and "WarningMsg" or "None"
  vim.command("echohl " .. hl .. " | echomsg " .. quote(msg) .. " | echohl None")
end
function A.echo(msg)
  vim.command("echo " .. quote(msg))
end

function A.timer_start(ms, f)
  return fn.timer_start(ms, function() f() end)
end
function A.timer_stop(id)
  if id then fn.timer_stop(id) end
end

-- attach(buf, on_edit, on_reload) -> detach, flush.  Vim's listener reports
-- the changed lines as a whole: [start, end) became `added` lines longer.
-- flush() delivers pending changes now (Vim batches them until redraw).
function A.attach(buf, on_edit, on_reload)
  local id = fn.listener_add(function(_, start, stop, added)
    on_edit(start - 1, stop - 1, stop - 1 + added)
  end, buf)
  local group = "newsmark_reload_" .. buf
  vim.command("augroup " .. group)
  vim.command("autocmd!")
  vim.command("autocmd BufReadPost <buffer=" .. buf
    .. "> call luaeval('require(\"newsmark\")._reloaded(_A)', " .. buf .. ")")
  vim.command("augroup END")
  A._reload = A._reload or {}
  A._reload[buf] = on_reload
  return function()
    fn.listener_remove(id)
    pcall(vim.command, "autocmd! " .. group)
    pcall(vim.command, "augroup! " .. group)
    A._reload[buf] = nil
  end, function()
    fn.listener_flush(buf)
  end
end

function A.reloaded(buf)
  local f = A._reload and A._reload[buf]
  if f then f() end
end

A._gone = {}
function A.on_buf_gone(buf, f)
  A._gone[buf] = f
  vim.command("autocmd newsmark BufWipeout,BufUnload <buffer=" .. buf
    .. "> ++once call luaeval('require(\"newsmark.adapter.vim\").gone(_A)', " .. buf .. ")")
end
function A.gone(buf)
  local f = A._gone[buf]
  A._gone[buf] = nil
  if f then f() end
end

-- Buffer-local mappings (Vim maps the current buffer only).
function A.map(buf, lhs, rhs)
  vim.command("nmap <buffer> <silent> " .. lhs .. " " .. rhs)
end
function A.unmap(buf, lhs, rhs)
  if buf == fn.bufnr("") and fn.maparg(lhs, "n") == rhs then
    vim.command("silent! nunmap <buffer> " .. lhs)
  end
end

-- Text properties -----------------------------------------------------------

local GROUPS = {
  "NewsmarkPerson", "NewsmarkTitle", "NewsmarkOrg", "NewsmarkPlace",
  "NewsmarkDate", "NewsmarkQuote", "NewsmarkSpeaker", "NewsmarkCue",
}
local PRIORITY = require("newsmark.model").priority
local LABEL = "NewsmarkVirtualText"
local types_ready = false
local label_text = {}   -- prop id -> label text
-- Virtual text needs patch 9.0.0067 and text_align 'after' 9.0.0121.
local has_vtext = fn.has("patch-9.0.0121") == 1

local function ensure_types()
  if types_ready then return end
  for _, g in ipairs(GROUPS) do
    if fn.empty(fn.prop_type_get(g)) == 1 then
      fn.prop_type_add(g, tovim({ highlight = g, priority = PRIORITY[g], combine = 1 }))
    end
  end
  if fn.empty(fn.prop_type_get(LABEL)) == 1 then
    fn.prop_type_add(LABEL, tovim({ highlight = LABEL }))
  end
  types_ready = true
end

function A.clear(buf, from, to)
  if not A.buf_valid(buf) then return end
  ensure_types()
  local last = A.line_count(buf)
  local l1 = (from or 0) + 1
  local l2 = (to == nil or to < 0) and last or math.min(to, last)
  if l2 < l1 then return end
  for _, g in ipairs(GROUPS) do
    fn.prop_remove(tovim({ type = g, bufnr = buf, all = 1 }), l1, l2)
  end
  fn.prop_remove(tovim({ type = LABEL, bufnr = buf, all = 1 }), l1, l2)
end

function A.draw(buf, marks, labels)
  ensure_types()
  local by_group = {}
  for i = 1, #marks do
    local m = marks[i]
    local list = by_group[m[1]]
    if not list then list = {} by_group[m[1]] = list end
    list[#list + 1] = { m[2] + 1, m[3] + 1, m[4] + 1, m[5] + 1 }
  end
  for g, list in pairs(by_group) do
    local ok = pcall(fn.prop_add_list, tovim({ type = g, bufnr = buf }), tovim(list))
    if not ok then
      -- one bad position fails the batch: fall back to one at a time
      for _, it in ipairs(list) do
        pcall(fn.prop_add, it[1], it[2], tovim({ type = g, bufnr = buf, end_lnum = it[3], end_col = it[4] }))
      end
    end
  end
  if has_vtext then
    for i = 1, #labels do
      local l = labels[i]
      local ok, id = pcall(fn.prop_add, l[1] + 1, 0, tovim({
        type = LABEL, bufnr = buf, text = l[2], text_align = "after", text_padding_left = 1,
      }))
      -- prop_list() of this Vim does not return the text: remember it
      if ok then label_text[id] = l[2] end
    end
  end
end

function A.marks(buf)
  local out = {}
  local n = A.line_count(buf)
  for lnum = 1, n do
    local props = fn.prop_list(lnum, tovim({ bufnr = buf }))
    for i = 1, #props do
      local p = props[i]
      local t = p.type
      if t == LABEL then
        out[#out + 1] = { "virt_text", lnum - 1, 0, text = p.text or label_text[p.id] }
      elseif t and t:find("^Newsmark") and p.start == 1 then
        -- find where a multi-line property ends
        local er, ec = lnum, p.col + p.length
        if p["end"] == 0 then
          for l2 = lnum + 1, n do
            local ps = fn.prop_list(l2, tovim({ bufnr = buf, types = { t } }))
            for k = 1, #ps do
              if ps[k].type == t and ps[k].start == 0 and ps[k]["end"] == 1 then
                er, ec = l2, ps[k].col + ps[k].length
                break
              end
            end
            if er == l2 then break end
          end
        end
        out[#out + 1] = { t, lnum - 1, p.col - 1, er - 1, ec - 1 }
      end
    end
  end
  return out
end

-- Info popup ------------------------------------------------------------

local popup_id
function A.popup_win()
  if popup_id and fn.empty(fn.popup_getpos(popup_id)) == 0 then return popup_id end
end
function A.popup_close()
  if A.popup_win() then fn.popup_close(popup_id) end
  popup_id = nil
end

-- Vim popups cannot be entered: this one closes when the cursor moves and
-- scrolls with the mouse wheel (scrollbar) when it is taller than max_height.
function A.popup(title, lines, opts)
  A.popup_close()
  local border = opts.border == "none" and {} or { 1, 1, 1, 1 }
  local chars
  if opts.border == "rounded" then
    chars = { "─", "│", "─", "│", "╭", "╮", "╯", "╰" }
  elseif opts.border == "double" then
    chars = { "═", "║", "═", "║", "╔", "╗", "╝", "╚" }
  elseif type(opts.border) == "table" then
    chars = opts.border
  end
  local o = {
    title = " " .. title .. " ", padding = { 0, 1, 0, 1 }, moved = "any",
    maxwidth = opts.max_width, maxheight = opts.max_height, scrollbar = 1,
    highlight = "Pmenu",
  }
  if opts.border ~= "none" then
    o.border = border
    if chars then o.borderchars = chars end
  end
  local list = vim.list()
  for _, l in ipairs(lines) do list:add(l) end
  local d = tovim(o)
  if opts.border ~= "none" then d.border = tovim(border) else d.border = vim.list() end
  popup_id = fn.popup_atcursor(list, d)
  return popup_id
end

function A.popup_lines()
  local id = A.popup_win()
  if not id then return nil end
  local b = fn.winbufnr(id)
  return tolist(fn.getbufline(b, 1, "$")), fn.popup_getoptions(id).title
end

-- Lists -------------------------------------------------------------------

function A.loclist(buf, items, title)
  local list = vim.list()
  for _, it in ipairs(items) do
    list:add(tovim({
      bufnr = buf, lnum = it.row + 1, col = it.col + 1,
      end_lnum = it.end_row + 1, end_col = it.end_col + 1, text = it.text,
    }))
  end
  fn.setloclist(0, vim.list(), " ", tovim({ title = title, items = list }))
end
function A.loclist_get()
  local out = {}
  local l = fn.getloclist(0)
  for i = 1, #l do out[i] = { lnum = l[i].lnum, col = l[i].col, text = l[i].text } end
  return out, fn.getloclist(0, tovim({ title = 1 })).title
end

-- Vim has no vim.ui.select: a numbered inputlist().
function A.select(labels, prompt, on_choice)
  local l = vim.list()
  l:add(prompt .. ":")
  for i, s in ipairs(labels) do l:add(("%d. %s"):format(i, s)) end
  local idx = fn.inputlist(l)
  on_choice((idx >= 1 and idx <= #labels) and idx or nil)
end

return A
