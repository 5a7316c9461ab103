/*
 * dates.c -- date mentions: calendar dates ("Sept. 19, 2023", "1996-08-30",
 * "21 September 2023"), weekdays ("Tuesday"), clock times ("09:38",
 * "3 p.m."), relative expressions ("last year", "next week", "this month",
 * "two days ago") and years after a preposition ("in 1992").
 *
 * Two PCRE2 patterns (dates opening with a digit, with a letter), compiled
 * (and JIT-compiled where PCRE2 supports it) once in nm_dates_init() and
 * then only read, so one engine serves many threads.  Each analysis gets
 * its own match data.  Neither pattern has a nested unbounded quantifier:
 * every repetition is bounded or over a single character class, so
 * matching is linear; match and depth limits are set all the same.
 *
 * The patterns work on bytes (no PCRE2_UTF), so invalid UTF-8 can never make
 * a match fail; the words it looks for are ASCII.
 */
#include "nm.h"
#include <stdlib.h>
#include <strings.h>
#include <pcre2.h>

struct nm_dates_data {
    pcre2_code *re[2];    /* DIGIT, LETTER: by the byte a date opens with */
    pcre2_match_context *mctx;
    uint32_t opts;        /* match options: 0, or PCRE2_NO_JIT for the tests */
};
enum { DIGIT, LETTER };

#define MONFULL "(?:January|February|March|April|May|June|July|August|September|October|" \
                "November|December)"
#define MONABBR "(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\."
#define MON     "(?:" MONFULL "|" MONABBR ")"
#define DAY     "(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
#define YEAR    "(?:1[89][0-9][0-9]|20[0-9][0-9])"
#define WDAY    "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
#define UNIT    "(?:year|week|month|weekend|morning|afternoon|evening|night|spring|summer|" \
                "autumn|fall|winter|season|decade|century|quarter)"
#define NUMW    "(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|" \
                "eleven|twelve|several|few|many)"
#define AFTER_PREP "(?<=\\bin |\\bIn |\\bsince |\\bSince |\\buntil |\\bby |\\bfrom |\\bduring |" \
                   "\\bearly |\\blate |\\bmid-|\\bbefore |\\bafter )"
#define ZONE    "(?:GMT|UTC|EST|EDT|CST|CDT|PST|PDT|CET|CEST|BST)"

/* Two patterns, for a date that opens with a digit and for one that opens
 * with a letter: a match is tried where a token starts, so only the
 * alternatives that can open there are tried (their order within each
 * pattern is the order of the one pattern they were, so a match is the
 * same). */
static const char pattern_digit[] =
    /* day month [year]: "19 September 2023" */
    "\\b" DAY " " MON "(?:,? " YEAR "\\b)?"
    /* ISO and numeric dates */
    "|\\b" YEAR "-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])\\b"
    "|\\b(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12][0-9]|3[01])/(?:[0-9]{4}|[0-9]{2})\\b"
    /* clock times: "09:38", "3:15 p.m.", "10 a.m.", "10.30 pm" */
    "|\\b(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?(?![0-9]|[.:][0-9])"
    "(?: ?[ap]\\.m\\.| ?[AP]M\\b| ?[ap]m\\b)?(?: " ZONE "\\b)?"
    "|\\b(?:1[0-2]|0?[1-9])(?:[.:][0-5][0-9])? ?(?:[ap]\\.m\\.|[ap]m\\b)(?: " ZONE "\\b)?"
    /* "two days ago" */
    "|\\b[0-9]{1,4} (?:year|month|week|day|decade|hour)s? ago\\b"
    /* a bare year after a preposition: "since 1992" */
    "|" AFTER_PREP YEAR "s?\\b(?!-[0-9])";

static const char pattern_letter[] =
    /* month day [, year]: "Sept. 19, 2023", "September 21", "Sept 7" */
    "\\b" MON " " DAY "\\b(?:,? " YEAR "\\b)?"
    "|\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec) " DAY "\\b(?:,? " YEAR "\\b)?"
    /* month year: "September 2023" */
    "|\\b" MON " " YEAR "\\b"
    /* weekdays */
    "|\\b" WDAY "\\b"
    /* relative: "last year", "earlier this month", "next Tuesday" */
    "|\\b(?:[Ee]arlier|[Ll]ater) this " UNIT "\\b"
    "|\\b(?:[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming) (?:" UNIT "|" WDAY "|" MONFULL ")\\b"
    "|\\b(?:[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)\\b"
    "|\\b" NUMW " (?:year|month|week|day|decade|hour)s? ago\\b"
    /* a bare month after a preposition: "in June" */
    "|" AFTER_PREP MONFULL "\\b(?!-[0-9])";

