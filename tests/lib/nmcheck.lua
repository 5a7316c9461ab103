-- nmcheck.lua -- helpers shared by the robustness specs (tests/cli, tests/core):
-- run the `newsmark` command, parse its JSON, and check the invariants every
-- result must keep whatever the input: offsets inside the input and on
-- character boundaries, ids that point at existing entities, valid UTF-8 out.
local json = dofile("/usr/share/lua/5.1/dkjson.lua")
-- LPeg makes decoding the large results several times faster, when present.
if pcall(require, "lpeg") then json = json.use_lpeg() end
local M = { json = json }

-- The binary under test: build/newsmark, or $NM_BIN (the sanitizer run points
-- it at build-san/newsmark).
M.bin = os.getenv("NM_BIN") or "build/newsmark"

local function slurp(path)
  local f = io.open(path, "rb")
  if not f then return nil end
  local s = f:read("*a")
  f:close()
  return s
end
M.slurp = slurp

function M.write(path, data)
  local f = assert(io.open(path, "wb"))
  f:write(data)
  f:close()
  return path
end

-- A temporary file holding data; removed by M.cleanup().
local temps = {}
function M.tempfile(data)
  local p = os.tmpname()
  temps[#temps + 1] = p
  if data then M.write(p, data) end
  return p
end
function M.cleanup()
  for _, p in ipairs(temps) do os.remove(p) end
  temps = {}
end

local function shq(s)
  return "'" .. s:gsub("'", "'\\''") .. "'"
end
M.shq = shq

-- Runs newsmark with the given argument list (strings, not quoted) and
-- optional standard input.  Returns stdout, stderr, exit code.  A `timeout`
-- turns a hang into exit code 124 instead of a stuck suite.
function M.run(args, input, secs)
  local out, err = os.tmpname(), os.tmpname()
  local cmd = { "timeout", tostring(secs or 300), M.bin }
  for _, a in ipairs(args or {}) do cmd[#cmd + 1] = shq(a) end
  local inpath
  if input then
    inpath = os.tmpname()
    M.write(inpath, input)
    cmd[#cmd + 1] = "<" .. shq(inpath)
  else
    cmd[#cmd + 1] = "</dev/null"
  end
  cmd[#cmd + 1] = ">" .. shq(out) .. " 2>" .. shq(err) .. "; echo $?"
  local p = assert(io.popen(table.concat(cmd, " ")))
  local rc = tonumber(p:read("*a"):match("%d+"))
  p:close()
  local o, e = slurp(out), slurp(err)
  os.remove(out)
  os.remove(err)
  if inpath then os.remove(inpath) end
  return o, e, rc
end

-- Decodes one JSON document (nulls kept as json.null); errors on bad JSON.
function M.decode(s)
  local obj, pos, err = json.decode(s, 1, json.null)
  if err then error("invalid JSON at byte " .. tostring(pos) .. ": " .. err, 2) end
  return obj
end

-- Length of the UTF-8 sequence at byte i of s (1-based) as the core decodes
-- it (nm_utf8_decode): a valid sequence, or 1 for an invalid byte.
local function seqlen(s, i)
  local c = s:byte(i)
  local need, cp, min
  if c < 0x80 then return 1
  elseif c >= 0xC2 and c <= 0xDF then need, cp, min = 1, c % 0x20, 0x80
  elseif c >= 0xE0 and c <= 0xEF then need, cp, min = 2, c % 0x10, 0x800
  elseif c >= 0xF0 and c <= 0xF4 then need, cp, min = 3, c % 0x08, 0x10000
  else return 1 end
  if i + need > #s then return 1 end
  for k = 1, need do
    local b = s:byte(i + k)
    if b < 0x80 or b > 0xBF then return 1 end
    cp = cp * 64 + b % 64
  end
  if cp < min or cp > 0x10FFFF or (cp >= 0xD800 and cp <= 0xDFFF) then return 1 end
  return need + 1
end

-- Whether s is entirely valid UTF-8.
function M.valid_utf8(s)
  local i, n = 1, #s
  while i <= n do
    -- skip ASCII runs quickly
    local j = s:find("[\128-\255]", i)
    if not j then return true end
    local l = seqlen(s, j)
    if l == 1 then return false, j - 1 end
    i = j + l
  end
  return true
end

-- Whether byte offset off (0-based) is a character boundary of s: not
-- inside a valid multi-byte sequence.  Invalid bytes are characters of
-- their own, as the core treats them.
function M.boundary(s, off)
  if off == 0 or off == #s then return true end
  local p = off + 1
  local b = s:byte(p)
  if b < 0x80 or b > 0xBF then return true end
  for k = 1, 3 do
    local q = p - k
    if q < 1 then break end
    local c = s:byte(q)
    if c < 0x80 or c > 0xBF then
      return seqlen(s, q) <= k
    end
  end
  return true
end

local function absent(v) return v == nil or v == json.null end

local SPACE = { [32] = true, [9] = true, [10] = true, [13] = true, [0] = true, [11] = true, [12] = true }

-- Checks every invariant of one result (from the CLI's JSON or the Lua
-- module) against its input text.  Returns nil when all hold, otherwise a
-- message naming the first problems.
function M.problems(r, text)
  local errs = {}
  local function bad(fmt, ...)
    if #errs < 5 then errs[#errs + 1] = string.format(fmt, ...) end
  end
  local n = #text
  local function range(what, a, b, nonempty)
    if type(a) ~= "number" or type(b) ~= "number" then
      bad("%s: non-numeric offsets", what) return
    end
    if a % 1 ~= 0 or b % 1 ~= 0 or a < 0 or b > n or a > b then
      bad("%s: [%s, %s) outside the input of %d bytes", what, a, b, n) return
    end
    if nonempty then
      if a == b then bad("%s: empty range at %d", what, a) return end
      if SPACE[text:byte(a + 1)] or SPACE[text:byte(b)] then
        bad("%s: [%d, %d) starts or ends with white space", what, a, b)
      end
    end
    if not M.boundary(text, a) or not M.boundary(text, b) then
      bad("%s: [%d, %d) cuts a UTF-8 character", what, a, b)
    end
  end
  if r.version ~= 1 then bad("version is %s", tostring(r.version)) end
  if type(r.entities) ~= "table" or type(r.spans) ~= "table" or type(r.quotes) ~= "table" then
    bad("entities, spans or quotes missing")
    return table.concat(errs, "; ")
  end
  local nent = #r.entities
  local function entref(what, id)
    if absent(id) then return end
    if type(id) ~= "number" or id < 0 or id >= nent or id % 1 ~= 0 then
      bad("%s: entity %s does not exist (%d entities)", what, tostring(id), nent)
    end
  end
  local types = { person = true, title = true, org = true, place = true, date = true }
  for i, e in ipairs(r.entities) do
    if e.id ~= i - 1 then bad("entity %d has id %s", i - 1, tostring(e.id)) end
    if not types[e.type] then bad("entity %d: type %s", i - 1, tostring(e.type)) end
    if type(e.name) ~= "string" or not M.valid_utf8(e.name) then
      bad("entity %d: name is not valid UTF-8", i - 1)
    end
    for k, m in ipairs(e.mentions or {}) do
      range(("entity %d mention %d"):format(i - 1, k), m[1], m[2], true)
    end
  end
  for i, s in ipairs(r.spans) do
    if not types[s.type] then bad("span %d: type %s", i, tostring(s.type)) end
    range("span " .. i, s.start, s["end"], true)
    entref("span " .. i, s.entity)
  end
  for i, q in ipairs(r.quotes) do
    local what = "quote " .. i
    range(what, q.start, q["end"], false)
    if type(q.direct) ~= "boolean" then bad("%s: direct is not a boolean", what) end
    for _, f in ipairs({ "cue", "speaker" }) do
      local v = q[f]
      if not absent(v) then
        range(what .. " " .. f, v[1], v[2], true)
        -- the content never holds its own cue or speaker
        if type(v[1]) == "number" and v[1] < q["end"] and v[2] > q.start then
          bad("%s: %s [%d, %d) overlaps the content [%d, %d)", what, f, v[1], v[2], q.start, q["end"])
        end
      end
    end
    entref(what, q.entity)
    entref(what .. " addressee", q.addressee)
  end
  if #errs == 0 then return nil end
  return table.concat(errs, "; ")
end

-- Parses CLI JSON output for one input and asserts every invariant.
function M.check_json(out, text)
  assert(M.valid_utf8(out), "output is not valid UTF-8")
  local r = M.decode(out)
  local p = M.problems(r, text)
  assert(p == nil, p)
  return r
end

return M
