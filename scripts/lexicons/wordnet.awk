# wordnet.awk -- extracts word classes from WordNet 3.0's data.noun and
# data.adj (Debian package wordnet-base).  Prints "CLASS<TAB>entry" lines:
#   city, country, region, place   named places (noun.location instances)
#   org                            named organisations (noun.group instances)
#   given                          given names: first words of person instances
#                                  that open at least three different names
#   title                          office nouns: hyponyms of officials, heads
#                                  of state, diplomats, legislators, judges,
#                                  executives, military officers, spokespeople
#   demonym                        capitalised adjectives (Chinese, Kenyan) and
#                                  inhabitant nouns (Mongolian)
# Usage: awk -f wordnet.awk data.noun data.adj   (mawk compatible)

function hex(s,   i, v, c) {
    v = 0
    for (i = 1; i <= length(s); i++) {
        c = index("0123456789abcdef", tolower(substr(s, i, 1))) - 1
        v = v * 16 + c
    }
    return v
}
function clean(w) {
    sub(/\([a-z]+\)$/, "", w)    # adjective markers: (a) (p) (ip)
    gsub(/_/, " ", w)
    return w
}
# Flags of a synset from its ancestors (memoised): C city, K country,
# R region, T title, D demonym-noun.
function flags(off,   f, k, n, i, parts) {
    if (off in memo) return memo[off]
    memo[off] = ""                  # cycle guard
    f = rootflag[off]
    n = split(up[off], parts, " ")
    for (i = 1; i <= n; i++)
        if (parts[i] != "") f = f flags(parts[i])
    memo[off] = f
    return f
}
BEGIN { FS = " " }
/^  / { next }                      # licence header
{
    off = $1; lexf = $2 + 0; pos = $3
    w = hex($4)
    if (FILENAME ~ /adj/) {
        # Only adjectives that pertain to a place noun: "Kenyan" (of Kenya).
        p = 5 + 2 * w
        np = $p + 0
        loc = 0
        for (i = 0; i < np; i++)
            if ($(p + 1 + 4 * i) == "\\" && $(p + 3 + 4 * i) == "n" && lex[$(p + 2 + 4 * i)] == 15)
                loc = 1
        for (i = 0; loc && i < w; i++) {
            word = clean($(5 + 2 * i))
            if (word ~ /^[A-Z][a-z]+$/) print "demonym\t" word
        }
        next
    }
    lex[off] = lexf
    words[off] = ""
    for (i = 0; i < w; i++) words[off] = words[off] "|" $(5 + 2 * i)
    words[off] = words[off] "|"
    p = 5 + 2 * w
    np = $p + 0
    inst[off] = 0
    for (i = 0; i < np; i++) {
        sym = $(p + 1 + 4 * i); tgt = $(p + 2 + 4 * i)
        if (sym == "@" || sym == "@i") up[off] = up[off] " " tgt
        if (sym == "@i") inst[off] = 1
    }
    W = words[off]
    if (lexf == 15) {
        if (W ~ /\|(city|town|port|national_capital|state_capital|provincial_capital)\|/) rootflag[off] = rootflag[off] "C"
        if (W ~ /\|(country|nation|sovereign_state)\|/) rootflag[off] = rootflag[off] "K"
        else if (W ~ /\|(state|province)\|/) rootflag[off] = rootflag[off] "R"
    }
    if (lexf == 18) {
        if (W ~ /\|(official|functionary|head_of_state|chief_of_state|diplomat|diplomatist|legislator|judge|military_officer|executive|spokesperson|corporate_executive|administrator|prosecutor|ambassador|minister|secretary|governor|mayor|commissioner|chairman|chairperson)\|/) rootflag[off] = rootflag[off] "T"
        if (W ~ /\|(inhabitant|native)\|/) rootflag[off] = rootflag[off] "D"
    }
}
END {
    for (off in lex) {
        L = lex[off]
        n = split(words[off], ws, "|")
        if (inst[off] && L == 15) {
            f = flags(off)
            cls = f ~ /C/ ? "city" : f ~ /K/ ? "country" : f ~ /R/ ? "region" : "place"
            # two-letter codes (PR, AL) are too ambiguous to list
            for (i = 1; i <= n; i++) if (ws[i] ~ /^[A-Z]/ && ws[i] !~ /^[A-Z][A-Z]$/) print cls "\t" clean(ws[i])
        } else if (inst[off] && L == 14) {
            for (i = 1; i <= n; i++) if (ws[i] ~ /^[A-Z]/) print "org\t" clean(ws[i])
        } else if (inst[off] && L == 18) {
            for (i = 1; i <= n; i++)
                if (ws[i] ~ /^[A-Z][a-z]+_[A-Z]/) {
                    split(ws[i], nm, "_")
                    if (!((nm[1], off) in seen)) { seen[nm[1], off] = 1; given[nm[1]]++ }
                }
        } else if (L == 18) {
            f = flags(off)
            for (i = 1; i <= n; i++) {
                if (f ~ /T/ && ws[i] ~ /^[a-z][a-z_-]+$/) print "title\t" clean(ws[i])
                if (f ~ /D/ && ws[i] ~ /^[A-Z][a-z]+$/) print "demonym\t" clean(ws[i])
            }
        }
    }
    for (g in given) if (given[g] >= 3) print "given\t" g
}
