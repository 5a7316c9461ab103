/*
 * strtab.c -- a table of strings compared without ASCII case, each with a
 * small tag, mapping to an int32 value: what coref.c looks names up in
 * ("Wang" as a part of a person's name -> that entity) and what entities.c
 * keeps its per-document votes under ("Halverton" -> the payload index).
 *
 * Open addressing with linear probing, kept at most half full.  It starts
 * small and doubles: a document names far fewer distinct things than it
 * has mentions, and tables sized by the mentions (most of their pages
 * touched by scattered inserts) were the peak of an analysis's memory.
 * Keys point into the caller's text, which must outlive the table.
 * The lookups (hash, probe, get, put) are inline, in strtab.h.
 */
#include "strtab.h"
#include <stdlib.h>

nm_status nm_strtab_init(nm_strtab *t, size_t cap)
{
    size_t c = 16;
    while (c < cap)
        c *= 2;
    t->used = 0;
    t->slots = calloc(c, sizeof *t->slots);
    t->mask = t->slots ? c - 1 : 0;
    return t->slots ? NM_OK : NM_ENOMEM;
}

void nm_strtab_free(nm_strtab *t)
{
    free(t->slots);
    t->slots = NULL;
    t->mask = t->used = 0;
}

int nm_strtab_grow(nm_strtab *t)
{
    size_t cap = (t->mask + 1) * 2;
    nm_strkey *slots = calloc(cap, sizeof *slots);
    if (!slots)
        return -1;
    for (size_t i = 0; i <= t->mask; i++) {
        const nm_strkey *k = &t->slots[i];
        if (!k->s)
            continue;
        size_t j = k->hash & (cap - 1);
        while (slots[j].s)
            j = (j + 1) & (cap - 1);
        slots[j] = *k;
    }
    free(t->slots);
    t->slots = slots;
    t->mask = cap - 1;
    return 0;
}

