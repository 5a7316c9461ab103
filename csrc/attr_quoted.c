/*
 * attr_quoted.c -- claims around the quotes the rules dropped as scare
 * quotes or kept alone inside a clause with no cue of their own, decided
 * by the learned quoted-span model (quoted.h).
 *
 * Runs after the rules and the claim model have had the sentence, on each
 * such quote of it.  A candidate is a word before the opening mark in the
 * quote's clause (not past a colon, semicolon, dash, bracket, another
 * quote or a claim already made; at most QT_WINDOW tokens; past one comma
 * at most, the word right before it taking the claim after the comma): its
 * claim runs from the token after it
 * (past "that") to the end of the quote's clause, as nm_stance_quote()
 * builds one; its speaker is the subject before it.  The best-scoring
 * candidate of the quote is made a claim when its score is above the
 * model's threshold; the claim takes the quote in.  With a trace on the
 * document (training) every candidate is recorded instead.
 */
#include "attr.h"
#include "claims.h"
#include "quoted.h"
#include <stdlib.h>

/* Small word lists of this file, named: GCC builds a compound literal
 * "(const char *const[]){ ... }" on the stack at every call of the
 * function holding it, used or not. */
static const char *const w_what_whom_which_who_whose[] = { "what", "whom", "which", "who", "whose", NULL };
/* Words of speech in the first or second person, and contractions. */
static const char *const w_first_second[] = { "i", "we", "me", "us", "my", "our", "you", "your", "i'm",
    "we're", "you're", "i've", "we've", "i'll", "we'll", "let's", NULL };
static const char *const w_contractions[] = { "n't", "'s", "'re", "'ve", "'ll", "'m", "'d", NULL };

/* Token classes of the frame (a function word is its own hash instead). */
enum { Q_B = 1, Q_COMMA, Q_SEMI, Q_COLON, Q_TERM, Q_PUNCT, Q_QUOTE, Q_DASH, Q_NUM, Q_SYM, Q_CAP,
       Q_LOW, Q_MPER, Q_MORG, Q_MPLACE, Q_MOTHER };

static uint32_t word_hash(const actx *c, size_t k)
{
    return nm_fold_hash(nm_tok_str(c->d, k), nm_tok_len(c->d, k));
}

/* Class of token k, or the hash of a function word; Q_B outside [lo, hi). */
static uint32_t frame(const actx *c, size_t k, size_t lo, size_t hi)
{
    if (k < lo || k >= hi)
        return Q_B;
    const nm_token *t = T(c, k);
    switch (t->kind) {
    case TK_WORD:
        break;
    case TK_PUNCT: {
        uint32_t cp = nm_tok_cp(c->d, t);
        return cp == ',' ? Q_COMMA : cp == ';' ? Q_SEMI : cp == ':' ? Q_COLON :
               cp == '.' || cp == '!' || cp == '?' ? Q_TERM : Q_PUNCT;
    }
    case TK_QUOTE:
        return Q_QUOTE;
    case TK_DASH:
        return Q_DASH;
    case TK_NUM:
        return Q_NUM;
    default:
        return Q_SYM;
    }
    if (is_func(c, k))
        return word_hash(c, k) | 0x80000000u;
    if (t->flags & TF_CAP) {
        int32_t me = ment_end(c, k);
        if (me < 0)
            return Q_CAP;
        int ty = DOC_MENT(c->d, me)->type;
        return ty == NM_PERSON ? Q_MPER : ty == NM_ORG ? Q_MORG : ty == NM_PLACE ? Q_MPLACE : Q_MOTHER;
    }
    return Q_LOW;
}

static uint32_t bucket(size_t n, const size_t *edges, uint32_t ne)
{
    uint32_t b = 0;
    while (b < ne && n >= edges[b])
        b++;
    return b;
}

/* What a quote's candidates share: the first speech cue of its sentence
 * outside quotes, and what its words are -- somebody's speech ("we will
 * win", "I don't"), or a name or term in title case ("Made in America");
 * its length, ends and frame, whether the rules keep it, and the start of
 * its sentence's content, with the weights of the templates of those
 * alone (quote_score()); computed once per quote, not per candidate. */
typedef struct qinfo {
    size_t first_cue, lo, hi, cstart;
    uint32_t pers, titled, apos, qw, cap, qend, after, o1, o2, kept;
    int32_t base;
    /* function words, capitalised words and words in -ed/-ing among the
     * k tokens before the mark, for k < nk (between()) */
    uint8_t fw[QT_WINDOW + 1], cw[QT_WINDOW + 1], ed[QT_WINDOW + 1];
    size_t nk;
} qinfo;

