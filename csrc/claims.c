/*
 * claims.c -- the learned claim-cue model (claims.h): loading the model
 * embedded in the library and the features of a candidate cue word.
 *
 * The features must be the same at training and at run time, so both call
 * nm_claims_features().  They read only the candidate's sentence: words
 * beyond its ends count as a boundary.
 */
#include "claims.h"
#include "cues.h"
#include "embed.h"
#include <stdlib.h>

NM_EMBED(nm_claims_model, "data/claims.model");

/* Word classes of the frame around a candidate. */
enum {
    K_B = 1, K_COMMA, K_SEMI, K_COLON, K_TERM, K_PUNCT, K_QUOTE, K_DASH, K_NUM, K_SYM,
    K_THAT, K_TO, K_PRO, K_WHO, K_REL, K_AUX, K_DET, K_PREP, K_CAP, K_FUNC, K_LOW,
    K_MPER, K_MORG, K_MPLACE, K_MOTHER
};

typedef struct class_word {
    const char *w;
    uint8_t cls;
} class_word;

/* Closed-class words that shape a claim's frame (sorted by strcmp).  All
 * are function words (WC_FUNC), so only those are looked up here. */
static const class_word class_words[] = {
    { "a", K_DET }, { "about", K_PREP }, { "after", K_PREP }, { "against", K_PREP },
    { "already", K_AUX }, { "also", K_AUX }, { "an", K_DET }, { "another", K_DET },
    { "any", K_DET }, { "are", K_AUX }, { "at", K_PREP }, { "be", K_AUX },
    { "been", K_AUX }, { "before", K_PREP }, { "being", K_AUX }, { "by", K_PREP },
    { "can", K_AUX }, { "could", K_AUX },
    { "did", K_AUX }, { "do", K_AUX }, { "does", K_AUX },
    { "during", K_PREP }, { "each", K_DET },
    { "every", K_DET }, { "for", K_PREP }, { "from", K_PREP }, { "had", K_AUX },
    { "has", K_AUX }, { "have", K_AUX },
    { "he", K_PRO }, { "her", K_DET }, { "his", K_DET }, { "i", K_PRO }, { "in", K_PREP },
    { "into", K_PREP }, { "is", K_AUX }, { "it", K_PRO }, { "its", K_DET },
    { "just", K_AUX }, { "may", K_AUX }, { "might", K_AUX }, { "must", K_AUX }, { "my", K_DET },
    { "no", K_DET }, { "not", K_AUX }, { "of", K_PREP },
    { "on", K_PREP }, { "our", K_DET }, { "over", K_PREP }, { "shall", K_AUX },
    { "she", K_PRO }, { "should", K_AUX }, { "since", K_PREP }, { "some", K_DET },
    { "still", K_AUX }, { "that", K_THAT }, { "the", K_DET }, { "their", K_DET },
    { "these", K_DET }, { "they", K_PRO }, { "this", K_DET }, { "those", K_DET },
    { "through", K_PREP }, { "to", K_TO }, { "under", K_PREP }, { "until", K_PREP },
    { "was", K_AUX }, { "we", K_PRO }, { "were", K_AUX },
    { "which", K_REL }, { "who", K_WHO }, { "whom", K_REL }, { "whose", K_REL },
    { "will", K_AUX }, { "with", K_PREP }, { "without", K_PREP },
    { "would", K_AUX }, { "you", K_PRO }, { "your", K_DET },
};
#define N_CLASS_WORDS (sizeof class_words / sizeof class_words[0])

static void build_tables(nm_claims *m);

static inline uint32_t class_slot(uint64_t key)
{
    return (uint32_t)((key * 0x9E3779B97F4A7C15u) >> 56) & (CL_CLASS_SLOTS - 1);
}

/* The word hash of the features. */
static uint32_t fold_hash(const char *s, size_t n) { return nm_fold_hash(s, n); }

