/*
 * lexicon.c -- word and phrase classes (LX_* in nm.h).
 *
 * The lists are generated from Debian data packages by
 * scripts/gen-lexicons.sh into the files of data/lexicon (one entry per line) and
 * embedded in the library, so nothing is read from disk at run time except
 * an optional user lexicon.  nm_lexicon_new() folds every entry into one
 * open-addressing hash table: a word maps to its classes, a phrase ("New
 * York", "People's Republic of China") is keyed by its tokens joined with
 * single spaces.  Every proper prefix of a phrase is entered too (with an
 * internal bit) so that a lookup can stop as soon as no phrase continues.
 *
 * Keys are case-folded (ASCII, Latin-1, Latin Extended-A) and the typographic
 * apostrophe is folded to ASCII, so "CÔTE D’IVOIRE" finds "Côte d'Ivoire".
 * The table is read-only after construction and shared by all analyses.
 */
#include "nm.h"
#include "embed.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <strings.h>

#ifdef NM_LEXBIN
/* The table prebuilt at make time by csrc/build/lexbuild.c from the same
 * lists (see "The prebuilt table" below). */
NM_EMBED(nm_lex_image, NM_LEXBIN);
#else
NM_EMBED(nm_lex_countries, "data/lexicon/countries.txt");
NM_EMBED(nm_lex_regions, "data/lexicon/regions.txt");
NM_EMBED(nm_lex_cities, "data/lexicon/cities.txt");
NM_EMBED(nm_lex_places, "data/lexicon/places.txt");
NM_EMBED(nm_lex_orgs, "data/lexicon/orgs.txt");
NM_EMBED(nm_lex_demonyms, "data/lexicon/demonyms.txt");
NM_EMBED(nm_lex_titles, "data/lexicon/titles.txt");
NM_EMBED(nm_lex_common, "data/lexicon/common.txt");
NM_EMBED(nm_lex_given, "data/lexicon/given-names.txt");
NM_EMBED(nm_lex_female, "data/lexicon/female-names.txt");
NM_EMBED(nm_lex_male, "data/lexicon/male-names.txt");
#endif

/* Internal bits, never returned to callers. */
#define LX_PHRASE_HEAD (1u << 22)   /* a phrase of two or more tokens starts with this word */
#define LX_PREFIX      (1u << 23)   /* a proper prefix of some phrase */
/* The sex most people with a given name have: read by nm_lex_gender();
 * callers of the word lookups see only that the word is a given name
 * (LX_GIVEN, a feature of the tagger). */
#define LX_SEX_F       (1u << 20)
#define LX_SEX_M       (1u << 21)
#define LX_INTERNAL    (LX_PHRASE_HEAD | LX_PREFIX | LX_SEX_F | LX_SEX_M)

_Static_assert(LX_SEX_M == LX_SEX_F << 1 && LX_GIVEN == LX_SEX_F >> 1, "public_bits() shifts");

/* A word's bits as callers see them. */
static inline uint32_t public_bits(uint32_t b)
{
    return (b & ~LX_INTERNAL) | ((b | b >> 1) & LX_SEX_F) >> 1;    /* LX_SEX_F >> 1 is LX_GIVEN */
}

#define MAX_PHRASE_TOKENS 8
#define MAX_KEY 256                 /* bytes; longer entries are skipped */
#define MAX_USER_LINE 1024

typedef struct slot {
    const char *key;                /* folded key: in the embedded data when
                                       folding changed nothing, else in a block */
    uint32_t hash;                  /* 0: empty */
    uint32_t len;
    uint32_t cls;
} slot;

/* Blocks holding folded keys that differ from the embedded text. */
typedef struct key_block {
    struct key_block *next;
    size_t used;
    char data[1 << 16];
} key_block;

/* A slot of the prebuilt table: 12 bytes, keys in one pool after the slots. */
typedef struct image_slot {
    uint32_t hash;                  /* 0: empty */
    uint32_t cls;
    uint32_t offlen;                /* key offset in the pool << 8 | key length */
} image_slot;

