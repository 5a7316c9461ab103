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
 *
 * Everything taken from a token alone is computed once per word type (same
 * bytes, same kind) of the document, not once per token.
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
    return tg_mix(tmpl, v);
}

/* A byte's shape character: X, x, d, u for a byte that opens a multi-byte
 * character, 0xFF for one that goes on one (skipped), the byte itself for
 * the rest of ASCII.  A table: shape_hash() read each byte through five
 * range tests. */
static const unsigned char shape_of[256] = {
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
    16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31,
    32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,
    'd', 'd', 'd', 'd', 'd', 'd', 'd', 'd', 'd', 'd', 58, 59, 60, 61, 62, 63,
    64, 'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X',
    'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X', 91, 92, 93, 94, 95,
    96, 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x',
    'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 123, 124, 125, 126, 127,
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u',
    'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u',
    'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u',
    'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u',
};

/* Shape with runs collapsed: "Xx", "X.X.", "dd-dd", "x-x"; at most 8 chars. */
static uint32_t shape_hash(const unsigned char *s, size_t n)
{
    uint32_t h = H0;
    int last = -1, len = 0;
    for (size_t i = 0; i < n && len < 8; i++) {
        int k = shape_of[s[i]];
        if (k == 0xFF || k == last)
            continue;
        h = (h ^ (uint32_t)k) * 16777619u;
        last = k;
        len++;
    }
    return h;
}

/* The class templates: the word's classes (24), and some of the previous
 * (25) and next word's (26). */
#define P1_CLASSES (LX_TITLE | WC_HONOR | WC_TITLEMOD | LX_SPEECH | WC_FUNC | LX_DEMONYM | \
                    LX_COUNTRY | LX_CITY | WC_ORGWORD | LX_GIVEN)
#define N1_CLASSES (LX_TITLE | WC_ORGWORD | WC_PLACEHEAD | LX_SPEECH | WC_MISCHEAD | LX_COMMON)

static int bit_count(uint32_t c)
{
    int k = 0;
    for (; c; c &= c - 1)
        k++;
    return k;
}

/* Stands for the tokens beyond a sentence's ends (types[0]). */
static const tg_type none_type = { 0, 0, 0, 0, 0, 0x1234567u, 0x1234567u, 0x7654321u, 0, 0, 0, 0, { 0, 0, 0 }, 0, 0, 0, 0, 0, 0 };
#define NONE_FLAGS TF_SENT_START

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

/* Hashes of a type: lower-case and exact word, shape.  Long tokens are
 * hashed on their first 64 bytes: enough to tell words apart, and bounded
 * work on a 10,000-character token. */
static void type_hashes(const unsigned char *s, size_t len, tg_type *ty)
{
    size_t hl = len < 64 ? len : 64;
    /* fnv() folded and not, in one pass; then shape_hash() */
    uint32_t low = H0, exact = H0;
    for (size_t i = 0; i < hl; i++) {
        unsigned c = s[i];
        exact = (exact ^ c) * 16777619u;
        low = (low ^ (c - 'A' < 26u ? c + 32 : c)) * 16777619u;
    }
    ty->low = low | 1;
    ty->exact = exact;
    ty->shape = shape_hash(s, hl);
}

static int types_grow(tg_doc *g)
{
    uint32_t size = g->tmask ? (g->tmask + 1) * 2 : 4096;
    uint32_t *t = calloc(size, sizeof *t);
    if (!t)
        return -1;
    for (uint32_t k = 1; k < g->ntypes; k++) {
        uint32_t j = g->types[k].key;
        while (t[j & (size - 1)])
            j++;
        t[j & (size - 1)] = k;
    }
    free(g->tslot);
    g->tslot = t;
    g->tmask = size - 1;
    tg_type *ty = realloc(g->types, (size / 2 + 1) * sizeof *ty);
    if (!ty)
        return -1;
    g->types = ty;
    g->tcap = size / 2 + 1;
    return 0;
}

