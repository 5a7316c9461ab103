/*
 * nm-train.c -- trains the tagger model (`make model`).
 *
 *   nm-train [-e EPOCHS] [-s SEED] -o MODEL TRAIN_DIR DEV_DIR
 *
 * Reads every <doc>.txt with its <doc>.gold.json ({"entities": [{"type":
 * "person", "start": N, "end": N}, ...]}, byte offsets) from TRAIN_DIR,
 * tokenizes it with the core's own tokenizer and computes the core's own
 * features, so the model sees in training exactly what it sees at run time.
 * Trains an averaged structured perceptron (Viterbi decoding) for EPOCHS
 * passes in a shuffled order fixed by SEED, scores the averaged model on
 * DEV_DIR after each pass (entity F1 on tokens, person/org/place/misc) and
 * writes the best pass's model.  Same inputs, same binary: same file.
 */
#include "../tagger.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include "slurp.h"
#include "textdir.h"

enum { L = TG_NLABELS };

typedef struct tdoc {
    nm_doc d;
    char *text;
    uint8_t *gold;         /* label per token */
    uint32_t *feats;       /* TG_MAXFEAT per token */
    uint8_t *nfeat;
} tdoc;

typedef struct win { uint32_t doc, a, b; } win;

typedef struct corpus {
    tdoc *docs;
    size_t n, cap;
    win *wins;
    size_t nwin, wcap;
    size_t ntok;
} corpus;


static int label_base(const char *type, size_t n)
{
    if (n == 6 && !memcmp(type, "person", 6)) return NM_LBL_B_PER;
    if (n == 3 && !memcmp(type, "org", 3)) return NM_LBL_B_ORG;
    if (n == 5 && !memcmp(type, "place", 5)) return NM_LBL_B_LOC;
    if (n == 4 && !memcmp(type, "misc", 4)) return NM_LBL_B_MISC;
    return 0;
}

/* Finds `"key": ` at or after p and returns what follows, or NULL. */
static const char *after_key(const char *p, const char *key)
{
    const char *k = strstr(p, key);
    if (!k)
        return NULL;
    k += strlen(key);
    while (*k == ' ' || *k == ':')
        k++;
    return k;
}

/* Gold labels from the entity records (the gold files' fixed layout). */
static void gold_labels(const char *json, const nm_doc *d, uint8_t *gold)
{
    memset(gold, NM_LBL_O, d->toks.n);
    const char *p = json;
    while ((p = after_key(p, "\"type\"")) != NULL) {
        if (*p != '"')
            continue;
        const char *t = p + 1, *te = strchr(t, '"');
        if (!te)
            break;
        const char *s = after_key(te, "\"start\""), *e = s ? after_key(s, "\"end\"") : NULL;
        if (!e)
            break;
        long start = strtol(s, NULL, 10), end = strtol(e, NULL, 10);
        int base = label_base(t, (size_t)(te - t));
        p = e;
        if (!base)
            continue;
        int first = 1;
        for (size_t i = 0; i < d->toks.n; i++) {
            const nm_token *k = DOC_TOK(d, i);
            if ((long)k->end <= start || (long)k->start >= end)
                continue;
            gold[i] = (uint8_t)(first ? base : base + 1);
            first = 0;
        }
    }
}

static int load_corpus(corpus *c, const char *dir, const nm_engine *eng)
{
    size_t nn;
    char **names = textdir_list(dir, &nn);
    if (!names)
        return -1;
    for (size_t k = 0; k < nn; k++) {
        char *text, *json;
        size_t tl;
        textdir_read(dir, names[k], &text, &tl, &json);
        free(names[k]);
        if (!text || !json) {
            free(text);
            free(json);
            continue;
        }
        if (c->n == c->cap) {
            c->cap = c->cap ? c->cap * 2 : 256;
            c->docs = realloc(c->docs, c->cap * sizeof *c->docs);
        }
        tdoc *td = &c->docs[c->n++];
        memset(td, 0, sizeof *td);
        td->text = text;
        td->d.eng = eng;
        td->d.text = text;
        td->d.len = tl;
        if (nm_text_split(&td->d) != NM_OK)
            return -1;
        size_t n = td->d.toks.n;
        td->gold = malloc(n + 1);
        td->feats = malloc((n + 1) * TG_MAXFEAT * sizeof *td->feats);
        td->nfeat = malloc(n + 1);
        gold_labels(json, &td->d, td->gold);
        free(json);
        tg_doc g;
        if (tg_doc_init(&g, &td->d) != NM_OK)
            return -1;
        for (size_t s = 0; s < td->d.sents.n; s++) {
            const nm_sent *se = DOC_SENT(&td->d, s);
            for (size_t a = se->t0; a < se->t1; a += TG_WINDOW) {
                size_t b = se->t1 - a > TG_WINDOW ? a + TG_WINDOW : se->t1;
                tg_window_features(&g, a, b, td->feats + a * TG_MAXFEAT, td->nfeat + a);
                if (c->nwin == c->wcap) {
                    c->wcap = c->wcap ? c->wcap * 2 : 4096;
                    c->wins = realloc(c->wins, c->wcap * sizeof *c->wins);
                }
                c->wins[c->nwin++] = (win){ (uint32_t)(c->n - 1), (uint32_t)a, (uint32_t)b };
            }
        }
        tg_doc_free(&g);
        c->ntok += n;
    }
    free(names);
    return 0;
}

