/*
 * cues.c -- the closed class of speech and attribution verbs, with their
 * inflections, for quotes.c and attribution.c, and the stance verbs
 * (criticized, vowed, declined) that reported claims take too.
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
 *   CUE_OBJ   a stance on what follows: "X criticized the plan for ..."
 *   CUE_INF   a to-infinitive claim: "X vowed to fight on"
 *   CUE_STANCE a stance, not speech: it reports a claim after it
 *             ("X declined to comment") but attributes no quoted text
 *             and never closes a claim before it ("..., X criticized").
 *
 * Which stance verbs are in is measured, not guessed: PolNeAR annotates
 * beliefs and stances too, and a verb stays only when most of its claims
 * on the train split match a gold one ("maintained a lead", "pledged
 * delegates", "endorsed X last week" did not, so those are out).
 * Measured on train on 2026-11-29 and left out for precision below 0.7:
 * support(s/ed/ing), backed, praised, want(ed), know, knew, saw, offered,
 * thought, considered, decided, expect, feel(s), felt, learned, discussed,
 * seeks, plan(ned), welcomed, requested ("endorsed" and "opposed" are in,
 * with the object alone as the claim: attribution.c, np_object_cues).
 */
#include "cues.h"

typedef struct cue_word {
    const char *w;
    unsigned flags;
} cue_word;

