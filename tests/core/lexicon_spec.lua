-- Lexicons: the generated gazetteers and the user lexicon.
local core = require("newsmark.core")

local function span_types(res, text)
  local out = {}
  for _, s in ipairs(res.spans) do
    out[text:sub(s.start + 1, s["end"])] = s.type
  end
  return out
end

local function write(content)
  local path = os.tmpname()
  local f = assert(io.open(path, "wb"))
  f:write(content)
  f:close()
  return path
end

describe("lexicons", function()
  after_each(function() assert(core.configure({})) end)

  it("knows countries and cities from the generated lists", function()
    local text = "Delegates from Kazakhstan flew to Ulaanbaatar and Mombasa on Monday."
    local t = span_types(assert(core.analyze(text)), text)
    assert.are.equal("place", t["Kazakhstan"])
    assert.are.equal("place", t["Ulaanbaatar"])
    assert.are.equal("place", t["Mombasa"])
  end)

  it("finds multi-word places as one span", function()
    local text = "The ship sailed from New Zealand to the Solomon Islands."
    local t = span_types(assert(core.analyze(text)), text)
    assert.are.equal("place", t["New Zealand"])
    assert.are.equal("place", t["Solomon Islands"])
  end)

  it("makes a user lexicon entry a mention of its type", function()
    local text = "Analysts at Zorblax Kettering expect growth, the report said."
    local before = span_types(assert(core.analyze(text)), text)
    assert.is_nil(before["Zorblax Kettering"] == "org" and true or nil)
    local path = write("# my newsroom's names\norg Zorblax Kettering\n\nperson   Qwilla Marsh\n")
    local ok, warnings = core.configure({ lexicon = path })
    os.remove(path)
    assert.is_true(ok)
    assert.are.same({}, warnings)
    local t = span_types(assert(core.analyze(text)), text)
    assert.are.equal("org", t["Zorblax Kettering"])
  end)

  it("reports bad lines with file and line number and skips them", function()
    local path = write("org Good Name Ltd\npersn Typo Here\nplace\nperson Bad\0Byte\nperson Ok " ..
                       ("x"):rep(2000) .. "\nplace Fine Town\n")
    local ok, warnings = core.configure({ lexicon = path })
    os.remove(path)
    assert.is_true(ok)
    assert.are.equal(4, #warnings)
    assert.matches(":2: unknown type", warnings[1], 1, true)
    assert.matches(":3: no name after the type", warnings[2], 1, true)
    assert.matches(":4: NUL byte", warnings[3], 1, true)
    assert.matches(":5: line longer than 1024 bytes", warnings[4], 1, true)
  end)

  it("fails clearly on an unreadable lexicon", function()
    local ok, err, warnings = core.configure({ lexicon = "/nonexistent/newsmark-lexicon.txt" })
    assert.is_nil(ok)
    assert.matches("lexicon could not be read", err)
    assert.matches("/nonexistent/newsmark%-lexicon.txt: No such file", warnings[1])
  end)
end)
