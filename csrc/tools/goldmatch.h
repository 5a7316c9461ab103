/*
 * goldmatch.h -- what the trainers of the PolNeAR models share: reading a
 * document's gold attributions (<doc>.gold.json: {"quotes": [{"content":
 * [[s, e], ...], "cue": [[s, e]] or null, "direct": true, ...}, ...], byte
 * offsets) and matching quotes to them as the scorer does (word bytes,
 * Jaccard >= 0.5, one to one, best first), and F-beta.  Header-only, for
 * the tools.
 */
#ifndef NM_GOLDMATCH_H
#define NM_GOLDMATCH_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

typedef struct frag { uint32_t s, e; } frag;

typedef struct gold {
    uint32_t f0, nf;        /* content fragments in the frag array */
    uint32_t c0, nc;        /* cue fragments */
    int matched;            /* by the rules */
    int direct;             /* the content holds a quotation mark */
} gold;

static void *grow(void *p, size_t *cap, size_t need, size_t el)
{
    if (need <= *cap)
        return p;
    size_t c = *cap ? *cap : 1024;
    while (c < need)
        c *= 2;
    void *q = realloc(p, c * el);
    if (!q) {
        fprintf(stderr, "out of memory\n");
        exit(3);
    }
    *cap = c;
    return q;
}

static int is_blank(char ch)
{
    return ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r';
}

/* Parses `[[s, e], ...]` or `null` at p into fr; returns the end or NULL. */
static const char *parse_frags(const char *p, frag **fr, size_t *n, size_t *cap)
{
    while (is_blank(*p) || *p == ':')
        p++;
    if (!strncmp(p, "null", 4))
        return p + 4;
    if (*p != '[')
        return NULL;
    p++;
    for (;;) {
        while (is_blank(*p) || *p == ',')
            p++;
        if (*p == ']')
            return p + 1;
        if (*p != '[')
            return NULL;
        char *e;
        long s = strtol(p + 1, &e, 10);
        while (is_blank(*e) || *e == ',')
            e++;
        long t = strtol(e, &e, 10);
        while (is_blank(*e))
            e++;
        if (*e != ']' || s < 0 || t < s)
            return NULL;
        *fr = grow(*fr, cap, *n + 1, sizeof **fr);
        (*fr)[(*n)++] = (frag){ (uint32_t)s, (uint32_t)t };
        p = e + 1;
    }
}

/* The gold attributions of a document from its JSON at p (after
 * "quotes"), into gs[0, return) and fr (from 0); fragments beyond the
 * text's tl bytes are emptied. */
static size_t gold_read(const char *p, size_t tl, gold **gs, size_t *gcap, frag **fr, size_t *nfr,
                        size_t *frcap)
{
    size_t ng = 0;
    *nfr = 0;
    while ((p = strstr(p, "\"content\"")) != NULL) {
        *gs = grow(*gs, gcap, ng + 1, sizeof **gs);
        gold *g = &(*gs)[ng];
        g->f0 = (uint32_t)*nfr;
        p = parse_frags(p + 9, fr, nfr, frcap);
        const char *cu = p ? strstr(p, "\"cue\"") : NULL;
        const char *di = p ? strstr(p, "\"direct\"") : NULL;
        if (!cu || !di)
            break;
        g->nf = (uint32_t)(*nfr - g->f0);
        g->c0 = (uint32_t)*nfr;
        p = parse_frags(cu + 5, fr, nfr, frcap);
        if (!p)
            break;
        g->nc = (uint32_t)(*nfr - g->c0);
        g->matched = 0;
        di += 8;
        while (is_blank(*di) || *di == ':')
            di++;
        g->direct = *di == 't';
        ng++;
    }
    for (size_t i = 0; i < ng; i++)
        for (uint32_t f = 0; f < (*gs)[i].nf + (*gs)[i].nc; f++)
            if ((*fr)[(*gs)[i].f0 + f].e > tl)
                (*fr)[(*gs)[i].f0 + f].e = (*fr)[(*gs)[i].f0 + f].s = 0;   /* out of range: ignore */
    return ng;
}

