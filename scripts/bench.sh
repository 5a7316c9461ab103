#!/bin/sh
# make bench: full analysis of a >= 5 MB news text made by repeating and
# shuffling the corpus texts (or the project's own fixtures when ../shared is
# absent).  Prints MB/s and peak memory.  A benchmark, not a test.
set -e
B=${B:-build}
SHARED=${SHARED:-../shared}
MB=${MB:-5}
if [ -d "$SHARED/corpus" ]; then
    files=$(ls "$SHARED"/corpus/polnear-dev/*.txt "$SHARED"/corpus/conllpp-dev/*.txt)
else
    files=$(ls tests/fixtures/*.txt)
fi
echo "== core: $MB MB, tagger on"
"$B/nm-bench" -m "$MB" $files
echo "== core: $MB MB, baseline (no tagger)"
"$B/nm-bench" -m "$MB" --no-tagger $files
sh scripts/bench-editor.sh
