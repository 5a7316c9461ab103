-- Text units: tokens, sentences and paragraphs.  Sentences are checked with
-- the developer tool build/nm-tokens (one "paragraph| sentence" per line);
-- offsets through the Lua module.
local core = require("newsmark.core")

local function sentences(text)
  local path = os.tmpname()
  local f = assert(io.open(path, "wb"))
  f:write(text)
  f:close()
  local p = assert(io.popen("build/nm-tokens --sent < " .. path))
  local out = {}
  for line in p:lines() do out[#out + 1] = line end
  p:close()
  os.remove(path)
  return out
end

describe("text units", function()
  it("analyzes empty input", function()
    local r = assert(core.analyze(""))
    assert.are.equal(0, #r.spans)
    assert.are.equal(0, #r.quotes)
    assert.are.equal(1, r.version)
  end)

  it("returns nil and a message for a non-string", function()
    local r, err = core.analyze(nil)
    assert.is_nil(r)
    assert.matches("needs a string", err)
  end)

  it("keeps offsets as UTF-8 byte offsets", function()
    -- (a quoted name alone is a scare quote, not a quote: give it a cue)
    local text = "Éric sat down. “Anna Berg est là,” Zoë said in Paris."
    local r = assert(core.analyze(text))
    assert.are.equal(1, #r.quotes)
    assert.are.equal("“Anna Berg est là,”", text:sub(r.quotes[1].start + 1, r.quotes[1]["end"]))
  end)

  it("does not end sentences at titles, initials, months or inner abbreviations", function()
    assert.are.same({
      "0| Dr. J. R. Okafor of the U.S. Senate met Gov. Lee on Sept. 4 in Lagos.",
      "0| He left.",
    }, sentences("Dr. J. R. Okafor of the U.S. Senate met Gov. Lee on Sept. 4 in Lagos. He left."))
  end)

  it("ends a sentence after an abbreviation when a sentence starter follows", function()
    assert.are.same({ "0| The deal closed at 3 p.m.", "0| Then the board met." },
      sentences("The deal closed at 3 p.m. Then the board met."))
    assert.are.same({ "0| She joined Acme Corp.", "0| The firm grew." },
      sentences("She joined Acme Corp. The firm grew."))
  end)

  it("does not end a sentence at a title after a hyphenated prefix", function()
    assert.are.same({
      "0| The mayor thanked then-Sen. Ada Obi and ex-Gov. Bo Lee for the bridge.",
      "0| Sec. Kim Dube came too.",
    }, sentences("The mayor thanked then-Sen. Ada Obi and ex-Gov. Bo Lee for the bridge. Sec. Kim Dube came too."))
  end)

  it("keeps a sentence going when a quote opening on a lower-case word follows an abbreviation", function()
    assert.are.same({ "0| Aides said the U.S. “quietly” paid the fee." },
      sentences("Aides said the U.S. “quietly” paid the fee."))
    -- a quote opening on a capital after the abbreviation still opens a sentence
    assert.are.same({ "0| The family moved to the U.S.", "0| “It was cold,” Obi said." },
      sentences("The family moved to the U.S. “It was cold,” Obi said."))
    assert.are.same({ "0| Bo Lee flew to the U.S.", "0| Then he rested." },
      sentences("Bo Lee flew to the U.S. Then he rested."))
  end)

  it("keeps a question inside quotes with its attribution", function()
    assert.are.same({ "0| “Why now?” she asked.", "0| Nobody knew." },
      sentences("“Why now?” she asked. Nobody knew."))
    assert.are.same({ '0| "Stop!" the officer shouted.' },
      sentences('"Stop!" the officer shouted.'))
  end)

  it("splits paragraphs at blank lines and handles CRLF, lone CR and NBSP", function()
    assert.are.same({ "0| One here.", "1| Two\194\160here.", "2| Three." },
      sentences("One here.\r\n\r\nTwo\194\160here.\rThree."))
  end)

  it("joins the lines of hard-wrapped paragraphs", function()
    local text = "The minister of finance told reporters on Monday that the budget\n" ..
                 "would be balanced within two years, and that taxes would not rise\n" ..
                 "for families earning less than the national average wage.\n\n" ..
                 "Critics of the plan were not convinced by the promise made then.\n"
    local s = sentences(text)
    assert.are.equal(2, #s)
    assert.matches("^0| The minister", s[1])
    assert.matches("^1| Critics", s[2])
  end)

  it("treats em dashes and ellipses as separators, not sentence ends mid-clause", function()
    assert.are.same({ "0| The group—a small coalition—met... and then it voted." },
      sentences("The group—a small coalition—met... and then it voted."))
  end)
end)