/* Viterbi over float weights (training). */
static void viterbi_f(const float *W, const float *T, const uint32_t *feats, const uint8_t *nfeat,
                      size_t n, uint8_t *out)
{
    float prev[L], cur[L];
    static uint8_t back[TG_WINDOW][L];
    for (size_t i = 0; i < n; i++) {
        float em[L] = { 0 };
        const uint32_t *f = feats + i * TG_MAXFEAT;
        for (int k = 0; k < nfeat[i]; k++)
            for (int l = 0; l < L; l++)
                em[l] += W[(size_t)f[k] * L + l];
        for (int l = 0; l < L; l++) {
            float best = -1e30f;
            int bl = 0;
            if (i == 0) {
                if (tg_allowed(L, l))
                    best = T[L * L + l];
            } else {
                for (int p = 0; p < L; p++)
                    if (tg_allowed(p, l) && prev[p] + T[p * L + l] > best) {
                        best = prev[p] + T[p * L + l];
                        bl = p;
                    }
            }
            cur[l] = best + em[l];
            back[i][l] = (uint8_t)bl;
        }
        memcpy(prev, cur, sizeof prev);
    }
    int bl = 0;
    for (int l = 1; l < L; l++)
        if (prev[l] > prev[bl])
            bl = l;
    for (size_t i = n; i-- > 0;) {
        out[i] = (uint8_t)bl;
        bl = back[i][bl];
    }
}

/* Entity spans from BIO labels, compared exactly: returns tp, adds counts. */
static void count_spans(const uint8_t *gold, const uint8_t *pred, size_t n, long *tp, long *np,
                        long *ng)
{
    for (size_t i = 0; i < n; i++) {
        int gs = gold[i] & 1, ps = pred[i] & 1;   /* B-X labels are odd */
        *ng += gs;
        *np += ps;
        if (gs && ps && gold[i] == pred[i]) {
            size_t j = i + 1;
            while (j < n && gold[j] == gold[i] + 1 && pred[j] == gold[i] + 1)
                j++;
            int gend = j >= n || gold[j] != gold[i] + 1, pend = j >= n || pred[j] != gold[i] + 1;
            *tp += gend && pend;
        }
    }
}

/* Quantizes averaged weights into a model image. */
static unsigned char *quantize(const float *W, const float *T, size_t *len)
{
    size_t ne = (size_t)TG_NBUCKETS * L, nt = (L + 1) * L;
    float mx = 1e-9f;
    for (size_t i = 0; i < ne; i++) mx = fmaxf(mx, fabsf(W[i]));
    for (size_t i = 0; i < nt; i++) mx = fmaxf(mx, fabsf(T[i]));
    float scale = mx / 32000.0f;
    *len = TG_HEADER + (nt + ne) * sizeof(int16_t);
    unsigned char *img = malloc(*len);
    memcpy(img, TG_MAGIC, 8);
    uint32_t v[2] = { TG_BUCKET_BITS, L };
    for (int k = 0; k < 2; k++)
        for (int b = 0; b < 4; b++)
            img[8 + 4 * k + b] = (unsigned char)(v[k] >> (8 * b));
    memcpy(img + 16, &scale, 4);
    int16_t *q = (int16_t *)(void *)(img + TG_HEADER);
    for (size_t i = 0; i < nt; i++) q[i] = (int16_t)lrintf(T[i] / scale);
    for (size_t i = 0; i < ne; i++) q[nt + i] = (int16_t)lrintf(W[i] / scale);
    return img;
}

