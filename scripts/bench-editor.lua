-- make bench, editor part: run by bench-editor.sh inside headless Neovim
-- and inside Vim (silent Ex mode, +lua) through the same adapter.
-- Builds buffers of about 50 KB and 5 MB from news texts, then measures:
-- enable -> highlights, the longest single blocking step, and the update
-- after one edit (median and best of 15).  Prints one line per figure, each
-- as wall-clock time and, in brackets, CPU time of the editor process (on a
-- shared machine the second is the steadier one, and the best of several
-- runs the one least disturbed by other processes).
local nm = require("newsmark")
local A = require("newsmark.adapter")
local nvim = A.name == "nvim"
local function cpu() return os.clock() * 1000 end
local now
if nvim then
  local uv = vim.uv or vim.loop
  now = function() return uv.hrtime() / 1e6 end
else
  now = function() return vim.fn.reltimefloat(vim.fn.reltime()) * 1000 end
end
local function cmd(s) if nvim then vim.cmd(s) else vim.command(s) end end
local function set_lines(from, to, lines)
  if nvim then
    vim.api.nvim_buf_set_lines(0, from, to, false, lines)
  elseif to == -1 then
    cmd("silent %delete _")
    vim.fn.setline(1, A.tovim(lines))
  else
    vim.fn.setline(from + 1, lines[1])
  end
end
local function wait_until(cond)
  local t0 = now()
  while not cond() and now() - t0 < 60000 do
    if nvim then vim.wait(1) else cmd("sleep 1m") end
  end
end
local function out(s) io.stdout:write(s, "\n") end

local files = {}
for f in (os.getenv("NEWSMARK_BENCH_FILES") or ""):gmatch("%S+") do files[#files + 1] = f end
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
  local c = {}
  for i, v in ipairs(t) do c[i] = v end
  table.sort(c)
  return c[math.ceil(#c / 2)]
end
local function best(t)
  local b = math.huge
  for _, v in ipairs(t) do b = math.min(b, v) end
  return b
end

-- enable -> highlights, `runs` times on the same text (the first run pays
-- for first use: the core's memory, module loading); the figures to judge
-- are CPU times, best of the runs, since the machine is shared.
local function bench(label, bytes, runs)
  local lines, n = lines_of(bytes)
  cmd("enew!")
  cmd("setlocal buftype=nofile noswapfile")
  set_lines(0, -1, lines)
  local st
  local firsts, cfirsts, alls, calls, steps, csteps = {}, {}, {}, {}, {}, {}
  for _ = 1, runs do
    nm._reset()
    nm.setup({ filetypes = {}, debounce = 100000 })
    local t0, c0 = now(), cpu()
    nm.enable(0)
    firsts[#firsts + 1], cfirsts[#cfirsts + 1] = now() - t0, cpu() - c0
    st = nm._state(0)
    wait_until(function() return not st.doc:is_dirty() end)
    alls[#alls + 1], calls[#calls + 1] = now() - t0, cpu() - c0
    steps[#steps + 1] = st.max_step * 1000
    csteps[#csteps + 1] = st.max_step_cpu * 1000
  end
  -- the update after one edit: a sentence added to a line in the middle,
  -- and the update the debounce timer would run
  local edits, cedits = {}, {}
  for k = 1, 15 do
    local row = math.floor(#lines / 2) + k * 3
    local line = A.get_lines(st.buf, row, row + 1)[1] or ""
    local e0, ec0 = now(), cpu()
    set_lines(row, row + 1, { line .. " Mr. Pat Doe said so." })
    nm.doc(0)
    edits[#edits + 1] = now() - e0
    cedits[#cedits + 1] = cpu() - ec0
  end
  out(("%-6s %7.1f KB, %d part(s)"):format(label, n / 1024, #st.doc.chunks))
  out(("%-6s enable -> first highlights  %7.1f ms (cpu %6.1f)  first run; cpu best of %d %6.1f")
    :format(label, firsts[1], cfirsts[1], runs, best(cfirsts)))
  out(("%-6s enable -> all highlights    %7.1f ms (cpu %6.1f)  first run; cpu best of %d %6.1f")
    :format(label, alls[1], calls[1], runs, best(calls)))
  out(("%-6s longest blocking step       %7.1f ms (cpu %6.1f)  first run; cpu best of %d %6.1f")
    :format(label, steps[1], csteps[1], runs, best(csteps)))
  out(("%-6s update after one edit       %7.1f ms (cpu %6.1f)  median of 15; cpu best %5.1f")
    :format(label, median(edits), median(cedits), best(cedits)))
end

A.notify = function() end
local t0 = now()
nm.core()
require("newsmark.core").analyze("Warm up.")
out(("core load and engine start (once per session) %.1f ms"):format(now() - t0))
bench("50 KB", 50 * 1024, 5)
if os.getenv("NEWSMARK_BENCH_BIG") ~= "0" then bench("5 MB", 5 * 1024 * 1024, 1) end
cmd("qa!")
