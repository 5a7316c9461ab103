/*
 * quoted.h -- the learned quoted-span model, shared by the core (quoted.c,
 * attr_quoted.c) and its trainer (csrc/tools/nm-train-quoted.c).
 *
 * A short quoted phrase with no speech cue of the rules' next to it is
 * dropped as a scare quote ("the so-called "reform""), yet many are what
 * somebody said, taken by a verb or noun no closed list holds ("She
 * bemoaned the "chaos" of it", "chants of "Four more years"", "Obi dubbed
 * him "the little senator""); a longer quote inside a clause with no cue
 * of its own is kept alone.  PolNeAR makes the clause of that word the
 * content.  So each quote the rules drop, or keep inside a clause with no
 * cue, gets candidate claims, one per word before its opening mark in its
 * clause (at most QT_WINDOW tokens; past one comma at most, the word
 * right before it taking the claim after the comma: "Obi added, he did
 * not ..."): the claim runs from after
 * that word (past "that") to the end of the quote's clause, its cue the
 * word, its speaker the subject before the word.  A linear model over
 * hashed features of the word (its form, stem, what the claim model makes
 * of it), the quote, the speaker found and their frame scores each; the
 * best candidate of a quote, when above the model's threshold, is made a
 * claim, which takes the quote in.
 *
 * The model is an averaged perceptron trained on PolNeAR train (`make
 * model`): a candidate is positive when its claim matches a gold
 * attribution the rules missed and the gold cue holds the word.  The
 * threshold is chosen by cross-validation on train (see the trainer).
 *
 * Model file (little-endian, data/quoted.model, written as
 * csrc/tools/lintrain.h writes one): "NMQUOTE1", u32 bucket_bits, f32
 * scale, i32 threshold (weight units), i16 weight[1 << bucket_bits].
 * Nothing of the corpus text is in it.
 */
#ifndef NM_QUOTED_H
#define NM_QUOTED_H

#include "nm.h"

#define QT_BUCKET_BITS 16
#define QT_NBUCKETS (1u << QT_BUCKET_BITS)
#define QT_MAXFEAT 64
#define QT_MAGIC "NMQUOTE1"
#define QT_HEADER 20
#define QT_WINDOW 20          /* words before the mark that may be the cue */

/* Speaker kinds a candidate's features take: SPK_* (attr.h), 7 for a
 * relative ("what he calls"); 6 is never taken. */
#define QT_NSK 8
struct nm_quoted {
    nm_linmodel lin;          /* weights [QT_NBUCKETS], scale, threshold */
    /* The weights of the templates a candidate's score takes from its
     * claim's length, its speaker and the claim model, by their other
     * values, and their largest over those (nm_quoted_bounds(), for
     * attr_quoted.c's bound of a candidate before they are found). */
    int32_t max_tail, max_claim;
    int32_t sk16[QT_NSK], sk17[QT_NSK][7], sk18[QT_NSK][6], sk26[2][QT_NSK], sk41[2][5][QT_NSK];
    int32_t sk53[4][QT_NSK], adj34[2][QT_NSK], cs[7][QT_NSK];
};
typedef struct nm_quoted nm_quoted;

nm_status nm_quoted_from_memory(const void *data, size_t len, nm_quoted **out);
/* Fills m's tables of the bound (attr_quoted.c, where the templates are). */
void nm_quoted_bounds(nm_quoted *m);
void nm_quoted_free(nm_quoted *m);

static inline int32_t nm_quoted_score(const nm_quoted *m, const uint32_t *f, int nf)
{
    int32_t s = 0;
    for (int k = 0; k < nf; k++)
        s += m->lin.w[f[k]];
    return s;
}

/* Bucket of feature template tmpl with values a and b. */
static inline uint32_t nm_quoted_fh(uint32_t tmpl, uint32_t a, uint32_t b)
{
    return nm_feat_hash(tmpl, a, b) & (QT_NBUCKETS - 1);
}

/* Training: with a trace on the document, every candidate of every
 * dropped quote is recorded, and no claim is made from them. */
typedef struct nm_quoted_cand {
    uint32_t feat[QT_MAXFEAT];
    uint8_t nfeat;
    uint32_t quote;                  /* the quote's number in the document */
    uint8_t kept;                    /* the rules keep the quote (else dropped) */
    uint32_t qstart, qend;           /* bytes of the quote's content */
    uint32_t cue_start, cue_end;     /* bytes of the cue word */
    uint32_t start, end;             /* bytes of the claim */
} nm_quoted_cand;

typedef struct nm_quoted_trace {
    nm_vec cands;                    /* nm_quoted_cand */
} nm_quoted_trace;

/* nm_analyze() recording those candidates into trace (the engine should
 * have no quoted-span model, so the result is that of the rules). */
nm_status nm_analyze_quoted_traced(const nm_engine *eng, const char *text, size_t len,
                                   nm_quoted_trace *trace, nm_result **out);

#endif
