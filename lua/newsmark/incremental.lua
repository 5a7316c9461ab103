-- newsmark.incremental -- brings an analysed part of a buffer up to date
-- after edits by analysing only the paragraphs that changed.
--
-- Why: analysing a whole 50 KB part again costs the core alone 5-10 ms, and
-- the update after a keystroke must cost at most 5 ms.  A paragraph with a
-- few KB of text around it costs well under 1 ms.
--
-- How (rows are relative to the part, 0-based, end exclusive):
--   1. The edits since the last analysis are one range of rows, [a, bo) in
--      the analysed text and [a, bn) in the buffer (model.lua keeps it).
--   2. The range grows to whole paragraphs (blank-line boundaries), and
--      again until no old item (name, quote with its cue and speaker)
--      crosses its border, so every old mark is either inside and replaced,
--      or outside and kept where the editor moved it.
--   3. The region is analysed with up to CONTEXT_BEFORE bytes of whole
--      paragraphs before it and CONTEXT_AFTER after it, so that "he said"
--      finds its speaker and a surname its full name.  Only items inside
--      the region are kept; an item crossing the region's border makes the
--      caller analyse the whole part instead (rare: an edit that opens a
--      quote across paragraphs).
--   4. Items after the region move by the change in rows and bytes.
--
-- Names (the trade-off): the region's entities are linked to the part's
-- entities by, in order, (a) a mention they share in the context, where the
-- full analysis already decided who it is; (b) the same type and name;
-- (c) one part entity whose name or alias is the new entity's name or
-- alias; (d) for a one-word person, one part person whose name ends with
-- that word.  Otherwise the entity is new.  What the region can change
-- outside itself is not redone: typing a full name in the first paragraph
-- does not re-link a bare surname further down that the full analysis
-- had typed or linked otherwise, and aliases and titles only accumulate.
-- :Newsmark refresh analyses the whole buffer again.
local M = {}

-- Bytes of context: enough for the paragraph or two before, where "he"
-- and a bare surname usually find their name; each KB costs the core about
-- 0.1 ms.
M.CONTEXT_BEFORE = 2048
M.CONTEXT_AFTER = 512

-- Everything here runs once per edit over lists of a few thousand items:
-- LuaJIT's trace recording of such loops cost 15-60 ms per update
-- (measured in Neovim 0.7.2), interpreted they take well under 1 ms.  As
-- for model.build_chunk, the JIT stays off for this module.
if rawget(_G, "jit") then jit.off(true, true) end

local function blank(l) return not l:find("%S") end

-- Grows rows [lo, hi) of the lines L to whole paragraphs.
local function paragraphs(L, lo, hi)
  local n = #L
  while lo > 0 and not blank(L[lo]) do lo = lo - 1 end
  while hi < n and not blank(L[hi + 1]) do hi = hi + 1 end
  return lo, hi
end

-- Rows covered by a quote with its cue and speaker.
local function quote_rows(q)
  local r, er = q.r, q.er
  local cu, sp = q.cue, q.speaker
  if cu then
    if cu.r < r then r = cu.r end
    if cu.er > er then er = cu.er end
  end
  if sp then
    if sp.r < r then r = sp.r end
    if sp.er > er then er = sp.er end
  end
  return r, er
end

-- Grows [lo, hi) (rows of the buffer; rows [lo, hi - d) of the analysed
-- text) until no old item of chunk c crosses its border.  Entity mentions
-- are spans too (the core lists each mention as a span), so spans and
-- quotes are all there is to look at.
local function grow(c, L, lo, hi, d)
  local spans, quotes = c.spans, c.quotes
  while true do
    local nlo, nho = lo, hi - d
    for i = 1, #spans do
      local sp = spans[i]
      local r, er = sp.r, sp.er
      if r ~= er and r < nho and er >= nlo then
        if r < nlo then nlo = r end
        if er >= nho then nho = er + 1 end
      end
    end
    for i = 1, #quotes do
      local r, er = quote_rows(quotes[i])
      if r < nho and er >= nlo then
        if r < nlo then nlo = r end
        if er >= nho then nho = er + 1 end
      end
    end
    if nlo == lo and nho == hi - d then return lo, hi end
    lo, hi = paragraphs(L, nlo, nho + d)
  end
