-- Dates, weekdays, times and relative dates.
local h = dofile("tests/core/helpers_nm.lua")

local function dates(text)
  return h.spans(h.analyze(text), text, "date")
end

describe("dates", function()
  it("finds calendar dates in several forms", function()
    assert.are.same({ "Oct. 4, 2021" }, dates("The pact was signed on Oct. 4, 2021 in a hall."))
    assert.are.same({ "March 12, 2019" }, dates("It opened March 12, 2019."))
    assert.are.same({ "7 June 2020" }, dates("Polls closed on 7 June 2020 at last."))
    assert.are.same({ "2001-11-05" }, dates("HARBOURTOWN 2001-11-05\nRain fell."))
    assert.are.same({ "April 2018" }, dates("Prices rose in April 2018 sharply."))
  end)

  it("finds weekdays and clock times", function()
    assert.are.same({ "Wednesday", "14:05" }, dates("The vote on Wednesday began at 14:05 sharp."))
    assert.are.same({ "3 p.m." }, dates("They met at 3 p.m. in the hall."))
    assert.are.same({ "8:30 am" }, dates("Doors open at 8:30 am daily."))
  end)

  it("finds relative dates", function()
    assert.are.same({ "Last year" }, dates("Last year the river flooded."))
    assert.are.same({ "next week" }, dates("Talks resume next week, aides said."))
    assert.are.same({ "this month" }, dates("Output fell this month."))
    assert.are.same({ "three years ago" }, dates("The dam burst three years ago."))
  end)

  it("finds a bare month or year after a preposition only", function()
    assert.are.same({ "June" }, dates("The plant closed in June."))
    assert.are.same({ "1994" }, dates("Ties were frozen in 1994."))
    assert.are.same({}, dates("You may march on, said 1994 graduates."))
  end)

  it("ignores scores, race times and numbers that are no dates", function()
    assert.are.same({}, dates("Rovers won 3:1 and Okoro ran 1:45.22 over 800 metres."))
    assert.are.same({}, dates("Janet May Smith bought 2023 shares."))
  end)

  it("reports whether the date pattern is JIT-compiled", function()
    local info = require("newsmark.core").info()
    assert.are.equal("boolean", type(info.jit))
  end)

  it("stays linear on long runs of digits and names", function()
    local text = string.rep("12:", 20000) .. " " .. string.rep("Sept. ", 20000)
    local t = os.clock()
    h.analyze(text)
    assert.is_true(os.clock() - t < 2)
  end)
end)
