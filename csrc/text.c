/*
 * text.c -- splits UTF-8 text into tokens, sentences and paragraphs.
 *
 * Tokens follow the Penn Treebank conventions closely enough that spans line
 * up with CoNLL-style gold data: punctuation is split off words, "'s" is split
 * off its noun, hyphens and inner periods stay inside words ("all-rounder",
 * "U.S."), and a period that belongs to an abbreviation ("Mr.", "Sept.", an
 * initial "J.") stays on its word.
 *
 * Paragraphs: a blank line always ends one.  A single line break also ends one
 * unless the text looks hard-wrapped (most long lines run on without final
 * punctuation), as text typed in an editor with 'textwidth' does.
 *
 * One pass over the bytes, no backtracking: time is linear in the input.
 */
#include "nm.h"
#include <ctype.h>

uint32_t nm_utf8_decode(const unsigned char *s, size_t n, size_t *len)
{
    unsigned c = s[0];
    *len = 1;
    if (c < 0x80)
        return c;
    int need;
    uint32_t cp, min;
    if (c >= 0xC2 && c <= 0xDF) { need = 1; cp = c & 0x1F; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { need = 2; cp = c & 0x0F; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { need = 3; cp = c & 0x07; min = 0x10000; }
    else return 0xFFFD;
    if ((size_t)need >= n)
        return 0xFFFD;
    for (int k = 1; k <= need; k++) {
        if ((s[k] & 0xC0) != 0x80)
            return 0xFFFD;
        cp = (cp << 6) | (s[k] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0xFFFD;   /* overlong, out of range, or a surrogate */
    *len = (size_t)need + 1;
    return cp;
}

static int is_space(uint32_t c)
{
    if (c < 0x80)
        return c == ' ' || (c >= '\t' && c <= '\r') || c == 0;
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
           c == 0 || c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) ||
           c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

static int is_newline(uint32_t c)
{
    return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x85;
}

static int is_quote_cp(uint32_t c)
{
    switch (c) {
    case '"': case '\'': case 0xAB: case 0xBB: case 0x2018: case 0x2019: case 0x201A:
    case 0x201B: case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2039:
    case 0x203A: case 0x300C: case 0x300D: case 0x300E: case 0x300F: case 0xFF02:
        return 1;
    }
    return 0;
}

/* Side of a typographic mark; straight marks are decided from context. */
static unsigned quote_side(uint32_t c)
{
    switch (c) {
    case 0x201C: case 0x2018: case 0xAB: case 0x201E: case 0x201A: case 0x2039:
    case 0x300C: case 0x300E: case 0x201B: case 0x201F:
        return TQ_OPEN;
    case 0x201D: case 0x2019: case 0xBB: case 0x203A: case 0x300D: case 0x300F:
        return TQ_CLOSE;
    }
    return TQ_AMBIG;
}

static int is_dash_cp(uint32_t c)
{
    return c == 0x2012 || c == 0x2013 || c == 0x2014 || c == 0x2015 || c == 0x2212;
}

/* Letters: ASCII letters and code points outside the punctuation and symbol
 * blocks.  Good enough for names in any script; never true for 0xFFFD. */
static int is_letter(uint32_t c)
{
    if (c < 0x80)
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    if (c < 0xC0)
        return c == 0xAA || c == 0xB5 || c == 0xBA;
    if (c == 0xD7 || c == 0xF7)
        return 0;
    if (c >= 0x2000 && c <= 0x2BFF)
        return 0;
    if ((c >= 0x2E00 && c <= 0x2E7F) || (c >= 0x3000 && c <= 0x303F) ||
        (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF20) ||
        (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65) ||
        (c >= 0xD800 && c <= 0xDFFF) || c >= 0xFFF0)
        return 0;
    if (c >= 0x1F000)
        return 0;   /* emoji and pictographs */
    return 1;
}

static int is_digit(uint32_t c) { return c >= '0' && c <= '9'; }

/* 1 upper, -1 lower, 0 caseless (for the scripts news names mostly use). */
static int letter_case(uint32_t c)
{
    if (c < 0x80) {
        if (c >= 'A' && c <= 'Z') return 1;
        if (c >= 'a' && c <= 'z') return -1;
        return 0;
    }
    if (c >= 0xC0 && c <= 0xDE) return c == 0xD7 ? 0 : 1;
    if (c >= 0xDF && c <= 0xFF) return c == 0xF7 ? 0 : -1;
    if (c >= 0x100 && c <= 0x17F) return (c & 1) ? -1 : 1;
    if (c >= 0x391 && c <= 0x3A9) return 1;
    if (c >= 0x3B1 && c <= 0x3C9) return -1;
    if (c >= 0x400 && c <= 0x42F) return 1;
    if (c >= 0x430 && c <= 0x45F) return -1;
    return 0;
}

/* ---- abbreviations ------------------------------------------------------- */

/* Abbreviations that take a period and are followed by a name: never end a
 * sentence. */
static const char *const title_abbrevs[] = {
    "Adm", "Amb", "Atty", "Brig", "Capt", "Cdr", "Cmdr", "Col", "Cpl", "Det", "Dr", "Fr",
    "Gen", "Gens", "Gov", "Hon", "Insp", "Lieut", "Lt", "Maj", "Messrs", "Mlle", "Mme", "Mr",
    "Mrs", "Ms", "Msgr", "Pres", "Prof", "Pvt", "Rep", "Reps", "Rev", "Rt", "Sec", "Sen",
    "Sens", "Sgt", "Sr", "St", "Supt"
};
/* Months and weekdays: not a sentence end before a number. */
static const char *const date_abbrevs[] = {
    "Apr", "Aug", "Dec", "Feb", "Fri", "Jan", "Jul", "Jun", "Mar", "Mon", "Nov", "Oct", "Sat",
    "Sep", "Sept", "Sun", "Thu", "Thur", "Thurs", "Tue", "Tues", "Wed"
};
/* Other abbreviations: a sentence may end on them. */
static const char *const other_abbrevs[] = {
    "Ala", "Ariz", "Ark", "Assn", "Ave", "Blvd", "Bros", "Calif", "Co", "Colo", "Conn", "Corp",
    "Cos", "Del", "Dept", "Esq", "Fla", "Ft", "Ga", "Gov't", "Ill", "Inc", "Ind", "Jr", "Kan",
    "Ky", "La", "Ltd", "Mass", "Md", "Mich", "Minn", "Mo", "Mt", "Neb", "Nev", "No", "Nos",
    "Okla", "Op", "Ore", "Pa", "Penn", "Ph", "Plc", "Rd", "Tenn", "Tex", "Univ", "Va", "Vol",
    "Vt", "Wash", "Wis", "Wyo", "al", "approx", "ca", "cf", "est", "etc", "fig", "vs"
};

/* The longest word of the three lists above. */
#define ABBREV_MAX 6

/* The lists above are in strcmp order (LC_ALL=C sort), without duplicates
 * (tests/c/tables.c checks): a lookup, made at every period, is a binary
 * search.  Case counts: "No." is an abbreviation, "no." is not. */
static int word_cmp(const char *w, const char *s, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        unsigned char a = (unsigned char)w[k], b = (unsigned char)s[k];
        if (!a || a != b)
            return a ? (int)a - (int)b : -1;
    }
    return (unsigned char)w[n];
}

static int in_words(const char *const *list, size_t count, const char *s, size_t n)
{
    size_t lo = 0, hi = count;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = word_cmp(list[mid], s, n);
        if (!c)
            return 1;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}
#define in_list(list, s, n) in_words(list, sizeof list / sizeof list[0], s, n)

/* Is the word [w, w+n) a title abbreviation after a hyphenated prefix
 * ("then-Sen.", "ex-Gov.")?  A name follows it, so its period ends no
 * sentence, as after the title alone. */
static int prefixed_title(const char *w, size_t n)
{
    for (size_t k = n > 3 ? n - 3 : 0; k > 0; k--)
        if (w[k] == '-')
            return n - k - 1 <= ABBREV_MAX && in_list(title_abbrevs, w + k + 1, n - k - 1);
    return 0;
}

/* A hyphen in the last 7 bytes of a word longer than ABBREV_MAX, where
 * w[n] is the period after it (in the text): eight bytes tested at once,
 * since every word before a period asks. */
static inline int late_hyphen(const char *w, size_t n)
{
    uint64_t x;
    memcpy(&x, w + n - 7, 8);                   /* w[n-7] .. w[n] */
    x ^= 0x2d2d2d2d2d2d2d2dull;                 /* '-' bytes become 0 */
    return ((x - 0x0101010101010101ull) & ~x & 0x8080808080808080ull) != 0;
}

static int title_abbrev(const char *w, size_t n)
{
    if (n <= ABBREV_MAX && in_list(title_abbrevs, w, n))
        return 1;
    return prefixed_title(w, n);
}

/* Capitalised words that usually start a sentence; after an abbreviation such
 * as "U.S." or "Inc." they mean the sentence ended there. */
static const char *const starters[] = {
    "A", "According", "After", "All", "Also", "Although", "Among", "An", "And", "As", "Asked",
    "At", "Because", "Before", "Both", "But", "By", "Despite", "Dr.", "During", "Each",
    "Earlier", "Even", "Every", "For", "From", "He", "Her", "Here", "His", "How", "However",
    "I", "If", "In", "Instead", "It", "Its", "Last", "Later", "Many", "Meanwhile", "Most",
    "Mr.", "Mrs.", "Ms.", "My", "Next", "No", "Not", "Now", "Of", "On", "Once", "One", "Only",
    "Or", "Others", "Our", "She", "Since", "So", "Some", "Still", "Such", "That", "The",
    "Their", "Then", "There", "These", "They", "This", "Those", "Though", "To", "Today", "Two",
    "Under", "Unless", "Until", "We", "What", "When", "Where", "While", "Who", "Why", "With",
    "Without", "Yesterday", "Yet", "You"
};

static int words_within(const char *const *list, size_t count, size_t max)
{
    for (size_t i = 0; i < count; i++)
        if (strlen(list[i]) > max)
            return 0;
    return 1;
}
#define within_max(list) words_within(list, sizeof list / sizeof list[0], ABBREV_MAX)

int nm_text_words_sorted(void)
{
    return within_max(title_abbrevs) && within_max(date_abbrevs) && within_max(other_abbrevs) &&
           nm_sorted_words_ok(title_abbrevs, sizeof title_abbrevs / sizeof title_abbrevs[0],
                              sizeof title_abbrevs[0]) &&
           nm_sorted_words_ok(date_abbrevs, sizeof date_abbrevs / sizeof date_abbrevs[0],
                              sizeof date_abbrevs[0]) &&
           nm_sorted_words_ok(other_abbrevs, sizeof other_abbrevs / sizeof other_abbrevs[0],
                              sizeof other_abbrevs[0]) &&
           nm_sorted_words_ok(starters, sizeof starters / sizeof starters[0], sizeof starters[0]);
}

/* ---- the tokenizer ------------------------------------------------------- */

typedef struct scan {
    const unsigned char *s;
    size_t n;
    int stops;       /* the last byte is no ASCII letter or digit: a run of
                      * them ends before the text does (scan_word()) */
} scan;

/* Most news text is ASCII: the fast paths below test for it first and
 * leave the rest to the general code. */
static inline uint32_t cp_at(const scan *sc, size_t i, size_t *len)
{
    if (i >= sc->n) { *len = 0; return 0; }
    if (sc->s[i] < 0x80) { *len = 1; return sc->s[i]; }
    return nm_utf8_decode(sc->s + i, sc->n - i, len);
}

static inline int word_char(uint32_t c)
{
    if (c < 0x80)
        return (c | 0x20) - 'a' < 26u || c - '0' < 10u;
    return is_letter(c) || is_digit(c) || (c >= 0x300 && c <= 0x36F);
}

/* Case flags from the counts of a word's letters (see case_flags()). */
static uint16_t case_bits(int first, int upper, int lower, int digit)
{
    uint16_t f = 0;
    if (first == 1) f |= TF_CAP;
    if (first == -1) f |= TF_LOWER;
    if (upper && !lower) f |= TF_ALLCAPS;
    if (digit) f |= TF_DIGIT;
    return f;
}

/* Length of the word that starts at i (a letter or digit is at i); its case
 * flags, as case_flags() would give them, in *flags: counted on the way,
 * so the word is read once. */
static size_t scan_word_any(const scan *sc, size_t i, uint16_t *flags)
{
    size_t start = i, l;
    int digits_only = 1, first = 0, upper = 0, lower = 0, digit = 0;
    for (;;) {
        /* a run of ASCII letters and digits, the common case, in one loop */
        for (; i < sc->n; i++) {
            unsigned b = sc->s[i];
            if (b - 'A' < 26u) {
                upper++;
                if (!first) first = 1;
                digits_only = 0;
            } else if (b - 'a' < 26u) {
                lower++;
                if (!first) first = -1;
                digits_only = 0;
            } else if (b - '0' < 10u) {
                digit = 1;
            } else {
                break;
            }
        }
        /* most words end at a space or a punctuation mark that joins nothing */
        if (i >= sc->n || (sc->s[i] < 0x80 && sc->s[i] != '-' && sc->s[i] != '.' &&
                           sc->s[i] != '\'' && sc->s[i] != ',' && sc->s[i] != ':' &&
                           sc->s[i] != '/' && sc->s[i] != '&'))
            break;
        uint32_t c = cp_at(sc, i, &l);
        if (l && word_char(c)) {
            int k = letter_case(c);
            if (is_digit(c)) digit = 1;
            if (!first && (k || is_letter(c))) first = k ? k : 2;
            if (k == 1) upper++;
            if (k == -1) lower++;
            if (!is_digit(c))
                digits_only = 0;
            i += l;
            continue;
        }
        if (!l || i == start)
            break;
        /* A connector joins when a word character follows it. */
        size_t l2;
        uint32_t next = cp_at(sc, i + l, &l2);
        if (!l2 || !word_char(next))
            break;
        if (c == '-' || c == 0x2010 || c == 0x2011) { i += l; continue; }
        if (c == '.' ) { i += l; continue; }            /* U.S, 3.5, a.m */
        if ((c == '\'' || c == 0x2019) && is_letter(next)) { i += l; continue; }
        if ((c == ',' || c == ':' || c == '/') && digits_only && is_digit(next)) {
            i += l;                                      /* 1,000  09:38  9/11 */
            continue;
        }
        if (c == '&' && letter_case(next) == 1) { i += l; continue; }  /* AT&T */
        break;
    }
    *flags = case_bits(first, upper, lower, digit);
    return i - start;
}

/* ASCII letters and digits, for the common case of scan_word(). */
enum { CC_UPPER = 1, CC_LOWER = 2, CC_DIGIT = 4 };
/* 256 entries: a byte of a multi-byte character has class 0 like any
 * other non-word byte, so the scan loop needs no test for ASCII. */
static const uint8_t ascii_class[256] = {
    ['0'] = CC_DIGIT, ['1'] = CC_DIGIT, ['2'] = CC_DIGIT, ['3'] = CC_DIGIT, ['4'] = CC_DIGIT,
    ['5'] = CC_DIGIT, ['6'] = CC_DIGIT, ['7'] = CC_DIGIT, ['8'] = CC_DIGIT, ['9'] = CC_DIGIT,
    ['A'] = CC_UPPER, ['B'] = CC_UPPER, ['C'] = CC_UPPER, ['D'] = CC_UPPER, ['E'] = CC_UPPER,
    ['F'] = CC_UPPER, ['G'] = CC_UPPER, ['H'] = CC_UPPER, ['I'] = CC_UPPER, ['J'] = CC_UPPER,
    ['K'] = CC_UPPER, ['L'] = CC_UPPER, ['M'] = CC_UPPER, ['N'] = CC_UPPER, ['O'] = CC_UPPER,
    ['P'] = CC_UPPER, ['Q'] = CC_UPPER, ['R'] = CC_UPPER, ['S'] = CC_UPPER, ['T'] = CC_UPPER,
    ['U'] = CC_UPPER, ['V'] = CC_UPPER, ['W'] = CC_UPPER, ['X'] = CC_UPPER, ['Y'] = CC_UPPER,
    ['Z'] = CC_UPPER,
    ['a'] = CC_LOWER, ['b'] = CC_LOWER, ['c'] = CC_LOWER, ['d'] = CC_LOWER, ['e'] = CC_LOWER,
    ['f'] = CC_LOWER, ['g'] = CC_LOWER, ['h'] = CC_LOWER, ['i'] = CC_LOWER, ['j'] = CC_LOWER,
    ['k'] = CC_LOWER, ['l'] = CC_LOWER, ['m'] = CC_LOWER, ['n'] = CC_LOWER, ['o'] = CC_LOWER,
    ['p'] = CC_LOWER, ['q'] = CC_LOWER, ['r'] = CC_LOWER, ['s'] = CC_LOWER, ['t'] = CC_LOWER,
    ['u'] = CC_LOWER, ['v'] = CC_LOWER, ['w'] = CC_LOWER, ['x'] = CC_LOWER, ['y'] = CC_LOWER,
    ['z'] = CC_LOWER,
};

/* scan_word_any() for the common word: ASCII letters and digits from an
 * ASCII letter on, ended by a byte that joins nothing (space, most
 * punctuation, a connector with no word character after it: "said," or
 * "year.").  Any other word -- a digit or a letter beyond ASCII first, a
 * hyphen, period, apostrophe or other connector inside it -- is read again
 * by scan_word_any(), so both give the same tokens.  *plain: 1 when the word
 * is ASCII letters and digits only (no apostrophe to split at), 0 when
 * scan_word_any() read it. */
static size_t scan_word(const scan *sc, size_t i, uint16_t *flags, int *plain)
{
    const unsigned char *s = sc->s;
    size_t start = i, n = sc->n;
    unsigned m = ascii_class[s[i]], acc = 0;
    *plain = 0;
    if (!(m & (CC_UPPER | CC_LOWER)))
        return scan_word_any(sc, start, flags);
    int first = m & CC_UPPER ? 1 : -1;
    acc = m;                       /* (the first byte is read: go on from the next) */
    i++;
    if (sc->stops) {
        while ((m = ascii_class[s[i]]) != 0) {   /* (s[n - 1] ends the run) */
            acc |= m;
            i++;
        }
    } else {
        while (i < n && (m = ascii_class[s[i]]) != 0) {
            acc |= m;
            i++;
        }
    }
    /* a connector (U.S, 1,000, AT&T) joins only a word character after it;
     * most words end at a byte that is neither a connector nor beyond
     * ASCII, told by one table entry */
    static const uint8_t joins[256] = {
        ['-'] = 1, ['.'] = 1, ['\''] = 1, [','] = 1, [':'] = 1, ['/'] = 1, ['&'] = 1,
#define J16(x) [x] = 2, [x + 1] = 2, [x + 2] = 2, [x + 3] = 2, [x + 4] = 2, [x + 5] = 2, [x + 6] = 2, \
               [x + 7] = 2, [x + 8] = 2, [x + 9] = 2, [x + 10] = 2, [x + 11] = 2, [x + 12] = 2, \
               [x + 13] = 2, [x + 14] = 2, [x + 15] = 2
        J16(0x80), J16(0x90), J16(0xA0), J16(0xB0), J16(0xC0), J16(0xD0), J16(0xE0), J16(0xF0),
#undef J16
    };
    if (i < n && joins[s[i]] &&
        (joins[s[i]] == 2 || (i + 1 < n && (s[i + 1] >= 0x80 || ascii_class[s[i + 1]]))))
        return scan_word_any(sc, start, flags);
    /* case_bits() of the word: its first letter's case and the classes
     * seen (acc), from a table */
    static const uint16_t acc_flags[2][8] = {
#define F(first, a) (uint16_t)(((first) ? TF_CAP : TF_LOWER) | \
                    (((a) & CC_UPPER) && !((a) & CC_LOWER) ? TF_ALLCAPS : 0) | ((a) & CC_DIGIT ? TF_DIGIT : 0))
        { F(0, 0), F(0, 1), F(0, 2), F(0, 3), F(0, 4), F(0, 5), F(0, 6), F(0, 7) },
        { F(1, 0), F(1, 1), F(1, 2), F(1, 3), F(1, 4), F(1, 5), F(1, 6), F(1, 7) },
#undef F
    };
    *flags = acc_flags[first == 1][acc];
    *plain = 1;
    return i - start;
}

/* Room for one more token in the token array being filled (tokenize()
 * keeps its base and count in locals): the new base, NULL when out of
 * memory. */
static nm_token *more_toks(nm_doc *d, size_t nt, size_t *cap)
{
    d->toks.n = nt;
    if (nm_vec_reserve(&d->toks, sizeof(nm_token), 1))
        return NULL;
    *cap = d->toks.cap;
    return d->toks.data;
}

/* Case flags of a word token. */
static uint16_t case_flags(const scan *sc, size_t a, size_t b)
{
    int first = 0, upper = 0, lower = 0, digit = 0;
    size_t l, i = a;
    /* ASCII letters and digits; the general loop takes over at any other
     * character, with the counts so far */
    for (; i < b && sc->s[i] < 0x80; i++) {
        unsigned c = sc->s[i];
        if (c >= 'A' && c <= 'Z') {
            upper++;
            if (!first) first = 1;
        } else if (c >= 'a' && c <= 'z') {
            lower++;
            if (!first) first = -1;
        } else if (c >= '0' && c <= '9') {
            digit = 1;
        }
    }
    for (; i < b; i += l) {
        uint32_t c = cp_at(sc, i, &l);
        int k = letter_case(c);
        if (is_digit(c)) digit = 1;
        if (!first && (k || is_letter(c))) first = k ? k : 2;
        if (k == 1) upper++;
        if (k == -1) lower++;
    }
    return case_bits(first, upper, lower, digit);
}

/* Does a period right after the word [a,b) belong to it? */
static int takes_period(const scan *sc, size_t a, size_t b)
{
    const char *w = (const char *)sc->s + a;
    size_t n = b - a;
    if (n == 1 && is_letter(sc->s[a]))
        return 1;                                  /* initial: J. */
    if (memchr(w, '.', n) && !is_digit(sc->s[a]))
        return 1;                                  /* U.S  a.m  e.g */
    /* most words before a period end a sentence: longer than any
     * abbreviation (nm_text_words_sorted() checks ABBREV_MAX) */
    if (n > ABBREV_MAX)
        return late_hyphen(w, n) && prefixed_title(w, n);
    return in_list(title_abbrevs, w, n) || in_list(date_abbrevs, w, n) || in_list(other_abbrevs, w, n) ||
           (n > 3 && (w[1] == '-' || w[2] == '-' || w[n - 3] == '-') && prefixed_title(w, n));
}

static nm_status tokenize(nm_doc *d)
{
    scan sc = { (const unsigned char *)d->text, d->len, 0 };
    sc.stops = sc.n && !ascii_class[sc.s[sc.n - 1]];
    size_t i = 0, l;
    uint16_t pending = TF_SPACE_BEFORE | TF_LINE_START;
    if (nm_vec_reserve(&d->toks, sizeof(nm_token), d->len / 5 + 16))
        return NM_ENOMEM;
    /* the array in locals: the compiler need not reload d->toks after
     * every store into a token */
    nm_token *tk = d->toks.data;
    size_t nt = d->toks.n, cap = d->toks.cap;
#define PUSH_TOK(a, b, k, f)                                                              \
    do {                                                                                  \
        if (nt == cap && !(tk = more_toks(d, nt, &cap)))                                  \
            return NM_ENOMEM;                                                             \
        tk[nt++] = (nm_token){ .start = (uint32_t)(a), .end = (uint32_t)(b), .flags = (f), \
                               .kind = (k), .qside = 0 };                                 \
    } while (0)
    while (i < sc.n) {
        unsigned b0 = sc.s[i];
        if (b0 == ' ') {               /* the most common byte: no decoding */
            pending |= TF_SPACE_BEFORE;
            if (nt)
                tk[nt - 1].flags |= TF_SPACE_AFTER;
            i++;
            continue;
        }
        uint32_t c;
        int word;
        if (ascii_class[b0]) {        /* (0 for every byte beyond ASCII) */
            c = b0;                    /* an ASCII letter or digit: a word */
            word = 1;
        } else {
            c = cp_at(&sc, i, &l);
            if (is_space(c)) {
                pending |= TF_SPACE_BEFORE;
                if (is_newline(c))
                    pending |= TF_NEWLINE_BEFORE | TF_LINE_START;
                if (nt)
                    tk[nt - 1].flags |= TF_SPACE_AFTER;
                i += l;
                continue;
            }
            word = word_char(c);
        }
        size_t start = i;
        uint8_t kind;
        uint16_t flags = pending;
        pending = 0;
        if (word) {
            uint16_t cf;
            int plain;
            size_t wl = scan_word(&sc, i, &cf, &plain);
            size_t end = i + wl;
            kind = is_digit(c) ? TK_NUM : TK_WORD;
            flags |= cf;
            /* Split the possessive "'s" off its noun (CoNLL does); a plain
             * word (ASCII letters and digits only) has no apostrophe */
            if (!plain && wl > 2 && (sc.s[end - 1] == 's' || sc.s[end - 1] == 'S')) {
                size_t ap = 0;
                if (sc.s[end - 2] == '\'')
                    ap = end - 2;
                else if (wl > 4 && end >= 4 && sc.s[end - 4] == 0xE2 && sc.s[end - 3] == 0x80 &&
                         sc.s[end - 2] == 0x99)
                    ap = end - 4;
                if (ap > i) {
                    PUSH_TOK(i, ap, kind, (uint16_t)(flags | case_flags(&sc, i, ap)));
                    PUSH_TOK(ap, end, TK_WORD, 0);
                    i = end;
                    continue;
                }
            }
            /* A period at the end of a line usually ends the sentence as
             * well: leave it a token of its own, as CoNLL does ("Corp."),
             * unless a name must follow ("Mr." in hard-wrapped text). */
            if (end < sc.n && sc.s[end] == '.' && takes_period(&sc, i, end) &&
                (end + 1 < sc.n && sc.s[end + 1] != '\n' && sc.s[end + 1] != '\r' ? 1 :
                 end - i == 1 || title_abbrev((const char *)sc.s + i, end - i)) &&
                !(end + 2 < sc.n && sc.s[end + 1] == '.' && sc.s[end + 2] == '.')) {
                end++;
                flags |= TF_ABBREV;
            }
            /* most words are followed by a plain space: taken here, not by
             * another turn of the loop that reads the token back */
            if (end < sc.n && sc.s[end] == ' ') {
                PUSH_TOK(i, end, kind, (uint16_t)(flags | TF_SPACE_AFTER));
                pending = TF_SPACE_BEFORE;
                i = end + 1;
                continue;
            }
            PUSH_TOK(i, end, kind, flags);
            i = end;
            continue;
        }
        if (is_quote_cp(c)) {
            kind = TK_QUOTE;
            i += l;
        } else if (is_dash_cp(c)) {
            kind = TK_DASH;
            i += l;
        } else if (c == '-') {
            /* "--" and a lone "-" between spaces act as dashes. */
            i += l;
            while (i < sc.n && sc.s[i] == '-')
                i++;
            kind = (i - start > 1 || (flags & TF_SPACE_BEFORE)) ? TK_DASH : TK_PUNCT;
        } else if (c == '.' && i + 2 < sc.n && sc.s[i + 1] == '.' && sc.s[i + 2] == '.') {
            kind = TK_PUNCT;                       /* "..." */
            i += 3;
            while (i < sc.n && sc.s[i] == '.')
                i++;
        } else if (c == 0xFFFD && l == 1) {
            kind = TK_SYMBOL;                      /* an invalid byte */
            i += 1;
        } else if (c < 0x80 ? (ispunct((int)c) != 0) : (c >= 0x2000 && c <= 0x206F)) {
            kind = TK_PUNCT;
            i += l;
        } else {
            kind = TK_SYMBOL;
            i += l;
        }
        PUSH_TOK(start, i, kind, flags);
        if (kind == TK_QUOTE)
            tk[nt - 1].qside = (uint8_t)quote_side(c);
    }
#undef PUSH_TOK
    if (nt)
        tk[nt - 1].flags |= TF_SPACE_AFTER;
    d->toks.n = nt;
    return NM_OK;
}

/* The side of straight quote mark i: open when space (or an opening
 * bracket) is before and none after; close in the mirror case.  Called in
 * token order (scan_lines()), so the mark before has its side and the
 * token after has the tokenizer's. */
static void straight_quote_side(nm_doc *d, nm_token *tk, size_t i, size_t n)
{
    nm_token *t = &tk[i];
    int before = (t->flags & TF_SPACE_BEFORE) ||
                 (i > 0 && tk[i - 1].kind != TK_WORD && tk[i - 1].kind != TK_NUM &&
                  tk[i - 1].end == t->start &&
                  (nm_tok_cp(d, &tk[i - 1]) == '(' || nm_tok_cp(d, &tk[i - 1]) == '[' ||
                   tk[i - 1].kind == TK_DASH ||
                   (tk[i - 1].kind == TK_QUOTE && tk[i - 1].qside == TQ_OPEN)));
    int after = (t->flags & TF_SPACE_AFTER) != 0;
    if (i + 1 < n && !after) {
        const nm_token *u = &tk[i + 1];
        if (u->kind == TK_PUNCT || (u->kind == TK_QUOTE && u->qside == TQ_CLOSE))
            after = 1;                         /* closing: 'word', or "word". */
    }
    if (before && !after)
        t->qside = TQ_OPEN;
    else if (after && !before)
        t->qside = TQ_CLOSE;
}

/* ---- lines, paragraphs and sentences --------------------------------------- */

/* Whether a blank line lies between tokens a and b. */
static int blank_line_between(const nm_doc *d, const nm_token *a, const nm_token *b)
{
    int nl = 0;
    for (uint32_t k = a->end; k < b->start; k++) {
        char c = d->text[k];
        if (c == '\n' || (c == '\r' && (k + 1 >= b->start || d->text[k + 1] != '\n')))
            nl++;
        if (nl >= 2)
            return 1;
    }
    return 0;
}

/* Marks headline lines (all capitals) and decides whether single line breaks
 * end paragraphs; gives straight quote marks their sides.  Returns 1 when
 * the text looks hard-wrapped. */
static int scan_lines(nm_doc *d)
{
    size_t n = d->toks.n, cand = 0, runon = 0;
    nm_token *tk = d->toks.data;
    size_t i = 0;
    /* a word's count by its case flags (bits 0-2): in capitals (low half),
     * in another case (high half) */
    _Static_assert(TF_CAP == 1 && TF_ALLCAPS == 2 && TF_LOWER == 4, "case flags are bits 0-2");
    static const uint64_t case_count[8] = {
        0, (uint64_t)1 << 32, 1, 1, (uint64_t)1 << 32, (uint64_t)1 << 32, 1, 1
    };
    while (i < n) {
        /* [i, j) is one line: its end and its counts in one pass */
        size_t j = i;
        uint64_t counts = 0;
        do {
            const nm_token *t = &tk[j];
            if (t->kind == TK_WORD)
                counts += case_count[t->flags & 7];
            else if (t->kind == TK_QUOTE && t->qside == TQ_AMBIG)
                straight_quote_side(d, tk, j, n);   /* (in this pass: one less) */
            j++;
        } while (j < n && !(tk[j].flags & TF_NEWLINE_BEFORE));
        size_t upper = (uint32_t)counts, lower = (size_t)(counts >> 32);
        if (upper >= 2 && lower * 5 <= upper)
            for (size_t k = i; k < j; k++)
                tk[k].flags |= TF_CAPSLINE;
        uint32_t len = tk[j - 1].end - tk[i].start;
        int followed = j < n && !blank_line_between(d, &tk[j - 1], &tk[j]);
        if (followed && len >= 40 && len <= 200) {
            const nm_token *last = &tk[j - 1];
            uint32_t lc = nm_tok_cp(d, last);
            int terminal = lc == '.' || lc == '!' || lc == '?' ||
                           lc == ':' || last->kind == TK_QUOTE || (last->flags & TF_ABBREV);
            cand++;
            if (!terminal)
                runon++;
        }
        i = j;
    }
    return cand >= 2 && runon * 10 >= cand * 6;
}

static int is_terminal(const nm_doc *d, const nm_token *t)
{
    if (t->kind != TK_PUNCT)
        return 0;
    uint32_t cp = nm_tok_cp(d, t);
    return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026;
}

static int is_closer(const nm_doc *d, const nm_token *t)
{
    return (t->kind == TK_QUOTE && t->qside != TQ_OPEN) ||
           (t->kind == TK_PUNCT && (nm_tok_cp(d, t) == ')' || nm_tok_cp(d, t) == ']'));
}

/* Does the sentence end after an abbreviation token a, given the next token? */
__attribute__((noinline)) static int abbrev_ends(const nm_doc *d, size_t a, size_t next)
{
    const nm_token *t = DOC_TOK(d, a), *u = DOC_TOK(d, next);
    const char *w = d->text + t->start;
    size_t n = t->end - t->start - 1;
    if (u->flags & TF_NEWLINE_BEFORE)
        return 1;
    if (title_abbrev(w, n))
        return 0;
    if (u->kind == TK_NUM || (u->flags & TF_LOWER) || u->kind == TK_PUNCT)
        return 0;
    if (n == 1)
        return 0;                                  /* an initial */
    if (u->kind == TK_QUOTE && u->qside == TQ_OPEN) {
        /* "said the U.S. “clearly” needed": a quote opening on a lower-case
         * word goes on with the sentence; "... the U.S. “It was” ..." opens
         * one */
        const nm_token *v = next + 1 < d->toks.n ? DOC_TOK(d, next + 1) : NULL;
        return !(v && v->kind == TK_WORD && (v->flags & TF_LOWER) && v->start == u->end);
    }
    return in_list(starters, d->text + u->start, u->end - u->start);
}

static nm_status split_units(nm_doc *d)
{
    size_t n = d->toks.n;
    nm_token *tk = d->toks.data;      /* (in a local: no token is added here) */
    int wrapped = scan_lines(d);
    nm_sent *s = NULL;
    nm_para *p = NULL;
    size_t words = n / 64 + 1;
    d->sent_bits = nm_arena_alloc(&d->arena, words * sizeof *d->sent_bits);
    d->sent_rank = nm_arena_alloc(&d->arena, words * sizeof *d->sent_rank);
    if (!d->sent_bits || !d->sent_rank)
        return NM_ENOMEM;
    memset(d->sent_bits, 0, words * sizeof *d->sent_bits);
    for (size_t i = 0; i < n; i++) {
        nm_token *t = &tk[i];
        /* most tokens start nothing: no line break before them, and after a
         * word or number that is no abbreviation (the tests below all fail
         * there), told first */
        _Static_assert(TK_QUOTE == TK_PUNCT + 1, "punctuation and quote marks: one range test");
        if (i > 0 && !(t->flags & TF_NEWLINE_BEFORE) && (unsigned)t[-1].kind - TK_PUNCT > 1u &&
            !(t[-1].flags & TF_ABBREV))
            continue;
        int new_para = i == 0;
        int new_sent = i == 0;
        if (i > 0 && (t->flags & TF_NEWLINE_BEFORE)) {
            if (!wrapped || blank_line_between(d, &tk[i - 1], t))
                new_para = 1;
        }
        /* Does a sentence end just before token i?  Only after punctuation,
         * a quotation mark or an abbreviation ("Corp."): after any other
         * word or number the tests below all fail, so they are skipped. */
        const nm_token *before = i > 0 ? &tk[i - 1] : NULL;
        if (i > 0 && !new_para && s &&
            (before->kind == TK_PUNCT || before->kind == TK_QUOTE || (before->flags & TF_ABBREV))) {
            size_t k = i - 1;
            while (k > s->t0 && is_closer(d, &tk[k]))
                k--;
            const nm_token *e = &tk[k];
            int ends = 0;
            if (is_terminal(d, e) || (e->kind == TK_PUNCT && e->end - e->start >= 3 && nm_tok_cp(d, e) == '.'))
                ends = !(t->flags & TF_LOWER) && !(t->kind == TK_PUNCT && nm_tok_cp(d, t) != '(') &&
                       (t->flags & TF_SPACE_BEFORE);
            else if ((e->flags & TF_ABBREV) && k == i - 1)
                ends = abbrev_ends(d, k, i);
            if (ends)
                new_sent = 1;
        }
        if (new_para) {
            if (p)
                p->end = tk[i - 1].end;
            p = nm_vec_push(&d->paras, sizeof *p);
            if (!p)
                return NM_ENOMEM;
            p->s0 = (uint32_t)d->sents.n;
            p->start = t->start;
            t->flags |= TF_PARA_START;
            new_sent = 1;
        }
        if (new_sent) {
            if (s)
                s->t1 = (uint32_t)i;
            s = nm_vec_push(&d->sents, sizeof *s);
            if (!s)
                return NM_ENOMEM;
            s->t0 = (uint32_t)i;
            s->para = (uint32_t)(d->paras.n - 1);
            t->flags |= TF_SENT_START;
            d->sent_bits[i >> 6] |= (uint64_t)1 << (i & 63);
            p = DOC_PARA(d, d->paras.n - 1);
            p->s1 = (uint32_t)d->sents.n;      /* changes only here */
        }
    }
    for (size_t w = 0, count = 0; w < words; w++) {
        d->sent_rank[w] = (uint32_t)count;
        count += nm_popcount64(d->sent_bits[w]);
    }
    if (s)
        s->t1 = (uint32_t)n;
    if (p)
        p->end = tk[n - 1].end;
    return NM_OK;
}

nm_status nm_text_split(nm_doc *d)
{
    nm_status st = tokenize(d);
    if (st)
        return st;
    return split_units(d);
}

int nm_sorted_words_ok(const void *table, size_t count, size_t size)
{
    const char *base = table;
    for (size_t i = 0; i < count; i++) {
        const char *w = *(const char *const *)(const void *)(base + i * size);
        for (const char *p = w; *p; p++)
            if ((unsigned char)*p >= 0x80)
                return 0;                 /* nm_sorted_word() takes ASCII entries */
        if (i && strcmp(*(const char *const *)(const void *)(base + (i - 1) * size), w) >= 0)
            return 0;
    }
    return 1;
}

/* Called for most tokens (word classes, cue words), so the word is folded
 * as it is compared rather than copied first, and an entry whose first
 * letter differs -- most of those a search visits -- costs one byte test.
 * The entries are ASCII (nm_sorted_words_ok()), so a byte beyond ASCII
 * never matches. */
ptrdiff_t nm_sorted_word(const void *table, size_t count, size_t size, const char *s, size_t n)
{
    if (n > NM_WORD_MAX || n == 0)
        return n == 0 && count && !**(const char *const *)table ? 0 : -1;
    const unsigned char *w = (const unsigned char *)s;
    unsigned f0 = (unsigned)w[0] - 'A' < 26u ? w[0] + 32u : w[0];
    if (f0 >= 0x80)
        return -1;
    const char *base = table;
    size_t lo = 0, hi = count;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const unsigned char *a = *(const unsigned char *const *)(const void *)(base + mid * size);
        int c = (int)a[0] - (int)f0;
        if (c == 0) {
            size_t k = 1;
            for (;; k++) {
                unsigned b = k < n ? ((unsigned)w[k] - 'A' < 26u ? w[k] + 32u : w[k]) : 0;
                if (!a[k] || a[k] != b) {
                    c = (int)a[k] - (int)b;
                    break;
                }
            }
            if (c == 0) {
                /* a NUL byte in s ended the match: as the word folded into
                 * a string would have, refuse it if a byte beyond ASCII
                 * follows */
                for (; k < n; k++)
                    if (w[k] >= 0x80)
                        return -1;
                return (ptrdiff_t)mid;
            }
        }
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -1;
}
