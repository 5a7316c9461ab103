-- newsmark.adapter.nvim -- the Neovim side: extmarks, floating windows,
-- luv timers, nvim_buf_attach.  Only editor primitives live here; what to
-- draw, where to jump and what to list is decided once, in the feature
-- modules, for both editors.  Works on Neovim 0.7.2 and later; newer
-- features (window titles) are detected, not assumed.
local api = vim.api
local uv = vim.uv or vim.loop   -- vim.loop is deprecated from 0.10
local A = { name = "nvim" }

A.ns = api.nvim_create_namespace("newsmark")

local has_title = vim.fn.has("nvim-0.9") == 1

function A.current_buf() return api.nvim_get_current_buf() end
function A.buf_valid(buf) return api.nvim_buf_is_valid(buf) and api.nvim_buf_is_loaded(buf) end
function A.line_count(buf) return api.nvim_buf_line_count(buf) end
function A.buf_bytes(buf)
  return api.nvim_buf_get_offset(buf, api.nvim_buf_line_count(buf))
end
function A.get_lines(buf, from, to) return api.nvim_buf_get_lines(buf, from, to, false) end
function A.filetype(buf) return vim.bo[buf].filetype end
function A.clock() return uv.hrtime() / 1e9 end
function A.wrapscan() return vim.o.wrapscan end
function A.get_var(name)
  local ok, v = pcall(api.nvim_get_var, name)
  if ok then return v end
end

function A.cursor()
  local pos = api.nvim_win_get_cursor(0)
  return pos[1] - 1, pos[2]
end

-- Moves the cursor and leaves the old position in the jumplist, as search
-- commands do.
function A.jump_to(row, col)
  vim.cmd("normal! m'")
  api.nvim_win_set_cursor(0, { row + 1, col })
  vim.cmd("silent! normal! zv")
end

function A.notify(msg, level)
  vim.notify(msg, level == "error" and vim.log.levels.ERROR
    or level == "warn" and vim.log.levels.WARN or vim.log.levels.INFO)
end
function A.echo(msg)
  api.nvim_echo({ { msg } }, false, {})
end

-- Timers: fn runs on the main loop after ms milliseconds.
function A.timer_start(ms, fn)
  local t = uv.new_timer()
  t:start(ms, 0, vim.schedule_wrap(function()
    if not t:is_closing() then t:close() end
    fn()
  end))
  return t
end
function A.timer_stop(t)
  if t and not t:is_closing() then
    t:stop()
    t:close()
  end
end

-- attach(buf, on_edit, on_reload) -> detach function.
-- on_edit(first, oldlast, newlast) gets each change (0-based rows, end
-- exclusive).  Returning true from on_lines detaches, so a stale attach of
-- a disabled buffer ends by itself.
function A.attach(buf, on_edit, on_reload)
  local live = true
  api.nvim_buf_attach(buf, false, {
    on_lines = function(_, _, _, first, last, new_last)
      if not live then return true end
      on_edit(first, last, new_last)
    end,
    on_reload = function()
      if live then on_reload() end
    end,
  })
  return function() live = false end
end

-- Calls fn once when the buffer is wiped out or unloaded.
function A.on_buf_gone(buf, fn)
  api.nvim_create_autocmd({ "BufWipeout", "BufUnload" }, {
    buffer = buf, once = true, callback = function() fn() end,
  })
end

function A.map(buf, lhs, rhs)
  api.nvim_buf_set_keymap(buf, "n", lhs, rhs, { noremap = false, silent = true })
end
function A.unmap(buf, lhs, rhs)
  local ok, maps = pcall(api.nvim_buf_get_keymap, buf, "n")
  if not ok then return end
  for _, m in ipairs(maps) do
    -- only remove our own mapping, never one the user put there since
    if m.rhs == rhs and (m.lhs == lhs or m.lhs == vim.api.nvim_replace_termcodes(lhs, true, true, true)) then
      pcall(api.nvim_buf_del_keymap, buf, "n", m.lhs)
    end
  end
end

-- Highlights ------------------------------------------------------------

function A.clear(buf, from, to)
  if api.nvim_buf_is_valid(buf) then
    api.nvim_buf_clear_namespace(buf, A.ns, from or 0, to or -1)
  end
end

-- marks: { group, row, col, end_row, end_col, priority }; labels: { row, text }.
function A.draw(buf, marks, labels)
  local set = api.nvim_buf_set_extmark
  local ns = A.ns
  for i = 1, #marks do
    local m = marks[i]
    -- A position the buffer no longer has (changed under us) is skipped.
    pcall(set, buf, ns, m[2], m[3], {
      end_row = m[4], end_col = m[5], hl_group = m[1], priority = m[6],
    })
  end
  for i = 1, #labels do
    local l = labels[i]
    pcall(set, buf, ns, l[1], 0, {
      virt_text = { { l[2], "NewsmarkVirtualText" } }, virt_text_pos = "eol",
    })
  end
