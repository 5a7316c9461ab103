-- edge_inputs.lua -- hostile and degenerate inputs every entry point must
-- survive (issue 6).  Each entry is { name, text }.  The texts are written
-- for these tests; none comes from a corpus.
--
-- small(): cheap inputs, run through every entry point and sanitizer.
-- big(): the large ones (50 MB single line, 100,000 quote marks, ...), which
--        the sanitizer runs may scale down with NM_BIG_MB.
local M = {}

local S = "Minister Ana Kovacs said on Tuesday that the port would reopen."

-- One sentence with a malformed sequence placed before a name, inside a word,
-- inside a quotation and at the very end, so that every position class meets
-- the tokenizer, the quote finder and the attribution rules.
local function everywhere(bad)
  return bad .. "Minister Ana" .. bad .. " Kovacs said: \"The port" .. bad ..
    " will reopen,\" she told reporters in Tir" .. bad .. "ana." .. bad
end

function M.small()
  local t = {
    { "empty", "" },
    { "one byte", "A" },
    { "one byte quote", "\"" },
    { "one byte NUL", "\0" },
    { "one byte 0xFF", "\255" },
    { "only spaces", "   " },
    { "only whitespace mix", " \t\n\r\n\f\v \194\160 \226\128\131\n\n" },
    { "only newlines", ("\n"):rep(1000) },
    -- invalid UTF-8, by position class
    { "bad lead byte 0xFF", everywhere("\255") },
    { "bad lead byte 0xC0", everywhere("\192") },
    { "bad lead byte 0xF8", everywhere("\248\136\128\128\128") },
    { "lone continuation", everywhere("\128") },
    { "continuation run", everywhere("\191\128\191") },
    { "truncated 2-byte", everywhere("\195") },
    { "truncated 3-byte", everywhere("\226\128") },
    { "truncated 4-byte", everywhere("\240\159\152") },
    { "truncated at end of input", S .. "\226\128" },
    { "overlong slash", everywhere("\192\175") },
    { "overlong 3-byte NUL", everywhere("\224\128\128") },
    { "overlong 4-byte", everywhere("\240\130\130\172") },
    { "surrogate high", everywhere("\237\160\128") },
    { "surrogate low", everywhere("\237\191\191") },
    { "surrogate pair (CESU-8)", everywhere("\237\160\189\237\184\128") },
    { "beyond U+10FFFF", everywhere("\244\144\128\128") },
    { "noncharacter U+FFFF", everywhere("\239\191\191") },
    { "BOM at start", "\239\187\191" .. S },
    { "Latin-1 text", "Jos\233 Mart\237nez said \171no\187 to the plan." },
    { "all bytes", (function()
        local b = {}
        for i = 0, 255 do b[#b + 1] = string.char(i) end
        return table.concat(b) .. table.concat(b):reverse()
      end)() },
    -- NUL bytes
    { "NUL inside words", "Ana\0Kovacs sa\0id \"port\0s\" close." },
    { "NUL runs", ("\0"):rep(5000) .. S .. ("\0"):rep(5000) },
    { "NUL between sentences", S .. "\0\0" .. S },
    -- line ends
    { "CRLF", "Ana Kovacs said the port was closed.\r\n\r\n\"It will reopen,\" she said.\r\n" },
    { "lone CR", "Ana Kovacs said the port was closed.\r\r\"It will reopen,\" she said.\r" },
    { "mixed line ends", "Ana Kovacs\r\nsaid\rthe port\n\rwas closed.\n\r\n\r" },
    { "unicode line separators", "Ana Kovacs said\226\128\168the port\226\128\169was closed.\194\133" },
    -- quote marks
    { "unbalanced open", "\"The port will reopen, Ana Kovacs said.\n\n\"Another opening." },
    { "unbalanced close", "The port will reopen,\" Ana Kovacs said.\" And \226\128\157 more." },
    { "stray typographic marks", "\226\128\156 \226\128\157 \226\128\152 \226\128\153 \194\171 \194\187 \227\128\140 \227\128\141 \226\128\158" },
    { "quote then EOF", "Ana Kovacs said, \226\128\156" },
    { "apostrophes everywhere", "'''Ana' 'Kovacs's' port's' said ''reopen'' '" },
    { "alternating marks", ("\"'\226\128\156\226\128\152"):rep(500) },
    -- odd tokens
    { "all caps text", ("MINISTER ANA KOVACS SAID ON TUESDAY THAT \"THE PORT WILL REOPEN,\" " ..
        "ACCORDING TO OFFICIALS IN TIRANA. "):rep(20) },
    { "all caps one word", ("KOVACS "):rep(2000) },
    { "dots", ("."):rep(10000) },
    { "dashes", ("-"):rep(10000) .. " \226\128\148\226\128\148 " .. ("-"):rep(3) },
    { "abbreviations only", ("Mr. Dr. U.S. Sept. J. "):rep(500) },
    { "said only", ("said "):rep(3000) },
    { "according to only", ("According to, according to "):rep(1000) },
    { "told chain", ("Ana told Bo told Cy that "):rep(500) },
    { "cue words and marks", ("said \" told ' according to \226\128\156 noted that "):rep(500) },
    { "apostrophe-s run", ("'s"):rep(5000) },
    { "digits and separators", ("1,000.5:30/9-11 "):rep(1000) },
    { "combining marks", "A" .. ("\204\129"):rep(3000) .. " said." },
    { "emoji", ("\240\159\152\128 "):rep(2000) .. S },
    { "RTL and CJK", "\216\167\217\132\217\136\216\178\217\138\216\177 said \227\128\140\230\151\165\230\156\172\227\128\141 \228\184\173\229\155\189." },
    { "control characters", "Ana\1\2\3\27[31m Kovacs\127 said \8\8\8 \"x\"" },
    { "tabs and form feeds", "Ana\tKovacs\fsaid\v\"the\tport\"." },
  }
  return t
end

-- n nested quotations, alternating double and single typographic marks,
-- each level opened by a speaker: “A said ‘B said “C said ... ” ’ ”.
function M.nested(n)
  local open, close = {}, {}
  for i = 1, n do
    local dbl = i % 2 == 1
    open[i] = "Speaker" .. i .. " said " .. (dbl and "\226\128\156" or "\226\128\152")
    close[n - i + 1] = (dbl and "\226\128\157" or "\226\128\153") .. " "
  end
  return table.concat(open) .. "the core" .. table.concat(close)
end

-- n nested straight double quotes: "" " " ... with words between.
function M.nested_straight(n)
  return ("He said \""):rep(n) .. "deep" .. ("\" "):rep(n)
end

-- A single line of about mb megabytes of ordinary prose: sentences with
-- names, cues and quotation marks, but not one line break.
function M.long_line(mb)
  local parts = {
    "The committee met again on Monday and the talks went on for hours. ",
    "Ana Kovacs, the port authority's director, said the cranes were idle. ",
    "\"We cannot wait for another season,\" she told reporters. ",
    "According to the ministry, shipments fell by a third last year. ",
    "Officials in Tirana added that the delay would cost millions. ",
    "Mr. Bo Lind, a union leader, warned that workers would strike. ",
  }
  local chunk = table.concat(parts)
  local want = math.floor(mb * 1000000)
  return chunk:rep(math.ceil(want / #chunk)):sub(1, want)
end

function M.big()
  local mb = tonumber(os.getenv("NM_BIG_MB") or "") or 50
  return {
    { "100,000 straight quote marks", ("\""):rep(100000) },
    { "100,000 quote marks with words", ("\"a "):rep(100000) },
    { "100,000 typographic opening marks", ("\226\128\156"):rep(100000) },
    { "nested quotes 1,000 deep", M.nested(1000) },
    { "nested straight quotes 1,000 deep", M.nested_straight(1000) },
    { "10,000-character token", ("a"):rep(10000) },
    { "10,000-character capitalised token then said", "K" .. ("o"):rep(9999) .. " said \"yes\"." },
    { "10,000-character token of two-byte letters", ("\195\169"):rep(5000) },
    { "10,000-digit number", ("9"):rep(10000) },
    { "10,000-character hyphenated token", ("a-"):rep(5000) .. "b" },
    { "10,000-character dotted token", ("U."):rep(5000) },
    { "1,000,000-character token", ("x"):rep(1000000) },
    { ("%g MB single line"):format(mb), M.long_line(mb) },
  }
end

return M
