/*
 * nm-train-claims.c -- trains the claim-cue model (`make model`, claims.h).
 *
 *   nm-train-claims [-e EPOCHS] [-s SEED] [-k FOLDS] [-b BETA] [-d DUMP] -o MODEL TRAIN_DIR
 *
 * Reads every <doc>.txt with its <doc>.gold.json (PolNeAR attributions:
 * {"quotes": [{"content": [[s, e], ...], "source": ..., "cue": [[s, e]] or
 * null, ...}, ...], byte offsets) from TRAIN_DIR and runs the core on it
 * with a trace (nm_analyze_traced), so the candidates, their features and
 * the claims they would make are exactly those of run time.  The rules'
 * quotes are matched to the gold attributions as the scorer does (word
 * bytes, Jaccard >= 0.5, one to one, best first); a candidate is positive
 * when its claim matches a gold attribution left unmatched whose cue holds
 * the candidate word.
 *
 * Training: an averaged perceptron, EPOCHS passes in a shuffled order fixed
 * by SEED, on each of FOLDS folds of the documents (document i is in fold
 * i % FOLDS) with the fold left out; a fold's model is the mean of RUNS
 * such runs in different orders.  The left-out scores give the
 * threshold: taking the learned claims best first (a claim is right when
 * it matches a gold attribution left unmatched, one to one), the cut where
 * the quotes of rules and model together score the best F-beta on train,
 * averaged over SMOOTH ranks either side (the curve is flat there: the
 * best single rank moved the cut by a hundred claims from one retrain to
 * the next), BETA 0.5 by default: a wrong highlight costs our users more
 * than a missing one, and with beta 0.5 a claim is worth making only when
 * it is right more often than about 0.58 of the time.  -d writes the left-out
 * claims, best first, for error analysis.  The model written is the mean of the fold
 * models, so those scores and that threshold are on its scale.  Nothing
 * else is read: no dev or test data.  Same inputs, same binary: same file.
 */
#include "../claims.h"
#include <math.h>
#include "goldmatch.h"
#include "lintrain.h"
#include "slurp.h"
#include "textdir.h"

/* A fold's model is the mean of RUNS runs in different orders, and the
 * cut is the middle of the ranks whose F-beta, averaged over SMOOTH ranks
 * either side, is within TOL of the best (lintrain.h: the best single rank
 * moved the cut between 856 and 1393 claims from seed to seed; the middle
 * between 1057 and 1215). */
#ifndef RUNS
#define RUNS 5
#endif
#ifndef SMOOTH
#define SMOOTH 300
#endif
#ifndef TOL
#define TOL 0.0005
#endif

typedef struct cand {
    uint32_t doc;
    uint32_t f0;            /* features in the feature array */
    uint8_t nf;
    uint8_t label;
    uint32_t m0, nm;        /* unmatched gold attributions its claim matches */
    uint32_t cue_start, start, end;   /* bytes: the cue word and the claim */
    float score;            /* left-out score */
} cand;

typedef struct corpus {
    cand *c;
    size_t nc, ccap;
    uint32_t *feat;
    size_t nfeat, fcap;
    uint32_t *match;        /* gold ids (global) */
    size_t nmatch, mcap;
    size_t ndocs;
    long gold_all, gold_indirect, rules_pred, rules_tp, rules_tp_indirect;
    uint8_t *gold_direct;   /* per global gold id */
    size_t ngold, gdcap;
    char **names;           /* per document (for -d) */
    size_t namecap;
} corpus;

