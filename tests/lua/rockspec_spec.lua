-- newsmark-scm-1.rockspec lists each Lua module by hand: a module missing
-- there is missing from every LuaRocks install (and require fails only for
-- those users), so the list must be exactly the files under lua/newsmark/.
describe("rockspec", function()
  local spec = {}
  local chunk = assert(loadfile("newsmark-scm-1.rockspec", "t", spec) or
    (function()                                   -- Lua 5.1: setfenv
      local f = assert(loadfile("newsmark-scm-1.rockspec"))
      setfenv(f, spec)
      return f
    end)())
  chunk()

  it("installs every Lua module of lua/newsmark/ under its module name", function()
    local want = {}
    local p = assert(io.popen("cd lua && find newsmark -name '*.lua' | sort"))
    for path in p:lines() do
      local mod = path:gsub("%.lua$", ""):gsub("/init$", ""):gsub("/", ".")
      want[mod] = "lua/" .. path
    end
    p:close()
    assert.are.same(want, spec.build.install.lua)
    assert.are.equal("lua/newsmark/core.so", spec.build.install.lib["newsmark.core"])
  end)

  it("says its source address is a placeholder, not a made-up repository", function()
    assert.matches("%.invalid/", spec.source.url)
  end)
end)
