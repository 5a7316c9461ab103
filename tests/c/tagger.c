/*
 * tagger.c -- tests of the statistical tagger: model load and save, corrupt
 * models, decoding, features on odd input, and a small training run on a
 * fixture of our own (tests/fixtures/tagger).  Prints TAP.
 */
#include "../../csrc/tagger.h"
#define TAP_SUITE "tagger"
#include "tap.h"
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>


extern const unsigned char nm_tagger_model[];
extern const uint64_t nm_tagger_model_size;

/* Tokenizes and labels text with tagger t; labels returned in *labels. */
static size_t label(const nm_engine *eng, const nm_tagger *t, const char *text, uint8_t **labels,
                    nm_doc *d)
{
    memset(d, 0, sizeof *d);
    d->eng = eng;
    d->text = text;
    d->len = strlen(text);
    if (nm_text_split(d) != NM_OK || nm_tagger_run(t, eng->lex, d) != NM_OK)
        return (size_t)-1;
    *labels = d->labels;
    return d->toks.n;
}

static void doc_done(nm_doc *d)
{
    nm_vec_free(&d->toks);
    nm_vec_free(&d->sents);
    nm_vec_free(&d->paras);
    free(d->labels);
    nm_arena_free(&d->arena);
}

static int valid_bio(const uint8_t *l, size_t n, const nm_doc *d)
{
    for (size_t i = 0; i < n; i++) {
        int prev = (i == 0 || (DOC_TOK(d, i)->flags & TF_SENT_START)) ? TG_NLABELS : l[i - 1];
        if (l[i] >= TG_NLABELS || !tg_allowed(prev, l[i]))
            return 0;
    }
    return 1;
}

/* The word-role features (tg_role_features) of the first token spelled w
 * in text, into f; their number, -1 when w is absent. */
static int word_feats(const nm_engine *eng, const nm_tagger *t, const char *text, const char *w,
                      uint32_t *f)
{
    nm_doc d;
    uint8_t *l;
    tg_doc g;
    int k = -1;
    size_t n = label(eng, t, text, &l, &d);
    if (n != (size_t)-1 && tg_doc_init(&g, &d) == NM_OK) {
        for (size_t i = 0; i < n && k < 0; i++)
            if (nm_tok_is(&d, i, w))
                k = tg_role_features(&g, g.tok_type[i], TG_R_WORD, f);
        tg_doc_free(&g);
    }
    doc_done(&d);
    return k;
}

static int has_feat(const uint32_t *f, int n, uint32_t x)
{
    for (int k = 0; k < n; k++)
        if (f[k] == x)
            return 1;
    return 0;
}