nm_status nm_dates_init(nm_dates_data **out, int *jit)
{
    *out = NULL;
    *jit = 0;
    nm_dates_data *dd = calloc(1, sizeof *dd);
    if (!dd)
        return NM_ENOMEM;
    int err;
    PCRE2_SIZE erroff;
    /* Anchored at compile time: the JIT does not take PCRE2_ANCHORED at
     * match time (it would fall back to the interpreter). */
    static const char *const patterns[2] = { pattern_digit, pattern_letter };
    *jit = 1;
    for (int k = 0; k < 2; k++) {
        dd->re[k] = pcre2_compile((PCRE2_SPTR)patterns[k], PCRE2_ZERO_TERMINATED, PCRE2_ANCHORED,
                                  &err, &erroff, NULL);
        if (!dd->re[k]) {
            /* A compile error is a bug in the patterns above; only running
             * out of memory can make a correct pattern fail. */
            nm_dates_free(dd);
            *jit = 0;
            return err == PCRE2_ERROR_NOMEMORY ? NM_ENOMEM : NM_ELIMIT;
        }
        uint32_t have_jit = 0;
        if (!(pcre2_config(PCRE2_CONFIG_JIT, &have_jit) >= 0 && have_jit &&
              pcre2_jit_compile(dd->re[k], PCRE2_JIT_COMPLETE) == 0))
            *jit = 0;
    }
    dd->mctx = pcre2_match_context_create(NULL);
    if (!dd->mctx) {
        nm_dates_free(dd);
        return NM_ENOMEM;
    }
    pcre2_set_match_limit(dd->mctx, 100000);
    pcre2_set_depth_limit(dd->mctx, 1000);
    *out = dd;
    return NM_OK;
}

/* For tests (tests/c/dates.c): the match limit of an engine's date
 * patterns, so that a limit hit can be forced on ordinary text.  From then
 * on the engine matches with the interpreter: it counts every step against
 * the limit, where the JIT lets a short straight match ("Tuesday") through
 * a limit of 1. */
void nm_dates_set_match_limit(nm_dates_data *dd, uint32_t limit)
{
    if (dd && dd->mctx) {
        pcre2_set_match_limit(dd->mctx, limit);
        dd->opts = PCRE2_NO_JIT;
    }
}

void nm_dates_free(nm_dates_data *dd)
{
    if (!dd)
        return;
    pcre2_match_context_free(dd->mctx);
    pcre2_code_free(dd->re[DIGIT]);
    pcre2_code_free(dd->re[LETTER]);
    free(dd);
}

/* Cheap test before the pattern for the words that open relative dates:
 * "a"/"two" need "ago" two words on, "earlier"/"later" need "this", the rest
 * ("last", "today") are tried. */