static void quote_info(const actx *c, const dq *x, size_t first_cue, uint32_t kept, qinfo *q)
{
    uint32_t pers = 0, caps = 0, lows = 0, apos = 0;
    for (size_t j = x->o + 1; j < x->cl; j++) {
        if (!is_word(c, j))
            continue;
        pers |= is_any(c, j, w_first_second);
        if (is_func(c, j))
            continue;
        if (T(c, j)->flags & TF_CAP)
            caps++;
        else
            lows++;
        apos |= is_any(c, j, w_contractions);
    }
    q->first_cue = first_cue;
    q->pers = pers;
    q->titled = lows == 0 ? (caps > 1 ? 2 : 1) : caps > lows ? 3 : 0;
    q->apos = apos;
    size_t lo = sent_start(c, x->o), hi = sent_end(c, x->o);
    q->lo = lo;
    q->hi = hi;
    q->cstart = nm_content_start(c, lo, hi);
    q->qw = bucket(nm_words_in(c, x->o, x->cl), (const size_t[]){ 2, 3, 4, 7 }, 4);
    q->cap = (T(c, x->o + 1)->flags & TF_CAP) ? 1 : 0;
    size_t last = x->cl - 1;
    q->qend = is_terminal(c, last) ? 1 : is_p(c, last, ',') ? 2 : 3;
    q->after = frame(c, x->cl + 1, lo, hi);
    q->o1 = frame(c, x->o - 1, lo, hi);
    q->o2 = frame(c, x->o - 2, lo, hi);
    q->kept = kept;
    q->base = 0;
    q->fw[0] = q->cw[0] = q->ed[0] = 0;
    q->nk = 1;
}

/* What stands between a candidate's claim start a and the mark: the counts
 * over [a, x->o), found token by token as the candidates move away from
 * the mark, each token once per quote. */
static void between(const actx *c, const dq *x, qinfo *qi, size_t a, uint32_t *fw, uint32_t *cw, uint32_t *ed)
{
    size_t k = x->o - a;
    if (k > QT_WINDOW) {           /* (not reached: the window is smaller) */
        *fw = *cw = *ed = 0;
        for (size_t j = a; j < x->o; j++) {
            *fw += is_func(c, j);
            *cw += is_word(c, j) && (T(c, j)->flags & TF_CAP);
            *ed += is_word(c, j) && !is_func(c, j) && (ends_in(c, j, 3, "ed") || ends_in(c, j, 4, "ing"));
        }
        return;
    }
    for (; qi->nk <= k; qi->nk++) {
        size_t n = qi->nk, j = x->o - n;
        qi->fw[n] = (uint8_t)(qi->fw[n - 1] + is_func(c, j));
        qi->cw[n] = (uint8_t)(qi->cw[n - 1] + (is_word(c, j) && (T(c, j)->flags & TF_CAP)));
        qi->ed[n] = (uint8_t)(qi->ed[n - 1] + (is_word(c, j) && !is_func(c, j) &&
                                               (ends_in(c, j, 3, "ed") || ends_in(c, j, 4, "ing"))));
    }
    *fw = qi->fw[k];
    *cw = qi->cw[k];
    *ed = qi->ed[k];
}

/* What the features of candidate cue v read before its claim's end and its
 * speaker are known (fixed_vals()): all but the templates of the claim's
 * length, the speaker and the claim model's score of the word, which
 * cost most to find (candidate() bounds them first). */
typedef struct qfix {
    uint32_t wh, s3, suf, cue, dist, d2, first, kind, p1, n1, p2;
    uint32_t fw, cw, ed, stem, comma, at_o, cue_before, pa;
} qfix;

