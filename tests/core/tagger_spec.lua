-- The tagger through the Lua module: on by default, off on request.
local core = require("newsmark.core")

describe("tagger", function()
  it("is on in the default engine", function()
    assert.is_true(core.info().tagger)
  end)

  it("can be bypassed per call for the rules-only baseline", function()
    local text = "Talks between Germany and France resumed in Berlin on Monday."
    local with = assert(core.analyze(text))
    local without = assert(core.analyze(text, { tagger = false }))
    for _, r in ipairs({ with, without }) do
      local places = 0
      for _, s in ipairs(r.spans) do
        if s.type == "place" then places = places + 1 end
      end
      assert.are.equal(3, places)
    end
  end)

  it("ignores a tagger option that is not a boolean", function()
    assert.is_table(core.analyze("Hello.", { tagger = "no" }))
  end)

  it("makes a lone surname the person whose full name the document gives", function()
    local text = "Tomas Lind met Pia Oduya on Monday. Trade must grow, Lind told Oduya."
    local r = assert(core.analyze(text))
    local last
    for _, s in ipairs(r.spans) do
      if text:sub(s.start + 1, s["end"]) == "Oduya" then last = s end
    end
    assert.is_not_nil(last)
    assert.are.equal("person", last.type)
    assert.are.equal("Pia Oduya", r.entities[last.entity + 1].name)
  end)

  -- An unseen name is typed with the words around all its occurrences
  -- (the tagger's document-level contexts): "fled X" and "in X" make a
  -- place of it where "said" alone after it would make a person.
  it("types an unseen name by the words around it elsewhere in the document", function()
    local text = "Fighting was reported near Korvask on Monday. Refugees fled Korvask " ..
                 "after shelling, aid workers in Korvask said."
    local r = assert(core.analyze(text))
    local n = 0
    for _, s in ipairs(r.spans) do
      if text:sub(s.start + 1, s["end"]) == "Korvask" then
        assert.are.equal("place", s.type)
        n = n + 1
      end
    end
    assert.are.equal(3, n)
    text = "Marta Velk scored twice as Dunmore beat Ashcombe 3-1. Dunmore coach " ..
           "Peter Hale said his side deserved the win."
    r = assert(core.analyze(text))
    local types = {}
    for _, s in ipairs(r.spans) do types[text:sub(s.start + 1, s["end"])] = s.type end
    assert.are.equal("org", types["Ashcombe"])
    assert.are.equal("person", types["Marta Velk"])
  end)

  it("ends an org at its head word when a person's full name follows", function()
    local text = "Talks were held with the secretary of the Harbour Planning Council " ..
                 "Oyuunaa Dorj in Ulaanbaatar on Monday."
    local r = assert(core.analyze(text))
    local types = {}
    for _, s in ipairs(r.spans) do types[text:sub(s.start + 1, s["end"])] = s.type end
    assert.are.equal("person", types["Oyuunaa Dorj"])
    assert.is_nil(types["Harbour Planning Council Oyuunaa Dorj"])
  end)
end)
