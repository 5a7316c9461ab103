-- newsmark.config -- the options, their defaults and their validation.
--
-- Every option is documented here, where it is defined, and in
-- doc/newsmark.txt (|newsmark-options|).  Validation never raises: it returns
-- the merged options and a list of one-line problems, and a bad value falls
-- back to its default, so a typo in a user's configuration costs one message,
-- not a broken editor.
local M = {}

M.kinds = { "person", "title", "org", "place", "date", "quote", "speaker", "cue" }

M.mapping_names = {
  "next_quote", "prev_quote", "next_mention", "prev_mention",
  "next_same", "prev_same", "info",
}

M.defaults = {
  -- Filetypes on which newsmark enables itself when a buffer gets that
  -- filetype.  {} turns automatic enabling off (use :Newsmark enable).
  filetypes = { "text" },
  -- Which kinds are highlighted.  Each kind is true or false; a missing kind
  -- keeps its default (true).  "speaker" and "cue" belong to quotes.
  kinds = {
    person = true, title = true, org = true, place = true, date = true,
    quote = true, speaker = true, cue = true,
  },
  -- Text after the last line of each quote naming its speaker ("— Wang Yi");
  -- false turns it off.  Vim needs patch 9.0.0067 (virtual text) for it.
  virtual_text = true,
  -- What goes before the speaker's name in that virtual text.
  virtual_text_prefix = "— ",
  -- Milliseconds to wait after the last change before analysing again.
  debounce = 150,
  -- Buffers larger than this many bytes are not analysed at all (one message).
  max_bytes = 32 * 1024 * 1024,
  -- Larger buffers are analysed in parts of about this many bytes, cut at
  -- blank lines, spread over several event-loop turns so typing never stalls.
  -- Names are linked to one another only within a part.  64 KB: a part
  -- costs 20-50 ms (2026-11-28), under the 100 ms an editor may block, and
  -- still holds the longest articles whole.
  chunk_bytes = 64 * 1024,
  -- Milliseconds of analysis per event-loop turn on large buffers.
  budget_ms = 40,
  -- Buffer-local key mappings, set only where newsmark is enabled.  Each is a
  -- key sequence or false; mappings = false turns all of them off.  The
  -- <Plug> mappings (|newsmark-plug|) always exist for your own mappings.
  mappings = {
    next_quote = ']"', prev_quote = '["', info = "K",
    next_mention = false, prev_mention = false,
    next_same = false, prev_same = false,
  },
  -- The info popup: border style ("rounded", "single", "double", "solid",
  -- "none" or a list of 8 characters in Neovim), largest size in cells.
  popup = { border = "rounded", max_width = 80, max_height = 20 },
  -- A user lexicon file (see |newsmark-core-api|) given to the core, or nil.
  lexicon = nil,
  -- false runs the core without its trained tagger (rules and lexicons only).
  tagger = true,
  -- Jumps wrap around the buffer end: nil follows 'wrapscan', or true/false.
  wrap = nil,
}

local function copy(v)
  if type(v) ~= "table" then return v end
  local t = {}
  for k, x in pairs(v) do t[k] = copy(x) end
  return t
end
M.copy = copy

local function is_list_of_strings(v)
  if type(v) ~= "table" then return false end
  for k, x in pairs(v) do
    if type(k) ~= "number" or type(x) ~= "string" then return false end
  end
  return true
end

-- Vim script has no booleans in older code and Vim's Lua turns v:true and
-- v:false into 1 and 0: accept those where a boolean is expected.
local function bool(v)
  if v == 1 then return true end
  if v == 0 then return false end
  return v
end

local function set_of(list)
  local s = {}
  for _, x in ipairs(list) do s[x] = true end
  return s
end
local KIND = set_of(M.kinds)
local MAPPING = set_of(M.mapping_names)
local BORDERS = set_of({ "rounded", "single", "double", "solid", "none", "shadow" })

-- Checks one option; returns the value to use and an error or nil.
local checks = {}
function checks.filetypes(v)
  if is_list_of_strings(v) then return v end
  return nil, "filetypes must be a list of filetype names, e.g. { \"text\", \"markdown\" }"