/* Layout of the prebuilt table (native byte order: it is made on the
 * machine that compiles the library). */
typedef struct image_header {
    char magic[4];                  /* "NMLX" */
    uint32_t version;               /* IMAGE_VERSION */
    uint32_t nslots;                /* a power of two */
    uint32_t keys_len;              /* bytes of the key pool */
} image_header;
#define IMAGE_VERSION 1

struct nm_lexicon {
    /* The built-in lists: the prebuilt table when compiled with NM_LEXBIN,
     * else none (they are in the hash table below). */
    const image_slot *img;
    uint32_t img_mask;
    const char *img_keys;
    uint32_t img_keys_len;
    /* Entries added at run time: the user lexicon (and, without NM_LEXBIN,
     * the built-in lists).  slots is NULL while it is empty. */
    slot *slots;
    uint32_t mask;
    size_t count;
    key_block *blocks;
};

/* ---- keys ------------------------------------------------------------------ */

static uint32_t hash_bytes(const char *s, size_t n)
{
    uint32_t h = 2166136261u;                  /* FNV-1a */
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h ? h : 1;
}

/* Appends the case-folded form of s[0..n) to out (capacity cap); returns the
 * new length, or cap + 1 when it does not fit. */
static size_t fold_into(char *out, size_t len, size_t cap, const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    /* most words are ASCII: a tight loop until a byte is not (or the
     * room runs out, where the loop below refuses as it always has) */
    for (; i < n && p[i] < 0x80 && len + 2 <= cap; i++)
        out[len++] = (char)((unsigned)p[i] - 'A' < 26u ? p[i] + 32 : p[i]);
    while (i < n) {
        unsigned c = p[i];
        if (len + 2 > cap)
            return cap + 1;
        if (c < 0x80) {
            out[len++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
            i++;
        } else if (c == 0xC3 && i + 1 < n && p[i + 1] >= 0x80 && p[i + 1] <= 0x9E &&
                   p[i + 1] != 0x97) {
            out[len++] = (char)0xC3;           /* Latin-1 capitals: À..Þ */
            out[len++] = (char)(p[i + 1] + 0x20);
            i += 2;
        } else if ((c == 0xC4 || c == 0xC5) && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
            unsigned cp = ((c & 0x1F) << 6) | (p[i + 1] & 0x3F);
            if (cp <= 0x177 && !(cp & 1))
                cp |= 1;                       /* Latin Extended-A pairs */
            out[len++] = (char)(0xC0 | (cp >> 6));
            out[len++] = (char)(0x80 | (cp & 0x3F));
            i += 2;
        } else if (c == 0xE2 && i + 2 < n && p[i + 1] == 0x80 && p[i + 2] == 0x99) {
            out[len++] = '\'';                 /* ’ -> ' */
            i += 3;
        } else {
            out[len++] = (char)c;
            i++;
        }
    }
    return len;
}

static slot *find(const nm_lexicon *lex, const char *key, size_t n, uint32_t h)
{
    for (uint32_t i = h & lex->mask;; i = (i + 1) & lex->mask) {
        slot *s = &lex->slots[i];
        if (!s->hash)
            return s;
        if (s->hash == h && s->len == n && memcmp(s->key, key, n) == 0)
            return s;
    }
}

static int grow(nm_lexicon *lex, uint32_t want)
{
    uint32_t old_size = lex->slots ? lex->mask + 1 : 0;
    uint32_t size = old_size ? old_size * 2 : want;
    slot *old = lex->slots;
    lex->slots = calloc(size, sizeof *lex->slots);
    if (!lex->slots) {
        lex->slots = old;
        return -1;
    }
    lex->mask = size - 1;
    for (uint32_t i = 0; i < old_size; i++)
        if (old[i].hash) {
            uint32_t j = old[i].hash & lex->mask;
            while (lex->slots[j].hash)
                j = (j + 1) & lex->mask;
            lex->slots[j] = old[i];
        }
    free(old);
    return 0;
}

/* Adds classes to a folded key.  stable: key points into the embedded data
 * (lives as long as the program) and need not be copied. */
static int add_key(nm_lexicon *lex, const char *key, size_t n, uint32_t cls, int stable)
{
    if ((lex->count + 1) * 4 > (size_t)(lex->mask + 1) * 3 && grow(lex, 0))
        return -1;
    uint32_t h = hash_bytes(key, n);
    slot *s = find(lex, key, n, h);
    if (s->hash) {
        s->cls |= cls;
        return 0;
    }
    if (!stable) {
        key_block *b = lex->blocks;
        if (!b || sizeof b->data - b->used < n) {
            if (!(b = malloc(sizeof *b)))
                return -1;
            b->next = lex->blocks;
            b->used = 0;
            lex->blocks = b;
        }
        memcpy(b->data + b->used, key, n);
        key = b->data + b->used;
        b->used += n;
    }
    s->key = key;
    s->hash = h;
    s->len = (uint32_t)n;
    s->cls = cls;
    lex->count++;
    return 0;
}

/* Adds one entry as written ("Côte d'Ivoire", "People's Republic of China"):
 * split into tokens the way text.c splits them (spaces; a possessive "'s"
 * is a token of its own), folded, joined by single spaces.  Returns 0, -1 on
 * OOM, 1 when the entry is unusable (too long, too many tokens). */
static int add_entry(nm_lexicon *lex, const char *s, size_t n, uint32_t cls, int embedded)
{
    char key[MAX_KEY];
    size_t len = 0, ntok = 0, ends[MAX_PHRASE_TOKENS];
    size_t i = 0;
    while (i < n) {
        while (i < n && (s[i] == ' ' || s[i] == '\t'))
            i++;
        size_t a = i;
        while (i < n && s[i] != ' ' && s[i] != '\t')
            i++;
        if (a == i)
            break;
        size_t b = i, poss = 0;
        if (b - a > 2 && (s[b - 1] == 's' || s[b - 1] == 'S') && s[b - 2] == '\'')
            poss = b - 2;
        else if (b - a > 4 && (s[b - 1] == 's' || s[b - 1] == 'S') &&
                 !memcmp(s + b - 4, "\xE2\x80\x99", 3))
            poss = b - 4;
        for (int part = 0; part < (poss ? 2 : 1); part++) {
            size_t pa = part ? poss : a, pb = poss && !part ? poss : b;
            if (ntok == MAX_PHRASE_TOKENS)
                return 1;
            if (ntok)
                key[len++] = ' ';
            len = fold_into(key, len, sizeof key - 1, s + pa, pb - pa);
            if (len >= sizeof key - 1)
                return 1;
            ends[ntok++] = len;
        }
    }
    if (!ntok)
        return 1;
    /* Most entries ("moscow", "said") fold to themselves: keep no copy. */
    int same = embedded && len == n && memcmp(key, s, n) == 0;
    if (add_key(lex, same ? s : key, len, cls, same))
        return -1;
    if (ntok > 1) {
        if (add_key(lex, key, ends[0], LX_PHRASE_HEAD, 0))
            return -1;
        for (size_t k = 1; k + 1 < ntok; k++)
            if (add_key(lex, key, ends[k], LX_PREFIX, 0))
                return -1;
    }
    return 0;
}

#ifndef NM_LEXBIN
/* Adds every line of an embedded list. */
static int add_list(nm_lexicon *lex, const unsigned char *data, const unsigned char *end,
                    uint32_t cls)
{
    const char *p = (const char *)data, *e = (const char *)end;
    while (p < e) {
        const char *nl = memchr(p, '\n', (size_t)(e - p));
        size_t n = nl ? (size_t)(nl - p) : (size_t)(e - p);
        if (n && add_entry(lex, p, n, cls, 1) < 0)
            return -1;
        p += n + 1;
    }
    return 0;
}
#endif

/* ---- the user lexicon ----------------------------------------------------------- */

/* Reports "PATH:LINE: what" (or "PATH: what" when line is 0). */
static void warnf(const nm_options *o, const char *path, size_t line, const char *what)
{
    if (!o->warn)
        return;
    char msg[512];
    if (line)
        snprintf(msg, sizeof msg, "%s:%zu: %s", path, line, what);
    else
        snprintf(msg, sizeof msg, "%s: %s", path, what);
    o->warn(o->warn_ud, msg);
}

static int valid_utf8(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        size_t l;
        uint32_t c = nm_utf8_decode((const unsigned char *)s + i, n - i, &l);
        if (c == 0xFFFD && l == 1 && !(n - i >= 3 && !memcmp(s + i, "\xEF\xBF\xBD", 3)))
            return 0;
        i += l;
    }
    return 1;
}

