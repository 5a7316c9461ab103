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
#define TG_LANES 12      /* a row of label scores, padded for vectors */

/* In memory the emission weights are kept compact: four buckets in five
 * have no weight at all (most hashed bigrams were never seen in training),
 * so only the rows of the others are stored, in bucket order, found through
 * a bitmap of the buckets that have one and a count of the rows before each
 * 64 buckets.  1 MB instead of 4.7 MB, and the 48 KB index stays in cache. */
struct nm_tagger {
    int16_t trans[(TG_NLABELS + 1) * TG_NLABELS];   /* [(prev or start)][label] */
    uint64_t nz[TG_NBUCKETS / 64];      /* bit per bucket with a weight row */
    uint32_t rank[TG_NBUCKETS / 64];    /* rows before each word of nz */
    int16_t *rows;                      /* [row][label], malloc'd */
    float scale;
    /* Decoding's form of trans (tagger.c, viterbi): rows of TG_LANES, a
     * large negative weight where tg_allowed() says no, and the largest
     * spread of the allowed transitions into one label. */
    int32_t vtrans[(TG_NLABELS + 1) * TG_LANES];
    int32_t spread;
};

/* The weight row of a bucket, or NULL when all its weights are 0. */
static inline const int16_t *tg_row_of(const nm_tagger *t, uint32_t b)
{
    uint64_t w = t->nz[b >> 6], bit = (uint64_t)1 << (b & 63);
    if (!(w & bit))
        return NULL;
    return t->rows + (size_t)(t->rank[b >> 6] + nm_popcount64(w & (bit - 1))) * TG_NLABELS;
}

/* Tokens are labelled in windows of at most TG_WINDOW tokens: a sentence,
 * or a slice of a longer one, so memory stays bounded on any input. */
#define TG_WINDOW 512

/* Document-level feature state (features.c). */
typedef struct tg_slot { uint32_t h, flags; } tg_slot;

/* A word type: the tokens of a document with the same bytes and kind share
 * everything the features take from the token alone, so it is hashed once
 * per type, not once per token (news repeats its words a lot). */
typedef struct tg_type {
    uint64_t w0, w1;      /* its first and last 8 bytes (fewer: zero-filled) */
    uint32_t key;         /* the type table's hash of w0, w1, len */
    uint32_t start, len;  /* one occurrence in the text */
    uint32_t low, exact, shape;   /* hashes: lower case, as written, shape */
    uint32_t cls;         /* word classes (d->wcls) */
    uint8_t kind;         /* nm_tok_kind */
    uint8_t dwf;          /* DW_* flags of its lower-case form in the document */
    uint8_t ncls[3];      /* class features it has as word, previous, next word */
    uint8_t nfix;         /* its features as the word that tg_token_context counts
                           * against the class limits: word templates, 23, 24 */
    uint8_t head;         /* a lexicon phrase may start with it: 0 not asked, 1 no, 2 yes */
    uint8_t cue;          /* a cue word (nm_cue_word), when its classes were looked up */
    uint8_t live;         /* may be or border a name: not punctuation, not a plain
                           * lower-case word (tg_type_live) */
} tg_type;

typedef struct tg_doc {
    nm_doc *d;
    tg_slot *dw;          /* lower-case word -> DW_* flags seen in the document */
    uint32_t mask, used;
    uint8_t *phrase;      /* per token: lexicon phrase mark */
    tg_type *types;       /* types[0] stands for the tokens beyond a sentence's ends */
    uint32_t ntypes, tcap;
    uint32_t *tslot;      /* hash of (bytes, kind) -> type index, 0: empty */
    uint32_t tmask;
    uint32_t *tok_type;   /* per token: its type */
} tg_doc;

/* The tagger decodes only the tokens within TG_GATE tokens of a live one
 * (tg_type.live): a name is words with a capital, a digit or a non-ASCII
 * letter, and lower-case words beside them ("Bank of the West").  Further
 * from any, a token is O.  On CoNLL++ train a gate of 2 tokens leaves out a
 * third of the tokens and 7 of 34,147 gold name tokens ("interior
 * ministry").  A capitalised function word ("The", "He") is not live by
 * itself. */
#define TG_GATE 2

/* Prepares the document-level features (fills d->wcls if needed). */
nm_status tg_doc_init(tg_doc *g, nm_doc *d);
void tg_doc_free(tg_doc *g);
/* Features of tokens [a, b), b - a <= TG_WINDOW, as bucket indices: token
 * a + k's are feats[k * TG_MAXFEAT ..], nfeat[k] of them. */
void tg_window_features(const tg_doc *g, size_t a, size_t b, uint32_t *feats, uint8_t *nfeat);

/* Features of token i (at most TG_MAXFEAT) into f; their number. */
int tg_token_features(const tg_doc *g, size_t i, uint32_t *f);

/* The same features split for tagging with a per-type cache: a token's are
 * those of its type in the role of the word itself (TG_R_WORD) and of the
 * types around it in the roles of its neighbours (with their word classes),
 * the features of a few flags (tg_flag_features), and the rest of its
 * context (bigrams, headline word).  Together they are exactly
 * tg_token_features()'s, in another order -- except on a token with so
 * many word classes that a class template hits its limit. */
enum { TG_R_WORD, TG_R_P1, TG_R_P2, TG_R_N1, TG_R_N2, TG_R_COUNT };
#define TG_ROLEFEAT TG_MAXFEAT    /* at most this many features of one role */
/* Features of a type in a role into f; their number. */
int tg_role_features(const tg_doc *g, uint32_t type, int role, uint32_t *f);
/* Token i of the sentence [s0, s1): the types playing each role in
 * types[TG_R_COUNT], the key of its flag features in *key, and its other
 * context features into f (at most 8); their number, or -1 for a token
 * that needs tg_token_features(). */
int tg_token_context(const tg_doc *g, size_t i, size_t s0, size_t s1, uint32_t *types, uint32_t *key,
                     uint32_t *f);
/* The flag features of a key (at most 3) into f; their number. */
int tg_flag_features(uint32_t key, uint32_t *f);

/* Checks a model image and makes a tagger from it (the compact form of
 * struct nm_tagger: data is not used afterwards; copy is ignored, kept for
 * the callers that pass it). */
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