end
function checks.kinds(v)
  if type(v) ~= "table" then return nil, "kinds must be a table like { date = false }" end
  local out = copy(M.defaults.kinds)
  for k, x in pairs(v) do
    x = bool(x)
    if not KIND[k] then
      return nil, ("kinds: unknown kind '%s' (known: %s)"):format(tostring(k), table.concat(M.kinds, ", "))
    end
    if type(x) ~= "boolean" then return nil, ("kinds.%s must be true or false"):format(k) end
    out[k] = x
  end
  return out
end
function checks.virtual_text(v)
  v = bool(v)
  if type(v) == "boolean" then return v end
  return nil, "virtual_text must be true or false"
end
function checks.virtual_text_prefix(v)
  if type(v) == "string" then return v end
  return nil, "virtual_text_prefix must be a string"
end
local function positive_number(name, min)
  return function(v)
    if type(v) == "number" and v >= min and v == v then return v end
    return nil, ("%s must be a number >= %d"):format(name, min)
  end
end
checks.debounce = positive_number("debounce", 0)
checks.max_bytes = positive_number("max_bytes", 1)
checks.chunk_bytes = positive_number("chunk_bytes", 1024)
checks.budget_ms = positive_number("budget_ms", 1)
function checks.mappings(v)
  if bool(v) == false then
    local off = {}
    for _, n in ipairs(M.mapping_names) do off[n] = false end
    return off
  end
  if type(v) ~= "table" then return nil, "mappings must be a table or false" end
  local out = copy(M.defaults.mappings)
  for k, x in pairs(v) do
    if x == 0 then x = false end
    if not MAPPING[k] then
      return nil, ("mappings: unknown mapping '%s' (known: %s)"):format(tostring(k), table.concat(M.mapping_names, ", "))
    end
    if x ~= false and (type(x) ~= "string" or x == "") then
      return nil, ("mappings.%s must be a key sequence or false"):format(k)
    end
    out[k] = x
  end
  return out
end
function checks.popup(v)
  if type(v) ~= "table" then return nil, "popup must be a table like { border = \"single\" }" end
  local out = copy(M.defaults.popup)
  for k, x in pairs(v) do
    if k == "border" then
      if not (type(x) == "string" and BORDERS[x]) and not is_list_of_strings(x) then
        return nil, "popup.border must be rounded, single, double, solid, shadow, none or a list of characters"
      end
    elseif k == "max_width" or k == "max_height" then
      if type(x) ~= "number" or x < 1 then return nil, ("popup.%s must be a number >= 1"):format(k) end
    else
      return nil, ("popup: unknown field '%s' (known: border, max_width, max_height)"):format(tostring(k))
    end
    out[k] = x
  end
  return out
end
function checks.lexicon(v)
  if v == nil or type(v) == "string" then return v end
  return nil, "lexicon must be the path of a lexicon file (a string)"
end
function checks.tagger(v)
  v = bool(v)
  if type(v) == "boolean" then return v end
  return nil, "tagger must be true or false"
end
function checks.wrap(v)
  v = bool(v)
  if v == nil or type(v) == "boolean" then return v end
  return nil, "wrap must be true, false or nil (follow 'wrapscan')"
end

-- validate(opts) -> options, problems
-- `options` is the defaults overlaid with every valid value of `opts`;
-- `problems` is a list of messages (empty when all is well).
function M.validate(opts)
  local cfg = copy(M.defaults)
  local problems = {}
  if opts == nil then return cfg, problems end
  if type(opts) ~= "table" then
    return cfg, { "setup() takes a table of options, got " .. type(opts) }
  end
  for k, v in pairs(opts) do
    local check = checks[k]
    if not check then
      problems[#problems + 1] = ("unknown option '%s'"):format(tostring(k))
    else
      local val, err = check(v)
      if err then
        problems[#problems + 1] = err
      else
        cfg[k] = val
      end
    end
  end
  table.sort(problems)
  return cfg, problems
end

return M
