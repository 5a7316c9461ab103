-- newsmark.model -- what newsmark knows about one buffer, independent of the
-- editor.
--
-- Data flows one way: buffer lines -> core.analyze(text) -> result (byte
-- offsets) -> chunk items (line, column positions) -> the editor adapter.
-- Nothing here calls Neovim or Vim; lines come in through a `get_lines`
-- function and time through `clock`, so the same code runs in both editors
-- and in plain busted on LuaJIT.
--
-- A buffer is tiled by chunks of whole lines.  A small article is one chunk,
-- so the core sees all of it and links "Wang Yi" to a later "Wang".  A large
-- buffer is cut at blank lines into chunks of about `chunk_bytes`, analysed a
-- few at a time.  An edit inside one analysed chunk only notes the rows it
-- changed (`pend`); the next process() analyses those paragraphs again with
-- a little text around them and splices the result into the chunk
-- (newsmark.incremental), so one keystroke costs about one paragraph's
-- analysis.  An edit across chunks makes them one dirty chunk, analysed
-- whole.  Clean rows keep their marks, which the editor moves along with
-- the text.
--
-- Positions inside a chunk are relative to its first line (r, c, er, ec:
-- 0-based rows, 0-based byte columns, end exclusive); a chunk that moves up
-- or down only changes `first`.
local M = {}

local Doc = {}
Doc.__index = Doc

-- new(line_count) -> a document whose lines are all still to be analysed.
function M.new(line_count)
  local d = setmetatable({ chunks = {} }, Doc)
  d:reset(line_count)
  return d
end

function Doc:reset(line_count)
  self.chunks = { { first = 0, n = math.max(line_count or 1, 1), dirty = true } }
end

function Doc:is_dirty()
  for _, c in ipairs(self.chunks) do
    if c.dirty or c.pend then return true end
  end
  return false
end

-- Adds the change of rows [a, bo) into [a, bn) (relative to chunk c, in
-- the buffer as it was just before this change) to c.pend, the one range
-- that covers every change since c was analysed: rows [pend.a, pend.bo)
-- of the analysed text are now rows [pend.a, pend.bn) of the buffer, and
-- the rows around them are unchanged.
local function note_change(c, a, bo, bn)
  local p = c.pend
  if not p then
    c.pend = { a = a, bo = bo, bn = bn }
    return
  end
  local stop = math.max(p.bn, bo)          -- end of both, before this change
  p.bo = stop - (p.bn - p.bo)              -- the same row in the analysed text
  p.bn = stop + (bn - bo)
  p.a = math.min(p.a, a)
end

