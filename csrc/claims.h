/*
 * claims.h -- the learned claim-cue model, shared by the core (claims.c,
 * attr_learned.c) and its trainer (csrc/tools/nm-train-claims.c).
 *
 * Reported speech has a long tail of cues ("is worried that", "accepted",
 * "seeking", "doubts about"): on PolNeAR train 38% of the cue phrases of
 * reported claims occur once, and many words are cues in one frame and not
 * in another ("X supports the plan" / "the support of").  So after the
 * rules, every candidate word left in a sentence (a lower-case content
 * word outside quotes and outside the claims already made) is scored by a
 * linear model over hashed features of the word and its frame: its form
 * and suffix, the cue table's flags, the classes of the words around it
 * (a subject before it past any auxiliaries, "that"/"to"/a name after
 * it), its place in the sentence.  A word scoring above the model's
 * threshold is the cue of a claim built as the rules build one: the clause
 * after it, its speaker the subject before it.
 *
 * The model is an averaged perceptron trained on PolNeAR train (`make
 * model`); a candidate is positive when the claim built from it matches a
 * gold attribution the rules missed, with the gold cue on the word.  The
 * threshold is chosen by cross-validation on train (see the trainer).
 *
 * Model file (little-endian, data/claims.model):
 *   "NMCLAIM1"  magic
 *   u32 bucket_bits, f32 scale, i32 threshold (in weight units)
 *   i16 weight[1 << bucket_bits]
 * A candidate is accepted when the sum of its features' weights is above
 * the threshold.
 */
#ifndef NM_CLAIMS_H
#define NM_CLAIMS_H

#include "nm.h"

#define CL_BUCKET_BITS 18
#define CL_NBUCKETS (1u << CL_BUCKET_BITS)
#define CL_MAXFEAT 48
#define CL_MAGIC "NMCLAIM1"
#define CL_HEADER 20

#define CL_CLASS_SLOTS 256
/* Domains of a candidate's small-valued features (claims.c): word classes
 * (1..25), suffix classes (1..5), places in the sentence and from its end,
 * auxiliaries before it, cue values (1, 2, 4 + the cue table's 8 flag
 * bits); for template 25 (cue with two classes) only cues 1 and 2 are
 * tabled (most candidates), the rest hashed. */
#define CL_NCLS 26
#define CL_NSUF 6
#define CL_NPOS 9
#define CL_NREM 7
#define CL_NAUX 4
#define CL_NCUE 260
#define CL_NCUE25 3
#define CL_NLEN 8      /* buckets of a claim's length */
struct nm_claims {
    nm_linmodel lin;     /* weights [CL_NBUCKETS], scale, threshold */
    /* claims.c's closed-class words (all of 7 bytes or fewer) by their
     * nm_word_key() (built at load) */
    uint64_t ckey[CL_CLASS_SLOTS];
    uint8_t ccls[CL_CLASS_SLOTS];    /* the word's class, 0: empty slot */
    /* the weights of the small-valued templates, summed at load: a score
     * hashes only the templates with a word in them (claims.c) */
    int32_t t_sfx[CL_NSUF][CL_NCLS][CL_NCLS];        /* suffix, subject slot, next */
    int32_t t_prev[CL_NCLS][CL_NCLS];                /* two before, one before */
    int32_t t_next[CL_NCLS][CL_NCLS][CL_NCLS];       /* the three after */
    int32_t t_place[CL_NPOS][CL_NREM][CL_NAUX];      /* bias, place, auxiliaries */
    int32_t t_cue_c1[CL_NCUE][CL_NCLS];
    int32_t t_cue_sb[CL_NCUE][CL_NCLS];
    int32_t t_cue_frame[CL_NCUE25][CL_NCLS][CL_NCLS];
    /* the same for the templates of a candidate's claim, and the bounds
     * of nm_claims_span_bound() */
    int32_t t_span[CL_NLEN][CL_NCLS][2];             /* length, stop, direct */
    int32_t t_open[CL_NCLS][CL_NCLS][2];             /* first, second, that */
    int32_t t_sls[CL_NSUF][CL_NLEN][CL_NCLS];        /* suffix, length, stop */
    int32_t t_cue_stop[CL_NCUE][CL_NCLS];
    int32_t max_small, max_sls[CL_NSUF], max_cue_stop[CL_NCUE];   /* t_span's, per suffix, per cue */
    int32_t wmax;                                    /* the largest weight */
};
typedef struct nm_claims nm_claims;

/* Checks a model image and makes a model from it (a copy: data is not used
 * afterwards). */
nm_status nm_claims_from_memory(const void *data, size_t len, nm_claims **out);
nm_status nm_claims_new_builtin(nm_claims **out);
void nm_claims_free(nm_claims *m);

/* The class and word hash of the last tokens looked at: neighbouring
 * candidates share their neighbours.  Zero it before first use. */
#define CL_CACHE 32
typedef struct nm_claims_cache {
    const nm_claims *model;          /* for its word table; NULL: searched */
    uint32_t tag[CL_CACHE];          /* token + 1 whose class is in cls, 0: empty */
    uint32_t htag[CL_CACHE];         /* token + 1 whose hash is in hash, 0: empty */
    uint32_t hash[CL_CACHE];
    uint8_t cls[CL_CACHE];
} nm_claims_cache;