static const cue_word cue_words[] = {
    { "accused", CUE_OBJ|CUE_STANCE },
    { "accuses", CUE_OBJ|CUE_STANCE },
    { "accusing", CUE_ING|CUE_OBJ|CUE_STANCE },
    { "acknowledge", CUE_THAT },
    { "acknowledged", CUE_THAT },
    { "acknowledges", CUE_THAT },
    { "acknowledging", CUE_THAT|CUE_ING },
    { "add", CUE_FREE },
    { "added", CUE_FREE },
    { "adding", CUE_FREE|CUE_ING },
    { "adds", CUE_FREE },
    { "admit", CUE_THAT },
    { "admits", CUE_THAT },
    { "admitted", CUE_THAT },
    { "admitting", CUE_THAT|CUE_ING },
    { "affirm", CUE_THAT },
    { "affirmed", CUE_THAT },
    { "affirming", CUE_THAT|CUE_ING },
    { "affirms", CUE_THAT },
    { "agree", CUE_THAT|CUE_INF },
    { "agreed", CUE_THAT|CUE_INF },
    { "agrees", CUE_THAT|CUE_INF },
    { "allege", CUE_THAT },
    { "alleged", CUE_THAT },
    { "alleges", CUE_THAT },
    { "alleging", CUE_THAT|CUE_ING },
    { "announce", CUE_THAT },
    { "announced", CUE_THAT },
    { "announces", CUE_THAT },
    { "announcing", CUE_THAT|CUE_ING },
    { "argue", CUE_THAT },
    { "argued", CUE_THAT },
    { "argues", CUE_THAT },
    { "arguing", CUE_THAT|CUE_ING },
    { "asked", CUE_AFTER },
    { "asking", CUE_ING|CUE_AFTER },
    { "asks", CUE_AFTER },
    { "assert", CUE_THAT },
    { "asserted", CUE_THAT },
    { "asserting", CUE_THAT|CUE_ING },
    { "asserts", CUE_THAT },
    { "assured", CUE_TELL },
    { "assures", CUE_TELL },
    { "attacked", CUE_OBJ|CUE_STANCE },
    { "attacking", CUE_ING|CUE_OBJ|CUE_STANCE },
    { "believe", CUE_THAT },
    { "believed", CUE_THAT },
    { "believes", CUE_THAT },
    { "blamed", CUE_OBJ|CUE_STANCE },
    { "blames", CUE_OBJ|CUE_STANCE },
    { "blaming", CUE_ING|CUE_OBJ|CUE_STANCE },
    { "blasted", CUE_OBJ|CUE_STANCE },
    { "blasts", CUE_OBJ|CUE_STANCE },
    { "boasted", CUE_THAT },
    { "boasts", CUE_THAT },
    { "called", CUE_OBJ|CUE_STANCE },
    { "calls", CUE_OBJ|CUE_STANCE },
    { "cautioned", CUE_THAT },
    { "chanted", CUE_AFTER },
    { "cited", CUE_OBJ|CUE_STANCE },
    { "cites", CUE_OBJ|CUE_STANCE },
    { "citing", CUE_ING|CUE_OBJ|CUE_STANCE },
    { "claim", CUE_THAT },
    { "claimed", CUE_THAT },
    { "claiming", CUE_THAT|CUE_ING },
    { "claims", CUE_THAT },
    { "commented", CUE_THAT },
    { "complain", CUE_THAT },
    { "complained", CUE_THAT },
    { "complaining", CUE_THAT|CUE_ING },
    { "complains", CUE_THAT },
    { "concede", CUE_THAT },
    { "conceded", CUE_THAT },
    { "concedes", CUE_THAT },
    { "conceding", CUE_THAT|CUE_ING },
    { "concluded", CUE_THAT },
    { "concludes", CUE_THAT },
    { "condemned", CUE_OBJ|CUE_STANCE },
    { "condemning", CUE_ING|CUE_OBJ|CUE_STANCE },
    { "condemns", CUE_OBJ|CUE_STANCE },
    { "confirm", CUE_THAT },
    { "confirmed", CUE_THAT },
    { "confirming", CUE_THAT|CUE_ING },
    { "confirms", CUE_THAT },
    { "contend", CUE_THAT },
    { "contended", CUE_THAT },
    { "contending", CUE_THAT|CUE_ING },
    { "contends", CUE_THAT },
    { "continued", CUE_AFTER },
    { "continues", CUE_AFTER },
    { "countered", CUE_THAT },
    { "counters", CUE_THAT },
    { "criticised", CUE_OBJ|CUE_STANCE },
    { "criticises", CUE_OBJ|CUE_STANCE },
    { "criticising", CUE_ING|CUE_OBJ|CUE_STANCE },
    { "criticized", CUE_OBJ|CUE_STANCE },
    { "criticizes", CUE_OBJ|CUE_STANCE },
    { "criticizing", CUE_ING|CUE_OBJ|CUE_STANCE },
    { "declare", CUE_THAT },
    { "declared", CUE_THAT },
    { "declares", CUE_THAT },
    { "declaring", CUE_THAT|CUE_ING },
    { "declined", CUE_INF|CUE_STANCE },
    { "declines", CUE_INF|CUE_STANCE },
    { "defended", CUE_OBJ|CUE_STANCE },
    { "defending", CUE_ING|CUE_OBJ|CUE_STANCE },
    { "defends", CUE_OBJ|CUE_STANCE },
    { "demanded", CUE_AFTER },
    { "denied", CUE_THAT },
    { "denies", CUE_THAT },
    { "denounced", CUE_OBJ|CUE_STANCE },
    { "denounces", CUE_OBJ|CUE_STANCE },
    { "denouncing", CUE_ING|CUE_OBJ|CUE_STANCE },
    { "deny", CUE_THAT },
    { "denying", CUE_THAT|CUE_ING },
    { "described", CUE_OBJ|CUE_STANCE },
    { "describes", CUE_OBJ|CUE_STANCE },
    { "describing", CUE_ING|CUE_OBJ|CUE_STANCE },
    { "disclosed", CUE_THAT },
    { "dismissed", CUE_OBJ|CUE_STANCE },
    { "dismisses", CUE_OBJ|CUE_STANCE },
    { "dismissing", CUE_ING|CUE_OBJ|CUE_STANCE },
    { "echoed", CUE_OBJ|CUE_STANCE },
    { "echoes", CUE_OBJ|CUE_STANCE },
    { "echoing", CUE_ING|CUE_OBJ|CUE_STANCE },
    { "emphasise", CUE_THAT },
    { "emphasised", CUE_THAT },
    { "emphasises", CUE_THAT },
    { "emphasising", CUE_THAT|CUE_ING },
    { "emphasize", CUE_THAT },
    { "emphasized", CUE_THAT },
    { "emphasizes", CUE_THAT },
    { "emphasizing", CUE_THAT|CUE_ING },
    { "endorsed", CUE_OBJ|CUE_STANCE },
    { "endorses", CUE_OBJ|CUE_STANCE },
    { "estimated", CUE_THAT },
    { "estimates", CUE_THAT },
    { "exclaimed", CUE_AFTER },
    { "expects", CUE_THAT },
    { "explain", CUE_THAT },
    { "explained", CUE_THAT },
    { "explaining", CUE_THAT|CUE_ING },
    { "explains", CUE_THAT },
    { "expressed", CUE_OBJ|CUE_STANCE },
    { "expresses", CUE_OBJ|CUE_STANCE },
    { "expressing", CUE_ING|CUE_OBJ|CUE_STANCE },
    { "fear", CUE_THAT },
    { "feared", CUE_THAT },
    { "fears", CUE_THAT },
    { "finds", CUE_OBJ|CUE_STANCE },
    { "found", CUE_OBJ|CUE_STANCE },
    { "hailed", CUE_OBJ|CUE_STANCE },
    { "hails", CUE_OBJ|CUE_STANCE },
    { "highlighted", CUE_OBJ|CUE_STANCE },
    { "hinted", CUE_THAT },
    { "hope", CUE_THAT|CUE_INF },
    { "hoped", CUE_INF|CUE_STANCE },
    { "hopes", CUE_THAT|CUE_INF },
    { "hoping", CUE_ING|CUE_INF|CUE_STANCE },
    { "indicated", CUE_THAT },
    { "indicates", CUE_THAT },
    { "informed", CUE_TELL },
    { "insist", CUE_THAT },
    { "insisted", CUE_THAT },
    { "insisting", CUE_THAT|CUE_ING },
    { "insists", CUE_THAT },
    { "joked", CUE_THAT },
    { "knows", CUE_THAT },
    { "lauded", CUE_OBJ|CUE_STANCE },
    { "lauds", CUE_OBJ|CUE_STANCE },
    { "mentioned", CUE_THAT },
    { "mocked", CUE_OBJ|CUE_STANCE },
    { "mocking", CUE_ING|CUE_OBJ|CUE_STANCE },
    { "mocks", CUE_OBJ|CUE_STANCE },
    { "note", CUE_THAT },
    { "noted", CUE_THAT },
    { "notes", CUE_THAT },
    { "noting", CUE_THAT|CUE_ING },
    { "opposed", CUE_OBJ|CUE_STANCE },
    { "opposes", CUE_OBJ|CUE_STANCE },
    { "ordered", CUE_OBJ|CUE_INF|CUE_STANCE },
    { "plans", CUE_INF|CUE_STANCE },
    { "pledged", CUE_THAT },
    { "pledges", CUE_THAT },
    { "pointed", CUE_THAT },
    { "posted", CUE_THAT },
    { "predict", CUE_THAT },
    { "predicted", CUE_THAT },
    { "predicting", CUE_THAT|CUE_ING },
    { "predicts", CUE_THAT },
    { "promised", CUE_THAT|CUE_INF },
    { "promises", CUE_THAT|CUE_INF },
    { "promising", CUE_ING|CUE_INF|CUE_STANCE },
    { "proposed", CUE_OBJ|CUE_STANCE },
    { "questioned", CUE_OBJ|CUE_STANCE },
    { "questioning", CUE_ING|CUE_OBJ|CUE_STANCE },
    { "quipped", CUE_AFTER },
    { "reaffirmed", CUE_THAT },
    { "recalled", CUE_THAT },
    { "recalling", CUE_THAT|CUE_ING },
    { "recalls", CUE_THAT },
    { "refused", CUE_INF|CUE_STANCE },
    { "refuses", CUE_INF|CUE_STANCE },
    { "reiterated", CUE_THAT },
    { "reiterates", CUE_THAT },
    { "reiterating", CUE_THAT|CUE_ING },
    { "rejected", CUE_OBJ|CUE_STANCE },
    { "rejecting", CUE_ING|CUE_OBJ|CUE_STANCE },
    { "rejects", CUE_OBJ|CUE_STANCE },
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
    { "see", CUE_OBJ|CUE_STANCE },
    { "sees", CUE_OBJ|CUE_STANCE },
    { "shouted", CUE_AFTER },
    { "show", CUE_OBJ|CUE_STANCE },
    { "showed", CUE_OBJ|CUE_STANCE },
    { "shows", CUE_OBJ|CUE_STANCE },
    { "sings", CUE_AFTER },
    { "slammed", CUE_OBJ|CUE_STANCE },
    { "slamming", CUE_ING|CUE_OBJ|CUE_STANCE },
    { "slams", CUE_OBJ|CUE_STANCE },
    { "sought", CUE_INF|CUE_STANCE },
    { "stated", CUE_THAT },
    { "stressed", CUE_THAT },
    { "stresses", CUE_THAT },
    { "stressing", CUE_THAT|CUE_ING },
    { "suggest", CUE_THAT },
    { "suggested", CUE_THAT },
    { "suggesting", CUE_THAT|CUE_ING },
    { "suggests", CUE_THAT },
    { "tell", CUE_TELL },
    { "telling", CUE_TELL|CUE_ING },
    { "tells", CUE_TELL },
    { "testified", CUE_THAT },
    { "think", CUE_THAT },
    { "thinks", CUE_THAT },
    { "threatened", CUE_INF|CUE_STANCE },
    { "threatening", CUE_ING|CUE_INF|CUE_STANCE },
    { "told", CUE_TELL },
    { "tweeted", CUE_THAT },
    { "tweets", CUE_THAT },
    { "underlined", CUE_THAT },
    { "underscored", CUE_THAT },
    { "urged", CUE_THAT|CUE_OBJ|CUE_INF },
    { "urges", CUE_OBJ|CUE_INF|CUE_STANCE },
    { "urging", CUE_ING|CUE_OBJ|CUE_INF|CUE_STANCE },
    { "vowed", CUE_THAT|CUE_INF },
    { "vowing", CUE_ING|CUE_INF|CUE_STANCE },
    { "vows", CUE_THAT|CUE_INF },
    { "wants", CUE_INF|CUE_STANCE },
    { "warn", CUE_THAT },
    { "warned", CUE_THAT },
    { "warning", CUE_THAT|CUE_ING },
    { "warns", CUE_THAT },
    { "wondered", CUE_AFTER },
    { "worried", CUE_THAT },
    { "worries", CUE_THAT },
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
        low[i] = (char)((unsigned)(c - 'A') < 26u ? c + 32 : c);   /* ASCII: no locale call */
    }
    low[n] = 0;
    size_t lo = 0, hi = sizeof cue_words / sizeof cue_words[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        /* called for most tokens, several times: compare in line (the
         * words mostly differ in the first letter) rather than strcmp() */
        const unsigned char *a = (const unsigned char *)cue_words[mid].w;
        const unsigned char *b = (const unsigned char *)low;
        while (*a && *a == *b) {
            a++;
            b++;
        }
        int c = (int)*a - (int)*b;
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