/* Format: one entry per line, "TYPE NAME" with TYPE one of person, org,
 * place, title and NAME the words as written; blank lines and lines starting
 * with '#' are ignored.  Bad lines are reported ("FILE:LINE: ...") and
 * skipped; they never stop the engine. */
static nm_status load_user(nm_lexicon *lex, const nm_options *o)
{
    static const struct { const char *name; uint32_t cls; } types[] = {
        { "person", LX_USER_PERSON }, { "org", LX_USER_ORG },
        { "place", LX_USER_PLACE }, { "title", LX_USER_TITLE | LX_TITLE },
    };
    const char *path = o->user_lexicon;
    FILE *f = fopen(path, "rb");
    if (!f) {
        warnf(o, path, 0, strerror(errno));
        return NM_ELEXICON;
    }
    char buf[MAX_USER_LINE + 2];
    size_t lineno = 0;
    nm_status st = NM_OK;
    for (;;) {
        /* fgets stops at NUL bytes silently; read byte-wise to see them. */
        size_t n = 0;
        int c, too_long = 0, nul = 0;
        while ((c = getc(f)) != EOF && c != '\n') {
            if (c == 0)
                nul = 1;
            if (n < MAX_USER_LINE)
                buf[n++] = (char)c;
            else
                too_long = 1;
        }
        if (c == EOF && n == 0 && !too_long)
            break;
        lineno++;
        if (n && buf[n - 1] == '\r')
            n--;
        size_t a = 0;
        while (a < n && (buf[a] == ' ' || buf[a] == '\t'))
            a++;
        if (a == n || buf[a] == '#') {
            if (c == EOF) break;
            continue;
        }
        const char *problem = NULL;
        if (too_long)
            problem = "line longer than 1024 bytes";
        else if (nul)
            problem = "NUL byte in line";
        else if (!valid_utf8(buf, n))
            problem = "not valid UTF-8";
        size_t t = a;
        while (t < n && buf[t] != ' ' && buf[t] != '\t')
            t++;
        size_t name = t;
        while (name < n && (buf[name] == ' ' || buf[name] == '\t'))
            name++;
        uint32_t cls = 0;
        for (size_t k = 0; !problem && k < sizeof types / sizeof types[0]; k++)
            if (strlen(types[k].name) == t - a && !strncasecmp(types[k].name, buf + a, t - a))
                cls = types[k].cls;
        if (!problem && !cls)
            problem = "unknown type (use person, org, place or title)";
        if (!problem && name == n)
            problem = "no name after the type";
        if (!problem) {
            int r = add_entry(lex, buf + name, n - name, cls, 0);
            if (r < 0) {
                st = NM_ENOMEM;
                break;
            }
            if (r > 0)
                problem = "name too long (at most 8 words, 255 bytes)";
        }
        if (problem)
            warnf(o, path, lineno, problem);
        if (c == EOF)
            break;
    }
    if (ferror(f)) {
        warnf(o, path, 0, strerror(errno));
        st = NM_ELEXICON;
    }
    fclose(f);
    return st;
}

