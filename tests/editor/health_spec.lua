-- :checkhealth newsmark / :Newsmark health.
local H = require("helper")
local health = require("newsmark.health")

local function find(report, level, pattern)
  for _, r in ipairs(report) do
    if r.level == level and r.msg:find(pattern) then return r end
  end
end

describe("health (" .. H.editor .. ")", function()
  before_each(function() H.reset({ filetypes = {} }) end)

  it("reports the core, its version and PCRE2 JIT", function()
    local r = health.report()
    local core = require("newsmark.core")
    assert.is_not_nil(find(r, "ok", "core loaded: version " .. core.version():gsub("%.", "%%.")))
    assert.is_not_nil(find(r, core.info().jit and "ok" or "warn", "PCRE2 JIT"))
    assert.is_not_nil(find(r, "ok", "configuration is valid"))
  end)

  it("reports each configuration problem with a fix", function()
    H.nm.setup({ debounce = "x", lexicon = "/nonexistent/lexicon.txt" })
    local r = health.report()
    local p = find(r, "error", "debounce must be")
    assert.is_not_nil(p)
    assert.matches("setup", p.advice[1])
    local l = find(r, "error", "lexicon not readable")
    assert.is_not_nil(l)
  end)

  it("runs as a command", function()
    if H.editor == "nvim" then
      H.cmd("silent checkhealth newsmark")
      local text = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), "\n")
      assert.matches("core loaded", text)
      H.cmd("bwipeout!")
    else
      local lines = H.nm.health()
      assert.matches("^OK: core loaded", lines[1])
    end
  end)
end)
