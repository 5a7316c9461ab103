/*
 * slurp.h -- read a whole file into memory, for the tools (nm-bench,
 * nm-train, nm-train-claims) and the C tests, which each had a copy.
 * Reads in chunks, so pipes and /dev/stdin work too.  Header-only: each
 * tool is one source file linked against the library, which has no such
 * function (the CLI reports read errors its own way, csrc/cli/main.c).
 */
#ifndef NM_SLURP_H
#define NM_SLURP_H

#include <stdio.h>
#include <stdlib.h>

/* The bytes of the file at path, NUL-terminated (the NUL not counted in
 * *len), to free(); NULL (and *len 0) when it cannot be opened, read or
 * held. */
static inline char *slurp(const char *path, size_t *len)
{
    *len = 0;
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *buf = NULL;
    size_t n = 0, cap = 0;
    for (;;) {
        if (cap - n < 2) {
            size_t c = cap ? cap * 2 : 65536;
            char *p = c > cap ? realloc(buf, c) : NULL;
            if (!p) {
                free(buf);
                fclose(f);
                return NULL;
            }
            buf = p;
            cap = c;
        }
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0)
            break;
    }
    int bad = ferror(f);
    fclose(f);
    if (bad) {
        free(buf);
        return NULL;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

#endif
