/*
 * entities.c -- person, organisation and place mentions.
 *
 * Two sources are combined:
 *
 *   1. the tagger's BIO labels (d->labels), when the engine has a tagger;
 *   2. rules over capitalised runs, with evidence from the word classes
 *      (wordclass.c: lexicons and a built-in closed-class table) and from
 *      context: an honorific or office noun before a name, a speech verb
 *      beside it, an organisation head word ("Ministry", "Council"), an
 *      acronym in parentheses after an organisation, a dateline, a
 *      preposition of place.
 *
 * Each rule candidate gets a type and a confidence (weak, medium, strong).
 * One document-level pass then gives the same type to the same string
 * wherever it is (votes weighted by confidence): a surname alone
 * ("Enkhbayar") after the full name, or a headline word in capitals
 * ("SHEARER") that the body spells normally.  Lines in capitals or in title
 * case, and common words opening a sentence, are typed only that way.
 * Lists ("Halverton, Ostrand and Millbrook") share a type; in a sports
 * report a town's name is its team (an org).
 *
 * Without a tagger every typed candidate becomes a mention.  With a tagger
 * its spans lead: only "sure" rule findings (an honorific or office right
 * before a name, an acronym in parentheses, a user lexicon entry) retype an
 * identical span or fill a gap, and a string the tagger typed somewhere is
 * given that type where the rules saw it untagged.  (Checked with gold
 * labels standing in for the tagger: the rules do not undo its right
 * decisions.)
 *
 * Users value precision over recall: a candidate with no evidence at all is
 * dropped, not guessed.
 *
 * Time is linear: each pass looks at a bounded window around each token, and
 * the document dictionary is a hash table.
 */
#include "nm.h"
#include "strtab.h"
#include "runsort.h"
#include <stdlib.h>

enum { T_NONE = -1 };

/* Confidence of a rule finding. */
enum { C_NONE = 0, C_WEAK, C_MEDIUM, C_STRONG };

typedef struct cand {
    uint32_t t0, t1;      /* tokens [t0, t1) */
    int8_t type;          /* nm_type or T_NONE */
    uint8_t conf;         /* C_* */
    uint8_t src;          /* nm_source */
    uint8_t caps;         /* on a line in capitals: needs confirmation */
    uint8_t sstart;       /* 1: opens a sentence with an unknown word;
                           * 2: alone in quotation marks (a work's title);
                           * 3: a common word opening a sentence, typed only
                           *    by the document dictionary */
    uint8_t dead;         /* dropped by a later rule */
    uint8_t table;        /* typed by the results-table rule alone */
    uint8_t sure;         /* evidence that beats the tagger: an honorific or
                           * office right before, an acronym in parentheses,
                           * a user lexicon entry */
} cand;

typedef struct ectx {
    nm_doc *d;
    const nm_token *tk;   /* d's tokens (none is added here): tok() reads them */
    const uint32_t *wc;
    size_t n;
    nm_vec cands;         /* cand */
    uint8_t *tcl;         /* per token: 1 on a headline in title case,
                           * 2 on a line of a table (several numbers) */
    int sports;           /* a sports report: towns name teams */
    uint8_t *sg;          /* SG_* of a capitalised word without its final "s"
                           * ("Iraqis" -> "Iraqi"), 0 for other words */
    size_t turns;         /* lines opening with a speaker's label */
} ectx;

#define CAND(c, i) (&((cand *)(c)->cands.data)[i])

/* ---- token predicates ---------------------------------------------------- */

#define SG_TITLE   1      /* the singular is an office noun */
#define SG_DEMONYM 2      /* the singular is a demonym */
#define SG_NAMEY_SET 4    /* namey_cap() of the token is known: */
#define SG_NAMEY   8      /* its value */

static const nm_token *tok(const ectx *c, size_t i) { return &c->tk[i]; }

static int is_word(const ectx *c, size_t i)
{
    return i < c->n && tok(c, i)->kind == TK_WORD;
}

static int is_lower_word(const ectx *c, size_t i)
{
    return is_word(c, i) && (tok(c, i)->flags & TF_LOWER);
}

static int tok_is(const ectx *c, size_t i, const char *w)
{
    return i < c->n && nm_tok_is(c->d, i, w);
}

static int is_punct(const ectx *c, size_t i, uint32_t cp)
{
    return i < c->n && tok(c, i)->kind == TK_PUNCT && nm_tok_cp(c->d, tok(c, i)) == cp &&
           tok(c, i)->end - tok(c, i)->start == 1;
}

/* On a headline written all in capitals, case tells nothing. */
static int on_caps_line(const ectx *c, size_t i)
{
    return (tok(c, i)->flags & TF_CAPSLINE) != 0;
}

/* A word that reads like a demonym ("Mongolian", "Chinese", "Polish"):
 * CoNLL calls these misc, and they are never a person, org or place alone.
 * Only used on words no lexicon knows. */
static int demonym_shape(const ectx *c, size_t i)
{
    const char *s = nm_tok_str(c->d, i);
    size_t n = nm_tok_len(c->d, i);
    if (n < 5)
        return 0;
    const char *e = s + n;
    return !memcmp(e - 3, "ian", 3) || !memcmp(e - 3, "ese", 3) ||
           !memcmp(e - 3, "ish", 3) || !memcmp(e - 4, "ican", 4) ||
           !memcmp(e - 3, "ean", 3) || !memcmp(e - 4, "eans", 4) || !memcmp(e - 4, "ians", 4);
}

/* Is s[0..n) a function word ("I" of "I'm")? */
static int builtin_func(const ectx *c, const char *s, size_t n)
{
    return (nm_word_class(c->d, s, n) & WC_FUNC) != 0;
}

/* A word ending like a demonym right after a given name is a surname
 * ("Jack Kevorkian"); after "South" or "North" it is not ("South Korean"). */
static int surname_slot(const ectx *c, size_t i)
{
    if (i == 0 || !is_word(c, i - 1) || !(tok(c, i - 1)->flags & TF_CAP) ||
        (tok(c, i - 1)->flags & TF_ALLCAPS) || (tok(c, i)->flags & TF_NEWLINE_BEFORE))
        return 0;
    static const char *const dirs[] = { "north", "south", "east", "west", "central", "northern",
                                        "southern", "eastern", "western", "new", NULL };
    for (const char *const *p = dirs; *p; p++)
        if (nm_tok_is(c->d, i - 1, *p))
            return 0;
    uint32_t w = c->wc[i - 1];
    return !(w & (WC_FUNC | WC_TITLE | WC_TITLEMOD | WC_MONTH | WC_WEEKDAY | LX_COUNTRY |
                  LX_REGION | LX_CITY | LX_DEMONYM | WC_ORGWORD | WC_PLACEHEAD));
}

/* A demonym opening an organisation's name: "African" of "East African
 * Community", "British" of "British Airways". */
static int demonym_in_org(const ectx *c, size_t i)
{
    for (size_t j = i + 1; j < c->n && j < i + 4; j++) {
        if (!is_word(c, j) || !(tok(c, j)->flags & TF_CAP) || (tok(c, j)->flags & TF_NEWLINE_BEFORE))
            return 0;
        if (c->wc[j] & WC_ORGWORD)
            return 1;
        /* "German Foreign Ministry": the ministry is Germany's, the
         * adjective is not part of its name */
        if (c->wc[j] & (WC_FUNC | WC_TITLE | WC_MONTH | WC_WEEKDAY | WC_HONOR | WC_TITLEMOD))
            return 0;
    }
    return 0;
}

/* Classes that make a capitalised word something other than a name. */
#define NOT_NAME (WC_MONTH | WC_WEEKDAY | WC_HONOR | WC_TITLE)

/* Can token i be part of a name?  Capitalised, not a month, title, honorific
 * or a function word ("The"), not a demonym.  namey() is asked of every
 * token: the test of the first letter is inline, the rest in namey_cap(). */
static int namey_cap(const ectx *c, size_t i);

static inline int namey(const ectx *c, size_t i)
{
    if (!is_word(c, i) || !(tok(c, i)->flags & TF_CAP))
        return 0;
    /* a function of the token and its neighbours' classes, asked again
     * and again by the scans below: kept once known */
    uint8_t sg = c->sg[i];
    if (!(sg & SG_NAMEY_SET)) {
        sg |= (uint8_t)(SG_NAMEY_SET | (namey_cap(c, i) ? SG_NAMEY : 0));
        c->sg[i] = sg;
    }
    return (sg & SG_NAMEY) != 0;
}

static int namey_cap(const ectx *c, size_t i)
{
    uint32_t w = c->wc[i];
    int allcaps = (tok(c, i)->flags & TF_ALLCAPS) && nm_tok_len(c->d, i) > 1;
    if (w & (WC_MONTH | WC_WEEKDAY | WC_HONOR | WC_NONAME))
        return 0;
    /* "Sept 7": a month without its period, before a day */
    if ((w & WC_DATEWORD) && i + 1 < c->n && tok(c, i + 1)->kind == TK_NUM)
        return 0;
    /* an office noun is no name, unless an org head word follows it
     * ("General Assembly", "General Motors") */
    if ((w & WC_TITLE) && !(w & (LX_COUNTRY | LX_CITY | LX_REGION | LX_ORG)) &&
        !(i + 1 < c->n && is_word(c, i + 1) && (tok(c, i + 1)->flags & TF_CAP) &&
          (c->wc[i + 1] & WC_ORGWORD)))
        return 0;
    if ((w & WC_FUNC) && !(allcaps && !on_caps_line(c, i)))
        return 0;
    if ((w & WC_SPEECH) && (tok(c, i)->flags & TF_SENT_START))
        return 0;
    if ((w & LX_DEMONYM) && !demonym_in_org(c, i))
        return 0;
    /* a plural demonym: "Iraqis", "Mongolians" */
    size_t n = nm_tok_len(c->d, i);
    const char *s = nm_tok_str(c->d, i);
    /* a plural office noun: "Representatives Wahono" */
    if (n > 4 && (c->sg[i] & SG_TITLE))
        return 0;
    /* "Toronto-based", "Kremlin-backed": an adjective made from a name */
    const char *hy = n < 64 ? memchr(s, '-', n) : NULL;
    if (hy) {
        const char *r;
        while ((r = memchr(hy + 1, '-', (size_t)(s + n - hy - 1))) != NULL)
            hy = r;
        size_t rn = (size_t)(s + n - hy - 1);
        if (rn >= 3 && hy[1] >= 'a' && hy[1] <= 'z' &&
            ((hy[rn - 1] == 'e' && hy[rn] == 'd') || (rn == 4 && !memcmp(hy + 1, "born", 4)) ||
             (rn == 3 && !memcmp(hy + 1, "run", 3)) || (rn == 4 && !memcmp(hy + 1, "made", 4)) ||
             (rn == 5 && !memcmp(hy + 1, "style", 5))))
            return 0;
    }
    /* "I'm", "We’re": a pronoun with its verb */
    for (size_t q = 1; q < n && q < 8; q++) {
        if (s[q] == '\'' ||
            ((unsigned char)s[q] == 0xE2 && q + 2 < n && !memcmp(s + q, "\xe2\x80\x99", 3))) {
            if (builtin_func(c, s, q))
                return 0;
            break;
        }
    }
    /* "Won't", "Don’t" in a title-case headline */
    if ((n > 3 && s[n - 1] == 't' && s[n - 2] == '\'' && s[n - 3] == 'n') ||
        (n > 5 && s[n - 1] == 't' && !memcmp(s + n - 4, "\xe2\x80\x99", 3) && s[n - 5] == 'n'))
        return 0;
    if (c->sg[i] & SG_DEMONYM)
        return 0;
    if (!(w & (LX_COUNTRY | LX_CITY | LX_REGION | LX_ORG | LX_PLACE_OTHER | LX_FIRSTNAME |
               LX_USER_PERSON | LX_USER_ORG | LX_USER_PLACE)) &&
        !(tok(c, i)->flags & TF_ALLCAPS) && demonym_shape(c, i) && !surname_slot(c, i) &&
        !demonym_in_org(c, i))
        return 0;
    return 1;
}