/* ---- public (internal) API ----------------------------------------------------------- */

#ifdef NM_LEXBIN
/* ---- the prebuilt table -------------------------------------------------------------
 *
 * Hashing the ~100,000 built-in entries took ~50 ms per engine, paid by
 * every CLI run and every editor start.  csrc/build/lexbuild.c builds the
 * same table at make time (it includes this file without NM_LEXBIN) and
 * lexicon.o embeds it: an engine then only checks its header, and lookups
 * touch just the pages they probe. */
static int attach_image(nm_lexicon *lex)
{
    const unsigned char *p = nm_lex_image;
    size_t size = (size_t)nm_lex_image_size;
    image_header h;
    if (size < sizeof h)
        return -1;
    memcpy(&h, p, sizeof h);
    if (memcmp(h.magic, "NMLX", 4) || h.version != IMAGE_VERSION || !h.nslots ||
        (h.nslots & (h.nslots - 1)) ||
        size != sizeof h + (size_t)h.nslots * sizeof(image_slot) + h.keys_len)
        return -1;
    lex->img = (const image_slot *)(p + sizeof h);   /* NM_EMBED aligns to 16 */
    lex->img_mask = h.nslots - 1;
    lex->img_keys = (const char *)(p + sizeof h + (size_t)h.nslots * sizeof(image_slot));
    lex->img_keys_len = h.keys_len;
    return 0;
}
#else
/* Hashes the built-in lists into the run-time table. */
static int add_builtin(nm_lexicon *lex)
{
    struct { const unsigned char *a, *b; uint32_t cls; } lists[] = {
        { nm_lex_countries, nm_lex_countries + nm_lex_countries_size, LX_COUNTRY },
        { nm_lex_regions, nm_lex_regions + nm_lex_regions_size, LX_REGION },
        { nm_lex_cities, nm_lex_cities + nm_lex_cities_size, LX_CITY },
        { nm_lex_places, nm_lex_places + nm_lex_places_size, LX_PLACE_OTHER },
        { nm_lex_orgs, nm_lex_orgs + nm_lex_orgs_size, LX_ORG },
        { nm_lex_demonyms, nm_lex_demonyms + nm_lex_demonyms_size, LX_DEMONYM },
        { nm_lex_titles, nm_lex_titles + nm_lex_titles_size, LX_TITLE },
        { nm_lex_common, nm_lex_common + nm_lex_common_size, LX_COMMON },
        { nm_lex_given, nm_lex_given + nm_lex_given_size, LX_FIRSTNAME },
        { nm_lex_female, nm_lex_female + nm_lex_female_size, LX_SEX_F },
        { nm_lex_male, nm_lex_male + nm_lex_male_size, LX_SEX_M },
    };
    /* Size the table once for all lists (entries plus phrase prefixes), at
     * most half full, so building it never rehashes. */
    size_t lines = 0;
    for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++)
        for (const unsigned char *p = lists[i].a; p < lists[i].b; p++)
            lines += *p == '\n';
    uint32_t want = 1u << 12;
    while (want < lines * 2 + lines / 4)
        want *= 2;
    if (grow(lex, want))
        return -1;
    for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++)
        if (add_list(lex, lists[i].a, lists[i].b, lists[i].cls))
            return -1;
    return 0;
}
#endif

