/*
 * nm.h -- internal declarations shared by the modules of the core.
 *
 * The pipeline (engine.c) runs over one nm_doc:
 *
 *   text.c        bytes -> tokens, sentences, paragraphs
 *   tagger.c      tokens -> person/org/place labels (statistical, optional)
 *   tagfix.c      repairs of those labels that hold whatever the model learnt
 *   entities.c    labels + rules + lexicons -> mentions (person, org, place)
 *   titles.c      office / role mentions and the person holding them
 *   dates.c       date mentions
 *   coref.c       mentions -> entities (canonical name, aliases, titles)
 *   quotes.c      direct quotes (quotation marks)
 *   attribution.c the attribution pass (attr.h: attr_direct.c direct quotes,
 *                 attr_reported.c reported speech, attr_speakers.c speakers;
 *                 the learned passes attr_learned.c with claims.c, the claim
 *                 model, and attr_quoted.c with quoted.c, the quoted-span
 *                 model, both read by linmodel.c)
 *   turns.c       one quote per speaker's turn ("A," she said, "B.")
 *   qmarks.c      a quote's extent over the quotation marks around it
 *   result.c      doc -> the public nm_result
 *
 * Helpers they share: alloc.c (vectors, the doc's arena), tokmap.c (sparse
 * per-token values), strtab.c and strtab.h (case-folded name table),
 * runsort.h (the stable sort of mention lists).
 *
 * Every module reads what earlier modules wrote into the doc and appends its
 * own findings.  All doc memory is freed at once by nm_doc_free().
 */
#ifndef NM_H
#define NM_H

#include "newsmark.h"
#include "cues.h"
#include <stdint.h>
#include <stddef.h>
#include <string.h>

/* ---- growable arrays ------------------------------------------------------ */

typedef struct nm_vec {
    void *data;
    size_t n, cap;
} nm_vec;

/* Ensures room for n more elements; 0 on success, -1 on OOM. */
int nm_vec_reserve(nm_vec *v, size_t elsize, size_t more);
/* Appends one zeroed element of elsize bytes; returns it, or NULL on OOM.
 * Inline: the modules push ~100,000 elements per MB of text, each of a
 * size known where it is pushed, so the zeroing is a few stores. */
static inline void *nm_vec_push(nm_vec *v, size_t elsize)
{
    if (v->n == v->cap && nm_vec_reserve(v, elsize, 1))
        return NULL;
    void *el = (char *)v->data + v->n * elsize;
    memset(el, 0, elsize);
    v->n++;
    return el;
}
void nm_vec_free(nm_vec *v);
#define NM_VEC_AT(v, T, i) (((T *)(v).data)[i])

/* ---- tokens ---------------------------------------------------------------- */

enum nm_tok_kind {
    TK_WORD = 0,     /* letters (and digits, hyphens, inner apostrophes/periods) */
    TK_NUM,          /* starts with a digit: 1996-08-30, 3.5, 1,000 */
    TK_PUNCT,        /* . , ; : ! ? ( ) [ ] and the like */
    TK_QUOTE,        /* any quotation mark, straight or typographic */
    TK_DASH,         /* em / en dash, "--" */
    TK_SYMBOL        /* anything else, including invalid UTF-8 bytes */
};

#define TF_CAP          0x0001u  /* first letter is uppercase */
#define TF_ALLCAPS      0x0002u  /* every letter uppercase (at least one) */
#define TF_LOWER        0x0004u  /* first letter is lowercase */
#define TF_DIGIT        0x0008u  /* contains a digit */
#define TF_SENT_START   0x0010u  /* first token of a sentence */
#define TF_PARA_START   0x0020u  /* first token of a paragraph */
#define TF_LINE_START   0x0040u  /* first token on its line */
#define TF_SPACE_BEFORE 0x0080u  /* white space (or start of text) before it */
#define TF_ABBREV       0x0100u  /* ends with a period that is part of it: Mr. U.S. */
#define TF_CAPSLINE     0x0200u  /* on a line written all in capitals (headline) */
#define TF_NEWLINE_BEFORE 0x0400u /* a line break precedes it */
#define TF_SPACE_AFTER  0x0800u  /* white space (or end of text) after it */