/* Token i starts a sentence (or a line) and is a common word there. */
static int common_at_start(const ectx *c, size_t i)
{
    const nm_token *t = tok(c, i);
    if (!(t->flags & (TF_SENT_START | TF_LINE_START)))
        return 0;
    uint32_t w = c->wc[i];
    if (w & (LX_COUNTRY | LX_CITY | LX_REGION | LX_ORG | LX_FIRSTNAME | LX_USER_PERSON |
             LX_USER_ORG | LX_USER_PLACE))
        return 0;
    if (w & (WC_FUNC | WC_SPEECH | WC_TITLEMOD))
        return 1;
    /* a common word that is also a given name ("Mark", "Frank", "Lee")
     * before a surname no dictionary knows is kept: "Mark Philippoussis" */
    if ((w & LX_COMMON) && i + 1 < c->n && is_word(c, i + 1) && (tok(c, i + 1)->flags & TF_CAP) &&
        !(tok(c, i + 1)->flags & TF_ALLCAPS) && !c->wc[i + 1] &&
        !(tok(c, i + 1)->flags & TF_NEWLINE_BEFORE))
        return 0;
    return (w & LX_COMMON) != 0;
}

/* Headlines in title case ("Rights Trumped by National Interests"): every
 * word capitalised but short function words.  As on a line in capitals,
 * case says nothing there, so names on them need confirmation. */
static int sports_doc(const ectx *c);

static nm_status title_case_lines(ectx *c)
{
    c->tcl = calloc(c->n ? c->n : 1, 1);
    if (!c->tcl)
        return NM_ENOMEM;
    size_t i = 0;
    while (i < c->n) {
        /* One pass over the line: its end j, the run-in heading's end e at
         * a colon ("Little Relief for Refugees: The ..."), the counts over
         * [i, e) and the table counts over its first 40 tokens. */
        size_t j = i, e = c->n;
        size_t cap = 0, low = 0, commas = 0, nums = 0, capfunc = 0, tn = 0, tw = 0;
        int content_lower = 0, parens = 0;
        do {
            const nm_token *t = tok(c, j);
            if (j < i + 40) {
                tn += t->kind == TK_NUM;
                tw += t->kind == TK_WORD;
            }
            if (e == c->n) {
                /* is_punct() of an ASCII mark: a one-byte punctuation token */
                unsigned p = t->kind == TK_PUNCT && t->end - t->start == 1
                                 ? (unsigned char)c->d->text[t->start] : 0;
                if (p == ':') {
                    e = j;
                } else {
                    commas += p == ',';
                    parens |= p == '(';
                    nums += t->kind == TK_NUM;
                    size_t len = t->end - t->start;
                    if (t->kind == TK_WORD && len >= 2 && !(t->flags & TF_ALLCAPS)) {
                        if ((t->flags & TF_CAP) && !(t->flags & TF_DIGIT)) {
                            cap++;
                            /* "The Gap Goes On": a small word capitalised mid-line */
                            capfunc += j > i && (c->wc[j] & WC_FUNC) && len <= 4;
                        } else if (t->flags & TF_LOWER) {
                            low++;
                            if (!(c->wc[j] & WC_FUNC) || len > 4)
                                content_lower = 1;
                        }
                    }
                }
            }
            j++;
            /* a line that can be no headline (a word in lower case, a
             * comma, a number) needs only the table count and its end */
            if (content_lower || commas || nums || parens) {
                for (; j < c->n && j < i + 40 && !(tok(c, j)->flags & TF_NEWLINE_BEFORE); j++) {
                    tn += tok(c, j)->kind == TK_NUM;
                    tw += tok(c, j)->kind == TK_WORD;
                }
                while (j < c->n && !(tok(c, j)->flags & TF_NEWLINE_BEFORE))
                    j++;
                break;
            }
        } while (j < c->n && !(tok(c, j)->flags & TF_NEWLINE_BEFORE));
        if (e > j)
            e = j;
        int whole = e == j;
        /* a list of names ("Ana Lima, Rui Costa") is no headline: a headline
         * has a small word in lower case and no list or table; a short one
         * ("Climate Change.") stands alone on its line with a period */
        /* a sentence broken over lines ("trained in\nBritain by Richard
         * Hannon.") is no headline: the line before it ends in a word in
         * lower case or a comma, or the next line goes on in lower case;
         * nor a run-in label with a parenthesis ("London (The Oval): ...") */
        int broken = (i > 0 && (is_lower_word(c, i - 1) || is_punct(c, i - 1, ',') ||
                                is_punct(c, i - 1, ':') ||
                                (c->wc[i - 1] & (WC_HONOR | WC_TITLE)))) ||
                     tok(c, i)->kind == TK_PUNCT || (j < c->n && is_lower_word(c, j));
        /* "North Battleford, Sask.", "Goldman, Sachs & Co.": a comma makes
         * a line a name with its region or a firm, seldom a headline */
        int headline = !content_lower && !commas && !nums && !parens && !broken &&
                       !(tok(c, i)->flags & TF_CAPSLINE) &&
                       (((low >= 1 || capfunc >= 1) && cap >= 3 && cap * 2 > cap + low) ||
                        (whole && low == 0 && cap >= 2 && cap <= 4 && is_punct(c, j - 1, '.') &&
                         (j >= c->n || (tok(c, j)->flags & TF_PARA_START))));
        if (headline)
            memset(c->tcl + i, 1, e - i);
        /* a line of a sports table or results list: several numbers, at
         * least half as many as words (counted over its first 40 tokens) */
        if (tn >= 2 && tn * 2 >= tw)
            for (size_t k = i; k < j; k++)
                c->tcl[k] |= 2;
        i = j;
    }
    return NM_OK;
}

/* A speaker's label in a transcript: "HALVORSEN: What happens next?" -- one
 * to three words in capitals opening a line, a colon, and a sentence on the
 * same line (a word in lower case).  The label's words are no common words
 * and no known organisation or country: "NOTE: ...", "MOODY'S: A1" and the
 * fields of a bond notice are not speakers.  Returns the colon's token, or
 * 0. */
static size_t speaker_label(const ectx *c, size_t i)
{
    if (!(tok(c, i)->flags & TF_LINE_START))
        return 0;
    size_t j = i;
    while (j < c->n && j < i + 3 && is_word(c, j) && (tok(c, j)->flags & TF_ALLCAPS) &&
           nm_tok_len(c->d, j) >= 2 && !(tok(c, j)->flags & TF_DIGIT) &&
           !(c->wc[j] & (LX_COMMON | WC_FUNC | LX_ORG | LX_COUNTRY | WC_ORGWORD | WC_TITLE |
                         WC_NONAME | WC_MONTH | WC_WEEKDAY)) &&
           (j == i || !(tok(c, j)->flags & TF_NEWLINE_BEFORE)))
        j++;
    if (j == i || !is_punct(c, j, ':'))
        return 0;
    for (size_t k = j + 1; k < c->n && k < j + 12 && !(tok(c, k)->flags & TF_NEWLINE_BEFORE); k++)
        if (is_lower_word(c, k))
            return j;
    return 0;
}

/* ---- candidates ---------------------------------------------------------- */

static cand *add_cand(ectx *c, size_t t0, size_t t1)
{
    cand *k = nm_vec_push(&c->cands, sizeof *k);
    if (!k)
        return NULL;
    k->t0 = (uint32_t)t0;
    k->t1 = (uint32_t)t1;
    k->type = T_NONE;
    k->src = SRC_RULE;
    return k;
}

/* Does the run [a, b) hold an organisation or place head word, so that
 * "of" may continue it ("Bank of England", "Republic of Korea")? */
static int run_takes_of(const ectx *c, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (c->wc[i] & (WC_ORGWORD | WC_PLACEHEAD))
            return 1;
    return 0;
}

/* "Test and County Cricket Board", "Douglas & Lomason": "and" or "&" joins
 * two capitalised runs when the whole ends in an organisation head word and
 * the left part has none ("Ministry and Council" are two), or always for
 * "&" between names (firms). */
static int and_joins(const ectx *c, size_t i, size_t j)
{
    int amp = i < j && j < c->n && tok(c, j)->kind == TK_PUNCT && nm_tok_cp(c->d, tok(c, j)) == '&';
    if (!amp && !(is_lower_word(c, j) && tok_is(c, j, "and")))
        return 0;
    if (!namey(c, j + 1))
        return 0;
    if (amp)
        return 1;
    if (run_takes_of(c, i, j))
        return 0;
    size_t k = j + 1;
    while (k < c->n && k < j + 6 && namey(c, k))
        k++;
    return (c->wc[k - 1] & WC_ORGWORD) != 0;
}

/* Extends a run of name tokens from i; returns its end.  Lower-case joiners:
 * name particles ("van", "bin") between capitals, and "of" / "of the" /
 * "for" after a head word. */
static size_t scan_run(const ectx *c, size_t i)
{
    size_t j = i;
    /* names are short: a longer run is a headline or a list, cut it */
    while (j < c->n && j < i + 12) {
        if (namey(c, j) && (j == i || !(tok(c, j)->flags & TF_NEWLINE_BEFORE))) {
            j++;
            continue;
        }
        if (j == i)
            break;
        /* particles inside personal names */
        if (is_lower_word(c, j) && (c->wc[j] & WC_PARTICLE) && namey(c, j + 1) &&
            !(c->wc[j - 1] & WC_ORGWORD)) {
            j++;
            continue;
        }
        if ((tok_is(c, j, "of") || tok_is(c, j, "for")) && is_lower_word(c, j) &&
            run_takes_of(c, i, j) && !nm_company_suffix(c->d, j - 1)) {
            /* not "of the": "Political Bureau of the Communist Party" is two
             * organisations, one inside the other */
            /* not into an office: "Awami League of [Prime Minister]" */
            if (namey(c, j + 1) && !((c->wc[j + 1] & WC_TITLEMOD) && j + 2 < c->n &&
                                     (c->wc[j + 2] & WC_TITLE))) {
                j++;
                continue;
            }
        }
        if (and_joins(c, i, j)) {
            j++;
            continue;
        }
        break;
    }
    return j;
}

