-- Errors from the core reach the user as one message, never a stack trace,
-- and newsmark steps back from that buffer.
local H = require("helper")
local nm = H.nm
local core = require("newsmark.core")

describe("core errors (" .. H.editor .. ")", function()
  before_each(function() H.reset({ filetypes = {}, debounce = 10 }) end)

  it("an analysis error is one error message and disables the buffer", function()
    H.new_buffer(H.article)
    local before = H.lines()
    core.analyze = function() return nil, "newsmark: analysis failed: out of memory" end
    local msgs = H.capture()
    H.cmd("Newsmark enable")
    msgs.restore()
    assert.are.equal(1, #msgs.notify)
    assert.are.equal("error", msgs.notify[1][2])
    assert.matches("out of memory", msgs.notify[1][1])
    assert.is_nil(msgs.notify[1][1]:find("traceback"))
    assert.is_nil(msgs.notify[1][1]:find("\n"))
    assert.is_false(nm.is_enabled(0))
    assert.are.same({}, H.marks())
    assert.are.same(before, H.lines())
  end)

  it("a core that raises is one message too, during live updates as well", function()
    H.new_buffer(H.article)
    nm.enable(0)
    core.analyze = function() error("boom\nstack traceback:\n\t[C]: in ?") end
    local msgs = H.capture()
    H.insert_lines(0, { "x" })
    H.wait_for(function() return not nm.is_enabled(0) end)
    msgs.restore()
    assert.are.equal(1, #msgs.notify)
    assert.matches("boom", msgs.notify[1][1])
    assert.is_nil(msgs.notify[1][1]:find("traceback"))
    assert.is_false(nm.is_enabled(0))
    assert.are.same({}, H.marks())
  end)

  it("the real core takes any bytes without error", function()
    H.use_real()
    H.new_buffer({ "\255\254 “unbalanced", "\0NUL and ”“ marks", ("x"):rep(5000) })
    local msgs = H.capture()
    nm.enable(0)
    msgs.restore()
    assert.is_true(nm.is_enabled(0))
    assert.are.equal(0, #msgs.notify)
  end)
end)

describe("core missing (" .. H.editor .. ")", function()
  after_each(function() H.nm._reset(true) end)

  it("a core that is not built is one message with the fix, on enable", function()
    local saved = package.loaded["newsmark.core"]
    package.loaded["newsmark.core"] = nil
    package.preload["newsmark.core"] = function() error("module 'newsmark.core' not found:\n\tno file 'x'") end
    H.nm._reset(true)
    H.reset({ filetypes = {} })
    H.new_buffer(H.article)
    local msgs = H.capture()
    H.cmd("Newsmark enable")
    msgs.restore()
    package.preload["newsmark.core"] = nil
    package.loaded["newsmark.core"] = saved
    assert.are.equal(1, #msgs.notify)
    assert.matches("not built", msgs.notify[1][1])
    assert.matches("make", msgs.notify[1][1])
    assert.is_nil(msgs.notify[1][1]:find("\n"))
    assert.is_false(H.nm.is_enabled(0))
  end)
end)

if H.editor == "nvim" then
  describe("vim.notify (nvim)", function()
    it("carries the core's error as exactly one call", function()
      H.reset({ filetypes = {} })
      H.A.notify, H.A.echo = H.quiet.real_notify, H.quiet.real_echo
      H.new_buffer(H.article)
      local calls = {}
      local orig = vim.notify
      vim.notify = function(msg, level) calls[#calls + 1] = { msg, level } end
      core.analyze = function() return nil, "newsmark: analysis failed: bad input" end
      H.cmd("Newsmark enable")
      vim.notify = orig
      assert.are.equal(1, #calls)
      assert.are.equal(vim.log.levels.ERROR, calls[1][2])
      assert.matches("bad input", calls[1][1])
    end)
  end)
end