static void fixed_vals(const actx *c, const dq *x, size_t v, size_t a, uint32_t comma, qinfo *qi, qfix *q)
{
    size_t lo = qi->lo, hi = qi->hi;
    const nm_token *t = T(c, v);
    const char *w = nm_tok_str(c->d, v);
    size_t n = nm_tok_len(c->d, v);
    q->wh = word_hash(c, v);
    uint32_t s3 = 0;
    for (size_t k = n > 3 ? n - 3 : 0; k < n; k++) {
        unsigned ch = (unsigned char)w[k];
        s3 = s3 << 8 | (ch - 'A' < 26u ? ch + 32 : ch);
    }
    q->s3 = s3;
    uint32_t suf = ends_in(c, v, 3, "ed") ? 1 : ends_in(c, v, 4, "ing") ? 2 : ends_in(c, v, 3, "s") ? 3 :
                   ends_in(c, v, 3, "ly") ? 4 : 5;
    q->suf = suf;
    q->cue = stance_of(c, v) | (is_any(c, v, nm_call_words) ? 0x100u : 0) |
             (wcls(c, v) & WC_SPEECH ? 0x200u : 0);
    q->dist = bucket(x->o - v, (const size_t[]){ 2, 3, 4, 5, 7, 9 }, 6);
    q->d2 = bucket(x->o - v, (const size_t[]){ 2, 3, 5 }, 3);
    q->first = v == qi->cstart;
    q->kind = (t->flags & TF_CAP) ? 1 : is_func(c, v) ? 2 : 3;
    q->p1 = frame(c, v - 1, lo, hi);
    q->n1 = frame(c, v + 1, lo, hi);
    q->p2 = frame(c, v - 2, lo, hi);
    /* what stands between the word and the mark */
    uint32_t fw, cw, ed;
    between(c, x, qi, a, &fw, &cw, &ed);
    q->fw = fw > 3 ? 3 : fw;
    q->cw = cw > 2 ? 2 : cw;
    q->ed = ed > 1 ? 1 : ed;
    /* the word's stem, so "pledged" learns from "pledges" and "pledging" */
    size_t sn = n;
    if (suf == 1)
        sn -= w[n - 2] == 'e' && w[n - 3] == 'e' ? 1 : 2;       /* agreed, called */
    else if (suf == 2)
        sn -= 3;
    else if (suf == 3)
        sn -= n > 4 && w[n - 2] == 'e' && (w[n - 3] == 's' || w[n - 3] == 'h') ? 2 : 1;
    if (sn > 1 && (w[sn - 1] | 0x20) == 'e')
        sn--;                                                      /* "vote" as "vot" */
    q->stem = nm_fold_hash(w, sn);
    q->comma = comma;
    q->at_o = a == x->o;
    q->cue_before = qi->first_cue < v;
    q->pa = qi->apos | qi->pers << 1;
}

/* The claim model's score of word v as the quoted model reads it: 0 when
 * it is no candidate of that model, else 1-9 by its margin.  cc holds the
 * token classes of the quote's sentence [lo, hi) found so far (one cache
 * for all the quote's candidates: neighbouring words read the same
 * tokens). */
static uint32_t claim_score_class(const actx *c, nm_claims_cache *cc, size_t v, size_t lo, size_t hi)
{
    const nm_claims *cm = c->d->eng->claims;
    uint32_t cs = 0;
    if (cm && is_word(c, v) && (T(c, v)->flags & TF_LOWER)) {
        int32_t sc;
        if (nm_claims_cand_score(cm, c->d, &c->mend, cc, lo, hi, v, &sc)) {
            float r = (float)(sc - cm->lin.threshold) * cm->lin.scale;
            cs = 1 + (r > -20) + (r > -10) + (r > -5) + (r > -2) + (r > 0) + (r > 2) + (r > 5) + (r > 10);
        }
    }
    return cs;
}

/* Features of candidate cue v for quote x, its claim [a, e) and speaker s
 * (kind 7: a relative "what he calls"), kept when the rules keep the quote,
 * comma when a comma stands between v and its claim (2: inside it), qi
 * what the quote's candidates share; their number. */