nm_status nm_claims_from_memory(const void *data, size_t len, nm_claims **out)
{
    *out = NULL;
    nm_claims *m = calloc(1, sizeof *m);
    if (!m)
        return NM_ENOMEM;
    nm_status st = nm_linmodel_read(data, len, CL_MAGIC, CL_BUCKET_BITS, &m->lin);
    if (st != NM_OK) {
        free(m);
        return st;
    }
    for (unsigned k = 0; k < N_CLASS_WORDS; k++) {
        const char *w = class_words[k].w;
        uint64_t key = nm_word_key(w, strlen(w), strlen(w));
        uint32_t x = class_slot(key);
        while (m->ccls[x])
            x = (x + 1) & (CL_CLASS_SLOTS - 1);
        m->ckey[x] = key;
        m->ccls[x] = class_words[k].cls;
    }
    build_tables(m);
    *out = m;
    return NM_OK;
}

nm_status nm_claims_new_builtin(nm_claims **out)
{
    return nm_claims_from_memory(nm_claims_model, (size_t)nm_claims_model_size, out);
}

void nm_claims_free(nm_claims *m)
{
    if (!m)
        return;
    free(m->lin.w);
    free(m);
}

int nm_claims_words_sorted(void)
{
    return nm_sorted_words_ok(class_words, N_CLASS_WORDS, sizeof class_words[0]);
}

/* The class of the word s[0..n) (1 to 7 bytes; avail readable from s on)
 * among the class words: through the model's table when there is one
 * (one probe with the word's bytes as a key, no hash of them), else
 * searched. */
static int class_word_of(const nm_claims *m, const char *s, size_t n, size_t avail)
{
    if (!m) {
        ptrdiff_t x = nm_sorted_word(class_words, N_CLASS_WORDS, sizeof class_words[0], s, n);
        return x >= 0 ? class_words[x].cls : 0;
    }
    uint64_t key = nm_word_key(s, n, avail);
    for (uint32_t x = class_slot(key);; x = (x + 1) & (CL_CLASS_SLOTS - 1)) {
        if (!m->ccls[x])
            return 0;
        if (m->ckey[x] == key)
            return m->ccls[x];
    }
}

static int tok_class_of(const nm_doc *d, const nm_tokmap *mend, const nm_claims *model, size_t k)
{
    const nm_token *t = DOC_TOK(d, k);
    switch (t->kind) {
    case TK_WORD:
        break;
    case TK_PUNCT: {
        uint32_t cp = nm_tok_cp(d, t);
        return cp == ',' ? K_COMMA : cp == ';' ? K_SEMI : cp == ':' ? K_COLON :
               cp == '.' || cp == '!' || cp == '?' ? K_TERM : K_PUNCT;
    }
    case TK_QUOTE:
        return K_QUOTE;
    case TK_DASH:
        return K_DASH;
    case TK_NUM:
        return K_NUM;
    default:
        return K_SYM;
    }
    size_t n = t->end - t->start;
    uint32_t wc = d->wcls ? d->wcls[k] : 0;
    if (n <= 7 && (wc & WC_FUNC)) {
        int c = class_word_of(model, d->text + t->start, n, d->len - t->start);
        if (c)
            return c;
    }
    if (t->flags & TF_CAP) {
        int32_t me = mend ? nm_tokmap_get(mend, k) : -1;
        if (me < 0)
            return K_CAP;
        int ty = DOC_MENT(d, me)->type;
        return ty == NM_PERSON ? K_MPER : ty == NM_ORG ? K_MORG : ty == NM_PLACE ? K_MPLACE : K_MOTHER;
    }
    return wc & WC_FUNC ? K_FUNC : K_LOW;
}

/* Class of token k, a boundary beyond the sentence [t0, t1); filled in
 * its cache slot on first use (out of line: a third of the reads hit the
 * cache, and the call cost them more than the test). */
__attribute__((noinline)) static uint32_t fill_class(const nm_doc *d, const nm_tokmap *mend, nm_claims_cache *cc,
                                                     size_t k)
{
    unsigned x = (unsigned)(k & (CL_CACHE - 1));
    cc->tag[x] = (uint32_t)(k + 1);
    return cc->cls[x] = (uint8_t)tok_class_of(d, mend, cc->model, k);
}

static inline uint32_t tok_class(const nm_doc *d, const nm_tokmap *mend, nm_claims_cache *cc, size_t k,
                                 size_t t0, size_t t1)
{
    if (k < t0 || k >= t1)
        return K_B;
    unsigned x = (unsigned)(k & (CL_CACHE - 1));
    return cc->tag[x] == k + 1 ? cc->cls[x] : fill_class(d, mend, cc, k);
}

