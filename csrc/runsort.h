/*
 * runsort.h -- a stable sort for arrays that are a few sorted runs laid end
 * to end, as the mention lists are (each module appends its findings in
 * text order).  Natural merge sort: O(n) for one run, O(n log r) for r runs,
 * O(n log n) at worst.  Needs a scratch array of the same size.
 *
 * NM_RUNSORT(name, T, cmp) defines `static int name(T *a, size_t n)`, which
 * sorts a[0..n) by cmp (a qsort() comparator of two const T *) and returns
 * 0, or -1 when its scratch array cannot be allocated.  A sort per element
 * type, so that cmp is inlined and elements move as T: the one generic sort
 * it replaces called its comparator through a pointer ~300,000 times per MB
 * of text (entities.c, coref.c, titles.c, result.c).
 */
#ifndef NM_RUNSORT_H
#define NM_RUNSORT_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define NM_RUNSORT(name, T, cmp)                                                            \
    static int name(T *a, size_t n)                                                         \
    {                                                                                       \
        if (n < 2)                                                                          \
            return 0;                                                                       \
        /* already sorted: the common case, no scratch needed */                            \
        size_t i = 1;                                                                       \
        while (i < n && cmp(&a[i - 1], &a[i]) <= 0)                                         \
            i++;                                                                            \
        if (i == n)                                                                         \
            return 0;                                                                       \
        if (n > SIZE_MAX / sizeof(T))                                                       \
            return -1;                                                                      \
        T *tmp = malloc(n * sizeof(T));                                                     \
        if (!tmp)                                                                           \
            return -1;                                                                      \
        T *src = a, *dst = tmp;                                                             \
        for (;;) {                                                                          \
            size_t runs = 0, lo = 0;                                                        \
            while (lo < n) {                                                                \
                /* the run starting at lo, then the next one */                             \
                size_t mid = lo + 1;                                                        \
                while (mid < n && cmp(&src[mid - 1], &src[mid]) <= 0)                       \
                    mid++;                                                                  \
                size_t hi = mid;                                                            \
                if (hi < n) {                                                               \
                    hi++;                                                                   \
                    while (hi < n && cmp(&src[hi - 1], &src[hi]) <= 0)                      \
                        hi++;                                                               \
                }                                                                           \
                size_t x = lo, y = mid, o = lo;                                             \
                while (x < mid && y < hi)                                                   \
                    dst[o++] = cmp(&src[y], &src[x]) < 0 ? src[y++] : src[x++];             \
                if (x < mid)                                                                \
                    memcpy(&dst[o], &src[x], (mid - x) * sizeof(T)), o += mid - x;          \
                if (y < hi)                                                                 \
                    memcpy(&dst[o], &src[y], (hi - y) * sizeof(T));                         \
                runs++;                                                                     \
                lo = hi;                                                                    \
            }                                                                               \
            T *t_ = src;                                                                    \
            src = dst;                                                                      \
            dst = t_;                                                                       \
            if (runs <= 1)                                                                  \
                break;                                                                      \
        }                                                                                   \
        if (src != a)                                                                       \
            memcpy(a, src, n * sizeof(T));                                                  \
        free(tmp);                                                                          \
        return 0;                                                                           \
    }

#endif
