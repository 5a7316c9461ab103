-- Hostile input through the Lua module (the editor's path): analyze() never
-- fails on any bytes, and every offset of its result lies inside the input on
-- a character boundary.  Same inputs as tests/cli/malformed_spec.lua.
package.path = "tests/lib/?.lua;" .. package.path
local core = require("newsmark.core")
local nm = require("nmcheck")
local edge = require("edge_inputs")

local function survives(text)
  local r, err = core.analyze(text)
  assert.is_table(r, err)
  local p = nm.problems(r, text)
  assert.is_nil(p, p)
  return r
end

describe("core.analyze on hostile input", function()
  for _, case in ipairs(edge.small()) do
    it(case[1], function() survives(case[2]) end)
  end
  for _, case in ipairs(edge.big()) do
    it(case[1], function() survives(case[2]) end)
  end

  it("gives the same result for the same input, every time", function()
    local text = edge.long_line(0.2)
    local a, b = survives(text), survives(text)
    assert.are.same(a, b)
  end)

  it("analyses text sliced at every byte of a multi-byte sequence", function()
    local text = "\226\128\156Ana \195\137mile Kovacs\226\128\157, she said \226\128\148 \240\159\152\128."
    for cut = 0, #text do
      survives(text:sub(1, cut))
      survives(text:sub(cut + 1))
    end
  end)
end)
