-- Titles (offices and roles) and the person holding each one.
local h = dofile("tests/core/helpers_nm.lua")

-- The holder entity's name of the title span with text str.
local function holder(r, text, str)
  local s = h.span(r, text, "title", str)
  assert.is_truthy(s, ("no title %q; titles: %s"):format(str,
    table.concat(h.spans(r, text, "title"), " | ")))
  local e = h.entity_of(r, s)
  return e and e.name
end

describe("titles", function()
  it("attaches a title before the name", function()
    local text = "On Monday President Odunayo Bakare opened the session."
    local r = h.analyze(text)
    assert.are.equal("Odunayo Bakare", holder(r, text, "President"))
  end)

  it("takes modifiers and an 'of' complement into the title", function()
    local text = "The deputy director of the Lakeshore Water Authority Keoni Alapai resigned."
    local r = h.analyze(text)
    assert.are.equal("Keoni Alapai",
      holder(r, text, "deputy director of the Lakeshore Water Authority"))
  end)

  it("attaches titles in apposition, and the next title of the list", function()
    local text = "Ilse Brandt, a member of the Standing Board of the Veldt Rowing Federation (VRF) " ..
      "and treasurer of the Zambezi Paddle Club, spoke."
    local r = h.analyze(text)
    assert.are.equal("Ilse Brandt",
      holder(r, text, "member of the Standing Board of the Veldt Rowing Federation"))
    assert.are.equal("Ilse Brandt", holder(r, text, "treasurer of the Zambezi Paddle Club"))
    local e = h.entity_of(r, h.span(r, text, "person", "Ilse Brandt"))
    assert.are.equal(2, #e.titles)
  end)

  it("attaches a title that follows 'said X, also ...'", function()
    local text = "Ilse Brandt opened. The fund will grow, said Brandt, also chair of the Veldt Rowing Federation."
    local r = h.analyze(text)
    assert.are.equal("Ilse Brandt", holder(r, text, "chair of the Veldt Rowing Federation"))
  end)

  it("gives a title followed by a name to that name, not to the earlier one", function()
    local text = "Talks were held by Ilse Brandt, head of the Veldt Rowing Federation, " ..
      "and secretary of Zembra's Harbour Planning Council Oyuunaa Dorj."
    local r = h.analyze(text)
    assert.are.equal("Ilse Brandt", holder(r, text, "head of the Veldt Rowing Federation"))
    assert.are.equal("Oyuunaa Dorj", holder(r, text, "secretary of Zembra's Harbour Planning Council"))
  end)

  it("gives a title before another title and a name to that name", function()
    local text = "The party's nominee Gov. Lars Ekdahl spoke."
    local r = h.analyze(text)
    assert.are.equal("Lars Ekdahl", holder(r, text, "Gov."))
    assert.are.equal("Lars Ekdahl", holder(r, text, "nominee"))
  end)

  it("reads a hyphenated office noun as a title", function()
    local text = "Undersecretary-General Ravi Menon arrived."
    local r = h.analyze(text)
    assert.are.equal("Ravi Menon", holder(r, text, "Undersecretary-General"))
  end)

  it("splits an office with a fixed complement from the name after it", function()
    local text = "Former Secretary of State Dalia Mertens met them."
    local r = h.analyze(text)
    assert.are.equal("Dalia Mertens", holder(r, text, "Former Secretary of State"))
  end)

  it("attaches a title after a possessor in apposition", function()
    local text = "Mara Quist, Brantwell's campaign manager, disagreed."
    local r = h.analyze(text)
    assert.are.equal("Mara Quist", holder(r, text, "campaign manager"))
  end)

  it("yields the organisation a title names", function()
    -- the tagger reads the office as the organisation ("Office of the ...
    -- Commission"), the rules the commission: either is the org named
    local text = "Oyuunaa Dorj, director of the Office of the Grain Reserve Commission, left."
    local found = false
    for _, r in ipairs({ h.analyze(text), h.baseline(text) }) do
      found = false
      for _, s in ipairs(h.spans(r, text, "org")) do
        found = found or s:find("Grain Reserve Commission", 1, true) ~= nil
      end
      assert.is_true(found)
    end
  end)

  it("does not show a bare lower-case role noun or a plural as a title", function()
    local text = "The minister said ministers and spokesmen disagreed."
    local r = h.analyze(text)
    assert.are.same({}, h.spans(r, text, "title"))
  end)
end)