/* Whether a type may be or border a name (tg_type.live): anything but
 * punctuation, quotation marks, dashes and words of lower-case ASCII letters
 * (with hyphens, apostrophes, periods).  A capital anywhere counts:
 * "pro-Israel", "al-Watani". */
static uint8_t type_live(const unsigned char *s, size_t len, int kind)
{
    if (kind == TK_PUNCT || kind == TK_QUOTE || kind == TK_DASH)
        return 0;
    if (kind != TK_WORD)
        return 1;
    for (size_t k = 0; k < len; k++)
        if ((s[k] >= 'A' && s[k] <= 'Z') || (s[k] >= '0' && s[k] <= '9') || s[k] >= 0x80)
            return 1;
    return 0;
}

/* "The", "He", "But": a function word capitalised (at a sentence's start),
 * no name by itself -- unless a lexicon or list also knows it as something
 * else ("May", "Will").  A name it opens ("The Hague") has a live word
 * beside it. */
static int capital_function_word(const unsigned char *s, size_t len, uint32_t cls)
{
    if (!(cls & WC_FUNC) || (cls & ~(WC_FUNC | WC_PRONOUN | WC_DATEWORD | LX_COMMON | LX_SPEECH)))
        return 0;
    if (len < 2 || !(s[0] >= 'A' && s[0] <= 'Z'))
        return 0;
    for (size_t k = 1; k < len; k++)
        if (!(s[k] >= 'a' && s[k] <= 'z'))
            return 0;
    return 1;
}

/* A token's bytes as the type table sees them: its first and last 8 bytes
 * as two words (a shorter token zero-filled, in both), read 8 at a time --
 * a token of up to 16 bytes is equal to a type exactly when both words and
 * the length are -- and a hash of them.  avail: the bytes of text from s on. */
static inline uint64_t load8(const unsigned char *s)
{
    uint64_t v;
    memcpy(&v, s, 8);
    return v;
}

static uint32_t word_key(const unsigned char *s, size_t len, size_t avail, uint64_t *w0, uint64_t *w1)
{
    if (len >= 8) {
        *w0 = load8(s);
        *w1 = load8(s + len - 8);
    } else {
        uint64_t v = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
        if (avail >= 8 && len)
            v = load8(s) & ~(~(uint64_t)0 >> (8 * len));
        else
            for (size_t k = 0; k < len; k++)
                v |= (uint64_t)s[k] << (56 - 8 * k);
#else
        if (avail >= 8)
            v = load8(s) & (((uint64_t)1 << (8 * len)) - 1);
        else
            for (size_t k = 0; k < len; k++)
                v |= (uint64_t)s[k] << (8 * k);
#endif
        *w0 = *w1 = v;
    }
    uint64_t h = (*w0 * 0x9E3779B97F4A7C15u) ^ (*w1 * 0xC2B2AE3D27D4EB4Fu) ^ len;
    return (uint32_t)(h >> 32) ^ (uint32_t)h;
}

/* A name's contexts (TG_CTX): the lower-case hashes of the first TG_CTX
 * different words seen before it (after it in the next TG_CTX slots), 0
 * for none; CTX_EDGE stands for a sentence's edge. */
#define CTX_EDGE 0x55u

static void ctx_add(uint32_t *cx, uint32_t h)
{
    for (int j = 0; j < TG_CTX; j++) {
        if (cx[j] == h)
            return;
        if (!cx[j]) {
            cx[j] = h;
            return;
        }
    }
}

/* Adds the words around token i of type ty (ty->ctx == 1) to its
 * contexts; when both sides are full, the type stops gathering (2). */
