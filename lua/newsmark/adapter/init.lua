-- newsmark.adapter -- picks the editor adapter: Neovim has vim.api, Vim's
-- +lua has vim.eval.  Both adapters offer the same functions (see nvim.lua).
if type(vim) == "table" and type(vim.api) == "table" then
  return require("newsmark.adapter.nvim")
end
return require("newsmark.adapter.vim")
