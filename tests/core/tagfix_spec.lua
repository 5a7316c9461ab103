-- Repairs of the tagger's labels (csrc/tagfix.c): readings that hold
-- whatever the model learnt.
local h = dofile("tests/core/helpers_nm.lua")

describe("tagger repairs", function()
  -- "Miss" opens a pageant's name as often as a woman's: a span the tagger
  -- calls misc after it stays out of the persons.
  it("takes no person from a pageant's name after 'Miss'", function()
    local text = "Miss Universe left New York on Monday."
    assert.are.same({}, h.spans(h.analyze(text), text, "person"))
    text = "Talks with Miss Holm stalled."
    assert.is_truthy(h.span(h.analyze(text), text, "person", "Holm"))
  end)

  -- A name of two words ending in the surname of a person the tagger named
  -- in full is not that person by this alone (a club named after its
  -- town); after "Mr." the surname is sure enough.
  it("makes a person of a name ending in a surname only when an honorific gave it", function()
    local text = "Coach Anton Pauli praised the side. St Pauli won 2-0 at home."
    assert.is_nil(h.span(h.analyze(text), text, "person", "St Pauli"))
    text = "Mr. Okafor declined. Later Ngozi Okafor said the plan was fine."
    assert.is_truthy(h.span(h.analyze(text), text, "person", "Ngozi Okafor"))
  end)
end)
