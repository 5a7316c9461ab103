-- The `newsmark` command: every flag, standard input and files, several
-- files, exit codes and their one-line messages.
package.path = "tests/lib/?.lua;" .. package.path
local nm = require("nmcheck")
local json = nm.json

local ARTICLE = table.concat({
  "Harbour officials in Valparaiso said on Friday that the strike had ended.",
  "",
  "\"The cranes are moving again,\" said Marta Quispe, the port's director.",
  "According to the union, workers will vote next week.",
  "",
}, "\n")
local OTHER = "Senator Tomas Ferro told reporters that the bill would pass.\n"

-- Deep equality for decoded JSON (tables, strings, numbers, json.null).
local function same(a, b)
  if type(a) ~= type(b) then return false end
  if type(a) ~= "table" then return a == b end
  for k, v in pairs(a) do if not same(v, b[k]) then return false end end
  for k in pairs(b) do if a[k] == nil then return false end end
  return true
end

local function one_line(s)
  return s ~= nil and s:match("^newsmark: [^\n]+\n$") ~= nil
end

describe("newsmark command", function()
  local art, other
  setup(function()
    art = nm.tempfile(ARTICLE)
    other = nm.tempfile(OTHER)
  end)
  teardown(nm.cleanup)

  it("--help prints usage naming every option and exits 0", function()
    local out, err, rc = nm.run({ "--help" })
    assert.are.equal(0, rc)
    assert.are.equal("", err)
    assert.matches("^usage: newsmark", out)
    for _, f in ipairs({ "--text", "--json", "--jsonl", "--pretty", "--no-tagger",
                         "--lexicon", "--version", "--help" }) do
      assert.truthy(out:find(f, 1, true), "help does not mention " .. f)
    end
    local out2, _, rc2 = nm.run({ "-h" })
    assert.are.equal(0, rc2)
    assert.are.equal(out, out2)
  end)

  it("--version prints the version of the core", function()
    local out, err, rc = nm.run({ "--version" })
    assert.are.equal(0, rc)
    assert.are.equal("", err)
    assert.matches("^newsmark %d+%.%d+%.%d+\n$", out)
  end)

  it("an unknown option is a usage error: exit 1, one line naming it", function()
    local out, err, rc = nm.run({ "--jsn" }, ARTICLE)
    assert.are.equal(1, rc)
    assert.are.equal("", out)
    assert.is_true(one_line(err), err)
    assert.truthy(err:find("'--jsn'", 1, true))
    local _, err2, rc2 = nm.run({ "-x", art })
    assert.are.equal(1, rc2)
    assert.truthy(err2:find("'-x'", 1, true))
  end)

  it("--lexicon without a FILE is a usage error", function()
    local out, err, rc = nm.run({ "--json", "--lexicon" }, ARTICLE)
    assert.are.equal(1, rc)
    assert.are.equal("", out)
    assert.is_true(one_line(err), err)
    assert.truthy(err:find("--lexicon", 1, true))
  end)

  it("--lexicon with an unreadable FILE exits 2 naming it", function()
    local out, err, rc = nm.run({ "--json", "--lexicon", "/nonexistent/lex.txt" }, ARTICLE)
    assert.are.equal(2, rc)
    assert.are.equal("", out)
    assert.is_true(one_line(err), err)
    assert.truthy(err:find("/nonexistent/lex.txt", 1, true))
  end)

  it("--lexicon with a readable FILE analyses as usual", function()
    local lex = nm.tempfile("# my names\nperson\tMarta Quispe\n")
    local out, _, rc = nm.run({ "--json", "--lexicon", lex, art })
    assert.are.equal(0, rc)
    nm.check_json(out, ARTICLE)
  end)

  it("--text is the default and is a readable report", function()
    local def, err, rc = nm.run({}, ARTICLE)
    assert.are.equal(0, rc)
    assert.are.equal("", err)
    local txt = nm.run({ "--text" }, ARTICLE)
    assert.are.equal(def, txt)
    assert.matches("Who said what", txt)
    assert.matches("Entities", txt)
    assert.is_true(nm.valid_utf8(txt))
  end)

  it("--json prints one object that keeps the invariants", function()
    local out, err, rc = nm.run({ "--json" }, ARTICLE)
    assert.are.equal(0, rc)
    assert.are.equal("", err)
    local r = nm.check_json(out, ARTICLE)
    assert.are.equal(1, r.version)
    assert.is_nil(r.file)
    assert.is_true(#r.spans > 0)
  end)

  it("--pretty prints the same JSON over more lines", function()
    local plain = nm.run({ "--json" }, ARTICLE)
    local pretty, _, rc = nm.run({ "--json", "--pretty" }, ARTICLE)
    assert.are.equal(0, rc)
    assert.is_true(same(nm.decode(plain), nm.check_json(pretty, ARTICLE)))
    local _, nl1 = plain:gsub("\n", "")
    local _, nl2 = pretty:gsub("\n", "")
    assert.is_true(nl2 > nl1)
  end)

  it("--no-tagger still prints a valid result", function()
    local out, _, rc = nm.run({ "--json", "--no-tagger" }, ARTICLE)
    assert.are.equal(0, rc)
    nm.check_json(out, ARTICLE)
  end)

  it("reads standard input when no FILE is given, or for '-'", function()
    local from_stdin = nm.run({ "--json" }, ARTICLE)
    local from_dash = nm.run({ "--json", "-" }, ARTICLE)
    local from_file = nm.run({ "--json", art })
    assert.are.equal(from_stdin, from_dash)
    assert.are.equal(from_stdin, from_file)
  end)

  it("--json with several files prints an array with a file field each", function()
    local out, _, rc = nm.run({ "--json", art, other })
    assert.are.equal(0, rc)
    local arr = nm.decode(out)
    assert.are.equal(2, #arr)
    assert.are.equal(art, arr[1].file)
    assert.are.equal(other, arr[2].file)
    assert.is_nil(nm.problems(arr[1], ARTICLE))
    assert.is_nil(nm.problems(arr[2], OTHER))
  end)

  it("--jsonl prints one line per file with a file field, stdin as <stdin>", function()
    local out, _, rc = nm.run({ "--jsonl", art, "-", other }, OTHER)
    assert.are.equal(0, rc)
    local lines = {}
    for l in out:gmatch("[^\n]+") do lines[#lines + 1] = l end
    assert.are.equal(3, #lines)
    local files = {}
    for i, l in ipairs(lines) do files[i] = nm.decode(l).file end
    assert.are.same({ art, "<stdin>", other }, files)
    assert.is_nil(nm.problems(nm.decode(lines[1]), ARTICLE))
    assert.is_nil(nm.problems(nm.decode(lines[2]), OTHER))
  end)

  it("the last format flag wins and options may follow files", function()
    local a = nm.run({ "--json", "--jsonl", art })
    local b = nm.run({ art, "--jsonl" })
    assert.are.equal(a, b)
    assert.are.equal(art, nm.decode(a).file)
  end)

  it("'--' ends the options: a file may start with a dash", function()
    local dir = os.tmpname()
    os.remove(dir)
    assert(os.execute("mkdir " .. nm.shq(dir)) ~= false)
    local name = "--json"
    nm.write(dir .. "/" .. name, OTHER)
    local p = assert(io.popen("cd " .. nm.shq(dir) .. " && " .. nm.shq(os.getenv("PWD") .. "/" .. nm.bin)
      .. " --jsonl -- --json; echo \"rc=$?\""))
    local out = p:read("*a")
    p:close()
    os.remove(dir .. "/" .. name)
    os.remove(dir)
    assert.matches("rc=0", out)
    local r = nm.decode(out:match("^[^\n]+"))
    assert.are.equal("--json", r.file)
    assert.is_nil(nm.problems(r, OTHER))
  end)

  it("an unreadable file exits 2 with one line naming it; the others are still analysed", function()
    local out, err, rc = nm.run({ "--jsonl", art, "/nonexistent/x.txt", other })
    assert.are.equal(2, rc)
    assert.is_true(one_line(err), err)
    assert.truthy(err:find("'/nonexistent/x.txt'", 1, true))
    local n = 0
    for l in out:gmatch("[^\n]+") do nm.decode(l); n = n + 1 end
    assert.are.equal(2, n)
  end)

  it("a directory is an unreadable file (exit 2)", function()
    local out, err, rc = nm.run({ "--json", "/" })
    assert.are.equal(2, rc)
    assert.is_true(one_line(err), err)
    assert.truthy(err:find("'/'", 1, true))
    assert.are.equal("", out)
  end)

  it("--json with several files stays a valid array when one is unreadable", function()
    local out, _, rc = nm.run({ "--json", "/nonexistent/a", art, "/nonexistent/b" })
    assert.are.equal(2, rc)
    local arr = nm.decode(out)
    assert.are.equal(1, #arr)
    assert.are.equal(art, arr[1].file)
  end)

  it("input larger than NM_MAX_INPUT exits 3: 'is larger than N MB; analysis skipped'", function()
    -- a sparse file: no disk space, no reading, the size alone decides
    local big = nm.tempfile()
    assert(io.popen("truncate -s 1100M " .. nm.shq(big)):close() ~= false)
    local out, err, rc = nm.run({ "--jsonl", big, other }, nil, 60)
    os.remove(big)
    assert.are.equal(3, rc)
    assert.is_true(one_line(err), err)
    assert.are.equal("newsmark: '" .. big .. "' is larger than 1024 MB; analysis skipped\n", err)
    -- the other file is still analysed
    assert.are.equal(other, nm.decode(out).file)
  end)

  it("standard input larger than NM_MAX_INPUT exits 3 without reading it all", function()
    local p = assert(io.popen("head -c 1100000000 /dev/zero | timeout 120 " .. nm.shq(nm.bin)
      .. " --json 2>&1 >/dev/null; echo \"rc=$?\""))
    local out = p:read("*a")
    p:close()
    assert.matches("newsmark: '<stdin>' is larger than 1024 MB; analysis skipped\nrc=3", out)
  end)

  it("--text output is valid UTF-8 without control characters for any input", function()
    local text = "Ana\27[2J Kovacs\255 said \"x\1y\" \128told\r Bo."
    local out, _, rc = nm.run({ "--text" }, text)
    assert.are.equal(0, rc)
    assert.is_true(nm.valid_utf8(out))
    assert.is_nil(out:find("[%z\1-\9\11-\31\127]"))
  end)
end)

describe("newsmark --lexicon with bad lines", function()
  teardown(nm.cleanup)
  it("reports each bad line as FILE:LINE on standard error, skips it, and analyses", function()
    local long = "person " .. ("x"):rep(3000)
    local lex = nm.tempfile(table.concat({
      "# a comment",                 -- 1
      "person Marta Quispe",         -- 2 good
      "persn Bad Type",              -- 3 unknown type
      "",                            -- 4
      "place",                       -- 5 no name
      "org \255\254 Bad Bytes",      -- 6 invalid UTF-8
      "person A\0B",                 -- 7 NUL
      long,                          -- 8 too long
      "title harbour master\r",      -- 9 good (CRLF)
    }, "\n") .. "\n")
    local out, err, rc = nm.run({ "--json", "--lexicon", lex }, "Marta Quispe said so.")
    assert.are.equal(0, rc)
    nm.check_json(out, "Marta Quispe said so.")
    local lines = {}
    for l in err:gmatch("[^\n]+") do
      local n = l:match("^newsmark: " .. lex:gsub("%p", "%%%0") .. ":(%d+): .+$")
      assert.truthy(n, "not a FILE:LINE message: " .. l)
      lines[#lines + 1] = tonumber(n)
    end
    assert.are.same({ 3, 5, 6, 7, 8 }, lines)
  end)
end)