uint32_t nm_claims_class(const nm_doc *d, const nm_tokmap *mend, nm_claims_cache *cc, size_t k, size_t t0,
                         size_t t1)
{
    return tok_class(d, mend, cc, k, t0, t1);
}

/* Hash of token k's bytes, ASCII case folded; a boundary hashes to 1.
 * Apart from the class: most tokens whose class is read need no hash. */
static uint32_t word_hash(const nm_doc *d, nm_claims_cache *cc, size_t k, size_t t0, size_t t1)
{
    if (k < t0 || k >= t1)
        return 1;
    unsigned x = (unsigned)(k & (CL_CACHE - 1));
    if (cc->htag[x] != k + 1) {
        const nm_token *t = DOC_TOK(d, k);
        cc->htag[x] = (uint32_t)(k + 1);
        cc->hash[x] = fold_hash(d->text + t->start, t->end - t->start);
    }
    return cc->hash[x];
}

/* Bucket of template tmpl with values a and b. */
static uint32_t fh(uint32_t tmpl, uint32_t a, uint32_t b) { return nm_feat_hash(tmpl, a, b) & (CL_NBUCKETS - 1); }

typedef nm_claim_frame frame;

/* The frame of candidate i; 0 when it is no candidate (claims.h). */
int nm_claims_frame(const nm_doc *d, const nm_tokmap *mend, nm_claims_cache *cc, size_t t0, size_t t1,
                    size_t i, frame *x)
{
    uint32_t p1 = tok_class(d, mend, cc, i - 1, t0, t1);
    const nm_token *t = DOC_TOK(d, i);
    const char *s = d->text + t->start;
    size_t n = t->end - t->start;
    if (p1 == K_DET || (n > 3 && s[n - 2] == 'l' && s[n - 1] == 'y'))
        return 0;
    x->p1 = p1;
    x->w = word_hash(d, cc, i, t0, t1);
    /* the last three letters, case folded */
    uint32_t s3 = 0;
    for (size_t k = n > 3 ? n - 3 : 0; k < n; k++) {
        unsigned ch = (unsigned char)s[k];
        s3 = s3 << 8 | (ch - 'A' < 26u ? ch + 32 : ch);
    }
    x->s3 = s3;
    x->suf = n > 3 && (s3 & 0xFFFF) == ('e' << 8 | 'd') ? 1 :
             n > 4 && s3 == ('i' << 16 | 'n' << 8 | 'g') ? 2 :
             n > 3 && (s3 & 0xFF) == 's' ? 3 : n > 3 && (s3 & 0xFFFF) == ('l' << 8 | 'y') ? 4 : 5;
    /* the lexicon's speech verbs, and the flags of the cue table's words
     * (cheap: the table is searched only for the words marked as in it) */
    x->cue = d->wcls && (d->wcls[i] & WC_SPEECH) ? 2 : 1;
    unsigned cf = nm_tok_cue(d, i);
    if (cf)
        x->cue = 4 + cf;
    /* the subject slot: back over auxiliaries ("X has also said"); the
     * class before the sentence is K_B, so the walk stops at t0 */
    size_t e = i;
    uint32_t naux = 0, sb = p1;
    while (naux < 3 && sb == K_AUX) {
        e--;
        naux++;
        sb = tok_class(d, mend, cc, e - 1, t0, t1);
    }
    x->naux = naux;
    x->sb = sb;
    x->c1 = tok_class(d, mend, cc, i + 1, t0, t1);
    x->c2 = tok_class(d, mend, cc, i + 2, t0, t1);
    x->c3 = tok_class(d, mend, cc, i + 3, t0, t1);
    x->p2 = tok_class(d, mend, cc, i - 2, t0, t1);
    x->hn = word_hash(d, cc, i + 1, t0, t1);
    x->hp = word_hash(d, cc, i - 1, t0, t1);
    x->pos = (uint32_t)(i - t0 < 8 ? i - t0 : 8);
    x->rem = (uint32_t)((t1 - i) / 4 < 6 ? (t1 - i) / 4 : 6);
    return 1;
}