static double dev_f1(const unsigned char *img, size_t len, const corpus *dev)
{
    nm_tagger *t;
    if (nm_tagger_from_memory(img, len, 0, &t) != NM_OK)
        return -1;
    long tp = 0, np = 0, ng = 0;
    uint8_t pred[TG_WINDOW];
    for (size_t w = 0; w < dev->nwin; w++) {
        const win *x = &dev->wins[w];
        const tdoc *td = &dev->docs[x->doc];
        nm_tagger_decode(t, td->feats + (size_t)x->a * TG_MAXFEAT, td->nfeat + x->a, x->b - x->a, pred);
        count_spans(td->gold + x->a, pred, x->b - x->a, &tp, &np, &ng);
    }
    nm_tagger_free(t);
    double p = np ? (double)tp / np : 0, r = ng ? (double)tp / ng : 0;
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

int main(int argc, char **argv)
{
    int epochs = 12;
    unsigned seed = 1;
    const char *outp = NULL;
    int ai = 1;
    for (; ai < argc && argv[ai][0] == '-'; ai++) {
        if (!strcmp(argv[ai], "-e") && ai + 1 < argc) epochs = atoi(argv[++ai]);
        else if (!strcmp(argv[ai], "-s") && ai + 1 < argc) seed = (unsigned)atoi(argv[++ai]);
        else if (!strcmp(argv[ai], "-o") && ai + 1 < argc) outp = argv[++ai];
        else break;
    }
    if (!outp || argc - ai != 2) {
        fprintf(stderr, "usage: nm-train [-e EPOCHS] [-s SEED] -o MODEL TRAIN_DIR DEV_DIR\n");
        return 1;
    }
    nm_options o;
    memset(&o, 0, sizeof o);
    o.no_tagger = 1;
    nm_status st;
    nm_engine *eng = nm_engine_new(&o, &st);
    if (!eng) {
        fprintf(stderr, "nm-train: %s\n", nm_strerror(st));
        return 3;
    }
    corpus tr = { 0 }, dev = { 0 };
    if (load_corpus(&tr, argv[ai], eng) || load_corpus(&dev, argv[ai + 1], eng) || !tr.nwin) {
        fprintf(stderr, "nm-train: cannot read the corpora\n");
        return 2;
    }
    fprintf(stderr, "nm-train: %zu train documents (%zu tokens), %zu dev documents (%zu tokens)\n",
            tr.n, tr.ntok, dev.n, dev.ntok);
    size_t ne = (size_t)TG_NBUCKETS * L, nt = (L + 1) * L;
    float *W = calloc(ne, sizeof *W), *U = calloc(ne, sizeof *U);
    float *T = calloc(nt, sizeof *T), *TU = calloc(nt, sizeof *TU);
    float *AW = malloc(ne * sizeof *AW), *AT = malloc(nt * sizeof *AT);
    uint32_t *order = malloc(tr.nwin * sizeof *order);
    if (!W || !U || !T || !TU || !AW || !AT || !order)
        return 3;
    for (size_t i = 0; i < tr.nwin; i++)
        order[i] = (uint32_t)i;
    unsigned char *best = NULL;
    size_t best_len = 0;
    double best_f1 = -1;
    int best_epoch = 0;
    float c = 1;
    uint8_t pred[TG_WINDOW];
    uint32_t rng = seed * 2654435761u + 1;
    for (int e = 1; e <= epochs; e++) {
        for (size_t i = tr.nwin; i > 1; i--) {          /* Fisher-Yates, fixed seed */
            rng = rng * 1664525u + 1013904223u;
            size_t j = (rng >> 8) % i;
            uint32_t t = order[i - 1];
            order[i - 1] = order[j];
            order[j] = t;
        }
        long errors = 0;
        for (size_t w = 0; w < tr.nwin; w++, c++) {
            const win *x = &tr.wins[order[w]];
            const tdoc *td = &tr.docs[x->doc];
            size_t n = x->b - x->a;
            const uint32_t *F = td->feats + (size_t)x->a * TG_MAXFEAT;
            const uint8_t *NF = td->nfeat + x->a, *G = td->gold + x->a;
            viterbi_f(W, T, F, NF, n, pred);
            for (size_t i = 0; i < n; i++) {
                int g = G[i], p = pred[i];
                int gp = i ? G[i - 1] : L, pp = i ? pred[i - 1] : L;
                if (g != p) {
                    errors++;
                    for (int k = 0; k < NF[i]; k++) {
                        size_t b = (size_t)F[i * TG_MAXFEAT + k] * L;
                        W[b + g] += 1; U[b + g] += c;
                        W[b + p] -= 1; U[b + p] -= c;
                    }
                }
                if (g != p || gp != pp) {
                    T[gp * L + g] += 1; TU[gp * L + g] += c;
                    T[pp * L + p] -= 1; TU[pp * L + p] -= c;
                }
            }
        }
        for (size_t i = 0; i < ne; i++) AW[i] = W[i] - U[i] / c;
        for (size_t i = 0; i < nt; i++) AT[i] = T[i] - TU[i] / c;
        size_t len;
        unsigned char *img = quantize(AW, AT, &len);
        double f1 = dev_f1(img, len, &dev);
        fprintf(stderr, "nm-train: epoch %d: %ld token errors, dev F1 %.4f\n", e, errors, f1);
        if (f1 > best_f1) {
            free(best);
            best = img;
            best_len = len;
            best_f1 = f1;
            best_epoch = e;
        } else {
            free(img);
        }
    }
    FILE *f = fopen(outp, "wb");
    if (!f || fwrite(best, 1, best_len, f) != best_len || fclose(f) != 0) {
        fprintf(stderr, "nm-train: cannot write %s\n", outp);
        return 2;
    }
    fprintf(stderr, "nm-train: wrote %s (epoch %d, dev F1 %.4f, %zu bytes)\n", outp, best_epoch,
            best_f1, best_len);
    return 0;
}
