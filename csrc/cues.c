/*
 * cues.c -- the closed class of speech and attribution verbs, with their
 * inflections, for quotes.c and attribution.c.
 *
 * The table is curated (a closed class), sorted by byte value so a lookup is
 * one binary search.  When the lexicon provides LX_SPEECH the two are joined
 * by the caller; this table alone carries the syntax flags:
 *
 *   CUE_FREE  takes a bare clause: "X said the plan failed"
 *   CUE_THAT  takes a clause only after "that": "X noted that ..."
 *   CUE_TELL  takes an addressee first: "X told Y (that) ..."
 *   CUE_ING   participle: "..., noting that ..."
 *   CUE_AFTER no bare claim after it: "..., she asked." / asked: "..."
 */
#include "cues.h"
#include <ctype.h>

typedef struct cue_word {
    const char *w;
    unsigned flags;
} cue_word;

static const cue_word cue_words[] = {
    { "acknowledge", CUE_THAT },
    { "acknowledged", CUE_THAT },
    { "acknowledges", CUE_THAT },
    { "acknowledging", CUE_ING|CUE_THAT },
    { "add", CUE_FREE },
    { "added", CUE_FREE },
    { "adding", CUE_FREE|CUE_ING },
    { "adds", CUE_FREE },
    { "admit", CUE_THAT },
    { "admits", CUE_THAT },
    { "admitted", CUE_THAT },
    { "admitting", CUE_ING|CUE_THAT },
    { "affirm", CUE_THAT },
    { "affirmed", CUE_THAT },
    { "affirming", CUE_ING|CUE_THAT },
    { "affirms", CUE_THAT },
    { "agreed", CUE_THAT },
    { "agrees", CUE_THAT },
    { "allege", CUE_THAT },
    { "alleged", CUE_THAT },
    { "alleges", CUE_THAT },
    { "alleging", CUE_ING|CUE_THAT },
    { "announce", CUE_THAT },
    { "announced", CUE_THAT },
    { "announces", CUE_THAT },
    { "announcing", CUE_ING|CUE_THAT },
    { "argue", CUE_THAT },
    { "argued", CUE_THAT },
    { "argues", CUE_THAT },
    { "arguing", CUE_ING|CUE_THAT },
    { "asked", CUE_AFTER },
    { "asking", CUE_AFTER|CUE_ING },
    { "asks", CUE_AFTER },
    { "assert", CUE_THAT },
    { "asserted", CUE_THAT },
    { "asserting", CUE_ING|CUE_THAT },
    { "asserts", CUE_THAT },
    { "assured", CUE_TELL },
    { "assures", CUE_TELL },
    { "believe", CUE_THAT },
    { "believed", CUE_THAT },
    { "believes", CUE_THAT },
    { "boasted", CUE_THAT },
    { "boasts", CUE_THAT },
    { "cautioned", CUE_THAT },
    { "chanted", CUE_AFTER },
    { "charged", CUE_THAT },
    { "claim", CUE_THAT },
    { "claimed", CUE_THAT },
    { "claiming", CUE_ING|CUE_THAT },
    { "claims", CUE_THAT },
    { "commented", CUE_THAT },
    { "complain", CUE_THAT },
    { "complained", CUE_THAT },
    { "complaining", CUE_ING|CUE_THAT },
    { "complains", CUE_THAT },
    { "concede", CUE_THAT },
    { "conceded", CUE_THAT },
    { "concedes", CUE_THAT },
    { "conceding", CUE_ING|CUE_THAT },
    { "concluded", CUE_THAT },
    { "concludes", CUE_THAT },
    { "confirm", CUE_THAT },
    { "confirmed", CUE_THAT },
    { "confirming", CUE_ING|CUE_THAT },
    { "confirms", CUE_THAT },
    { "contend", CUE_THAT },
    { "contended", CUE_THAT },
    { "contending", CUE_ING|CUE_THAT },
    { "contends", CUE_THAT },
    { "continued", CUE_AFTER },
    { "continues", CUE_AFTER },
    { "countered", CUE_THAT },
    { "counters", CUE_THAT },
    { "declare", CUE_THAT },
    { "declared", CUE_THAT },
    { "declares", CUE_THAT },
    { "declaring", CUE_ING|CUE_THAT },
    { "demanded", CUE_AFTER },
    { "denied", CUE_THAT },
    { "denies", CUE_THAT },
    { "deny", CUE_THAT },
    { "denying", CUE_ING|CUE_THAT },
    { "disclosed", CUE_THAT },
    { "emphasise", CUE_THAT },
    { "emphasised", CUE_THAT },
    { "emphasises", CUE_THAT },
    { "emphasising", CUE_ING|CUE_THAT },
    { "emphasize", CUE_THAT },
    { "emphasized", CUE_THAT },
    { "emphasizes", CUE_THAT },
    { "emphasizing", CUE_ING|CUE_THAT },
    { "estimated", CUE_THAT },
    { "estimates", CUE_THAT },
    { "exclaimed", CUE_AFTER },
    { "expects", CUE_THAT },
    { "explain", CUE_THAT },
    { "explained", CUE_THAT },
    { "explaining", CUE_ING|CUE_THAT },
    { "explains", CUE_THAT },
    { "feared", CUE_THAT },
    { "fears", CUE_THAT },
    { "feels", CUE_THAT },
    { "felt", CUE_THAT },
    { "hinted", CUE_THAT },
    { "hopes", CUE_THAT },
    { "indicated", CUE_THAT },
    { "indicates", CUE_THAT },
    { "informed", CUE_TELL },
    { "insist", CUE_THAT },
    { "insisted", CUE_THAT },
    { "insisting", CUE_ING|CUE_THAT },
    { "insists", CUE_THAT },
    { "joked", CUE_THAT },
    { "knew", CUE_THAT },
    { "knows", CUE_THAT },
    { "maintain", CUE_THAT },
    { "maintained", CUE_THAT },
    { "maintaining", CUE_ING|CUE_THAT },
    { "maintains", CUE_THAT },
    { "mentioned", CUE_THAT },
    { "note", CUE_THAT },
    { "noted", CUE_THAT },
    { "notes", CUE_THAT },
    { "noting", CUE_ING|CUE_THAT },
    { "observed", CUE_THAT },
    { "observes", CUE_THAT },
    { "pledged", CUE_THAT },
    { "pledges", CUE_THAT },
    { "pointed", CUE_THAT },
    { "posted", CUE_THAT },
    { "predict", CUE_THAT },
    { "predicted", CUE_THAT },
    { "predicting", CUE_ING|CUE_THAT },
    { "predicts", CUE_THAT },
    { "promised", CUE_THAT },
    { "promises", CUE_THAT },
    { "quipped", CUE_AFTER },
    { "reaffirmed", CUE_THAT },
    { "recalled", CUE_THAT },
    { "recalling", CUE_ING|CUE_THAT },
    { "recalls", CUE_THAT },
    { "reiterated", CUE_THAT },
    { "reiterates", CUE_THAT },
    { "reiterating", CUE_ING|CUE_THAT },
    { "remarked", CUE_THAT },
    { "reminded", CUE_TELL },
    { "replied", CUE_AFTER },
    { "replies", CUE_THAT },
    { "reported", CUE_THAT },
    { "reports", CUE_THAT },
    { "responded", CUE_THAT },
    { "revealed", CUE_THAT },
    { "said", CUE_FREE },
    { "sang", CUE_AFTER },
    { "say", CUE_FREE },
    { "saying", CUE_FREE|CUE_ING },
    { "says", CUE_FREE },
    { "shouted", CUE_AFTER },
    { "sings", CUE_AFTER },
    { "stated", CUE_THAT },
    { "stressed", CUE_THAT },
    { "stresses", CUE_THAT },
    { "stressing", CUE_ING|CUE_THAT },
    { "suggest", CUE_THAT },
    { "suggested", CUE_THAT },
    { "suggesting", CUE_ING|CUE_THAT },
    { "suggests", CUE_THAT },
    { "tell", CUE_TELL },
    { "telling", CUE_ING|CUE_TELL },
    { "tells", CUE_TELL },
    { "testified", CUE_THAT },
    { "think", CUE_THAT },
    { "thinks", CUE_THAT },
    { "thought", CUE_THAT },
    { "told", CUE_TELL },
    { "tweeted", CUE_THAT },
    { "tweets", CUE_THAT },
    { "underlined", CUE_THAT },
    { "underscored", CUE_THAT },
    { "urged", CUE_THAT },
    { "vowed", CUE_THAT },
    { "vows", CUE_THAT },
    { "warn", CUE_THAT },
    { "warned", CUE_THAT },
    { "warning", CUE_ING|CUE_THAT },
    { "warns", CUE_THAT },
    { "wondered", CUE_AFTER },
    { "writes", CUE_THAT },
    { "wrote", CUE_THAT },
    { "yelled", CUE_AFTER },
};

unsigned nm_cue_word(const char *s, size_t n)
{
    char low[16];
    if (n < 3 || n >= sizeof low)
        return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80)
            return 0;
        low[i] = (char)tolower(c);
    }
    low[n] = 0;
    size_t lo = 0, hi = sizeof cue_words / sizeof cue_words[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(cue_words[mid].w, low);
        if (c == 0)
            return cue_words[mid].flags;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

int nm_cue_table_sorted(void)
{
    size_t n = sizeof cue_words / sizeof cue_words[0];
    for (size_t i = 1; i < n; i++)
        if (strcmp(cue_words[i - 1].w, cue_words[i].w) >= 0)
            return 0;
    return 1;
}
