-- Highlight groups: defined with default links, overridable, and kept
-- across :colorscheme.
local H = require("helper")

local GROUPS = { "NewsmarkPerson", "NewsmarkTitle", "NewsmarkOrg", "NewsmarkPlace",
  "NewsmarkDate", "NewsmarkQuote", "NewsmarkSpeaker", "NewsmarkCue", "NewsmarkVirtualText" }

local function link_of(g)
  local id = H.eval("hlID('" .. g .. "')")
  local trans = H.eval("synIDtrans(" .. id .. ")")
  return tonumber(id), tonumber(trans)
end

describe("highlight groups (" .. H.editor .. ")", function()
  before_each(function() H.reset({ filetypes = {} }) end)

  it("are all defined as links to standard groups", function()
    for _, g in ipairs(GROUPS) do
      local id, trans = link_of(g)
      assert.is_true(id > 0, g)
      assert.are_not.equal(id, trans, g .. " is linked")
    end
  end)

  it("survive :colorscheme", function()
    H.cmd("silent! colorscheme default")
    H.cmd("highlight clear")
    H.cmd("doautocmd ColorScheme default")
    for _, g in ipairs(GROUPS) do
      local id, trans = link_of(g)
      assert.are_not.equal(id, trans, g .. " still linked")
    end
  end)

  it("let the user's own definition win", function()
    H.cmd("highlight NewsmarkPerson ctermfg=1 guifg=#ff0000")
    H.cmd("doautocmd ColorScheme default")
    assert.are.equal("1", H.eval("synIDattr(hlID('NewsmarkPerson'), 'fg', 'cterm')"))
    H.cmd("highlight clear NewsmarkPerson")
    H.cmd("highlight link NewsmarkPerson NONE")
    H.cmd("doautocmd ColorScheme default")
  end)
end)
