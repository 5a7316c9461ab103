/*
 * features.c -- the tagger's features for every token of a document.
 *
 * The same code serves training and tagging, so a model always sees at run
 * time exactly the features it was trained on.  Features are hashed straight
 * to buckets (no strings are built): a feature is a template number mixed
 * with the hash of its value.
 *
 * Templates: the word (lower case and as written), its shape, prefixes and
 * suffixes, the words and shapes around it, capitalisation and position
 * flags (sentence start, all-capitals headline line), the word classes of
 * the lexicons for it and its neighbours, the lexicon phrase it is part of,
 * and two document-level features that matter for headlines and sentence
 * starts: whether the same word appears elsewhere in the document
 * capitalised in mid-sentence (a name) or in lower case (a common word).
 */
#include "tagger.h"
#include <stdlib.h>

static uint32_t fnv(uint32_t h, const unsigned char *s, size_t n, int fold)
{
    for (size_t i = 0; i < n; i++) {
        unsigned c = s[i];
        if (fold && c >= 'A' && c <= 'Z')
            c += 32;
        h = (h ^ c) * 16777619u;
    }
    return h;
}

#define H0 2166136261u

static inline uint32_t mix(uint32_t tmpl, uint32_t v)
{
    uint32_t h = v ^ (tmpl * 0x9E3779B1u);
    h ^= h >> 16;
    h *= 0x85EBCA6Bu;
    h ^= h >> 13;
    h *= 0xC2B2AE35u;
    h ^= h >> 16;
    return h & (TG_NBUCKETS - 1);
}

/* Shape with runs collapsed: "Xx", "X.X.", "dd-dd", "x-x"; at most 8 chars. */
static uint32_t shape_hash(const unsigned char *s, size_t n)
{
    uint32_t h = H0;
    int last = -1, len = 0;
    for (size_t i = 0; i < n && len < 8; i++) {
        unsigned c = s[i];
        int k;
        if (c >= 'A' && c <= 'Z') k = 'X';
        else if (c >= 'a' && c <= 'z') k = 'x';
        else if (c >= '0' && c <= '9') k = 'd';
        else if (c >= 0x80) k = (c & 0xC0) == 0x80 ? -2 : 'u';
        else k = (int)c;
        if (k == -2 || k == last)
            continue;
        h = (h ^ (uint32_t)k) * 16777619u;
        last = k;
        len++;
    }
    return h;
}

typedef struct tokinfo {
    uint32_t low, exact, shape;
    uint32_t cls;
    uint16_t flags;
    uint8_t kind;
} tokinfo;

/* Stands for the tokens beyond a sentence's ends. */
static const tokinfo none_info = { 0x1234567u, 0x1234567u, 0x7654321u, 0, TF_SENT_START, 0 };

/* Document word table: lower-case word hash -> what the document shows. */
#define DW_CAPMID 1u   /* capitalised, not at a sentence start or headline */
#define DW_LOWER  2u   /* in lower case */

static tg_slot *dw_find(tg_slot *t, uint32_t mask, uint32_t h)
{
    for (uint32_t i = h & mask;; i = (i + 1) & mask)
        if (t[i].h == h || t[i].h == 0)
            return &t[i];
}

static int dw_grow(tg_doc *g)
{
    uint32_t size = g->mask ? (g->mask + 1) * 2 : 1024;
    tg_slot *t = calloc(size, sizeof *t);
    if (!t)
        return -1;
    for (uint32_t i = 0; g->mask && i <= g->mask; i++)
        if (g->dw[i].h)
            *dw_find(t, size - 1, g->dw[i].h) = g->dw[i];
    free(g->dw);
    g->dw = t;
    g->mask = size - 1;
    return 0;
}

/* Hashes of one token: lower-case and exact word, shape.  Long tokens are
 * hashed on their first 64 bytes: enough to tell words apart, and bounded
 * work on a 10,000-character token. */
static void tok_hashes(const nm_doc *d, size_t i, tokinfo *ti)
{
    const nm_token *t = DOC_TOK(d, i);
    const unsigned char *s = (const unsigned char *)d->text + t->start;
    size_t len = t->end - t->start, hl = len < 64 ? len : 64;
    ti->low = fnv(H0, s, hl, 1) | 1;
    ti->exact = fnv(H0, s, hl, 0);
    ti->shape = shape_hash(s, hl);
    ti->cls = d->wcls ? d->wcls[i] : 0;
    ti->flags = t->flags;
    ti->kind = t->kind;
}