static int features(const actx *c, const dq *x, size_t v, const qfix *qx, uint32_t tail, uint32_t claim,
                    uint32_t cs, const spk *s, int rel, const qinfo *qi, uint32_t *f)
{
    const qfix q = *qx;
    size_t lo = sent_start(c, x->o);
    uint32_t wh = q.wh, s3 = q.s3, suf = q.suf, cue = q.cue, dist = q.dist, d2 = q.d2, qw = qi->qw;
    uint32_t p1 = q.p1, n1 = q.n1, kept = qi->kept, comma = q.comma;
    uint32_t sk = rel ? 7 : (uint32_t)s->kind;
    int k = 0;
    f[k++] = nm_quoted_fh(1, 0, 0);
    f[k++] = nm_quoted_fh(2, wh, 0);
    f[k++] = nm_quoted_fh(3, s3, 0);
    f[k++] = nm_quoted_fh(4, suf, 0);
    f[k++] = nm_quoted_fh(5, cue, 0);
    f[k++] = nm_quoted_fh(6, dist, 0);
    f[k++] = nm_quoted_fh(7, wh, d2);
    f[k++] = nm_quoted_fh(8, p1, 0);
    f[k++] = nm_quoted_fh(9, n1, 0);
    f[k++] = nm_quoted_fh(10, wh, n1);
    f[k++] = nm_quoted_fh(11, qw, 0);
    f[k++] = nm_quoted_fh(12, qi->cap, qw);
    f[k++] = nm_quoted_fh(13, qi->qend, 0);
    f[k++] = nm_quoted_fh(14, qi->after, 0);
    f[k++] = nm_quoted_fh(15, qi->o1, 0);
    f[k++] = nm_quoted_fh(16, sk, 0);
    f[k++] = nm_quoted_fh(17, sk, dist);
    f[k++] = nm_quoted_fh(18, sk, suf);
    f[k++] = nm_quoted_fh(19, tail, 0);
    f[k++] = nm_quoted_fh(20, claim, 0);
    f[k++] = nm_quoted_fh(21, q.first, 0);
    f[k++] = nm_quoted_fh(22, q.kind, 0);
    f[k++] = nm_quoted_fh(23, suf, n1);
    f[k++] = nm_quoted_fh(24, qw, dist);
    f[k++] = nm_quoted_fh(25, s3, d2);
    f[k++] = nm_quoted_fh(26, q.cue_before, sk);
    f[k++] = nm_quoted_fh(27, q.at_o, qw);
    f[k++] = nm_quoted_fh(28, p1, n1);
    f[k++] = nm_quoted_fh(29, qi->after, qi->qend);
    f[k++] = nm_quoted_fh(30, cue, dist);
    f[k++] = nm_quoted_fh(31, suf, p1);
    f[k++] = nm_quoted_fh(32, q.p2, p1);
    f[k++] = nm_quoted_fh(33, s3, n1);
    /* the subject right before the word (past auxiliaries), its type */
    size_t sv = v;
    while (sv > lo && v - sv < 3 && is_any(c, sv - 1, nm_aux_words))
        sv--;
    uint32_t adj = s->kind != SPK_NONE && s->t1 == sv;
    uint32_t st = s->kind == SPK_MENTION ? DOC_MENT(c->d, s->ment)->type + 1u : 0;
    f[k++] = nm_quoted_fh(34, adj, sk << 8 | st);
    f[k++] = nm_quoted_fh(35, wh, adj);
    f[k++] = nm_quoted_fh(36, wh, sk);
    f[k++] = nm_quoted_fh(37, q.fw, q.cw);
    f[k++] = nm_quoted_fh(38, q.ed, suf);
    f[k++] = nm_quoted_fh(39, qi->o1, qi->o2);
    /* how much the claim model takes the word for a cue (claims.h) */
    f[k++] = nm_quoted_fh(43, cs, 0);
    f[k++] = nm_quoted_fh(44, cs, dist);
    f[k++] = nm_quoted_fh(45, cs, sk);
    /* a longer quote the rules keep as it is (no cue of its own) */
    f[k++] = nm_quoted_fh(40, kept, 0);
    f[k++] = nm_quoted_fh(41, kept, qw << 8 | sk);
    f[k++] = nm_quoted_fh(42, kept, dist);
    f[k++] = nm_quoted_fh(48, q.stem, 0);
    f[k++] = nm_quoted_fh(49, q.stem, d2);
    f[k++] = nm_quoted_fh(50, q.stem, n1);
    f[k++] = nm_quoted_fh(46, comma, 0);
    f[k++] = nm_quoted_fh(47, comma, wh);
    /* what the quoted words are (quote_info) */
    f[k++] = nm_quoted_fh(51, qi->pers, qw);
    f[k++] = nm_quoted_fh(52, qi->titled, qw);
    f[k++] = nm_quoted_fh(53, q.pa, sk);
    return k;
}

/* The weight of template t with values a and b. */
static int32_t qw_of(const nm_quoted *m, uint32_t t, uint32_t a, uint32_t b)
{
    return m->lin.w[nm_quoted_fh(t, a, b)];
}

#define QT_LOW (INT32_MIN / 16)     /* a value never taken: below any sum */