static int word_byte(unsigned char ch)
{
    return (ch >= '0' && ch <= '9') || ((ch | 32) >= 'a' && (ch | 32) <= 'z') || ch >= 0x80;
}

/* Word bytes before each byte of text[0, tl) (tl + 1 counts), or NULL. */
static uint32_t *word_prefix(const char *text, size_t tl)
{
    uint32_t *pre = malloc((tl + 1) * sizeof *pre);
    if (!pre)
        return NULL;
    pre[0] = 0;
    for (size_t i = 0; i < tl; i++)
        pre[i + 1] = pre[i] + word_byte((unsigned char)text[i]);
    return pre;
}

/* Word bytes in [s, e) from the prefix counts. */
static uint32_t wb(const uint32_t *pre, uint32_t s, uint32_t e)
{
    return e > s ? pre[e] - pre[s] : 0;
}

/* Jaccard of the word bytes of [s, e) and of gold g's fragments. */
static double jaccard(const uint32_t *pre, uint32_t s, uint32_t e, const gold *g, const frag *fr)
{
    uint32_t a = wb(pre, s, e), b = 0, in = 0;
    for (uint32_t k = 0; k < g->nf; k++) {
        const frag *f = &fr[g->f0 + k];
        b += wb(pre, f->s, f->e);
        in += wb(pre, f->s > s ? f->s : s, f->e < e ? f->e : e);
    }
    uint32_t u = a + b - in;
    return u ? (double)in / u : 0;
}

/* Does gold g's cue overlap bytes [s, e)? */
static int cue_overlaps(const gold *g, const frag *fr, uint32_t s, uint32_t e)
{
    for (uint32_t f = 0; f < g->nc; f++)
        if (fr[g->c0 + f].s < e && s < fr[g->c0 + f].e)
            return 1;
    return 0;
}

typedef struct pair { double j; uint32_t p, g; } pair;

static int pair_cmp(const void *x, const void *y)
{
    const pair *a = x, *b = y;
    if (a->j != b->j)
        return a->j > b->j ? -1 : 1;
    if (a->p != b->p)
        return a->p < b->p ? -1 : 1;
    return a->g < b->g ? -1 : a->g > b->g;
}

/* Marks the gold attributions gs[0, ng) that quotes qs[0, nq) match, as
 * the scorer matches them (and in which[0, nq), when not NULL, the gold
 * each quote matches + 1, 0 for none); returns how many. */
static long match_quotes(const uint32_t *pre, const nm_quote *qs, size_t nq, gold *gs, size_t ng,
                         const frag *fr, uint32_t *which)
{
    pair *pairs = NULL;
    size_t np = 0, pcap = 0;
    long tp = 0;
    for (size_t i = 0; i < nq; i++)
        for (size_t j = 0; j < ng; j++) {
            double jac = jaccard(pre, (uint32_t)qs[i].start, (uint32_t)qs[i].end, &gs[j], fr);
            if (jac >= 0.5) {
                pairs = grow(pairs, &pcap, np + 1, sizeof *pairs);
                pairs[np++] = (pair){ jac, (uint32_t)i, (uint32_t)j };
            }
        }
    if (np)
        qsort(pairs, np, sizeof *pairs, pair_cmp);
    uint8_t *pused = calloc(nq + 1, 1);
    if (!pused)
        exit(3);
    for (size_t i = 0; i < np; i++)
        if (!pused[pairs[i].p] && !gs[pairs[i].g].matched) {
            pused[pairs[i].p] = 1;
            gs[pairs[i].g].matched = 1;
            tp++;
            if (which)
                which[pairs[i].p] = pairs[i].g + 1;
        }
    free(pused);
    free(pairs);
    return tp;
}

/* Precision, recall and F-beta (0 where a count is 0). */
static double prec(long tp, long np) { return np ? (double)tp / np : 0; }
static double rec(long tp, long ng) { return ng ? (double)tp / ng : 0; }
static double fbeta(double p, double r, double beta)
{
    return p + r > 0 ? (1 + beta * beta) * p * r / (beta * beta * p + r) : 0;
}

#endif