static void gather_ctx(tg_doc *g, tg_type *ty, size_t i)
{
    const nm_doc *d = g->d;
    uint32_t *cx = g->ctx + (size_t)ty->ctxi * TG_CTX_SLOTS;
    int first = i == 0 || (DOC_TOK(d, i)->flags & TF_SENT_START);
    int last = i + 1 == d->toks.n || (DOC_TOK(d, i + 1)->flags & TF_SENT_START);
    ctx_add(cx, first ? CTX_EDGE : g->types[g->tok_type[i - 1]].low);
    ctx_add(cx + TG_CTX, last ? CTX_EDGE : g->types[g->tok_type[i + 1]].low);
    if (cx[TG_CTX - 1] && cx[TG_CTX_SLOTS - 1])
        ty->ctx = 2;
}

static int ctx_count(const uint32_t *cx)
{
    int n = 0;
    for (int j = 0; j < TG_CTX_SLOTS; j++)
        n += cx[j] != 0;
    return n;
}

/* Number of word_features() of a type, without computing them (and its
 * contexts, which are added when the document has been read). */
static int word_feature_count(const tg_type *ty)
{
    size_t m = ty->len ? ty->len - 1 : 0;
    return 4 + (int)(m < 3 ? m : 3) + (int)(m < 4 ? m : 4);
}

static uint32_t type_of(tg_doc *g, size_t i, const uint32_t *cls);

/* Adds token i's type at the empty slot j of the type table (key, w0, w1
 * as word_key() gave them); its index, 0 when out of memory. */
static uint32_t type_add(tg_doc *g, size_t i, const uint32_t *cls, uint32_t j, uint32_t key,
                         uint64_t w0, uint64_t w1)
{
    const nm_token *t = DOC_TOK(g->d, i);
    const unsigned char *s = (const unsigned char *)g->d->text + t->start;
    uint32_t len = t->end - t->start;
    if (g->ntypes + 1 >= g->tcap) {
        if (types_grow(g))
            return 0;
        return type_of(g, i, cls);      /* probe the new table */
    }
    uint32_t k = g->ntypes++;
    tg_type *ty = &g->types[k];
    ty->w0 = w0;
    ty->w1 = w1;
    ty->key = key;
    ty->start = t->start;
    ty->len = len;
    type_hashes(s, len, ty);
    ty->kind = t->kind;
    ty->dwf = 0;
    /* as nm_doc_word_classes() has them: a function of the bytes
     * and kind, so looked up once per type */
    unsigned cue = 0;
    if (cls) {
        /* classes filled before the tagger ran lack LX_GIVEN (never so in
         * analyze() or nm-train) */
        const nm_lexicon *lex = g->d->eng ? g->d->eng->lex : NULL;
        ty->cls = cls[i];
        ty->tcls = cls[i] | (t->kind == TK_WORD && lex && nm_lex_gender(lex, (const char *)s, len) ? LX_GIVEN : 0);
    } else {
        ty->tcls = t->kind == TK_WORD ? nm_word_class_all(g->d, (const char *)s, len, &cue) : 0;
        ty->cls = ty->tcls & ~LX_GIVEN;     /* (the rules never read it) */
    }
    ty->cue = (uint8_t)cue;
    if (cue)
        nm_doc_add_cue(g->d, i, cue);      /* (its flags, once per word) */
    ty->ncls[0] = (uint8_t)bit_count(ty->tcls);
    ty->ncls[1] = (uint8_t)bit_count(ty->tcls & P1_CLASSES);
    ty->ncls[2] = (uint8_t)bit_count(ty->tcls & N1_CLASSES);
    ty->nfix = (uint8_t)(word_feature_count(ty) + (ty->kind == TK_WORD) + ty->ncls[0]);
    ty->head = 0;
    ty->live = type_live(s, len, t->kind) && !capital_function_word(s, len, ty->cls);
    ty->ctx = t->kind == TK_WORD && (t->flags & TF_CAP) && ty->live;
    g->tslot[j & g->tmask] = k;
    if (len == 1)
        g->one[s[0]][t->kind] = k;
    return k;
}

/* The type table probed for the token t at s (key, w0, w1 as word_key()
 * gave them): its type, or 0 with the empty slot in *j.  The table's
 * fields are passed in: the caller's loop keeps them in registers. */
