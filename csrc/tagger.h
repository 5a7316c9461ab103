/*
 * tagger.h -- the statistical name tagger, shared by the core (tagger.c,
 * features.c) and its trainer (csrc/tools/nm-train.c).
 *
 * A linear-chain model over BIO labels (NM_LBL_* in nm.h): every token has
 * up to TG_MAXFEAT hashed features; a label's score is the sum of the
 * weights of its features plus a transition weight from the previous label;
 * Viterbi finds the best labelling of each sentence.  Trained as an averaged
 * structured perceptron.
 *
 * Model file (little-endian, data/tagger.model):
 *   "NMTAGGR1"  magic
 *   u32 bucket_bits, u32 labels, f32 scale
 *   i16 trans[(labels + 1) * labels]    row `labels` is "start of sentence"
 *   i16 emit[(1 << bucket_bits) * labels]
 * Weights are the averaged perceptron weights divided by scale.
 */
#ifndef NM_TAGGER_H
#define NM_TAGGER_H

#include "nm.h"

#define TG_BUCKET_BITS 18
#define TG_NBUCKETS (1u << TG_BUCKET_BITS)
#define TG_NLABELS NM_LBL_COUNT
#define TG_MAXFEAT 48
#define TG_MAGIC "NMTAGGR1"
#define TG_HEADER 20

struct nm_tagger {
    const int16_t *emit;      /* [bucket][label] */
    const int16_t *trans;     /* [(prev or start)][label] */
    float scale;
    void *owned;              /* malloc'd copy, or NULL when embedded */
};

/* Tokens are labelled in windows of at most TG_WINDOW tokens: a sentence,
 * or a slice of a longer one, so memory stays bounded on any input. */
#define TG_WINDOW 512

/* Document-level feature state (features.c). */
typedef struct tg_slot { uint32_t h, flags; } tg_slot;
typedef struct tg_doc {
    nm_doc *d;
    tg_slot *dw;          /* lower-case word -> DW_* flags seen in the document */
    uint32_t mask, used;
    uint8_t *phrase;      /* per token: lexicon phrase mark */
} tg_doc;

/* Prepares the document-level features (fills d->wcls if needed). */
nm_status tg_doc_init(tg_doc *g, nm_doc *d);
void tg_doc_free(tg_doc *g);
/* Features of tokens [a, b), b - a <= TG_WINDOW, as bucket indices: token
 * a + k's are feats[k * TG_MAXFEAT ..], nfeat[k] of them. */
void tg_window_features(const tg_doc *g, size_t a, size_t b, uint32_t *feats, uint8_t *nfeat);

/* Checks a model image and makes a tagger over it; copy: keep a private
 * copy (for files), else point into data (the embedded model). */
nm_status nm_tagger_from_memory(const void *data, size_t len, int copy, nm_tagger **out);
nm_status nm_tagger_load(const char *path, nm_tagger **out);

/* Best labels out[0..n) for n <= TG_WINDOW tokens from their features. */
void nm_tagger_decode(const nm_tagger *t, const uint32_t *feats, const uint8_t *nfeat,
                      size_t n, uint8_t *out);

/* Whether label b may follow label a (no I-X after O or after another type). */
static inline int tg_allowed(int a, int b)
{
    if (b == NM_LBL_O || (b & 1))          /* O and B-X labels are odd/zero */
        return 1;
    return a == b || a == b - 1;           /* I-X after B-X or I-X */
}

#endif