void nm_quoted_bounds(nm_quoted *m)
{
    m->max_tail = m->max_claim = INT32_MIN;
    for (uint32_t v = 0; v <= 4; v++)
        m->max_tail = qw_of(m, 19, v, 0) > m->max_tail ? qw_of(m, 19, v, 0) : m->max_tail;
    for (uint32_t v = 0; v <= 5; v++)
        m->max_claim = qw_of(m, 20, v, 0) > m->max_claim ? qw_of(m, 20, v, 0) : m->max_claim;
    for (uint32_t sk = 0; sk < QT_NSK; sk++) {
        m->sk16[sk] = qw_of(m, 16, sk, 0);
        for (uint32_t d = 0; d < 7; d++)
            m->sk17[sk][d] = qw_of(m, 17, sk, d);
        for (uint32_t suf = 0; suf < 6; suf++)
            m->sk18[sk][suf] = qw_of(m, 18, sk, suf);
        for (uint32_t b = 0; b < 2; b++)
            m->sk26[b][sk] = qw_of(m, 26, b, sk);
        for (uint32_t kept = 0; kept < 2; kept++)
            for (uint32_t q = 0; q < 5; q++)
                m->sk41[kept][q][sk] = qw_of(m, 41, kept, q << 8 | sk);
        for (uint32_t pa = 0; pa < 4; pa++)
            m->sk53[pa][sk] = qw_of(m, 53, pa, sk);
        /* template 34: the speaker's type (st) is a mention's, 1-5, when
         * it is one (kind 1, or a relative: 7), else 0; no speaker (kind
         * 0) is never next to the word */
        for (uint32_t adj = 0; adj < 2; adj++) {
            int32_t b = INT32_MIN;
            for (uint32_t st = 0; st <= 5; st++)
                if ((st == 0 && sk != SPK_MENTION) || (st > 0 && (sk == SPK_MENTION || sk == 7)))
                    b = qw_of(m, 34, adj, sk << 8 | st) > b ? qw_of(m, 34, adj, sk << 8 | st) : b;
            m->adj34[adj][sk] = adj && sk == SPK_NONE ? QT_LOW : b;
        }
        /* templates 43-45: the claim model's class of the word, 0-9 */
        for (uint32_t d = 0; d < 7; d++) {
            int32_t b = INT32_MIN;
            for (uint32_t cs = 0; cs <= 9; cs++) {
                int32_t v = qw_of(m, 43, cs, 0) + qw_of(m, 44, cs, d) + qw_of(m, 45, cs, sk);
                b = v > b ? v : b;
            }
            m->cs[d][sk] = b;
        }
    }
}

/* The sum of the weights of the templates whose values are the quote's
 * alone (quote_info()): added once per quote, not per candidate. */
static int32_t quote_score(const nm_quoted *m, const qinfo *qi)
{
    uint32_t qw = qi->qw;
    return qw_of(m, 1, 0, 0) + qw_of(m, 11, qw, 0) + qw_of(m, 12, qi->cap, qw) + qw_of(m, 13, qi->qend, 0) +
           qw_of(m, 14, qi->after, 0) + qw_of(m, 15, qi->o1, 0) + qw_of(m, 29, qi->after, qi->qend) +
           qw_of(m, 39, qi->o1, qi->o2) + qw_of(m, 40, qi->kept, 0) + qw_of(m, 51, qi->pers, qw) +
           qw_of(m, 52, qi->titled, qw);
}

/* The sum of the weights of a candidate's features with fixed values q
 * (all but those of fixed_vals()'s exceptions; the quote's own, qi->base,
 * included). */
static int32_t fixed_score(const nm_quoted *m, const qfix *q, const qinfo *qi)
{
    uint32_t wh = q->wh, s3 = q->s3, suf = q->suf, cue = q->cue, dist = q->dist, d2 = q->d2, qw = qi->qw;
    uint32_t p1 = q->p1, n1 = q->n1;
    return qi->base + qw_of(m, 2, wh, 0) + qw_of(m, 3, s3, 0) + qw_of(m, 4, suf, 0) +
           qw_of(m, 5, cue, 0) + qw_of(m, 6, dist, 0) + qw_of(m, 7, wh, d2) + qw_of(m, 8, p1, 0) +
           qw_of(m, 9, n1, 0) + qw_of(m, 10, wh, n1) + qw_of(m, 21, q->first, 0) + qw_of(m, 22, q->kind, 0) +
           qw_of(m, 23, suf, n1) + qw_of(m, 24, qw, dist) + qw_of(m, 25, s3, d2) + qw_of(m, 27, q->at_o, qw) +
           qw_of(m, 28, p1, n1) + qw_of(m, 30, cue, dist) + qw_of(m, 31, suf, p1) + qw_of(m, 32, q->p2, p1) +
           qw_of(m, 33, s3, n1) + qw_of(m, 37, q->fw, q->cw) + qw_of(m, 38, q->ed, suf) +
           qw_of(m, 42, qi->kept, dist) + qw_of(m, 48, q->stem, 0) + qw_of(m, 49, q->stem, d2) +
           qw_of(m, 50, q->stem, n1) + qw_of(m, 46, q->comma, 0) + qw_of(m, 47, q->comma, wh);
}

/* The largest sum of the weights of the templates of the speaker (its
 * kind, whether it stands next to the word, its type) a candidate with
 * fixed values q and quote values qi may have, per speaker kind (sk 6 is
 * never taken), into part: found once per candidate for speaker_bound()'s
 * two calls. */
