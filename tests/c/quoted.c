/*
 * quoted.c -- tests of the learned quoted-span model (csrc/quoted.h):
 * loading the built-in model and corrupt ones, a small training run on a
 * fixture of our own (tests/fixtures/quoted: short quotes after the verb
 * "derided", which no cue list holds, beside scare quotes and titles) run
 * twice to check it is deterministic, decoding with the model trained
 * there, and the trace the trainer reads.  Prints TAP.  Run from the
 * project root.
 */
#include "../../csrc/quoted.h"
#define TAP_SUITE "quoted"
#include "tap.h"

extern const unsigned char nm_quoted_model[];
extern const uint64_t nm_quoted_model_size;

/* Copies bytes [s, e) of text into out (cap bytes), "" when absent. */
static void copy(char *out, size_t cap, const char *text, size_t s, size_t e)
{
    out[0] = '\0';
    if (s != NM_NONE && e > s && e - s < cap) {
        memcpy(out, text + s, e - s);
        out[e - s] = '\0';
    }
}

/* The number of quotes of text under eng; of the first, its content, cue
 * and speaker. */
static int first_quote(const nm_engine *eng, const char *text, char *content, char *cue, char *spk, size_t cap)
{
    nm_result *res;
    if (nm_analyze(eng, text, strlen(text), &res) != NM_OK)
        return -1;
    const nm_quote *q;
    size_t n = nm_result_quotes(res, &q);
    content[0] = cue[0] = spk[0] = '\0';
    if (n) {
        copy(content, cap, text, q->start, q->end);
        copy(cue, cap, text, q->cue.start, q->cue.end);
        copy(spk, cap, text, q->speaker.start, q->speaker.end);
    }
    nm_result_free(res);
    return (int)n;
}

int main(void)
{
    nm_quoted *m = NULL;
    ok(nm_quoted_new_builtin(&m) == NM_OK && m, "built-in model loads");
    ok(m && m->lin.scale > 0, "it has a scale");
    nm_quoted_free(m);

    size_t len = (size_t)nm_quoted_model_size;
    unsigned char *bad = malloc(len);
    memcpy(bad, nm_quoted_model, len);
    nm_quoted *x = NULL;
    bad[0] = 'X';
    ok(nm_quoted_from_memory(bad, len, &x) == NM_EMODEL && !x, "bad magic is NM_EMODEL");
    free(bad);

    /* the trainer on our fixture, twice: a loadable model, the same bytes */
    unsigned char *m1, *m2;
    size_t l1, l2;
    int ran = train_twice("build/nm-train-quoted", "tests/fixtures/quoted", &m1, &l1, &m2, &l2);
    nm_quoted *fx = NULL;
    ok(ran && m1 && nm_quoted_from_memory(m1, l1, &fx) == NM_OK,
       "nm-train-quoted writes a loadable model");
    ok(m1 && m2 && l1 == l2 && !memcmp(m1, m2, l1), "two training runs write the same bytes");
    ok(fx && fx->lin.threshold < INT32_MAX, "training on the fixture chose a threshold");
    free(m1);
    free(m2);

    nm_status st;
    nm_engine *eng = nm_engine_new(NULL, &st);
    ok(eng && eng->quoted, "the default engine has the quoted-span model");
    nm_options base;
    memset(&base, 0, sizeof base);
    base.no_tagger = 1;
    nm_engine *plain = nm_engine_new(&base, &st);
    ok(plain && !plain->quoted, "the engine without the tagger has none");
    nm_engine_free(plain);

    /* decoding: with the fixture's model, a short quote after "derided"
     * in a sentence not in the fixture is the clause's claim */
    const char *text = "Councillor Dee Park derided the \xE2\x80\x9Ctiny\xE2\x80\x9D ferry.";
    char content[128], cue[128], spk[128];
    if (eng && fx) {
        nm_quoted_free(eng->quoted);
        eng->quoted = fx;
        int n = first_quote(eng, text, content, cue, spk, sizeof cue);
        ok(n == 1 && !strcmp(content, "the \xE2\x80\x9Ctiny\xE2\x80\x9D ferry") && !strcmp(cue, "derided") &&
           !strcmp(spk, "Dee Park"), "the trained model makes the claim after an unknown verb");
        /* a scare quote stays dropped */
        n = first_quote(eng, "The so-called \xE2\x80\x9C" "blue\xE2\x80\x9D tax was dropped in June.", content,
                        cue, spk, sizeof cue);
        ok(n == 0, "a scare quote makes no claim");
        /* trace mode records the candidates and makes no claim */
        nm_quoted_trace tr;
        memset(&tr, 0, sizeof tr);
        nm_result *res = NULL;
        int seen = 0, inrange = 1;
        if (nm_analyze_quoted_traced(eng, text, strlen(text), &tr, &res) == NM_OK) {
            for (size_t i = 0; i < tr.cands.n; i++) {
                const nm_quoted_cand *k = &NM_VEC_AT(tr.cands, nm_quoted_cand, i);
                inrange &= k->nfeat > 0 && k->nfeat <= QT_MAXFEAT;
                for (int j = 0; j < k->nfeat; j++)
                    inrange &= k->feat[j] < QT_NBUCKETS;
                if (k->cue_end - k->cue_start == 7 && !memcmp(text + k->cue_start, "derided", 7))
                    seen = 1;
            }
            const nm_quote *q;
            ok(nm_result_quotes(res, &q) == 0, "a traced analysis makes no claim of the model");
        } else {
            ok(0, "a traced analysis makes no claim of the model");
        }
        ok(seen && inrange, "the trace holds the verb's candidate, its features in range");
        nm_vec_free(&tr.cands);
        nm_result_free(res);
    } else {
        nm_quoted_free(fx);
    }
    nm_engine_free(eng);
    return tap_done();
}
