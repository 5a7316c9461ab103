/*
 * tokmap.c -- a sparse map from tokens to int32 values, for per-token facts
 * that hold at few tokens (the mention ending at a token, the quote covering
 * it).  A bitmap of the tokens that have a value, ranked every 64 tokens, and
 * the values in token order: 3/16 byte a token plus 4 a value, where an int32
 * table takes 4 bytes a token -- those tables were the biggest item at the
 * peak of an analysis.  Lookup is O(1) (nm_tokmap_get in nm.h).
 *
 * Use: nm_tokmap_init, nm_tokmap_mark every token that will have a value,
 * nm_tokmap_seal (values start at -1), then write through nm_tokmap_slot.
 */
#include "nm.h"
#include <stdlib.h>

nm_status nm_tokmap_init(nm_tokmap *m, size_t n)
{
    size_t words = (n >> 6) + 1;
    m->val = NULL;
    m->rank = malloc(words * sizeof *m->rank);
    m->bits = calloc(words, sizeof *m->bits);
    if (!m->bits || !m->rank) {
        nm_tokmap_free(m);
        return NM_ENOMEM;
    }
    return NM_OK;
}

nm_status nm_tokmap_seal(nm_tokmap *m, size_t n)
{
    size_t words = (n >> 6) + 1;
    uint32_t r = 0;
    for (size_t w = 0; w < words; w++) {
        m->rank[w] = r;
        r += nm_popcount64(m->bits[w]);
    }
    m->val = malloc((r + 1) * sizeof *m->val);
    if (!m->val)
        return NM_ENOMEM;
    for (uint32_t i = 0; i < r; i++)
        m->val[i] = -1;
    return NM_OK;
}

void nm_tokmap_free(nm_tokmap *m)
{
    free(m->bits);
    free(m->rank);
    free(m->val);
    m->bits = NULL;
    m->rank = NULL;
    m->val = NULL;
}