static int load(corpus *C, const char *dir, const nm_engine *eng)
{
    size_t nn;
    char **names = textdir_list(dir, &nn);     /* sorted: a fixed order */
    if (!names)
        return -1;
    frag *fr = NULL;
    size_t nfr = 0, frcap = 0;
    gold *gs = NULL;
    size_t gcap = 0;
    for (size_t k = 0; k < nn; k++) {
        char *text, *json;
        size_t tl;
        textdir_read(dir, names[k], &text, &tl, &json);
        const char *p = json ? strstr(json, "\"quotes\"") : NULL;
        if (!text || !p) {
            free(names[k]);
            free(text);
            free(json);
            continue;
        }
        /* gold attributions */
        size_t ng = gold_read(p, tl, &gs, &gcap, &fr, &nfr, &frcap);
        C->gold_direct = grow(C->gold_direct, &C->gdcap, C->ngold + ng + 1, 1);
        for (size_t i = 0; i < ng; i++)
            C->gold_direct[C->ngold + i] = (uint8_t)gs[i].direct;
        free(json);
        uint32_t *pre = word_prefix(text, tl);
        if (!pre)
            return -1;
        nm_claim_trace tr;
        memset(&tr, 0, sizeof tr);
        nm_result *res;
        if (nm_analyze_traced(eng, text, tl, &tr, &res) != NM_OK)
            return -1;
        /* the rules' quotes against gold, as the scorer matches them */
        const nm_quote *qs;
        size_t nq = nm_result_quotes(res, &qs);
        long tp = match_quotes(pre, qs, nq, gs, ng, fr, NULL);
        C->rules_tp += tp;
        for (size_t j = 0; j < ng; j++)
            C->rules_tp_indirect += gs[j].matched && !gs[j].direct;
        C->rules_pred += (long)nq;
        C->gold_all += (long)ng;
        for (size_t j = 0; j < ng; j++)
            C->gold_indirect += !C->gold_direct[C->ngold + j];
        nm_result_free(res);
        /* the candidates */
        for (size_t i = 0; i < tr.cands.n; i++) {
            const nm_claim_cand *kc = &NM_VEC_AT(tr.cands, nm_claim_cand, i);
            C->c = grow(C->c, &C->ccap, C->nc + 1, sizeof *C->c);
            cand *c = &C->c[C->nc++];
            memset(c, 0, sizeof *c);
            c->doc = (uint32_t)C->ndocs;
            c->f0 = (uint32_t)C->nfeat;
            c->nf = kc->nfeat;
            c->cue_start = kc->cue_start;
            c->start = kc->start;
            c->end = kc->end;
            C->feat = grow(C->feat, &C->fcap, C->nfeat + kc->nfeat, sizeof *C->feat);
            memcpy(C->feat + C->nfeat, kc->feat, kc->nfeat * sizeof *kc->feat);
            C->nfeat += kc->nfeat;
            c->m0 = (uint32_t)C->nmatch;
            for (size_t j = 0; j < ng; j++) {
                const gold *g = &gs[j];
                if (g->matched || jaccard(pre, kc->start, kc->end, g, fr) < 0.5)
                    continue;
                C->match = grow(C->match, &C->mcap, C->nmatch + 1, sizeof *C->match);
                C->match[C->nmatch++] = (uint32_t)(C->ngold + j);
                if (cue_overlaps(g, fr, kc->cue_start, kc->cue_end))
                    c->label = 1;
            }
            c->nm = (uint32_t)(C->nmatch - c->m0);
        }
        nm_vec_free(&tr.cands);
        free(pre);
        free(text);
        C->ngold += ng;
        C->names = grow(C->names, &C->namecap, C->ndocs + 1, sizeof *C->names);
        C->names[C->ndocs] = names[k];
        C->ndocs++;
    }
    free(names);
    free(fr);
    free(gs);
    return 0;
}

/* Averaged perceptron on the candidates of the documents not in fold
 * `out` (-1: none left out); the averaged weights into A. */
