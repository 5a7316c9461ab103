/*
 * tagger.c -- loads the tagger model and labels a document's tokens.
 *
 * The model (data/tagger.model, trained by `make model`) is embedded in the
 * library; loading checks its header and keeps the weight rows that are not
 * all zero (tagger.h), about 1 MB, read once when the engine is made.
 * Decoding is Viterbi per sentence over int16 weights.  An
 * analysis sums, once for every distinct word of the document (when a
 * decoded token first needs it), the weights of its own features and of its
 * features as a neighbour (tg_role_features); a token then adds five such
 * rows and the weights of its context features only.  Its allocations:
 * that per-word table, the document's feature state (features.c) and one
 * window's scratch arrays.
 */
#include "tagger.h"
#include "embed.h"
#include <stdio.h>
#include <stdlib.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

NM_EMBED(nm_tagger_model, "data/tagger.model");

static uint32_t rd32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static int16_t rd16(const unsigned char *p)
{
    return (int16_t)(uint16_t)(p[0] | p[1] << 8);
}

nm_status nm_tagger_from_memory(const void *data, size_t len, int copy, nm_tagger **out)
{
    const unsigned char *p = data;
    (void)copy;          /* the tagger never points into data: always a copy */
    *out = NULL;
    if (len < TG_HEADER || memcmp(p, TG_MAGIC, 8) != 0 || rd32(p + 8) != TG_BUCKET_BITS ||
        rd32(p + 12) != TG_NLABELS)
        return NM_EMODEL;
    enum { NT = (TG_NLABELS + 1) * TG_NLABELS, RB = 2 * TG_NLABELS };
    _Static_assert(RB == 18, "a weight row is 18 bytes");
    size_t need = TG_HEADER + 2 * (NT + (size_t)TG_NBUCKETS * TG_NLABELS);
    if (len != need)
        return NM_EMODEL;
    float scale;
    memcpy(&scale, p + 16, sizeof scale);
    if (!(scale > 0) || scale > 1e6f)
        return NM_EMODEL;
    nm_tagger *t = calloc(1, sizeof *t);
    if (!t)
        return NM_ENOMEM;
    t->scale = scale;
    for (int k = 0; k < NT; k++)
        t->trans[k] = rd16(p + TG_HEADER + 2 * k);
    for (int q = 0; q <= TG_NLABELS; q++)
        for (int l = 0; l < TG_LANES; l++)
            t->vtrans[q * TG_LANES + l] = l < TG_NLABELS && tg_allowed(q, l) ? t->trans[q * TG_NLABELS + l]
                                                                          : INT32_MIN / 4;
    for (int l = 0; l < TG_NLABELS; l++) {
        int32_t lo = INT32_MAX, hi = INT32_MIN;
        for (int q = 0; q < TG_NLABELS; q++)
            if (tg_allowed(q, l)) {
                int32_t w = t->vtrans[q * TG_LANES + l];
                lo = w < lo ? w : lo;
                hi = w > hi ? w : hi;
            }
        t->spread = hi - lo > t->spread ? hi - lo : t->spread;
    }
    /* one pass for the bitmap and the counts, one to copy the rows */
    const unsigned char *em = p + TG_HEADER + 2 * NT;
    uint32_t nrows = 0;
    for (uint32_t b = 0; b < TG_NBUCKETS; b++) {
        if (!(b & 63))
            t->rank[b >> 6] = nrows;
        const unsigned char *r = em + (size_t)b * RB;
        uint64_t w0, w1;               /* the row's 18 bytes, 8 at a time */
        uint16_t w2;
        memcpy(&w0, r, 8);
        memcpy(&w1, r + 8, 8);
        memcpy(&w2, r + 16, 2);
        if (w0 | w1 | w2) {
            t->nz[b >> 6] |= (uint64_t)1 << (b & 63);
            nrows++;
        }
    }
    if (!(t->rows = malloc((nrows ? nrows : 1) * sizeof(int16_t) * TG_NLABELS))) {
        free(t);
        return NM_ENOMEM;
    }
    for (uint32_t b = 0, k = 0; b < TG_NBUCKETS; b++)
        if (t->nz[b >> 6] & ((uint64_t)1 << (b & 63))) {
            for (int l = 0; l < TG_NLABELS; l++)
                t->rows[(size_t)k * TG_NLABELS + l] = rd16(em + (size_t)b * RB + 2 * l);
            k++;
        }
    *out = t;
    return NM_OK;
}

nm_status nm_tagger_new_builtin(nm_tagger **out)
{
    return nm_tagger_from_memory(nm_tagger_model, (size_t)nm_tagger_model_size,
                                 0, out);
}

