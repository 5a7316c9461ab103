-- The editor-independent layer on plain LuaJIT: positions, chunks, edits,
-- lookups, jumps, lists and popup text, from hand-made core results.
local model = require("newsmark.model")

-- A result in the core's shape for `text`, built from (type, word) pairs.
local function result(text, ents, quotes)
  local res = { version = 1, entities = {}, spans = {}, quotes = quotes or {} }
  for i, e in ipairs(ents) do
    local ent = { id = i - 1, type = e[1], name = e[2], aliases = e.aliases or {}, titles = e.titles or {}, mentions = {} }
    local init = 1
    for _, w in ipairs(e.words or { e[2] }) do
      local s, f = text:find(w, init, true)
      while s do
        ent.mentions[#ent.mentions + 1] = { s - 1, f }
        res.spans[#res.spans + 1] = { type = e[1], start = s - 1, ["end"] = f, entity = i - 1 }
        s, f = text:find(w, f + 1, true)
      end
    end
    res.entities[i] = ent
  end
  return res
end

local function range(text, w)
  local s, e = text:find(w, 1, true)
  return { s - 1, e }
end

local lines = {
  "Mayor Ada Moss said on Monday “the bridge opens in May.”",
  "",
  "Éric Doe, a “so-called” expert, agreed.",
  "“We will",
  "be ready,” Moss said.",
}
local text = table.concat(lines, "\n")
local function res() return result(text, {
  { "person", "Ada Moss", words = { "Ada Moss" }, titles = { "Mayor" }, aliases = { "Moss" } },
  { "person", "Éric Doe" },
  { "date", "Monday" },
}, {
  { start = range(text, "the bridge opens in May.")[1], ["end"] = range(text, "the bridge opens in May.")[2],
    direct = true, cue = range(text, "said"), speaker = range(text, "Ada Moss"), entity = 0 },
  { start = range(text, "We will\nbe ready,")[1], ["end"] = range(text, "We will\nbe ready,")[2],
    direct = true, cue = { #text - 5, #text - 1 }, speaker = { #text - 10, #text - 6 } },
}) end

local function two(a, b) return { a, b } end

local function doc_for(ls, r, chunk_bytes)
  local d = model.new(#ls)
  local calls = 0
  assert.are.equal("done", d:process({
    get_lines = function(a, b) local t = {} for i = a + 1, b do t[#t + 1] = ls[i] end return t end,
    analyze = function(t) calls = calls + 1 return r and r(t) or result(t, {}) end,
    chunk_bytes = chunk_bytes or 4096,
  }))
  return d, calls
end

describe("model", function()
  it("turns byte offsets into rows and byte columns, across lines and UTF-8", function()
    local d = doc_for(lines, res)
    local c = d.chunks[1]
    local doe = c.spans[3]
    assert.are.same({ 2, 0, 2, #"Éric Doe" }, { doe.r, doe.c, doe.er, doe.ec })
    local q2 = c.quotes[2]
    assert.are.same({ 3, #"“", 4, #"be ready," }, { q2.r, q2.c, q2.er, q2.ec })
  end)

  it("drops ranges outside the text or empty", function()
    local bad = { version = 1, entities = {}, quotes = {},
      spans = { { type = "person", start = 5, ["end"] = 5 }, { type = "person", start = 0, ["end"] = 1e9 },
        { type = "person", start = -1, ["end"] = 3 }, { type = "place", start = 0, ["end"] = 5 } } }
    local d = doc_for(lines, function() return bad end)
    assert.are.equal(1, #d.chunks[1].spans)
  end)

  it("finds the name under the cursor before the quote around it", function()
    local d = doc_for(lines, res)
    local hit = d:at(0, 7)
    assert.are.equal("mention", hit.kind)
    assert.are.equal("Ada Moss", hit.entity.name)
    hit = d:at(0, #"Mayor Ada Moss said on Monday “the b")
    assert.are.equal("quote", hit.kind)
    hit = d:at(4, 2)
    assert.are.equal("quote", hit.kind)
    assert.is_nil(d:at(1, 0))
  end)

  it("counts the cue and speaker as part of their quote", function()
    local d = doc_for(lines, res)
    local hit = d:at(4, #"be ready,” Mo")
    assert.are.equal("quote", hit.kind)
    assert.are.equal("Moss", model.speaker_text(hit.chunk, hit.quote))
  end)

  it("jumps with counts and wrap", function()
    local d = doc_for(lines, res)
    local q1 = { 0, #"Mayor Ada Moss said on Monday “" }
    local q2 = { 3, #"“" }
    assert.are.same(q1, two(d:jump("quote", true, 0, 0, 1, true)))
    assert.are.same(q2, two(d:jump("quote", true, 0, 0, 2, true)))
    local r, c, wrapped = d:jump("quote", true, 0, 0, 3, true)
    assert.are.same({ q1[1], q1[2], true }, { r, c, wrapped })
    assert.is_nil((d:jump("quote", true, 0, 0, 3, false)))
    assert.are.same({ q1[1], q1[2], false }, { d:jump("quote", false, 3, 1, 1, false) })
    assert.are.same({ q2[1], q2[2], true }, { d:jump("quote", false, 0, 0, 1, true) })
  end)

  it("jumps between mentions and between mentions of one entity", function()
    local d = doc_for(lines, res)
    assert.are.same({ 0, 6 }, two(d:jump("mention", true, 0, 0, 1, false)))
    assert.are.same({ 0, #"Mayor Ada Moss said on " }, two(d:jump("mention", true, 0, 6, 1, false)))
    assert.is_nil((d:jump("same", true, 0, 6, 1, false)))   -- Ada Moss is mentioned once
    local r, msg = d:jump("same", true, 1, 0, 1, true)
    assert.is_nil(r)
    assert.matches("no name under the cursor", msg)
  end)

  it("builds quote and entity lists", function()
    local d = doc_for(lines, res)
    local q = d:quote_items()
    assert.are.equal("Ada Moss: the bridge opens in May.", q[1].text)
    assert.are.equal("Moss: We will be ready,", q[2].text)
    local e = d:entity_items()
    assert.are.same({ "Ada Moss (person, 1)", "Monday (date, 1)", "Éric Doe (person, 1)" },
      { e[1].label, e[2].label, e[3].label })
  end)

  it("writes popup text for a name and for a quote", function()
    local d = doc_for(lines, res)
    local title, body = d:popup(d:at(0, 7))
    assert.are.equal("Ada Moss", title)
    local all = table.concat(body, "\n")
    assert.matches("Type: person", all)
    assert.matches("Also: Moss", all)
    assert.matches("Mayor", all)
    assert.matches("Quotes attributed: 1", all)
    title, body = d:popup(d:at(0, #"Mayor Ada Moss said on Monday “the b"))
    assert.are.equal("Direct quote", title)
    all = table.concat(body, "\n")
    assert.matches("Speaker: Ada Moss, Mayor", all)
    assert.matches("Cue: said", all)
  end)

  it("marks: groups, priorities and speaker labels", function()
    local d = doc_for(lines, res)
    local kinds = { person = true, title = true, org = true, place = true, date = true,
      quote = true, speaker = true, cue = true }
    local marks, labels = model.chunk_marks(d.chunks[1], kinds, "— ")
    local groups = {}
    for _, m in ipairs(marks) do groups[m[1]] = (groups[m[1]] or 0) + 1 end
    assert.are.same({ NewsmarkPerson = 2, NewsmarkDate = 1, NewsmarkQuote = 2, NewsmarkCue = 2,
      NewsmarkSpeaker = 2 }, groups)
    assert.are.same({ { 0, "— Ada Moss" }, { 4, "— Moss" } }, labels)
    kinds.quote = false
    marks = model.chunk_marks(d.chunks[1], kinds, nil)
    for _, m in ipairs(marks) do assert.are_not.equal("NewsmarkQuote", m[1]) end
  end)

  it("marks only the parts of an interrupted quote, with its cue and speaker", function()
    local t = "“We lost,” Ada Moss said, “but we will win.”"
    local s, e = range(t, "We lost,"), range(t, "but we will win.")
    local r = function() return result(t, { { "person", "Ada Moss" } }, {
      { start = s[1], ["end"] = e[2], direct = true, cue = range(t, "said"),
        speaker = range(t, "Ada Moss"), entity = 0, parts = { s, e } } }) end
    local d = doc_for({ t }, r)
    local kinds = { person = true, quote = true, speaker = true, cue = true }
    local quote = {}
    for _, m in ipairs(model.chunk_marks(d.chunks[1], kinds, nil)) do
      if m[1] == "NewsmarkQuote" then quote[#quote + 1] = { m[3], m[5] } end
    end
    assert.are.same({ { s[1], s[2] }, { e[1], e[2] } }, quote)
    assert.are.equal("We lost, ... but we will win.", model.quote_text(d.chunks[1], d.chunks[1].quotes[1]))
  end)

  it("cuts large buffers at blank lines and re-analyses only edited chunks", function()
    local ls = {}
    for i = 1, 400 do ls[#ls + 1] = ("Paragraph %d has Ada Moss in it."):format(i) ls[#ls + 1] = "" end
    local d, calls = doc_for(ls, function(t) return result(t, { { "person", "Ada Moss" } }) end, 1000)
    assert.is_true(#d.chunks > 5)
    assert.are.equal(#d.chunks, calls)
    local covered = 0
    for i, c in ipairs(d.chunks) do
      assert.are.equal(covered, c.first)
      covered = covered + c.n
      if i < #d.chunks then assert.are.equal("", ls[c.first + c.n]) end   -- cut after a blank line
    end
    assert.are.equal(#ls, covered)
    -- insert two lines in row 100: one chunk dirty, later chunks move down
    local nchunks = #d.chunks
    local after = d.chunks[nchunks].first
    table.insert(ls, 101, "new line")
    table.insert(ls, 101, "new line")
    d:edit(100, 100, 102)
    assert.are.equal(after + 2, d.chunks[nchunks].first)
    local n = 0
    d:process({
      get_lines = function(a, b) local t = {} for i = a + 1, b do t[#t + 1] = ls[i] end return t end,
      analyze = function(t) n = n + 1 return result(t, { { "person", "Ada Moss" } }) end,
      chunk_bytes = 1000,
    })
    -- the grown chunk is cut again at a blank line: one or two pieces
    assert.is_true(n >= 1 and n <= 2)
    local r, c = d:jump("mention", false, #ls, 0, 1, false)
    assert.are.same({ #ls - 2, #"Paragraph 400 has " }, { r, c })
  end)

  it("handles deletions that remove whole chunks", function()
    local ls = {}
    for i = 1, 200 do ls[#ls + 1] = ("Line %d of the text goes on."):format(i) ls[#ls + 1] = "" end
    local d = doc_for(ls, nil, 500)
    local before = #d.chunks
    d:edit(0, 300, 0)
    for _ = 1, 300 do table.remove(ls, 1) end
    assert.is_true(#d.chunks < before)
    local total = 0
    for _, c in ipairs(d.chunks) do
      assert.are.equal(total, c.first)
      total = total + c.n
    end
    assert.are.equal(#ls, total)
  end)

  it("stops within the time budget and goes on later", function()
    local ls = {}
    for i = 1, 300 do ls[#ls + 1] = ("Paragraph %d."):format(i) ls[#ls + 1] = "" end
    local d = model.new(#ls)
    local t = 0
    local opts = {
      get_lines = function(a, b) local out = {} for i = a + 1, b do out[#out + 1] = ls[i] end return out end,
      analyze = function(s) t = t + 1 return result(s, {}) end,
      chunk_bytes = 1024, budget = 2, clock = function() return t end,
    }
    assert.are.equal("more", d:process(opts))
    assert.are.equal(2, t)
    while d:process(opts) == "more" do end
    assert.is_false(d:is_dirty())
  end)

  it("passes a core error up", function()
    local d = model.new(1)
    local st, err = d:process({ get_lines = function() return { "x" } end,
      analyze = function() return nil, "newsmark: analysis failed: out of memory" end })
    assert.is_nil(st)
    assert.matches("out of memory", err)
  end)

  it("snippets cut UTF-8 safely and mark the cut", function()
    local s = model.snippet(("é"):rep(100), 11)
    assert.are.equal(("é"):rep(5) .. "…", s)
    assert.are.equal("a b", model.snippet("  a \n\t b  "))
  end)
end)

describe("model with the real core", function()
  local ok, core = pcall(require, "newsmark.core")
  it("accepts what the core returns for an article", function()
    assert.is_true(ok)
    local f = assert(io.open("tests/fixtures/sample-article.txt"))
    local body = f:read("*a")
    f:close()
    local ls = {}
    for l in (body .. "\n"):gmatch("(.-)\n") do ls[#ls + 1] = l end
    local d = doc_for(ls, core.analyze)
    local c = d.chunks[1]
    assert.is_true(#c.spans > 0)
    assert.is_true(#c.quotes > 0)
    -- every span's text, read back through the positions, is the core's span
    local r = core.analyze(table.concat(ls, "\n"))
    for i, sp in ipairs(c.spans) do
      local line = ls[sp.r + 1]
      if sp.r == sp.er then
        local src = table.concat(ls, "\n"):sub(sp.s + 1, sp.e)
        assert.are.equal(src, line:sub(sp.c + 1, sp.ec))
      end
      assert.is_not_nil(r.spans[i])
    end
  end)
end)
