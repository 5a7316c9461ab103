-- What the core says about the sample article, for the end-to-end tests to
-- compare the screen against (so they follow the core as detection changes).
--   luajit tests/e2e/facts.lua first_quote_row | person_with_title
local core = require("newsmark.core")
local f = assert(io.open("tests/fixtures/sample-article.txt"))
local t = f:read("*a")
f:close()
local r = assert(core.analyze(t))
local function row(off)
  local n = 0
  for _ in t:sub(1, off):gmatch("\n") do n = n + 1 end
  return n
end
if arg[1] == "first_quote_row" then
  local best
  for _, q in ipairs(r.quotes) do
    if not best or q.start < best then best = q.start end
  end
  print(best and row(best) or -1)
elseif arg[1] == "person_with_title" then
  for _, e in ipairs(r.entities) do
    if e.type == "person" and e.titles[1] and #e.mentions > 0 then
      local m = e.mentions[1]
      local line_start = (t:sub(1, m[1]):match(".*\n()") or 1) - 1
      print(row(m[1]) .. "\t" .. t:sub(m[1] + 1, m[2]) .. "\t" .. e.name .. "\t" .. e.titles[1]
        .. "\t" .. (m[1] - line_start))
      return
    end
  end
end