nm_status nm_tagger_load(const char *path, nm_tagger **out)
{
    *out = NULL;
    FILE *f = fopen(path, "rb");
    if (!f)
        return NM_EMODEL;
    size_t cap = 1 << 20, n = 0, got;
    unsigned char *buf = malloc(cap);
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            unsigned char *b = realloc(buf, cap * 2);
            if (!b) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = b;
            cap *= 2;
        }
    }
    fclose(f);
    if (!buf)
        return NM_ENOMEM;
    nm_status st = nm_tagger_from_memory(buf, n, 1, out);
    free(buf);
    return st;
}

void nm_tagger_free(nm_tagger *t)
{
    if (!t)
        return;
    free(t->rows);
    free(t);
}

/* Label scores are kept in rows of LP lanes (9 labels, padded) so that the
 * compiler can add a feature's weights and compare the Viterbi candidates of
 * all labels with vector instructions. */
enum { L = TG_NLABELS, LP = TG_LANES };
_Static_assert(TG_NLABELS == 9, "viterbi() takes labels 0-7 as vectors and 8 on its own");
typedef int32_t tg_row[LP];

/* Adds the weight rows of features f[0..nf) to row (inline in add_rows()
 * and add_rows_popcnt() below). */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline void sum_rows(const nm_tagger *t, const uint32_t *f, int nf, int32_t *row)
{
    for (int k = 0; k < nf; k++) {
        const int16_t *w = tg_row_of(t, f[k]);
        if (w)
            for (int l = 0; l < L; l++)
                row[l] += w[l];
    }
}

static void add_rows(const nm_tagger *t, const uint32_t *f, int nf, int32_t *row)
{
    sum_rows(t, f, nf, row);
}

/* Finding a feature's weight row counts the bits of a bitmap word
 * (tg_row_of): the x86-64 baseline has no popcnt instruction, so
 * add_rows() is compiled a second time for processors that have it,
 * chosen at run time -- gcc and clang turn nm_popcount64() into the one
 * instruction there. */
#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
__attribute__((target("popcnt"))) static void add_rows_popcnt(const nm_tagger *t, const uint32_t *f, int nf,
                                                               int32_t *row)
{
    sum_rows(t, f, nf, row);
}
#define ADD_ROWS(x, t, f, nf, row) ((x)->popcnt ? add_rows_popcnt(t, f, nf, row) : add_rows(t, f, nf, row))
#define HAVE_POPCNT() __builtin_cpu_supports("popcnt")
#else
#define ADD_ROWS(x, t, f, nf, row) add_rows(t, f, nf, row)
#define HAVE_POPCNT() 0
#endif

/* One step of the forward pass: cur[l] += max over p of prev[p] + trans[p][l].
 * Labels 0-7 are taken as two vectors of four lanes, written out with the
 * compiler's vector types where it has them (gcc, clang): left to the auto-
 * vectoriser, the loop came out scalar or vectorised depending on unrelated
 * code around it.  Label 8 is done on its own. */
#if defined(__GNUC__)
typedef int32_t v4si __attribute__((vector_size(16)));
static void forward_step(const int32_t *prev, const int32_t *trans, int32_t *cur)
{
    v4si lo, hi, a, b, ma, mb;
    memcpy(&lo, trans, sizeof lo);
    memcpy(&hi, trans + 4, sizeof hi);
    lo += prev[0];
    hi += prev[0];
    int32_t last = prev[0] + trans[8];
    for (int p = 1; p < L; p++) {
        memcpy(&a, trans + p * LP, sizeof a);
        memcpy(&b, trans + p * LP + 4, sizeof b);
        a += prev[p];
        b += prev[p];
        ma = a > lo;                       /* lanes: -1 where greater */
        mb = b > hi;
        lo = (a & ma) | (lo & ~ma);
        hi = (b & mb) | (hi & ~mb);
        int32_t sc = prev[p] + trans[p * LP + 8];
        last = sc > last ? sc : last;
    }
    memcpy(&a, cur, sizeof a);
    memcpy(&b, cur + 4, sizeof b);
    a += lo;
    b += hi;
    memcpy(cur, &a, sizeof a);
    memcpy(cur + 4, &b, sizeof b);
    cur[8] += last;
}
#else
static void forward_step(const int32_t *prev, const int32_t *trans, int32_t *cur)
{
    int32_t best[L];
    for (int l = 0; l < L; l++)
        best[l] = prev[0] + trans[l];
    for (int p = 1; p < L; p++)
        for (int l = 0; l < L; l++) {
            int32_t sc = prev[p] + trans[p * LP + l];
            best[l] = sc > best[l] ? sc : best[l];
        }
    for (int l = 0; l < L; l++)
        cur[l] += best[l];
}
#endif

