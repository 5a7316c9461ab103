-- Shared helpers for the core specs (entities, titles, dates, coreference,
-- attribution, speakers, the quoted-span model).
local core = require("newsmark.core")
local M = {}

-- These specs describe what users get: the rules and lexicons together
-- with the statistical tagger (the default engine), which the rules repair
-- where they are surer (entities.c, tagger_repairs).
function M.analyze(text)
  return assert(core.analyze(text, { tagger = true }))
end

-- The rules and lexicons alone (`--no-tagger`, `make eval BASELINE=1`), for
-- the few specs that pin the baseline.
function M.baseline(text)
  return assert(core.analyze(text, { tagger = false }))
end

-- Texts of the spans of one type, in text order.
function M.spans(r, text, typ)
  local out = {}
  for _, s in ipairs(r.spans) do
    if s.type == typ then out[#out + 1] = text:sub(s.start + 1, s["end"]) end
  end
  return out
end

-- The first span of a type whose text is exactly str, or nil.
function M.span(r, text, typ, str)
  for _, s in ipairs(r.spans) do
    if s.type == typ and text:sub(s.start + 1, s["end"]) == str then return s end
  end
end

-- Whether any span of any type covers exactly str.
function M.any_span(r, text, str)
  for _, s in ipairs(r.spans) do
    if text:sub(s.start + 1, s["end"]) == str then return s end
  end
end

function M.has(list, x)
  for _, v in ipairs(list) do if v == x then return true end end
  return false
end

-- The entity (table) of a span, or nil.
function M.entity_of(r, span)
  if not span or span.entity == nil then return nil end
  for _, e in ipairs(r.entities) do
    if e.id == span.entity then return e end
  end
end

-- The quotes of text as tables of strings: content, cue and speaker texts,
-- the names of the speaker and addressee entities; and the result.  opts
-- as for core.analyze (nil: the default engine).
function M.quotes(text, opts)
  local r = assert(core.analyze(text, opts))
  local name = {}
  for _, e in ipairs(r.entities) do name[e.id] = e.name end
  local qs = {}
  for _, q in ipairs(r.quotes) do
    local function sub(rg) return rg and text:sub(rg[1] + 1, rg[2]) end
    -- text: from the first part to the last, the words of the quote
    -- (start and end take in the marks around them as well)
    local p1, pn = q.parts[1], q.parts[#q.parts]
    qs[#qs + 1] = {
      text = text:sub(p1[1] + 1, pn[2]), direct = q.direct,
      cue = sub(q.cue), speaker = sub(q.speaker),
      entity = q.entity and name[q.entity], addressee = q.addressee and name[q.addressee],
    }
  end
  return qs, r
end

-- The first quote whose content starts with prefix (an error if none).
function M.find(qs, prefix)
  for _, q in ipairs(qs) do
    if q.text:sub(1, #prefix) == prefix then return q end
  end
  error("no quote starting with " .. prefix)
end

return M
