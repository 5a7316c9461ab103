-- K and :Newsmark info: the popup for a name and for a quote.
local H = require("helper")
local nm = H.nm

local function popup()
  local lines, title = H.A.popup_lines()
  return lines and table.concat(lines, "\n"), title
end

describe("info popup (" .. H.editor .. ")", function()
  before_each(function()
    H.reset({ filetypes = {} })
    H.new_buffer(H.article)
    nm.enable(0)
  end)
  after_each(function() H.A.popup_close() end)

  it("K on a name shows canonical name, type, aliases, titles, mentions and quotes", function()
    H.set_cursor(2, #"“We measured the river three times and warned people too late,” " + 1)
    H.feed("K")
    local text, title = popup()
    assert.is_not_nil(text)
    local all = (title or "") .. "\n" .. text
    assert.matches("Clara Ventham", all)
    assert.matches("Type: person", text)
    assert.matches("Also: Ventham", text, 1, true)
    assert.matches("Mayor of Halverton", text)
    assert.matches("Mentions: 3", text)
    assert.matches("Quotes attributed: 1", text)
    assert.matches("We measured the river", text)
  end)

  it("shows a quote's speaker with title, cue, addressee and kind", function()
    H.set_cursor(4, #"Piet Lugard told Ventham that the b")
    H.cmd("Newsmark info")
    local text, title = popup()
    assert.matches("Reported speech", (title or "") .. text)
    assert.matches("Speaker: Piet Lugard", text)
    assert.matches("Cue: told", text)
    assert.matches("Addressee: Clara Ventham", text)
    assert.matches("Kind: reported speech", text)
    H.A.popup_close()
    H.set_cursor(2, 10)
    H.feed("K")
    text, title = popup()
    assert.matches("Direct quote", (title or "") .. text)
    assert.matches("Speaker: Clara Ventham, Mayor of Halverton", text)
    assert.matches("Kind: direct quote", text)
  end)

  it("has a border and a title", function()
    H.set_cursor(0, 8)
    H.feed("K")
    if H.editor == "nvim" then
      local cfg = vim.api.nvim_win_get_config(H.A.popup_win())
      assert.is_not_nil(cfg.border)
      assert.are.equal(true, cfg.focusable)
      local _, title = popup()
      if vim.fn.has("nvim-0.9") == 0 then
        assert.are.equal("Clara Ventham", H.A.popup_lines()[1])   -- first line
      else
        assert.matches("Clara Ventham", vim.inspect(title))
      end
    else
      local o = vim.fn.popup_getoptions(H.A.popup_win())
      assert.are.equal(8, #o.borderchars)   -- Vim lists border as [] when all sides are on
      assert.matches("Clara Ventham", o.title)
    end
  end)

  it("closes when the cursor moves", function()
    H.set_cursor(0, 8)
    H.feed("K")
    assert.is_not_nil(H.A.popup_win())
    if H.editor == "nvim" then
      H.set_cursor(3, 0)
      H.cmd("doautocmd CursorMoved")
      assert.is_nil(H.A.popup_win())
    else
      local moved = vim.fn.popup_getoptions(H.A.popup_win()).moved
      assert.is_true(#moved > 0)   -- Vim closes it itself when the cursor leaves
    end
  end)

  it("can be entered to scroll (Neovim: K again)", function()
    if H.editor ~= "nvim" then return pending("Vim popups cannot be entered") end
    H.set_cursor(0, 8)
    H.feed("K")
    local win = H.A.popup_win()
    H.feed("K")
    assert.are.equal(win, vim.api.nvim_get_current_win())
    H.feed("q")
    assert.is_nil(H.A.popup_win())
  end)

  it("says so when nothing is under the cursor", function()
    H.set_cursor(1, 0)
    local msgs = H.capture()
    H.feed("K")
    msgs.restore()
    assert.is_nil(H.A.popup_win())
    assert.matches("no name or quote", msgs.echo[1])
  end)
end)