static inline uint32_t probe_type(const uint32_t *tslot, uint32_t tmask, const tg_type *types, const char *text,
                                  const nm_token *t, const unsigned char *s, uint32_t key, uint64_t w0,
                                  uint64_t w1, uint32_t *j)
{
    uint32_t len = t->end - t->start;
    for (uint32_t x = key;; x++) {
        uint32_t k = tslot[x & tmask];
        if (!k) {
            *j = x;
            return 0;
        }
        const tg_type *ty = &types[k];
        if (ty->key == key && ty->w0 == w0 && ty->w1 == w1 && ty->len == len && ty->kind == t->kind &&
            (len <= 16 || !memcmp(text + ty->start, s, len)))
            return k;
    }
}

/* The type of token i, added if new; 0 when out of memory.  A new type
 * takes its word classes from cls, or looks them up when cls is NULL. */
static uint32_t type_of(tg_doc *g, size_t i, const uint32_t *cls)
{
    const nm_token *t = DOC_TOK(g->d, i);
    const unsigned char *s = (const unsigned char *)g->d->text + t->start;
    uint32_t len = t->end - t->start;
    if (len == 1 && g->one[s[0]][t->kind])
        return g->one[s[0]][t->kind];
    uint64_t w0, w1;
    uint32_t key = word_key(s, len, g->d->len - t->start, &w0, &w1), j;
    uint32_t k = probe_type(g->tslot, g->tmask, g->types, g->d->text, t, s, key, w0, w1, &j);
    return k ? k : type_add(g, i, cls, j, key, w0, w1);
}