/* Quotation mark roles (TK_QUOTE tokens, field qside). */
#define TQ_OPEN  1u
#define TQ_CLOSE 2u
#define TQ_AMBIG 3u   /* straight mark with no clear side */

/* 12 bytes: the token arrays are the largest item of an analysis, so a
 * token's first code point is read from the text (nm_tok_cp()) rather
 * than kept in it. */
typedef struct nm_token {
    uint32_t start, end;   /* byte offsets */
    uint16_t flags;        /* TF_* */
    uint8_t kind;          /* nm_tok_kind */
    uint8_t qside;         /* TQ_* for TK_QUOTE */
} nm_token;

typedef struct nm_sent {
    uint32_t t0, t1;       /* token range [t0, t1) */
    uint32_t para;         /* paragraph index */
} nm_sent;

typedef struct nm_para {
    uint32_t s0, s1;       /* sentence range [s0, s1) */
    uint32_t start, end;   /* byte range */
} nm_para;

/* ---- findings --------------------------------------------------------------- */

/* Where a mention came from, for debugging and precedence. */
enum nm_source { SRC_TAGGER = 0, SRC_LEXICON, SRC_RULE, SRC_CONTEXT, SRC_USER };

typedef struct nm_mention {
    uint32_t start, end;   /* bytes */
    uint32_t t0, t1;       /* tokens [t0, t1) */
    uint8_t type;          /* nm_type */
    uint8_t source;        /* nm_source */
    uint8_t pronoun;       /* 1: "he", "she", ... (never shown as a span) */
    uint8_t role;          /* 1: role noun speaker ("the minister") */
    int32_t entity;        /* entity index, -1 until coref.c */
    int32_t holder;        /* titles: index of the person mention holding it, -1 */
} nm_mention;

typedef struct nm_ent {
    uint8_t type;
    uint8_t sex;           /* persons: NM_SEX_*, from an honorific or a given name; 0 unknown */
    uint8_t sex_hon;       /* 1: an honorific ("Mr.", "Mrs.") told the sex */
    const char *name;      /* in doc arena */
    nm_vec aliases;        /* const char * */
    nm_vec titles;         /* const char * */
    nm_vec mentions;       /* uint32_t mention indices, text order */
} nm_ent;

/* One content fragment of an interrupted quote ("A," she said, "B"). */
typedef struct nm_qpart {
    uint32_t start, end;
} nm_qpart;

typedef struct nm_q {
    uint32_t start, end;         /* content: first fragment to last */
    uint8_t direct;
    uint8_t marked;              /* a quote between marks (quotes.c), not reported speech */
    uint8_t own_cue;             /* marked: its cue stands beside its own marks */
    uint32_t part0, nparts;      /* fragments in doc qparts; nparts 0: one, [start, end) */
    int64_t cue_start, cue_end;  /* -1 when absent */
    int64_t spk_start, spk_end;  /* -1 when absent */
    int32_t speaker;             /* mention index of the speaker, -1 */
    int32_t entity;              /* resolved entity, -1 */
    int32_t addressee;           /* entity, -1 */
    int32_t addressee_mention;   /* mention index, -1 */
} nm_q;

/* ---- the engine ---------------------------------------------------------------- */

typedef struct nm_lexicon nm_lexicon;   /* lexicon.c */
typedef struct nm_tagger nm_tagger;     /* tagger.c */
typedef struct nm_claims nm_claims;     /* claims.c */
typedef struct nm_quoted nm_quoted;     /* quoted.c */
typedef struct nm_dates_data nm_dates_data;   /* dates.c */
typedef struct nm_wordidx nm_wordidx;   /* wordclass.c */

struct nm_engine {
    nm_lexicon *lex;
    nm_tagger *tagger;        /* NULL when no_tagger */
    nm_claims *claims;        /* the learned claim-cue model; NULL when no_tagger */
    nm_quoted *quoted;        /* the learned quoted-span model; NULL when no_tagger */
    nm_dates_data *dates;
    nm_wordidx *words;        /* wordclass.c's built-in words, hashed */
    int jit;
};

/* ---- the document under analysis ----------------------------------------------- */

typedef struct nm_arena_block nm_arena_block;
typedef struct nm_arena {
    nm_arena_block *head;
} nm_arena;

