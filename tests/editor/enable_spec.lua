-- :Newsmark enable / disable / toggle / refresh, automatic enabling, and
-- the promise never to touch the buffer.
local H = require("helper")
local nm = H.nm

local function texts(group)
  local out = {}
  for _, m in ipairs(H.marks_of(group)) do out[#out + 1] = m.text end
  return out
end

describe("enable (" .. H.editor .. ")", function()
  before_each(function() H.reset() end)

  it("highlights every kind with its group on the right words", function()
    H.new_buffer(H.article)
    H.cmd("Newsmark enable")
    assert.is_true(nm.is_enabled(0))
    assert.are.same({ "Clara Ventham", "Ventham", "Piet Lugard", "Ventham", "Lugard" }, texts("NewsmarkPerson"))
    assert.are.same({ "Halverton", "Halverton" }, texts("NewsmarkPlace"))
    assert.are.same({ "Lake Veld Water Board" }, texts("NewsmarkOrg"))
    assert.are.same({ "Tuesday" }, texts("NewsmarkDate"))
    assert.are.same({ "Mayor" }, texts("NewsmarkTitle"))
    assert.are.same({ "said", "said", "told" }, (function()
      local t = texts("NewsmarkCue") table.sort(t) return t end)())
    assert.are.equal(3, #texts("NewsmarkSpeaker"))
  end)

  it("highlights a quote over its whole span, across lines", function()
    H.new_buffer(H.article)
    nm.enable(0)
    local q = texts("NewsmarkQuote")
    assert.are.same({
      "We measured the river three times and warned people too late,",
      "the board agreed",
      "One map, one siren,\none number to call,",
    }, q)
    local multi = H.marks_of("NewsmarkQuote")[3]
    assert.are.same({ 4, 5 }, { multi[2], multi[4] })
  end)

  it("names the speaker after each quote as virtual text", function()
    H.new_buffer(H.article)
    nm.enable(0)
    local labels = H.labels()
    if H.editor == "vim" and H.eval("has('patch-9.0.0121')") == 0 then
      return pending("this Vim has no virtual text")
    end
    local got = {}
    for _, l in ipairs(labels) do got[#got + 1] = l[2] .. ":" .. l.text end
    table.sort(got)
    assert.are.same({ "2:— Clara Ventham", "4:— Piet Lugard", "5:— Piet Lugard" }, got)
  end)

  it("leaves the text, 'modified', changedtick and undo tree alone", function()
    local buf = H.edit_file(H.article)
    local before = H.lines()
    local tick = H.changedtick()
    local seq_last, seq_cur = H.undo_state()
    assert.is_false(H.modified())
    H.cmd("Newsmark enable")
    H.set_cursor(0, 7)
    H.cmd("Newsmark info")
    H.cmd("Newsmark quotes")
    H.cmd("Newsmark next")
    H.cmd("Newsmark disable")
    H.cmd("Newsmark toggle")
    H.cmd("Newsmark refresh")
    H.cmd("Newsmark toggle")
    H.A.popup_close()
    H.cmd("buffer " .. buf)
    assert.are.same(before, H.lines())
    assert.is_false(H.modified())
    assert.are.equal(tick, H.changedtick())
    local l2, c2 = H.undo_state()
    assert.are.same({ seq_last, seq_cur }, { l2, c2 })
  end)

  it("disable removes every mark and the buffer-local mappings", function()
    H.new_buffer(H.article)
    H.cmd("Newsmark enable")
    assert.are.equal("<Plug>(newsmark-next-quote)", H.eval("maparg(']\"', 'n')"))
    H.cmd("Newsmark disable")
    assert.is_false(nm.is_enabled(0))
    assert.are.same({}, H.marks())
    assert.are.same({}, H.labels())
    assert.are.equal("", H.eval("maparg(']\"', 'n')"))
    assert.are.equal("", H.eval("maparg('K', 'n')"))
  end)

  it("toggle switches on and off", function()
    H.new_buffer(H.article)
    H.cmd("Newsmark toggle")
    assert.is_true(nm.is_enabled(0))
    assert.is_true(#H.marks() > 0)
    H.cmd("Newsmark toggle")
    assert.is_false(nm.is_enabled(0))
    assert.are.same({}, H.marks())
  end)

  it("refresh analyses the whole buffer again", function()
    H.new_buffer(H.article)
    nm.enable(0)
    H.use_fake({ entities = { { type = "place", name = "Halverton" } } })
    H.cmd("Newsmark refresh")
    assert.are.same({}, H.marks_of("NewsmarkPerson"))
    assert.are.equal(2, #H.marks_of("NewsmarkPlace"))
  end)

  it("refresh on a buffer that is not enabled enables it", function()
    H.new_buffer(H.article)
    H.cmd("Newsmark refresh")
    assert.is_true(nm.is_enabled(0))
  end)

  it("enables itself on the filetypes listed in the configuration", function()
    H.reset({ filetypes = { "text" } })
    H.new_buffer(H.article)
    H.cmd("setlocal filetype=text")
    assert.is_true(nm.is_enabled(0))
    H.new_buffer(H.article)
    H.cmd("setlocal filetype=lua")
    assert.is_false(nm.is_enabled(0))
  end)

  it("knows only its own buffers: other buffers stay untouched", function()
    local b1 = H.new_buffer(H.article)
    nm.enable(0)
    local b2 = H.new_buffer(H.article)
    assert.is_false(nm.is_enabled(b2))
    assert.are.same({}, H.marks(b2))
    assert.are.equal("", H.eval("maparg('K', 'n')"))        -- mappings are buffer-local
    assert.are.equal("", H.eval("maparg(']\"', 'n')"))
    assert.is_true(#H.marks(b1) > 0)
  end)
end)

describe(":Newsmark (" .. H.editor .. ")", function()
  before_each(function() H.reset() end)

  it("completes its subcommands", function()
    local all = H.eval("newsmark#complete('', 'Newsmark ', 9)")
    local got = {}
    for i = 1, #all do got[i] = all[i] end
    assert.are.same({ "enable", "disable", "toggle", "refresh", "info", "quotes", "entities", "next", "prev", "health" }, got)
    local t = H.eval("newsmark#complete('t', 'Newsmark t', 10)")
    assert.are.equal(1, #t)
    assert.are.equal("toggle", t[1])
  end)

  it("without arguments says whether the buffer is enabled", function()
    H.new_buffer(H.article)
    local msgs = H.capture()
    H.cmd("Newsmark")
    msgs.restore()
    assert.are.equal(1, #msgs.echo)
    assert.matches("not enabled", msgs.echo[1])
  end)

  it("reports an unknown subcommand in one message", function()
    local msgs = H.capture()
    H.cmd("Newsmark frobnicate")
    msgs.restore()
    assert.are.equal(1, #msgs.notify)
    assert.matches("unknown subcommand 'frobnicate'", msgs.notify[1][1])
  end)

  it("asks to enable first when a command needs the analysis", function()
    H.new_buffer(H.article)
    local msgs = H.capture()
    H.cmd("Newsmark quotes")
    H.cmd("Newsmark next")
    msgs.restore()
    assert.are.equal(2, #msgs.echo)
    assert.matches("not enabled", msgs.echo[1])
  end)
end)