/* The buckets of a frame, in the order the trainer has always seen them. */
int nm_claims_frame_features(const frame *x, uint32_t *f)
{
    uint32_t w = x->w, s3 = x->s3, suf = x->suf, cue = x->cue, sb = x->sb, c1 = x->c1, c2 = x->c2;
    int k = 0;
    f[k++] = fh(1, 0, 0);                         /* bias */
    f[k++] = fh(2, w, 0);
    f[k++] = fh(3, s3, 0);
    f[k++] = fh(4, suf, 0);
    f[k++] = fh(5, cue, 0);
    f[k++] = fh(6, sb, 0);
    f[k++] = fh(7, x->naux, 0);
    f[k++] = fh(8, c1, 0);
    f[k++] = fh(9, c1, c2);
    f[k++] = fh(10, x->p1, 0);
    f[k++] = fh(11, sb, c1);
    f[k++] = fh(12, suf << 16 | sb << 8 | c1, 0);
    f[k++] = fh(13, cue, c1);
    f[k++] = fh(14, cue, sb);
    f[k++] = fh(15, w, c1);
    f[k++] = fh(16, w, sb);
    f[k++] = fh(17, s3, c1);
    f[k++] = fh(18, s3, sb << 8 | c1);
    f[k++] = fh(19, x->hn, 0);
    f[k++] = fh(20, x->hp, 0);
    f[k++] = fh(21, x->pos, 0);
    f[k++] = fh(22, x->rem, 0);
    if (x->p1 == K_AUX)
        f[k++] = fh(23, x->hp, 0);
    f[k++] = fh(24, w, x->naux ? 1 : 0);
    f[k++] = fh(25, cue, sb << 8 | c1);
    /* a wider frame: two words back, three ahead */
    f[k++] = fh(26, x->p2, x->p1);
    f[k++] = fh(27, c1, c2 << 8 | x->c3);
    f[k++] = fh(28, s3, c1 << 8 | c2);
    return k;
}

int nm_claims_features(const nm_doc *d, const nm_tokmap *mend, nm_claims_cache *cc, size_t t0,
                       size_t t1, size_t i, uint32_t *f)
{
    frame x;
    return nm_claims_frame(d, mend, cc, t0, t1, i, &x) ? nm_claims_frame_features(&x, f) : 0;
}

/* The buckets of a candidate's claim: how long it runs, what ends it,
 * how it opens, with the word ("believes that" against "believes in") and
 * its cue class. */
int nm_claims_span_features(const frame *x, const nm_claim_span *sp, uint32_t *f)
{
    int k = 0;
    f[k++] = fh(40, sp->len, sp->stop << 8 | sp->direct);
    f[k++] = fh(41, sp->first, sp->second << 8 | sp->that);
    f[k++] = fh(42, x->suf, sp->len << 8 | sp->stop);
    f[k++] = fh(43, x->cue, sp->stop);
    f[k++] = fh(44, x->w, sp->that);
    f[k++] = fh(45, x->w, sp->len);
    f[k++] = fh(46, x->s3, sp->that);
    return k;
}

/* The weights of the templates whose values are all small, summed ahead
 * of time (nm_claims_from_memory): two thirds of a candidate's features
 * are a table read instead of a hash and a weight read. */
