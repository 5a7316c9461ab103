-- ]" [" with counts, 'wrapscan' and the jumplist; the <Plug> mappings for
-- mentions and for mentions of the entity under the cursor.
local H = require("helper")
local nm = H.nm

local function pos_of(needle, nth)
  local n = 0
  for r, l in ipairs(H.article) do
    local init = 1
    while true do
      local s = l:find(needle, init, true)
      if not s then break end
      n = n + 1
      if n == (nth or 1) then return { r - 1, s - 1 } end
      init = s + 1
    end
  end
end

local Q1 = pos_of("We measured")
local Q2 = pos_of("the board agreed")
local Q3 = pos_of("One map")

local function at() return { H.cursor() } end

describe("jumps (" .. H.editor .. ")", function()
  before_each(function()
    H.reset({ filetypes = {} })
    H.new_buffer(H.article)
    nm.enable(0)
    H.set_cursor(0, 0)
  end)

  it(']" and [" go to the next and previous quote', function()
    H.feed(']"')
    assert.are.same(Q1, at())
    H.feed(']"')
    assert.are.same(Q2, at())
    H.feed(']"')
    assert.are.same(Q3, at())
    H.feed('["')
    assert.are.same(Q2, at())
  end)

  it("take a count", function()
    H.feed('2]"')
    assert.are.same(Q2, at())
    H.set_cursor(7, 0)
    H.feed('2["')
    assert.are.same(Q2, at())
  end)

  it("wrap around the end when 'wrapscan' is set, and stop when it is not", function()
    H.set_cursor(7, 0)
    H.cmd("set wrapscan")
    H.feed(']"')
    assert.are.same(Q1, at())
    H.cmd("set nowrapscan")
    H.set_cursor(7, 0)
    local msgs = H.capture()
    H.feed(']"')
    msgs.restore()
    assert.are.same({ 7, 0 }, at())
    assert.matches("no next quote", msgs.echo[1])
    H.cmd("set wrapscan")
  end)

  it("the wrap option overrides 'wrapscan'", function()
    H.reset({ filetypes = {}, wrap = false })
    H.new_buffer(H.article)
    nm.enable(0)
    H.cmd("set wrapscan")
    H.set_cursor(0, 0)
    H.feed('["')
    assert.are.same({ 0, 0 }, at())
  end)

  it("record the jumplist, so `` goes back", function()
    H.set_cursor(1, 0)
    H.feed(']"')
    assert.are.same(Q1, at())
    H.feed("``")
    assert.are.same({ 1, 0 }, at())
  end)

  it(":Newsmark next and prev take a count", function()
    H.cmd("2Newsmark next")
    assert.are.same(Q2, at())
    H.cmd("Newsmark prev")
    assert.are.same(Q1, at())
  end)

  it("<Plug> mappings move between entity mentions", function()
    H.cmd("nmap <buffer> ]n <Plug>(newsmark-next-mention)")
    H.cmd("nmap <buffer> [n <Plug>(newsmark-prev-mention)")
    H.feed("]n")
    assert.are.same(pos_of("Clara Ventham"), at())
    H.feed("2]n")
    assert.are.same(pos_of("Tuesday"), at())
    H.feed("[n")
    assert.are.same(pos_of("Halverton"), at())
    H.feed("3]n")
    assert.are.same(pos_of("Piet Lugard"), at())
  end)

  it("<Plug> mappings move between mentions of the entity under the cursor", function()
    H.cmd("nmap <buffer> ]s <Plug>(newsmark-next-same)")
    H.cmd("nmap <buffer> [s <Plug>(newsmark-prev-same)")
    H.set_cursor(0, 8)          -- on "Clara Ventham"
    H.feed("]s")
    assert.are.same(pos_of("Ventham", 2), at())
    H.feed("]s")
    assert.are.same(pos_of("Ventham", 3), at())
    H.feed("[s")
    assert.are.same(pos_of("Ventham", 2), at())
    H.set_cursor(1, 0)
    local msgs = H.capture()
    H.feed("]s")
    msgs.restore()
    assert.matches("no name under the cursor", msgs.echo[1])
  end)

  it("say so when there is nothing to jump to", function()
    H.use_fake({})
    H.cmd("Newsmark refresh")
    local msgs = H.capture()
    H.feed(']"')
    msgs.restore()
    assert.matches("no quote", msgs.echo[1])
  end)
end)
