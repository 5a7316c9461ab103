-- Where a claim holding a direct quote begins: the clause around the quote
-- when its attribution stands apart from it (PolNeAR's content spans).
local h = dofile("tests/core/helpers_nm.lua")

describe("quote bounds", function()
  it("takes the clause of a quote closed by a comma before 'according to X', as before 'X said'", function()
    local qs = h.quotes("The talks ended. She later compared the meeting to a “dentist visit,” according to Obi’s memoir.")
    local q = h.find(qs, "She later")
    assert.are.equal("She later compared the meeting to a “dentist visit,", q.text)
    assert.are.equal("according to", q.cue)
    -- a quote that opens its sentence stays the quote alone
    local q2 = h.quotes("The talks ended. “We will meet again,” according to Ada Obi.")[1]
    assert.are.equal("We will meet again,", q2.text)
  end)

  it("leaves a quote after 'X adds that ...:' to the claim of 'that'", function()
    local qs = h.quotes("The talks ended. He adds that farmers have two choices: “You either sell or you starve.”")
    assert.are.equal(1, #qs)
    assert.are.equal("that farmers have two choices: “You either sell or you starve", qs[1].text)
    assert.are.equal("adds", qs[1].cue)
    -- with no clause before the colon, the quote alone
    local q2 = h.quotes("The talks ended. Obi said in a statement: “We will sell the farm.”")[1]
    assert.are.equal("We will sell the farm.", q2.text)
    assert.are.equal("said", q2.cue)
  end)
end)
