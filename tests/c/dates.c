/*
 * dates.c -- a PCRE2 limit hit in the date pattern (issue 6) costs only the
 * date candidate where it happened: the analysis still succeeds and keeps
 * every name and quote.  The limit is forced with a match limit of 1 through
 * the engine's internal date data (nm_dates_set_match_limit, tests only), as
 * the real limit is never reached by a linear pattern.  Prints TAP.
 */
#include "../../csrc/nm.h"
#define TAP_SUITE "dates"
#include "tap.h"
#include <stdio.h>


typedef struct {
    nm_status st;
    size_t by_type[NM_TYPE_COUNT];
    size_t quotes;
} counts;

static counts analyse(const nm_engine *eng, const char *text)
{
    counts c;
    memset(&c, 0, sizeof c);
    nm_result *res = NULL;
    c.st = nm_analyze(eng, text, strlen(text), &res);
    if (c.st != NM_OK)
        return c;
    const nm_span *sp;
    size_t n = nm_result_spans(res, &sp);
    for (size_t i = 0; i < n; i++)
        c.by_type[sp[i].type]++;
    const nm_quote *q;
    c.quotes = nm_result_quotes(res, &q);
    nm_result_free(res);
    return c;
}

int main(void)
{
    static const char text[] =
        "Mayor Odile Fenwright of Brackley said that the ferry would run again on Tuesday.\n\n"
        "\"We have waited since March 3, 2024,\" Fenwright said. \"The pier is ready.\"\n\n"
        "The Brackley Harbour Trust met last week and agreed.\n";
    for (int tagger = 0; tagger <= 1; tagger++) {
        nm_options o;
        memset(&o, 0, sizeof o);
        o.no_tagger = !tagger;
        nm_status st;
        nm_engine *eng = nm_engine_new(&o, &st);
        ok(eng != NULL, tagger ? "engine with tagger builds" : "engine without tagger builds");
        if (!eng)
            return 1;
        counts full = analyse(eng, text);
        ok(full.st == NM_OK && full.by_type[NM_DATE] >= 2 && full.by_type[NM_PERSON] >= 2 &&
               full.quotes >= 1,
           "ordinary limits: dates, names and quotes found");

        nm_dates_set_match_limit(eng->dates, 1);
        counts lim = analyse(eng, text);
        ok(lim.st == NM_OK, "a limit hit at every date candidate does not fail the analysis");
        ok(lim.by_type[NM_DATE] == 0, "the candidates that hit the limit are skipped");
        ok(lim.by_type[NM_PERSON] == full.by_type[NM_PERSON] &&
               lim.by_type[NM_ORG] == full.by_type[NM_ORG] &&
               lim.by_type[NM_PLACE] == full.by_type[NM_PLACE] &&
               lim.by_type[NM_TITLE] == full.by_type[NM_TITLE] && lim.quotes == full.quotes,
           "names, titles and quotes are all still there");

        nm_dates_set_match_limit(eng->dates, 100000);
        counts again = analyse(eng, text);
        ok(again.st == NM_OK && again.by_type[NM_DATE] == full.by_type[NM_DATE],
           "the usual limit finds the dates again");

        /* The pattern is tried at a number only when the bytes after its
         * digits can go on to a date (number_may_date): each kind of date
         * that opens with a number is still found, scores and counts are
         * not dates. */
        static const char *const dated[] = {
            "The ferry left on 19 June.", "The ferry left on 19th June 2023.",
            "The ferry left at 3 pm.", "The ferry left at 10.30 pm.", "The ferry left at 3p.m.",
            "The ferry left at 09:38.", "The ferry left 5 years ago.", "The ferry left 120 years ago.",
            "The ferry left 1000 years ago.", "The ferry left on 1996-08-30.",
            "The ferry left on 10/12/2020.", "The ferry left in 1992.",
            "The ferry has run since 1988 without a break.",
        };
        int all_found = 1;
        for (size_t k = 0; k < sizeof dated / sizeof dated[0]; k++) {
            counts dc = analyse(eng, dated[k]);
            all_found &= dc.st == NM_OK && dc.by_type[NM_DATE] == 1;
            if (!(dc.st == NM_OK && dc.by_type[NM_DATE] == 1))
                printf("# no date in: %s\n", dated[k]);
        }
        ok(all_found, "dates opening with a number are found");
        counts none = analyse(eng, "Odile Fenwright won 6-3 and 7-5, scored 12 points in 2 sets "
                                   "and gave 1,000 pounds to 3 clubs from 1500 members.");
        ok(none.st == NM_OK && none.by_type[NM_DATE] == 0, "scores, counts and amounts are no dates");
        nm_engine_free(eng);
    }
    return tap_done();
}