nm_status nm_lexicon_new(const nm_options *opts, nm_lexicon **out)
{
    *out = NULL;
    nm_lexicon *lex = calloc(1, sizeof *lex);
    if (!lex)
        goto oom;
#ifdef NM_LEXBIN
    if (attach_image(lex)) {
        if (opts && opts->warn)
            opts->warn(opts->warn_ud, "built-in lexicon table is corrupt (rebuild newsmark)");
        nm_lexicon_free(lex);
        return NM_ELEXICON;
    }
#else
    if (add_builtin(lex))
        goto oom;
#endif
    if (opts && opts->user_lexicon) {
        if (!lex->slots && grow(lex, 1u << 10))
            goto oom;
        nm_status st = load_user(lex, opts);
        if (st != NM_OK) {
            nm_lexicon_free(lex);
            return st;
        }
    }
    *out = lex;
    return NM_OK;
oom:
    nm_lexicon_free(lex);
    return NM_ENOMEM;
}

void nm_lexicon_free(nm_lexicon *lex)
{
    if (!lex)
        return;
    free(lex->slots);
    while (lex->blocks) {
        key_block *b = lex->blocks;
        lex->blocks = b->next;
        free(b);
    }
    free(lex);
}

/* Whether a[0..n) and b[0..n) are equal: the keys of a hash match are
 * short and mostly equal, compared 8 (or 4) bytes at a time in line, where
 * a memcmp() call cost more than the compare. */
