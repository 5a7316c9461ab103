-- Hostile input through the `newsmark` command: whatever the bytes, it exits
-- 0, prints valid JSON (and valid UTF-8), and every offset lies inside the
-- input on a character boundary.  The inputs are in tests/lib/edge_inputs.lua.
package.path = "tests/lib/?.lua;" .. package.path
local nm = require("nmcheck")
local edge = require("edge_inputs")

local function survives(text, secs)
  local out, err, rc = nm.run({ "--json" }, text, secs)
  assert.are.equal(0, rc, "exit " .. tostring(rc) .. ": " .. tostring(err))
  assert.are.equal("", err)
  nm.check_json(out, text)
  -- the other formats as well (they must not crash either)
  local txt, _, rc2 = nm.run({ "--text" }, text, secs)
  assert.are.equal(0, rc2)
  assert.is_true(nm.valid_utf8(txt), "--text output is not valid UTF-8")
  return out
end

describe("newsmark command on hostile input", function()
  for _, case in ipairs(edge.small()) do
    it(case[1] .. ": valid JSON, offsets in bounds", function()
      survives(case[2])
    end)
  end

  for _, case in ipairs(edge.big()) do
    it(case[1] .. ": valid JSON, offsets in bounds, in time", function()
      local t0 = os.time()
      survives(case[2], 600)
      -- generous: a hang or a quadratic blow-up takes far longer
      assert.is_true(os.time() - t0 < 300, "took " .. (os.time() - t0) .. " s")
    end)
  end

  it("the same input through a file, stdin and --jsonl gives the same result", function()
    local text = edge.small()[10][2]
    local path = nm.tempfile(text)
    local a = nm.run({ "--json" }, text)
    local b = nm.run({ "--json", path })
    local c = nm.run({ "--jsonl", path })
    nm.cleanup()
    assert.are.equal(a, b)
    local rc = nm.decode(c)
    rc.file = nil
    assert.are.same(nm.decode(a), rc)
  end)

  it("a file name that is not valid UTF-8 still gives valid JSON", function()
    local dir = os.tmpname()
    os.remove(dir)
    os.execute("mkdir " .. nm.shq(dir))
    local name = dir .. "/bad\255name\".txt"
    nm.write(name, "Ana Kovacs said so.")
    local out, _, rc = nm.run({ "--jsonl", name })
    os.remove(name)
    os.remove(dir)
    assert.are.equal(0, rc)
    assert.is_true(nm.valid_utf8(out))
    local r = nm.decode(out)
    assert.is_string(r.file)
  end)
end)
