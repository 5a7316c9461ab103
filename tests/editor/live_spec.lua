-- Live updates: marks follow the text while it is edited, and the analysis
-- catches up after the debounce; large buffers are analysed in parts.
local H = require("helper")
local nm = H.nm

-- Every mark still covers the words it was put on.
local function words()
  local out = {}
  for _, m in ipairs(H.marks()) do out[#out + 1] = m[1] .. "=" .. m.text end
  table.sort(out)
  return out
end

describe("live updates (" .. H.editor .. ")", function()
  before_each(function() H.reset({ filetypes = {}, debounce = 20 }) end)

  it("keeps marks on the right words after inserting lines above", function()
    H.new_buffer(H.article)
    nm.enable(0)
    local before = words()
    local first = H.marks_of("NewsmarkOrg")[1]
    H.insert_lines(0, { "A new first line.", "", "And a second paragraph." })
    -- before the analysis runs again, the editor moved the marks
    assert.are.same(before, words())
    assert.are.equal(first[2] + 3, H.marks_of("NewsmarkOrg")[1][2])
    -- and after it, they are still right
    local runs = nm._state(0).runs
    H.wait_for(function() return nm._state(0).runs > runs end)
    assert.are.same(before, words())
    assert.are.equal(first[2] + 3, H.marks_of("NewsmarkOrg")[1][2])
  end)

  it("keeps marks on the right words after deleting lines above", function()
    H.new_buffer(H.article)
    nm.enable(0)
    local runs = nm._state(0).runs
    H.delete_lines(0, 2)
    H.wait_for(function() return nm._state(0).runs > runs end)
    for _, m in ipairs(H.marks()) do
      assert.is_not.equal("", m.text)
    end
    local org = H.marks_of("NewsmarkOrg")[1]
    assert.are.equal("Lake Veld Water Board", org.text)
    assert.are.equal(5, org[2])
    assert.are.equal(0, #H.marks_of("NewsmarkTitle"))   -- "Mayor" went with line 1
  end)

  it("analyses an edited line again after the debounce", function()
    H.new_buffer(H.article)
    nm.enable(0)
    local runs = nm._state(0).runs
    H.set_line(7, "The Lake Veld Water Board met in Halverton with Piet Lugard.")
    H.wait_for(function() return nm._state(0).runs > runs end)
    local last = {}
    for _, m in ipairs(H.marks_of("NewsmarkPerson")) do
      if m[2] == 7 then last[#last + 1] = m.text end
    end
    assert.are.same({ "Piet Lugard" }, last)
  end)

  it("waits for the debounce before analysing, but commands never use stale marks", function()
    H.reset({ filetypes = {}, debounce = 5000 })
    H.new_buffer(H.article)
    nm.enable(0)
    local runs = nm._state(0).runs
    H.set_line(7, "Piet Lugard.")
    H.wait(30)
    assert.are.equal(runs, nm._state(0).runs)
    H.set_cursor(7, 0)
    assert.is_not_nil(nm.doc(0):at(7, 0))         -- flushed on demand
    assert.are.equal(runs + 1, nm._state(0).runs)
  end)

  it("analyses a large buffer in parts, with one message, and re-analyses only the edited part", function()
    H.reset({ filetypes = {}, debounce = 10, chunk_bytes = 1024, budget_ms = 1 })
    local lines = {}
    for i = 1, 60 do
      for _, l in ipairs(H.article) do lines[#lines + 1] = l end
      lines[#lines + 1] = ""
    end
    H.new_buffer(lines)
    local msgs = H.capture()
    local calls = 0
    local core = require("newsmark.core")
    local fake = core.analyze
    core.analyze = function(t) calls = calls + 1 return fake(t) end
    nm.enable(0)
    H.wait_for(function() return not nm._state(0).doc:is_dirty() end, 5000)
    msgs.restore()
    local chunks = nm._state(0).doc.chunks
    assert.is_true(#chunks > 10)
    assert.are.equal(#chunks, calls)
    assert.are.equal(1, #msgs.notify)
    assert.matches("large buffer", msgs.notify[1][1])
    assert.are.equal(60, #H.marks_of("NewsmarkOrg"))
    calls = 0
    local had = H.lines()[201]:find("Water Board") and 1 or 0
    H.set_line(200, "Piet Lugard met Clara Ventham.")
    H.wait_for(function() return calls > 0 end)
    nm.doc(0)
    assert.are.equal(1, calls)
    assert.are.equal(60 - had, #H.marks_of("NewsmarkOrg"))
    for _, m in ipairs(H.marks()) do assert.is_not.equal("", m.text) end
    core.analyze = fake
  end)

  it("skips a buffer larger than max_bytes with one message", function()
    H.reset({ filetypes = {}, max_bytes = 100 })
    H.new_buffer(H.article)
    local msgs = H.capture()
    H.cmd("Newsmark enable")
    msgs.restore()
    assert.is_false(nm.is_enabled(0))
    assert.are.equal(1, #msgs.notify)
    assert.matches("larger than", msgs.notify[1][1])
  end)
end)
