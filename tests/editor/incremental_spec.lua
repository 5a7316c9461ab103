-- Updates after an edit analyse only the changed paragraphs: the marks
-- they leave must be those a full analysis (:Newsmark refresh) leaves, in
-- the part that was edited and in the others, and the buffer's text,
-- 'modified' flag and undo history stay as the user left them.
local H = require("helper")
local nm = H.nm

-- Everything drawn, as comparable strings (group, position, covered text,
-- and the speaker labels).
local function picture()
  local out = {}
  for _, m in ipairs(H.marks()) do
    out[#out + 1] = ("%s %d:%d-%d:%d %s"):format(m[1], m[2], m[3], m[4], m[5], m.text)
  end
  for _, l in ipairs(H.labels()) do out[#out + 1] = ("label %d %s"):format(l[2], tostring(l.text)) end
  table.sort(out)
  return out
end

-- The fake core's article in the middle of plain paragraphs that name the
-- same people, so that each quote is found once and the buffer is larger
-- than the context an update reads.
local function buffer_lines(fillers)
  local lines = {}
  local function filler(i)
    lines[#lines + 1] = ("Paragraph %d: Ventham and Lugard met in Halverton on Tuesday."):format(i)
    lines[#lines + 1] = ""
  end
  for i = 1, fillers do filler(i) end
  for _, l in ipairs(H.article) do lines[#lines + 1] = l end
  lines[#lines + 1] = ""
  for i = fillers + 1, 2 * fillers do filler(i) end
  return lines
end

-- Runs the pending update now and returns the texts the core was given.
local function update()
  local core = require("newsmark.core")
  local texts, analyze = {}, core.analyze
  core.analyze = function(t) texts[#texts + 1] = t return analyze(t) end
  nm.doc(0)
  core.analyze = analyze
  return texts
end

-- What a full analysis draws for the buffer as it is now.
local function refreshed()
  nm.refresh(0)
  return picture()
end

describe("incremental updates (" .. H.editor .. ")", function()
  before_each(function() H.reset({ filetypes = {}, debounce = 100000 }) end)

  it("re-analyse only the edited paragraph and leave the marks a full analysis leaves", function()
    H.new_buffer(buffer_lines(60))
    nm.enable(0)
    local size = #table.concat(H.lines(), "\n")
    H.set_line(10, "Paragraph 6: Lugard and Clara Ventham met on Tuesday.")
    local texts = update()
    assert.are.equal(1, #texts)
    assert.is_true(#texts[1] < size / 2)
    assert.truthy(texts[1]:find("Lugard and Clara Ventham", 1, true))
    local got = picture()
    assert.truthy(table.concat(got, "\n"):find("NewsmarkPerson 10:24%-10:37 Clara Ventham"))
    assert.are.same(refreshed(), got)
  end)

  it("keep marks right after edits inside the quotes' paragraphs, above and below them", function()
    local lines = buffer_lines(40)
    H.new_buffer(lines)
    nm.enable(0)
    -- the article starts at row 80: its quote paragraph, then lines above and below
    H.set_line(84, "Piet Lugard told Ventham on Tuesday that the board agreed. “One map, one siren,")
    H.insert_lines(3, { "Clara Ventham came on Tuesday.", "" })
    H.delete_lines(100, 3)
    H.insert_lines(90, { "", "Lugard left Halverton." })
    update()
    local got = picture()
    assert.are.equal(3, #H.marks_of("NewsmarkQuote"))
    assert.are.same(refreshed(), got)
  end)

  it("keep marks right after edits in several parts and across a part's border", function()
    H.reset({ filetypes = {}, debounce = 100000, chunk_bytes = 1024, budget_ms = 1000 })
    H.new_buffer(buffer_lines(60))
    nm.enable(0)
    local chunks = nm._state(0).doc.chunks
    assert.is_true(#chunks > 4)
    local border = chunks[3].first
    H.delete_lines(border - 2, 4)                       -- across the border of parts 2 and 3
    H.set_line(chunks[#chunks].first + 2, "Paragraph 99: Clara Ventham spoke on Tuesday.")
    H.insert_lines(1, { "Piet Lugard wrote on Tuesday." })
    update()
    for _, m in ipairs(H.marks()) do assert.is_not.equal("", m.text) end
    assert.are.same(refreshed(), picture())
  end)

  it("leave the text, 'modified', changedtick and undo as the edit left them", function()
    H.edit_file(buffer_lines(20))
    nm.enable(0)
    H.set_line(6, "Paragraph 4: Piet Lugard spoke.")
    H.insert_lines(2, { "Clara Ventham wrote.", "" })
    H.wait(1)                              -- Vim: the listener hears of the edits
    local lines, tick = H.lines(), H.changedtick()
    local seq_last, seq_cur = H.undo_state()
    assert.is_true(H.modified())
    update()
    assert.are.same(lines, H.lines())
    assert.are.equal(tick, H.changedtick())
    assert.are.same({ seq_last, seq_cur }, { H.undo_state() })
    assert.is_true(H.modified())
    -- undo back to the file as read: not modified, and the marks follow
    H.cmd("silent undo")
    H.cmd("silent undo")
    assert.is_false(H.modified())
    tick = H.changedtick()
    update()
    assert.is_false(H.modified())
    assert.are.equal(tick, H.changedtick())
    assert.are.same(refreshed(), picture())
    H.cmd("bwipeout!")
  end)
end)
