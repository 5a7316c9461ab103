-- Sentence and token boundaries, seen through the spans the core reports.
local core = require("newsmark.core")

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
    local text = "Éric met “Anna Berg” in Paris."
    local r = assert(core.analyze(text))
    for _, q in ipairs(r.quotes) do
      assert.are.equal("Anna Berg", text:sub(q.start + 1, q["end"]))
    end
    assert.are.equal(1, #r.quotes)
  end)
end)