nm_status tg_doc_init(tg_doc *g, nm_doc *d)
{
    memset(g, 0, sizeof *g);
    g->d = d;
    size_t n = d->toks.n;
    if (!n)
        return NM_OK;
    /* The word classes, unless some module asked for them first, are filled
     * here, per type. */
    uint32_t *wcls = d->wcls;
    if (!wcls && (!(wcls = nm_arena_alloc(&d->arena, n * sizeof *wcls)) || nm_doc_cues(d, n)))
        return NM_ENOMEM;
    g->phrase = calloc(n, 1);
    g->tok_type = malloc(n * sizeof *g->tok_type);
    if (!g->phrase || !g->tok_type || dw_grow(g) || types_grow(g))
        goto oom;
    g->types[0] = none_type;
    g->ntypes = 1;
    /* in locals: the stores below might otherwise alias them */
    const uint32_t *given = d->wcls;
    uint64_t *cue_bits = d->cue_bits;
    uint32_t *tok_type = g->tok_type;
    /* (the token array, text and type table in locals, refreshed after a
     * type is added: the stores below may alias what they are read from) */
    const nm_token *toks = d->toks.data;
    const char *text = d->text;
    size_t tlen = d->len;
    const uint32_t *tslot = g->tslot;
    uint32_t tmask = g->tmask;
    tg_type *types = g->types;
    for (size_t i = 0; i < n; i++) {
        const nm_token *t = &toks[i];
        const unsigned char *s = (const unsigned char *)text + t->start;
        uint32_t len = t->end - t->start, k = len == 1 ? g->one[s[0]][t->kind] : 0;
        if (!k) {
            uint64_t w0, w1;
            uint32_t key = word_key(s, len, tlen - t->start, &w0, &w1), j;
            k = probe_type(tslot, tmask, types, text, t, s, key, w0, w1, &j);
            if (!k) {
                if (!(k = type_add(g, i, given, j, key, w0, w1)))
                    goto oom;
                tslot = g->tslot;
                tmask = g->tmask;
                types = g->types;
            }
        }
        tg_type *ty = &types[k];
        uint32_t cls = ty->cls;
        uint8_t cue = ty->cue, kind = ty->kind;
        uint16_t fl = t->flags;
        tok_type[i] = k;
        if (!given) {
            wcls[i] = cls;
            if (cue)
                cue_bits[i >> 6] |= (uint64_t)1 << (i & 63);
        }
        if (kind != TK_WORD)
            continue;
        /* what this spelling shows; joined by lower-case form below */
        if (fl & TF_LOWER)
            ty->dwf |= DW_LOWER;
        else if ((fl & TF_CAP) && !(fl & (TF_SENT_START | TF_CAPSLINE | TF_ALLCAPS)))
            ty->dwf |= DW_CAPMID;
    }
    d->wcls = wcls;
    for (uint32_t k = 1; k < g->ntypes; k++) {
        const tg_type *ty = &g->types[k];
        if (ty->kind != TK_WORD || !ty->dwf)
            continue;
        tg_slot *e = dw_find(g->dw, g->mask, ty->low);
        if (!e->h) {
            if ((g->used + 1) * 2 > g->mask) {
                if (dw_grow(g))
                    goto oom;
                e = dw_find(g->dw, g->mask, ty->low);
            }
            e->h = ty->low;
            g->used++;
        }
        e->flags |= ty->dwf;
    }
    for (uint32_t k = 1; k < g->ntypes; k++)
        if (g->types[k].kind == TK_WORD)
            g->types[k].dwf = (uint8_t)dw_find(g->dw, g->mask, g->types[k].low)->flags;
    /* Context slots for the types that have them only (a third or so of a
     * document's types): a row for every type made the tagger's peak memory
     * 0.4x the input larger. */
    uint32_t nctx = 0;
    for (uint32_t k = 1; k < g->ntypes; k++)
        if (g->types[k].ctx)
            g->types[k].ctxi = nctx++;
    if (nctx && !(g->ctx = calloc((size_t)nctx * TG_CTX_SLOTS, sizeof *g->ctx)))
        goto oom;
    /* Lexicon phrases: B (1) / I (2) with the class in the higher bits;
     * and the contexts of capitalised words (a phrase's inner words' too). */
    const nm_lexicon *lex = d->eng ? d->eng->lex : NULL;
    for (size_t i = 0; i < n;) {
        size_t nt = 0;
        uint32_t c = 0;
        if (toks[i].flags & (TF_CAP | TF_ALLCAPS)) {      /* (toks: no reload after the stores) */
            tg_type *ty = &g->types[g->tok_type[i]];   /* most words start no phrase */
            if (ty->ctx == 1)
                gather_ctx(g, ty, i);
            if (lex && !ty->head)
                ty->head = 1 + nm_lex_phrase_head(lex, d->text + ty->start, ty->len);
            if (ty->head == 2)
                c = nm_lex_phrase(lex, d, i, &nt);
        }
        if (nt >= 2) {
            uint8_t k = (c & (LX_COUNTRY | LX_REGION | LX_CITY | LX_PLACE_OTHER)) ? 4
                        : (c & LX_ORG) ? 8 : (c & LX_USER_PERSON) ? 12 : 16;
            for (size_t j = 0; j < nt; j++) {
                g->phrase[i + j] = (uint8_t)(k | (j ? 2 : 1));
                tg_type *ty = &g->types[g->tok_type[i + j]];
                if (j && ty->ctx == 1)
                    gather_ctx(g, ty, i + j);
            }
            i += nt;
        } else {
            i++;
        }
    }
    for (uint32_t k = 1; k < g->ntypes; k++)
        if (g->types[k].ctx)
            g->types[k].nfix = (uint8_t)(g->types[k].nfix + ctx_count(g->ctx + (size_t)g->types[k].ctxi * TG_CTX_SLOTS));
    return NM_OK;
oom:
    tg_doc_free(g);
    return NM_ENOMEM;
}

void tg_doc_free(tg_doc *g)
{
    free(g->dw);
    free(g->phrase);
    free(g->types);
    free(g->tslot);
    free(g->tok_type);
    free(g->ctx);
    memset(g, 0, sizeof *g);
}