/* A run such as "National Security Council Jadamba Enkhbayar" (an office's
 * organisation followed by its holder): split after the last head word when
 * two or more plain capitalised words follow it. */
static size_t org_split(const ectx *c, size_t a, size_t b)
{
    size_t last = (size_t)-1;
    for (size_t i = a; i < b; i++) {
        if (!is_word(c, i) || (tok(c, i)->flags & TF_LOWER))
            return b;          /* joined by "of": keep whole */
        if (c->wc[i] & WC_ORGWORD)
            last = i;
    }
    if (last == (size_t)-1 || b - (last + 1) < 2)
        return b;
    for (size_t i = last + 1; i < b; i++)
        if (c->wc[i] & (WC_ORGWORD | WC_PLACEHEAD | LX_ORG))
            return b;
    return last + 1;
}

/* Is the word at i the start of a line of a sports table or results list:
 * a line holding several numbers? */
static int table_line(const ectx *c, size_t i)
{
    return (c->tcl[i] & 2) != 0;     /* marked per line in title_case_lines() */
}

/* ---- typing -------------------------------------------------------------- */

static int type_of_classes(uint32_t w)
{
    if (w & LX_USER_PERSON) return NM_PERSON;
    if (w & LX_USER_ORG) return NM_ORG;
    if (w & LX_USER_PLACE) return NM_PLACE;
    if (w & LX_ORG) return NM_ORG;
    if (w & (LX_COUNTRY | LX_REGION | LX_CITY | LX_PLACE_OTHER)) return NM_PLACE;
    return T_NONE;
}

/* Type of a single word from the lexicon, and how sure it is.  Countries
 * and known organisations are sure.  A town's name is often a surname too
 * ("Clinton", "Washington", "Harrison"): weak, so that context and the
 * rest of the document decide.  A town named like a common word ("Nice",
 * "Police", "Green") or a bare compass word is not typed at all. */
static int word_type(const ectx *c, size_t i, int *conf)
{
    uint32_t w = c->wc[i];
    int t = type_of_classes(w);
    *conf = C_STRONG;
    if (t == NM_ORG && !(w & LX_USER_ORG)) {
        /* a one-word org name that is also a place ("Washington") reads as
         * the place; one that is a common word ("Base", "Capital") needs
         * more than the lexicon */
        if (w & (LX_COUNTRY | LX_REGION | LX_CITY | LX_PLACE_OTHER))
            t = NM_PLACE;
        else if (w & (LX_COMMON | WC_FUNC | WC_NONAME))
            return T_NONE;
        else
            return t;
    }
    if (t != NM_PLACE || (w & (LX_COUNTRY | LX_USER_PLACE)))
        return t;
    static const char *const dirs[] = { "north", "south", "east", "west", "central",
                                        "northern", "southern", "eastern", "western", NULL };
    for (const char *const *p = dirs; *p; p++)
        if (nm_tok_is(c->d, i, *p))
            return T_NONE;
    if (w & (LX_COMMON | WC_FUNC | WC_NONAME))
        return T_NONE;
    *conf = (w & LX_REGION) && !(w & LX_CITY) ? C_MEDIUM : C_WEAK;
    return t;
}

static void set_type(cand *k, int type, int conf, int src)
{
    if (conf > k->conf) {
        k->type = (int8_t)type;
        k->conf = (uint8_t)conf;
        k->src = (uint8_t)src;
    }
}

/* Initials of the capitalised words of [a, b) equal the acronym at i? */
static int acronym_of(const ectx *c, size_t a, size_t b, size_t i)
{
    const char *s = nm_tok_str(c->d, i);
    size_t n = nm_tok_len(c->d, i), k = 0;
    for (size_t j = a; j < b; j++) {
        if (!is_word(c, j) || !(tok(c, j)->flags & TF_CAP))
            continue;
        while (k < n && s[k] == '.')
            k++;
        if (k >= n || (nm_tok_str(c->d, j)[0] | 0x20) != (s[k] | 0x20))
            return 0;
        k++;
    }
    while (k < n && s[k] == '.')
        k++;
    return k == n && n >= 2;
}

/* A title word right before a (non-ORG) run: "President Barack Obama",
 * "coach Glenn Hoddle", "Minister Dariusz Rosati". */
static int title_before(const ectx *c, size_t a)
{
    if (a == 0)
        return 0;
    uint32_t w = c->wc[a - 1];
    if (is_word(c, a - 1) && (w & WC_TITLE) && !(w & WC_ORGWORD))
        return 1;
    /* "Secretary of State Hillary Clinton", "Minister of Trade Ana Lima" */
    size_t i = a;
    while (i > 0 && i + 3 > a && is_word(c, i - 1) && (c->wc[i - 1] & WC_TITLEMOD) &&
           (tok(c, i - 1)->flags & TF_CAP))
        i--;
    return i < a && i >= 2 && is_lower_word(c, i - 1) && tok_is(c, i - 1, "of") &&
           is_word(c, i - 2) && (c->wc[i - 2] & WC_TITLE);
}

/* Leading office words of a run that an office phrase before it owns:
 * "[Secretary of] State Hillary Clinton" -> "Hillary Clinton". */
static size_t strip_office_words(const ectx *c, size_t a, size_t b)
{
    if (a < 2 || !is_lower_word(c, a - 1) || !tok_is(c, a - 1, "of") || !is_word(c, a - 2) ||
        !(c->wc[a - 2] & WC_TITLE))
        return a;
    size_t i = a;
    while (i + 1 < b && i < a + 3 && (c->wc[i] & WC_TITLEMOD))
        i++;
    /* keep the run when nothing name-like is left after the office words */
    return i + 1 <= b && i > a ? i : a;
}