static inline int same_bytes(const char *a, const char *b, size_t n)
{
    uint64_t x, y;
    if (n >= 8) {
        for (size_t i = 0; i + 8 < n; i += 8) {
            memcpy(&x, a + i, 8);
            memcpy(&y, b + i, 8);
            if (x != y)
                return 0;
        }
        memcpy(&x, a + n - 8, 8);           /* the last 8, overlapping */
        memcpy(&y, b + n - 8, 8);
        return x == y;
    }
    if (n >= 4) {
        uint32_t x0, x1, y0, y1;
        memcpy(&x0, a, 4);
        memcpy(&x1, a + n - 4, 4);
        memcpy(&y0, b, 4);
        memcpy(&y1, b + n - 4, 4);
        return x0 == y0 && x1 == y1;
    }
    for (size_t i = 0; i < n; i++)
        if (a[i] != b[i])
            return 0;
    return 1;
}

static uint32_t image_lookup(const nm_lexicon *lex, const char *key, size_t n, uint32_t h)
{
    for (uint32_t i = h & lex->img_mask;; i = (i + 1) & lex->img_mask) {
        const image_slot *s = &lex->img[i];
        if (!s->hash)
            return 0;
        uint32_t off = s->offlen >> 8, len = s->offlen & 0xFF;
        if (s->hash == h && len == n && off <= lex->img_keys_len - len &&
            same_bytes(lex->img_keys + off, key, n))
            return s->cls;
    }
}

/* FNV-1a goes on from where it stopped: the hash of key[0..n) from that of
 * key[0..from) (h, before hash_bytes() makes 0 a 1). */
static uint32_t fnv_more(uint32_t h, const char *key, size_t from, size_t n)
{
    for (size_t i = from; i < n; i++)
        h = (h ^ (unsigned char)key[i]) * 16777619u;
    return h;
}

/* Classes of key[0..n), whose FNV-1a is fnv (hash_bytes() without the 0 fix). */
static uint32_t lookup_fnv(const nm_lexicon *lex, const char *key, size_t n, uint32_t fnv)
{
    uint32_t h = fnv ? fnv : 1, cls = 0;
    if (lex->img)
        cls = image_lookup(lex, key, n, h);
    if (lex->slots) {
        const slot *s = find(lex, key, n, h);
        if (s->hash)
            cls |= s->cls;
    }
    return cls;
}

static uint32_t lookup(const nm_lexicon *lex, const char *key, size_t n)
{
    return lookup_fnv(lex, key, n, fnv_more(2166136261u, key, 0, n));
}

/* All the bits of the word s[0..n), internal ones too; 0 when unknown. */
static uint32_t word_bits(const nm_lexicon *lex, const char *s, size_t n)
{
    char key[MAX_KEY];
    if (!lex || n == 0 || n >= MAX_KEY)
        return 0;
    size_t len = fold_into(key, 0, sizeof key, s, n);
    if (len > sizeof key)
        return 0;
    return lookup(lex, key, len);
}

uint32_t nm_lex_word(const nm_lexicon *lex, const char *s, size_t n)
{
    return public_bits(word_bits(lex, s, n));
}

