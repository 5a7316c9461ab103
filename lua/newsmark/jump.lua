-- newsmark.jump -- ]" [" and the mention jumps: find the target in the model,
-- move there through the adapter (which records the jumplist).
local M = {}

-- jump(A, doc, kind, forward, count, wrap) -> true | false
-- kind: "quote", "mention" or "same".  wrap: nil follows 'wrapscan'.
function M.jump(A, doc, kind, forward, count, wrap)
  if wrap == nil then wrap = A.wrapscan() end
  local row, col = A.cursor()
  local r, c, wrapped = doc:jump(kind, forward, row, col, count, wrap)
  if not r then
    A.echo(c)
    return false
  end
  A.jump_to(r, c)
  if wrapped then
    A.echo(forward and "newsmark: hit BOTTOM, continuing at TOP"
      or "newsmark: hit TOP, continuing at BOTTOM")
  end
  return true
end

return M