static void train(const corpus *C, int folds, int out, int epochs, unsigned seed, float *W, float *U,
                  float *A, uint32_t *order)
{
    size_t n = 0;
    for (size_t i = 0; i < C->nc; i++)
        if ((int)(C->c[i].doc % (uint32_t)folds) != out)
            order[n++] = (uint32_t)i;
    memset(W, 0, CL_NBUCKETS * sizeof *W);
    memset(U, 0, CL_NBUCKETS * sizeof *U);
    float c = 1;
    uint32_t rng = shuffle_seed(seed);
    for (int e = 0; e < epochs; e++) {
        shuffle(order, n, &rng);                      /* a fixed order for the seed */
        for (size_t i = 0; i < n; i++, c++) {
            const cand *k = &C->c[order[i]];
            const uint32_t *f = C->feat + k->f0;
            float y = k->label ? 1.0f : -1.0f;
            if (y * lin_dot(f, k->nf, W) <= 0)
                lin_update(f, k->nf, y, c, W, U);
        }
    }
    lin_average(W, U, c, A, CL_NBUCKETS);
}

static const corpus *sort_ctx;
static int by_score(const void *x, const void *y)
{
    const cand *a = &sort_ctx->c[*(const uint32_t *)x], *b = &sort_ctx->c[*(const uint32_t *)y];
    if (a->score != b->score)
        return a->score > b->score ? -1 : 1;
    return *(const uint32_t *)x < *(const uint32_t *)y ? -1 : 1;
}

