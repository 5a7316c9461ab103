/*
 * alloc.c -- growable arrays and the per-document arena.
 *
 * Every allocation that can fail returns NULL (or -1) so that callers can
 * pass NM_ENOMEM up; nothing here aborts.
 */
#include "nm.h"
#include <stdlib.h>

int nm_vec_reserve(nm_vec *v, size_t elsize, size_t more)
{
    if (v->cap - v->n >= more)
        return 0;
    size_t need = v->n + more;
    if (need < v->n || need > SIZE_MAX / elsize / 2)
        return -1;
    size_t cap = v->cap ? v->cap : 16;
    while (cap < need)
        cap *= 2;
    void *p = realloc(v->data, cap * elsize);
    if (!p)
        return -1;
    v->data = p;
    v->cap = cap;
    return 0;
}

void nm_vec_free(nm_vec *v)
{
    free(v->data);
    v->data = NULL;
    v->n = v->cap = 0;
}

/* Arena: a chain of blocks, each at least 64 KiB, freed all at once. */
struct nm_arena_block {
    nm_arena_block *next;
    size_t used, size;
    max_align_t data[];
};

void *nm_arena_alloc(nm_arena *a, size_t n)
{
    n = (n + sizeof(max_align_t) - 1) & ~(sizeof(max_align_t) - 1);
    nm_arena_block *b = a->head;
    if (!b || b->size - b->used < n) {
        size_t size = n > 65536 ? n : 65536;
        b = malloc(sizeof *b + size);
        if (!b)
            return NULL;
        b->size = size;
        b->used = 0;
        b->next = a->head;
        a->head = b;
    }
    void *p = (char *)b->data + b->used;
    b->used += n;
    return p;
}

char *nm_arena_strndup(nm_arena *a, const char *s, size_t n)
{
    char *p = nm_arena_alloc(a, n + 1);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

void nm_arena_free(nm_arena *a)
{
    nm_arena_block *b = a->head;
    while (b) {
        nm_arena_block *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
}