static void type_cand(ectx *c, cand *k)
{
    size_t a = k->t0, b = k->t1, len = b - a;
    const nm_lexicon *lex = c->d->eng ? c->d->eng->lex : NULL;
    if (k->sstart == 3)
        return;     /* a common word opening a sentence: the document decides */

    /* lexicon: a known phrase or word covering the whole run */
    if (lex && len >= 2) {
        size_t nt = 0;
        uint32_t w = nm_lex_phrase(lex, c->d, a, &nt);
        if (nt == len) {
            int t = type_of_classes(w);
            if (w & LX_DEMONYM && t == T_NONE) {
                k->dead = 1;
                return;
            }
            if (t != T_NONE) {
                set_type(k, t, C_STRONG, SRC_LEXICON);
                if (w & (LX_USER_PERSON | LX_USER_ORG | LX_USER_PLACE))
                    k->sure = 1;
            }
        }
    }
    if (len == 1) {
        int conf;
        int t = word_type(c, a, &conf);
        if (t != T_NONE)
            set_type(k, t, conf, SRC_LEXICON);
        else if (c->wc[a] & (WC_ORGWORD | WC_PLACEHEAD))
            return;    /* "Office", "Ministry" alone name nothing in particular */
    }

    /* head words: the last word, or the one before the first "of" */
    size_t head = b - 1;
    for (size_t i = a; i < b; i++)
        if (is_lower_word(c, i) && (tok_is(c, i, "of") || tok_is(c, i, "for"))) {
            head = i - 1;
            break;
        }
    if ((c->wc[head] & WC_MISCHEAD) && k->conf < C_STRONG) {
        k->dead = 1;          /* "Hong Kong Open", "World Cup": events (misc) */
        return;
    }
    if (c->wc[head] & WC_ORGWORD)
        set_type(k, NM_ORG, C_STRONG, SRC_RULE);
    else if ((c->wc[head] & WC_PLACEHEAD) && len > 1)
        set_type(k, NM_PLACE, C_MEDIUM, SRC_RULE);
    else if (len > 1)
        for (size_t i = a; i < b; i++)
            if (c->wc[i] & WC_ORGWORD) {
                set_type(k, NM_ORG, C_MEDIUM, SRC_RULE);
                break;
            }

    /* a speaker in a transcript: "WALLACE: Let's start", at a line start;
     * sure (it beats the tagger, which reads a line-opening word in
     * capitals as a dateline) when the document has several such turns */
    if (k->conf < C_STRONG && is_punct(c, b, ':') && len <= 3 && !(c->wc[b - 1] & WC_ORGWORD) &&
        ((tok(c, a)->flags & TF_LINE_START) ||
         (a > 0 && tok(c, a - 1)->kind == TK_QUOTE && (tok(c, a - 1)->flags & TF_LINE_START))) &&
        (tok(c, a)->flags & TF_ALLCAPS) && !k->caps) {
        set_type(k, NM_PERSON, C_MEDIUM, SRC_CONTEXT);
        k->sure = c->turns >= 2 && speaker_label(c, a) == b;
        return;
    }

    /* a name alone in quotation marks is a work's or a show's title
     * ("Shark Tank"): no shape rule applies to it */
    if (a > 0 && tok(c, a - 1)->kind == TK_QUOTE && tok(c, a - 1)->qside != TQ_CLOSE &&
        ((b < c->n && tok(c, b)->kind == TK_QUOTE) ||
         (b + 1 < c->n && tok(c, b)->kind == TK_PUNCT && tok(c, b + 1)->kind == TK_QUOTE)))
        k->sstart = 2;

    /* "Hurricane Edouard", "Operation Desert Storm": named events */
    if (k->conf < C_STRONG && len >= 2 &&
        (tok_is(c, a, "hurricane") || tok_is(c, a, "typhoon") || tok_is(c, a, "cyclone") ||
         tok_is(c, a, "operation") || tok_is(c, a, "storm"))) {
        k->dead = 1;
        return;
    }

    /* a newspaper, agency or channel named after its kind: "the daily
     * Gazeta Wyborcza", "Albanian daily Koha Jone", "the weekly Der Spiegel" */
    if (k->conf < C_STRONG && a > 0 && is_lower_word(c, a - 1) &&
        (tok_is(c, a - 1, "daily") || tok_is(c, a - 1, "newspaper") ||
         tok_is(c, a - 1, "weekly") || tok_is(c, a - 1, "magazine") ||
         tok_is(c, a - 1, "paper") || tok_is(c, a - 1, "agency") ||
         tok_is(c, a - 1, "broadcaster") || tok_is(c, a - 1, "channel") ||
         tok_is(c, a - 1, "tabloid") || tok_is(c, a - 1, "station"))) {
        set_type(k, NM_ORG, C_STRONG, SRC_CONTEXT);
        return;
    }

    /* "Juan Santamaria airport", "Tongo Field region": a place named by the
     * noun after it */
    if (k->conf < C_STRONG && b < c->n && is_lower_word(c, b) && (c->wc[b] & WC_PLACEHEAD) &&
        !(c->wc[b] & WC_FUNC))
        set_type(k, NM_PLACE, C_MEDIUM, SRC_CONTEXT);

    /* "Hashimoto, who arrived": a person */
    if (k->type == T_NONE && is_punct(c, b, ',') &&
        (tok_is(c, b + 1, "who") || tok_is(c, b + 1, "whose")) && is_lower_word(c, b + 1))
        set_type(k, NM_PERSON, C_MEDIUM, SRC_CONTEXT);

    /* "Amoco spokesman Dan Dietsch": the org a spokesman speaks for */
    if (k->type == T_NONE && b + 1 < c->n && is_lower_word(c, b) && (c->wc[b] & WC_TITLE) &&
        is_word(c, b + 1) && (tok(c, b + 1)->flags & TF_CAP) && !(c->wc[b + 1] & WC_FUNC))
        set_type(k, NM_ORG, C_WEAK, SRC_CONTEXT);

    /* "Hobbs & Corran": a firm */
    for (size_t i = a + 1; i + 1 < b; i++)
        if (tok(c, i)->kind == TK_PUNCT && nm_tok_cp(c->d, tok(c, i)) == '&')
            set_type(k, NM_ORG, C_MEDIUM, SRC_RULE);

    /* honorific or office noun right before: a person */
    if (a > 0 && (c->wc[a - 1] & WC_HONOR) && (tok(c, a - 1)->flags & TF_CAP) &&
        k->type != NM_ORG) {
        set_type(k, NM_PERSON, C_STRONG, SRC_CONTEXT);
        k->sure = k->type == NM_PERSON;
    }
    if (k->conf < C_STRONG && title_before(c, a) && len <= 4) {
        set_type(k, NM_PERSON, C_STRONG, SRC_CONTEXT);
        k->sure = k->type == NM_PERSON;
    }

    /* A name split off an organisation ("... Council Jadamba Enkhbayar") */
    if (a > 0 && (c->wc[a - 1] & WC_ORGWORD) && is_word(c, a - 1) &&
        (tok(c, a - 1)->flags & TF_CAP) && len >= 2)
        set_type(k, NM_PERSON, C_MEDIUM, SRC_CONTEXT);

    /* speech verbs: "Enkhbayar said", ", said Wang Yi" */
    if (k->conf < C_MEDIUM || k->type == T_NONE) {
        int speech_after = is_lower_word(c, b) && (c->wc[b] & WC_SPEECH) &&
                           !tok_is(c, b, "asked") && !tok_is(c, b, "reported");
        int speech_before = a >= 2 && is_lower_word(c, a - 1) && (c->wc[a - 1] & WC_SPEECH) &&
                            (tok(c, a - 2)->kind == TK_PUNCT || tok(c, a - 2)->kind == TK_QUOTE) &&
                            !tok_is(c, a - 1, "asked");
        /* an acronym that speaks is an organisation ("the FDA said") */
        int acro = len == 1 && (tok(c, a)->flags & TF_ALLCAPS) && nm_tok_len(c->d, a) >= 2;
        /* "Analysts said", "Pilots said": a plural noun opening a sentence
         * is a group of people, not a name; a real name there ("Jones
         * said") is typed by its other mentions */
        const char *w = nm_tok_str(c->d, a);
        size_t wn = nm_tok_len(c->d, a);
        int plural_start = len == 1 && (tok(c, a)->flags & TF_SENT_START) && wn > 3 &&
                           w[wn - 1] == 's' && w[wn - 2] != 's' && w[wn - 2] != 'u' &&
                           w[wn - 2] != '\'';
        int all_common = 1;
        for (size_t i = a; i < b; i++)
            all_common &= (c->wc[i] & LX_COMMON) != 0;
        if ((speech_after || speech_before) && !(speech_after && plural_start) &&
            !(all_common && !acro))   /* "White House said" */
            set_type(k, acro ? NM_ORG : NM_PERSON, C_MEDIUM, SRC_CONTEXT);
    }

    /* apposition: "Smith, 45," / "Wang Yi, a member of", "Lee, also director" */
    if (k->conf < C_MEDIUM && is_punct(c, b, ',')) {
        size_t j = b + 1;
        if (j < c->n && tok(c, j)->kind == TK_NUM && is_punct(c, j + 1, ','))
            set_type(k, NM_PERSON, C_MEDIUM, SRC_CONTEXT);
        if (tok_is(c, j, "a") || tok_is(c, j, "an") || tok_is(c, j, "the") ||
            tok_is(c, j, "also") || tok_is(c, j, "former"))
            j++;
        /* the office noun itself, or after one modifier ("Foreign Minister") */
        if (is_word(c, j) && (c->wc[j] & WC_TITLEMOD) && !(c->wc[j] & WC_TITLE))
            j++;
        if (is_word(c, j) && (c->wc[j] & WC_TITLE) && !(tok(c, a)->flags & TF_ALLCAPS))
            set_type(k, NM_PERSON, C_MEDIUM, SRC_CONTEXT);
    }

    /* a place after "in", "near", "at" */
    if (k->type == T_NONE && a > 0 && is_lower_word(c, a - 1) &&
        (tok_is(c, a - 1, "in") || tok_is(c, a - 1, "near")))
        set_type(k, NM_PLACE, C_WEAK, SRC_CONTEXT);

    /* shape: two or three plain capitalised words read as a personal name */
    /* a town and a plural: a team ("Philadelphia Eagles", "Texas Rangers") */
    if (k->type == T_NONE && len >= 2 && len <= 3 && (c->wc[a] & (LX_CITY | LX_REGION))) {
        const char *w = nm_tok_str(c->d, b - 1);
        size_t wn = nm_tok_len(c->d, b - 1);
        if (wn > 3 && w[wn - 1] == 's' && w[wn - 2] != 's' && (c->wc[b - 1] & LX_COMMON))
            set_type(k, NM_ORG, C_MEDIUM, SRC_RULE);
    }

    /* not after a closing parenthesis: "(Finland) Toyota Celica" names a car */
    if (k->type == T_NONE && len >= 2 && len <= 3 && !k->caps && k->sstart != 2 &&
        !(a > 0 && is_punct(c, a - 1, ')'))) {
        int plain = 1;
        size_t common = 0;
        for (size_t i = a; i < b; i++) {
            if (!is_word(c, i) || (tok(c, i)->flags & TF_ALLCAPS) ||
                (c->wc[i] & ~(uint32_t)(LX_FIRSTNAME | LX_COMMON | LX_CITY | LX_REGION | WC_DATEWORD)))
                plain = 0;
            common += (c->wc[i] & LX_COMMON) != 0;
        }
        /* all common words: a place or a team ("Grace Road", "Red Star");
         * surnames are often common words, given names seldom */
        if (common == len && !(c->wc[a] & LX_FIRSTNAME))
            plain = 0;
        if (plain)
            set_type(k, NM_PERSON, C_WEAK, SRC_RULE);
    }
    if (k->type == T_NONE && (c->wc[a] & LX_FIRSTNAME) && len >= 2)
        set_type(k, NM_PERSON, C_MEDIUM, SRC_LEXICON);

    /* an acronym in capitals outside a headline: most often an organisation */
    if (k->type == T_NONE && len == 1 && !k->caps && (tok(c, a)->flags & TF_ALLCAPS) &&
        !(tok(c, a)->flags & TF_DIGIT) && nm_tok_len(c->d, a) >= 2 && nm_tok_len(c->d, a) <= 6 &&
        !memchr(nm_tok_str(c->d, a), '-', nm_tok_len(c->d, a)))
        set_type(k, NM_ORG, C_WEAK, SRC_RULE);

    /* a team in a results table */
    if (k->type == T_NONE && !k->caps && b < c->n && tok(c, b)->kind == TK_NUM && table_line(c, a)) {
        set_type(k, len == 1 ? NM_ORG : NM_PERSON, C_WEAK, SRC_RULE);
        k->table = 1;
    }
}

/* "Communist Party of China Central Committee (CPCCC)": the acronym takes
 * the type of the long form, and an untyped long form becomes an org. */
static void acronyms(ectx *c)
{
    size_t nc = c->cands.n;
    for (size_t i = 0; i + 1 < nc; i++) {
        cand *k = CAND(c, i), *x = CAND(c, i + 1);
        size_t b = k->t1;
        if (k->dead || x->dead || !is_punct(c, b, '(') || x->t0 != b + 1 || x->t1 != b + 2 ||
            !is_punct(c, b + 2, ')') || !(tok(c, b + 1)->flags & TF_ALLCAPS))
            continue;
        if (!acronym_of(c, k->t0, k->t1, b + 1) && k->type != NM_ORG)
            continue;
        if (k->type == T_NONE || k->type == NM_PERSON)
            k->type = NM_ORG;
        if (k->conf < C_MEDIUM)
            k->conf = C_MEDIUM;
        x->type = k->type;
        x->conf = C_STRONG;
        x->caps = 0;
        x->sure = 1;
    }
}

/* "Ernie Els (South Africa)": a name in parentheses right after a person
 * is where that person comes from. */
static void paren_places(ectx *c)
{
    size_t found = 0, countries = 0;
    for (size_t i = 1; i < c->cands.n; i++) {
        cand *p = CAND(c, i - 1), *k = CAND(c, i);
        if (p->dead || k->dead || p->type != NM_PERSON)
            continue;
        if (k->t0 != p->t1 + 1 || !is_punct(c, p->t1, '(') || !is_punct(c, k->t1, ')'))
            continue;
        if (k->conf >= C_MEDIUM) {
            /* typed already: a known country, or a club the rules know */
            found++;
            countries += k->type == NM_PLACE && k->t1 - k->t0 == 1 && (c->wc[k->t0] & LX_COUNTRY);
            continue;
        }
        if ((tok(c, k->t0)->flags & TF_ALLCAPS) && k->t1 - k->t0 == 1 &&
            nm_tok_len(c->d, k->t0) <= 3)
            continue;      /* "(AP)": an agency, not a country */
        const char *w = nm_tok_str(c->d, k->t0);
        if (nm_tok_len(c->d, k->t0) > 2 && w[1] == '-' && (w[0] == 'R' || w[0] == 'D' || w[0] == 'I'))
            continue;      /* "(R-Ohio)": party and state of a US lawmaker */
        set_type(k, NM_PLACE, C_MEDIUM, SRC_CONTEXT);
        k->sure = 2;     /* decided below */
        found++;
        if (k->t1 - k->t0 == 1 && (c->wc[k->t0] & LX_COUNTRY))
            countries++;
    }
    /* A results list repeats the pattern.  Where at least half of the names
     * in parentheses are countries ("Ana Lima (Brazil), Rui Costa
     * (Zembria)") it lists nationalities, and the rule beats the tagger,
     * which reads an unknown country there as a team; a squad list names
     * clubs ("(Ajax)", "(Marseille)"), which are organisations, and one
     * "Boris (Yeltsin)" alone says nothing. */
    for (size_t i = 0; i < c->cands.n; i++) {
        cand *k = CAND(c, i);
        if (k->sure == 2)
            k->sure = found >= 2 && countries * 2 >= found;
    }
}