static int date_word_start(const nm_doc *d, size_t i)
{
    const char *s = nm_tok_str(d, i);
    size_t n = nm_tok_len(d, i);
    if ((n == 4 && !strncasecmp(s, "last", 4)) || (n == 4 && !strncasecmp(s, "next", 4)) ||
        (n == 4 && !strncasecmp(s, "this", 4)) || (n == 4 && !strncasecmp(s, "past", 4)) ||
        (n == 6 && !strncasecmp(s, "coming", 6)) || (n >= 5 && (!strncasecmp(s, "yesterday", n) ||
        !strncasecmp(s, "today", n) || !strncasecmp(s, "tomorrow", n) ||
        !strncasecmp(s, "tonight", n))))
        return 1;
    /* "Sept 7": a month abbreviation without its period, before a number
     * ("Gert Jan Vos" is a name) */
    static const char *const mon[] = { "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                                       "sept", "oct", "nov", "dec", NULL };
    if (n >= 3 && n <= 4 && (DOC_TOK(d, i)->flags & TF_CAP))
        for (const char *const *p = mon; *p; p++)
            if (nm_tok_is(d, i, *p))
                return i + 1 < d->toks.n && DOC_TOK(d, i + 1)->kind == TK_NUM;
    if ((n == 7 && !strncasecmp(s, "earlier", 7)) || (n == 5 && !strncasecmp(s, "later", 5)))
        return i + 1 < d->toks.n && nm_tok_is(d, i + 1, "this");
    return i + 2 < d->toks.n && nm_tok_is(d, i + 2, "ago");
}

/* Whether the pattern can match at a number starting at byte p: each of its
 * alternatives that opens with a digit needs a certain byte after the
 * number's first digits -- a space and a month, an ordinal's letters, "-",
 * "/", ":", ".", "a"/"p" of "3 pm", a space and the unit of "5 years ago",
 * or, for a year after "in", four digits from 1800-2099 after a space or
 * "-".  A score ("6-3"), a count ("12 points") or an amount ("1,000")
 * fails here and costs no match.  A superset of where the pattern matches,
 * so the dates found are the same. */
static int number_may_date(const unsigned char *s, size_t n, size_t p)
{
    size_t k = 0;
    while (p + k < n && k < 5 && s[p + k] >= '0' && s[p + k] <= '9')
        k++;
    if (k == 0)
        return 1;                  /* not a digit: the pattern decides */
    unsigned c = p + k < n ? s[p + k] : 0, c2 = p + k + 1 < n ? s[p + k + 1] : 0;
    int unit = c == ' ' && c2 && strchr("ymwdh", (int)c2);   /* "5 years ago" */
    if (k <= 2)
        return unit || c == '/' || c == ':' || c == '.' || c == 'a' || c == 'p' ||
               (c == ' ' && c2 && strchr("JFMASONDap", (int)c2)) ||       /* "19 June", "3 pm" */
               c == 's' || c == 'n' || c == 'r' || c == 't';             /* "19th June" */
    if (k == 3)
        return unit;
    if (k == 4)
        return unit || c == '-' ||
               ((s[p] == '1' || s[p] == '2') && p > 0 && (s[p - 1] == ' ' || s[p - 1] == '-'));
    return 0;
}

nm_status nm_dates_find(nm_doc *d)
{
    const nm_dates_data *dd = d->eng ? d->eng->dates : NULL;
    if (!dd || !dd->re[DIGIT] || d->toks.n == 0)
        return NM_OK;
    /* tokens already inside a name ("May Chen", "Independence Day") */
    uint8_t *used = calloc(d->toks.n, 1);
    /* neither pattern has a capture group: one match data serves both */
    pcre2_match_data *md = pcre2_match_data_create(1, NULL);
    nm_status st = NM_OK;
    if (!used || !md) {
        st = NM_ENOMEM;
        goto done;
    }
    for (size_t i = 0; i < d->mentions.n; i++) {
        const nm_mention *m = DOC_MENT(d, i);
        if (m->type != NM_TITLE)
            for (uint32_t t = m->t0; t < m->t1; t++)
                used[t] = 1;
    }
    /* The pattern is tried, anchored, only where a date can begin: at a
     * number, a month or weekday name, or a word such as "last" or "two".
     * That keeps the cost per byte low and independent of the pattern's
     * size.  (The "in June" alternative looks behind the start, which PCRE2
     * allows before the start offset.) */
    if ((st = nm_doc_word_classes(d)) != NM_OK)
        goto done;
    const uint32_t *wc = d->wcls;     /* in locals: the stores to used[] may alias d */
    const nm_token *tk = d->toks.data;
    for (size_t i = 0, ntok = d->toks.n; i < ntok; i++) {
        const nm_token *t = &tk[i];
        /* most tokens are no number and no date word: that test first */
        if (t->kind != TK_NUM &&
            !(t->kind == TK_WORD && (wc[i] & (WC_MONTH | WC_WEEKDAY | WC_DATEWORD))))
            continue;
        if (used[i])
            continue;
        if (t->end - t->start > 64)
            continue;          /* no date word or number is that long */
        if (t->kind == TK_WORD && !(d->wcls[i] & (WC_MONTH | WC_WEEKDAY)) &&
            !date_word_start(d, i))
            continue;
        if (t->kind == TK_NUM && !number_may_date((const unsigned char *)d->text, d->len, t->start))
            continue;
        unsigned c0 = (unsigned char)d->text[t->start];
        int rc = pcre2_match(dd->re[c0 >= '0' && c0 <= '9' ? DIGIT : LETTER], (PCRE2_SPTR)d->text,
                             d->len, t->start, dd->opts, md, dd->mctx);
        if (rc == PCRE2_ERROR_NOMATCH)
            continue;
        /* A limit hit at one candidate costs that date, not the analysis:
         * the pattern is linear, so this only happens with limits set far
         * lower than ours (nm_dates_set_match_limit), but one odd token
         * must never lose the reader every name and quote of the text. */
        if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
            rc == PCRE2_ERROR_HEAPLIMIT || rc == PCRE2_ERROR_JIT_STACKLIMIT)
            continue;
        if (rc < 0) {
            st = rc == PCRE2_ERROR_NOMEMORY ? NM_ENOMEM : NM_ELIMIT;
            goto done;
        }
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
        size_t me = ov[1];
        size_t t1 = i;
        while (t1 < d->toks.n && DOC_TOK(d, t1)->start < me)
            t1++;
        if (t1 <= i)
            continue;
        int clash = 0;
        for (size_t k = i; k < t1; k++)
            clash |= used[k];
        if (clash)
            continue;
        if (nm_doc_add_mention(d, (uint32_t)i, (uint32_t)t1, NM_DATE, SRC_RULE) < 0) {
            st = NM_ENOMEM;
            goto done;
        }
        i = t1 - 1;
    }
done:
    pcre2_match_data_free(md);
    free(used);
    return st;
}
