-- newsmark.health -- :checkhealth newsmark (Neovim) and :Newsmark health
-- (both editors).  report() is editor-independent: a list of
-- { level = "ok" | "warn" | "error" | "info", msg, advice = { ... } }.
local M = {}

local function root()
  local src = debug.getinfo(1, "S").source:gsub("^@", "")
  return (src:gsub("/lua/newsmark/health%.lua$", ""))
end

function M.report()
  local out = {}
  local function add(level, msg, advice) out[#out + 1] = { level = level, msg = msg, advice = advice } end
  local nm = require("newsmark")
  local dir = root()

  local core, err = nm.core()
  if not core then
    add("error", err or "the core cannot be loaded", {
      "run `make` in " .. dir .. " (it builds lua/newsmark/core.so for Neovim and lua52/newsmark/core.so for Vim)",
      "Debian: apt-get install build-essential pkg-config libpcre2-dev libluajit-5.1-dev liblua5.2-dev",
    })
  else
    local info = core.info()
    add("ok", ("core loaded: version %s (Lua ABI %s)"):format(tostring(core.version()), tostring(info.lua_abi)))
    if info.error then
      add("error", "the core's engine does not start: " .. tostring(info.error),
        { "check the lexicon option (:help newsmark-option-lexicon)", "rebuild with `make` in " .. dir })
    end
    if info.jit then
      add("ok", "PCRE2 JIT is on")
    else
      add("warn", "PCRE2 JIT is off: analysis works but is several times slower",
        { "use a PCRE2 built with JIT (Debian's libpcre2-8-0 is) and rebuild with `make`" })
    end
    if info.tagger then
      add("ok", "trained tagger loaded")
    elseif nm.config().tagger ~= false then
      add("warn", "the core runs without its trained tagger: names are found by rules only",
        { "rebuild with `make` so the model is embedded" })
    end
  end

  local problems = nm.config_problems()
  if #problems == 0 then
    add("ok", "configuration is valid")
  else
    for _, p in ipairs(problems) do
      add("error", "configuration: " .. p, { "fix it in require('newsmark').setup{...} or g:newsmark (:help newsmark-options)" })
    end
  end
  local cfg = nm.config()
  if cfg.lexicon then
    local f = io.open(cfg.lexicon, "r")
    if f then
      f:close()
      add("ok", "user lexicon readable: " .. cfg.lexicon)
    else
      add("error", "user lexicon not readable: " .. cfg.lexicon, { "correct the lexicon option or create the file" })
    end
  end
  if #cfg.filetypes == 0 then
    add("info", "automatic enabling is off (filetypes = {}); use :Newsmark enable")
  else
    add("info", "enabled automatically for filetypes: " .. table.concat(cfg.filetypes, ", "))
  end
  return out
end

-- :checkhealth newsmark.  vim.health (0.8+; start/ok/... from 0.10) or the
-- older require("health") with report_* (0.7).
function M.check()
  local h = vim.health or require("health")
  local start = h.start or h.report_start
  local fns = {
    ok = h.ok or h.report_ok, warn = h.warn or h.report_warn,
    error = h.error or h.report_error, info = h.info or h.report_info,
  }
  start("newsmark")
  for _, r in ipairs(M.report()) do
    if r.level == "ok" or r.level == "info" then
      fns[r.level](r.msg)
    else
      fns[r.level](r.msg, r.advice)
    end
  end
end

return M
