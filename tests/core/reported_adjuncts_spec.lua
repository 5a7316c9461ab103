-- Reported claims: what may stand between a speech verb and its claim, and
-- where a claim ends before an attribution of its own.

local H = dofile("tests/core/helpers_nm.lua")
local analyze, find = H.quotes, H.find

describe("reported claims after an adjunct", function()
  it("reads 'X said for weeks / from the start that ...'", function()
    for _, t in ipairs({
      { "Mayor Ines Valdur has said for weeks that the levy will pass easily.", "that the levy will pass easily" },
      { "Ines Valdur has said from the start that the mill will reopen.", "that the mill will reopen" },
    }) do
      local q = find(analyze(t[1]), "that the")
      assert.is_truthy(q, t[1])
      assert.are.equal(t[2], q.text)
      assert.are.equal("said", q.cue)
    end
  end)

  it("reads 'X said on <a name no finder takes> that ...'", function()
    local q = find(analyze("Councillor Rafe Orman said on Chirpline that the budget was short by a third."), "that the budget")
    assert.is_truthy(q)
    assert.are.equal("that the budget was short by a third", q.text)
    assert.are.equal("Rafe Orman", q.speaker)
  end)

  it("reads 'X said about half of ...' as a clause, not a topic", function()
    local q = find(analyze("The water board said about half of the new pipes were never laid."), "about half")
    assert.are.equal("about half of the new pipes were never laid", q.text)
    assert.are.equal("The water board", q.speaker)
  end)
end)

describe("reported claims before ', according to'", function()
  it("ends the claim before ', according to Y'", function()
    local qs = analyze("Ines Valdur told the board that the loan had been repaid, according to two people at the meeting.")
    local q = find(qs, "that the loan")
    assert.are.equal("that the loan had been repaid", q.text)
  end)
end)

describe("reported stances on one named word", function()
  it("reads 'X endorsed <name>' with the name alone as the claim", function()
    local q = find(analyze("The dockers union endorsed Okafor on Friday."), "Okafor")
    assert.are.equal("Okafor", q.text)
    assert.are.equal("endorsed", q.cue)
    assert.are.equal("The dockers union", q.speaker)
  end)

  it("makes no one-word claim of a word that names no one", function()
    local qs = analyze("The council opposed it.")
    assert.are.equal(0, #qs)
  end)
end)