int nm_lex_gender(const nm_lexicon *lex, const char *s, size_t n)
{
    uint32_t cls = word_bits(lex, s, n) & (LX_SEX_F | LX_SEX_M);
    return cls == LX_SEX_F ? NM_SEX_FEMALE : cls == LX_SEX_M ? NM_SEX_MALE : 0;
}

uint32_t nm_lex_word_fnv(const nm_lexicon *lex, const char *s, size_t n, uint32_t *fnv)
{
    char key[MAX_KEY];
    *fnv = 0;
    if (n == 0 || n > NM_WORD_MAX)
        return lex ? nm_lex_word(lex, s, n) : 0;
    const unsigned char *p = (const unsigned char *)s;
    uint32_t h = 2166136261u;
    size_t i = 0;
    /* an ASCII word: folded and hashed in one pass (as fold_into() and
     * lookup() would) */
    for (; i < n && p[i] < 0x80; i++) {
        key[i] = (char)(p[i] - (unsigned)'A' < 26u ? p[i] + 32 : p[i]);
        h = (h ^ (unsigned char)key[i]) * 16777619u;
    }
    if (i < n)
        return lex ? nm_lex_word(lex, s, n) : 0;
    *fnv = h ? h : 1;
    return lex ? public_bits(lookup_fnv(lex, key, n, h)) : 0;
}

int nm_lex_phrase_head(const nm_lexicon *lex, const char *s, size_t n)
{
    char key[MAX_KEY];
    if (!lex)
        return 0;
    /* the first step of nm_lex_phrase(), on the word alone */
    size_t len = fold_into(key, 0, sizeof key - 1, s, n);
    if (len >= sizeof key - 1)
        return 0;
    return (lookup(lex, key, len) & LX_PHRASE_HEAD) != 0;
}

uint32_t nm_lex_phrase(const nm_lexicon *lex, const nm_doc *d, size_t i, size_t *ntok)
{
    char key[MAX_KEY];
    size_t len = 0, best = 0;
    uint32_t best_cls = 0, fnv = 2166136261u;   /* of key[0..len) */
    *ntok = 0;
    if (!lex || i >= d->toks.n)
        return 0;
    for (size_t k = 0; k < MAX_PHRASE_TOKENS && i + k < d->toks.n; k++) {
        const nm_token *t = DOC_TOK(d, i + k);
        size_t from = len;
        if (k) {
            if (t->flags & TF_SENT_START)
                break;
            key[len++] = ' ';
        }
        /* the phrase's hash grows with it: an ASCII word that fits is
         * folded and hashed in one loop (as fold_into() and fnv_more()
         * would), anything else by them */
        const unsigned char *p = (const unsigned char *)d->text + t->start;
        size_t tn = t->end - t->start, j = 0;
        uint32_t h = fnv;
        if (len + tn + 1 < sizeof key - 1) {
            if (k)
                h = (h ^ ' ') * 16777619u;
            for (; j < tn && p[j] < 0x80; j++) {
                unsigned c = (unsigned)p[j] - 'A' < 26u ? p[j] + 32u : p[j];
                key[len + j] = (char)c;
                h = (h ^ c) * 16777619u;
            }
        }
        if (j == tn && len + tn + 1 < sizeof key - 1) {
            len += tn;
            fnv = h;
        } else {
            len = fold_into(key, len, sizeof key - 1, d->text + t->start, tn);
            if (len >= sizeof key - 1)
                break;
            fnv = fnv_more(fnv, key, from, len);
        }
        uint32_t cls = lookup_fnv(lex, key, len, fnv);
        if (cls & ~LX_INTERNAL) {
            best = k + 1;
            best_cls = cls & ~LX_INTERNAL;
        }
        /* Go on only while some longer phrase starts with these tokens. */
        if (!(cls & (k ? LX_PREFIX : LX_PHRASE_HEAD)))
            break;
    }
    *ntok = best;
    return best_cls;
}