/* Datelines: "LONDON 1996-08-30", "MOSCOW, Sept. 20 (Xinhua) --",
 * "AKRON, Ohio 1996-08-22". */
static void datelines(ectx *c)
{
    for (size_t i = 0; i < c->cands.n; i++) {
        cand *k = CAND(c, i);
        size_t a = k->t0, b = k->t1;
        if (k->dead || !(tok(c, a)->flags & TF_LINE_START) || !(tok(c, a)->flags & TF_ALLCAPS))
            continue;
        if (b >= c->n || (tok(c, b)->flags & TF_NEWLINE_BEFORE))
            continue;
        int date = tok(c, b)->kind == TK_NUM && (tok(c, b)->flags & TF_DIGIT) &&
                   nm_tok_len(c->d, b) >= 8;
        int comma = is_punct(c, b, ',') && b + 1 < c->n &&
                    ((c->wc[b + 1] & WC_MONTH) || is_punct(c, b + 2, '('));
        int agency = is_punct(c, b, '(');
        /* "AKRON, Ohio 1996-08-22", "MONTGOMERY, Ala." + line end */
        int region = 0;
        if (is_punct(c, b, ',') && i + 1 < c->cands.n && CAND(c, i + 1)->t0 == b + 1) {
            size_t e = CAND(c, i + 1)->t1;
            if (e < c->n && is_punct(c, e, '.'))
                e++;
            region = e >= c->n || (tok(c, e)->flags & TF_NEWLINE_BEFORE) ||
                     (tok(c, e)->kind == TK_NUM && nm_tok_len(c->d, e) >= 8) || is_punct(c, e, '(');
            if (region) {
                cand *r = CAND(c, i + 1);
                set_type(r, NM_PLACE, C_STRONG, SRC_CONTEXT);
                r->caps = 0;
            }
        }
        if ((date || comma || agency || region) && !(k->type == NM_ORG && k->conf >= C_STRONG)) {
            set_type(k, NM_PLACE, C_STRONG, SRC_RULE);
            k->caps = 0;
        }
    }
}

/* ---- the document dictionary --------------------------------------------- */

/* Case-folded strings of typed mentions, with votes per type. */
typedef struct dent {
    uint16_t votes[3];     /* person, org, place */
    uint8_t strong;        /* bit per type voted by a strong finding */
    uint8_t solid;         /* bit per type voted by a medium or strong finding */
    uint8_t weakpart;      /* a word of a name typed person by its shape only */
    uint8_t surname;       /* the last word of a person's full name the tagger found */
    uint8_t body;          /* seen outside a headline in title case */
} dent;

/* The strings (nm_strtab: its value indexes ents) and their entries. */
typedef struct dict {
    nm_strtab keys;
    nm_vec ents;           /* dent */
    int oom;               /* an insert failed for want of memory */
} dict;

/* The entry of s[0..n), added (zeroed) when insert is set.  An entry
 * pointer stays valid until the next insert (which may move the entries).
 * NULL when absent, or when an insert runs out of memory (D->oom is then
 * set). */
static dent *dict_find(dict *D, const char *s, size_t n, int insert)
{
    if (n == 0 || n > 200)
        return NULL;
    if (!insert) {
        const nm_strkey *k = nm_strtab_get(&D->keys, s, n, 0);
        return k ? (dent *)D->ents.data + k->val : NULL;
    }
    if (nm_vec_reserve(&D->ents, sizeof(dent), 1)) {
        D->oom = 1;
        return NULL;
    }
    int added;
    nm_strkey *k = nm_strtab_put(&D->keys, s, n, 0, &added);
    if (!k) {
        D->oom = 1;
        return NULL;
    }
    if (added) {
        k->val = (int32_t)D->ents.n;
        nm_vec_push(&D->ents, sizeof(dent));   /* zeroed; room reserved above */
    }
    return (dent *)D->ents.data + k->val;
}

static int dict_type(const dent *e, int *votes)
{
    int best = T_NONE, bv = 0;
    for (int t = 0; t < 3; t++)
        if (e->votes[t] > bv) {
            bv = e->votes[t];
            best = t;
        }
    if (votes)
        *votes = bv;
    return best == 0 ? NM_PERSON : best == 1 ? NM_ORG : best == 2 ? NM_PLACE : T_NONE;
}

static int vote_slot(int type)
{
    return type == NM_PERSON ? 0 : type == NM_ORG ? 1 : type == NM_PLACE ? 2 : -1;
}

/* Votes weigh by confidence: weak 1, medium 2, strong 4. */
/* Votes for a type of s[0..n); its entry (valid until the next insert), or
 * NULL when out of memory (D->oom is set). */
static dent *dict_vote(dict *D, const char *s, size_t n, int type, int conf)
{
    int v = vote_slot(type);
    dent *e = dict_find(D, s, n, 1);
    if (e && v >= 0 && e->votes[v] < 60000) {
        e->votes[v] += conf >= C_STRONG ? 4 : conf >= C_MEDIUM ? 2 : 1;
        if (conf >= C_STRONG)
            e->strong |= (uint8_t)(1u << v);
        if (conf >= C_MEDIUM)
            e->solid |= (uint8_t)(1u << v);
    }
    return e;
}

/* The one type strong findings gave this string, or T_NONE. */
static int dict_strong_type(const dent *e)
{
    switch (e->strong) {
    case 1: return NM_PERSON;
    case 2: return NM_ORG;
    case 4: return NM_PLACE;
    }
    return T_NONE;
}

static nm_status dict_init(dict *D)
{
    memset(D, 0, sizeof *D);
    return nm_strtab_init(&D->keys, 1024);
}

static void dict_free(dict *D)
{
    nm_strtab_free(&D->keys);
    nm_vec_free(&D->ents);
}

static const char *span_str(const ectx *c, size_t a, size_t b, size_t *n)
{
    *n = tok(c, b - 1)->end - tok(c, a)->start;
    return c->d->text + tok(c, a)->start;
}

/* Spreads confident types over the document: the same string gets the same
 * type; a single word of a person's name is that person; a headline word in
 * capitals matches the body's spelling.  Longest match first. */
static nm_status propagate(ectx *c)
{
    dict D;
    memset(&D, 0, sizeof D);
    if (dict_init(&D) != NM_OK)
        return NM_ENOMEM;
    size_t n;
    for (size_t i = 0; i < c->cands.n; i++) {
        cand *k = CAND(c, i);
        if (k->dead || k->type == T_NONE || k->conf < C_WEAK || k->caps)
            continue;
        if (c->sports && k->type == NM_PLACE && k->conf < C_MEDIUM)
            continue;   /* "in Leeds" says nothing of "Leeds beat Harrogate" */
        const char *s = span_str(c, k->t0, k->t1, &n);
        dict_vote(&D, s, n, k->type, k->conf);
    }
    /* parts of person names: "Shearer" of "Alan Shearer" */
    for (size_t i = 0; i < c->cands.n; i++) {
        cand *k = CAND(c, i);
        if (k->dead || k->type != NM_PERSON || k->conf < C_WEAK || k->caps || k->t1 - k->t0 < 2)
            continue;
        for (size_t j = k->t0; j < k->t1; j++) {
            if (!namey(c, j) || nm_tok_len(c->d, j) < 2 || (tok(c, j)->flags & TF_ABBREV))
                continue;
            const char *s = nm_tok_str(c->d, j);
            dent *e = dict_find(&D, s, nm_tok_len(c->d, j), 0);
            if (e && (e->strong & 6))
                continue;    /* "Wang" a person, but "Moscow" keeps its type */
            if (e && (e->solid & 6) && k->conf < C_MEDIUM)
                continue;
            if (k->conf >= C_MEDIUM) {
                dict_vote(&D, s, nm_tok_len(c->d, j), NM_PERSON, C_MEDIUM);
            } else if ((e = dict_find(&D, s, nm_tok_len(c->d, j), 1)) != NULL) {
                /* too weak to type a headline word, enough for the body */
                e->weakpart = 1;
            }
        }
    }
    for (size_t i = 0; i < c->cands.n; i++) {
        cand *k = CAND(c, i);
        if (k->dead)
            continue;
        if (k->conf == C_MEDIUM && !k->caps) {
            /* context evidence ("NFU said") yields to a strong finding of
             * the same string elsewhere ("Northern Farmers Union (NFU)") */
            const char *s = span_str(c, k->t0, k->t1, &n);
            dent *e = dict_find(&D, s, n, 0);
            int t = e ? dict_strong_type(e) : T_NONE;
            if (t != T_NONE)
                k->type = (int8_t)t;
            continue;
        }
        if (k->conf >= C_MEDIUM && !k->caps)
            continue;
        const char *s = span_str(c, k->t0, k->t1, &n);
        dent *e = dict_find(&D, s, n, 0);
        /* "Clinton" after "Hillary Clinton": a word of a person's name beats
         * a town of that name that only the lexicon suggested */
        if (e && !k->caps && k->type == NM_PLACE && k->src == SRC_LEXICON && k->conf <= C_WEAK &&
            (e->weakpart || e->votes[0])) {
            k->type = NM_PERSON;
            k->conf = (e->solid & 1) ? C_MEDIUM : C_WEAK;
            continue;
        }
        int votes, t = e ? dict_type(e, &votes) : T_NONE;
        if (k->caps && t != T_NONE && !(e->solid & (1u << vote_slot(t))))
            t = T_NONE;       /* a headline needs more than shape evidence */
        if (t != T_NONE) {
            /* the weighted majority of the same string in the document */
            k->type = (int8_t)t;
            k->conf = (e->solid & (1u << vote_slot(t))) ? C_MEDIUM : C_WEAK;
            k->caps = 0;
            continue;
        }
        if (e && e->weakpart && !k->caps && k->type == T_NONE) {
            k->type = NM_PERSON;
            k->conf = C_WEAK;
            continue;
        }
        if (!k->caps)
            continue;
        if (k->t1 - k->t0 < 2) {
            /* a headline word the body does not name: the lexicon, weakly */
            int conf, wt = word_type(c, k->t0, &conf);
            if (wt != T_NONE) {
                k->type = (int8_t)wt;
                k->conf = C_WEAK;
                k->caps = 0;
            }
            continue;
        }
        /* a headline run: find the known pieces inside it, longest first:
         * names the body spells, then lexicon phrases and words */
        size_t a = k->t0, b = k->t1;
        k->dead = 1;
        for (size_t x = a; x < b;) {
            size_t best = 0;
            int bt = T_NONE;
            for (size_t y = b; y > x; y--) {
                const char *ps = span_str(c, x, y, &n);
                dent *pe = dict_find(&D, ps, n, 0);
                if (pe && (bt = dict_type(pe, NULL)) != T_NONE &&
                    (pe->solid & (1u << vote_slot(bt)))) {
                    best = y;
                    break;
                }
            }
            if (!best && c->d->eng && c->d->eng->lex) {
                size_t nt = 0;
                uint32_t w = nm_lex_phrase(c->d->eng->lex, c->d, x, &nt);
                if (nt >= 2 && x + nt <= b && (bt = type_of_classes(w)) != T_NONE)
                    best = x + nt;
            }
            if (!best) {
                /* only a sure entry: a town's name in a headline is as
                 * likely a surname ("CLINTON GOES AFTER TRUMP") */
                int conf;
                if ((bt = word_type(c, x, &conf)) != T_NONE && conf >= C_STRONG)
                    best = x + 1;
            }
            if (!best) {
                x++;
                continue;
            }
            /* appending may move the array: re-fetch nothing after this */
            cand *p = add_cand(c, x, best);
            if (!p) {
                dict_free(&D);
                return NM_ENOMEM;
            }
            p->type = (int8_t)bt;
            p->conf = C_MEDIUM;
            x = best;
        }
    }
    dict_free(&D);
    return D.oom ? NM_ENOMEM : NM_OK;
}