/* Best labels out[0..n) for the emission scores em[0..n), n <= TG_WINDOW;
 * em is overwritten with the best path scores.  The forward pass keeps only
 * the best score of each label (a max the compiler turns into vector
 * instructions); the backtrace finds the previous label of the one path it
 * follows again, the first on ties as a per-label argmax would.  So no
 * back-pointer table is filled for all nine labels of every token.
 *
 * Most steps need no max over the nine previous labels: when the best of
 * them (the lead) beats the second by more than the spread of the
 * transitions into any one label, it is the strict best predecessor of
 * every label it may precede (an I-X it may not precede has only B-X and
 * I-X to choose from).  News text is mostly such steps (a confident O
 * before the next word), so the full step runs on few tokens.  The scores,
 * and so the labels, are exactly those of the full step. */
#define NO_LEAD 0xFF

/* The lead of the scores prev[0..L): the label whose score beats every
 * other's by more than spread, or NO_LEAD; its score in *b1.  With SSE2
 * (every x86-64), the nine scores are compared as vectors and the labels
 * near the best counted from a bit mask: a third of the instructions of
 * the scalar scan for the best two, which was half of viterbi()'s. */
static inline int lead_of(const int32_t *prev, int32_t spread, int32_t *b1)
{
#if defined(__SSE2__)
    __m128i lo = _mm_loadu_si128((const __m128i *)(const void *)prev);
    __m128i hi = _mm_loadu_si128((const __m128i *)(const void *)(prev + 4));
    __m128i gt = _mm_cmpgt_epi32(hi, lo);
    __m128i mx = _mm_or_si128(_mm_and_si128(gt, hi), _mm_andnot_si128(gt, lo));
    __m128i sh = _mm_shuffle_epi32(mx, _MM_SHUFFLE(1, 0, 3, 2));
    gt = _mm_cmpgt_epi32(sh, mx);
    mx = _mm_or_si128(_mm_and_si128(gt, sh), _mm_andnot_si128(gt, mx));
    sh = _mm_shuffle_epi32(mx, _MM_SHUFFLE(2, 3, 0, 1));
    gt = _mm_cmpgt_epi32(sh, mx);
    mx = _mm_or_si128(_mm_and_si128(gt, sh), _mm_andnot_si128(gt, mx));
    int32_t best = _mm_cvtsi128_si32(mx);
    best = prev[8] > best ? prev[8] : best;
    *b1 = best;
    /* the labels within spread of the best (the best among them): a lead
     * when that is the best alone */
    if ((int64_t)best - spread - 1 < INT32_MIN)
        return NO_LEAD;
    int32_t near = best - spread - 1;
    __m128i t = _mm_set1_epi32(near);
    unsigned bits = (unsigned)_mm_movemask_ps(_mm_castsi128_ps(_mm_cmpgt_epi32(lo, t))) |
                    (unsigned)_mm_movemask_ps(_mm_castsi128_ps(_mm_cmpgt_epi32(hi, t))) << 4 |
                    (unsigned)(prev[8] > near) << 8;
    return bits & (bits - 1) ? NO_LEAD : __builtin_ctz(bits);
#else
    int32_t best = prev[0], b2 = INT32_MIN;
    int p1 = 0;
    for (int p = 1; p < L; p++) {
        if (prev[p] > best) {
            b2 = best;
            best = prev[p];
            p1 = p;
        } else if (prev[p] > b2) {
            b2 = prev[p];
        }
    }
    *b1 = best;
    return (int64_t)best - b2 <= spread ? NO_LEAD : p1;
#endif
}
/* before: the label before em[0] (L: the sentence's start); to_o: whether
 * an O follows em[n - 1] (a token the gate leaves out). */
