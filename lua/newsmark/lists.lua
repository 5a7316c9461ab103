-- newsmark.lists -- :Newsmark quotes (location list) and :Newsmark entities
-- (a picker that jumps to the chosen entity's first mention).
local M = {}

function M.quotes(A, doc, buf)
  local items = doc:quote_items()
  A.loclist(buf, items, "newsmark quotes")
  if #items == 0 then
    A.echo("newsmark: no quotes in this buffer")
  end
  return items
end

function M.entities(A, doc)
  local items = doc:entity_items()
  if #items == 0 then
    A.echo("newsmark: no entities in this buffer")
    return items
  end
  local labels = {}
  for i, it in ipairs(items) do labels[i] = it.label end
  A.select(labels, "newsmark entities", function(idx)
    local it = idx and items[idx]
    if it and it.row then A.jump_to(it.row, it.col) end
  end)
  return items
end

return M
