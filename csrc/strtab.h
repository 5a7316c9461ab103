/*
 * strtab.h -- the name table's lookups (strtab.c has its making and
 * growing; the types are in nm.h): inline in coref.c and entities.c, which
 * look names up ~130,000 times per MB of text, so that a lookup costs no
 * call.
 */
#ifndef NM_STRTAB_H
#define NM_STRTAB_H

#include "nm.h"

/* Doubles the table; -1 when out of memory (the table is unchanged). */
int nm_strtab_grow(nm_strtab *t);

/* n (4 or 8) bytes as a word (in the machine's byte order: the hashes
 * differ between machines, not between runs). */
static inline uint64_t strtab_load_n(const unsigned char *p, size_t n)
{
    uint64_t v = 0;
    if (n == 8) {
        memcpy(&v, p, 8);
    } else {
        uint32_t w;
        memcpy(&w, p, 4);
        v = w;
    }
    return v;
}

static inline uint64_t strtab_mix64(uint64_t h, uint64_t w)
{
    h = (h ^ w) * 0x9E3779B97F4A7C15u;
    return h ^ (h >> 29);
}

/* A hash of s[0..n) with ASCII letters folded, 8 bytes a step (the byte-wise
 * FNV it replaces was a tenth of coref's and entities.c's time).  Only
 * equal keys need equal hashes: the last word may overlap the one before
 * it, and a key of under 8 bytes is read as two overlapping halves.
 * Inline in the lookups: ~130,000 a MB, mostly of short keys. */
static inline uint32_t strtab_hash(const char *str, size_t n, uint32_t seed)
{
    const unsigned char *s = (const unsigned char *)str;
    uint64_t h = ((uint64_t)seed << 32 | n) * 0xC2B2AE3D27D4EB4Fu;
    if (n >= 8) {
        size_t i = 0;
        for (; i + 8 < n; i += 8)
            h = strtab_mix64(h, nm_fold8(strtab_load_n(s + i, 8)));
        h = strtab_mix64(h, nm_fold8(strtab_load_n(s + n - 8, 8)));
    } else if (n >= 4) {
        h = strtab_mix64(h, nm_fold8(strtab_load_n(s, 4) | strtab_load_n(s + n - 4, 4) << 32));
    } else if (n) {
        h = strtab_mix64(h, nm_fold8(s[0] | (uint64_t)s[n / 2] << 8 | (uint64_t)s[n - 1] << 16));
    }
    h ^= h >> 32;
    h *= 0xD6E8FEB86659FD93u;
    return (uint32_t)(h ^ (h >> 32));
}

/* The slot holding (s, n, tag), or the empty slot where it would go.
 * Inline in both lookups (an out-of-line probe cost more than its call). */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline nm_strkey *strtab_probe(const nm_strtab *t, const char *s, size_t n, uint32_t tag, uint32_t h)
{
    for (size_t i = h & t->mask;; i = (i + 1) & t->mask) {
        nm_strkey *k = &t->slots[i];
        if (!k->s || (k->hash == h && k->tag == tag && k->len == n && nm_ascii_ieq(k->s, s, n)))
            return k;
    }
}

static inline nm_strkey *nm_strtab_get(const nm_strtab *t, const char *s, size_t n, uint32_t tag)
{
    if (!t->slots || n == 0 || n > UINT32_MAX)
        return NULL;
    nm_strkey *k = strtab_probe(t, s, n, tag, strtab_hash(s, n, tag));
    return k->s ? k : NULL;
}

static inline nm_strkey *nm_strtab_put(nm_strtab *t, const char *s, size_t n, uint32_t tag, int *added)
{
    *added = 0;
    if (!t->slots || n == 0 || n > UINT32_MAX)
        return NULL;
    uint32_t h = strtab_hash(s, n, tag);
    nm_strkey *k = strtab_probe(t, s, n, tag, h);
    if (k->s)
        return k;
    if ((t->used + 1) * 2 > t->mask + 1) {
        if (nm_strtab_grow(t))
            return NULL;
        k = strtab_probe(t, s, n, tag, h);
    }
    k->s = s;
    k->len = (uint32_t)n;
    k->hash = h;
    k->tag = tag;
    k->val = -1;
    t->used++;
    *added = 1;
    return k;
}

#endif