void *nm_arena_alloc(nm_arena *a, size_t n);             /* NULL on OOM */
char *nm_arena_strndup(nm_arena *a, const char *s, size_t n);
void nm_arena_free(nm_arena *a);

typedef struct nm_doc {
    const nm_engine *eng;
    const char *text;
    size_t len;
    nm_vec toks;       /* nm_token */
    nm_vec sents;      /* nm_sent */
    nm_vec paras;      /* nm_para */
    uint8_t *labels;   /* tagger label per token (NM_LBL_*), NULL without tagger;
                        * freed once entities.c has read it */
    nm_vec mentions;   /* nm_mention */
    nm_vec ents;       /* nm_ent */
    nm_vec quotes;     /* nm_q */
    nm_vec qparts;     /* nm_qpart: content fragments of quotes merged by turns.c
                        * or widened over their marks by qmarks.c */
    uint64_t *sent_bits; /* bit per token: it starts a sentence (nm_tok_sent) */
    uint32_t *sent_rank; /* sentences started before each 64 tokens */
    nm_arena arena;
    uint32_t *wcls;    /* word classes per token (LX_* | WC_*), in the arena; NULL
                        * until nm_doc_word_classes() (entities.c calls it) */
    uint64_t *cue_bits; /* bit per token: a word of cues.c's table, filled with
                         * wcls (once per distinct word): nm_tok_cue() */
    struct nm_cue_memo *cue_memo;   /* those words' flags (nm_tok_cue()) */
    struct nm_claim_trace *trace;   /* training only (claims.h); NULL */
    struct nm_quoted_trace *qtrace; /* training only (quoted.h); NULL */
} nm_doc;

#define DOC_TOK(d, i)   (&((nm_token *)(d)->toks.data)[i])
#define DOC_SENT(d, i)  (&((nm_sent *)(d)->sents.data)[i])
#define DOC_PARA(d, i)  (&((nm_para *)(d)->paras.data)[i])
#define DOC_MENT(d, i)  (&((nm_mention *)(d)->mentions.data)[i])
#define DOC_ENT(d, i)   (&((nm_ent *)(d)->ents.data)[i])
#define DOC_QUOTE(d, i) (&((nm_q *)(d)->quotes.data)[i])
#define DOC_NTOK(d)     ((d)->toks.n)

/* Bits set in x (without -mpopcnt, __builtin_popcount is a library call). */
static inline unsigned nm_popcount64(uint64_t x)
{
    x = x - ((x >> 1) & 0x5555555555555555u);
    x = (x & 0x3333333333333333u) + ((x >> 2) & 0x3333333333333333u);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Fu;
    return (unsigned)((x * 0x0101010101010101u) >> 56);
}

/* Sentence index of token i: the sentence starts up to it, counted in a
 * bitmap (1/8 byte a token, where a table would take 4). */
static inline uint32_t nm_tok_sent(const nm_doc *d, size_t i)
{
    uint64_t upto = ((uint64_t)2 << (i & 63)) - 1;     /* bits 0..i%64 */
    return d->sent_rank[i >> 6] + nm_popcount64(d->sent_bits[i >> 6] & upto) - 1;
}


/* The first token at or after i with a tagger label other than O, or n:
 * the tagger's passes after decoding and entities.c's candidates read
 * only labelled tokens, and most tokens are O, skipped 8 at a time. */
static inline size_t nm_next_labelled(const uint8_t *lab, size_t i, size_t n)
{
    uint64_t w;
    while (i + 8 <= n) {
        memcpy(&w, lab + i, 8);
        if (w) {
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
            return i + (size_t)__builtin_ctzll(w) / 8;   /* its first non-zero byte */
#else
            break;
#endif
        }
        i += 8;
    }
    while (i < n && !lab[i])
        i++;
    return i;
}

/* Tagger labels (BIO over person / org / place / misc). */
enum {
    NM_LBL_O = 0,
    NM_LBL_B_PER, NM_LBL_I_PER,
    NM_LBL_B_ORG, NM_LBL_I_ORG,
    NM_LBL_B_LOC, NM_LBL_I_LOC,
    NM_LBL_B_MISC, NM_LBL_I_MISC,
    NM_LBL_COUNT
};

/* ---- module entry points ---------------------------------------------------------- */

