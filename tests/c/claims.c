/*
 * claims.c -- tests of the learned claim-cue model (csrc/claims.h): loading
 * the built-in model and corrupt ones, its word table, decoding (a claim
 * made through a model trained here), the trace the trainer reads, and a
 * small training run on a fixture of our own (tests/fixtures/claims: the
 * unknown cue "grumbled that"), run twice to check it is deterministic.
 * Prints TAP.  Run from the project root.
 */
#include "../../csrc/claims.h"
#define TAP_SUITE "claims"
#include "tap.h"

extern const unsigned char nm_claims_model[];
extern const uint64_t nm_claims_model_size;


/* The number of quotes of text under engine eng (-1: a direct one or an
 * error); when there is one, its cue, content and speaker (or "") copied. */
static int one_quote_spk(const nm_engine *eng, const char *text, char *cue, char *content, char *spk,
                         size_t cap)
{
    nm_result *res;
    if (nm_analyze(eng, text, strlen(text), &res) != NM_OK)
        return -1;
    const nm_quote *q;
    size_t n = nm_result_quotes(res, &q);
    int r = (int)n;
    if (n == 1 && q->cue.start != NM_NONE && q->cue.end - q->cue.start < cap && q->end - q->start < cap) {
        memcpy(cue, text + q->cue.start, q->cue.end - q->cue.start);
        cue[q->cue.end - q->cue.start] = '\0';
        memcpy(content, text + q->start, q->end - q->start);
        content[q->end - q->start] = '\0';
        spk[0] = '\0';
        if (q->speaker.start != NM_NONE && q->speaker.end - q->speaker.start < cap) {
            memcpy(spk, text + q->speaker.start, q->speaker.end - q->speaker.start);
            spk[q->speaker.end - q->speaker.start] = '\0';
        }
        r = q->direct ? -1 : 1;
    }
    nm_result_free(res);
    return r;
}

static int one_quote(const nm_engine *eng, const char *text, char *cue, char *content, size_t cap)
{
    char spk[128];
    return one_quote_spk(eng, text, cue, content, spk, cap < sizeof spk ? cap : sizeof spk);
}

int main(void)
{
    nm_claims *m = NULL;
    ok(nm_claims_new_builtin(&m) == NM_OK && m, "built-in model loads");
    ok(m && m->lin.threshold > INT32_MIN && m->lin.scale > 0, "it has a threshold and a scale");
    ok(m && nm_claims_check_tables(m, 12345, 200000) == 0,
       "a candidate's score (word and claim) through the load-time tables is the sum of its features' weights, its claim's within the bound");
    nm_claims_free(m);
    ok(nm_claims_words_sorted(), "its class-word table is sorted, without duplicates");

    size_t len = (size_t)nm_claims_model_size;
    unsigned char *bad = malloc(len);
    memcpy(bad, nm_claims_model, len);
    nm_claims *x = NULL;
    bad[0] = 'X';
    ok(nm_claims_from_memory(bad, len, &x) == NM_EMODEL && !x, "bad magic is NM_EMODEL");
    free(bad);

    /* the trainer on our fixture, twice: a loadable model, the same bytes */
    unsigned char *m1, *m2;
    size_t l1, l2;
    int ran = train_twice("build/nm-train-claims", "tests/fixtures/claims", &m1, &l1, &m2, &l2);
    nm_claims *fx = NULL;
    ok(ran && m1 && nm_claims_from_memory(m1, l1, &fx) == NM_OK,
       "nm-train-claims writes a loadable model");
    ok(m1 && m2 && l1 == l2 && !memcmp(m1, m2, l1), "two training runs write the same bytes");
    ok(fx && fx->lin.threshold < INT32_MAX, "training on the fixture chose a threshold");
    free(m1);
    free(m2);

    /* decoding: an engine given that model reports a claim whose cue no
     * rule knows, in a sentence not in the fixture */
    nm_status st;
    nm_engine *eng = nm_engine_new(NULL, &st);
    ok(eng && eng->claims, "the default engine has the claim model");
    const char *text = "Councillor Dee Park grumbled that the ferry was always crowded.";
    char cue[128], content[128];
    if (eng && fx) {
        nm_claims_free(eng->claims);
        eng->claims = fx;
        int n = one_quote(eng, text, cue, content, sizeof cue);
        ok(n == 1 && !strcmp(cue, "grumbled") && !strcmp(content, "the ferry was always crowded"),
           "the trained model makes the claim after an unknown cue");
        /* its speaker is the subject before the verb group */
        char spk[128];
        n = one_quote_spk(eng, "Dee Park had long grumbled that the ferry was crowded.", cue,
                          content, spk, sizeof spk);
        ok(n == 1 && !strcmp(spk, "Dee Park"), "a learned claim's speaker stands before its verb group");
        /* trace mode records the candidate and makes no claim */
        nm_claim_trace tr;
        memset(&tr, 0, sizeof tr);
        nm_result *res = NULL;
        int seen = 0;
        if (nm_analyze_traced(eng, text, strlen(text), &tr, &res) == NM_OK) {
            for (size_t i = 0; i < tr.cands.n; i++) {
                const nm_claim_cand *k = &NM_VEC_AT(tr.cands, nm_claim_cand, i);
                int inrange = k->nfeat > 0 && k->nfeat <= CL_MAXFEAT;
                for (int j = 0; j < k->nfeat; j++)
                    inrange &= k->feat[j] < CL_NBUCKETS;
                if (inrange && k->cue_end - k->cue_start == 8 && !memcmp(text + k->cue_start, "grumbled", 8))
                    seen = 1;
            }
            const nm_quote *q;
            ok(nm_result_quotes(res, &q) == 0, "a traced analysis makes no learned claim");
        } else {
            ok(0, "a traced analysis makes no learned claim");
        }
        ok(seen, "the trace holds the cue candidate with its features in range");
        nm_vec_free(&tr.cands);
        nm_result_free(res);
    }
    nm_engine_free(eng);

    /* the rules alone (no_tagger): no model, no such claim */
    nm_options o;
    memset(&o, 0, sizeof o);
    o.no_tagger = 1;
    eng = nm_engine_new(&o, &st);
    ok(eng && !eng->claims && one_quote(eng, text, cue, content, sizeof cue) == 0,
       "without the statistical models the rules make no claim there");
    nm_engine_free(eng);

    /* odd input through the built-in model: empty, a word, a 10,000-letter
     * word, a sentence of 3,000 words (the candidates' window cache wraps) */
    eng = nm_engine_new(NULL, &st);
    static const char *odd[] = { "", "a", "said", "He said.", "they worried that" };
    int fine = eng != NULL;
    for (size_t k = 0; fine && k < sizeof odd / sizeof odd[0]; k++) {
        nm_result *res;
        fine = nm_analyze(eng, odd[k], strlen(odd[k]), &res) == NM_OK;
        nm_result_free(res);
    }
    size_t big = 3000 * 8;
    char *long_text = malloc(big + 1);
    for (size_t i = 0; i < big; i += 8)
        memcpy(long_text + i, i % 80 ? "argued, " : "we said ", 8);
    long_text[big] = '\0';
    nm_result *res;
    fine = fine && nm_analyze(eng, long_text, big, &res) == NM_OK;
    if (fine)
        nm_result_free(res);
    memset(long_text, 'q', 10000);
    fine = fine && nm_analyze(eng, long_text, 10000, &res) == NM_OK;
    if (fine)
        nm_result_free(res);
    ok(fine, "odd input is analysed");
    free(long_text);
    nm_engine_free(eng);

    return tap_done();
}