nm_status tg_doc_init(tg_doc *g, nm_doc *d)
{
    memset(g, 0, sizeof *g);
    g->d = d;
    size_t n = d->toks.n;
    nm_status st = nm_doc_word_classes(d);
    if (st)
        return st;
    if (!n)
        return NM_OK;
    g->phrase = calloc(n, 1);
    if (!g->phrase || dw_grow(g))
        goto oom;
    for (size_t i = 0; i < n; i++) {
        const nm_token *t = DOC_TOK(d, i);
        if (t->kind != TK_WORD)
            continue;
        tokinfo ti;
        tok_hashes(d, i, &ti);
        tg_slot *e = dw_find(g->dw, g->mask, ti.low);
        if (!e->h) {
            if ((g->used + 1) * 2 > g->mask) {
                if (dw_grow(g))
                    goto oom;
                e = dw_find(g->dw, g->mask, ti.low);
            }
            e->h = ti.low;
            g->used++;
        }
        if (t->flags & TF_LOWER)
            e->flags |= DW_LOWER;
        else if ((t->flags & TF_CAP) && !(t->flags & (TF_SENT_START | TF_CAPSLINE | TF_ALLCAPS)))
            e->flags |= DW_CAPMID;
    }
    /* Lexicon phrases: B (1) / I (2) with the class in the higher bits. */
    const nm_lexicon *lex = d->eng ? d->eng->lex : NULL;
    for (size_t i = 0; lex && i < n;) {
        size_t nt = 0;
        uint32_t c = (DOC_TOK(d, i)->flags & (TF_CAP | TF_ALLCAPS)) ? nm_lex_phrase(lex, d, i, &nt) : 0;
        if (nt >= 2) {
            uint8_t k = (c & (LX_COUNTRY | LX_REGION | LX_CITY | LX_PLACE_OTHER)) ? 4
                        : (c & LX_ORG) ? 8 : (c & LX_USER_PERSON) ? 12 : 16;
            for (size_t j = 0; j < nt; j++)
                g->phrase[i + j] = (uint8_t)(k | (j ? 2 : 1));
            i += nt;
        } else {
            i++;
        }
    }
    return NM_OK;
oom:
    tg_doc_free(g);
    return NM_ENOMEM;
}

void tg_doc_free(tg_doc *g)
{
    free(g->dw);
    free(g->phrase);
    memset(g, 0, sizeof *g);
}

void tg_window_features(const tg_doc *g, size_t a, size_t b, uint32_t *feats, uint8_t *nfeat)
{
    const nm_doc *d = g->d;
    size_t n = d->toks.n;
    tokinfo win[TG_WINDOW + 4];
    /* win[k] is token a - 2 + k */
    for (size_t k = 0; k < b - a + 4; k++) {
        size_t i = a + k;   /* token a - 2 + k, without going below 0 */
        if (i < 2 || i - 2 >= n)
            win[k] = none_info;
        else
            tok_hashes(d, i - 2, &win[k]);
    }
    for (size_t i = a; i < b; i++) {
        uint32_t *f = feats + (i - a) * TG_MAXFEAT;
        int k = 0;
        const tokinfo *w = &win[i - a + 2];
        const tokinfo *p1 = w - 1, *p2 = w - 2, *n1 = w + 1, *n2 = w + 2;
        if (w->flags & TF_SENT_START) { p1 = p2 = &none_info; }
        else if (p1->flags & TF_SENT_START) p2 = &none_info;
        if (n1->flags & TF_SENT_START) n1 = n2 = &none_info;
        else if (n2->flags & TF_SENT_START) n2 = &none_info;
        const nm_token *t = DOC_TOK(d, i);
        const unsigned char *s = (const unsigned char *)d->text + t->start;
        size_t len = t->end - t->start;
        uint16_t fl = w->flags & (TF_CAP | TF_ALLCAPS | TF_LOWER | TF_SENT_START | TF_CAPSLINE |
                                  TF_DIGIT | TF_ABBREV);

        f[k++] = mix(0, 0);
        f[k++] = mix(1, w->low);
        f[k++] = mix(2, w->exact);
        f[k++] = mix(3, w->shape);
        for (size_t m = 1; m <= 3; m++)           /* prefixes */
            if (len >= m + 1) f[k++] = mix(3 + (uint32_t)m, fnv(H0, s, m, 1));
        for (size_t m = 1; m <= 4; m++)           /* suffixes */
            if (len >= m + 1) f[k++] = mix(6 + (uint32_t)m, fnv(H0, s + len - m, m, 1));
        f[k++] = mix(11, p1->low);
        f[k++] = mix(12, n1->low);
        f[k++] = mix(13, p2->low);
        f[k++] = mix(14, n2->low);
        f[k++] = mix(15, p1->shape);
        f[k++] = mix(16, n1->shape);
        f[k++] = mix(17, p1->low * 31u + w->low);
        f[k++] = mix(18, w->low * 31u + n1->low);
        f[k++] = mix(19, fl);
        f[k++] = mix(20, p1->shape * 961u + w->shape * 31u + n1->shape);
        if (w->flags & TF_CAPSLINE)
            f[k++] = mix(21, w->low);                 /* headline word, case lost */
        f[k++] = mix(22, g->phrase[i]);
        if (w->kind == TK_WORD) {
            const tg_slot *e = dw_find(g->dw, g->mask, w->low);
            f[k++] = mix(23, (e->flags << 8) | (fl & (TF_CAP | TF_ALLCAPS | TF_SENT_START | TF_CAPSLINE)));
        }
        /* Word classes, one feature per class bit (few bits are set). */
        uint32_t c = w->cls;
        while (c && k < TG_MAXFEAT - 8) {
            unsigned bit = (unsigned)__builtin_ctz(c);
            c &= c - 1;
            f[k++] = mix(24, bit);
        }
        c = p1->cls & (LX_TITLE | WC_HONOR | WC_TITLEMOD | LX_SPEECH | WC_FUNC | LX_DEMONYM |
                       LX_COUNTRY | LX_CITY | WC_ORGWORD);
        while (c && k < TG_MAXFEAT - 4) {
            unsigned bit = (unsigned)__builtin_ctz(c);
            c &= c - 1;
            f[k++] = mix(25, bit);
        }
        c = n1->cls & (LX_TITLE | WC_ORGWORD | WC_PLACEHEAD | LX_SPEECH | WC_MISCHEAD | LX_COMMON);
        while (c && k < TG_MAXFEAT) {
            unsigned bit = (unsigned)__builtin_ctz(c);
            c &= c - 1;
            f[k++] = mix(26, bit);
        }
        nfeat[i - a] = (uint8_t)k;
    }
}