/* Eight bytes at once: ASCII capitals to lower case (no carry crosses a
 * byte; bytes over 0x7F are left alone). */
static inline uint64_t nm_fold8(uint64_t x)
{
    uint64_t low7 = x & 0x7F7F7F7F7F7F7F7Fu;
    uint64_t ge_a = low7 + 0x3F3F3F3F3F3F3F3Fu;     /* bit 7: byte >= 'A' */
    uint64_t gt_z = low7 + 0x2525252525252525u;     /* bit 7: byte > 'Z' */
    return x | ((ge_a & ~gt_z & ~x & 0x8080808080808080u) >> 2);
}

/* Whether a[0..n) and b[0..n) are equal with ASCII letters case-folded.
 * Inline: the name tables (strtab.c) call it on every hash match, ~100,000
 * times a MB. */
static inline int nm_ascii_ieq(const char *a, const char *b, size_t n)
{
    /* the callers compare keys whose hashes matched: mostly the same
     * bytes, compared 8 (or 4) at a time, folded only where they differ */
    const unsigned char *p = (const unsigned char *)a, *q = (const unsigned char *)b;
    uint64_t x, y;
    for (; n >= 8; p += 8, q += 8, n -= 8) {
        memcpy(&x, p, 8);
        memcpy(&y, q, 8);
        if (x != y && nm_fold8(x) != nm_fold8(y))
            return 0;
    }
    if (n >= 4) {                          /* two words that may overlap */
        uint32_t x0, x1, y0, y1;
        memcpy(&x0, p, 4);
        memcpy(&x1, p + n - 4, 4);
        memcpy(&y0, q, 4);
        memcpy(&y1, q + n - 4, 4);
        x = (uint64_t)x0 << 32 | x1;
        y = (uint64_t)y0 << 32 | y1;
        return x == y || nm_fold8(x) == nm_fold8(y);
    }
    for (size_t i = 0; i < n; i++) {
        unsigned c = p[i], d = q[i];
        c += c - 'A' < 26u ? 32 : 0;
        d += d - 'A' < 26u ? 32 : 0;
        if (c != d)
            return 0;
    }
    return 1;
}

/* A word as a lookup key: the bytes of s[0..min(n, 7)), ASCII case
 * folded, with min(n, 255) in the top byte; two words of at most 7 bytes
 * have equal keys exactly when they are equal case-folded, longer ones
 * when their first 7 bytes and lengths are.  avail: the bytes readable
 * from s on (8 or more: one load). */
static inline uint64_t nm_word_key(const char *s, size_t n, size_t avail)
{
    size_t m = n < 7 ? n : 7;
    uint64_t v = 0;
    if (avail >= 8) {
        memcpy(&v, s, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
        v = m ? v >> (8 * (8 - m)) : 0;
#else
        v &= ((uint64_t)1 << (8 * m)) - 1;
#endif
    } else {
        for (size_t k = 0; k < m; k++)
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
            v = v << 8 | (unsigned char)s[k];
#else
            v |= (uint64_t)(unsigned char)s[k] << (8 * k);
#endif
    }
    return nm_fold8(v) | (uint64_t)(n < 255 ? n : 255) << 56;
}

/* text.c */
nm_status nm_text_split(nm_doc *d);

/* The cue words of a document with their nm_cue_word() flags, by
 * nm_word_key(), filled with the word classes (nm_doc_add_cue()): a bit
 * per token tells the cue words, and their flags are found here, where a
 * search of the table cost 300 instructions (and a byte of flags per token
 * raised the peak memory of repeated analyses by half the input). */
#define NM_CUE_MEMO 512
typedef struct nm_cue_memo {
    uint64_t key[NM_CUE_MEMO];     /* 0: an empty slot */
    uint32_t start[NM_CUE_MEMO];   /* one occurrence (words over 7 bytes are compared) */
    uint8_t flags[NM_CUE_MEMO];
    uint32_t used;                 /* kept at most half full: words beyond are searched */
} nm_cue_memo;

static inline uint32_t nm_cue_slot(uint64_t key)
{
    return (uint32_t)((key * 0x9E3779B97F4A7C15u) >> 40) & (NM_CUE_MEMO - 1);
}

/* nm_cue_word()'s flags of word token i: most tokens are none, told by
 * their bit; the others' flags are found in the memo (wordclass.c). */
unsigned nm_cue_flags(const nm_doc *d, size_t i);
static inline unsigned nm_tok_cue(const nm_doc *d, size_t i)
{
    if (d->cue_bits && !((d->cue_bits[i >> 6] >> (i & 63)) & 1))
        return 0;
    return nm_cue_flags(d, i);
}

/* FNV-1a of s[0..n), ASCII case folded: the word hash of the learned
 * models' features (claims.c, attr_quoted.c). */
static inline uint32_t nm_fold_hash(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t b = 0; b < n; b++) {
        unsigned ch = (unsigned char)s[b];
        h = (h ^ (ch - 'A' < 26u ? ch + 32 : ch)) * 16777619u;
    }
    return h;
}