/* ---- lists ---------------------------------------------------------------------- */

/* Do tokens [e, s) join two members of a list: ",", "and", "or", ", and"? */
static int list_joined(const ectx *c, size_t e, size_t s)
{
    return (s == e + 1 && (is_punct(c, e, ',') ||
                           (is_lower_word(c, e) && (tok_is(c, e, "and") || tok_is(c, e, "or"))))) ||
           (s == e + 2 && is_punct(c, e, ',') && is_lower_word(c, e + 1) &&
            (tok_is(c, e + 1, "and") || tok_is(c, e + 1, "or")));
}

/* "the councils of Halverton, Ostrand and Millbrook": names in one list are
 * of one kind; a member the rules could not type takes the type of a member
 * they typed with some confidence (and of no other type in the list). */
static void lists(ectx *c)
{
    size_t i = 0;
    while (i < c->cands.n) {
        /* the list: candidates joined by "," / "and" / "or" */
        size_t j = i + 1;
        while (j < c->cands.n && list_joined(c, CAND(c, j - 1)->t1, CAND(c, j)->t0))
            j++;
        /* only a real list of three or more, "and" or "or" before the last
         * member: a comma alone joins a town and its region ("Paris,
         * Texas"), an address ("America, Chris") or a table's cells, and
         * "X and Y" as often joins things of two kinds ("Syria and Arabs")
         * or words inside one name ("Security and Cooperation") -- measured
         * on CoNLL++ train and dev, such lists cost more precision than
         * they gained recall */
        if (j - i >= 3 && !is_punct(c, CAND(c, j - 1)->t0 - 1, ',')) {
            int type = T_NONE, mixed = 0;
            for (size_t k = i; k < j; k++) {
                cand *m = CAND(c, k);
                if (m->dead || m->type == T_NONE || m->conf < C_MEDIUM)
                    continue;
                if (type != T_NONE && type != m->type)
                    mixed = 1;
                type = m->type;
            }
            if ((type == NM_PLACE || type == NM_ORG) && !mixed)
                for (size_t k = i; k < j; k++) {
                    cand *m = CAND(c, k);
                    if (!m->dead && !m->caps && m->type == T_NONE && m->t1 - m->t0 <= 3 &&
                        m->sstart != 3)
                        set_type(m, type, C_WEAK, SRC_CONTEXT);
                }
        }
        i = j;
    }
}

/* ---- sports reports ---------------------------------------------------------- */

/* A sports report opens with its sport: "SOCCER - ...", "CRICKET - ...". */
static int sports_doc(const ectx *c)
{
    static const char *const sports[] = {
        "soccer", "football", "cricket", "tennis", "golf", "rugby", "baseball", "basketball",
        "athletics", "cycling", "boxing", "hockey", "motor", "motorcycling", "skiing", "swimming",
        "squash", "badminton", "rowing", "sailing", "nfl", "nba", "nhl", "formula", "horse",
        "racing", "olympics", "volleyball", "handball", "snooker", "darts", "triathlon", NULL
    };
    size_t i = 0;
    while (i < c->n && tok(c, i)->kind != TK_WORD)
        i++;
    if (i >= c->n || !(tok(c, i)->flags & TF_ALLCAPS))
        return 0;
    int known = 0;
    for (const char *const *p = sports; *p; p++)
        known |= nm_tok_is(c->d, i, *p);
    if (!known)
        return 0;
    /* the dash after one or two words */
    for (size_t j = i + 1; j < c->n && j < i + 4; j++)
        if (tok(c, j)->kind == TK_DASH || is_punct(c, j, '-'))
            return 1;
    return 0;
}

/* In a sports report a town or county names its team ("Leicestershire
 * beat Somerset", "MILAN 2 ATALANTA 1"); not after "in", "at", "from", and
 * never a country (national teams are places in news usage). */
static void sports_teams(ectx *c)
{
    if (!c->sports)
        return;
    for (size_t i = 0; i < c->cands.n; i++) {
        cand *k = CAND(c, i);
        if (k->dead || k->type != NM_PLACE || k->src == SRC_CONTEXT ||
            (k->src == SRC_RULE && k->conf >= C_STRONG))
            continue;       /* datelines and "(Country)" stay places */
        size_t a = k->t0;
        int country = 0, town = 0;
        for (size_t j = a; j < k->t1; j++) {
            country |= (c->wc[j] & LX_COUNTRY) != 0;
            town |= (c->wc[j] & (LX_CITY | LX_REGION)) != 0;
        }
        if (!town && k->t1 - a > 1 && c->d->eng && c->d->eng->lex) {
            size_t nt = 0;
            uint32_t w = nm_lex_phrase(c->d->eng->lex, c->d, a, &nt);
            town = nt == k->t1 - a && (w & (LX_CITY | LX_REGION));
            country |= nt == k->t1 - a && (w & LX_COUNTRY);
        }
        if (country || !town)
            continue;
        /* "Milwaukee, Wisconsin": a town with its state is a place */
        if (i + 1 < c->cands.n && is_punct(c, k->t1, ',') && CAND(c, i + 1)->t0 == k->t1 + 1 &&
            CAND(c, i + 1)->type == NM_PLACE)
            continue;
        /* "in Leeds", and "KANSAS CITY AT DETROIT" in a fixtures list */
        if (a > 0 && (is_lower_word(c, a - 1) || on_caps_line(c, a - 1)) &&
            (tok_is(c, a - 1, "in") || tok_is(c, a - 1, "at") || tok_is(c, a - 1, "from") ||
             tok_is(c, a - 1, "near") || tok_is(c, a - 1, "to")))
            continue;
        k->type = NM_ORG;
    }
}

/* ---- candidates from the tagger ------------------------------------------- */

static int lbl_type(uint8_t l)
{
    switch (l) {
    case NM_LBL_B_PER: case NM_LBL_I_PER: return NM_PERSON;
    case NM_LBL_B_ORG: case NM_LBL_I_ORG: return NM_ORG;
    case NM_LBL_B_LOC: case NM_LBL_I_LOC: return NM_PLACE;
    case NM_LBL_B_MISC: case NM_LBL_I_MISC: return NM_TYPE_COUNT;   /* misc */
    }
    return T_NONE;
}

static int lbl_begin(uint8_t l)
{
    return l == NM_LBL_B_PER || l == NM_LBL_B_ORG || l == NM_LBL_B_LOC || l == NM_LBL_B_MISC;
}

/* Tagger spans as candidates (misc spans kept as dead markers so that rules
 * do not claim their words). Returns the number of candidates added. */
static nm_status tagger_cands(ectx *c, size_t *first)
{
    const uint8_t *L = c->d->labels;
    *first = c->cands.n;
    for (size_t i = nm_next_labelled(L, 0, c->n); i < c->n;) {
        int t = lbl_type(L[i]);
        if (t == T_NONE) {
            i = nm_next_labelled(L, i + 1, c->n);
            continue;
        }
        size_t j = i + 1;
        while (j < c->n && lbl_type(L[j]) == t && !lbl_begin(L[j]))
            j++;
        cand *k = add_cand(c, i, j);
        if (!k)
            return NM_ENOMEM;
        k->src = SRC_TAGGER;
        if (t == NM_TYPE_COUNT) {
            k->dead = 2;     /* misc */
        } else {
            k->type = (int8_t)t;
            k->conf = C_STRONG;
        }
        i = j;
    }
    return NM_OK;
}

/* ---- repairs of the tagger's spans ---------------------------------------- */

/* Is every token of [a, b) on a headline in title case? */
static int on_title_case_line(const ectx *c, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (!(c->tcl[i] & 1))
            return 0;
    return 1;
}

/* Does the lexicon type [a, b) as a whole, surely? */
static int lexicon_knows(const ectx *c, size_t a, size_t b)
{
    if (b - a == 1) {
        int conf;
        return word_type(c, a, &conf) != T_NONE && conf >= C_STRONG;
    }
    size_t nt = 0;
    uint32_t w = c->d->eng && c->d->eng->lex ? nm_lex_phrase(c->d->eng->lex, c->d, a, &nt) : 0;
    return nt == b - a && type_of_classes(w) != T_NONE;
}

/* [a, b) stands alone in quotation marks (a final period or comma may sit
 * inside them) after a noun for a work: "an episode of 'Garden Wars'", "the
 * film 'Red Harbour'", "a book titled 'Salt'".  It is the work's title,
 * which the tagger, seeing capitalised words, takes for a name. */
static int quoted_work(const ectx *c, size_t a, size_t b)
{
    static const char *const works[] = {
        "episode", "film", "movie", "book", "novel", "song", "album", "show", "series",
        "programme", "program", "play", "opera", "musical", "poem", "painting",
        "documentary", "sitcom", "single", "titled", "entitled", "memoir", "column", NULL
    };
    if (a == 0 || tok(c, a - 1)->kind != TK_QUOTE || tok(c, a - 1)->qside == TQ_CLOSE)
        return 0;
    if (!(b < c->n && tok(c, b)->kind == TK_QUOTE) &&
        !(b + 1 < c->n && tok(c, b)->kind == TK_PUNCT && tok(c, b + 1)->kind == TK_QUOTE))
        return 0;
    /* the noun, at most two words before the mark: "episode of", "the film" */
    for (size_t i = a - 1; i > 0 && i + 3 > a - 1; i--) {
        if (!is_lower_word(c, i - 1))
            return 0;
        for (const char *const *p = works; *p; p++)
            if (nm_tok_is(c->d, i - 1, *p))
                return 1;
    }
    return 0;
}