static void speaker_parts(const nm_quoted *m, const qfix *q, const qinfo *qi, int32_t part[QT_NSK])
{
    uint32_t wh = q->wh;
    int32_t a0 = qw_of(m, 35, wh, 0), a1 = qw_of(m, 35, wh, 1);
    for (uint32_t sk = 0; sk < QT_NSK; sk++) {
        if (sk == 6)
            continue;
        int32_t v0 = a0 + m->adj34[0][sk], v1 = a1 + m->adj34[1][sk];
        part[sk] = m->sk16[sk] + m->sk17[sk][q->dist] + m->sk18[sk][q->suf] + m->sk26[q->cue_before][sk] +
                   qw_of(m, 36, wh, sk) + m->sk41[qi->kept][qi->qw][sk] + m->sk53[q->pa][sk] +
                   (v0 > v1 ? v0 : v1);
    }
}

/* The largest sum over every speaker of those weights (part) with those
 * of the claim model's class cs (templates 43-45; cs < 0: the largest
 * over every class). */
static int32_t speaker_bound(const nm_quoted *m, const qfix *q, const int32_t part[QT_NSK], int32_t cs)
{
    uint32_t dist = q->dist;
    int32_t best = INT32_MIN;
    int32_t c0 = cs < 0 ? 0 : qw_of(m, 43, (uint32_t)cs, 0) + qw_of(m, 44, (uint32_t)cs, dist);
    for (uint32_t sk = 0; sk < QT_NSK; sk++) {
        if (sk == 6)
            continue;
        int32_t v = part[sk] + (cs < 0 ? m->cs[dist][sk] : c0 + qw_of(m, 45, (uint32_t)cs, sk));
        best = v > best ? v : best;
    }
    return best;
}

/* Is byte b inside the content or the cue of claims out[first, ...)? */
static int in_made(const actx *c, size_t first, uint32_t b)
{
    for (size_t k = first; k < c->out.n; k++) {
        const nm_q *q = &NM_VEC_AT(c->out, nm_q, k);
        if ((b >= q->start && b < q->end) || (q->cue_start >= 0 && b >= q->cue_start && b < q->cue_end))
            return 1;
    }
    return 0;
}

/* Between a subject and a cue beside nm_aux_words: "X is disavowing", "X
 * has increasingly decried", "X did not want". */
static const char *const verb_group[] = { "is", "are", "was", "were", "be", "been", "being", "not",
    "n't", "never", "could", "should", "may", "might", "can", "must", "now", NULL };

/* The speaker of cue v in the sentence from lo, its content from cs:
 * nm_cue_subject()'s, else the subject before the verb group ending at v,
 * else the clause's. */
static spk speaker(const actx *c, size_t v, size_t lo, size_t cs, int32_t *turn)
{
    spk s = nm_cue_subject(c, v, lo, ends_in(c, v, 4, "ing"), turn);
    if (s.kind == SPK_NONE && *turn < 0) {
        size_t e = v;
        while (e > lo + 1 && v - e < 5 && is_word(c, e - 1) && (T(c, e - 1)->flags & TF_LOWER) &&
               (is_any(c, e - 1, nm_aux_words) || is_any(c, e - 1, verb_group) || ends_in(c, e - 1, 4, "ly")))
            e--;
        if (e < v)
            s = nm_np_before(c, e, lo);
        if (s.kind == SPK_NONE && cs < v)
            s = nm_long_subject(c, cs, v);
        if (s.kind == SPK_NONE && cs < v)
            s = nm_clause_subject(c, cs, v);
    }
    /* words of a quote speak for nobody ("..." said X, waving a "..."
     * banner: not the quote's first words) */
    if (s.kind != SPK_NONE && in_quote(c, s.t0))
        s.kind = SPK_NONE;
    return s;
}

/* Does [s, e) overlap the content of one of claims out[first, ...)? */
static int overlaps_made(const actx *c, size_t first, uint32_t s, uint32_t e)
{
    for (size_t k = first; k < c->out.n; k++) {
        const nm_q *q = &NM_VEC_AT(c->out, nm_q, k);
        if (q->start < e && s < q->end && NM_VEC_AT(c->origin, int32_t, k) < 0)
            return 1;
    }
    return 0;
}

/* Participles that name rather than quote right before the mark. */
static const char *const naming_words[] = { "called", "named", "titled", "entitled", "nicknamed",
    "labelled", "labeled", "branded", NULL };

/* The best candidate of a quote so far. */
typedef struct best {
    int32_t score;
    size_t v, a, e;
    spk s;
    int32_t turn;
} best;

/* Candidate cue v of quote qi with its claim from a (past "that"), comma
 * when a comma stands between them: scored into *b, or recorded in the
 * trace. */
