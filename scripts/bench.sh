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
# Linear time: time per MB at 1, 10 and 100 MB must stay within 20% of each
# other, for ordinary text, one single line and 100,000 unclosed quote
# marks.  SCALE="1 10" (say) for a quicker look; SCALE= to skip.  The
# figure compared is CPU time (best of 3): on a shared machine the wall
# clock mostly measures the other processes.
SCALE=${SCALE-"1 10 100"}
if [ -n "$SCALE" ]; then
    echo "== core: time per MB at $SCALE MB (linear time: within 20%)"
    for shape in corpus line quotes; do
        line="$shape:"
        min="" max=""
        for mb in $SCALE; do
            # a quadratic step would take hours at 100 MB: give up after 5 min
            ms=$(timeout 300 "$B/nm-bench" -m "$mb" -r 3 --shape "$shape" $files | sed -n 's/^cpu time per MB: //p' | cut -d' ' -f1)
            if [ -z "$ms" ]; then
                line="$line  ${mb} MB over 300 s"
                max=999999
                break
            fi
            line="$line  ${mb} MB ${ms} ms/MB (cpu)"
            min=$(echo "$ms ${min:-$ms}" | awk '{print ($1 < $2) ? $1 : $2}')
            max=$(echo "$ms ${max:-$ms}" | awk '{print ($1 > $2) ? $1 : $2}')
        done
        spread=$(echo "$min $max" | awk '{printf "%.0f", ($2 / $1 - 1) * 100}')
        verdict=ok
        [ "$spread" -gt 20 ] && verdict="NOT LINEAR"
        echo "$line  spread ${spread}% $verdict"
    done
    echo "== core: 50 MB single line, and a text that is only 100,000 quote marks"
    timeout 600 "$B/nm-bench" -m 50 -r 1 --shape line $files | grep -E "^input|^analysis|^peak" ||
        echo "50 MB single line: not done in 600 s (not linear)"
    printf '%100000s' '' | tr ' ' '"' >"${TMPDIR:-/tmp}/nm-quotes.txt"
    "$B/nm-bench" -m 0.1 -r 3 "${TMPDIR:-/tmp}/nm-quotes.txt" | grep -E "^input|^analysis"
    rm -f "${TMPDIR:-/tmp}/nm-quotes.txt"
fi
sh scripts/bench-editor.sh
