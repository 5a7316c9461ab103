-- newsmark.highlight -- draws one analysed chunk: clears the chunk's rows of
-- newsmark's marks and sets the new ones, in whichever editor we are in.
local model = require("newsmark.model")
local M = {}

-- draw(A, buf, chunk, cfg): A is the editor adapter.
function M.draw(A, buf, chunk, cfg)
  local prefix = cfg.virtual_text and cfg.virtual_text_prefix or nil
  local marks, labels = model.chunk_marks(chunk, cfg.kinds, prefix)
  A.clear(buf, chunk.first, chunk.first + chunk.n)
  A.draw(buf, marks, labels)
end

function M.clear(A, buf)
  A.clear(buf, 0, -1)
end

return M
