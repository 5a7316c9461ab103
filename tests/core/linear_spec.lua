-- Linear time: the cost per byte of an analysis must not grow with the
-- input.  Each shape is analysed at about 0.25 MB and at 8 times that; a
-- quadratic step makes the second cost 8 times more per byte, so the bound
-- (3x) holds on a busy machine yet catches any such step.  The inputs are
-- made here (tests/lib/edge_inputs.lua), not taken from a corpus.
package.path = "tests/lib/?.lua;" .. package.path
local core = require("newsmark.core")
local edge = require("edge_inputs")

local function per_byte(text)
  local best = math.huge
  for _ = 1, 2 do
    local t0 = os.clock()
    assert(core.analyze(text))
    best = math.min(best, os.clock() - t0)
  end
  return math.max(best, 1e-4) / #text
end

local function linear(unit, small_mb)
  small_mb = small_mb or 0.25
  local reps = math.max(1, math.floor(small_mb * 1e6 / #unit))
  local a = per_byte(unit:rep(reps))
  local b = per_byte(unit:rep(reps * 8))
  assert.is_true(b / a < 3, ("cost per byte grew %.1fx for 8x the input"):format(b / a))
end

local shapes = {
  { "ordinary prose on one line", edge.long_line(0.01) },
  { "prose with line breaks", edge.long_line(0.01):gsub("%. ", ".\n") },
  { "unclosed straight quote marks", "\"Ana said the port " },
  { "unclosed typographic quote marks", "\226\128\156Ana said \226\128\152the port " },
  { "closing marks only", "the port\226\128\157 she said\" " },
  { "speech cues without speakers", "said that told according to noted that " },
  { "a run of capitalised words", "Harbour Master Ana Kovacs Port Authority " },
  { "abbreviations and initials", "Mr. J. U.S. Sept. Dr. " },
  { "line breaks only between words", "Ana\n" },
  { "office words and 'of'", "President of the Council of the Ministry of the " },
  { "dates and numbers", "on Monday, March 3, 2021 at 9:30 a.m. last year 1,000 " },
}

describe("analysis time grows linearly", function()
  for _, s in ipairs(shapes) do
    it(s[1], function() linear(s[2]) end)
  end

  it("capitalised words before numbers on one long line", function()
    linear("then Zorblax 12 and ")
  end)
end)