-- A change replaced old rows [first, oldlast) by new rows [first, newlast)
-- (0-based, end exclusive; Neovim's on_lines and Vim's listener give this).
-- A change inside one analysed chunk is noted in it for process(); chunks
-- touching a change across their border merge into one dirty chunk.  Later
-- chunks move.
function Doc:edit(first, oldlast, newlast)
  local chunks = self.chunks
  if #chunks == 0 then
    self:reset(newlast)
    return
  end
  local delta = newlast - oldlast
  local stop = math.max(oldlast, first + 1)
  local lo, hi
  for i, c in ipairs(chunks) do
    if c.first < stop and c.first + c.n > first then
      lo = lo or i
      hi = i
    end
  end
  if not lo then       -- past the last line: appended text joins the last chunk
    lo, hi = #chunks, #chunks
  end
  local one = chunks[lo]
  if lo == hi and not one.dirty and one.lines and one.n + delta > 0 and first >= one.first
      and oldlast <= one.first + one.n then
    note_change(one, first - one.first, oldlast - one.first, newlast - one.first)
    one.n = one.n + delta
    for i = lo + 1, #chunks do chunks[i].first = chunks[i].first + delta end
    return
  end
  -- A chunk that loses all its lines takes its neighbour along so that no
  -- stale mark survives outside a dirty chunk.
  local function span_n(a, b)
    return chunks[b].first + chunks[b].n + delta - chunks[a].first
  end
  while span_n(lo, hi) <= 0 and (hi < #chunks or lo > 1) do
    if hi < #chunks then hi = hi + 1 else lo = lo - 1 end
  end
  local merged = { first = chunks[lo].first, n = math.max(span_n(lo, hi), 1), dirty = true }
  local out = {}
  for i = 1, lo - 1 do out[#out + 1] = chunks[i] end
  out[#out + 1] = merged
  for i = hi + 1, #chunks do
    local c = chunks[i]
    c.first = c.first + delta
    out[#out + 1] = c
  end
  self.chunks = out
end

local function is_blank(line)
  return not line:find("%S")
end

-- Reads the next piece of a dirty region starting at `row` (absolute) and
-- ending before `stop`: whole lines, cut after a blank line once it holds
-- `chunk_bytes`, or at any line once it holds twice that.  Lines are read in
-- blocks so that a 5 MB region is never copied out of the editor at once.
local BLOCK = 2048
local function next_piece(get_lines, row, stop, chunk_bytes)
  local lines, bytes = {}, 0
  local r = row
  while r < stop do
    local block = get_lines(r, math.min(r + BLOCK, stop))
    if #block == 0 then break end
    for i = 1, #block do
      local l = block[i]
      lines[#lines + 1] = l
      bytes = bytes + #l + 1
      r = r + 1
      if (bytes >= chunk_bytes and is_blank(l)) or bytes >= 2 * chunk_bytes then
        return lines, bytes
      end
    end
  end
  return lines, bytes
end

-- Position conversion: byte offset in the chunk text -> (row, col), rows
-- relative to the chunk.  `starts[i]` is the offset of line i-1.
local function offset_to_pos(starts, nlines, off)
  local lo, hi = 1, nlines
  while lo < hi do
    local mid = math.floor((lo + hi + 1) / 2)
    if starts[mid] <= off then lo = mid else hi = mid - 1 end
  end
  return lo - 1, off - starts[lo]
end

-- Sorts items by start offset unless they already are (the core's order).
local function by_start(a, b) return a.s < b.s end
local function sort_by_start(list)
  for i = 2, #list do
    if list[i].s < list[i - 1].s then
      table.sort(list, by_start)
      return
    end
  end
end

local function utf8_cut(s, n)
  if #s <= n then return s, false end
  local i = n
  while i > 0 do
    local b = s:byte(i + 1)
    if not b or b < 0x80 or b >= 0xC0 then break end
    i = i - 1
  end
  return s:sub(1, i), true
end

-- First words of a claim: whitespace collapsed, at most `n` bytes, with "…".
function M.snippet(text, n)
  local s = text:gsub("%s+", " "):gsub("^ ", ""):gsub(" $", "")
  local cut, more = utf8_cut(s, n or 60)
  if more then cut = cut:gsub(" %S*$", "") .. "…" end
  return cut
end

-- build_chunk(first, lines, text, result) -> chunk
-- Takes over `result` (its tables are reused).  Turns the core's result for `text` (the lines joined by "\n") into items
-- with line positions.  Ranges that fall outside the text are dropped:
-- a wrong highlight costs more than a missing one.
function M.build_chunk(first, lines, text, res)
  local n = #lines
  local starts = {}
  local off = 0
  for i = 1, n do
    starts[i] = off
    off = off + #lines[i] + 1
  end
  local len = #text
  -- Fills the core's own table `t` with positions (fewer tables to make
  -- and collect on every keystroke); nil when the range is unusable.
  local function pos(s, e, t)
    if type(s) ~= "number" or type(e) ~= "number" or s < 0 or e <= s or e > len then
      return nil
    end
    local r, c = offset_to_pos(starts, n, s)
    local er, ec = offset_to_pos(starts, n, e)
    if ec == 0 and er > r then      -- ends at a line break: end of the line before
      er = er - 1
      ec = #lines[er + 1]
    end
    t.r, t.c, t.er, t.ec, t.s, t.e = r, c, er, ec, s, e
    return t
  end
  local function range(t)
    if type(t) == "table" then return pos(t[1], t[2], t) end
  end

  -- the lines stay with the chunk: edits are spliced into them, and quote
  -- and speaker words are cut from them only when a label, list or popup
  -- needs them (M.slice), not on every keystroke
  local chunk = { first = first, n = n, bytes = len, lines = lines, spans = {}, quotes = {}, entities = {} }
  local ents = res.entities or {}
  for i, e in ipairs(ents) do
    local ent = {
      key = tostring(e.type) .. "\0" .. tostring(e.name),
      name = tostring(e.name or "?"), type = tostring(e.type or "?"),
      aliases = e.aliases or {}, titles = e.titles or {},
      mentions = {}, quotes = {},
    }
    for _, m in ipairs(e.mentions or {}) do
      local p = range(m)
      if p then ent.mentions[#ent.mentions + 1] = p end
    end
    sort_by_start(ent.mentions)
    chunk.entities[i] = ent
  end
  local function ent_index(id)
    if type(id) == "number" and ents[id + 1] then return id + 1 end
  end
  local spans = chunk.spans
  for _, sp in ipairs(res.spans or {}) do
    if pos(sp.start, sp["end"], sp) then
      sp.entity = ent_index(sp.entity)
      spans[#spans + 1] = sp
    end
  end
  sort_by_start(spans)
  for _, q in ipairs(res.quotes or {}) do
    if pos(q.start, q["end"], q) then
      q.direct = q.direct and true or false
      q.cue = range(q.cue)
      q.speaker = range(q.speaker)
      -- content fragments: an interrupted quote's cue and speaker lie
      -- between them and are not drawn as quote
      local parts = {}
      for _, pt in ipairs(q.parts or {}) do
        if range(pt) then parts[#parts + 1] = pt end
      end
      q.parts = #parts > 0 and parts or nil
      q.entity = ent_index(q.entity)
      q.addressee = ent_index(q.addressee)
      chunk.quotes[#chunk.quotes + 1] = q
    end
  end
  sort_by_start(chunk.quotes)
  for qi, q in ipairs(chunk.quotes) do
    if q.entity then
      local list = chunk.entities[q.entity].quotes
      list[#list + 1] = qi
    end
  end
  return chunk
end

-- Measured on a 50 KB article in Neovim 0.7.2: the first calls of
-- build_chunk cost 15-20 ms with the JIT (trace recording of run-once
-- loops) and 3-6 ms interpreted; later calls cost about the same either
-- way.  It runs once per edit, so it stays interpreted.
if rawget(_G, "jit") then jit.off(M.build_chunk, true) end

-- process(opts) analyses dirty chunks until none is left or the time budget
-- is spent.  opts: get_lines(from, to) -> list of strings (absolute rows,
-- end exclusive), analyze(text) -> result | nil, message, chunk_bytes,
-- budget (seconds; nil = no limit), clock() -> seconds, placed(first, stop,
-- new_chunks) called after each piece so the editor can clear rows
-- [first, stop) and draw the new chunks.
-- Returns "done", "more" (call again later) or nil, message on a core error.
function Doc:process(opts)
  local clock = opts.clock or os.clock
  local t0 = clock()
  local i = 1
  while i <= #self.chunks do
    local c = self.chunks[i]
    if c.pend and not c.dirty then
      local tp = clock()
      local p = c.pend
      c.pend = nil
      local view, from, to = require("newsmark.incremental").update(c, p,
        opts.get_lines(c.first + p.a, c.first + p.bn), {
          analyze = opts.analyze, build_chunk = M.build_chunk,
          max_bytes = (opts.chunk_bytes or 262144) / 2,
        })
      if view == nil then return nil, from end
      if view then
        if opts.placed then opts.placed(c.first + from, c.first + to, view) end
        local now = clock()
        if opts.budget and self:is_dirty() and (now - t0) + (now - tp) > opts.budget then
          return "more"
        end
      else
        -- not worth doing (or not possible) paragraph by paragraph: the
        -- whole chunk again, in the branch below (counted for the specs)
        self.whole_updates = (self.whole_updates or 0) + 1
        c = { first = c.first, n = c.n, dirty = true }
        self.chunks[i] = c
      end
    end
    if c.dirty then
      local tp = clock()
      local stop = c.first + c.n
      local lines, _ = next_piece(opts.get_lines, c.first, stop, opts.chunk_bytes or 262144)
      if #lines == 0 then lines = { "" } end
      local text = table.concat(lines, "\n")
      local res, err = opts.analyze(text)
      if not res then return nil, err or "newsmark: analysis failed" end
      local done = M.build_chunk(c.first, lines, text, res)
      local rest_first = c.first + #lines
      if rest_first < stop then
        -- the rest of the region stays dirty, right after the new chunk
        local rest = { first = rest_first, n = stop - rest_first, dirty = true }
        table.insert(self.chunks, i + 1, rest)
      end
      self.chunks[i] = done
      if opts.placed then opts.placed(done.first, done.first + done.n, done) end
      -- Stop when the budget is spent or would be by one more piece like
      -- this one, so one turn of the event loop does about one piece.
      local now = clock()
      if opts.budget and self:is_dirty() and (now - t0) + (now - tp) > opts.budget then
        return "more"
      end
    end
    i = i + 1
  end
  return "done"
end

-- Items of a chunk with absolute rows, for drawing.  Returns a list of
-- { group, row, col, end_row, end_col, priority } and a list of
-- { row, text } end-of-line labels naming each quote's speaker.
local GROUP = {
  person = "NewsmarkPerson", title = "NewsmarkTitle", org = "NewsmarkOrg",
  place = "NewsmarkPlace", date = "NewsmarkDate",
}
M.groups = {
  "NewsmarkPerson", "NewsmarkTitle", "NewsmarkOrg", "NewsmarkPlace",
  "NewsmarkDate", "NewsmarkQuote", "NewsmarkSpeaker", "NewsmarkCue",
}
-- Quotes lie under names; speaker and cue marks lie over them.
M.priority = {
  NewsmarkQuote = 100, NewsmarkPerson = 110, NewsmarkTitle = 110, NewsmarkOrg = 110,
  NewsmarkPlace = 110, NewsmarkDate = 110, NewsmarkCue = 120, NewsmarkSpeaker = 120,
}

-- The text of the range p (r, c, er, ec) of a chunk, cut from its lines
-- (a chunk keeps its lines, not one string, so that an edit does not copy
-- the whole chunk).
function M.slice(chunk, p)
  local lines = chunk.lines
  if p.r == p.er then return (lines[p.r + 1] or ""):sub(p.c + 1, p.ec) end
  local out = { (lines[p.r + 1] or ""):sub(p.c + 1) }
  for r = p.r + 1, p.er - 1 do out[#out + 1] = lines[r + 1] end
  out[#out + 1] = (lines[p.er + 1] or ""):sub(1, p.ec)
  return table.concat(out, "\n")
end

-- Words of a quote, its speaker as written and its cue, cut from the text.
function M.quote_text(chunk, q)
  if q.parts and #q.parts > 1 then
    local words = {}
    for i, pt in ipairs(q.parts) do words[i] = M.slice(chunk, pt) end
    return M.snippet(table.concat(words, " ... "), 200)
  end
  return M.snippet(M.slice(chunk, q), 200)
end
function M.speaker_text(chunk, q)
  if q.speaker then return M.snippet(M.slice(chunk, q.speaker), 80) end
end
function M.cue_text(chunk, q)
  if q.cue then return M.slice(chunk, q.cue) end
end

function M.speaker_name(chunk, q)
  if q.entity then return chunk.entities[q.entity].name end
  return M.speaker_text(chunk, q)
end

function M.chunk_marks(chunk, kinds, vt_prefix)
  local marks, labels = {}, {}
  local f = chunk.first
  local function add(group, p)
    marks[#marks + 1] = { group, f + p.r, p.c, f + p.er, p.ec, M.priority[group] }
  end
  for _, sp in ipairs(chunk.spans) do
    local g = GROUP[sp.type]
    if g and kinds[sp.type] then add(g, sp) end
  end
  for _, q in ipairs(chunk.quotes) do
    if kinds.quote then
      for _, pt in ipairs(q.parts or { q }) do add("NewsmarkQuote", pt) end
    end
    if kinds.cue and q.cue then add("NewsmarkCue", q.cue) end
    if kinds.speaker and q.speaker then add("NewsmarkSpeaker", q.speaker) end
    if vt_prefix then
      local who = M.speaker_name(chunk, q)
      if who then labels[#labels + 1] = { f + q.er, vt_prefix .. who } end
    end
  end
  return marks, labels
end

-- Compare (row, col) pairs.
local function before(r1, c1, r2, c2)
  return r1 < r2 or (r1 == r2 and c1 < c2)
end
local function inside(row, col, f, p)
  local r, er = f + p.r, f + p.er
  return not before(row, col, r, p.c) and before(row, col, er, p.ec)
end

-- at(row, col) -> { kind = "mention", chunk, span, entity } or
-- { kind = "quote", chunk, quote } or nil.  A name wins over the quote
-- around it; the cue or speaker of a quote count as the quote.
function Doc:at(row, col)
  for _, c in ipairs(self.chunks) do
    if not (c.dirty or c.pend) and row >= c.first and row < c.first + c.n then
      for _, sp in ipairs(c.spans) do
        if inside(row, col, c.first, sp) and sp.entity then
          return { kind = "mention", chunk = c, span = sp, entity = c.entities[sp.entity] }
        end
      end
      for _, sp in ipairs(c.spans) do
        if inside(row, col, c.first, sp) then
          return { kind = "mention", chunk = c, span = sp }
        end
      end
      for _, q in ipairs(c.quotes) do
        if inside(row, col, c.first, q) or (q.cue and inside(row, col, c.first, q.cue))
            or (q.speaker and inside(row, col, c.first, q.speaker)) then
          return { kind = "quote", chunk = c, quote = q }
        end
      end
      return nil
    end
  end
end

-- Start positions of the targets of a jump, in buffer order.
function Doc:targets(kind, key)
  local out = {}
  for _, c in ipairs(self.chunks) do
    if not (c.dirty or c.pend) then
      if kind == "quote" then
        for _, q in ipairs(c.quotes) do out[#out + 1] = { c.first + q.r, q.c } end
      else
        local seen = {}
        local list = {}
        for _, e in ipairs(c.entities) do
          if kind == "mention" or e.key == key then
            for _, m in ipairs(e.mentions) do
              if not seen[m.s] then
                seen[m.s] = true
                list[#list + 1] = m
              end
            end
          end
        end
        table.sort(list, function(a, b) return a.s < b.s end)
        for _, m in ipairs(list) do out[#out + 1] = { c.first + m.r, m.c } end
      end
    end
  end
  return out
end

-- jump(kind, forward, row, col, count, wrap) -> row, col, wrapped
--   or nil, message.  kind: "quote", "mention" or "same" (mentions of the
--   entity under the cursor).
function Doc:jump(kind, forward, row, col, count, wrap)
  local key
  if kind == "same" then
    local hit = self:at(row, col)
    if not (hit and hit.kind == "mention" and hit.entity) then
      return nil, "newsmark: no name under the cursor"
    end
    key = hit.entity.key
  end
  local t = self:targets(kind, key)
  local what = kind == "quote" and "quote" or "mention"
  if #t == 0 then return nil, "newsmark: no " .. what .. " in this buffer" end
  count = math.max(count or 1, 1)
  local idx
  if forward then
    local first_after = #t + 1
    for i, p in ipairs(t) do
      if before(row, col, p[1], p[2]) then first_after = i break end
    end
    idx = first_after + count - 1
  else
    local last_before = 0
    for i = #t, 1, -1 do
      if before(t[i][1], t[i][2], row, col) then last_before = i break end
    end
    idx = last_before - count + 1
  end
  local wrapped = false
  if idx < 1 or idx > #t then
    if not wrap then
      return nil, ("newsmark: no %s %s"):format(forward and "next" or "previous", what)
    end
    idx = (idx - 1) % #t + 1
    wrapped = true
  end
  return t[idx][1], t[idx][2], wrapped
end

-- All chunk entities with the key of `ent`, across chunks.
function Doc:entity_group(key)
  local out = {}
  for _, c in ipairs(self.chunks) do
    if not (c.dirty or c.pend) then
      for _, e in ipairs(c.entities) do
        if e.key == key then out[#out + 1] = { chunk = c, entity = e } end
      end
    end
  end
  return out
end

-- Location list items: { row, col, end_row, end_col, text = "Speaker: claim…" }.
function Doc:quote_items()
  local out = {}
  for _, c in ipairs(self.chunks) do
    if not (c.dirty or c.pend) then
      for _, q in ipairs(c.quotes) do
        local who = M.speaker_name(c, q) or "(unknown speaker)"
        out[#out + 1] = {
          row = c.first + q.r, col = q.c, end_row = c.first + q.er, end_col = q.ec,
          text = who .. ": " .. M.snippet(M.quote_text(c, q), 70),
        }
      end
    end
  end
  return out
end

-- Entities with their mention counts, most mentioned first:
-- { name, type, count, row, col, label = "Wang Yi (person, 3)" }.
function Doc:entity_items()
  local by_key, list = {}, {}
  for _, c in ipairs(self.chunks) do
    if not (c.dirty or c.pend) then
      for _, e in ipairs(c.entities) do
        local it = by_key[e.key]
        if not it then
          it = { name = e.name, type = e.type, count = 0 }
          local m = e.mentions[1]
          if m then it.row, it.col = c.first + m.r, m.c end
          by_key[e.key] = it
          list[#list + 1] = it
        elseif not it.row and e.mentions[1] then
          it.row, it.col = c.first + e.mentions[1].r, e.mentions[1].c
        end
        it.count = it.count + #e.mentions
      end
    end
  end
  table.sort(list, function(a, b)
    if a.count ~= b.count then return a.count > b.count end
    return a.name < b.name
  end)
  for _, it in ipairs(list) do
    it.label = ("%s (%s, %d)"):format(it.name, it.type, it.count)
  end
  return list
end

local function add_unique(list, seen, v)
  if v and v ~= "" and not seen[v] then
    seen[v] = true
    list[#list + 1] = v
  end
end

-- popup(hit) -> title, lines: what the info popup shows for `hit` (from at()).
function Doc:popup(hit)
  local lines = {}
  if hit.kind == "mention" and hit.entity then
    local e = hit.entity
    local aliases, titles, quotes = {}, {}, {}
    local seen_a, seen_t = { [e.name] = true }, {}
    local count = 0
    for _, g in ipairs(self:entity_group(e.key)) do
      for _, a in ipairs(g.entity.aliases) do add_unique(aliases, seen_a, a) end
      for _, t in ipairs(g.entity.titles) do add_unique(titles, seen_t, t) end
      count = count + #g.entity.mentions
      for _, qi in ipairs(g.entity.quotes) do
        quotes[#quotes + 1] = M.quote_text(g.chunk, g.chunk.quotes[qi])
      end
    end
    lines[#lines + 1] = "Type: " .. e.type
    if #aliases > 0 then lines[#lines + 1] = "Also: " .. table.concat(aliases, ", ") end
    if #titles > 0 then
      lines[#lines + 1] = "Titles:"
      for _, t in ipairs(titles) do lines[#lines + 1] = "  " .. t end
    end
    lines[#lines + 1] = ("Mentions: %d"):format(count)
    if #quotes > 0 then
      lines[#lines + 1] = ("Quotes attributed: %d"):format(#quotes)
      for _, q in ipairs(quotes) do
        lines[#lines + 1] = "  " .. M.snippet(q, 50)
      end
    end
    return e.name, lines
  elseif hit.kind == "mention" then
    return hit.span.type, { "Type: " .. hit.span.type, "(not linked to any entity)" }
  elseif hit.kind == "quote" then
    local q, c = hit.quote, hit.chunk
    local said_as = M.speaker_text(c, q)
    local cue = M.cue_text(c, q)
    local who = "unknown"
    if q.entity then
      local e = c.entities[q.entity]
      who = e.name
      if e.titles[1] then who = who .. ", " .. e.titles[1] end
      if said_as and said_as ~= e.name then
        who = who .. " (as “" .. said_as .. "”)"
      end
    elseif said_as then
      who = said_as
    end
    lines[#lines + 1] = "Speaker: " .. who
    if cue then lines[#lines + 1] = "Cue: " .. cue end
    if q.addressee then lines[#lines + 1] = "Addressee: " .. c.entities[q.addressee].name end
    lines[#lines + 1] = "Kind: " .. (q.direct and "direct quote" or "reported speech")
    lines[#lines + 1] = "Claim: " .. M.snippet(M.quote_text(c, q), 60)
    return q.direct and "Direct quote" or "Reported speech", lines
  end
  return nil, {}
end

M.Doc = Doc
return M
