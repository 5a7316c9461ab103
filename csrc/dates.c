/*
 * dates.c -- date mentions: calendar dates ("Sept. 19, 2023", "1996-08-30",
 * "21 September 2023"), weekdays ("Tuesday"), clock times ("09:38",
 * "3 p.m."), relative expressions ("last year", "next week", "this month",
 * "two days ago") and years after a preposition ("in 1992").
 *
 * One PCRE2 pattern, compiled (and JIT-compiled where PCRE2 supports it)
 * once in nm_dates_init() and then only read, so one engine serves many
 * threads.  Each analysis gets its own match data.  The pattern has no
 * nested unbounded quantifier: every repetition is bounded or over a single
 * character class, so matching is linear; match and depth limits are set
 * all the same.
 *
 * The pattern works on bytes (no PCRE2_UTF), so invalid UTF-8 can never make
 * a match fail; the words it looks for are ASCII.
 */
#include "nm.h"
#include <stdlib.h>
#include <pcre2.h>

struct nm_dates_data {
    pcre2_code *re;
    pcre2_match_context *mctx;
};

#define MONFULL "(?:January|February|March|April|May|June|July|August|September|October|" \
                "November|December)"
#define MONABBR "(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\."
#define MON     "(?:" MONFULL "|" MONABBR ")"
#define DAY     "(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
#define YEAR    "(?:1[89][0-9][0-9]|20[0-9][0-9])"
#define WDAY    "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
#define UNIT    "(?:year|week|month|weekend|morning|afternoon|evening|night|spring|summer|" \
                "autumn|fall|winter|season|decade|century|quarter)"
#define NUMW    "(?:[0-9]{1,4}|an?|one|two|three|four|five|six|seven|eight|nine|ten|" \
                "eleven|twelve|several|few|many)"
#define ZONE    "(?:GMT|UTC|EST|EDT|CST|CDT|PST|PDT|CET|CEST|BST)"

static const char pattern[] =
    /* month day [, year]: "Sept. 19, 2023", "September 21" */
    "\\b" MON " " DAY "\\b(?:,? " YEAR "\\b)?"
    /* day month [year]: "19 September 2023" */
    "|\\b" DAY " " MON "(?:,? " YEAR "\\b)?"
    /* month year: "September 2023" */
    "|\\b" MON " " YEAR "\\b"
    /* ISO and numeric dates */
    "|\\b" YEAR "-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])\\b"
    "|\\b(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12][0-9]|3[01])/(?:[0-9]{4}|[0-9]{2})\\b"
    /* weekdays */
    "|\\b" WDAY "\\b"
    /* clock times: "09:38", "3:15 p.m.", "10 a.m.", "10.30 pm" */
    "|\\b(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?(?![0-9]|[.:][0-9])"
    "(?: ?[ap]\\.m\\.| ?[AP]M\\b| ?[ap]m\\b)?(?: " ZONE "\\b)?"
    "|\\b(?:1[0-2]|0?[1-9])(?:[.:][0-5][0-9])? ?(?:[ap]\\.m\\.|[ap]m\\b)(?: " ZONE "\\b)?"
    /* relative: "last year", "earlier this month", "next Tuesday" */
    "|\\b(?:[Ee]arlier|[Ll]ater) this " UNIT "\\b"
    "|\\b(?:[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming) (?:" UNIT "|" WDAY "|" MONFULL ")\\b"
    "|\\b(?:[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)\\b"
    "|\\b" NUMW " (?:year|month|week|day|decade|hour)s? ago\\b"
    /* a bare month or year after a preposition: "in June", "since 1992" */
    "|(?<=\\bin |\\bIn |\\bsince |\\bSince |\\buntil |\\bby |\\bfrom |\\bduring |\\bearly |"
    "\\blate |\\bmid-|\\bbefore |\\bafter )(?:" MONFULL "|" YEAR "s?)\\b(?!-[0-9])";

nm_status nm_dates_init(nm_dates_data **out, int *jit)
{
    *out = NULL;
    *jit = 0;
    nm_dates_data *dd = calloc(1, sizeof *dd);
    if (!dd)
        return NM_ENOMEM;
    int err;
    PCRE2_SIZE erroff;
    dd->re = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED, 0, &err, &erroff, NULL);
    if (!dd->re) {
        /* A compile error is a bug in the pattern above; only running out
         * of memory can make a correct pattern fail. */
        nm_dates_free(dd);
        return err == PCRE2_ERROR_NOMEMORY ? NM_ENOMEM : NM_ELIMIT;
    }
    uint32_t have_jit = 0;
    if (pcre2_config(PCRE2_CONFIG_JIT, &have_jit) >= 0 && have_jit &&
        pcre2_jit_compile(dd->re, PCRE2_JIT_COMPLETE) == 0)
        *jit = 1;
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

void nm_dates_free(nm_dates_data *dd)
{
    if (!dd)
        return;
    pcre2_match_context_free(dd->mctx);
    pcre2_code_free(dd->re);
    free(dd);
}

/* First token whose end is past byte b (binary search). */
static size_t tok_after(const nm_doc *d, size_t b)
{
    size_t lo = 0, hi = d->toks.n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (DOC_TOK(d, mid)->end <= b)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

nm_status nm_dates_find(nm_doc *d)
{
    const nm_dates_data *dd = d->eng ? d->eng->dates : NULL;
    if (!dd || !dd->re || d->toks.n == 0)
        return NM_OK;
    /* tokens already inside a name ("May Chen", "Independence Day") */
    uint8_t *used = calloc(d->toks.n, 1);
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(dd->re, NULL);
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
    size_t off = 0;
    while (off < d->len) {
        int rc = pcre2_match(dd->re, (PCRE2_SPTR)d->text, d->len, off, 0, md, dd->mctx);
        if (rc == PCRE2_ERROR_NOMATCH)
            break;
        if (rc < 0) {
            st = rc == PCRE2_ERROR_NOMEMORY ? NM_ENOMEM : NM_ELIMIT;
            goto done;
        }
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
        size_t ms = ov[0], me = ov[1];
        off = me > ms ? me : ms + 1;
        size_t t0 = tok_after(d, ms), t1 = t0;
        while (t1 < d->toks.n && DOC_TOK(d, t1)->start < me)
            t1++;
        if (t0 >= t1 || DOC_TOK(d, t0)->start < ms)
            continue;       /* starts inside a token: not a date of its own */
        int clash = 0;
        for (size_t t = t0; t < t1; t++)
            clash |= used[t];
        if (clash)
            continue;
        if (nm_doc_add_mention(d, (uint32_t)t0, (uint32_t)t1, NM_DATE, SRC_RULE) < 0) {
            st = NM_ENOMEM;
            goto done;
        }
    }
done:
    pcre2_match_data_free(md);
    free(used);
    return st;
}
