-- newsmark.popup -- K / :Newsmark info: what is under the cursor, shown in a
-- popup at the cursor.
local M = {}

function M.info(A, doc, cfg)
  local row, col = A.cursor()
  local hit = doc:at(row, col)
  if not hit then
    A.echo("newsmark: no name or quote under the cursor")
    return false
  end
  local title, lines = doc:popup(hit)
  A.popup(title, lines, cfg.popup)
  return true
end

return M