/* ---- the templates ---------------------------------------------------------- */

/* Templates 0-10, from the word alone: bias, word, shape, prefixes and
 * suffixes. */
static int word_features(const tg_doc *g, const tg_type *ty, uint32_t *f)
{
    const unsigned char *s = (const unsigned char *)g->d->text + ty->start;
    size_t len = ty->len;
    int k = 0;
    f[k++] = mix(0, 0);
    f[k++] = mix(1, ty->low);
    f[k++] = mix(2, ty->exact);
    f[k++] = mix(3, ty->shape);
    for (size_t m = 1; m <= 3; m++)           /* prefixes */
        if (len >= m + 1) f[k++] = mix(3 + (uint32_t)m, fnv(H0, s, m, 1));
    for (size_t m = 1; m <= 4; m++)           /* suffixes */
        if (len >= m + 1) f[k++] = mix(6 + (uint32_t)m, fnv(H0, s + len - m, m, 1));
    if (ty->ctx) {                            /* 27, 28: the words around it in the document */
        const uint32_t *cx = g->ctx + (size_t)ty->ctxi * TG_CTX_SLOTS;
        for (int j = 0; j < TG_CTX_SLOTS; j++)
            if (cx[j])
                f[k++] = mix(j < TG_CTX ? 27 : 28, cx[j]);
    }
    return k;
}


/* The tokens around token i within its sentence: p1, p2 before, n1, n2
 * after; (size_t)-1 beyond the sentence's ends. */
#define NO_TOK ((size_t)-1)
typedef struct nbrs { size_t p1, p2, n1, n2; } nbrs;

static uint16_t flags_at(const nm_doc *d, size_t i)
{
    return i == NO_TOK ? NONE_FLAGS : DOC_TOK(d, i)->flags;
}

static void neighbours(const nm_doc *d, size_t i, nbrs *nb)
{
    size_t n = d->toks.n;
    nb->p1 = i >= 1 ? i - 1 : NO_TOK;
    nb->p2 = i >= 2 ? i - 2 : NO_TOK;
    nb->n1 = i + 1 < n ? i + 1 : NO_TOK;
    nb->n2 = i + 2 < n ? i + 2 : NO_TOK;
    if (DOC_TOK(d, i)->flags & TF_SENT_START) nb->p1 = nb->p2 = NO_TOK;
    else if (flags_at(d, nb->p1) & TF_SENT_START) nb->p2 = NO_TOK;
    if (flags_at(d, nb->n1) & TF_SENT_START) nb->n1 = nb->n2 = NO_TOK;
    else if (flags_at(d, nb->n2) & TF_SENT_START) nb->n2 = NO_TOK;
}

static uint32_t type_at(const tg_doc *g, size_t i)
{
    return i == NO_TOK ? 0 : g->tok_type[i];
}

static uint32_t cls_at(const tg_doc *g, size_t i)
{
    return i == NO_TOK ? 0 : g->types[g->tok_type[i]].tcls;
}


/* One feature of template tmpl per bit of c while there are fewer than max
 * features in all (k before the call); the new k. */
static int class_features(uint32_t tmpl, uint32_t c, int k, int max, uint32_t *f)
{
    while (c && k < max) {
        unsigned bit = (unsigned)__builtin_ctz(c);
        c &= c - 1;
        f[k++] = mix(tmpl, bit);
    }
    return k;
}

int tg_flag_features(uint32_t key, uint32_t *f)
{
    uint32_t fl = key & 0xFFFu;
    int k = 0;
    f[k++] = mix(19, fl);
    f[k++] = mix(22, (key >> 12) & 0xFFu);
    if (key & (1u << 20))
        f[k++] = mix(23, (key >> 21) << 8 | (fl & (TF_CAP | TF_ALLCAPS | TF_SENT_START | TF_CAPSLINE)));
    return k;
}

