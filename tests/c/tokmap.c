/*
 * tokmap.c -- the sparse per-token map (csrc/tokmap.c, nm.h): marked tokens
 * keep their values, and nm_tokmap_prev() finds the last marked token before
 * a token exactly as a token-by-token walk back does, across 64-token words,
 * at the map's ends and with no mark in range.  Prints TAP.
 */
#include "../../csrc/nm.h"
#include <stdio.h>
#include <stdlib.h>

static int n_ok, n_all;

static void check(int ok, const char *what)
{
    n_all++;
    n_ok += ok != 0;
    printf("%sok %d - tokmap: %s\n", ok ? "" : "not ", n_all, what);
}

static size_t walk_prev(const nm_tokmap *m, size_t i, size_t lo)
{
    for (size_t k = i; k-- > lo;)
        if (nm_tokmap_has(m, k))
            return k;
    return (size_t)-1;
}

int main(void)
{
    enum { N = 300 };
    nm_tokmap m;
    if (nm_tokmap_init(&m, N) != NM_OK)
        return 1;
    /* marks at the ends, on both sides of word bounds, and a gap of more
     * than two words (tokens 70-199 unmarked) */
    static const size_t marks[] = { 0, 1, 5, 62, 63, 64, 69, 200, 255, 256, 299 };
    for (size_t k = 0; k < sizeof marks / sizeof marks[0]; k++)
        nm_tokmap_mark(&m, marks[k]);
    if (nm_tokmap_seal(&m, N) != NM_OK)
        return 1;
    for (size_t k = 0; k < sizeof marks / sizeof marks[0]; k++)
        *nm_tokmap_slot(&m, marks[k]) = (int32_t)(k * 10);

    int ok = 1;
    for (size_t k = 0; k < sizeof marks / sizeof marks[0]; k++)
        ok &= nm_tokmap_get(&m, marks[k]) == (int32_t)(k * 10);
    ok &= nm_tokmap_get(&m, 2) == -1 && nm_tokmap_get(&m, 150) == -1;
    check(ok, "marked tokens keep their values, others are -1");

    ok = 1;
    for (size_t lo = 0; lo <= N; lo++)
        for (size_t i = lo; i <= N; i++)
            ok &= nm_tokmap_prev(&m, i, lo) == walk_prev(&m, i, lo);
    check(ok, "nm_tokmap_prev() finds what a walk back finds, for every range");

    size_t seen = 0, k = N;
    while ((k = nm_tokmap_prev(&m, k, 0)) != (size_t)-1)
        seen++;
    check(seen == sizeof marks / sizeof marks[0], "walking back from the end visits every mark once");
    check(nm_tokmap_prev(&m, 199, 70) == (size_t)-1, "no mark in the range: none");

    nm_tokmap_free(&m);
    printf("1..%d\n", n_all);
    return n_ok == n_all ? 0 : 1;
}