end

local function shift(p, dr, db)
  p.r, p.er, p.s, p.e = p.r + dr, p.er + dr, p.s + db, p.e + db
end
local function shift_quote(q, dr, db)
  shift(q, dr, db)
  if q.cue then shift(q.cue, dr, db) end
  if q.speaker then shift(q.speaker, dr, db) end
  local parts = q.parts
  if parts then
    for i = 1, #parts do shift(parts[i], dr, db) end
  end
end

local function add_unique(list, v, except)
  if v == nil or v == except then return end
  for i = 1, #list do
    if list[i] == v then return end
  end
  list[#list + 1] = v
end

-- Name indexes of a chunk's entities for linking, kept until its entities
-- change.
local function name_index(c)
  if c.names then return c.names end
  local by_key, by_alias, by_surname = {}, {}, {}
  local function add(tbl, k, i)
    local t = tbl[k]
    if not t then t = {} tbl[k] = t end
    t[i] = true
  end
  for i, e in ipairs(c.entities) do
    by_key[e.key] = by_key[e.key] or i
    add(by_alias, e.type .. "\0" .. e.name, i)
    for _, al in ipairs(e.aliases) do add(by_alias, e.type .. "\0" .. tostring(al), i) end
    local last = e.type == "person" and e.name:match("%s(%S+)$")
    if last then add(by_surname, last, i) end
  end
  c.names = { key = by_key, alias = by_alias, surname = by_surname }
  return c.names
end

local function only(set)
  local found
  for i in pairs(set or {}) do
    if found then return nil end
    found = i
  end
  return found
end

local function sum_bytes(L)
  local n = 0
  for i = 1, #L do n = n + #L[i] end
  return n + math.max(#L - 1, 0)
end

-- update(c, pend, new_rows, opts) -> view, from, to
--                                  | false (analyse the whole part instead)
--                                  | nil, message (core error)
-- c: an analysed chunk (model.build_chunk) with c.lines in the analysed
-- state; pend = { a, bo, bn }; new_rows: the buffer's rows [a, bn) now.
-- opts: analyze(text), build_chunk (model's), max_bytes (a larger region
-- is not worth doing piecewise).  On success c holds the new state and
-- view = { first, lines, spans, quotes, entities } lists what to draw on the rows
-- [from, to) (relative to c), which must be cleared first.
function M.update(c, pend, new_rows, opts)
  local old = c.lines
  local a, bo, bn = pend.a, pend.bo, pend.bn
  local d = bn - bo
  if #new_rows ~= bn - a or bo > #old then return false end
  local L = {}
  for i = 1, a do L[i] = old[i] end
  for i = 1, #new_rows do L[a + i] = new_rows[i] end
  for i = bo + 1, #old do L[#L + 1] = old[i] end
  local n = #L
  if n ~= c.n or n == 0 then return false end

  local lo, hi = paragraphs(L, math.min(a, n - 1), math.min(math.max(bn, a + 1), n))
  lo, hi = grow(c, L, lo, hi, d)
  local ho = hi - d
  local region = 0
  for i = lo + 1, hi do region = region + #L[i] + 1 end
  if region > (opts.max_bytes or math.huge) then return false end

  -- context: whole paragraphs where possible
  local cb, bytes = lo, 0
  while cb > 0 do
    if bytes >= M.CONTEXT_BEFORE and (blank(L[cb]) or bytes >= 2 * M.CONTEXT_BEFORE) then break end
    bytes = bytes + #L[cb] + 1
    cb = cb - 1
  end
  local ca = hi
  bytes = 0
  while ca < n do
    if bytes >= M.CONTEXT_AFTER and (blank(L[ca]) or bytes >= 2 * M.CONTEXT_AFTER) then break end
    ca = ca + 1
    bytes = bytes + #L[ca] + 1
  end
  local ctx = {}
  for i = cb + 1, ca do ctx[#ctx + 1] = L[i] end
  local text = table.concat(ctx, "\n")
  local res, err = opts.analyze(text)
  if not res then return nil, err or "newsmark: analysis failed" end
  local part = opts.build_chunk(cb, ctx, text, res)

  -- offsets: context text + db_new = part text (which is the same as the
  -- analysed text before row lo)
  local ctx_lo, off_lo = 0, 0
  for i = 1, lo - cb do ctx_lo = ctx_lo + #ctx[i] + 1 end
  for i = 1, lo do off_lo = off_lo + #L[i] + 1 end
  local dr_new, db_new = cb, off_lo - ctx_lo
  local new_bytes = sum_bytes(L)
  local db = new_bytes - c.bytes
  local rlo, rhi = lo - cb, hi - cb

  -- the new items inside the region; one across its border: give up
  local new_spans, new_quotes = {}, {}
  for _, sp in ipairs(part.spans) do
    if sp.r >= rlo and sp.er < rhi then
      new_spans[#new_spans + 1] = sp
    elseif not (sp.er < rlo or sp.r >= rhi) then
      return false
    end
  end
  for _, q in ipairs(part.quotes) do
    local r, er = quote_rows(q)
    if r >= rlo and er < rhi then
      new_quotes[#new_quotes + 1] = q
    elseif not (er < rlo or r >= rhi) then
      return false
    end
  end
  -- from here on c changes; nothing below gives up

  -- old spans and quotes: keep those before the region, move those after
  -- it (both lists are in text order, the new items go between)
  local spans, quotes = {}, {}
  local old_spans, old_quotes = c.spans, c.quotes
  local owner = {}   -- new offset of a context mention -> its entity
  local ctx_s, ctx_e = db_new, db_new + #text
  for i = 1, #old_spans do
    local sp = old_spans[i]
    if sp.er < lo then
      spans[#spans + 1] = sp
      if sp.entity and sp.s >= ctx_s then owner[sp.s] = sp.entity end
    end
  end
  for _, sp in ipairs(new_spans) do spans[#spans + 1] = sp end
  for i = 1, #old_spans do
    local sp = old_spans[i]
    if sp.r >= ho then
      shift(sp, d, db)
      spans[#spans + 1] = sp
      if sp.entity and sp.e <= ctx_e then owner[sp.s] = sp.entity end
    end
  end
  local quotes_changed = #new_quotes > 0
  for i = 1, #old_quotes do
    local q = old_quotes[i]
    local r, er = quote_rows(q)
    if er < lo then quotes[#quotes + 1] = q
    elseif r < ho then quotes_changed = true end
  end
  for _, q in ipairs(new_quotes) do quotes[#quotes + 1] = q end
  for i = 1, #old_quotes do
    local q = old_quotes[i]
    if quote_rows(q) >= ho then
      shift_quote(q, d, db)
      quotes[#quotes + 1] = q
    end
  end
  -- entity mentions: the same, in place
  local emptied = false
  for _, e in ipairs(c.entities) do
    local ms = e.mentions
    local cut = false
    for i = 1, #ms do
      local m = ms[i]
      if m.r >= ho then
        shift(m, d, db)
      elseif m.er >= lo then
        cut = true
      end
    end
    if cut then
      local keep = {}
      for i = 1, #ms do
        local m = ms[i]
        if m.er < lo or m.r >= ho + d then keep[#keep + 1] = m end
      end
      e.mentions = keep
      if #keep == 0 then emptied = true end
    end
  end

  -- link the region's entities to the chunk's (see the top of this file)
  local names = name_index(c)
  local function link(e)
    local votes, best, most = {}, nil, 0
    for _, m in ipairs(e.mentions) do
      local i = (m.er < rlo or m.r >= rhi) and owner[m.s + db_new]
      if i then
        votes[i] = (votes[i] or 0) + 1
        if votes[i] > most then best, most = i, votes[i] end
      end
    end
    if best and c.entities[best].type == e.type then return best end
    if names.key[e.key] then return names.key[e.key] end
    local cand = {}
    local function add(nm)
      for i in pairs(names.alias[e.type .. "\0" .. tostring(nm)] or {}) do cand[i] = true end
    end
    add(e.name)
    for _, al in ipairs(e.aliases) do add(al) end
    local i = only(cand)
    if i then return i end
    if e.type == "person" and not e.name:find("%s") then return only(names.surname[e.name]) end
  end
  local wanted = {}
  for _, sp in ipairs(new_spans) do
    if sp.entity then wanted[sp.entity] = true end
  end
  for _, q in ipairs(new_quotes) do
    if q.entity then wanted[q.entity] = true end
    if q.addressee then wanted[q.addressee] = true end
  end
  local map = {}
  local ents = c.entities
  for j, e in ipairs(part.entities) do
    if wanted[j] then
      local ms = {}
      for _, m in ipairs(e.mentions) do
        if m.r >= rlo and m.er < rhi then ms[#ms + 1] = m end
      end
      local i = link(e)
      if not i and #ms > 0 then
        ents[#ents + 1] = { key = e.key, name = e.name, type = e.type,
          aliases = {}, titles = {}, mentions = {}, quotes = {} }
        i = #ents
      end
      if i then
        map[j] = i
        local t = ents[i]
        local na = #t.aliases
        add_unique(t.aliases, e.name, t.name)
        for _, al in ipairs(e.aliases) do add_unique(t.aliases, al, t.name) end
        for _, ti in ipairs(e.titles) do add_unique(t.titles, ti) end
        if #t.aliases ~= na or i > #c.entities then c.names = nil end
        local tm = t.mentions
        for _, m in ipairs(ms) do
          shift(m, dr_new, db_new)
          tm[#tm + 1] = m
        end
        if #ms > 0 then table.sort(tm, function(x, y) return x.s < y.s end) end
      end
    end
  end
  if #ents ~= #c.entities then c.names = nil end
  for _, sp in ipairs(new_spans) do
    shift(sp, dr_new, db_new)
    sp.entity = sp.entity and map[sp.entity]
  end
  for _, q in ipairs(new_quotes) do
    shift_quote(q, dr_new, db_new)
    q.entity = q.entity and map[q.entity]
    q.addressee = q.addressee and map[q.addressee]
  end

  -- entities nothing points to any more go, the others are renumbered
  if emptied then
    local live = {}
    for i, e in ipairs(ents) do live[i] = #e.mentions > 0 end
    for _, sp in ipairs(spans) do if sp.entity then live[sp.entity] = true end end
    for _, q in ipairs(quotes) do
      if q.entity then live[q.entity] = true end
      if q.addressee then live[q.addressee] = true end
    end
    local renum, kept = {}, {}
    for i, e in ipairs(ents) do
      if live[i] then
        kept[#kept + 1] = e
        renum[i] = #kept
      end
    end
    if #kept ~= #ents then
      for _, sp in ipairs(spans) do sp.entity = sp.entity and renum[sp.entity] end
      for _, q in ipairs(quotes) do
        q.entity = q.entity and renum[q.entity]
        q.addressee = q.addressee and renum[q.addressee]
      end
      ents = kept
      c.names = nil
      quotes_changed = true
    end
  end
  -- each entity's quotes, by index in the quote list
  if quotes_changed then
    for _, e in ipairs(ents) do e.quotes = {} end
    for qi, q in ipairs(quotes) do
      if q.entity then
        local l = ents[q.entity].quotes
        l[#l + 1] = qi
      end
    end
  end

  c.lines, c.bytes, c.n = L, new_bytes, n
  c.spans, c.quotes, c.entities = spans, quotes, ents
  return { first = c.first, lines = L, spans = new_spans, quotes = new_quotes, entities = ents }, lo, hi
end

return M
