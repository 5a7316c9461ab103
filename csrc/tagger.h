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

/* Document-level context (templates 27, 28 in features.c): a capitalised
 * word's features include the words seen right before and after it
 * anywhere in the document, up to TG_CTX of each -- "beat Varnholm",
 * "Varnholm (Norway) 2" in one place tell what it is in another, as in
 * the context aggregation of Ratinov and Roth (2009).  Per type, so the
 * tagger's per-type cache of weights still holds.  On CoNLL++ train
 * (5-fold cross-validation) tagger F1 0.883 -> 0.890; 4 of each gave 0.891
 * for 1.5 M more instructions per MB, 3 or 6 no more. */
#define TG_CTX 4
#define TG_CTX_SLOTS (2 * TG_CTX)

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
    uint32_t tcls;        /* the classes the features read: cls and LX_GIVEN */
    uint8_t kind;         /* nm_tok_kind */
    uint8_t dwf;          /* DW_* flags of its lower-case form in the document */
    uint8_t ncls[3];      /* class features it has as word, previous, next word */
    uint8_t nfix;         /* its features as the word that tg_token_context counts
                           * against the class limits: word templates, 23, 24 */
    uint8_t head;         /* a lexicon phrase may start with it: 0 not asked, 1 no, 2 yes */
    uint8_t cue;          /* nm_cue_word()'s flags, when its classes were looked up */
    uint8_t live;         /* may be or border a name: not punctuation, not a plain
                           * lower-case word (tg_type_live) */
    uint8_t ctx;          /* a live capitalised word, which has contexts (TG_CTX): 1 while
                           * it gathers them, 2 when they are full */
    uint32_t ctxi;        /* with ctx: its row of TG_CTX_SLOTS in tg_doc.ctx */
} tg_type;
_Static_assert(sizeof(tg_type) == 64, "64 bytes: a type's place is a shift of its index");

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
    uint32_t *ctx;        /* per type with contexts (tg_type.ctxi): TG_CTX_SLOTS of them */
    uint32_t one[256][6]; /* the type of a one-byte token by byte and kind, 0: none yet
                           * (commas and periods: no hashing) */
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
/* The bucket of a feature: template tmpl with value v. */
static inline uint32_t tg_mix(uint32_t tmpl, uint32_t v)
{
    uint32_t h = v ^ (tmpl * 0x9E3779B1u);
    h ^= h >> 16;
    h *= 0x85EBCA6Bu;
    h ^= h >> 13;
    h *= 0xC2B2AE35u;
    h ^= h >> 16;
    return h & (TG_NBUCKETS - 1);
}

/* Token i of the sentence [s0, s1): the types playing each role in
 * types[TG_R_COUNT], the key of its flag features in *key, and its other
 * context features into f (at most 8); their number, or -1 for a token
 * that needs tg_token_features().  Inline: the tagger asks it of every
 * token it decodes (features.c has the templates it stands for). */
static inline int tg_token_context(const tg_doc *g, size_t i, size_t s0, size_t s1, uint32_t *types,
                                   uint32_t *key, uint32_t *f)
{
    /* the neighbours from the sentence's bounds: the sentence starts are
     * the tokens flagged TF_SENT_START, so no flag needs reading; types[0]
     * stands for the tokens beyond them */
    const uint32_t *tt = g->tok_type;
    types[TG_R_WORD] = tt[i];
    types[TG_R_P1] = i > s0 ? tt[i - 1] : 0;
    types[TG_R_P2] = i > s0 + 1 ? tt[i - 2] : 0;
    types[TG_R_N1] = i + 1 < s1 ? tt[i + 1] : 0;
    types[TG_R_N2] = i + 2 < s1 ? tt[i + 2] : 0;
    const tg_type *w = &g->types[types[TG_R_WORD]];
    const tg_type *p1 = &g->types[types[TG_R_P1]], *n1 = &g->types[types[TG_R_N1]];
    uint16_t wf = DOC_TOK(g->d, i)->flags;
    /* The class templates stop at fixed totals of features: the roles hold
     * all of a type's class features, right only where no limit is hit. */
    int k = w->nfix + 6 + 5 + ((wf & TF_CAPSLINE) != 0);
    if (k > TG_MAXFEAT - 8)
        return -1;
    k += p1->ncls[1];
    if (k > TG_MAXFEAT - 4)
        return -1;
    k += n1->ncls[2];
    if (k > TG_MAXFEAT)
        return -1;
    /* the flags of templates 19, 22 and 23, packed in one key: they take
     * few values, so the tagger caches their weights by key */
    uint32_t fl = wf & (TF_CAP | TF_ALLCAPS | TF_LOWER | TF_SENT_START | TF_CAPSLINE | TF_DIGIT |
                        TF_ABBREV);
    *key = fl | (uint32_t)g->phrase[i] << 12 | (uint32_t)(w->kind == TK_WORD) << 20 |
           (uint32_t)w->dwf << 21;
    int n = 0;
    f[n++] = tg_mix(17, p1->low * 31u + w->low);
    f[n++] = tg_mix(18, w->low * 31u + n1->low);
    f[n++] = tg_mix(20, p1->shape * 961u + w->shape * 31u + n1->shape);
    if (wf & TF_CAPSLINE)
        f[n++] = tg_mix(21, w->low);                 /* headline word, case lost */
    return n;
}
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