static void viterbi(const nm_tagger *t, tg_row *em, size_t n, int before, int to_o, uint8_t *out)
{
    /* Forbidden transitions (I-X after O) carry a large negative weight
     * instead of a branch (t->vtrans). */
    const int32_t *trans = t->vtrans;
    const int32_t spread = t->spread;
    uint8_t lead[TG_WINDOW];
    if (!n)
        return;
    for (int l = 0; l < LP; l++)
        em[0][l] += trans[before * LP + l];
    for (size_t i = 1; i < n; i++) {
        const int32_t *prev = em[i - 1];
        int32_t b1;
        int p1 = lead_of(prev, spread, &b1);
        if (p1 == NO_LEAD) {
            lead[i] = NO_LEAD;
            forward_step(prev, trans, em[i]);
            continue;
        }
        /* O and B-X follow anything: the lead is their best predecessor.
         * An I-X follows B-X or I-X only: the better of the two (the lead,
         * when it is one of them). */
        lead[i] = (uint8_t)p1;
        int32_t *cur = em[i];
        for (int l = 0; l < L; l += 2) {
            if (l) {
                int32_t a = prev[l - 1] + trans[(l - 1) * LP + l], b = prev[l] + trans[l * LP + l];
                cur[l] += b > a ? b : a;
            } else {
                cur[l] += b1 + trans[p1 * LP + l];
            }
            if (l + 1 < L)
                cur[l + 1] += b1 + trans[p1 * LP + l + 1];
        }
    }
    if (to_o)
        for (int l = 0; l < L; l++)
            em[n - 1][l] += trans[l * LP + NM_LBL_O];
    int bl = 0;
    for (int l = 1; l < L; l++)
        if (em[n - 1][l] > em[n - 1][bl])
            bl = l;
    for (size_t i = n - 1; i > 0; i--) {
        out[i] = (uint8_t)bl;
        const int32_t *prev = em[i - 1];
        int from = 0;
        if (lead[i] != NO_LEAD && (bl & 1 || !bl)) {
            from = lead[i];
        } else if (lead[i] != NO_LEAD) {    /* an I-X: the first of B-X, I-X on a tie */
            from = prev[bl] + trans[bl * LP + bl] > prev[bl - 1] + trans[(bl - 1) * LP + bl] ? bl : bl - 1;
        } else {
            int32_t best = prev[0] + trans[bl];
            for (int p = 1; p < L; p++)
                if (prev[p] + trans[p * LP + bl] > best) {
                    best = prev[p] + trans[p * LP + bl];
                    from = p;
                }
        }
        bl = from;
    }
    out[0] = (uint8_t)bl;
}

void nm_tagger_decode(const nm_tagger *t, const uint32_t *feats, const uint8_t *nfeat,
                      size_t n, uint8_t *out)
{
    static const tg_row zero;
    tg_row em[TG_WINDOW];
    for (size_t i = 0; i < n; i++) {
        memcpy(em[i], zero, sizeof zero);
        add_rows(t, feats + i * TG_MAXFEAT, nfeat[i], em[i]);
    }
    viterbi(t, em, n, L, 0, out);
}

/* Per analysis: the summed weights of every word type of the document in
 * each role (the word itself, a neighbour), so that a token adds five rows
 * for those and looks up only its context features in the model. */
typedef struct tg_scratch {
    tg_row *role;         /* [type * TG_R_COUNT + role] */
    uint8_t *rdone;       /* per type: bit r set once role r's row is summed */
    uint32_t feats[TG_MAXFEAT];       /* one token's context features */
    tg_row em[TG_WINDOW];
    /* Summed weights of the flag features by key: few keys occur, so a
     * small direct-mapped table holds them. */
    uint32_t fkey[256];               /* key + 1, 0: empty */
    tg_row frow[256];
    int popcnt;                       /* the processor has popcnt (ADD_ROWS) */
} tg_scratch;

/* The summed weights of the flag features of a key. */
static const int32_t *flag_row(const nm_tagger *t, tg_scratch *x, uint32_t key)
{
    uint32_t h = (key * 0x9E3779B1u) >> 24;
    if (x->fkey[h] != key + 1) {
        uint32_t f[4];
        memset(x->frow[h], 0, sizeof x->frow[h]);
        ADD_ROWS(x, t, f, tg_flag_features(key, f), x->frow[h]);
        x->fkey[h] = key + 1;
    }
    return x->frow[h];
}

/* Labels tokens [a, b) of the sentence [s0, s1), after label `before` and
 * before an O when to_o (viterbi).  A token's scores are summed as soon
 * as its features are known (one pass: nothing is kept between). */
