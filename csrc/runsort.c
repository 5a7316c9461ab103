/*
 * runsort.c -- a stable sort for arrays that are a few sorted runs laid end
 * to end, as the mention lists are (each module appends its findings in
 * text order).  Natural merge sort: O(n) for one run, O(n log r) for r runs,
 * O(n log n) at worst.  Needs a scratch array of the same size.
 */
#include "nm.h"
#include <stdlib.h>

/* One element: the callers' sizes (8 to 24 bytes) as fixed copies the
 * compiler makes a move or two, not a call to memcpy() per element. */
static inline void copy_elem(char *dst, const char *src, size_t size)
{
    switch (size) {
    case 4: memcpy(dst, src, 4); break;
    case 8: memcpy(dst, src, 8); break;
    case 12: memcpy(dst, src, 12); break;
    case 16: memcpy(dst, src, 16); break;
    case 24: memcpy(dst, src, 24); break;
    default: memcpy(dst, src, size); break;
    }
}

int nm_sort_runs(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
    char *a = base;
    if (n < 2)
        return 0;
    /* already sorted: the common case, no scratch needed */
    size_t i = 1;
    while (i < n && cmp(a + (i - 1) * size, a + i * size) <= 0)
        i++;
    if (i == n)
        return 0;
    if (n > SIZE_MAX / size)
        return -1;
    char *tmp = malloc(n * size);
    if (!tmp)
        return -1;
    char *src = a, *dst = tmp;
    for (;;) {
        size_t runs = 0, lo = 0;
        while (lo < n) {
            /* the run starting at lo, then the next one */
            size_t mid = lo + 1;
            while (mid < n && cmp(src + (mid - 1) * size, src + mid * size) <= 0)
                mid++;
            size_t hi = mid;
            if (hi < n) {
                hi++;
                while (hi < n && cmp(src + (hi - 1) * size, src + hi * size) <= 0)
                    hi++;
            }
            size_t x = lo, y = mid, o = lo;
            while (x < mid && y < hi) {
                if (cmp(src + y * size, src + x * size) < 0)
                    copy_elem(dst + o++ * size, src + y++ * size, size);
                else
                    copy_elem(dst + o++ * size, src + x++ * size, size);
            }
            if (x < mid)
                memcpy(dst + o * size, src + x * size, (mid - x) * size), o += mid - x;
            if (y < hi)
                memcpy(dst + o * size, src + y * size, (hi - y) * size);
            runs++;
            lo = hi;
        }
        char *t = src;
        src = dst;
        dst = t;
        if (runs <= 1)
            break;
    }
    if (src != a)
        memcpy(a, src, n * size);
    free(tmp);
    return 0;
}