/* Honorifics that are as often given names ("Earl Warren", "Duke
 * Ellington"); the given-name list leaves them out, being common words. */
static int given_honorific(const ectx *c, size_t i)
{
    return tok_is(c, i, "earl") || tok_is(c, i, "duke");
}

/* Words opening a person span that are no part of the name: an honorific
 * or office ("Lord Brandwell", "President Bakare"), a plural office noun
 * ("Representatives Wahono") or a party label ("Democrat Walter Osei").
 * News style (and CoNLL) leaves them out of the name. */
static size_t person_lead(const ectx *c, size_t a, size_t b)
{
    size_t i = a;
    /* after an office ("Detective Earl Feugill") an honorific is a given
     * name; a pope is named with his title ("Pope John Paul") */
    if (a > 0 && is_word(c, a - 1) && (c->wc[a - 1] & (WC_TITLE | WC_HONOR)) &&
        (c->wc[a] & WC_HONOR) && !(c->wc[a] & WC_TITLE))
        return a;
    /* an office noun that is also a given name ("Dean Jones") is dropped
     * only before a full name of two words */
    while (i + 1 < b && is_word(c, i) &&
           ((c->wc[i] & WC_HONOR) || (c->sg[i] & SG_TITLE) ||
            ((c->wc[i] & (WC_TITLE | WC_TITLEMOD)) && i + 2 < b)) &&
           !(c->wc[i] & (LX_FIRSTNAME | LX_USER_PERSON)) && !tok_is(c, i, "pope") &&
           !given_honorific(c, i))
        i++;
    return i;
}

/* A word naming a storm: "Hurricane", "Typhoon", "Cyclone", "Storm". */
static int storm_word(const ectx *c, size_t i)
{
    size_t n = nm_tok_len(c->d, i);
    if (n < 5 || n > 9)
        return 0;     /* (the words of most spans: no need to compare) */
    unsigned f = (unsigned char)nm_tok_str(c->d, i)[0] | 32u;
    if ((f != 'h' && f != 't' && f != 'c' && f != 's') || !is_word(c, i))
        return 0;
    return tok_is(c, i, "hurricane") || tok_is(c, i, "typhoon") || tok_is(c, i, "cyclone") ||
           (tok_is(c, i, "storm") && (tok(c, i)->flags & TF_CAP));
}

/* Rules that are more reliable than the tagger on a few kinds of text,
 * applied to its spans (candidates from first on); T is the dictionary of
 * the strings the tagger typed. */
static void tagger_repairs(ectx *c, size_t first, dict *T, dict *P)
{
    size_t n;
    for (size_t i = first; i < c->cands.n; i++) {
        cand *k = CAND(c, i);
        if (k->dead || k->type == T_NONE || k->type >= NM_TYPE_COUNT)
            continue;
        size_t a = k->t0, b = k->t1;
        /* "Hurricane Odalys", "Tropical Storm Kiko": a storm, not a place or
         * a person (CoNLL calls it misc), the storm word before the span or
         * in it */
        if ((a > 0 && storm_word(c, a - 1)) || (b - a > 1 && storm_word(c, a))) {
            k->dead = 1;
            continue;
        }
        if (quoted_work(c, a, b)) {
            k->dead = 1;
            continue;
        }
        /* a headline in title case: every word is capitalised, so the
         * tagger's reading needs the body or the lexicon to confirm it
         * (or a company's head word: a line naming a firm) */
        int firm = 0;
        int tcl = on_title_case_line(c, a, b);      /* seldom: firm only matters then */
        for (size_t j = a; tcl && j < b; j++)
            firm |= (c->wc[j] & WC_ORGWORD) || nm_company_suffix(c->d, j) ||
                    (tok(c, j)->kind == TK_PUNCT && nm_tok_cp(c->d, tok(c, j)) == '&');
        if (!firm && tcl && !lexicon_knows(c, a, b)) {
            const char *s = span_str(c, a, b, &n);
            dent *e = dict_find(T, s, n, 0);
            if (!e || !e->body) {
                k->dead = 1;
                continue;
            }
        }
        if (k->type == NM_PERSON) {
            size_t s = person_lead(c, a, b);
            if (s > a)
                k->t0 = (uint32_t)s;
        }
    }
    /* "the Office of the Trade Commission of the party": a lone head word
     * read as an org of its own, then "of (the)" and another org, is one
     * org (CoNLL train: "Generic of (the) Name" is one ORG 57 times in 59) */
    for (size_t i = first; i + 1 < c->cands.n; i++) {
        cand *k = CAND(c, i), *m = CAND(c, i + 1);
        if (k->dead || m->dead || k->type != NM_ORG || m->type != NM_ORG ||
            k->t1 - k->t0 != 1 || !(c->wc[k->t0] & WC_ORGWORD) || !tok_is(c, k->t1, "of"))
            continue;
        size_t j = k->t1 + 1;
        if (j < c->n && tok_is(c, j, "the"))
            j++;
        if (m->t0 != j)
            continue;
        k->t1 = m->t1;
        m->dead = 1;
    }
    /* "the chief executive of Petofi said": a lone word after an office
     * noun and "of" is where or what the office is, not a person, though
     * the tagger reads one from "Petofi said" (CoNLL++ train: a place 9
     * times, all known places, an org 3, a person once in 13, and that one
     * a possessor, "of Samper's"); so is one read as a place that neither
     * the dateline nor the lexicon knows */
    for (size_t i = first; i < c->cands.n; i++) {
        cand *k = CAND(c, i);
        size_t a = k->t0;
        int unknown_place = k->type == NM_PLACE && !(c->wc[a] & (LX_COUNTRY | LX_REGION | LX_CITY | LX_PLACE_OTHER));
        if (k->dead || (k->type != NM_PERSON && !unknown_place) || k->t1 - a != 1 || a < 2 ||
            !tok_is(c, a - 1, "of") || !is_lower_word(c, a - 2) || !(c->wc[a - 2] & WC_TITLE) ||
            (c->wc[a] & (LX_FIRSTNAME | LX_USER_PERSON)) ||
            (a + 1 < c->n && (tok_is(c, a + 1, "'s") || tok_is(c, a + 1, "\xE2\x80\x99s"))))
            continue;
        /* a place the dateline or the lexicon knows ("governor of Zaire"),
         * else the office's org ("chief executive of Petofi") */
        const char *s = span_str(c, a, a + 1, &n);
        k->type = dict_find(P, s, n, 0) ? NM_PLACE : NM_ORG;
    }
    if (c->sports)
        return;     /* there a town's name is its team, and lists are of players */
    /* A word the dateline or the lexicon surely names as a place ("MERVALE,
     * May 3 --") is that place in the body too ("the mayor of Mervale"),
     * where the tagger, not knowing the name, may read a person or an org
     * -- unless it is part of a person's full name in the document.  Such
     * words are marked (conf C_WEAK + 1 = repaired) for the lists below. */
    for (size_t i = first; i < c->cands.n; i++) {
        cand *k = CAND(c, i);
        if (k->dead || (k->type != NM_PERSON && k->type != NM_ORG) || k->t1 - k->t0 != 1)
            continue;
        const char *s = span_str(c, k->t0, k->t1, &n);
        dent *e = dict_find(P, s, n, 0), *te = e ? dict_find(T, s, n, 0) : NULL;
        if (e && !(te && te->weakpart) && !(c->wc[k->t0] & (LX_FIRSTNAME | LX_USER_PERSON))) {
            k->type = NM_PLACE;
            k->sure = 1;
        }
    }
    /* "the councils of Mervale, Dunholt and Brackwater": in a list with a
     * place of that sure kind and no full personal name, a lone word the
     * tagger read as a person (no given name, no part of a person's name
     * elsewhere) is a place too */
    for (size_t i = first; i < c->cands.n;) {
        size_t j = i + 1;
        while (j < c->cands.n && list_joined(c, CAND(c, j - 1)->t1, CAND(c, j)->t0))
            j++;
        /* a real coordination: "and" or "or" joins its last member ("this
         * is America, Chris" is no list) */
        int coord = j - i >= 2 && !is_punct(c, CAND(c, j - 1)->t0 - 1, ',');
        int place = 0, people = 0;
        for (size_t q = i; q < j && coord; q++) {
            cand *m = CAND(c, q);
            if (m->dead)
                continue;
            const char *s = span_str(c, m->t0, m->t1, &n);
            if (m->type == NM_PLACE && (m->sure || dict_find(P, s, n, 0)))
                place = 1;
            if (m->type == NM_PERSON && m->t1 - m->t0 > 1)
                people = 1;
        }
        if (place && !people)
            for (size_t q = i; q < j; q++) {
                cand *m = CAND(c, q);
                if (m->dead || m->type != NM_PERSON || m->t1 - m->t0 != 1 ||
                    (c->wc[m->t0] & (LX_FIRSTNAME | LX_USER_PERSON)))
                    continue;
                const char *s = span_str(c, m->t0, m->t1, &n);
                dent *te = dict_find(T, s, n, 0);
                if (!(te && te->weakpart)) {
                    m->type = NM_PLACE;
                    m->sure = 1;
                    dict_vote(P, s, n, NM_PLACE, C_STRONG);
                }
            }
        i = j;
    }
    /* and the same word elsewhere ("Dunholt's mayor") */
    for (size_t i = first; i < c->cands.n; i++) {
        cand *k = CAND(c, i);
        if (k->dead || (k->type != NM_PERSON && k->type != NM_ORG) || k->t1 - k->t0 != 1)
            continue;
        const char *s = span_str(c, k->t0, k->t1, &n);
        dent *e = dict_find(P, s, n, 0), *te = e ? dict_find(T, s, n, 0) : NULL;
        if (e && !(te && te->weakpart) && !(c->wc[k->t0] & (LX_FIRSTNAME | LX_USER_PERSON)))
            k->type = NM_PLACE;
    }
}

/* ---- the pass -------------------------------------------------------------- */