static nm_status candidate(actx *c, size_t qi, size_t first, qinfo *qf, nm_claims_cache *cc, size_t v,
                           size_t a, size_t e0, int comma, best *b)
{
    const dq *x = &c->xs[qi];
    size_t lo = qf->lo, hi = qf->hi;
    if (a < x->o && nm_tok_is(c->d, a, "that"))
        a++;
    /* "a band called "Ironwood"": a name given, not words said */
    if (a == x->o && is_any(c, v, naming_words))
        return NM_OK;
    /* A candidate that cannot beat the best so far, nor the threshold,
     * changes nothing: its score is bounded over every claim length,
     * speaker and claim-model class, again with its claim-model class
     * (cheaper to find than its claim's end), and again with its claim
     * before its speaker is looked for (PolNeAR train: of 12,211
     * candidates, 7,506 pass the first, 1,143 the second, 553 the third
     * and the claim's tests). */
    nm_quoted_trace *tr = c->d->qtrace;
    const nm_quoted *m = c->d->eng->quoted;
    int32_t bar = tr ? 0 : b->score > m->lin.threshold ? b->score : m->lin.threshold, fs = 0;
    qfix q;
    fixed_vals(c, x, v, a, (uint32_t)comma, qf, &q);
    int32_t part[QT_NSK], sb = 0;
    if (!tr)
        speaker_parts(m, &q, qf, part);
    if (!tr && (fs = fixed_score(m, &q, qf)) + m->max_tail + m->max_claim + speaker_bound(m, &q, part, -1) <= bar)
        return NM_OK;
    uint32_t cs = claim_score_class(c, cc, v, lo, hi);
    if (!tr && fs + m->max_tail + m->max_claim + (sb = speaker_bound(m, &q, part, (int32_t)cs)) <= bar)
        return NM_OK;
    size_t e = nm_content_end(c, a, nm_claim_stop(c, a, e0));
    if (e <= x->cl)
        e = x->cl + 1;
    e = nm_quote_clause_end(c, a, e);
    if (e <= x->cl)
        e = x->cl + 1;
    int direct;
    size_t nw = nm_words_in(c, a, e);
    if (nw < 2 || !nm_swallow_direct(c, a, e, &direct, 0) ||
        overlaps_made(c, first, T(c, a)->start, T(c, e - 1)->end))
        return NM_OK;
    uint32_t tail = bucket(nm_words_in(c, x->cl + 1, e > x->cl ? e : x->cl + 1), (const size_t[]){ 1, 3, 6, 11 }, 4);
    uint32_t claim = bucket(nw, (const size_t[]){ 3, 5, 8, 13, 20 }, 5);
    if (!tr && fs + qw_of(m, 19, tail, 0) + qw_of(m, 20, claim, 0) + sb <= bar)
        return NM_OK;
    int32_t turn;
    spk s = speaker(c, v, lo, qf->cstart, &turn);
    int rel = s.kind != SPK_NONE && s.t0 > lo &&
              is_any(c, s.t0 - 1, w_what_whom_which_who_whose);
    uint32_t f[QT_MAXFEAT];
    int nf = features(c, x, v, &q, tail, claim, cs, &s, rel, qf, f);
    if (tr) {
        nm_quoted_cand *k = nm_vec_push(&tr->cands, sizeof *k);
        if (!k)
            return NM_ENOMEM;
        memcpy(k->feat, f, (size_t)nf * sizeof *f);
        k->nfeat = (uint8_t)nf;
        k->quote = (uint32_t)qi;
        k->kept = c->drop[qi] == 0;
        k->qstart = T(c, x->o + 1)->start;
        k->qend = T(c, x->cl - 1)->end;
        k->cue_start = T(c, v)->start;
        k->cue_end = T(c, v)->end;
        k->start = T(c, a)->start;
        k->end = T(c, e - 1)->end;
        return NM_OK;
    }
    int32_t sc = nm_quoted_score(m, f, nf);
#ifdef NM_CHECK_BOUNDS
    /* (the sanitizer build checks the bounds on every candidate) */
    if (sc > fs + qw_of(m, 19, tail, 0) + qw_of(m, 20, claim, 0) + sb ||
        sc > fs + m->max_tail + m->max_claim + speaker_bound(m, &q, part, (int32_t)cs) ||
        sc > fs + m->max_tail + m->max_claim + speaker_bound(m, &q, part, -1))
        abort();
#endif
    if (sc > b->score)
        *b = (best){ sc, v, a, e, s, turn };
    return NM_OK;
}

