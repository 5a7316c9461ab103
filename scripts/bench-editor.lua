-- make bench, editor part: run inside headless Neovim by bench-editor.sh.
-- Builds buffers of about 50 KB and 5 MB from news texts, then measures:
-- enable -> highlights, the longest single blocking step, and the update
-- after one edit (median of several).  Prints one line per figure, each as
-- wall-clock time and, in brackets, CPU time of the editor process (on a
-- shared machine the second is the steadier one).
local nm = require("newsmark")
local api = vim.api
local function now() return vim.loop.hrtime() / 1e6 end
local function cpu() return os.clock() * 1000 end
local function out(s) io.stdout:write(s, "\n") end

local files = vim.split(os.getenv("NEWSMARK_BENCH_FILES") or "", " ", { trimempty = true })
local paras = {}
for _, f in ipairs(files) do
  local h = io.open(f)
  if h then
    local t = h:read("*a")
    h:close()
    for p in (t .. "\n\n"):gmatch("(.-)\n%s*\n") do
      if p:find("%S") then paras[#paras + 1] = p end
    end
  end
end
assert(#paras > 0, "no input texts")

local function lines_of(bytes)
  local out, n, i = {}, 0, 0
  while n < bytes do
    i = i % #paras + 1
    for l in (paras[i] .. "\n"):gmatch("(.-)\n") do
      out[#out + 1] = l
      n = n + #l + 1
    end
    out[#out + 1] = ""
    n = n + 1
  end
  return out, n
end

local function median(t)
  table.sort(t)
  return t[math.ceil(#t / 2)]
end

local function bench(label, bytes)
  local lines, n = lines_of(bytes)
  vim.cmd("enew!")
  vim.bo.buftype = "nofile"
  api.nvim_buf_set_lines(0, 0, -1, false, lines)
  nm._reset()
  nm.setup({ filetypes = {}, debounce = 100000 })
  local t0, c0 = now(), cpu()
  nm.enable(0)
  local first, cfirst = now() - t0, cpu() - c0
  local st = nm._state(0)
  vim.wait(60000, function() return not st.doc:is_dirty() end, 1)
  local all, call = now() - t0, cpu() - c0
  local marks = #api.nvim_buf_get_extmarks(0, require("newsmark.adapter").ns, 0, -1, {})
  local edits, cedits = {}, {}
  for k = 1, 9 do
    local row = math.floor(#lines / 2) + k * 3
    local line = api.nvim_buf_get_lines(0, row, row + 1, false)[1] or ""
    local e0, ec0 = now(), cpu()
    api.nvim_buf_set_lines(0, row, row + 1, false, { line .. " Mr. Pat Doe said so." })
    nm.doc(0)   -- the update the debounce timer would run
    edits[#edits + 1] = now() - e0
    cedits[#cedits + 1] = cpu() - ec0
  end
  out(("%-6s %7.1f KB, %d part(s), %d marks"):format(label, n / 1024, #st.doc.chunks, marks))
  out(("%-6s enable -> first highlights  %7.1f ms (cpu %6.1f)"):format(label, first, cfirst))
  out(("%-6s enable -> all highlights    %7.1f ms (cpu %6.1f)"):format(label, all, call))
  out(("%-6s longest blocking step       %7.1f ms"):format(label, st.max_step * 1000))
  out(("%-6s update after one edit       %7.1f ms (cpu %6.1f)  median of 9"):format(label, median(edits), median(cedits)))
end

local t0 = now()
require("newsmark.adapter").notify = function() end
nm.core()
require("newsmark.core").analyze("Warm up.")
out(("core load and engine start (once per session) %.1f ms"):format(now() - t0))
bench("50 KB", 50 * 1024)
bench("5 MB", 5 * 1024 * 1024)
vim.cmd("qa!")