int main(int argc, char **argv)
{
    train_opts o = { .epochs = 5 };
    if (train_opts_parse(argc, argv, "nm-train-claims", &o))
        return 1;
    nm_engine *eng = lin_engine("nm-train-claims");    /* with the tagger, as at run time */
    if (!eng)
        return 3;
    corpus C;
    memset(&C, 0, sizeof C);
    if (load(&C, o.dir, eng) || !C.nc) {
        fprintf(stderr, "nm-train-claims: cannot read %s (or no candidates in it)\n", o.dir);
        return 2;
    }
    nm_engine_free(eng);
    if ((o.folds = lin_folds(o.folds, C.ndocs, "nm-train-claims")) < 0)
        return 2;
    size_t npos = 0;
    for (size_t i = 0; i < C.nc; i++)
        npos += C.c[i].label;
    fprintf(stderr, "nm-train-claims: %zu documents, %ld gold attributions (%ld reported); the rules "
            "make %ld quotes, %ld right (%ld reported); %zu candidates, %zu positive\n",
            C.ndocs, C.gold_all, C.gold_indirect, C.rules_pred, C.rules_tp, C.rules_tp_indirect, C.nc, npos);
    float *W, *U, *A, *M;
    uint32_t *order = malloc(C.nc * sizeof *order);
    if (lin_arrays(CL_NBUCKETS, &W, &U, &A, &M) || !order)
        return 3;
    /* a fold's model is the mean of RUNS runs in different orders */
    float *F = calloc(CL_NBUCKETS, sizeof *F);
    if (!F)
        return 3;
    for (int k = 0; k < o.folds; k++) {
        memset(F, 0, CL_NBUCKETS * sizeof *F);
        for (int run = 0; run < RUNS; run++) {
            train(&C, o.folds, k, o.epochs, o.seed + (unsigned)k + 1000u * (unsigned)run, W, U, A, order);
            for (size_t b = 0; b < CL_NBUCKETS; b++)
                F[b] += A[b] / (float)RUNS;
        }
        for (size_t b = 0; b < CL_NBUCKETS; b++)
            M[b] += F[b] / (float)o.folds;
        for (size_t i = 0; i < C.nc; i++)
            if ((int)(C.c[i].doc % (uint32_t)o.folds) == k)
                C.c[i].score = lin_dot(C.feat + C.c[i].f0, C.c[i].nf, F);
    }
    free(F);
    /* left-out claims best first, one to one with the gold the rules missed */
    for (size_t i = 0; i < C.nc; i++)
        order[i] = (uint32_t)i;
    sort_ctx = &C;
    qsort(order, C.nc, sizeof *order, by_score);
    uint8_t *used = calloc(C.ngold + 1, 1);
    FILE *df = o.dump ? fopen(o.dump, "w") : NULL;
    long tp = 0, tpi = 0, fp = 0;
    float threshold = INFINITY;
    long best_tp = 0, best_fp = 0, best_tpi = 0;
    double best_fb = fbeta(prec(C.rules_tp, C.rules_pred), rec(C.rules_tp, C.gold_all), o.beta);  /* none */
    double *fbs = malloc(C.nc * sizeof *fbs);
    float *rsc = malloc(C.nc * sizeof *rsc);
    long *rtp = malloc(C.nc * sizeof *rtp), *rfp = malloc(C.nc * sizeof *rfp), *rtpi = malloc(C.nc * sizeof *rtpi);
    if (!fbs || !rsc || !rtp || !rfp || !rtpi)
        return 3;
    for (size_t r = 0; r < C.nc; r++) {
        const cand *k = &C.c[order[r]];
        int hit = 0;
        for (uint32_t j = 0; j < k->nm && !hit; j++)
            if (!used[C.match[k->m0 + j]]) {
                used[C.match[k->m0 + j]] = 1;
                hit = 1;
                tpi += !C.gold_direct[C.match[k->m0 + j]];
            }
        tp += hit;
        fp += !hit;
        if (df)
            fprintf(df, "%s\t%u\t%u\t%u\t%.3f\t%d\t%d\n", C.names[k->doc], k->cue_start, k->start, k->end,
                    k->score, hit, k->label);
        double P = prec(C.rules_tp + tp, C.rules_pred + tp + fp), R = rec(C.rules_tp + tp, C.gold_all);
        fbs[r] = fbeta(P, R, o.beta);
        rsc[r] = k->score;
        rtp[r] = tp;
        rfp[r] = fp;
        rtpi[r] = tpi;
        if ((r + 1) % 250 == 0 && r < 4000) {
            fprintf(stderr, "  top %6zu (score %8.3f): right %5ld (%.3f); with the rules P %.3f R %.3f F1 %.3f, reported R %.3f\n",
                    r + 1, k->score, tp, prec(tp, tp + fp), P, R, fbeta(P, R, 1),
                    rec(C.rules_tp_indirect + tpi, C.gold_indirect));
        }
    }
    free(used);
    if (df)
        fclose(df);
    size_t cut = lin_smoothed_cut(fbs, rsc, C.nc, SMOOTH, TOL, &best_fb);
    threshold = lin_cut_threshold(rsc, C.nc, cut);
    if (cut < C.nc) {
        best_tp = rtp[cut];
        best_fp = rfp[cut];
        best_tpi = rtpi[cut];
    }
    free(fbs);
    free(rsc);
    free(rtp);
    free(rfp);
    free(rtpi);
    {
        double P0 = prec(C.rules_tp, C.rules_pred), R0 = rec(C.rules_tp, C.gold_all);
        double P = prec(C.rules_tp + best_tp, C.rules_pred + best_tp + best_fp);
        double R = rec(C.rules_tp + best_tp, C.gold_all);
        fprintf(stderr, "nm-train-claims: threshold %.3f (best F%.2g on train, left out): %ld claims, %ld right; "
                "train quotes P/R/F1 %.3f/%.3f/%.3f -> %.3f/%.3f/%.3f, reported recall %.3f -> %.3f\n",
                threshold, o.beta, best_tp + best_fp, best_tp, P0, R0, fbeta(P0, R0, 1), P, R,
                fbeta(P, R, 1), rec(C.rules_tp_indirect, C.gold_indirect),
                rec(C.rules_tp_indirect + best_tpi, C.gold_indirect));
    }
    /* the mean model, quantized */
    if (write_linear_model(o.out, CL_MAGIC, CL_BUCKET_BITS, M, threshold))
        return 2;
    fprintf(stderr, "nm-train-claims: wrote %s (%zu bytes)\n", o.out, (size_t)20 + 2 * ((size_t)1 << CL_BUCKET_BITS));
    free(W);
    free(U);
    free(A);
    free(M);
    free(order);
    return 0;
}
