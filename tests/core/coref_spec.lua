-- Mentions grouped into entities.
local h = dofile("tests/core/helpers_nm.lua")

local function ent(r, text, typ, str)
  local s = h.span(r, text, typ, str)
  assert.is_truthy(s, ("no %s %q"):format(typ, str))
  return h.entity_of(r, s)
end

describe("coreference", function()
  it("groups a full name and a later surname, with the fullest form as name", function()
    local text = "Minister Tsogt Erdene arrived. The visit matters, Erdene said. Erdene left."
    local r = h.analyze(text)
    local e = ent(r, text, "person", "Tsogt Erdene")
    assert.are.equal("Tsogt Erdene", e.name)
    assert.are.same({ "Erdene" }, e.aliases)
    assert.are.equal(3, #e.mentions)
    assert.are.equal(e, ent(r, text, "person", "Erdene"))
  end)

  it("groups an honorific surname with a later full name", function()
    local text = "Mr. Okafor declined. Later Ngozi Okafor said the plan was fine."
    local r = h.analyze(text)
    local e = ent(r, text, "person", "Ngozi Okafor")
    assert.are.equal("Ngozi Okafor", e.name)
    assert.are.equal(e, ent(r, text, "person", "Okafor"))
  end)

  it("keeps two people who share a surname apart when both are named in full", function()
    local text = "Coach Ana Silva and coach Rui Silva met. Prices fell, Rui Silva said."
    local r = h.analyze(text)
    assert.are_not.equal(ent(r, text, "person", "Ana Silva"), ent(r, text, "person", "Rui Silva"))
  end)

  it("groups an org, its acronym in parentheses and later uses of the acronym", function()
    local text = "The Northern Farmers Union (NFU) met. Later the NFU said no."
    local r = h.analyze(text)
    local e = ent(r, text, "org", "Northern Farmers Union")
    assert.are.equal("Northern Farmers Union", e.name)
    assert.are.same({ "NFU" }, e.aliases)
    assert.are.equal(3, #e.mentions)
  end)

  it("gives a title span its holder's entity and lists the title", function()
    local text = "President Odunayo Bakare spoke. Bakare left."
    local r = h.analyze(text)
    local t = h.span(r, text, "title", "President")
    local e = ent(r, text, "person", "Odunayo Bakare")
    assert.are.equal(e.id, t.entity)
    assert.are.same({ "President" }, e.titles)
  end)

  it("lists mentions in text order and leaves dates without an entity", function()
    local text = "On Tuesday Mr. Okafor spoke; Okafor spoke again on Friday."
    local r = h.analyze(text)
    for _, s in ipairs(r.spans) do
      if s.type == "date" then assert.is_nil(s.entity) end
    end
    local e = ent(r, text, "person", "Okafor")
    for i = 2, #e.mentions do
      assert.is_true(e.mentions[i - 1][1] < e.mentions[i][1])
    end
  end)

  -- Sex, from an honorific or from a given name most people of one sex
  -- bear (data/lexicon/female-names.txt, male-names.txt), keeps two people
  -- who share a surname apart.
  it("sends 'Mrs. X' and 'Mr. X' to the woman and the man of that surname", function()
    local text = "Margaret Okafor runs the clinic. Her husband, Thomas Okafor, chairs the board. " ..
      "Mrs. Okafor said the clinic would stay open. Mr. Okafor said the board agreed."
    local qs = h.quotes(text)
    assert.are.equal("Margaret Okafor", h.find(qs, "the clinic would").entity)
    assert.are.equal("Thomas Okafor", h.find(qs, "the board agreed").entity)
  end)

  it("lets an honorific overrule what a given name suggests", function()
    -- most people named Lindsey are women; "Mr." says this one is not
    local text = "Lindsey Marsh, a senator from Ohio, spoke first. Mr. Marsh said the bill would pass."
    local r = h.analyze(text)
    local e = ent(r, text, "person", "Lindsey Marsh")
    assert.are.same({ "Marsh" }, e.aliases)
    assert.are.equal(2, #e.mentions)
  end)

  it("does not give 'he' to the woman a sentence was about", function()
    local qs = h.quotes("Susan Blake met Paul Ruiz on Monday. The plan is sound, he said.")
    assert.are.equal("Paul Ruiz", h.find(qs, "The plan is sound").entity)
  end)
end)