static void build_tables(nm_claims *m)
{
    const int16_t *w = m->lin.w;
    for (uint32_t suf = 0; suf < CL_NSUF; suf++)
        for (uint32_t sb = 0; sb < CL_NCLS; sb++)
            for (uint32_t c1 = 0; c1 < CL_NCLS; c1++)
                m->t_sfx[suf][sb][c1] = w[fh(4, suf, 0)] + w[fh(6, sb, 0)] + w[fh(8, c1, 0)] +
                                        w[fh(11, sb, c1)] + w[fh(12, suf << 16 | sb << 8 | c1, 0)];
    for (uint32_t a = 0; a < CL_NCLS; a++)
        for (uint32_t b = 0; b < CL_NCLS; b++) {
            m->t_prev[a][b] = w[fh(10, b, 0)] + w[fh(26, a, b)];
            for (uint32_t c = 0; c < CL_NCLS; c++)
                m->t_next[a][b][c] = w[fh(9, a, b)] + w[fh(27, a, b << 8 | c)];
        }
    for (uint32_t pos = 0; pos < CL_NPOS; pos++)
        for (uint32_t rem = 0; rem < CL_NREM; rem++)
            for (uint32_t naux = 0; naux < CL_NAUX; naux++)
                m->t_place[pos][rem][naux] = w[fh(1, 0, 0)] + w[fh(21, pos, 0)] + w[fh(22, rem, 0)] +
                                             w[fh(7, naux, 0)];
    for (uint32_t cue = 0; cue < CL_NCUE; cue++)
        for (uint32_t k = 0; k < CL_NCLS; k++) {
            m->t_cue_c1[cue][k] = w[fh(5, cue, 0)] + w[fh(13, cue, k)];
            m->t_cue_sb[cue][k] = w[fh(14, cue, k)];
        }
    for (uint32_t cue = 0; cue < CL_NCUE25; cue++)
        for (uint32_t sb = 0; sb < CL_NCLS; sb++)
            for (uint32_t c1 = 0; c1 < CL_NCLS; c1++)
                m->t_cue_frame[cue][sb][c1] = w[fh(25, cue, sb << 8 | c1)];
    /* a claim's templates, and their largest values for the bound */
    m->wmax = INT16_MIN;
    for (size_t b = 0; b < CL_NBUCKETS; b++)
        m->wmax = w[b] > m->wmax ? w[b] : m->wmax;
    int32_t mspan = INT32_MIN;
    for (uint32_t len = 0; len < CL_NLEN; len++)
        for (uint32_t stop = 0; stop < CL_NCLS; stop++)
            for (uint32_t dir = 0; dir < 2; dir++) {
                int32_t v = m->t_span[len][stop][dir] = w[fh(40, len, stop << 8 | dir)];
                mspan = v > mspan ? v : mspan;
            }
    for (uint32_t a = 0; a < CL_NCLS; a++)
        for (uint32_t b = 0; b < CL_NCLS; b++)
            for (uint32_t that = 0; that < 2; that++)
                m->t_open[a][b][that] = w[fh(41, a, b << 8 | that)];
    m->max_small = mspan;
    for (uint32_t suf = 0; suf < CL_NSUF; suf++) {
        m->max_sls[suf] = INT32_MIN;
        for (uint32_t len = 0; len < CL_NLEN; len++)
            for (uint32_t stop = 0; stop < CL_NCLS; stop++) {
                int32_t v = m->t_sls[suf][len][stop] = w[fh(42, suf, len << 8 | stop)];
                m->max_sls[suf] = v > m->max_sls[suf] ? v : m->max_sls[suf];
            }
    }
    for (uint32_t cue = 0; cue < CL_NCUE; cue++) {
        m->max_cue_stop[cue] = INT32_MIN;
        for (uint32_t stop = 0; stop < CL_NCLS; stop++) {
            int32_t v = m->t_cue_stop[cue][stop] = w[fh(43, cue, stop)];
            m->max_cue_stop[cue] = v > m->max_cue_stop[cue] ? v : m->max_cue_stop[cue];
        }
    }
}

/* Score of a frame: the sum of its buckets' weights (nm_claims_frame_features()). */
static int32_t frame_score(const nm_claims *m, const frame *x)
{
    const int16_t *w = m->lin.w;
    uint32_t sb = x->sb, c1 = x->c1, cue = x->cue;
    int32_t s = m->t_sfx[x->suf][sb][c1] + m->t_prev[x->p2][x->p1] + m->t_next[c1][x->c2][x->c3] +
                m->t_place[x->pos][x->rem][x->naux];
    if (cue < CL_NCUE)
        s += m->t_cue_c1[cue][c1] + m->t_cue_sb[cue][sb];
    else
        s += w[fh(5, cue, 0)] + w[fh(13, cue, c1)] + w[fh(14, cue, sb)];
    s += cue < CL_NCUE25 ? m->t_cue_frame[cue][sb][c1] : w[fh(25, cue, sb << 8 | c1)];
    s += w[fh(2, x->w, 0)] + w[fh(3, x->s3, 0)] + w[fh(15, x->w, c1)] + w[fh(16, x->w, sb)] +
         w[fh(17, x->s3, c1)] + w[fh(18, x->s3, sb << 8 | c1)] + w[fh(19, x->hn, 0)] + w[fh(20, x->hp, 0)] +
         w[fh(24, x->w, x->naux ? 1 : 0)] + w[fh(28, x->s3, c1 << 8 | x->c2)];
    if (x->p1 == K_AUX)
        s += w[fh(23, x->hp, 0)];
    return s;
}

