-- Who said what: cues, speakers, addressees and reported speech.

local H = dofile("tests/core/helpers_nm.lua")
local analyze, find = H.quotes, H.find

describe("attribution", function()
  it("reads 'CONTENT, X said.' with the content before the comma", function()
    local qs = analyze("The dam will be finished by spring, Ruth Kamau said on Tuesday.")
    local q = find(qs, "The dam")
    assert.are.equal("The dam will be finished by spring", q.text)
    assert.are.equal("said", q.cue)
    assert.are.equal("Ruth Kamau", q.speaker)
    assert.are.equal(false, q.direct)
  end)

  it("reads 'CONTENT, <office> X said.' with the office outside the content", function()
    for _, t in ipairs({
      { "Taxes will rise next year, Senator Ivo Marsh said on Friday.", "Senator " },
      { "The bridge will reopen in May, Gov. Lena Brandt said.", "Gov. " },
      { "The talks have stalled, campaign manager Tariq Aziz said.", "campaign manager " },
    }) do
      local qs = analyze(t[1])
      assert.are.equal(1, #qs, t[1])
      local content = t[1]:match("^(.-), " .. t[2]:gsub("%.", "%%."))
      assert.are.equal(content, qs[1].text)
      assert.are.equal("said", qs[1].cue)
      assert.are.equal(t[1]:match(t[2]:gsub("%.", "%%.") .. "(%u%l+ %u%l+)"), qs[1].speaker)
    end
  end)

  it("reads 'CONTENT, said X, <title>.'", function()
    local qs = analyze("Exports rose sharply in the last quarter, said Ilse Brandt, head of the trade office.")
    local q = find(qs, "Exports")
    assert.are.equal("Exports rose sharply in the last quarter", q.text)
    assert.are.equal("Ilse Brandt", q.speaker)
  end)

  it("reads 'X said (that) CONTENT' and keeps 'that' in the content", function()
    local qs = analyze("Marco Bellini said that the talks had failed. Anika Roth said the vote was fair.")
    assert.are.equal("that the talks had failed", find(qs, "that the talks").text)
    assert.are.equal("Marco Bellini", find(qs, "that the talks").speaker)
    assert.are.equal("Anika Roth", find(qs, "the vote").speaker)
  end)

  it("reads 'X told Y (that) CONTENT' with the addressee", function()
    local qs = analyze("Governor Paul Adeyemi met Sara Quist in Lagos. " ..
      "Adeyemi told Quist that the port would reopen soon.")
    local q = find(qs, "that the port")
    assert.are.equal("told", q.cue)
    assert.are.equal("Paul Adeyemi", q.entity)
    assert.are.equal("Sara Quist", q.addressee)
  end)

  it("reads 'CONTENT, X told Y.' with the addressee", function()
    local qs = analyze("Tomas Lind met Pia Oduya on Monday. Trade between the towns must grow, Lind told Oduya.")
    local q = find(qs, "Trade between")
    assert.are.equal("Tomas Lind", q.entity)
    assert.matches("Oduya", q.addressee)
  end)

  it("reads 'According to X, CONTENT' and 'CONTENT, according to X'", function()
    local qs = analyze("According to Nadia Haddad, the fund is almost empty. " ..
      "The mine will close next year, according to the regional ministry.")
    local a = find(qs, "the fund")
    assert.are.equal("Nadia Haddad", a.speaker)
    assert.matches("According to", a.cue)
    local b = find(qs, "The mine")
    assert.are.equal("The mine will close next year", b.text)
    assert.matches("according to", b.cue)
  end)

  it("reads 'X noted that', 'X stressed that', and ', noting that' with the same speaker", function()
    local qs = analyze("Liu Fang stressed that the border must stay open. " ..
      "Prices will fall, Liu said, noting that the harvest was good.")
    assert.are.equal("stressed", find(qs, "that the border").cue)
    local n = find(qs, "that the harvest")
    assert.are.equal("noting", n.cue)
    assert.are.equal("Liu Fang", n.entity)
    assert.are.equal("Prices will fall", find(qs, "Prices").text)
  end)

  it("reads 'For his part, X said ...'", function()
    local qs = analyze("For his part, Oleg Petrov said the two sides had agreed on a new schedule.")
    local q = find(qs, "the two sides")
    assert.are.equal("Oleg Petrov", q.speaker)
  end)

  it("resolves 'he said' to the last speaker and keeps the pronoun out of the spans", function()
    local text = "Dorje Tsering said the road was safe. The bridges need repair, he said."
    local qs, r = analyze(text)
    local q = find(qs, "The bridges")
    assert.are.equal("he", q.speaker)
    assert.are.equal("Dorje Tsering", q.entity)
    for _, s in ipairs(r.spans) do
      assert.are_not.equal("he", text:sub(s.start + 1, s["end"]))
    end
  end)

  it("resolves 'she' past a man to the woman named with Ms.", function()
    local qs = analyze("Ms. Hanna Weller met Mr. Ivo Marsh. Marsh said the deal was close. " ..
      "Weller said talks would go on. The terms are fair, she said.")
    assert.are.equal("Hanna Weller", find(qs, "The terms").entity)
  end)

  it("gives a direct quote the speaker after it and before it", function()
    local qs = analyze("“The water is clean,” said Amara Nwosu.\n\nJonas Berg said: “We tested it twice.”")
    assert.are.equal("Amara Nwosu", find(qs, "The water").speaker)
    assert.are.equal("said", find(qs, "The water").cue)
    assert.are.equal("Jonas Berg", find(qs, "We tested").speaker)
  end)

  it("keeps the speaker of a quote for the next paragraph's unattributed quote", function()
    local qs = analyze("“The plant will hire 300 people,” Elena Vasquez said.\n\n" ..
      "“Most of them will come from the valley towns.” The first crews start in May.")
    assert.are.equal("Elena Vasquez", find(qs, "Most of them").entity)
  end)

  it("takes a role noun as speaker and hides it from the spans", function()
    local text = "The rail strike will end on Friday, a union spokesman said."
    local qs, r = analyze(text)
    local q = find(qs, "The rail strike")
    assert.are.equal("a union spokesman", q.speaker)
    for _, s in ipairs(r.spans) do
      assert.are_not.equal("a union spokesman", text:sub(s.start + 1, s["end"]))
    end
  end)

  it("keeps a short quote inside a reported claim as one claim", function()
    local qs = analyze("Rena Holt said the new rules were “a disaster for farmers.”")
    assert.are.equal(1, #qs)
    assert.matches("^the new rules were", qs[1].text)
  end)

  it("skips a dateline at the start of a paragraph", function()
    local qs = analyze("NAIROBI, March 3 (Wire) -- The rains came early this year, Joseph Mwangi said.")
    assert.are.equal("The rains came early this year", find(qs, "The rains").text)
  end)

  it("finds no claim in 'said to be' or a plain statement", function()
    local qs = analyze("The house is said to be haunted. The mayor opened the new school.")
    assert.are.same({}, qs)
  end)
  it("reads a speaker with a long apposition after a quote", function()
    local qs = analyze("“The levy is unfair to small farms,” Oona Brisk, the head of the growers' union " ..
      "and a farmer herself, said on Monday.")
    local q = find(qs, "The levy")
    assert.are.equal("Oona Brisk", q.speaker)
    assert.are.equal("said", q.cue)
  end)

  it("reads a speaker with a party tag in parentheses", function()
    local qs = analyze("“We will not vote for it,” Rep. Abel Tane (D-Ore.) said Friday.")
    assert.are.equal("Abel Tane", find(qs, "We will not").speaker)
  end)

  it("reads a quote signed with a dash at the end of its paragraph", function()
    local qs = analyze("“The new park changed our street for the better.” — Lucia Ferro\n\nOther text follows here.")
    local q = find(qs, "The new park")
    assert.are.equal("Lucia Ferro", q.speaker)
  end)

  it("reads quantities and 'who' as speakers", function()
    local qs = analyze("In the survey, 41 percent said they would vote early. " ..
      "Vera Kosic, who said she was tired, said the count was slow.")
    assert.are.equal("41 percent", find(qs, "they would vote").speaker)
    local w = find(qs, "she was tired")
    assert.are.equal("who", w.speaker)
    assert.are.equal("Vera Kosic", w.entity)
    assert.are.equal("Vera Kosic", find(qs, "the count").speaker)
  end)

  it("gives 'and said' the speaker of the sentence", function()
    local qs = analyze("Bruno Ekwe praised the plan and said the city would gain jobs.")
    local q = find(qs, "the city would")
    assert.are.equal("Bruno Ekwe", q.entity)
  end)
  it("reads a lead-in 'Name: claim' at the start of a paragraph", function()
    local qs = analyze("Senator Ruth Ambe: The tax cut will not pass this year.\n\nThe vote is on Monday.")
    local q = find(qs, "The tax cut")
    assert.are.equal(":", q.cue)
    assert.matches("Ruth Ambe", q.speaker)
  end)

  -- One quote per turn (turns.c): fragments of one speaker become parts.
  local function parts(text, q)
    local out = {}
    for _, p in ipairs(q.parts) do out[#out + 1] = text:sub(p[1] + 1, p[2]) end
    return out
  end

  it("joins quoted sentences of one speaker around the attribution into one quote", function()
    local text = "“The ferry will run all winter,” Ilse Marten said on Friday. " ..
      "“We bought two new boats.” “Tickets stay at four euros.”"
    local qs, r = analyze(text)
    assert.are.equal(1, #r.quotes)
    assert.are.same({ "The ferry will run all winter,", "We bought two new boats.",
      "Tickets stay at four euros." }, parts(text, r.quotes[1]))
    assert.are.equal("Ilse Marten", qs[1].speaker)
    assert.are.equal("said", qs[1].cue)
  end)

  it("keeps quotes apart when the second has its own cue, a claim between, or a new paragraph", function()
    local _, r = analyze("“The dam is sound,” Tomas Riel said. “The repairs are done,” he added.")
    assert.are.equal(2, #r.quotes)
    local _, r2 = analyze("“The dam is sound,” Tomas Riel said, adding that the lake was “lower than ever.”")
    for _, q in ipairs(r2.quotes) do assert.are.equal(1, #q.parts) end
    local _, r3 = analyze("“The dam is sound,” Tomas Riel said.\n\n“The repairs are done.” The lake is low.")
    assert.are.equal(2, #r3.quotes)
    -- an attribution longer than the quoted words keeps them apart: the
    -- larger part stands for the turn
    local qs4, r4 = analyze("“The risk,” said Tomas Riel, an engineer who has inspected the old dam on " ..
      "the river for the regional water board since the flood, “is small, and we watch it every day.”")
    assert.are.equal(1, #r4.quotes)
    assert.are.equal("is small, and we watch it every day.", qs4[1].text)
  end)

  it("joins a paragraph that is nothing but a quote of the same speaker to the turn before it", function()
    -- (PolNeAR train: such paragraphs were mostly no claim of their own)
    local text = "“The dam is sound,” Tomas Riel said.\n\n“The repairs are done.”\n\n" ..
      "“We open the road on Monday.”\n\nThe council meets next week."
    local qs, r = analyze(text)
    assert.are.equal(1, #r.quotes)
    assert.are.same({ "The dam is sound,", "The repairs are done.", "We open the road on Monday." },
      parts(text, r.quotes[1]))
    assert.are.equal("Tomas Riel", qs[1].speaker)
    -- "X said: "A"" and then a quote alone: one turn as well
    local _, r2 = analyze("Tomas Riel said: “The dam is sound.”\n\n“The repairs are done.”")
    assert.are.equal(1, #r2.quotes)
    -- not a quote with a cue of its own, nor one that shares its paragraph
    local _, r3 = analyze("“The dam is sound,” Tomas Riel said.\n\n“The repairs are done,” he added.")
    assert.are.equal(2, #r3.quotes)
    local _, r4 = analyze("“The dam is sound,” Tomas Riel said.\n\n“The repairs are done.” The lake is low.")
    assert.are.equal(2, #r4.quotes)
  end)

  it("takes the speaker after a quote closed by a comma whatever follows the speaker", function()
    local qs = analyze("“The harbour needs a new crane,” said an adviser to the port board, " ..
      "who asked not to be named because talks go on.")
    local q = find(qs, "The harbour")
    assert.are.equal("said", q.cue)
    assert.matches("adviser", q.speaker)
  end)

  it("makes a quote that opens a reported clause going on after it the whole clause", function()
    local text = "Mayor Ines Koval said “local crews” must clear the roads by noon."
    local qs = analyze(text)
    assert.are.equal(1, #qs)
    assert.are.equal("local crews” must clear the roads by noon", qs[1].text)
    assert.are.equal("said", qs[1].cue)
    -- a second verb with a cue starts a claim of its own
    local qs2 = analyze("Mayor Ines Koval called it “a hard winter” and said the roads were clear.")
    for _, q in ipairs(qs2) do assert.is_nil(q.text:find("roads were", 1, true) and q.text:find("winter")) end
  end)

  it("goes on after a mid-sentence attribution into a clause holding a quoted phrase", function()
    local text = "The crews worked through the night, Ines Koval said, to “keep the harbour open” for the fleet."
    local qs, r = analyze(text)
    assert.are.equal(1, #qs)
    assert.are.equal("said", qs[1].cue)
    assert.matches("Ines Koval", qs[1].speaker)
    assert.is_true(qs[1].direct)
    local parts = {}
    for _, p in ipairs(r.quotes[1].parts) do parts[#parts + 1] = text:sub(p[1] + 1, p[2]) end
    assert.are.same({ "The crews worked through the night", "to “keep the harbour open” for the fleet" }, parts)
  end)

  it("goes on after a mid-sentence attribution into a clause that a quote closes", function()
    -- the quote's closing mark stands after the full stop: it still ends with the claim
    local text = "If the budget stays tight, Ines Koval said, the council can still pass the repair bill " ..
      "with “a strong vote from both parties.”"
    local qs, r = analyze(text)
    assert.are.equal(1, #qs)
    assert.are.equal("said", qs[1].cue)
    assert.is_true(qs[1].direct)
    local parts = {}
    for _, p in ipairs(r.quotes[1].parts) do parts[#parts + 1] = text:sub(p[1] + 1, p[2]) end
    assert.are.same({ "If the budget stays tight",
      "the council can still pass the repair bill with “a strong vote from both parties" }, parts)
  end)

  it("finds the subject of a cue before a quoted phrase behind 'by' or 'after' a participle", function()
    local qs = analyze("Mayor Tomas Riel answered the critics by calling the ferry “a lifeline” for the islands.")
    local q = find(qs, "the ferry")
    assert.are.equal("the ferry “a lifeline” for the islands", q.text)
    assert.are.equal("calling", q.cue)
    assert.matches("Tomas Riel", q.speaker)
    local qs2 = analyze("Pia Lund closed the meeting after calling the plan “pure fantasy” in front of the board.")
    assert.matches("Pia Lund", find(qs2, "the plan").speaker)
  end)

  it("gives an attribution between a quote closed by a full stop and an opening mark to the next quote", function()
    local qs = analyze("Ines Koval, the harbour master, said the port had done well. “The cranes are new and " ..
      "the quays were rebuilt last year.” Tomas Riel says, “The port still loses money every winter.”")
    local q = find(qs, "The port still loses money")
    assert.are.equal("says", q.cue)
    assert.matches("Tomas Riel", q.speaker)
    assert.are.equal("The port still loses money every winter.", q.text)
    for _, x in ipairs(qs) do
      assert.is_nil(x.text:find("cranes", 1, true) and x.text:find("loses money", 1, true))
    end
  end)

  it("ends a reported claim with the quote it opened, not at a sentence end inside it", function()
    local qs = analyze("Harbour master Ines Koval said the port was “in better shape than ever. " ..
      "The new cranes work and the ships come in on time.”")
    assert.are.equal(1, #qs)
    assert.matches("^the port was “in better shape than ever%. The new cranes work", qs[1].text)
    assert.matches("on time%.?$", qs[1].text)
    assert.are.equal("said", qs[1].cue)
  end)

  it("ends a claim holding a quoted phrase where the writer takes over", function()
    -- a comma before an apposition or "which", an unclosed dash
    local qs = analyze("Koval said the visitors would “not be turned away” at the gate, " ..
      "a swipe at the new rules on access to the harbour.")
    assert.are.equal(1, #qs)
    assert.are.equal("the visitors would “not be turned away” at the gate", qs[1].text)
    assert.are.equal("said", qs[1].cue)
    local qs2 = analyze("Koval said the ferry would be “back in service” by May, which surprised the crew.")
    assert.are.equal("the ferry would be “back in service” by May", qs2[1].text)
    local qs3 = analyze("Tomas Riel said the tax plan was “a gift to developers” — a charge the council " ..
      "has always rejected.")
    assert.matches("^the tax plan was “a gift to developers", qs3[1].text)
    assert.is_nil(qs3[1].text:find("charge", 1, true))
    -- a pair of dashes is a parenthesis inside the claim
    local qs4 = analyze("Tomas Riel said the tax plan — “a gift to developers” — would cost the city dearly.")
    assert.matches("cost the city dearly$", qs4[1].text)
  end)

  it("makes a quote inside a clause attributed after it the whole clause", function()
    local qs = analyze("The new levy would take years to “pay off in full,” Odette Brun said on Tuesday.")
    local q = find(qs, "The new levy")
    assert.are.equal("The new levy would take years to “pay off in full,", q.text)
    assert.are.equal("Odette Brun", q.speaker)
  end)

  it("keeps a short slogan right after its cue, and drops a short term without one", function()
    local qs = analyze("Outside the hall, some chanted “No more tolls!” until midnight.")
    local q = find(qs, "No more tolls!")
    assert.are.equal("chanted", q.cue)
    local qs2 = analyze("The council approved the so-called “green levy” on Monday.")
    assert.are.equal(0, #qs2)
  end)
end)

-- Rule specs for reported claims, without the tagger (helpers_nm).
describe("reported claims (rules)", function()
  local function claims(text)
    local r = H.analyze(text)
    local out = {}
    for _, q in ipairs(r.quotes) do
      local function sub(rg) return rg and text:sub(rg[1] + 1, rg[2]) end
      out[#out + 1] = { text = text:sub(q.start + 1, q["end"]), cue = sub(q.cue), speaker = sub(q.speaker) }
    end
    return out
  end

  it("reads stance verbs with an object or an infinitive as claims", function()
    local qs = claims("Senator Ada Obi criticized the river plan for its cost.")
    assert.are.equal(1, #qs)
    assert.are.equal("the river plan for its cost", qs[1].text)
    assert.are.equal("criticized", qs[1].cue)
    assert.matches("Ada Obi", qs[1].speaker)
    qs = claims("Mayor Tomas Riel vowed to reopen the bridge by June.")
    assert.are.equal("to reopen the bridge by June", qs[1].text)
    assert.are.equal("vowed", qs[1].cue)
    qs = claims("The ministry declined to comment on the report.")
    assert.are.equal("to comment on the report", qs[1].text)
    assert.are.equal("The ministry", qs[1].speaker)
    qs = claims("The survey showed that most farmers expect a poor harvest.")
    assert.are.equal("that most farmers expect a poor harvest", qs[1].text)
  end)

  it("starts a claim after a long addressee, not inside it", function()
    local qs = claims("Ada Obi told Harbor Radio's morning host that the ferry would run all winter.")
    assert.are.equal("that the ferry would run all winter", qs[1].text)
    qs = claims("Ada Obi told Harbor Radio host Tomas Riel the ferry would run all winter.")
    assert.are.equal("the ferry would run all winter", qs[1].text)
    assert.are.equal("told", qs[1].cue)
  end)

  it("keeps 'there' in a claim and finds no claim in 'wrote a book'", function()
    local qs = claims("Ilse Marten said there was no money left for the bridge.")
    assert.are.equal("there was no money left for the bridge", qs[1].text)
    assert.are.equal(0, #claims("Tomas Riel wrote a short book about the river."))
  end)

  it("takes any noun phrase after 'according to' as the source", function()
    local qs = claims("The harvest was poor this year, according to early figures from the farm board.")
    assert.are.equal("The harvest was poor this year", qs[1].text)
    assert.are.equal("according to", qs[1].cue)
    assert.are.equal("early figures from the farm board", qs[1].speaker)
    qs = claims("According to a count by the river authority, the lake rose by two meters.")
    assert.are.equal("the lake rose by two meters", qs[1].text)
    qs = claims("The lake rose by two meters according to the river authority.")
    assert.are.equal("The lake rose by two meters", qs[1].text)
  end)

  it("takes quantities and plural noun phrases as speakers", function()
    local qs = claims("Six in 10 say the tunnel is too costly.")
    assert.are.equal("the tunnel is too costly", qs[1].text)
    assert.are.equal("Six in 10", qs[1].speaker)
    qs = claims("About 40 percent of farmers say the tunnel is too costly.")
    assert.are.equal("About 40 percent of farmers", qs[1].speaker)
    qs = claims("Some advocates for the tunnel said the cost was fair.")
    assert.are.equal("Some advocates for the tunnel", qs[1].speaker)
    qs = claims("The bridge was closed, farmers in the valley said.")
    assert.are.equal("The bridge was closed", qs[1].text)
    assert.are.equal("farmers in the valley", qs[1].speaker)
    qs = claims("The ministry on Tuesday said that the cost was fair.")
    assert.are.equal("The ministry", qs[1].speaker)
  end)

  it("ends a claim where a second speaker's attribution begins", function()
    local qs = claims("Most farmers said the tunnel was too costly, and nearly half said the bridge should stay.")
    assert.are.equal(2, #qs)
    assert.are.equal("the tunnel was too costly", qs[1].text)
    assert.are.equal("the bridge should stay", qs[2].text)
    assert.are.equal("nearly half", qs[2].speaker)
    qs = claims("Ada Obi said the tunnel was too costly and Tomas Riel said the bridge should stay.")
    assert.are.equal("the tunnel was too costly", qs[1].text)
    assert.are.equal("Tomas Riel", qs[2].speaker)
  end)

  it("ends a claim before ', while ...' and ', compared with ...'", function()
    local qs = claims("Ada Obi said the tunnel was too costly, while the bridge could stay.")
    assert.are.equal("the tunnel was too costly", qs[1].text)
    qs = claims("Most farmers say the harvest was good, compared with a poor one last year.")
    assert.are.equal("the harvest was good", qs[1].text)
  end)

  it("takes no lead-in before 'X said, \"...\"' for a claim", function()
    local qs = analyze('In his tribute, Elliott Varga said, "He was a loyal friend to all of us."')
    assert.are.equal(1, #qs)
    local q = find(qs, "He was")
    assert.are.equal(true, q.direct)
    assert.are.equal("Elliott Varga", q.entity)
    qs = analyze('At a rally in Dunholt on Monday, Beck said: "We will win this state."')
    assert.are.equal(1, #qs)
    assert.are.equal(true, find(qs, "We will").direct)
  end)

  it("takes no claim from a label and a colon that names nobody, or a list of names", function()
    assert.are.equal(0, #analyze("Breaking: Harbour Board Makes A Surprise Move On Fees\n"))
    assert.are.equal(0, #analyze("Correction: An earlier version of this story gave the wrong date.\n"))
    assert.are.equal(0, #analyze("Ostrava: Ana Obi, Bo Lindqvist, Cyrus Ng, Dana Ferro, Eli Marsh\n"))
    -- a name or a group before the colon still speaks
    local qs = analyze("Ilse Brandt: the harbour fees will rise in May.\n")
    assert.are.equal("Ilse Brandt", find(qs, "the harbour").speaker)
    qs = analyze("Insiders: the board will vote against the plan.\n")
    assert.are.equal(1, #qs)
  end)

  it("runs a labelled turn ('NAME: ...') to the end of its paragraph, not a 'said' claim", function()
    local t = "Transcript follows.\n\nMARSH: We lost the vote. It was a hard night for the party. " ..
      "We will win next time.\n\nQ: What happens next? Will you run again?\n"
    local qs = analyze(t)
    assert.are.equal(2, #qs)
    assert.are.equal("We lost the vote. It was a hard night for the party. We will win next time", qs[1].text)
    assert.are.equal("MARSH", qs[1].speaker)
    assert.are.equal("What happens next? Will you run again", qs[2].text)
    -- a sentence with a cue or a quote of its own starts another claim
    qs = analyze("OKAFOR: The port is full. The ships wait offshore, the harbour master said.\n")
    assert.are.equal("The port is full", find(qs, "The port").text)
    assert.are.equal("the harbour master", find(qs, "The ships").speaker)
    qs = analyze('Ilse Brandt: the fees will rise in May. Boats will pay double. "It is fair," she said.\n')
    assert.are.equal("the fees will rise in May. Boats will pay double", find(qs, "the fees").text)
    -- a plural label heads a list item; and after "X said ..." the next
    -- sentence is the writer's (PolNeAR almost never goes on with it)
    qs = analyze("Delegates: Obi leads with forty delegates. Lindqvist trails far behind.\n")
    assert.are.equal("Obi leads with forty delegates", qs[1].text)
    qs = analyze("Ruth Kamau said the dam will be finished by spring. The village needs the water.\n")
    assert.are.equal(1, #qs)
    assert.are.equal("the dam will be finished by spring", qs[1].text)
  end)

  it("takes no claim from the words after a quote's own cue that open no clause", function()
    local qs = analyze('"It was a hard winter," Ann Obi said over breakfast at the harbour cafe.')
    assert.are.equal(1, #qs)
    assert.are.equal(true, qs[1].direct)
    qs = analyze('"It was a hard winter," Ann Obi said that night.')
    assert.are.equal(1, #qs)
    -- a clause after the cue is still a claim
    qs = analyze('"We were only friends," Bo Lindqvist claimed they had never met in person.')
    assert.are.equal("Bo Lindqvist", find(qs, "they had never").entity)
  end)

  it("takes no request from 'who asked not to be named'; the role before it speaks", function()
    local qs = analyze("A crane operator, who asked not to be named, said the deal was poor.")
    for _, q in ipairs(qs) do assert.are_not.equal("not to be named", q.text) end
    -- and the role before the relative clause speaks
    assert.are.equal("A crane operator", find(qs, "the deal").speaker)
  end)

  it("finds the speaker of a direct quote in any noun phrase before the cue after it", function()
    local function spk(text) return find(analyze(text), "Nobody").speaker end
    assert.are.equal("a spokesman for the campaign", spk('"Nobody wins this," a spokesman for the campaign said.'))
    assert.are.equal("one crane operator", spk('"Nobody wins this," one crane operator said outside the gates.'))
    assert.are.equal("the Velmar campaign", spk('"Nobody wins this," the Velmar campaign said.'))
    assert.are.equal("Ryan's office", spk([["Nobody wins this," Ryan's office said in a statement.]]))
    -- and a name after a bare descriptor: "said pollster NAME"
    local q = find(analyze('"Nobody wins this," said pollster Ilse Brandt.'), "Nobody")
    assert.are.equal("Ilse Brandt", q.entity)
  end)

  it("finds the speaker of a quote after 'X did this and said,' and after 'X continued:' closing a paragraph", function()
    local qs = analyze('Runa Halvorsen shook her head and said, "No, not this year."')
    assert.are.equal("Runa Halvorsen", find(qs, "No, not").entity)
    qs = analyze('Runa Halvorsen continued:\n\n"We looked at every option and we chose the bridge."')
    local q = find(qs, "We looked")
    assert.are.equal("Runa Halvorsen", q.entity)
    assert.are.equal("continued", q.cue)
  end)

  it("attributes quotes marked with doubled apostrophes ('' ... '') as those with double marks", function()
    local qs = analyze("''With your help, we're going to come back,'' Runa Halvorsen told a crowd of 300 here.")
    local q = find(qs, "With your help")
    assert.are.equal("Runa Halvorsen", q.entity)
    assert.are.equal("told", q.cue)
    qs = analyze("''Our family were all dock workers,'' she said over breakfast across the street from the harbour.")
    assert.are.equal("she", find(qs, "Our family").speaker)
    qs = analyze("Runa Halvorsen shook her head and said, ''No, not this year.''")
    assert.are.equal("Runa Halvorsen", find(qs, "No, not").entity)
  end)

  it("attributes a quote to 'TITLE NAME, apposition, said' after it", function()
    local q = find(analyze('"Order comes first," Council Speaker Runa Halvorsen, the session chair, said.'), "Order")
    assert.are.equal("Runa Halvorsen", q.entity)
    assert.are.equal("said", q.cue)
  end)

  it("attributes a quote after 'X angrily said,' and after 'X, apposition, said,'", function()
    local q = find(analyze('She turned to the crowd as Runa Halvorsen angrily said, "I am tired of these claims."'), "I am tired")
    assert.are.equal("Runa Halvorsen", q.entity)
    q = find(analyze('Runa Halvorsen, a strategist who ran two campaigns, said, "The effort will fail."'), "The effort")
    assert.are.equal("Runa Halvorsen", q.entity)
  end)

  it("attributes a quoted question to the asker named after it", function()
    local q = find(analyze('"Why are you still backing him?" Runa Halvorsen asked the council members.'), "Why are")
    assert.are.equal("Runa Halvorsen", q.entity)
    assert.are.equal("asked", q.cue)
  end)

  it("reads 'The town's mayor, NAME, said ...' with the name as speaker", function()
    local qs = analyze("The town's mayor, Odile Marchetti, said the ferry would run again in May.")
    local q = find(qs, "the ferry")
    assert.are.equal("Odile Marchetti", q.entity)
    assert.are.equal("said", q.cue)
    qs = analyze("A spokeswoman, Ama Owusu, said the talks had stalled.")
    assert.are.equal("Ama Owusu", find(qs, "the talks").entity)
  end)

  it("takes the person before 'of X' or 'from X', not X, for the speaker", function()
    local qs = analyze("Mayor Ilka Fenwright of Dorrowby said the bridge would reopen.")
    local q = find(qs, "the bridge")
    assert.are.equal("Ilka Fenwright", q.entity)
    qs = analyze("Tomasz Wierzba from Lendova said the strike was over.")
    assert.are.equal("Tomasz Wierzba", find(qs, "the strike").entity)
    qs = analyze("Ruth Obame of the Kelso Trust said the fund was empty.")
    assert.are.equal("Ruth Obame", find(qs, "the fund").entity)
    -- an office 'of X' is someone only when a title names X
    qs = analyze("Mayor Ilka Fenwright of Dorrowby opened the fair. The mayor of Quenby said the fair was too loud.")
    q = find(qs, "the fair was")
    assert.truthy(q.speaker:find("mayor of Quenby", 1, true))
    assert.is_nil(q.entity)
    -- a person after a title holds it: no head to move to
    qs = analyze("Chief of Staff Dara Mbeki said the budget was tight.")
    assert.truthy(find(qs, "the budget").speaker:find("Dara Mbeki", 1, true))
  end)

  it("makes a quote inside a clause governed by a cue the claim of that clause", function()
    -- a scare-length quote after ', calling ...': the object and the quote
    local qs = analyze("The coach praised his players, calling them “the hardest workers” in the league.")
    local q = find(qs, "them")
    assert.are.equal("them “the hardest workers” in the league", q.text)
    assert.are.equal("calling", q.cue)
    assert.are.equal("The coach", q.speaker)
    assert.are.equal(true, q.direct)
    -- a longer quote with no cue of its own goes with the clause too
    qs = analyze("Bruno Salk defended the tax, calling the old rates a “gift to the very richest families” in the state.")
    q = find(qs, "the old rates")
    assert.are.equal("the old rates a “gift to the very richest families” in the state", q.text)
    assert.are.equal("Bruno Salk", q.speaker)
    qs = analyze("Ada Reyes thanked the crowd, telling them the town “will never forget this night.”")
    q = find(qs, "them the town")
    assert.are.equal("telling", q.cue)
  end)

  it("starts a claim ending past a quote of several sentences at the quote, not inside it", function()
    local qs = analyze('The council met on Monday. "The ferry is late. The tolls are high. ' ..
      'We had no choice" but to sell the old boat, Ada Obi said.')
    local q = find(qs, '"The ferry is late.')
    assert.is_truthy(q.text:find("sell the old boat", 1, true))
    assert.are.equal("Ada Obi", q.speaker)
    qs = analyze("The council met on Monday. The mayor “was stiff. He was dull. There was no joy” " ..
      "in the hall, Ada Obi said.")
    assert.is_truthy(find(qs, "The mayor “was stiff.").text:find("in the hall", 1, true))
  end)

  it("goes on over ', but that ...' where 'that' stands for the cue again", function()
    local q = find(analyze("Ada Obi said the ferry was late again, but that the council would pay for a new one."),
      "the ferry")
    assert.are.equal("the ferry was late again, but that the council would pay for a new one", q.text)
    -- ", but" with no "that" still ends the claim
    q = find(analyze("Ada Obi said the ferry was late again, but the council did not answer her."), "the ferry")
    assert.are.equal("the ferry was late again", q.text)
  end)

  it("reads 'X is telling reporters (in Y) that ...'", function()
    local q = find(analyze("Mayor Ada Obi is telling reporters in Lagos that the port will stay open."), "that the port")
    assert.are.equal("that the port will stay open", q.text)
    assert.are.equal("telling", q.cue)
    assert.is_truthy(q.speaker:find("Ada Obi", 1, true))
  end)

  it("ends a quote a stance verb takes at 'and' opening the speaker's next act", function()
    local function text_of(t, word)
      -- (the claim's end drops a closing mark, as for any claim a quote ends)
      return (find(analyze(t), word).text:gsub("”$", ""))
    end
    assert.are.equal("him a “coward",
      text_of("Rosa Imbert attacked the mayor, calling him a “coward” and she walked out of the hall.", "him a"))
    assert.are.equal("his plan “a farce",
      text_of("Rosa Imbert attacked the mayor, calling his plan “a farce” and walked out.", "his plan"))
    -- a second object goes on with the claim
    assert.is_truthy(text_of("Rosa Imbert attacked the mayor, calling him a “coward” and a “liar” in the debate.",
      "him a"):find("liar", 1, true))
    assert.is_truthy(text_of("Rosa Imbert attacked the mayor, calling his plan “a farce” and the vote a sham.",
      "his plan"):find("sham", 1, true))
  end)

  it("takes no claim from a quoted name after 'called' or a programme after a preposition", function()
    assert.are.same({}, analyze("A folk band called “Ironwood” played at the fair."))
    assert.are.same({}, analyze("Nils Berg spoke on Radio Nord’s “Evening Hour.”"))
  end)

  it("ends a claim at a participle cue after a comma inside the closing mark", function()
    local qs = analyze("Lena Fisk said the harbour deal was “a fair one,” adding that talks would resume in May.")
    local q = find(qs, "the harbour deal")
    assert.are.equal("said", q.cue)
    assert.is_nil(q.text:find("adding", 1, true))
    qs = analyze("Ivo Marsh called the ruling “a good day,” telling reporters he would appeal anyway.")
    q = find(qs, "the ruling")
    assert.is_nil(q.text:find("telling", 1, true))
  end)

  it("runs a short quote right after 'saying that' on to the end of its clause", function()
    local q = find(analyze("The mayor spoke briefly at the depot, saying that “new buses” would arrive by June."), "new buses")
    assert.are.equal("saying", q.cue)
    assert.is_truthy(q.text:find("would arrive by June", 1, true))
  end)

  it("reads 'called for' and 'called on' as one cue", function()
    local qs = claims("Ada Obi called for a recount of the votes.")
    assert.are.equal("a recount of the votes", qs[1].text)
    assert.are.equal("called for", qs[1].cue)
    qs = claims("Tomas Riel called on the mayor to resign.")
    assert.are.equal("the mayor to resign", qs[1].text)
    assert.are.equal("called on", qs[1].cue)
  end)

  it("finds no stance in a reflexive object, 'hopes for', or a stance verb after its content", function()
    assert.are.equal(0, #claims("Ruth Kamau found herself in a difficult spot."))
    assert.are.equal(0, #claims("Ruth Kamau hopes for rain."))
    assert.are.equal(0, #claims("The crowd was in a good mood, Ilse Marten criticized."))
  end)

  it("gives ', saying ...' with no cue before it the subject of its clause", function()
    local qs = claims("Mayor Lina Varga closed the old depot on Friday, saying it cost too much to run.")
    assert.are.equal(1, #qs)
    assert.are.equal("it cost too much to run", qs[1].text)
    assert.are.equal("saying", qs[1].cue)
    assert.are.equal("Lina Varga", qs[1].speaker)
    qs = claims("On Monday, the ministry ended the ban on exports, noting that the harvest could not wait.")
    assert.are.equal("that the harvest could not wait", qs[1].text)
    assert.are.equal("the ministry", qs[1].speaker)
    -- "adding to her lead" is no claim
    assert.are.equal(0, #claims("Ada Obi won the primary in Ostrand, adding to her lead in the race."))
  end)

  it("reads a reported question after 'asked' with its asker, or none when asked of the subject", function()
    local qs = claims("The moderator, Tomas Riel, asked Ada Obi whether the tunnel would be finished by spring.")
    assert.are.equal(1, #qs)
    assert.are.equal("whether the tunnel would be finished by spring", qs[1].text)
    assert.are.equal("asked", qs[1].cue)
    assert.matches("Tomas Riel", qs[1].speaker)
    qs = claims("Asked if the bridge would reopen, Ilse Marten said it would.")
    local q = qs[1]
    assert.are.equal("if the bridge would reopen", q.text)
    assert.are.equal(nil, q.speaker)
    qs = claims("Ruth Kamau asked the council to delay the vote.")
    assert.are.equal("the council to delay the vote", qs[1].text)
    assert.are.equal("Ruth Kamau", qs[1].speaker)
    -- a topic put to the subject is no claim
    assert.are.equal(0, #claims("When asked about the bridge, the mayor smiled."))
  end)

  it("joins a claim cut by its attribution ('A, economists say, B') into two parts", function()
    local text = "In the long run, many economists say, wages in the valley will rise."
    local r = H.analyze(text)
    assert.are.equal(1, #r.quotes)
    local q = r.quotes[1]
    assert.are.equal("say", text:sub(q.cue[1] + 1, q.cue[2]))
    assert.are.equal(2, #q.parts)
    assert.are.equal("In the long run", text:sub(q.parts[1][1] + 1, q.parts[1][2]))
    assert.are.equal("wages in the valley will rise", text:sub(q.parts[2][1] + 1, q.parts[2][2]))
    -- a clause of the writer's or another cue after the comma stays out
    local qs = claims("The dam is safe, Ruth Kamau said, while the bridge is closed.")
    assert.are.equal("The dam is safe", qs[1].text)
    qs = claims("The dam is safe, Ruth Kamau said, adding that the bridge is closed.")
    assert.are.equal("The dam is safe", qs[1].text)
  end)

  it("reads the claim after an adjunct and its 'that' ('said in an interview last week that ...')", function()
    local qs = claims("Ada Obi said in an interview with the Ostrand Herald last week that the tunnel was too costly.")
    assert.are.equal(1, #qs)
    assert.are.equal("that the tunnel was too costly", qs[1].text)
    -- a relative "that" after a stance verb's object opens no claim
    qs = claims("Ada Obi vowed to repeal the rule that bans night flights.")
    assert.are.equal("to repeal the rule that bans night flights", qs[1].text)
  end)

  it("finds a long subject with a complement, relative clause or apposition", function()
    local qs = claims("Two engineers who inspected the bridge in May said the cables were worn.")
    assert.are.equal("the cables were worn", qs[1].text)
    assert.matches("engineers", qs[1].speaker)
    qs = claims("Aides to Governor Tomas Riel, a former judge, said the vote would be delayed.")
    assert.are.equal("the vote would be delayed", qs[1].text)
    assert.is_truthy(qs[1].speaker)
    -- a subject with a verb of its own is not one: no claim
    assert.are.equal(0, #claims("The plan that the council is weighing has been said to cost too much."))
  end)

  it("reads 'X seems to ...' and 'X is expected to ...' as claims with no source", function()
    local qs = claims("The new bridge seems to be sinking.")
    assert.are.equal(1, #qs)
    assert.are.equal("The new bridge seems to be sinking", qs[1].text)
    assert.are.equal(nil, qs[1].speaker)
    qs = claims("Ada Obi is expected to run for mayor next year.")
    assert.are.equal("is expected", qs[1].cue)
    assert.matches("^Ada Obi is expected to run", qs[1].text)
    qs = claims("It seems that the vote in Ostrand was close.")
    assert.are.equal("that the vote in Ostrand was close", qs[1].text)
    assert.are.equal(0, #claims("The fare is expected by June."))
  end)

  it("reads 'called Y Z', 'proposed', 'sees', 'fear' and 'hope' as stances, not a name or a phone call", function()
    local qs = claims("Mayor Lina Varga called the river plan a costly mistake.")
    assert.are.equal(1, #qs)
    assert.are.equal("the river plan a costly mistake", qs[1].text)
    assert.are.equal("called", qs[1].cue)
    assert.are.equal(0, #claims("A new group called Green Ostrand met on Monday to plan the march."))
    assert.are.equal(0, #claims("Ada Obi called off the strike at the port."))
    assert.are.equal(0, #claims("Ada Obi called Tomas Riel to ask about the vote."))
    qs = claims("Ada Obi proposed a new tax on fuel.")
    assert.are.equal("a new tax on fuel", qs[1].text)
    qs = claims("Ada Obi sees the vote as a test of her plan.")
    assert.are.equal("the vote as a test of her plan", qs[1].text)
    qs = claims("Many farmers fear the river will flood again.")
    assert.are.equal("the river will flood again", qs[1].text)
  end)

  it("reads 'told <a long addressee> that ...', 'One X, Ada Obi, told ...' and 'which X say could ...'", function()
    local qs = claims("Ada Obi told a crowd of farmers in Ostrand on Tuesday that the dam would be finished.")
    assert.are.equal(1, #qs)
    assert.are.equal("that the dam would be finished", qs[1].text)
    qs = claims("One delegate from the north, Tomas Riel, told reporters he would back the plan.")
    assert.are.equal("he would back the plan", qs[1].text)
    assert.are.equal("Tomas Riel", qs[1].speaker)
    qs = claims("The vote was moved to June, which officials say could help the mayor.")
    assert.are.equal("which officials say could help the mayor", qs[1].text)
    assert.are.equal("officials", qs[1].speaker)
  end)

  it("ends a claim before ', and she ...' (the writer goes on)", function()
    local qs = claims("Ada Obi said the port was safe, and she thanked the workers for their care.")
    assert.are.equal("the port was safe", qs[1].text)
  end)

  it("reads 'In a poll ..., CONTENT' with the poll as source", function()
    local qs = claims("In a Ostrand Herald poll released Monday, most voters backed the new bridge over the river.")
    assert.are.equal(1, #qs)
    assert.are.equal("most voters backed the new bridge over the river", qs[1].text)
    assert.are.equal("In", qs[1].cue)
    -- a lead "in the polls" at the end is the writer's own statement
    assert.are.equal(0, #claims("Ada Obi has a wide lead over Tomas Riel in the latest polls."))
  end)

  it("reads 'pointed to X', 'warned of X' and 'complained about X' as stances", function()
    local qs = claims("Ada Obi pointed to the rising cost of fuel.")
    assert.are.equal("the rising cost of fuel", qs[1].text)
    assert.are.equal("pointed to", qs[1].cue)
    qs = claims("Tomas Riel warned of a long winter for the farmers.")
    assert.are.equal("a long winter for the farmers", qs[1].text)
  end)

  it("reads 'Still, she said, CONTENT', 'Senator X of Y, a Z, said' and 'said much of ...'", function()
    local qs = claims("Still, Ada Obi said, the farmers will need more water next year.")
    assert.are.equal(1, #qs)
    assert.are.equal("the farmers will need more water next year", qs[1].text)
    qs = claims("Senator Tomas Riel of Ostrand, a longtime critic of the plan, said the dam would fail.")
    assert.are.equal("the dam would fail", qs[1].text)
    qs = claims("Ada Obi said much of the harvest was lost to the flood.")
    assert.are.equal("much of the harvest was lost to the flood", qs[1].text)
  end)

  it("reads a poll's finding ('A poll released Monday found that ...', '..., the survey found.')", function()
    local qs = claims("A Herald poll released on Monday found that most farmers backed the dam.")
    assert.are.equal(1, #qs)
    assert.are.equal("that most farmers backed the dam", qs[1].text)
    qs = claims("Most farmers backed the dam over the river, the survey found.")
    assert.are.equal("Most farmers backed the dam over the river", qs[1].text)
    assert.are.equal("found", qs[1].cue)
  end)

  it("reads a participle cue with no comma ('after suggesting that ...', 'voters saying they ...')", function()
    local qs = claims("Ada Obi changed course after suggesting that the dam was too costly.")
    assert.are.equal("that the dam was too costly", qs[1].text)
    assert.are.equal("Ada Obi", qs[1].speaker)
    qs = claims("Many voters are angry, with 40 percent saying they would stay home.")
    local q = qs[#qs]
    assert.are.equal("they would stay home", q.text)
  end)

  it("reads '42% say ...', 'Even X says ...' and 'which the ministry says includes ...'", function()
    local qs = claims("In Ostrand, 42% say they will vote for the dam.")
    assert.are.equal("they will vote for the dam", qs[#qs].text)
    qs = claims("Even Ada Obi says there is good reason for the delay.")
    assert.are.equal("there is good reason for the delay", qs[1].text)
    qs = claims("The fund, which the ministry says includes two million voters, will grow.")
    assert.matches("^which the ministry says includes two million voters", qs[1].text)
  end)

  it("reads 'records show ...' after a poll or record only, and 'endorsed X' as the object alone", function()
    local qs = claims("Tax records show that Ada Obi paid little in 2014.")
    assert.are.equal("that Ada Obi paid little in 2014", qs[1].text)
    assert.are.equal("show", qs[1].cue)
    assert.are.equal(0, #claims("The two hosts show the guests around the farm."))
    qs = claims("Tomas Riel endorsed Ada Obi last week and has joined her at rallies since.")
    assert.are.equal("Ada Obi", qs[1].text)
    assert.are.equal("endorsed", qs[1].cue)
  end)

  it("starts a claim before its cue after a leading concessive clause", function()
    local qs = claims("Though she trails in the north, Ada Obi leads the race, according to two recent polls.")
    assert.are.equal("Ada Obi leads the race", qs[1].text)
  end)

  it("reads a claim after a noun of saying or believing ('her belief that ...', 'the idea that ...')", function()
    local qs = claims("Ada Obi repeated her belief that the dam would never pay for itself.")
    assert.are.equal(1, #qs)
    assert.are.equal("that the dam would never pay for itself", qs[1].text)
    assert.are.equal("belief", qs[1].cue)
    assert.are.equal("her", qs[1].speaker)
    qs = claims("Tomas Riel has often voiced the idea that the port should close in winter.")
    assert.are.equal("that the port should close in winter", qs[1].text)
    assert.are.equal("Tomas Riel", qs[1].speaker)
  end)

  it("reads 'found' as a stance only with 'that' or after a poll, and no claim after '\"...,\" X told the crowd in Y'", function()
    assert.are.equal(0, #claims("Ada Obi found a way to cross the river."))
    local qs = claims("Ada Obi found that the river was too deep to cross.")
    assert.are.equal("that the river was too deep to cross", qs[1].text)
    qs = claims('"We will win," Ada Obi told a crowd in Ostrand on Monday night.')
    for _, q in ipairs(qs) do assert.are_not.equal("on Monday night", q.text) end
    -- past the addressee's phrase, a relative "that" opens no claim
    assert.are.equal(0, #claims("Tomas Riel told a crowd of farmers near the square that filled the streets."))
  end)

  it("reads 'ordered', 'highlighted', 'worried' and 'agree' as stances", function()
    local qs = claims("The judge ordered the council to reopen the port.")
    assert.are.equal("the council to reopen the port", qs[1].text)
    qs = claims("Many farmers worried that the dam would flood their fields.")
    assert.are.equal("that the dam would flood their fields", qs[1].text)
  end)

  it("ends the claim of a cue in a clause put before the main one at its comma", function()
    local qs = claims("When Ada Obi announced her run for mayor in June, the council was surprised.")
    assert.are.equal("her run for mayor in June", qs[1].text)
  end)

  it("starts a claim before 'according to' after a colon, and reads 'said ... that night' as no claim", function()
    local qs = claims("The tax has not hurt the city: Ostrand was the busiest port in 2015, according to the Herald.")
    assert.are.equal("Ostrand was the busiest port in 2015", qs[1].text)
    qs = claims("The port will reopen, Ada Obi said in her speech that night.")
    assert.are.equal(1, #qs)
    assert.are.equal("The port will reopen", qs[1].text)
  end)

  it("reads the speaker after 'said' behind descriptors or a determiner ('said former Ohio Gov. X', 'said a person close to ...')", function()
    local qs = analyze('The mayor visited the plant on Friday.\n\n' ..
      '"We will rebuild the bridge by spring," said former Ohio Gov. Tom Ardle.\n\n' ..
      '"Nobody expected the vote to fail," said retired banker Lena Fosk.\n\n' ..
      '"It was a long night for all of us," said a person close to the governor.\n\n' ..
      '"The budget has to pass this week," said the 52-year-old.')
    assert.are.equal("Tom Ardle", find(qs, "We will rebuild").speaker)
    assert.are.equal("said", find(qs, "We will rebuild").cue)
    assert.are.equal("Lena Fosk", find(qs, "Nobody expected").speaker)
    assert.are.equal("a person close", find(qs, "It was a long").speaker)
    assert.are.equal("the 52-year-old", find(qs, "The budget").speaker)
  end)

  it("gives a quote after ', saying,' the subject of its clause", function()
    local qs = analyze('Ann Lo posted a note of her own on Monday, saying, "We are thrilled to welcome the new team here."')
    local q = find(qs, "We are thrilled")
    assert.are.equal("saying", q.cue)
    assert.are.equal("Ann Lo", q.speaker)
  end)

  it("gives a quote continuing a turn in the next paragraph the turn's cue as well as its speaker", function()
    local qs = analyze('"We lost the first round," Omar Haddad said.\n\n"But we will be back next year with a stronger team." ' ..
      'The club plays again in March.')
    local q = find(qs, "But we will")
    assert.are.equal("Omar Haddad", q.entity)
    assert.are.equal("said", q.cue)
  end)

  it("takes no leading word ('Hours later, X ...', 'Facing questions, X ...') or adverb ('X bluntly suggested') for the speaker", function()
    local qs = analyze("Hours later, Tom Ardle answered the governor, saying that the bridge would open in May.")
    assert.are.equal("Tom Ardle", find(qs, "that the bridge").speaker)
    qs = analyze("Facing questions from the press, Ardle released a statement, saying that the bridge would open in May.")
    assert.are.equal("Ardle", find(qs, "that the bridge").speaker)
    qs = analyze("Instead, the senator stuck to his message, saying that the plan would cut costs.")
    assert.are.equal("the senator", find(qs, "that the plan").speaker)
    qs = analyze("Mayor Tom Ardle, still stinging from the defeat, grudgingly agreed that the plan could go ahead.")
    assert.are.equal("Tom Ardle", find(qs, "that the plan").speaker)
    qs = analyze("The governor bluntly suggested that the plan could go ahead.")
    assert.are.equal("The governor", find(qs, "that the plan").speaker)
  end)

  it("gives '\"...,\" X said, adding: \"...\"' the speaker of the turn, not a pronoun of the first quote", function()
    local qs = analyze('"I have great respect for the mayor. He has been a fine leader for the city," ' ..
      'Ruth Kamau said, adding: "I would gladly work with him again on the budget."')
    local q = find(qs, "I would gladly")
    assert.are.equal("adding", q.cue)
    assert.are.equal("Ruth Kamau", q.speaker)
    qs = analyze('Obama spoke on Monday, saying the group "must be destroyed."')
    assert.are.equal("Obama", find(qs, "the group").speaker)
  end)

  it("reads 'read' and 'reads' after a quote as a cue ('\"...,\" the email read', '\"...,\" read the flyer')", function()
    local qs = analyze('The mayor sent a note.\n\n"He has never kept a promise," the email read.\n\n' ..
      '"Vote early and vote often," read the flyer.')
    assert.are.equal("read", find(qs, "He has never").cue)
    assert.are.equal("the email", find(qs, "He has never").speaker)
    assert.are.equal("the flyer", find(qs, "Vote early").speaker)
  end)

  it("gives 'He added, \"B\"' after a quote closed by its period to the next quote ('\"A.\" He added, \"B.\"')", function()
    local qs = analyze('When I thanked the lawyer, he replied, "This was one of my best cases." He added, "I would do it again."')
    assert.are.equal("replied", find(qs, "This was one").cue)
    assert.are.equal("added", find(qs, "I would do").cue)
  end)

  it("takes the speech verb before a colon as the cue ('She says to the voters: \"...\"')", function()
    local qs = analyze('She says to the voters of Ohio: "This one is for you."')
    assert.are.equal("says", find(qs, "This one").cue)
    assert.are.equal("She", find(qs, "This one").speaker)
  end)

  it("takes the participle after 'X said,' as the cue of the claim it opens ('said, explaining how ...')", function()
    local qs = analyze('"Usually we get that back," Ms. Acosta said, explaining how the bonuses could be paid.')
    local q = find(qs, "how the bonuses")
    assert.are.equal("explaining", q.cue)
    assert.are.equal("Acosta", q.entity)
  end)

  it("reads 'answered', 'retorted', 'interjected' after a quote as its cue", function()
    local qs = analyze('The panel asked about the budget.\n\n"I would say this," Tom Ardle answered. "We will not raise taxes."\n\n' ..
      '"That is simply not true," Lena Fosk retorted.')
    assert.are.equal("answered", find(qs, "I would say").cue)
    assert.are.equal("Tom Ardle", find(qs, "I would say").speaker)
    assert.are.equal("retorted", find(qs, "That is simply").cue)
  end)

  it("resolves a speaker name the entity finder missed to the earlier person of that name", function()
    local qs = analyze('Ms. Acosta runs the agency. "We get it back," Ms. Acosta said.')
    local q = find(qs, "We get it back")
    assert.are.equal("Ms. Acosta", q.speaker)
    assert.are.equal("Acosta", q.entity)
  end)

  it("gives ', falsely suggesting that ...' the clause's subject, and never a lone adverb as speaker", function()
    local qs = analyze("Tom Ardle raised questions about the budget, falsely suggesting that the city was broke.")
    assert.are.equal("Tom Ardle", find(qs, "that the city").speaker)
    for _, q in ipairs(analyze("While many lawyers, including big donors, fiercely opposed the ruling, the base did not.")) do
      assert.are_not.equal("fiercely", q.speaker)
    end
  end)

  it("reads a party in parentheses between the speaker and the cue ('state Sen. X (D) said', 'X (D-Nev.) said')", function()
    local qs = analyze('The mayor spoke first.\n\n"By putting this in the law, we are tying their hands." ' ..
      'state Sen. Jason Holsman (D) said after the vote.\n\n' ..
      '"We must close the loophole now." Harry M. Reid (D-Nev.) said in a statement.')
    assert.are.equal("said", find(qs, "By putting").cue)
    assert.are.equal("Jason Holsman", find(qs, "By putting").entity)
    assert.are.equal("Harry M. Reid", find(qs, "We must close").speaker)
  end)

  it("finds the named speaker after an office and its comma after a quote ('\"...\" the campaign manager, X, said')", function()
    local qs = analyze('The mayor spoke first.\n\n"California stuck out as a place to win." ' ..
      "Sanders's campaign manager, Jeff Weaver, said in an interview.\n\n" ..
      '"Is the mayor going to mention the budget?" the presumptive nominee, Tom Ardle, tweeted Sunday after the storm.')
    assert.are.equal("Jeff Weaver", find(qs, "California stuck").speaker)
    assert.are.equal("Tom Ardle", find(qs, "Is the mayor").speaker)
    assert.are.equal("tweeted", find(qs, "Is the mayor").cue)
  end)

  it("takes the verb governing a noun of saying into the cue ('bristled at the suggestion that ...')", function()
    local qs = analyze("Tom Ardle bristled at the suggestion that he had misled the voters of the city.")
    local q = find(qs, "that he had misled")
    assert.are.equal("bristled at the suggestion", q.cue)
    assert.are.equal("Tom Ardle", q.speaker)
  end)

  it("takes no place ending a leading phrase for the subject ('At a town hall in Salem, Ohio, X ...')", function()
    local qs = analyze('Speaking at a town hall in Salem, Ohio, Tom Ardle went after the mayor, calling him "a total failure."')
    assert.are.equal("Tom Ardle", find(qs, "him").speaker)
  end)

  it("reads 'said one of the organizers', and gives a quote whose own speaker is unread its cue and no one else's speaker", function()
    local qs = analyze('"We will fix the roads," Ann Lo said.\n\n"The bridge comes first," said one of the organizers.')
    assert.are.equal("one of the organizers", find(qs, "The bridge").speaker)
    qs = analyze('"We will fix the roads," Ann Lo said.\n\n"The bridge comes first," said several in the crowd.')
    local q = find(qs, "The bridge")
    assert.are.equal("said", q.cue)
    assert.are_not.equal("Ann Lo", q.entity)
  end)

  it("resolves 'Mr. Turry said' after a quote to the person named inside the speaker", function()
    local qs = analyze("The plan was set in 1990. ''We were going to live in one of the towers,'' Mr. Turry said.")
    local q = find(qs, "We were going")
    assert.are.equal("Mr. Turry", q.speaker)
    assert.are.equal("Turry", q.entity)
  end)

  it("reads a person named right before a colon as the speaker of the quote after it ('Marco Rubio: \"...\"')", function()
    local qs = analyze("Tom Ardle: \u{201C}You do not win the nomination by how many states you win.\u{201D}")
    local q = find(qs, "You do not win")
    assert.are.equal("Tom Ardle", q.speaker)
    assert.are.equal(":", q.cue)
  end)

  it("reads a medium or topic between the cue and the comma opening a quote ('said Thursday on Twitter, \"...\"', 'said of the senator, \"...\"')", function()
    local qs = analyze('The council met on Monday.\n\nThe group said Thursday on Twitter, "We will fix the roads before winter."\n\n' ..
      'Ann Lo said of the senator, "He has never kept a promise to this town."')
    assert.are.equal("The group", find(qs, "We will fix").speaker)
    assert.are.equal("said", find(qs, "We will fix").cue)
    assert.are.equal("Ann Lo", find(qs, "He has never").entity)
  end)

  it("reads 'As X put it, \"...\"' and 'X went on to say, \"...\"'", function()
    local qs = analyze('The council met on Monday.\n\nAs Ann Lo put it, "We will fix the roads before winter."\n\n' ..
      'Tom Ardle went on to say, "The bridge comes first, and then the roads."')
    assert.are.equal("put it", find(qs, "We will fix").cue)
    assert.are.equal("Ann Lo", find(qs, "We will fix").speaker)
    assert.are.equal("went on to say", find(qs, "The bridge").cue)
    assert.are.equal("Tom Ardle", find(qs, "The bridge").speaker)
  end)

  it("reads a quantity of people or a pronoun with 'all' as the subject ('Most of them said', 'Many argue', 'they all vowed'), and 'X, citing ...'", function()
    local qs = analyze("The plant closed in May. Most of them said they had loved working there. Many argue that the town will recover.")
    assert.are.equal("Most of them", find(qs, "they had loved").speaker)
    assert.are.equal("Many", find(qs, "that the town").speaker)
  end)

  -- with the rules alone too: these shapes are the rules', not the models'
  local function both(text, check)
    check(analyze(text))
    check(analyze(text, { tagger = false }))
  end

  it("reads 'CONTENT, Mr. X said' with the honorific outside the content, and 'CONTENT, Mr. X said, CONTENT'", function()
    both("The bridge will cost twice as much, Mr. Okafor said.", function(qs)
      assert.are.equal(1, #qs)
      assert.are.equal("The bridge will cost twice as much", qs[1].text)
      assert.are.equal("Okafor", qs[1].speaker)
    end)
    both("The new plan, Ms. Adeyemi said, would cost far more than the old one.", function(qs)
      assert.are.equal(1, #qs)
      assert.are.equal("The new plan, Ms. Adeyemi said, would cost far more than the old one", qs[1].text)
    end)
  end)

  it("takes no lead-in phrase alone as the claim of 'In Lagos, Mr. X said, CLAUSE'", function()
    -- the clause after the attribution is the claim (with the lead-in
    -- as its first part when the tail can be taken, as PolNeAR has it)
    both('In Lagos, Mr. Okafor said, voters see the plan as "a gift to the rich, and nothing else."', function(qs)
      assert.are.equal(1, #qs)
      assert.truthy(qs[1].text:find("voters see the plan", 1, true))
      assert.are.equal("Okafor", qs[1].speaker)
    end)
  end)

  it("reads 'CONTENT, the Herald reported' with the article in the speaker", function()
    both("The school was closing its doors, the Herald reported.", function(qs)
      assert.are.equal("The school was closing its doors", qs[1].text)
      assert.are.equal("the Herald", qs[1].speaker)
    end)
  end)

  it("reads 'CONTENT, X, <apposition>, wrote'", function()
    both("The fund was short of cash, Ada Obi, the treasurer, wrote in a memo on Friday.", function(qs)
      assert.are.equal("The fund was short of cash", qs[1].text)
      assert.are.equal("Ada Obi", qs[1].speaker)
    end)
  end)

  it("gives 'X did this and said CLAUSE' the noun phrase opening the sentence as its speaker", function()
    both("The mayor met the families on Friday and said the city must act.", function(qs)
      assert.are.equal("the city must act", find(qs, "the city").text)
      assert.are.equal("The mayor", find(qs, "the city").speaker)
    end)
  end)

  it("ends 'X seems to ...' at its clause's comma", function()
    both("The plan seems to be failing, with polls showing a drop in support.", function(qs)
      assert.are.equal("The plan seems to be failing", find(qs, "The plan").text)
    end)
  end)

  -- (each sentence alone: no other mention to resolve to)
  local function reads(text, content, cue, speaker)
    both(text, function(qs)
      local q = find(qs, content)
      assert.are.equal(content, q.text, text)
      assert.are.equal(cue, q.cue, text)
      if speaker then assert.are.equal(speaker, q.speaker, text) end
    end)
  end

  it("reads 'CONTENT, said <descriptor> X'", function()
    reads("The port will reopen in June, said pollster Vera Lind.", "The port will reopen in June", "said", "Vera Lind")
  end)

  it("does not end a claim at an aside on its first word ('said X, despite ..., is')", function()
    reads("Mayor Ada Obi said Ostrand, despite its debts, is ready to build the bridge.",
      "Ostrand, despite its debts, is ready to build the bridge", "said")
  end)

  it("finds the subject before an aside ('X, however, said'; 'X of PLACE, apposition, said')", function()
    reads("Dock workers, however, said they would strike on Monday.", "they would strike on Monday", "said", "Dock workers")
    reads("Gov. Ivo Marsh of Ohio, a Republican, said the plant would stay open.", "the plant would stay open", "said", "Ivo Marsh")
  end)

  it("reads past 'in CITY, STATE,' and a show's name in quotation marks to the 'that' of the claim", function()
    reads("Ivo Marsh said in Dayton, Ohio, that the plant would close.", "that the plant would close", "said", "Ivo Marsh")
    reads('Ivo Marsh said on WXRT\'s "Morning Line" on Sunday that the plant would close.',
      "that the plant would close", "said", "Ivo Marsh")
  end)

  it("reads 'CONTENT, X said in a speech to ...' and 'CONTENT, X told a Senate panel on Friday'", function()
    reads("The plant will close in May, Ivo Marsh said in a speech to the workers.", "The plant will close in May", "said", "Ivo Marsh")
    reads("The port will reopen, Ivo Marsh told a Senate panel on Friday.", "The port will reopen", "told", "Ivo Marsh")
  end)

  it("reads a quote with its content going on before ', said X'", function()
    both('"We will not back down" on the port tax, said Ivo Marsh.', function(qs)
      assert.are.equal(1, #qs)
      assert.are.equal("said", qs[1].cue)
      assert.are.equal("Ivo Marsh", qs[1].speaker)
      assert.truthy(qs[1].text:find("on the port tax", 1, true))
    end)
  end)

  it("reads the claim after the addressee of 'telling' ('X did this, telling reporters he ...', 'after telling his aides he ...')", function()
    reads("The mayor rejected the plan, telling reporters he had not been consulted.", "he had not been consulted", "telling", "The mayor")
    reads("The mayor lost votes after telling his aides he would not run again.", "he would not run again", "telling", "The mayor")
  end)

  it("reads a headline 'Poll: CLAIM' with the poll as its source", function()
    reads("Poll: Obi and Marsh hold narrow leads in Ohio.\n\nThe race is close.", "Obi and Marsh hold narrow leads in Ohio", ":", "Poll")
  end)
end)

describe("reported claims (learned model)", function()
  local function claims(text)
    local qs = analyze(text)
    return qs
  end

  it("makes one claim where two learned cues would overlap", function()
    -- "long" and "doubted" both score as cues; the claim of "long" would
    -- hold the cue "doubted"
    local qs = claims("Both harbour unions have long doubted that the ferry would pay.")
    assert.are.equal(1, #qs)
    assert.are.equal("the ferry would pay", qs[1].text)
    assert.are.equal("doubted", qs[1].cue)
  end)

  it("takes the object of a stance verb no rule knows as its claim ('praised the nurses for ...')", function()
    -- the model weighs the claim too (its length, what ends it, how it
    -- opens), not the word and its frame alone
    local qs = claims("Ada Obi also praised the nurses for their work during the flood.")
    assert.are.equal(1, #qs)
    assert.are.equal("praised", qs[1].cue)
    assert.are.equal("the nurses for their work during the flood", qs[1].text)
    assert.are.equal("Ada Obi", qs[1].speaker)
  end)

  it("keeps one claim of a learned cue standing in another's claim, whichever scores better ('seemed confident that ...')", function()
    -- the inner reading was kept whatever the two scored
    local qs = claims("Ada Obi seemed confident that the vote would go her way.")
    assert.are.equal(1, #qs)
    assert.truthy(qs[1].text:find("the vote would go her way", 1, true))
  end)

  it("finds the subject past a contracted or negated auxiliary", function()
    local qs = claims("She's hoping the ferry will be cheaper next year.")
    assert.are.equal(1, #qs)
    assert.are.equal("hoping", qs[1].cue)
    assert.are.equal("She", qs[1].speaker)
  end)
end)
