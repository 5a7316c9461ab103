-- :Newsmark quotes (location list) and :Newsmark entities (picker).
local H = require("helper")
local nm = H.nm

describe("lists (" .. H.editor .. ")", function()
  before_each(function()
    H.reset({ filetypes = {} })
    H.new_buffer(H.article)
    nm.enable(0)
  end)

  it(":Newsmark quotes fills the location list with 'Speaker: claim…'", function()
    H.cmd("Newsmark quotes")
    local items, title = H.A.loclist_get()
    assert.are.equal("newsmark quotes", title)
    assert.are.equal(3, #items)
    assert.are.equal("Clara Ventham: We measured the river three times and warned people too late,", items[1].text)
    assert.are.same({ 3, 4 }, { items[1].lnum, items[1].col })
    assert.are.equal("Piet Lugard: the board agreed", items[2].text)
    assert.are.equal("Piet Lugard: One map, one siren, one number to call,", items[3].text)
    H.cmd("lclose")
  end)

  it("shortens long claims with an ellipsis and names unknown speakers", function()
    local long = ("word "):rep(40)
    H.new_buffer({ "“" .. long .. "”" })
    H.use_fake({ quotes = { { text = long } } })
    nm.enable(0)
    H.cmd("Newsmark quotes")
    local items = H.A.loclist_get()
    assert.are.equal(1, #items)
    assert.matches("^%(unknown speaker%): word word", items[1].text)
    assert.matches("…$", items[1].text)
    assert.is_true(#items[1].text < 100)
  end)

  it(":Newsmark entities lists entities with counts and jumps to the chosen one", function()
    local shown
    local select = H.A.select
    H.A.select = function(labels, prompt, on_choice)
      shown = labels
      on_choice(2)
    end
    H.set_cursor(0, 0)
    H.cmd("Newsmark entities")
    H.A.select = select
    assert.are.same({
      "Clara Ventham (person, 3)", "Halverton (place, 2)", "Piet Lugard (person, 2)",
      "Lake Veld Water Board (org, 1)", "Tuesday (date, 1)",
    }, shown)
    assert.are.same({ 0, 23 }, { H.cursor() })
  end)

  it("a cancelled pick leaves the cursor alone", function()
    local select = H.A.select
    H.A.select = function(_, _, on_choice) on_choice(nil) end
    H.set_cursor(1, 0)
    H.cmd("Newsmark entities")
    H.A.select = select
    assert.are.same({ 1, 0 }, { H.cursor() })
  end)
end)