nm_status nm_quoted_claim(actx *c, size_t qi, size_t first)
{
    const nm_quoted *m = c->d->eng->quoted;
    nm_quoted_trace *tr = c->d->qtrace;
    if ((!m && !tr) || c->d->trace)
        return NM_OK;          /* (the claim trainer sees the rules alone) */
    const dq *x = &c->xs[qi];
    if (x->o == 0 || x->cl <= x->o + 1)
        return NM_OK;
    size_t lo = sent_start(c, x->o), hi = sent_end(c, x->o);
    /* "the so-called "reform"": the writer's term */
    if (x->o > lo && (nm_tok_is(c->d, x->o - 1, "so-called") ||
                      (nm_tok_is(c->d, x->o - 1, "called") && x->o > lo + 1 &&
                       (nm_tok_is(c->d, x->o - 2, "so") || nm_tok_is(c->d, x->o - 2, "-")))))
        return NM_OK;
    /* ""...," said X, waving a "..." banner": a quote inside the
     * attribution of a quote before it in the sentence is no claim */
    for (size_t r = first; r < c->out.n; r++) {
        int32_t k = NM_VEC_AT(c->origin, int32_t, r);
        const nm_q *p = &NM_VEC_AT(c->out, nm_q, r);
        if (k >= 0 && (size_t)k < qi && c->drop[k] == 2 && c->xs[k].o >= lo && p->cue_start >= 0 &&
            (uint64_t)p->cue_start > T(c, c->xs[k].cl)->start && (uint64_t)p->cue_end <= T(c, x->o)->start)
            return NM_OK;
    }
    /* the clause's end after the quote, as nm_stance_quote() finds it; a
     * comma inside the closing mark ends it as one outside would */
    size_t e0 = x->cl + 1;
    while (e0 < hi && !is_p(c, x->cl - 1, ',') && !is_terminal(c, e0) && !is_p(c, e0, ',') &&
           !is_p(c, e0, ';') && !is_p(c, e0, ':') && !is_p(c, e0, '(') && T(c, e0)->kind != TK_DASH &&
           !(in_quote(c, e0) && c->drop[quote_at(c, e0)] == 2))
        e0++;
    size_t first_cue = lo;
    while (first_cue < x->o && !(cue_of(c, first_cue) && !in_quote(c, first_cue)))
        first_cue++;
    qinfo qf;
    quote_info(c, x, first_cue, c->drop[qi] == 0, &qf);
    if (m)
        qf.base = quote_score(m, &qf);
    nm_claims_cache cc;
    if (c->d->eng->claims) {
        memset(&cc, 0, sizeof cc);
        cc.model = c->d->eng->claims;
    }
    best b = { INT32_MIN, NO_TOK, 0, 0, { SPK_NONE, 0, 0, -1 }, -1 };
    nm_status st;
    int commas = 0;
    for (size_t j = x->o; j-- > lo && x->o - j <= QT_WINDOW;) {
        if (in_quote(c, j) || is_terminal(c, j) || is_p(c, j, ';') || is_p(c, j, ':') || is_p(c, j, '(') ||
            T(c, j)->kind == TK_DASH || in_made(c, first, T(c, j)->start))
            break;
        if (is_p(c, j, ',')) {
            /* "X added, he did not ...": the word before the comma, its
             * claim after the comma; then, past one comma only, the words
             * further back with the comma inside their claim ("portraying
             * the migrants, in particular, as "..."") */
            if (j <= lo || !is_word(c, j - 1) || in_quote(c, j - 1) || in_made(c, first, T(c, j - 1)->start))
                break;
            if ((st = candidate(c, qi, first, &qf, &cc, j - 1, j + 1, e0, 1, &b)) != NM_OK)
                return st;
            if (commas++)
                break;
            j--;                        /* (the word before the comma is done) */
            continue;
        }
        /* any word; another token only before "that" ("told Fox 35 that") */
        if ((is_word(c, j) || (j + 1 < x->o && nm_tok_is(c->d, j + 1, "that"))) &&
            (st = candidate(c, qi, first, &qf, &cc, j, j + 1, e0, commas ? 2 : 0, &b)) != NM_OK)
            return st;
    }
    if (tr || b.v == NO_TOK || b.score <= m->lin.threshold)
        return NM_OK;
    nm_q *q;
    st = nm_reported_claim(c, b.a, b.e, &b.s, b.v, b.v + 1, NULL, &q);
    if (st == NM_OK && q && b.turn >= 0) {
        const nm_q *p = &NM_VEC_AT(c->out, nm_q, b.turn);
        q->entity = p->entity;
        q->speaker = p->speaker;
        q->spk_start = p->spk_start;
        q->spk_end = p->spk_end;
    }
    return st;
}
