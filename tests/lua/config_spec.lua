-- Option validation: defaults, every check, messages that say what to do.
local config = require("newsmark.config")

describe("config", function()
  it("gives the defaults for no options", function()
    local cfg, problems = config.validate(nil)
    assert.are.same({}, problems)
    assert.are.same(config.defaults.kinds, cfg.kinds)
    assert.are.equal(']"', cfg.mappings.next_quote)
    assert.are.equal("K", cfg.mappings.info)
  end)

  it("does not share tables with the defaults", function()
    local cfg = config.validate({})
    cfg.kinds.person = false
    assert.is_true(config.defaults.kinds.person)
  end)

  it("merges partial tables over the defaults", function()
    local cfg, problems = config.validate({ kinds = { date = false }, mappings = { info = "gK" }, popup = { border = "single" } })
    assert.are.same({}, problems)
    assert.is_false(cfg.kinds.date)
    assert.is_true(cfg.kinds.person)
    assert.are.equal("gK", cfg.mappings.info)
    assert.are.equal(']"', cfg.mappings.next_quote)
    assert.are.equal("single", cfg.popup.border)
    assert.are.equal(80, cfg.popup.max_width)
  end)

  it("mappings = false turns every mapping off", function()
    local cfg = config.validate({ mappings = false })
    for _, n in ipairs(config.mapping_names) do assert.is_false(cfg.mappings[n]) end
  end)

  it("accepts Vim's 0 and 1 for booleans", function()
    local cfg, problems = config.validate({ virtual_text = 0, kinds = { date = 0 }, mappings = { info = 0 }, tagger = 1 })
    assert.are.same({}, problems)
    assert.is_false(cfg.virtual_text)
    assert.is_false(cfg.kinds.date)
    assert.is_false(cfg.mappings.info)
    assert.is_true(cfg.tagger)
  end)

  local bad = {
    { { filetypes = "text" }, "filetypes must be a list" },
    { { kinds = { people = true } }, "unknown kind 'people'" },
    { { kinds = { date = "no" } }, "kinds.date must be true or false" },
    { { virtual_text = "yes" }, "virtual_text must be true or false" },
    { { virtual_text_prefix = 1 }, "virtual_text_prefix must be a string" },
    { { debounce = -1 }, "debounce must be a number >= 0" },
    { { max_bytes = "big" }, "max_bytes must be a number" },
    { { chunk_bytes = 10 }, "chunk_bytes must be a number >= 1024" },
    { { budget_ms = 0 }, "budget_ms must be a number >= 1" },
    { { mappings = { info = "" } }, "mappings.info must be a key sequence or false" },
    { { mappings = { infos = "K" } }, "unknown mapping 'infos'" },
    { { mappings = "K" }, "mappings must be a table or false" },
    { { popup = { border = "fancy" } }, "popup.border must be" },
    { { popup = { max_width = 0 } }, "popup.max_width must be a number >= 1" },
    { { popup = { colour = 1 } }, "unknown field 'colour'" },
    { { lexicon = 3 }, "lexicon must be the path" },
    { { tagger = "on" }, "tagger must be true or false" },
    { { wrap = "yes" }, "wrap must be true, false or nil" },
    { { colour = true }, "unknown option 'colour'" },
  }
  for _, case in ipairs(bad) do
    it("rejects " .. next(case[1]) .. " with a clear message and keeps the default", function()
      local cfg, problems = config.validate(case[1])
      assert.are.equal(1, #problems)
      assert.is_truthy(problems[1]:find(case[2], 1, true), problems[1])
      local key = next(case[1])
      if config.defaults[key] ~= nil then
        assert.are.same(config.defaults[key], cfg[key])
      end
    end)
  end

  it("rejects a non-table", function()
    local _, problems = config.validate("x")
    assert.matches("takes a table", problems[1])
  end)
end)
