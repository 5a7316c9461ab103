-- Updates after edits analyse only the changed paragraphs (newsmark.incremental):
-- the positions they leave must be those of a fresh analysis of the whole
-- text, names in the paragraph must join the part's entities, and an item
-- the paragraph cannot hold alone makes the whole part analysed again.
local model = require("newsmark.model")

-- A core that finds the words "Ada Moss", "Moss" and "Tuesday" wherever they
-- are and a quote between “ and ” on one line: what it says about a
-- paragraph does not depend on the text around it, so a paragraph update
-- must give exactly what a full analysis gives.  Quotes may run over lines
-- and, once an edit blanks a line, over paragraphs.  A text with "Ada Moss"
-- calls its Moss entity "Ada Moss", a text without it "Moss".
local function fake(text)
  local res = { version = 1, entities = {}, spans = {}, quotes = {} }
  local person = { id = 0, type = "person", name = text:find("Ada Moss", 1, true) and "Ada Moss" or "Moss",
    aliases = {}, titles = {}, mentions = {} }
  local date = { id = 1, type = "date", name = "Tuesday", aliases = {}, titles = {}, mentions = {} }
  local found = {}
  local init = 1
  while true do
    local s, e = text:find("Ada Moss", init, true)
    local s2, e2 = text:find("Moss", init, true)
    if s2 and (not s or s2 < s) then s, e = s2, e2 end
    if not s then break end
    found[#found + 1] = { s - 1, e, "person", 0 }
    init = e + 1
  end
  init = 1
  while true do
    local s, e = text:find("Tuesday", init, true)
    if not s then break end
    found[#found + 1] = { s - 1, e, "date", 1 }
    init = e + 1
  end
  table.sort(found, function(a, b) return a[1] < b[1] end)
  for _, f in ipairs(found) do
    res.spans[#res.spans + 1] = { type = f[3], start = f[1], ["end"] = f[2], entity = f[4] }
    local ent = f[4] == 0 and person or date
    ent.mentions[#ent.mentions + 1] = { f[1], f[2] }
  end
  res.entities = { person, date }
  for s, e in text:gmatch("“()[^”]*()”") do
    res.quotes[#res.quotes + 1] = { start = s - 1, ["end"] = e - 1, direct = true, entity = 0 }
  end
  return res
end

local function getter(ls)
  return function(a, b)
    local t = {}
    for i = a + 1, b do t[#t + 1] = ls[i] end
    return t
  end
end

-- Positions of everything a document shows (sorted: parts may be cut
-- elsewhere after edits).
local function picture(d)
  local out = {}
  for _, c in ipairs(d.chunks) do
    assert.is_falsy(c.dirty or c.pend)
    -- byte offsets agree with rows and columns
    local starts, off = {}, 0
    for i, l in ipairs(c.lines) do starts[i] = off off = off + #l + 1 end
    local function check(p)
      assert.are.same({ starts[p.r + 1] + p.c, starts[p.er + 1] + p.ec }, { p.s, p.e })
    end
    for _, sp in ipairs(c.spans) do
      check(sp)
      local ent = sp.entity and c.entities[sp.entity]
      out[#out + 1] = ("%s %d:%d-%d:%d [%s]"):format(sp.type, c.first + sp.r, sp.c, c.first + sp.er, sp.ec,
        ent and ent.name or "-")
    end
    for _, e in ipairs(c.entities) do
      for _, m in ipairs(e.mentions) do check(m) end
    end
    for _, q in ipairs(c.quotes) do
      check(q)
      out[#out + 1] = ("quote %d:%d-%d:%d %s"):format(c.first + q.r, q.c, c.first + q.er, q.ec,
        model.quote_text(c, q))
    end
  end
  table.sort(out)
  return out
end

local function full(ls, chunk_bytes)
  local d = model.new(#ls)
  d:process({ get_lines = getter(ls), analyze = fake, chunk_bytes = chunk_bytes or 65536 })
  return d
end

local function article(n)
  local ls = {}
  for i = 1, n do
    ls[#ls + 1] = ("Paragraph %d: Moss met the board on Tuesday and said “we agree %d"):format(i, i)
    ls[#ls + 1] = "and it ran on for a second line”."
    ls[#ls + 1] = ""
  end
  ls[1] = "Ada Moss met the board on Tuesday and said “we begin"
  return ls
end

describe("incremental updates", function()
  it("analyse only the edited paragraph and some context, and leave what a full analysis leaves", function()
    local ls = article(100)
    local d = full(ls)
    local texts = {}
    local opts = { get_lines = getter(ls), chunk_bytes = 65536,
      analyze = function(t) texts[#texts + 1] = t return fake(t) end }
    ls[151] = "Moss said on Tuesday “nothing new” and Moss left."
    d:edit(150, 151, 151)
    assert.is_true(d:is_dirty())
    assert.are.equal("done", d:process(opts))
    assert.are.equal(1, #texts)
    assert.is_true(#texts[1] < 4096)
    assert.truthy(texts[1]:find("nothing new", 1, true))
    assert.are.same(picture(full(ls)), picture(d))
  end)

  it("link a name in the paragraph to the entity the full analysis gave its context", function()
    -- the context holds "Moss" (linked to Ada Moss by the full analysis),
    -- not "Ada Moss": the fake calls the paragraph's entity "Moss"
    local ls = article(100)
    local d = full(ls)
    table.insert(ls, 250, "Moss came back.")
    d:edit(249, 249, 250)
    d:process({ get_lines = getter(ls), analyze = fake, chunk_bytes = 65536 })
    assert.are.equal("Ada Moss", d:at(249, 0).entity.name)
    for _, it in ipairs(d:entity_items()) do assert.are_not.equal("Moss", it.name) end
  end)

  it("link a lone surname to the one person of the part whose name ends with it", function()
    local ls = { "Ada Moss met the board.", "" }
    for i = 1, 60 do ls[#ls + 1] = ("Filler paragraph %d says nothing at all of note."):format(i) ls[#ls + 1] = "" end
    local d = full(ls)
    ls[#ls + 1] = "Moss came back."
    d:edit(#ls - 1, #ls - 1, #ls)
    d:process({ get_lines = getter(ls), analyze = fake, chunk_bytes = 65536 })
    local hit = d:at(#ls - 1, 0)
    assert.are.equal("Ada Moss", hit.entity.name)
    local r, c = d:jump("same", false, #ls - 1, 0, 1, false)
    assert.are.same({ 0, 0 }, { r, c })
  end)

  it("apply several edits at once, in any order, inside and across parts", function()
    -- a fixed pseudo-random walk of line inserts, deletes and changes
    local seed = 12345
    local function rnd(n)
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    end
    for _, chunk_bytes in ipairs({ 65536, 1500 }) do
      local ls = article(200)
      local d = full(ls, chunk_bytes)
      local opts = { get_lines = getter(ls), analyze = fake, chunk_bytes = chunk_bytes }
      for round = 1, 40 do
        for _ = 1, 1 + rnd(3) do
          local kind = rnd(4)
          local row = rnd(#ls + (kind == 0 and 1 or 0))
          if kind == 0 then
            table.insert(ls, row + 1, ("Moss spoke on Tuesday, “take %d”."):format(round))
            d:edit(row, row, row + 1)
          elseif kind == 1 and #ls > 10 then
            local k = math.min(1 + rnd(4), #ls - row)
            for _ = 1, k do table.remove(ls, row + 1) end
            d:edit(row, row + k, row)
          elseif kind == 2 then
            ls[row + 1] = ""
            d:edit(row, row + 1, row + 1)
          else
            ls[row + 1] = (ls[row + 1] or "") .. " Ada Moss"
            d:edit(row, row + 1, row + 1)
          end
        end
        while d:process(opts) == "more" do end
        local got, want = picture(d), picture(full(ls, chunk_bytes))
        if chunk_bytes > 10000 then
          assert.are.same(want, got)
          assert.is_nil(d.whole_updates)
        else
          -- parts cut elsewhere may name an entity differently; the
          -- positions must still agree
          for i, w in ipairs(want) do want[i] = w:gsub(" %[.*%]$", "") end
          for i, g in ipairs(got) do got[i] = g:gsub(" %[.*%]$", "") end
          assert.are.same(want, got)
        end
      end
    end
  end)

  it("take in an old item that runs into the edited paragraph from the one before", function()
    local ls = article(100)
    -- paragraph 51's quote now runs on into paragraph 52
    ls[152] = ""
    ls[154] = "Paragraph 52: Moss met the board on Tuesday."
    local d = full(ls)
    local opts = { get_lines = getter(ls), analyze = fake, chunk_bytes = 65536 }
    ls[155] = "and Moss left”. On Tuesday."
    d:edit(154, 155, 155)
    d:process(opts)
    assert.are.same(picture(full(ls)), picture(d))
    assert.is_nil(d.whole_updates)
  end)

  it("analyse the whole part when the paragraph's result crosses its border", function()
    local ls = article(30)
    local d = full(ls)
    local calls = 0
    -- a core whose quote starts in the paragraph before the edited one
    local function crossing(t)
      calls = calls + 1
      local res = fake(t)
      local s = t:find("Paragraph 10:", 1, true)
      local e = t:find("Paragraph 11:", 1, true)
      if s and e then res.quotes[#res.quotes + 1] = { start = s - 1, ["end"] = e + 5, direct = false } end
      return res
    end
    ls[31] = "Paragraph 11: Moss, again."
    d:edit(30, 31, 31)
    d:process({ get_lines = getter(ls), analyze = crossing, chunk_bytes = 65536 })
    assert.are.equal(2, calls)
    assert.is_false(d:is_dirty())
  end)

  it("drop an entity whose last mention was deleted", function()
    local ls = { "Ada Moss spoke.", "", "Nothing else.", "", "On Tuesday." }
    local d = full(ls)
    assert.are.equal(2, #d:entity_items())
    ls[1] = "Somebody spoke."
    d:edit(0, 1, 1)
    d:process({ get_lines = getter(ls), analyze = fake })
    local items = d:entity_items()
    assert.are.equal(1, #items)
    assert.are.equal("Tuesday", items[1].name)
    assert.are.same(picture(full(ls)), picture(d))
  end)
end)
