-- newsmark.highlight -- draws what one analysis found: clears newsmark's
-- marks from the rows it covers and sets the new ones, in whichever editor
-- we are in.
local model = require("newsmark.model")
local M = {}

-- draw(A, buf, chunk, cfg, from, to): A is the editor adapter; rows
-- [from, to) (default: the chunk's) are cleared, then the chunk's items
-- drawn.  After an edit `chunk` is only the re-analysed paragraphs' items.
function M.draw(A, buf, chunk, cfg, from, to)
  local prefix = cfg.virtual_text and cfg.virtual_text_prefix or nil
  local marks, labels = model.chunk_marks(chunk, cfg.kinds, prefix)
  A.clear(buf, from or chunk.first, to or chunk.first + chunk.n)
  A.draw(buf, marks, labels)
end

function M.clear(A, buf)
  A.clear(buf, 0, -1)
end

return M