/* The hash of a feature: template tmpl with values a and b (a model keeps
 * its low bits as the weight's bucket). */
static inline uint32_t nm_feat_hash(uint32_t tmpl, uint32_t a, uint32_t b)
{
    uint32_t x = tmpl * 0x9E3779B1u ^ a;
    x *= 0x85EBCA6Bu;
    x ^= x >> 13;
    x ^= b;
    x *= 0xC2B2AE35u;
    x ^= x >> 16;
    return x;
}

/* A linear model's weights as read from its image (linmodel.c): claims.h
 * and quoted.h models.  w is malloc'd (1 << bits entries), the caller's. */
typedef struct nm_linmodel {
    int16_t *w;
    float scale;
    int32_t threshold;      /* in weight units */
} nm_linmodel;
/* Checks an image (magic, size, bucket bits, a sane scale) and copies its
 * weights: NM_EMODEL when it is not one, NM_ENOMEM. */
nm_status nm_linmodel_read(const void *data, size_t len, const char *magic, unsigned bits,
                           nm_linmodel *out);
/* Index of the word s[0..n), ASCII letters case-folded, in a table sorted
 * by strcmp (LC_ALL=C sort) whose entries each start with the word as a
 * `const char *` and lie `size` bytes apart; -1 when it is absent, holds a
 * byte beyond ASCII or is longer than NM_WORD_MAX.  The built-in word
 * tables (cues.c, wordclass.c, attr_speakers.c's role nouns) use it. */
#define NM_WORD_MAX 31
ptrdiff_t nm_sorted_word(const void *table, size_t count, size_t size, const char *s, size_t n);
/* 1 when such a table is in strcmp order with no duplicates and only
 * ASCII entries (tests). */
int nm_sorted_words_ok(const void *table, size_t count, size_t size);
/* 1 when text.c's abbreviation and sentence-starter lists are, and no
 * abbreviation is longer than text.c allows for (tests). */
int nm_text_words_sorted(void);
/* The first token ending after byte (binary search; toks.n when none):
 * the token holding byte, or the next one when byte is between tokens. */