static nm_status rule_cands(ectx *c)
{
    for (size_t i = 0; i < c->n;) {
        if (!namey(c, i)) {
            i++;
            continue;
        }
        size_t j = scan_run(c, i);
        size_t a = i;
        /* a common word opening a sentence is not part of the name */
        int keep_common = 0;
        while (a < j && common_at_start(c, a) && !on_caps_line(c, a)) {
            /* a lone common word opening a sentence may still be a name the
             * document gives elsewhere ("Shearer takes over"): keep it as a
             * candidate that only the document dictionary can type */
            if (j - a == 1 && !(c->wc[a] & (WC_FUNC | WC_SPEECH | WC_TITLEMOD))) {
                keep_common = 1;
                break;
            }
            a++;
        }
        /* trailing lower-case joiners and title modifiers alone are no name */
        while (j > a && (is_lower_word(c, j - 1)))
            j--;
        if (a < j)
            a = strip_office_words(c, a, j);
        /* "Democrat Walter Mondale", "Senior Sergeant Ivo Lind": a leading
         * modifier is no part of a person's name */
        if (a + 2 < j && (c->wc[a] & WC_TITLEMOD) && !(c->wc[a] & WC_TITLE)) {
            int org = 0;
            for (size_t q = a; q < j; q++)
                org |= (c->wc[q] & (WC_ORGWORD | WC_PLACEHEAD)) != 0;
            if (!org)
                a++;
        }
        if (a < j) {
            int caps = on_caps_line(c, a) || (c->tcl[a] & 1);
            /* in a headline, function words are already excluded; split
             * the run word by word only later, in propagate() */
            size_t s = org_split(c, a, j);
            size_t parts[2][2] = { { a, s }, { s, j } };
            for (int p = 0; p < 2; p++) {
                size_t x = parts[p][0], y = parts[p][1];
                if (x >= y)
                    continue;
                /* a lone title modifier ("Foreign" of "Foreign Minister") */
                int allmod = 1;
                for (size_t q = x; q < y; q++)
                    if (!(c->wc[q] & WC_TITLEMOD))
                        allmod = 0;
                if (allmod)
                    continue;
                cand *k = add_cand(c, x, y);
                if (!k)
                    return NM_ENOMEM;
                k->caps = (uint8_t)caps;
                k->sstart = keep_common ? 3 : (tok(c, x)->flags & TF_SENT_START) && !c->wc[x];
            }
        }
        i = j > i ? j : i + 1;
    }
    for (size_t i = 0; i < c->cands.n; i++) {
        cand *k = CAND(c, i);
        if (!k->caps)
            type_cand(c, k);
        else if (k->t1 - k->t0 == 1 && (c->wc[k->t0] & (LX_COUNTRY | LX_ORG | LX_USER_PERSON |
                                                         LX_USER_ORG | LX_USER_PLACE))) {
            /* a headline word: only a sure lexicon entry types it here;
             * a town's name waits for the body ("MITCHELL" may be a
             * player named in the text) */
            int conf, t = word_type(c, k->t0, &conf);
            if (t != T_NONE) {
                set_type(k, t, C_MEDIUM, SRC_LEXICON);
                k->caps = 0;
            }
        }
    }
    acronyms(c);
    datelines(c);
    paren_places(c);
    return NM_OK;
}

/* Marks, for each token, the tagger span covering it (index + 1; 0 none). */
static int overlaps_tagger(const ectx *c, const uint32_t *cover, const cand *k)
{
    for (size_t i = k->t0; i < k->t1; i++)
        if (cover[i])
            return (int)cover[i];
    return 0;
}

static int cand_cmp(const void *x, const void *y)
{
    const cand *a = x, *b = y;
    if (a->t0 != b->t0)
        return a->t0 < b->t0 ? -1 : 1;
    return a->t1 > b->t1 ? -1 : a->t1 < b->t1;
}
NM_RUNSORT(sort_cands, cand, cand_cmp)

nm_status nm_entities_find(nm_doc *d)
{
    if (d->toks.n == 0)
        return NM_OK;
    nm_status st = nm_doc_word_classes(d);
    if (st != NM_OK)
        return st;
    ectx c;
    memset(&c, 0, sizeof c);
    c.d = d;
    c.tk = d->toks.data;
    c.wc = d->wcls;
    c.n = d->toks.n;
    uint32_t *cover = NULL;

    c.sports = sports_doc(&c);
    /* singular classes, once per token (namey() asks for them often) */
    c.sg = calloc(c.n, sizeof *c.sg);
    if (!c.sg) {
        st = NM_ENOMEM;
        goto done;
    }
    const nm_token *tks = c.tk;    /* in a local: the stores to c.sg might alias it */
    for (size_t i = 0; i < c.n; i++) {
        const nm_token *t = &tks[i];
        /* (and the transcript turns, in the same pass) */
        c.turns += (t->flags & TF_LINE_START) && speaker_label(&c, i);
        if (t->kind != TK_WORD || !(t->flags & TF_CAP))
            continue;
        const char *w = nm_tok_str(d, i);
        size_t wn = nm_tok_len(d, i);
        if (wn > 3 && wn < 64 && w[wn - 1] == 's') {
            uint32_t sw = nm_word_class(d, w, wn - 1);
            c.sg[i] = (uint8_t)(((sw & WC_TITLE) ? SG_TITLE : 0) | ((sw & LX_DEMONYM) ? SG_DEMONYM : 0));
        }
    }
    if ((st = title_case_lines(&c)) != NM_OK || (st = rule_cands(&c)) != NM_OK)
        goto done;
    if ((st = propagate(&c)) != NM_OK)
        goto done;
    lists(&c);
    sports_teams(&c);
    size_t nrule = c.cands.n;     /* rule candidates, then the tagger's */

    if (d->labels) {
        /* The tagger leads: its spans stand, strong rule findings change the
         * type of an identical span or fill a gap the tagger left. */
        size_t first;
        if ((st = tagger_cands(&c, &first)) != NM_OK)
            goto done;
        cover = calloc(c.n, sizeof *cover);
        if (!cover) {
            st = NM_ENOMEM;
            goto done;
        }
        for (size_t i = first; i < c.cands.n; i++)
            for (size_t t = CAND(&c, i)->t0; t < CAND(&c, i)->t1; t++)
                cover[t] = (uint32_t)(i + 1);
        /* The tagger's own types, by string: a name it typed in one place
         * and missed in another ("Enkhbayar said" after "Jadamba
         * Enkhbayar") gets the same type where the rules saw a name. */
        dict T;
        memset(&T, 0, sizeof T);
        if ((st = dict_init(&T)) != NM_OK)
            goto done;
        size_t n = 0;
        for (size_t i = first; i < c.cands.n; i++) {
            cand *k = CAND(&c, i);
            if (!k->dead && k->type != T_NONE && k->type < NM_TYPE_COUNT) {
                /* n is set by span_str: read it only after the call
                 * (argument order is unspecified in C) */
                const char *str = span_str(&c, k->t0, k->t1, &n);
                dent *e = dict_vote(&T, str, n, k->type, C_MEDIUM);   /* (no second lookup) */
                if (e && !on_title_case_line(&c, k->t0, k->t1))
                    e->body = 1;
            }
        }
        /* "Lind told Oduya" after "Pia Oduya": a lone word the tagger typed
         * otherwise, but that is part of a person's name it found, and that
         * it typed so nowhere else, is that person */
        for (size_t i = first; i < c.cands.n; i++) {
            cand *k = CAND(&c, i);
            if (k->dead || k->type != NM_PERSON || k->t1 - k->t0 < 2)
                continue;
            for (size_t j = k->t0; j < k->t1; j++)
                if (is_word(&c, j) && nm_tok_len(d, j) >= 2 && (DOC_TOK(d, j)->flags & TF_CAP)) {
                    dent *e = dict_find(&T, nm_tok_str(d, j), nm_tok_len(d, j), 1);
                    if (e) {
                        e->weakpart = 1;
                        e->surname |= j + 1 == k->t1;
                    }
                }
        }
        for (size_t i = first; i < c.cands.n; i++) {
            cand *k = CAND(&c, i);
            if (k->dead || k->t1 - k->t0 != 1 || (k->type != NM_ORG && k->type != NM_PLACE))
                continue;
            const char *str = span_str(&c, k->t0, k->t1, &n);
            dent *e = dict_find(&T, str, n, 0);
            if (e && e->weakpart && e->votes[vote_slot(k->type)] <= 2 &&
                !(c.wc[k->t0] & (LX_COUNTRY | LX_ORG | LX_USER_ORG | LX_USER_PLACE)))
                k->type = NM_PERSON;
        }
        /* Strings the rules surely call places: a dateline, a country or
         * region of the lexicon (for tagger_repairs) */
        dict P;
        memset(&P, 0, sizeof P);
        if ((st = dict_init(&P)) != NM_OK) {
            dict_free(&T);
            goto done;
        }
        for (size_t i = 0; i < nrule; i++) {
            cand *k = CAND(&c, i);
            if (!k->dead && k->type == NM_PLACE && k->conf >= C_STRONG && !k->caps) {
                const char *str = span_str(&c, k->t0, k->t1, &n);
                dict_vote(&P, str, n, NM_PLACE, C_STRONG);
            }
        }
        for (size_t i = 0; i < nrule; i++) {
            cand *k = CAND(&c, i);
            if (k->dead)
                continue;
            int o = overlaps_tagger(&c, cover, k);
            if (!k->sure || k->type == T_NONE) {
                const char *str = span_str(&c, k->t0, k->t1, &n);
                dent *e = o ? NULL : dict_find(&T, str, n, 0);
                int t = e ? dict_type(e, NULL) : T_NONE;
                /* "Amara Sesay ... Later Sesay left": a lone surname of a
                 * person the tagger found in full, in mid-sentence */
                if (t == T_NONE && e && e->surname && k->t1 - k->t0 == 1 &&
                    !(tok(&c, k->t0)->flags & (TF_SENT_START | TF_CAPSLINE | TF_ALLCAPS)) &&
                    !(c.wc[k->t0] & (LX_COMMON | LX_COUNTRY | LX_CITY | LX_REGION | LX_ORG)))
                    t = NM_PERSON;
                if (t != T_NONE) {
                    k->type = (int8_t)t;
                    k->conf = C_MEDIUM;
                    k->src = SRC_TAGGER;
                } else {
                    k->dead = 1;    /* the tagger decided here, in or out */
                }
                continue;
            }
            if (!o)
                continue;       /* a sure finding in a gap the tagger left */
            cand *tg = CAND(&c, (size_t)o - 1);
            if (tg->t0 == k->t0 && tg->t1 == k->t1 && !tg->dead)
                tg->type = k->type;
            k->dead = 1;
        }
        tagger_repairs(&c, first, &T, &P);
        dict_free(&T);
        dict_free(&P);
        if (T.oom || P.oom) {
            st = NM_ENOMEM;
            goto done;
        }
    }

    /* emit in text order, no overlaps */
    if (sort_cands(c.cands.data, c.cands.n)) {
        st = NM_ENOMEM;
        goto done;
    }
    size_t last_end = 0;
    for (size_t i = 0; i < c.cands.n; i++) {
        cand *k = CAND(&c, i);
        if (k->dead || k->type == T_NONE || k->type >= NM_TYPE_COUNT || k->conf == C_NONE)
            continue;
        if (k->t0 < last_end)
            continue;
        if (nm_doc_add_mention(d, k->t0, k->t1, (nm_type)k->type, (enum nm_source)k->src) < 0) {
            st = NM_ENOMEM;
            goto done;
        }
        last_end = k->t1;
    }
done:
    free(cover);
    free(c.tcl);
    free(c.sg);
    nm_vec_free(&c.cands);
    return st;
}
