-- Regression inputs: every file in tests/regress/inputs/ once crashed, hung
-- or broke an invariant (most found by `make fuzz`).  Each must now go
-- through the command and the Lua module with a valid result.  A file whose
-- name ends in ".pending" shows a bug not fixed yet (in a module owned by
-- someone else): it is listed as pending, not run.
package.path = "tests/lib/?.lua;" .. package.path
local nm = require("nmcheck")
local core = require("newsmark.core")

local files = {}
local p = io.popen("ls tests/regress/inputs 2>/dev/null")
for name in p:lines() do
  if name ~= "README" then files[#files + 1] = name end
end
p:close()

describe("regression inputs", function()
  for _, name in ipairs(files) do
    if name:match("%.pending$") then
      pending(name .. " (known bug, see the file's commit)")
    else
      it(name, function()
        local text = assert(nm.slurp("tests/regress/inputs/" .. name))
        local out, err, rc = nm.run({ "--json" }, text, 120)
        assert.are.equal(0, rc, err)
        nm.check_json(out, text)
        local r, e = core.analyze(text)
        assert.is_table(r, e)
        local bad = nm.problems(r, text)
        assert.is_nil(bad, bad)
      end)
    end
  end
end)