static inline size_t nm_tok_at_byte(const nm_doc *d, size_t byte)
{
    size_t lo = 0, hi = d->toks.n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (DOC_TOK(d, mid)->end <= byte)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/* Token text pointer and length. */
static inline const char *nm_tok_str(const nm_doc *d, size_t i) { return d->text + DOC_TOK(d, i)->start; }
static inline size_t nm_tok_len(const nm_doc *d, size_t i) { return DOC_TOK(d, i)->end - DOC_TOK(d, i)->start; }
/* Case-insensitive ASCII compare of token i with a NUL-terminated word.
 * Inline: the rules call it millions of times per MB of text, mostly on
 * words that differ in the first letter, so it compares as it goes and
 * tests the length last (tokens never hold a NUL byte). */
static inline int nm_tok_is(const nm_doc *d, size_t i, const char *word)
{
    const nm_token *t = DOC_TOK(d, i);
    const unsigned char *s = (const unsigned char *)d->text + t->start;
    const unsigned char *w = (const unsigned char *)word;
    size_t n = t->end - t->start;
    for (size_t k = 0; k < n; k++) {
        unsigned x = s[k], y = w[k];
        /* equal, or the same letter in the other case: bytes that differ
         * in bit 5 alone, a letter (no fold of either needed) */
        if (x != y && ((x ^ y) != 32u || (x | 32u) - 'a' >= 26u))
            return 0;        /* also when the word is shorter (y is its NUL) */
    }
    return w[n] == '\0';
}
/* Decodes one UTF-8 code point at s[0..n); stores its length (>= 1) in *len.
 * Invalid sequences yield 0xFFFD with *len = 1. */
uint32_t nm_utf8_decode(const unsigned char *s, size_t n, size_t *len);
/* First code point of token t (what tells punctuation and quote marks
 * apart): U+2019 for the possessive "’s" split off a word. */
static inline uint32_t nm_tok_cp(const nm_doc *d, const nm_token *t)
{
    const unsigned char *s = (const unsigned char *)d->text + t->start;
    size_t len;
    return s[0] < 0x80 ? s[0] : nm_utf8_decode(s, t->end - t->start, &len);
}

/* lexicon.c -- word and phrase classes.  Lookups are case-insensitive
 * (ASCII and Latin letters folded); the generated lists live in data/. */
#define LX_COUNTRY    (1u << 0)   /* China, United States */
#define LX_REGION     (1u << 1)   /* state, province: Ohio, Bavaria */
#define LX_CITY       (1u << 2)   /* Moscow, Ulaanbaatar */
#define LX_DEMONYM    (1u << 3)   /* Chinese, Mongolian, American */
#define LX_TITLE      (1u << 4)   /* office / role noun: president, minister, director */
#define LX_COMMON     (1u << 5)   /* a common lower-case English word */
#define LX_ORGWORD    (1u << 6)   /* head word of org names: Ministry, Council, Party, Inc */
#define LX_SPEECH     (1u << 7)   /* speech / attribution verb, any inflection: said, told */
#define LX_MONTH      (1u << 8)
#define LX_WEEKDAY    (1u << 9)
#define LX_ROLENOUN   (1u << 10)  /* speaker nouns: official, spokesman, newspaper, source */
#define LX_PRONOUN    (1u << 11)  /* he, she, they, it, I, we */
#define LX_FIRSTNAME  (1u << 12)  /* given names, where a well-kept list provides them */
#define LX_USER_PERSON (1u << 13) /* user lexicon entries */
#define LX_USER_ORG   (1u << 14)
#define LX_USER_PLACE (1u << 15)
#define LX_USER_TITLE (1u << 16)
#define LX_ORG        (1u << 17)  /* known organisation names (multi-word allowed) */
#define LX_PLACE_OTHER (1u << 18) /* other places: continents, seas, mountains */
#define LX_GIVEN      (1u << 19)  /* a given name of the US name counts (female-/male-names.txt):
                                   * a feature of the tagger only -- no rule makes a name of it */

nm_status nm_lexicon_new(const nm_options *opts, nm_lexicon **out);
void nm_lexicon_free(nm_lexicon *lex);
/* Classes of one word (s, n bytes); 0 when unknown. */
uint32_t nm_lex_word(const nm_lexicon *lex, const char *s, size_t n);
/* Longest known phrase starting at token i (several tokens, e.g. "New York",
 * "Communist Party of China"): stores its token count in *ntok and returns
 * its classes, or returns 0 with *ntok = 0. */
uint32_t nm_lex_phrase(const nm_lexicon *lex, const nm_doc *d, size_t i, size_t *ntok);
/* The sex of most people given the name s[0..n) (NM_SEX_*, from the US
 * Social Security name counts); 0 when unknown or shared. */
enum { NM_SEX_MALE = 1, NM_SEX_FEMALE = 2 };
int nm_lex_gender(const nm_lexicon *lex, const char *s, size_t n);
/* nm_lex_word() (0 when lex is NULL) that also stores in *fnv, for a word
 * of 1 to NM_WORD_MAX ASCII bytes, the FNV-1a hash of its lower-case form
 * (1 where that is 0), and 0 for any other word: wordclass.c finds its
 * built-in words with the same hash. */
uint32_t nm_lex_word_fnv(const nm_lexicon *lex, const char *s, size_t n, uint32_t *fnv);
/* Whether some phrase of two or more tokens starts with the word s[0..n):
 * where not, nm_lex_phrase() finds none of two or more tokens there. */
int nm_lex_phrase_head(const nm_lexicon *lex, const char *s, size_t n);

/* tagfix.c -- repairs of the tagger's labels that hold whatever the model
 * learnt (honorifics, an org's holder, company suffixes, surnames); called
 * at the end of nm_tagger_run().  Returns -1 when out of memory. */
int nm_tagger_fix(nm_doc *d);

/* wordclass.c -- the lexicon's classes joined with a built-in table of
 * closed-class words.  The WC_ bits that mirror LX_ bits have the same value,
 * so one mask tests both; the others are internal to the rules. */
#define WC_TITLE      LX_TITLE
#define WC_SPEECH     LX_SPEECH
#define WC_ORGWORD    LX_ORGWORD
#define WC_MONTH      LX_MONTH
#define WC_WEEKDAY    LX_WEEKDAY
#define WC_PRONOUN    LX_PRONOUN
#define WC_HONOR      (1u << 24)  /* Mr. Ms. Dr. Sir: precede a person's name */
#define WC_TITLEMOD   (1u << 25)  /* Foreign, Prime, Deputy: modify an office noun */
#define WC_FUNC       (1u << 26)  /* function words: the, in, he, would (never a name alone) */
#define WC_PLACEHEAD  (1u << 27)  /* Republic, Kingdom, Gulf: head of a place name */
#define WC_PARTICLE   (1u << 28)  /* van, de, bin: inside a person's name */
#define WC_MISCHEAD   (1u << 29)  /* Open, Cup, Games: head of an event name (misc) */
#define WC_DATEWORD   (1u << 30)  /* last, next, today, two: may open a date */
#define WC_NONAME     (1u << 31)  /* GMT, CEO, TV: capitalised, never a name */
/* Classes of the word s[0..n) (built-in | lexicon). */
uint32_t nm_word_class(const nm_doc *d, const char *s, size_t n);
/* The same, and nm_cue_word()'s flags of the word in *cue (one lookup). */
uint32_t nm_word_class_cue(const nm_doc *d, const char *s, size_t n, unsigned *cue);
/* The same with LX_GIVEN, which the tagger reads; the rules never see it. */
uint32_t nm_word_class_all(const nm_doc *d, const char *s, size_t n, unsigned *cue);
/* Whether token i is a company suffix ("Inc", "Corp.", "GmbH"; wordclass.c). */
int nm_company_suffix(const nm_doc *d, size_t i);
/* 1 when wordclass.c's built-in table is sorted, without duplicates (tests). */
int nm_builtin_words_sorted(void);
/* The engine's hash of the built-in words (nm_engine.words). */
nm_status nm_wordidx_new(nm_wordidx **out);
void nm_wordidx_free(nm_wordidx *x);
/* 1 when the hash finds every built-in word, in lower and upper case, with
 * the classes and cue flags the binary searches give (tests). */
int nm_wordidx_agrees(const nm_wordidx *x);
/* Fills d->wcls and the cue words once; later calls do nothing. */
nm_status nm_doc_word_classes(nm_doc *d);
/* Allocates d->cue_bits (all clear) and d->cue_memo (empty) in the arena
 * for n tokens; 0, or -1 on OOM. */
int nm_doc_cues(nm_doc *d, size_t n);
/* Marks token i a cue word with flags (not 0), keeping them by word. */
void nm_doc_add_cue(nm_doc *d, size_t i, unsigned flags);

/* strtab.c -- strings compared without ASCII case, each with a tag, mapped
 * to an int32 value (coref.c's name keys, entities.c's votes). */
typedef struct nm_strkey {
    const char *s;     /* into the caller's text; NULL: empty slot */
    uint32_t len, hash, tag;
    int32_t val;       /* the caller's; -1 when added */
} nm_strkey;
typedef struct nm_strtab {
    nm_strkey *slots;
    size_t mask, used;
} nm_strtab;
nm_status nm_strtab_init(nm_strtab *t, size_t cap);   /* room for cap/2 keys first */
void nm_strtab_free(nm_strtab *t);
/* Lookups: nm_strtab_get() (the key (s, n, tag), or NULL; key pointers stay
 * valid until the next put) and nm_strtab_put() (the key, added with val -1
 * and *added = 1 when absent; NULL when out of memory, the table unchanged,
 * or n is 0): inline, in strtab.h. */

/* tokmap.c -- a sparse map from tokens to int32 values, -1 where unset. */
typedef struct nm_tokmap {
    uint64_t *bits;    /* tokens that have a value */
    uint32_t *rank;    /* values before each 64 tokens */
    int32_t *val;      /* the values in token order */
} nm_tokmap;
nm_status nm_tokmap_init(nm_tokmap *m, size_t n);     /* n tokens, none marked */
nm_status nm_tokmap_seal(nm_tokmap *m, size_t n);     /* after the marks; values -1 */
void nm_tokmap_free(nm_tokmap *m);
static inline void nm_tokmap_mark(nm_tokmap *m, size_t i)
{
    m->bits[i >> 6] |= (uint64_t)1 << (i & 63);
}
static inline int nm_tokmap_has(const nm_tokmap *m, size_t i)
{
    return (m->bits[i >> 6] >> (i & 63)) & 1;
}
/* The value of marked token i, to write (sealed maps only); NULL if unmarked. */
static inline int32_t *nm_tokmap_slot(const nm_tokmap *m, size_t i)
{
    uint64_t w = m->bits[i >> 6], bit = (uint64_t)1 << (i & 63);
    if (!(w & bit))
        return NULL;
    return &m->val[m->rank[i >> 6] + nm_popcount64(w & (bit - 1))];
}
static inline int32_t nm_tokmap_get(const nm_tokmap *m, size_t i)
{
    const int32_t *v = nm_tokmap_slot(m, i);
    return v ? *v : -1;
}
/* The last marked token of [lo, i), or (size_t)-1 when none: the backward
 * scans for the mentions before a token (up to 400 tokens back) skip 64
 * unmarked tokens a step, where they looked each token up. */
static inline size_t nm_tokmap_prev(const nm_tokmap *m, size_t i, size_t lo)
{
    while (i > lo) {
        size_t k = i - 1;
        uint64_t w = m->bits[k >> 6] & (~(uint64_t)0 >> (63 - (k & 63)));   /* bits 0..k%64 */
        if (w) {
#if defined(__GNUC__)
            size_t j = (k | 63) - (size_t)__builtin_clzll(w);
#else
            size_t j = k;
            while (!((w >> (j & 63)) & 1))
                j--;
#endif
            return j >= lo ? j : (size_t)-1;
        }
        i = k & ~(size_t)63;
    }
    return (size_t)-1;
}

/* tagger.c */
nm_status nm_tagger_new_builtin(nm_tagger **out);
void nm_tagger_free(nm_tagger *t);
nm_status nm_tagger_run(const nm_tagger *t, const nm_lexicon *lex, nm_doc *d);

/* claims.c */
nm_status nm_claims_new_builtin(nm_claims **out);
void nm_claims_free(nm_claims *m);
/* 1 when claims.c's class-word table is in strcmp order (tests). */
int nm_claims_words_sorted(void);

/* quoted.c */
nm_status nm_quoted_new_builtin(nm_quoted **out);
void nm_quoted_free(nm_quoted *m);

/* entities.c, titles.c, dates.c, coref.c, quotes.c, attribution.c */
nm_status nm_entities_find(nm_doc *d);
nm_status nm_titles_find(nm_doc *d);
nm_status nm_dates_init(nm_dates_data **out, int *jit);
void nm_dates_free(nm_dates_data *dd);
void nm_dates_set_match_limit(nm_dates_data *dd, uint32_t limit);   /* tests only */
nm_status nm_dates_find(nm_doc *d);
nm_status nm_coref_group(nm_doc *d);
nm_status nm_quotes_find(nm_doc *d);
nm_status nm_attribution_find(nm_doc *d);
/* 1 when attr_speakers.c's role-noun list is in strcmp order (tests). */
int nm_role_nouns_sorted(void);
nm_status nm_turns_merge(nm_doc *d);
/* qmarks.c: each quote holding a direct quote widened over the quotation
 * marks around it (its parts keep the words alone). */
nm_status nm_quote_marks(nm_doc *d);

/* Adds a mention; returns its index or -1 on OOM. */
int32_t nm_doc_add_mention(nm_doc *d, uint32_t t0, uint32_t t1, nm_type type, enum nm_source src);

/* result.c */
nm_status nm_result_build(nm_doc *d, nm_result **out);

#endif /* NM_H */
