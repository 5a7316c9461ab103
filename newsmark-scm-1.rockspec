-- LuaRocks spec for plugin managers that install Neovim plugins as rocks
-- (rocks.nvim, packer's rocks support).  The core is built with the
-- project's own Makefile; the rock carries the Lua modules, the compiled
-- module and the runtime files (plugin/, autoload/, doc/).
rockspec_format = "3.0"
package = "newsmark"
version = "scm-1"
-- The repository has no public address yet (its git configuration names no
-- remote): source.url is to be filled in at publication.  Until then build
-- from a checkout with `luarocks make newsmark-scm-1.rockspec`, which uses
-- the files in the current directory and never fetches source.url.
source = {
  url = "git+https://address-to-be-filled-at-publication.invalid/newsmark.git",
}
description = {
  summary = "Highlights people, titles, orgs, places, dates and who said what in news articles",
  detailed = [[
newsmark is a Neovim (0.7.2+) and Vim 9 plugin with a fast C core that finds
the people, titles, organisations, places and dates in a news article and
every attributed claim -- direct quotes and reported speech -- with its cue
and speaker.  It highlights them, jumps between quotes and shows who is who.
]],
  labels = { "neovim", "vim", "journalism", "nlp" },
  license = "see the repository (no licence chosen yet)",
}
dependencies = {
  "lua >= 5.1",
}
external_dependencies = {
  PCRE2 = { header = "pcre2.h" },
}
build = {
  type = "make",
  build_target = "all",
  install_pass = false,
  install = {
    lua = {
      ["newsmark"] = "lua/newsmark/init.lua",
      ["newsmark.config"] = "lua/newsmark/config.lua",
      ["newsmark.model"] = "lua/newsmark/model.lua",
      ["newsmark.incremental"] = "lua/newsmark/incremental.lua",
      ["newsmark.highlight"] = "lua/newsmark/highlight.lua",
      ["newsmark.jump"] = "lua/newsmark/jump.lua",
      ["newsmark.popup"] = "lua/newsmark/popup.lua",
      ["newsmark.lists"] = "lua/newsmark/lists.lua",
      ["newsmark.health"] = "lua/newsmark/health.lua",
      ["newsmark.adapter"] = "lua/newsmark/adapter/init.lua",
      ["newsmark.adapter.nvim"] = "lua/newsmark/adapter/nvim.lua",
      ["newsmark.adapter.vim"] = "lua/newsmark/adapter/vim.lua",
    },
    lib = {
      ["newsmark.core"] = "lua/newsmark/core.so",
    },
  },
  copy_directories = { "plugin", "autoload", "doc" },
}