static void label_window(const nm_tagger *t, const tg_doc *g, tg_scratch *x, size_t a, size_t b,
                         size_t s0, size_t s1, int before, int to_o, uint8_t *out)
{
    size_t n = b - a;
    for (size_t i = 0; i < n; i++) {
        uint32_t *f = x->feats, types[TG_R_COUNT], key;
        int32_t acc[LP];          /* a local row: no aliasing, so vector adds */
        int nf = tg_token_context(g, a + i, s0, s1, types, &key, f);
        if (nf < 0) {                     /* a class limit: no cached rows */
            nf = tg_token_features(g, a + i, f);
            memset(acc, 0, sizeof acc);
        } else {
            /* a type's rows are summed when first needed: the gate leaves
             * many rare words out of every decoded run */
            for (int r = 0; r < TG_R_COUNT; r++) {
                uint32_t ty = types[r];
                if (!(x->rdone[ty] & 1u << r)) {
                    uint32_t rf[TG_ROLEFEAT];
                    int32_t *row = x->role[(size_t)ty * TG_R_COUNT + r];
                    memset(row, 0, sizeof(tg_row));
                    ADD_ROWS(x, t, rf, tg_role_features(g, ty, r, rf), row);
                    x->rdone[ty] |= (uint8_t)(1u << r);
                }
            }
            memcpy(acc, flag_row(t, x, key), sizeof acc);
            for (int r = 0; r < TG_R_COUNT; r++) {
                const int32_t *row = x->role[(size_t)types[r] * TG_R_COUNT + r];
                for (int l = 0; l < LP; l++)
                    acc[l] += row[l];
            }
        }
        ADD_ROWS(x, t, f, nf, acc);
        memcpy(x->em[i], acc, sizeof acc);
    }
    viterbi(t, x->em, n, before, to_o, out);
}

/* Labels the sentence [s0, s1): O outside the runs of tokens within
 * TG_GATE of a live one; each run is decoded as the best labelling given
 * the O around it, so it starts after an O and ends before one.  A run
 * longer than TG_WINDOW is cut into windows as a long sentence is. */
static void label_sentence(const nm_tagger *t, const tg_doc *g, tg_scratch *x, size_t s0, size_t s1,
                           uint8_t *lab)
{
    size_t i = s0;
    while (i < s1) {
        /* the next live token at or after i, then the last of its run:
         * live tokens at most 2 * TG_GATE + 1 apart join one run */
        size_t j = i;
        while (j < s1 && !g->types[g->tok_type[j]].live)
            j++;
        if (j == s1) {
            memset(lab + i, NM_LBL_O, s1 - i);
            break;
        }
        size_t a = j > s0 + TG_GATE ? j - TG_GATE : s0, last = j;
        for (size_t k = j + 1; k < s1 && k <= last + 2 * TG_GATE + 1; k++)
            if (g->types[g->tok_type[k]].live)
                last = k;
        size_t b = s1 - last > TG_GATE ? last + TG_GATE + 1 : s1;
        memset(lab + i, NM_LBL_O, a - i);
        for (size_t w = a; w < b; w += TG_WINDOW) {
            size_t e = b - w > TG_WINDOW ? w + TG_WINDOW : b;
            label_window(t, g, x, w, e, s0, s1, w == a && a > s0 ? NM_LBL_O : L, e == b && b < s1, lab + w);
        }
        i = b;
    }
}

nm_status nm_tagger_run(const nm_tagger *t, const nm_lexicon *lex, nm_doc *d)
{
    (void)lex;
    size_t n = d->toks.n;
    tg_doc g;
    tg_scratch *x = calloc(1, sizeof *x);
    d->labels = malloc(n ? n : 1);
    if (!x || !d->labels) {
        free(x);
        return NM_ENOMEM;
    }
    nm_status st = tg_doc_init(&g, d);
    if (st) {
        free(x);
        return st;
    }
    x->popcnt = HAVE_POPCNT();
    x->role = malloc((size_t)g.ntypes * TG_R_COUNT * sizeof *x->role);
    x->rdone = calloc(g.ntypes, 1);
    if (!x->role || !x->rdone) {
        st = NM_ENOMEM;
        goto done;
    }
    for (size_t s = 0; s < d->sents.n; s++) {
        const nm_sent *se = DOC_SENT(d, s);
        label_sentence(t, &g, x, se->t0, se->t1, d->labels);
    }
    /* Names are made of words: a quotation mark or a stray symbol (an
     * invalid byte) is never inside one; a name cut there starts again.
     * (Both changes are to labelled tokens only.) */
    for (size_t i = nm_next_labelled(d->labels, 0, n); i < n; i = nm_next_labelled(d->labels, i + 1, n)) {
        uint8_t k = DOC_TOK(d, i)->kind;
        if (k == TK_SYMBOL || k == TK_QUOTE)
            d->labels[i] = NM_LBL_O;
        else if (d->labels[i] && !(d->labels[i] & 1) &&
                 (i == 0 || !tg_allowed(d->labels[i - 1], d->labels[i])))
            d->labels[i]--;                       /* I-X without B-X: B-X */
    }
    if (nm_tagger_fix(d))          /* (tagfix.c) */
        st = NM_ENOMEM;
done:
    tg_doc_free(&g);
    free(x->role);
    free(x->rdone);
    free(x);
    return st;
}