end

-- Marks as { group, row, col, end_row, end_col } (for tests and :Newsmark).
function A.marks(buf)
  local out = {}
  for _, m in ipairs(api.nvim_buf_get_extmarks(buf, A.ns, 0, -1, { details = true })) do
    local d = m[4]
    if d.hl_group then
      out[#out + 1] = { d.hl_group, m[2], m[3], d.end_row, d.end_col }
    elseif d.virt_text then
      out[#out + 1] = { "virt_text", m[2], m[3], text = d.virt_text[1][1] }
    end
  end
  return out
end

-- Info popup ------------------------------------------------------------

local popup = { win = nil, buf = nil }

function A.popup_close()
  if popup.win and api.nvim_win_is_valid(popup.win) then
    api.nvim_win_close(popup.win, true)
  end
  popup.win = nil
end

function A.popup_win() 
  if popup.win and api.nvim_win_is_valid(popup.win) then return popup.win end
end

-- Opens the floating window at the cursor; calling it while the popup is
-- open enters the popup instead, so its content can be scrolled.
function A.popup(title, lines, opts)
  if A.popup_win() then
    api.nvim_set_current_win(popup.win)
    return popup.win
  end
  -- Window titles exist from 0.9 and need a border; otherwise the title is
  -- the first line.
  local in_frame = has_title and opts.border ~= "none"
  local body = {}
  if not in_frame then body[1] = title end
  for _, l in ipairs(lines) do body[#body + 1] = l end
  local width = in_frame and vim.fn.strdisplaywidth(title) + 2 or 1
  for _, l in ipairs(body) do width = math.max(width, vim.fn.strdisplaywidth(l)) end
  width = math.min(width, opts.max_width, math.max(vim.o.columns - 4, 10))
  local height = math.min(#body, opts.max_height, math.max(vim.o.lines - 4, 3))
  local pbuf = api.nvim_create_buf(false, true)
  api.nvim_buf_set_lines(pbuf, 0, -1, false, body)
  -- vim.bo/vim.wo: nvim_buf_set_option is deprecated from 0.10
  vim.bo[pbuf].modifiable = false
  vim.bo[pbuf].bufhidden = "wipe"
  vim.bo[pbuf].filetype = "newsmark-info"
  local cfg = {
    relative = "cursor", row = 1, col = 0, width = width, height = height,
    style = "minimal", border = opts.border, focusable = true,
  }
  if in_frame then
    cfg.title = " " .. title .. " "
    cfg.title_pos = "left"
  end
  local win = api.nvim_open_win(pbuf, false, cfg)
  vim.wo[win].wrap = true
  if not in_frame then
    api.nvim_buf_add_highlight(pbuf, -1, "Title", 0, 0, -1)
  end
  popup.win, popup.buf, popup.title = win, pbuf, in_frame and title or nil
  for _, key in ipairs({ "q", "<Esc>" }) do
    api.nvim_buf_set_keymap(pbuf, "n", key, "<Cmd>close<CR>", { noremap = true, silent = true })
  end
  -- Close when the cursor moves in the article (not inside the popup).
  local src = api.nvim_get_current_buf()
  local group = api.nvim_create_augroup("newsmark_popup", { clear = true })
  api.nvim_create_autocmd({ "CursorMoved", "CursorMovedI", "InsertEnter", "BufHidden" }, {
    group = group, buffer = src,
    callback = function()
      if api.nvim_get_current_win() ~= popup.win then
        A.popup_close()
        pcall(api.nvim_del_augroup_by_id, group)
      end
    end,
  })
  return win
end

function A.popup_lines()
  if A.popup_win() then
    return api.nvim_buf_get_lines(popup.buf, 0, -1, false), popup.title
  end
end

-- Lists -----------------------------------------------------------------

-- items: { row, col, end_row, end_col, text } -> the window's location list.
function A.loclist(buf, items, title)
  local list = {}
  for i, it in ipairs(items) do
    list[i] = {
      bufnr = buf, lnum = it.row + 1, col = it.col + 1,
      end_lnum = it.end_row and it.end_row + 1, end_col = it.end_col and it.end_col + 1,
      text = it.text,
    }
  end
  vim.fn.setloclist(0, {}, " ", { title = title, items = list })
end
function A.loclist_get()
  local out = {}
  for i, it in ipairs(vim.fn.getloclist(0)) do
    out[i] = { lnum = it.lnum, col = it.col, text = it.text }
  end
  return out, vim.fn.getloclist(0, { title = 1 }).title
end

-- select(labels, prompt, on_choice(index or nil)) through vim.ui.select, so
-- pickers such as telescope or dressing take over when installed.
function A.select(labels, prompt, on_choice)
  vim.ui.select(labels, { prompt = prompt }, function(_, idx) on_choice(idx) end)
end

return A