int main(void)
{
    nm_options o;
    memset(&o, 0, sizeof o);
    o.no_tagger = 1;                       /* the lexicon only: taggers are made here */
    nm_status st;
    nm_engine *eng = nm_engine_new(&o, &st);
    ok(eng != NULL, "engine without tagger builds");
    if (!eng)
        return 1;

    nm_tagger *t = NULL;
    ok(nm_tagger_new_builtin(&t) == NM_OK && t, "built-in model loads in place");

    size_t len = (size_t)nm_tagger_model_size;
    unsigned char *bad = malloc(len);
    memcpy(bad, nm_tagger_model, len);
    nm_tagger *x = NULL;
    bad[0] = 'X';
    ok(nm_tagger_from_memory(bad, len, 1, &x) == NM_EMODEL && !x, "bad magic is NM_EMODEL");
    bad[0] = 'N';
    ok(nm_tagger_from_memory(bad, len - 1, 1, &x) == NM_EMODEL, "truncated model is NM_EMODEL");
    ok(nm_tagger_from_memory(bad, 10, 1, &x) == NM_EMODEL, "header-only model is NM_EMODEL");
    free(bad);
    ok(nm_tagger_load("/nonexistent/model", &x) == NM_EMODEL, "missing file is NM_EMODEL");

    /* save (the embedded image to a file) and load it back: same labels */
    char path[] = "/tmp/nm-tagger-test-XXXXXX";
    int fd = mkstemp(path);
    FILE *f = fd >= 0 ? fdopen(fd, "wb") : NULL;
    int wrote = f && fwrite(nm_tagger_model, 1, len, f) == len;
    if (f)
        fclose(f);
    nm_tagger *t2 = NULL;
    ok(wrote && nm_tagger_load(path, &t2) == NM_OK, "model file loads");
    remove(path);
    const char *text = "Talks between Germany and France resumed in Berlin on Monday, "
                       "said Anna Kovac of the European Commission.";
    nm_doc d1, d2;
    uint8_t *l1 = NULL, *l2 = NULL;
    size_t n1 = label(eng, t, text, &l1, &d1), n2 = t2 ? label(eng, t2, text, &l2, &d2) : 0;
    ok(n1 == n2 && n1 != (size_t)-1 && !memcmp(l1, l2, n1), "loaded model labels as the embedded one");
    ok(valid_bio(l1, n1, &d1), "decoded labels form valid BIO sequences");
    int germany = -1;
    for (size_t i = 0; i < n1; i++)
        if (nm_tok_is(&d1, i, "Germany"))
            germany = l1[i];
    ok(germany == NM_LBL_B_LOC, "a country in running text is tagged as a place");
    doc_done(&d1);
    if (t2)
        doc_done(&d2);
    nm_tagger_free(t2);

    /* Document-level contexts (TG_CTX): an unseen name's features hold the
     * words around it wherever it stands in the document ("near Korvask",
     * "fled Korvask"), so each occurrence is typed with what the others
     * show; the features of its first occurrence alone are among them. */
    {
        uint32_t fa[TG_ROLEFEAT], fb[TG_ROLEFEAT];
        int na = word_feats(eng, t, "Fighting was reported near Korvask. Refugees fled Korvask.", "Korvask", fa);
        int nb = word_feats(eng, t, "Fighting was reported near Korvask.", "Korvask", fb);
        int sub = na > 0 && nb > 0;
        for (int k = 0; sub && k < nb; k++)
            sub = has_feat(fa, na, fb[k]);
        ok(sub && na > nb, "a name's features hold the words around its other occurrences");
        int nc = word_feats(eng, t, "Refugees fled Korvask. Fighting was reported near Korvask.", "Korvask", fb);
        int same = nc == na;
        for (int k = 0; same && k < nc; k++)
            same = has_feat(fa, na, fb[k]);
        ok(same, "whatever the order they come in");
        int nl = word_feats(eng, t, "the fighting was reported near the town. refugees fled the town.", "town", fb);
        ok(nl == word_feats(eng, t, "the town.", "town", fa), "a lower-case word gathers none");
    }
    /* Given names of the US name counts: a class the tagger reads (a
     * surname follows one), which the rules never see. */
    {
        nm_doc d;
        uint8_t *l;
        unsigned cue;
        size_t n = label(eng, t, "Marta Velk scored twice.", &l, &d);
        ok(n != (size_t)-1 && (nm_word_class_all(&d, "Marta", 5, &cue) & LX_GIVEN) &&
               !(nm_word_class(&d, "Marta", 5) & LX_GIVEN) && d.wcls && !(d.wcls[0] & LX_GIVEN),
           "a given name is LX_GIVEN to the tagger only");
        doc_done(&d);
    }

    /* odd input: empty, one letter, a 10,000-character token, a huge sentence */
    static const char *odd[] = { "", "a", "X", "..." };
    for (size_t k = 0; k < sizeof odd / sizeof odd[0]; k++) {
        nm_doc d;
        uint8_t *l;
        size_t n = label(eng, t, odd[k], &l, &d);
        ok(n != (size_t)-1 && valid_bio(l, n, &d), "odd input is labelled");
        doc_done(&d);
    }
    /* The gate (TG_GATE in tagger.h) decodes only the runs of tokens near a
     * live one: on sentences of our own, with names at the edges of such
     * runs, at a sentence's ends, a name holding lower-case words, none at
     * all, a one-word text, a sentence opened by "He", each token's label is the one Viterbi gives
     * the whole sentence. */
    static const char *gated[] = {
        "yesterday in the small town near the river the old mayor said that Pia Oduya would "
        "arrive soon with her brother and the rest of the family before the long winter came.",
        "the committee met again on a rainy afternoon and the members spoke about the budget "
        "for a long time before they all went home to their families in the evening",
        "Oduya",
        "after a long and very tiring day on the roads the small delegation finally reached Ulaanbaatar",
        "Ulaanbaatar was where the small delegation finally arrived after a long and tiring day.",
        "we had been talking with several officials from the Bank of the West and from the "
        "small credit union down the road about what the new rules would mean for the town.",
        "many of the people who were at the meeting were against the pro-Israel rally that "
        "the students had planned for the last weekend of the month in the square.",
        /* a capitalised function word opens no run; a name it opens does */
        "He said that the plan would work well enough for all of the people who live there now.",
        "the talks were held in a small room in the old city of The Hague before the long winter came.",
    };
    int same_as_full = 1, all_o = 1;
    for (size_t k = 0; k < sizeof gated / sizeof gated[0]; k++) {
        nm_doc d;
        uint8_t *l;
        size_t n = label(eng, t, gated[k], &l, &d);
        tg_doc g;
        if (n == (size_t)-1 || tg_doc_init(&g, &d) != NM_OK) {
            same_as_full = 0;
            continue;
        }
        uint32_t *feats = malloc(TG_WINDOW * TG_MAXFEAT * sizeof *feats);
        uint8_t nf[TG_WINDOW], full[TG_WINDOW];
        for (size_t s = 0; feats && s < d.sents.n; s++) {
            const nm_sent *se = DOC_SENT(&d, s);
            tg_window_features(&g, se->t0, se->t1, feats, nf);
            nm_tagger_decode(t, feats, nf, se->t1 - se->t0, full);
            same_as_full &= !memcmp(full, l + se->t0, se->t1 - se->t0);
        }
        same_as_full &= feats != NULL;
        if (k == 1)
            for (size_t i = 0; i < n; i++)
                all_o &= l[i] == NM_LBL_O;
        free(feats);
        tg_doc_free(&g);
        doc_done(&d);
    }
    ok(same_as_full, "gated decoding labels as decoding whole sentences");
    ok(all_o, "an all-lower-case text is all O");
    char *longtok = malloc(10001);
    memset(longtok, 'Q', 10000);
    longtok[10000] = '\0';
    {
        nm_doc d;
        uint8_t *l;
        size_t n = label(eng, t, longtok, &l, &d);
        ok(n == 1 && valid_bio(l, n, &d), "a 10,000-character token is one labelled token");
        tg_doc g;
        uint32_t feats[TG_MAXFEAT];
        uint8_t nf;
        int fine = tg_doc_init(&g, &d) == NM_OK;
        if (fine) {
            tg_window_features(&g, 0, 1, feats, &nf);
            for (int k = 0; k < nf; k++)
                fine &= feats[k] < TG_NBUCKETS;
            fine &= nf > 0 && nf <= TG_MAXFEAT;
            tg_doc_free(&g);
        }
        ok(fine, "its features are bounded and in range");
        doc_done(&d);
    }
    free(longtok);
    size_t big = 3000 * 6;                 /* one sentence of 3,000 words: several windows */
    char *many = malloc(big + 1);
    for (size_t i = 0; i < big; i += 6)
        memcpy(many + i, "Alpha ", 6);
    many[big] = '\0';
    {
        nm_doc d;
        uint8_t *l;
        size_t n = label(eng, t, many, &l, &d);
        ok(n == 3000 && valid_bio(l, n, &d), "a 3,000-token sentence is labelled in windows");
        doc_done(&d);
    }
    free(many);
    nm_tagger_free(t);

    /* a small training run on our own fixture learns it */
    char model[] = "/tmp/nm-tagger-model-XXXXXX";
    int mfd = mkstemp(model);
    if (mfd >= 0)
        close(mfd);
    char cmd[512];
    snprintf(cmd, sizeof cmd,
             "build/nm-train -e 8 -o %s tests/fixtures/tagger tests/fixtures/tagger 2>/dev/null", model);
    int rc = system(cmd);
    nm_tagger *tt = NULL;
    ok(rc == 0 && nm_tagger_load(model, &tt) == NM_OK, "nm-train writes a loadable model");
    remove(model);
    if (tt) {
        nm_doc d;
        uint8_t *l;
        size_t n = label(eng, tt, "Mira Talvik met Oskar Lend in Tallinn on Friday.", &l, &d);
        int want[] = { NM_LBL_B_PER, NM_LBL_I_PER, NM_LBL_O, NM_LBL_B_PER, NM_LBL_I_PER,
                       NM_LBL_O, NM_LBL_B_LOC };
        int same = n >= 7;
        for (int i = 0; same && i < 7; i++)
            same = l[i] == want[i];
        ok(same, "the trained model tags its training sentence");
        doc_done(&d);
        nm_tagger_free(tt);
    }
    nm_engine_free(eng);
    return tap_done();
}
