-- What the core says about the sample article, for the end-to-end tests to
-- compare the screen against (so they follow the core as detection changes).
--   luajit tests/e2e/facts.lua first_quote_row | person_with_title | top_entity
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
if arg[1] == "top_entity" then
  -- the first entry of :Newsmark entities, as the plugin's model builds it
  local model = require("newsmark.model")
  local lines = {}
  for l in (t:gsub("\n$", "") .. "\n"):gmatch("(.-)\n") do lines[#lines + 1] = l end
  local d = model.new(#lines)
  d:process({
    get_lines = function(a, b) local o = {} for i = a + 1, b do o[#o + 1] = lines[i] end return o end,
    analyze = core.analyze,
  })
  local it = d:entity_items()[1]
  print(it and (it.row .. "\t" .. it.label) or "-1")
elseif arg[1] == "first_quote_row" then
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