int32_t nm_claims_frame_score(const nm_claims *m, const frame *x) { return frame_score(m, x); }

int32_t nm_claims_span_score(const nm_claims *m, const frame *x, const nm_claim_span *sp)
{
    const int16_t *w = m->lin.w;
    int32_t s = m->t_span[sp->len][sp->stop][sp->direct] + m->t_open[sp->first][sp->second][sp->that] +
                m->t_sls[x->suf][sp->len][sp->stop];
    s += x->cue < CL_NCUE ? m->t_cue_stop[x->cue][sp->stop] : w[fh(43, x->cue, sp->stop)];
    return s + w[fh(44, x->w, sp->that)] + w[fh(45, x->w, sp->len)] + w[fh(46, x->s3, sp->that)];
}

/* The largest values of the length and stop templates summed at load,
 * the word's own tried for each length; the opening (sp's first, second
 * and that) is known before the claim's end is looked for, and is
 * counted as it is: 11 weights read where finding the end costs a
 * thousand instructions or more. */
int32_t nm_claims_span_bound(const nm_claims *m, const frame *x, const nm_claim_span *sp, int32_t bar)
{
    const int16_t *w = m->lin.w;
    int32_t s = m->max_small + m->max_sls[x->suf] + m->t_open[sp->first][sp->second][sp->that], v;
    if (x->cue < CL_NCUE)
        s += m->max_cue_stop[x->cue];
    else {
        int32_t b = INT32_MIN;
        for (uint32_t stop = 0; stop < CL_NCLS; stop++)
            b = (v = w[fh(43, x->cue, stop)]) > b ? v : b;
        s += b;
    }
    s += w[fh(44, x->w, sp->that)] + w[fh(46, x->s3, sp->that)];
    /* the word's weight by length: any weight at most, when that is
     * already too little (most candidates), else the largest of the eight */
    if (s + m->wmax <= bar)
        return s + m->wmax;
    int32_t l = INT32_MIN;
    for (uint32_t len = 0; len < CL_NLEN; len++)
        l = (v = w[fh(45, x->w, len)]) > l ? v : l;
    return s + l;
}

int nm_claims_cand_score(const nm_claims *m, const nm_doc *d, const nm_tokmap *mend, nm_claims_cache *cc,
                         size_t t0, size_t t1, size_t i, int32_t *score)
{
    frame x;
    if (!nm_claims_frame(d, mend, cc, t0, t1, i, &x))
        return 0;
    *score = frame_score(m, &x);
    return 1;
}

int nm_claims_check_tables(const nm_claims *m, uint32_t seed, int n)
{
    int bad = 0;
    uint32_t r = seed | 1;
    for (int k = 0; k < n; k++) {
        uint32_t v[16];
        for (int j = 0; j < 16; j++) {
            r ^= r << 13;
            r ^= r >> 17;
            r ^= r << 5;
            v[j] = r;
        }
        /* every value in its domain, and cues past the tables (hashed) */
        frame x = { v[0], v[1] & 0xFFFFFF, 1 + v[2] % 5, v[3] % 300, v[4] % 4, 1 + v[5] % 25, 1 + v[6] % 25,
                    1 + v[7] % 25, 1 + v[8] % 25, 1 + v[9] % 25, 1 + v[10] % 25, v[11], v[12], v[13] % 9,
                    v[14] % 7 };
        if (k % 4 == 0)
            x.p1 = K_AUX;
        uint32_t f[CL_MAXFEAT];
        int nf = nm_claims_frame_features(&x, f);
        bad += frame_score(m, &x) != nm_claims_score(m, f, nf);
        /* a claim's score through the tables, and the bound above it */
        nm_claim_span sp = { v[15] % CL_NLEN, (v[15] >> 4) % 26, 1 + (v[15] >> 10) % 25, 1 + (v[15] >> 16) % 25,
                             (v[15] >> 24) & 1, (v[15] >> 25) & 1 };
        int ns = nm_claims_span_features(&x, &sp, f);
        int32_t ss = nm_claims_span_score(m, &x, &sp);
        bad += ss != nm_claims_score(m, f, ns) || ss > nm_claims_span_bound(m, &x, &sp, INT32_MAX) ||
               ss > nm_claims_span_bound(m, &x, &sp, INT32_MIN);
    }
    return bad;
}
