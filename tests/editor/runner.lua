-- Runs the editor specs with busted inside the editor's own Lua: Neovim's
-- LuaJIT (Lua 5.1 ABI) or Vim's +lua (Lua 5.2).  Started by run-nvim.sh and
-- run-vim.sh; prints busted's TAP on stdout and exits the editor.
local root = os.getenv("NEWSMARK_ROOT") or "."
local v = rawget(_G, "jit") and "5.1" or _VERSION:match("%d+%.%d+")
package.path = root .. "/tests/editor/?.lua;" .. root .. "/lua/?.lua;" .. root .. "/lua/?/init.lua;"
  .. "/usr/share/lua/" .. v .. "/?.lua;/usr/share/lua/" .. v .. "/?/init.lua;" .. package.path
package.cpath = "/usr/lib/x86_64-linux-gnu/lua/" .. v .. "/?.so;" .. package.cpath
arg = { "-o", "TAP", root .. "/tests/editor" }
local ok, err = pcall(require("busted.runner"), { standalone = false })
io.stdout:flush()
if not ok then
  io.stdout:write("not ok - busted did not run: " .. tostring(err) .. "\n")
  os.exit(1)
end
os.exit(0)