/* What the features of a candidate read: the word (hash, last three
 * letters, suffix class, cue flags), the classes around it, its place. */
typedef struct nm_claim_frame {
    uint32_t w, s3, suf, cue;
    uint32_t naux, sb;             /* auxiliaries before it, the subject slot's class */
    uint32_t p2, p1, c1, c2, c3;   /* classes two before .. three after */
    uint32_t hp, hn;               /* hashes of the words before and after */
    uint32_t pos, rem;
} nm_claim_frame;

/* What the features of a candidate's claim read (attr_learned.c fills it):
 * the content's length (a bucket, < CL_NLEN), what ends it (0: the
 * sentence's end, else the class of the token after it), the classes of
 * its first two tokens, whether "that" was passed to reach it, whether it
 * takes in a direct quote. */
typedef struct nm_claim_span {
    uint32_t len, stop, first, second, that, direct;
} nm_claim_span;

/* The frame of candidate i of the sentence [t0, t1) into *x; 0 when it is
 * no candidate (as nm_claims_features()). */
int nm_claims_frame(const nm_doc *d, const nm_tokmap *mend, nm_claims_cache *cc, size_t t0, size_t t1,
                    size_t i, nm_claim_frame *x);
/* The score of a frame's own features, and that of its claim's; the
 * features of a candidate are those of the two (nm_claims_span_features()
 * after nm_claims_features()). */
int32_t nm_claims_frame_score(const nm_claims *m, const nm_claim_frame *x);
int32_t nm_claims_span_score(const nm_claims *m, const nm_claim_frame *x, const nm_claim_span *sp);
/* An upper bound of nm_claims_span_score() over every claim of frame x
 * that opens as sp does (its first, second and that; the rest is not
 * read): a candidate whose frame score with it stays at the threshold is
 * not built.  When the bound is at most bar, a looser one may be
 * returned (also at most bar). */
int32_t nm_claims_span_bound(const nm_claims *m, const nm_claim_frame *x, const nm_claim_span *sp, int32_t bar);
/* The buckets of a frame into f (at most CL_MAXFEAT - CL_SPANFEAT);
 * their number. */
int nm_claims_frame_features(const nm_claim_frame *x, uint32_t *f);
/* The class of token k in the sentence [t0, t1) (a boundary beyond it), as
 * the features read it. */
uint32_t nm_claims_class(const nm_doc *d, const nm_tokmap *mend, nm_claims_cache *cc, size_t k, size_t t0,
                         size_t t1);
/* The buckets of a frame's claim into f (CL_SPANFEAT); their number. */
#define CL_SPANFEAT 7
int nm_claims_span_features(const nm_claim_frame *x, const nm_claim_span *sp, uint32_t *f);

/* Features of candidate cue token i of the sentence [t0, t1) (d->wcls
 * filled), as bucket indices into f (at most CL_MAXFEAT); their number, 0
 * when the word is no candidate after all: after a determiner it is a noun
 * ("the support"), and an adverb in -ly ("publicly") is not the head of
 * its cue.  On train leaving those out lost no claim at the threshold and
 * a quarter of the candidates.  The results are the same with and without
 * cc->model.
 * mend: the best mention ending at each token (attribution's map), or
 * NULL. */
int nm_claims_features(const nm_doc *d, const nm_tokmap *mend, nm_claims_cache *cc, size_t t0,
                       size_t t1, size_t i, uint32_t *f);
/* Score of a candidate (sum of its weights). */
static inline int32_t nm_claims_score(const nm_claims *m, const uint32_t *f, int nf)
{
    int32_t s = 0;
    for (int k = 0; k < nf; k++)
        s += m->lin.w[f[k]];
    return s;
}

/* The score of candidate i (as nm_claims_score() of its features, without
 * hashing most of them) into *score; 0 when it is no candidate. */
int nm_claims_cand_score(const nm_claims *m, const nm_doc *d, const nm_tokmap *mend, nm_claims_cache *cc,
                         size_t t0, size_t t1, size_t i, int32_t *score);
/* Tests: the number of n random frames and claims (from seed) whose
 * score through the tables differs from the sum of their features'
 * weights, or whose claim's scores more than its bound. */
int nm_claims_check_tables(const nm_claims *m, uint32_t seed, int n);

/* Training: with a trace set on the document, the learned pass records
 * every candidate -- its features and the claim it would make -- and makes
 * no claim. */
typedef struct nm_claim_cand {
    uint32_t feat[CL_MAXFEAT];
    uint8_t nfeat;
    uint32_t cue_start, cue_end;     /* bytes of the cue word */
    uint32_t start, end;             /* bytes of the claim built from it */
} nm_claim_cand;

typedef struct nm_claim_trace {
    nm_vec cands;                    /* nm_claim_cand */
} nm_claim_trace;

/* nm_analyze() recording the candidates of the learned pass into trace
 * (the engine should have no claim model, so the result is the rules'). */
nm_status nm_analyze_traced(const nm_engine *eng, const char *text, size_t len,
                            nm_claim_trace *trace, nm_result **out);

#endif
