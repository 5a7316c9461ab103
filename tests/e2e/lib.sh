# Shared by the end-to-end tests: drive a real editor in tmux on the sample
# article (through scripts/demo.sh, the README's first-run command) and look
# at the screen.  Prints TAP lines.
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT" || exit 1
SOCK="newsmark-e2e-$$"
T="tmux -L $SOCK -f /dev/null"
n=0
failed=0
ok()     { n=$((n + 1)); echo "ok $n - $*"; }
not_ok() { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $*"; }
check()  { # check DESCRIPTION COMMAND...
    d=$1; shift
    if "$@"; then ok "$d"; else not_ok "$d"; fi
}
cleanup() { $T kill-server 2>/dev/null; }
trap cleanup EXIT

# start EDITOR: runs the demo in a 100x40 terminal and waits for the text.
start() {
    $T new-session -d -s e2e -x 100 -y 40 \
        "env NEWSMARK_EDITOR=$1 TERM=tmux-256color sh scripts/demo.sh"
    wait_for "Lakeshore towns"
    sleep 0.5
}
screen()  { $T capture-pane -p -t e2e; }          # plain text
colours() { $T capture-pane -p -e -t e2e; }       # with SGR escapes
keys()    { $T send-keys -t e2e "$@"; sleep 0.4; }
cursor()  { $T display -p -t e2e '#{cursor_y} #{cursor_x}'; }
wait_gone() { # wait_gone TEXT: up to 5 s
    i=0
    while [ $i -lt 50 ]; do
        screen | grep -qF "$1" || return 0
        sleep 0.1; i=$((i + 1))
    done
    return 1
}
# wait_row_change OLD: waits up to 5 s for the cursor row to leave OLD.
wait_row_change() {
    i=0
    while [ $i -lt 50 ]; do
        [ "$(cursor | cut -d' ' -f1)" != "$1" ] && return 0
        sleep 0.1; i=$((i + 1))
    done
    return 1
}
wait_for() { # wait_for TEXT: up to 10 s
    i=0
    while [ $i -lt 100 ]; do
        screen | grep -qF "$1" && return 0
        sleep 0.1; i=$((i + 1))
    done
    return 1
}

# What the core says about the sample, to compare the screen against (so
# these tests follow the core as its detection improves).
core_fact() {
    LUA_CPATH="$ROOT/lua/?.so;;" LUA_PATH="$ROOT/lua/?.lua;$ROOT/lua/?/init.lua;;" \
        luajit tests/e2e/facts.lua "$1"
}

# has_colour WORD: the screen line with WORD shows an SGR colour code right
# before it (the word is drawn in a colour of its own).
has_colour() {
    colours | grep -F "$1" | grep -qE "$(printf '\033')\[[0-9;]*m[^$(printf '\033')]*$1"
}

# The sample's checks, for either editor.
run_checks() {
    ed=$(basename "$1")
    start "$1" || { not_ok "$ed shows the sample article"; return; }
    ok "$ed shows the sample article"
    # a person and a quote are coloured
    person=$(core_fact person_with_title)
    prow=$(echo "$person" | cut -f1)
    pword=$(echo "$person" | cut -f2)
    pname=$(echo "$person" | cut -f3)
    ptitle=$(echo "$person" | cut -f4)
    pcol=$(echo "$person" | cut -f5)
    check "the core finds a person with a title in the sample" [ -n "$pword" ]
    check "$ed colours the name '$pword'" has_colour "$pword"
    check "$ed colours quoted text" has_colour "waited too long"
    # a plain word stays uncoloured: the colour comes from newsmark
    check "$ed leaves plain words alone" sh -c "! $(command -v tmux) -L $SOCK capture-pane -p -e -t e2e | grep -F 'agreed on Tuesday' | grep -qE '$(printf '\033')\[[0-9;]*m[a-z ]*agreed'"
    # ]" goes to the first quote's line
    qrow=$(core_fact first_quote_row)
    check "the core finds a quote in the sample" [ "$qrow" -ge 0 ]
    keys g g 0
    keys ']"'
    wait_row_change 0
    crow=$(cursor | cut -d' ' -f1)
    check "$ed: ]\" moves the cursor to the next quote (row $qrow, got $crow)" [ "$crow" = "$qrow" ]
    keys ']"'
    wait_row_change "$crow"
    crow2=$(cursor | cut -d' ' -f1)
    check "$ed: ]\" again moves further down (got $crow2)" [ "$crow2" -gt "$crow" ]
    # K on the person shows a popup with the title
    keys Escape ":call cursor($((prow + 1)), $((pcol + 1)))" Enter
    keys K
    wait_for "Type: person"
    check "$ed: K shows the popup for '$pname'" sh -c "$(command -v tmux) -L $SOCK capture-pane -p -t e2e | grep -F 'Type: person' >/dev/null"
    check "$ed: the popup shows the title '$ptitle'" sh -c "$(command -v tmux) -L $SOCK capture-pane -p -t e2e | grep -A1 -F 'Titles:' | tail -n 1 | grep -F '$ptitle' >/dev/null"
    keys j
    wait_gone "Type: person"
    check "$ed: the popup closes when the cursor moves" sh -c "! $(command -v tmux) -L $SOCK capture-pane -p -t e2e | grep -qF 'Type: person'"
    # :Newsmark entities: pick the first entry, land on its first mention
    top=$(core_fact top_entity)
    trow=$(echo "$top" | cut -f1)
    tlabel=$(echo "$top" | cut -f2)
    keys Escape "G"
    last=$(cursor | cut -d' ' -f1)
    keys ":Newsmark entities" Enter
    wait_for "$tlabel"
    check "$ed: :Newsmark entities lists '$tlabel' first" sh -c "$(command -v tmux) -L $SOCK capture-pane -p -t e2e | grep -F '1: $tlabel' >/dev/null || $(command -v tmux) -L $SOCK capture-pane -p -t e2e | grep -F '1. $tlabel' >/dev/null"
    keys 1 Enter
    [ "$trow" != "$last" ] && wait_row_change "$last"
    check "$ed: choosing it jumps to its first mention (row $trow, got $(cursor | cut -d' ' -f1))" [ "$(cursor | cut -d' ' -f1)" = "$trow" ]
    keys Escape ":qa!" Enter
}
