-- Direct quotes: the content between quotation marks, marks left out.
local core = require("newsmark.core")

-- The content fragments of every quote (one for a quote never interrupted).
local function quotes(text)
  local r = assert(core.analyze(text))
  local out = {}
  for _, q in ipairs(r.quotes) do
    for _, p in ipairs(q.parts) do
      out[#out + 1] = text:sub(p[1] + 1, p[2])
    end
  end
  return out, r
end

local function has(list, x)
  for _, v in ipairs(list) do if v == x then return true end end
  return false
end

describe("direct quotes", function()
  it("finds straight and curly double quotes", function()
    local q = quotes('"The bridge opens in May," Odile Farrant said. "We are ready."\n\n' ..
      "“Tolls will stay low for now,” she added.")
    assert.is_true(has(q, "The bridge opens in May,"))
    assert.is_true(has(q, "We are ready."))
    assert.is_true(has(q, "Tolls will stay low for now,"))
  end)

  it("finds guillemets, low-high marks and corner brackets", function()
    local q = quotes("Pieter Vos said: «The harvest was poor this year.»\n\n" ..
      "Greta Lind said: „Wir bleiben hier bis morgen früh.“\n\n" ..
      "Kenji Mori said: 「We will build the new line soon.」")
    assert.is_true(has(q, "The harvest was poor this year."))
    assert.is_true(has(q, "Wir bleiben hier bis morgen früh."))
    assert.is_true(has(q, "We will build the new line soon."))
  end)

  it("finds single-mark quotes and keeps apostrophes out of them", function()
    local q = quotes("‘The Democrats’ plan didn’t pass the first vote,’ said Ana Morel.")
    assert.are.same({ "The Democrats’ plan didn’t pass the first vote," }, q)
    local q2 = quotes("The voters' mood didn't change, and the members' votes stayed put.")
    assert.are.same({}, q2)
  end)

  it("keeps a nested quote inside its outer quote", function()
    local q = quotes("“He told me ‘never again’ and then he left the room,” Lina Ortez said.")
    assert.are.same({ "He told me ‘never again’ and then he left the room," }, q)
  end)

  it("joins a quote over paragraphs that each reopen it", function()
    local text = "Bram Udo said:\n\n“The first part of the plan is done.\n\n" ..
      "“The second part starts next week and runs to June.”"
    local q = quotes(text)
    assert.are.equal(1, #q)
    assert.matches("^The first part", q[1])
    assert.matches("runs to June%.$", q[1])
  end)

  it("makes an interrupted quote one quote whose parts leave the attribution out", function()
    local text = "“We lost the vote,” Halima Dube said, “but we will win the next one.”"
    local q, r = quotes(text)
    assert.are.equal(1, #r.quotes)
    assert.is_not_nil(r.quotes[1].entity)
    assert.are.same({ "We lost the vote,", "but we will win the next one." }, q)
    -- start and end run from the first fragment to the last, with the
    -- marks that open the first and close the last
    assert.are.equal("“We lost the vote,” Halima Dube said, “but we will win the next one.”",
      text:sub(r.quotes[1].start + 1, r.quotes[1]["end"]))
    local t2 = "“The tunnel is safe,” Pavel Orsk said."
    local _, r2 = quotes(t2)
    assert.are.equal(1, #r2.quotes[1].parts)
    local p = r2.quotes[1].parts[1]
    assert.are.equal("The tunnel is safe,", t2:sub(p[1] + 1, p[2]))
  end)

  it("takes the quotation marks around a quote into its extent, and leaves them out of its parts", function()
    -- (news annotation spans hold a quote's marks)
    local text = "The ferry stopped. “We will sail again in May,” the captain told the crew."
    local _, r = quotes(text)
    assert.are.equal(1, #r.quotes)
    local q = r.quotes[1]
    assert.are.equal("“We will sail again in May,”", text:sub(q.start + 1, q["end"]))
    assert.are.same({ "We will sail again in May," }, { text:sub(q.parts[1][1] + 1, q.parts[1][2]) })
    -- a claim ending with a quote takes its closing mark, past a comma
    -- before it; an opening mark inside the claim stays inside
    local t2 = "The ferry stopped. The captain said the crossing was “too rough for the old boat,” and the crew agreed."
    local _, r2 = quotes(t2)
    local found
    for _, x in ipairs(r2.quotes) do
      local s = t2:sub(x.start + 1, x["end"])
      if s:find("crossing", 1, true) then found = s end
    end
    assert.are.equal("the crossing was “too rough for the old boat,”", found)
    -- straight marks and doubled apostrophes as well
    local t3 = "The ferry stopped. ''The sea is calm now,'' the captain said."
    local _, r3 = quotes(t3)
    assert.are.equal("''The sea is calm now,''", t3:sub(r3.quotes[1].start + 1, r3.quotes[1]["end"]))
  end)

  it("keeps one turn when a quoted term stands in the attribution between its parts", function()
    local text = '"The ferry will run all winter," said Marta Quillon, waving a "Save Our Port" ' ..
      'banner at the pier. "Nobody here will give up on it, whatever the council decides next spring."'
    local q, r = quotes(text)
    assert.are.equal(1, #r.quotes)
    assert.are.same({ "The ferry will run all winter,",
      "Nobody here will give up on it, whatever the council decides next spring." }, q)
  end)

  it("makes a quote interrupted by a speaker no entity names one quote", function()
    local q, r = quotes("“If the ferry stops in winter,” the mayor’s spokesman says, “who will bring the mail?”")
    assert.are.equal(1, #r.quotes)
    assert.are.same({ "If the ferry stops in winter,", "who will bring the mail?" }, q)
  end)

  it("keeps one turn over a cue in an apposition or relative clause, not over ', adding that'", function()
    local q, r = quotes('"The harbour tax is far too high," said Ines Varga, an adviser who ' ..
      'asked not to be named. "Nobody in this town will ever pay it, and the council knows it."')
    assert.are.equal(1, #r.quotes)
    assert.are.same({ "The harbour tax is far too high,", "Nobody in this town will ever pay it, and the council knows it." }, q)
    -- a participle cue between opens a claim of its own: two quotes
    local _, r2 = quotes('"The harbour tax is far too high," said Ines Varga, adding that ' ..
      'the vote was close. "Nobody in this town will ever pay it, and the council knows it."')
    local direct = 0
    for _, x in ipairs(r2.quotes) do
      if x.direct then direct = direct + 1 end
    end
    assert.are.equal(2, direct)
  end)

  it("keeps one turn over a sentence adverb before its second part", function()
    local q, r = quotes("“The council promised us a new bridge,” Lena Fisk said. Instead, “it built a car park by the river.”")
    assert.are.equal(1, #r.quotes)
    assert.are.same({ "The council promised us a new bridge,", "it built a car park by the river." }, q)
  end)

  it("lets the larger part stand for a turn whose attribution is longer than its parts", function()
    -- joined, the extent would be mostly the attribution; apart, the short
    -- part would be a claim of its own
    local text = '"We are late," said Ottilie Brandvold, a retired harbour pilot who ' ..
      'spent thirty years guiding tankers through the narrow channel near the old fort. ' ..
      '"The new locks should have opened two summers ago, and every month of delay costs us."'
    local q, r = quotes(text)
    assert.are.equal(1, #r.quotes)
    assert.are.same({ "The new locks should have opened two summers ago, and every month of delay costs us." }, q)
    assert.are.equal("said", text:sub(r.quotes[1].cue[1] + 1, r.quotes[1].cue[2]))
    -- a short attribution still joins the parts
    local q2 = quotes('"We are late," said Ottilie Brandvold. "The locks should be open by now."')
    assert.are.same({ "We are late,", "The locks should be open by now." }, q2)
    -- curly marks count as the content's (gold holds them): a turn whose
    -- short parts only these marks make longer than the attribution joins
    local q3 = quotes("“I agree,” Lena Fisk said. “I agree, Tomas.”")
    assert.are.same({ "I agree,", "I agree, Tomas." }, q3)
  end)

  it("does not run a quote back over a cue before it to its clause's start", function()
    local text = "Asked about the ferry, Ada Obi said “the boat will stay in service all winter,” she told the council."
    local _, r = quotes(text)
    assert.are.equal(1, #r.quotes)
    assert.are.equal("“the boat will stay in service all winter,”", text:sub(r.quotes[1].start + 1, r.quotes[1]["end"]))
  end)

  it("does not give a programme named after a possessive to the speaker after it", function()
    local text = "Speaking on Radio Nord’s “Evening Hour,” Ada Obi said the port would close in March."
    local _, r = quotes(text)
    for _, x in ipairs(r.quotes) do
      assert.is_nil(text:sub(x.start + 1, x["end"]):find("Evening Hour", 1, true))
    end
    local found = false
    for _, x in ipairs(r.quotes) do
      if text:sub(x.start + 1, x["end"]) == "the port would close in March" then found = true end
    end
    assert.is_true(found)
  end)

  it("does not take a work's title in title case after a preposition for a quote", function()
    local q = quotes("“The port will close by June,” said Ada Obi, author of “The Long Harbour Years,” " ..
      "a history of the town. Her novel is a comedy in the style of “Three Men in a Boat.”")
    assert.are.same({ "The port will close by June," }, q)
  end)

  it("does not take a scare-quoted term for a quote", function()
    local q = quotes("The council passed so-called 'sanctions' on the port, and the “reform” stalled.")
    assert.are.same({}, q)
  end)

  it("does not take a single quoted word opening a sentence, with no attribution near, for a quote", function()
    assert.are.same({}, quotes("The minister spoke on Monday. “Refoulement” is forbidden by the treaty, " ..
      "and the court has said so twice."))
    -- with its own attribution it stays
    assert.are.same({ "Exactly," }, quotes("“Exactly,” Ana Ruiz said."))
  end)

  it("does not let an unbalanced mark run across paragraphs", function()
    local text = "“The mayor will resign, aides said on Monday.\n\nThe budget vote is on Friday. " ..
      "Nobody expects a surprise.\n\n“It is over,” Ines Corr said."
    local q = quotes(text)
    for _, s in ipairs(q) do
      assert.is_nil(s:find("budget", 1, true))
    end
    assert.is_true(has(q, "It is over,"))
  end)

  it("stays fast on many unbalanced marks and deep nesting", function()
    local t = os.clock()
    local r = assert(core.analyze(string.rep('“a ', 50000) .. string.rep("' b ", 50000)))
    assert.is_table(r.quotes)
    assert.is_true(os.clock() - t < 5)
  end)
  it("reads two straight single marks as one double mark", function()
    local q = quotes("The plan is costly. ''We will find the money somehow,'' said Ines Abara.")
    assert.is_true(has(q, "We will find the money somehow,"))
  end)

  it("reads a right mark opening a paragraph or glued to the word after it as an opening one", function()
    -- copy that types every mark as ”: a paragraph of reader comments signed
    -- with a bar, one name a line
    local text = "”Fares went up twice this year. I walk now.” ― Oskar Lindqvist\n" ..
      "“The trams are always late.” ― Mira Tanaka\n\n" ..
      "” … and the depot will close by June,” wrote the Harbour Gazette."
    local q, r = quotes(text)
    assert.is_true(has(q, "Fares went up twice this year. I walk now."))
    assert.is_true(has(q, "… and the depot will close by June,"))
    local first = r.quotes[1]
    assert.are.equal("Oskar Lindqvist", text:sub(first.speaker[1] + 1, first.speaker[2]))
    q = quotes("The council voted, and Edda Holm said the rule ”makes no sense at all” for farmers.")
    assert.is_true(has(q, "makes no sense at all") or q[1]:find("makes no sense at all", 1, true) ~= nil)
  end)

  it("reads a straight mark opening an excerpt paragraph of curly quotes as no quote", function()
    local text = "The Harbour Gazette reported:\n\n" ..
      "\"Lena Fisk had waited two hours at the pier when the mayor called the plan “a fair deal,” " ..
      "and a clerk wrote “closed for repairs” on the gate.\n\nThe ferry did not come."
    local q = quotes(text)
    local fair, closed = false, false
    for _, x in ipairs(q) do
      assert.is_nil(x:find("Lena Fisk", 1, true))
      fair = fair or x:find("a fair deal", 1, true) ~= nil
      closed = closed or x:find("closed for repairs", 1, true) ~= nil
    end
    assert.is_true(fair and closed)
  end)

  it("reads an opening curly mark glued to the word before it as a closing one", function()
    local q, r = quotes("Ines Duarte said: “We will not sign this deal.“ The talks ended at noon.")
    assert.are.same({ "We will not sign this deal." }, q)
    assert.is_true(r.quotes[1].direct)
    q = quotes("Mayor Ines Duarte called the plan “a total disaster“ and left the room.")
    assert.are.equal(1, #q)
    assert.truthy(q[1]:find("a total disaster", 1, true))
    -- a real nested opening mark after a space still nests
    q = quotes("“She told me “never again” and left,” Bo Lind said.")
    assert.is_true(has(q, "She told me “never again” and left,"))
  end)
end)