/* Templates 17-26 of token i into f[k..], after the k features of the
 * other templates (the class templates stop at fixed totals); the new k. */
static int context_features(const tg_doc *g, size_t i, const nbrs *nb, uint32_t *f, int k)
{
    const tg_type *w = &g->types[g->tok_type[i]];
    const tg_type *p1 = &g->types[type_at(g, nb->p1)], *n1 = &g->types[type_at(g, nb->n1)];
    uint16_t wf = DOC_TOK(g->d, i)->flags;
    uint16_t fl = wf & (TF_CAP | TF_ALLCAPS | TF_LOWER | TF_SENT_START | TF_CAPSLINE | TF_DIGIT |
                        TF_ABBREV);
    f[k++] = mix(17, p1->low * 31u + w->low);
    f[k++] = mix(18, w->low * 31u + n1->low);
    f[k++] = mix(19, fl);
    f[k++] = mix(20, p1->shape * 961u + w->shape * 31u + n1->shape);
    if (wf & TF_CAPSLINE)
        f[k++] = mix(21, w->low);                 /* headline word, case lost */
    f[k++] = mix(22, g->phrase[i]);
    if (w->kind == TK_WORD)
        f[k++] = mix(23, ((uint32_t)w->dwf << 8) | (fl & (TF_CAP | TF_ALLCAPS | TF_SENT_START | TF_CAPSLINE)));
    /* Word classes, one feature per class bit (few bits are set). */
    k = class_features(24, cls_at(g, i), k, TG_MAXFEAT - 8, f);
    k = class_features(25, cls_at(g, nb->p1) & P1_CLASSES, k, TG_MAXFEAT - 4, f);
    return class_features(26, cls_at(g, nb->n1) & N1_CLASSES, k, TG_MAXFEAT, f);
}

/* ---- the two ways to get them ------------------------------------------------ */

int tg_token_features(const tg_doc *g, size_t i, uint32_t *f)
{
    /* The trainer sums float weights: keep the templates in their order. */
    nbrs nb;
    neighbours(g->d, i, &nb);
    const tg_type *p1 = &g->types[type_at(g, nb.p1)], *p2 = &g->types[type_at(g, nb.p2)];
    const tg_type *n1 = &g->types[type_at(g, nb.n1)], *n2 = &g->types[type_at(g, nb.n2)];
    int k = word_features(g, &g->types[g->tok_type[i]], f);
    f[k++] = mix(11, p1->low);
    f[k++] = mix(12, n1->low);
    f[k++] = mix(13, p2->low);
    f[k++] = mix(14, n2->low);
    f[k++] = mix(15, p1->shape);
    f[k++] = mix(16, n1->shape);
    return context_features(g, i, &nb, f, k);
}

void tg_window_features(const tg_doc *g, size_t a, size_t b, uint32_t *feats, uint8_t *nfeat)
{
    for (size_t i = a; i < b; i++)
        nfeat[i - a] = (uint8_t)tg_token_features(g, i, feats + (i - a) * TG_MAXFEAT);
}

int tg_role_features(const tg_doc *g, uint32_t type, int role, uint32_t *f)
{
    const tg_type *ty = &g->types[type];
    int k;
    switch (role) {
    case TG_R_WORD:
        k = word_features(g, ty, f);
        return class_features(24, ty->tcls, k, TG_ROLEFEAT, f);
    case TG_R_P1:
        f[0] = mix(11, ty->low);
        f[1] = mix(15, ty->shape);
        return class_features(25, ty->tcls & P1_CLASSES, 2, TG_ROLEFEAT, f);
    case TG_R_P2: f[0] = mix(13, ty->low); return 1;
    case TG_R_N1:
        f[0] = mix(12, ty->low);
        f[1] = mix(16, ty->shape);
        return class_features(26, ty->tcls & N1_CLASSES, 2, TG_ROLEFEAT, f);
    case TG_R_N2: f[0] = mix(14, ty->low); return 1;
    }
    return 0;
}
