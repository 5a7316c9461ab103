/*
 * oom.c -- allocation-failure injection: makes the n-th allocation of the
 * core fail, for n = 1, 2, ... until an analysis needs fewer than n, and
 * checks that every call then reports NM_ENOMEM (or succeeds), never crashes,
 * and leaves no block allocated.
 *
 * Linked with -Wl,--wrap=malloc,--wrap=calloc,--wrap=realloc,--wrap=free
 * (see the Makefile), so the wrappers below stand between libnewsmark.a and
 * the C library.  Allocations inside PCRE2 (a shared library) are not
 * wrapped.  Prints TAP.
 */
#include "../../csrc/newsmark.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void *__real_malloc(size_t n);
void *__real_calloc(size_t k, size_t n);
void *__real_realloc(void *p, size_t n);
void __real_free(void *p);

static long calls;      /* allocations tried since the counter was reset */
static long fail_at;    /* this allocation fails (1-based); 0: none */
static long live;       /* blocks allocated and not yet freed */
static int failed;      /* whether the injected failure happened */

static int should_fail(void)
{
    calls++;
    if (fail_at && calls == fail_at) {
        failed = 1;
        return 1;
    }
    return 0;
}

void *__wrap_malloc(size_t n)
{
    if (should_fail())
        return NULL;
    void *p = __real_malloc(n);
    live += p != NULL;
    return p;
}

void *__wrap_calloc(size_t k, size_t n)
{
    if (should_fail())
        return NULL;
    void *p = __real_calloc(k, n);
    live += p != NULL;
    return p;
}

void *__wrap_realloc(void *q, size_t n)
{
    if (should_fail())
        return NULL;
    void *p = __real_realloc(q, n);
    if (!q)
        live += p != NULL;
    else if (!p && n == 0)
        live--;         /* glibc frees q and returns NULL for size 0 */
    return p;
}

void __wrap_free(void *p)
{
    live -= p != NULL;
    __real_free(p);
}

static int test;
static int bad;

static void tap(int ok, const char *fmt, const char *name, long n)
{
    printf("%s %d - ", ok ? "ok" : "not ok", ++test);
    printf(fmt, name, n);
    putchar('\n');
    bad += !ok;
}

/* Fails each allocation of one analysis in turn. */
static void analyse_all_failures(const nm_engine *eng, const char *name, const char *text,
                                 size_t len)
{
    long n, problems = 0, leaks = 0;
    for (n = 1; n < 1000000; n++) {
        long live0 = live;
        calls = 0;
        failed = 0;
        fail_at = n;
        nm_result *res = (nm_result *)1;
        nm_status st = nm_analyze(eng, text, len, &res);
        fail_at = 0;
        if (st == NM_OK) {
            nm_result_free(res);
            if (!failed)
                break;          /* the analysis needs fewer than n allocations */
        } else if (st != NM_ENOMEM || res != NULL) {
            if (problems++ < 3)
                fprintf(stderr, "oom: %s: allocation %ld failed: status %s, result %p\n", name,
                        n, nm_strerror(st), (void *)res);
        }
        if (live != live0 && leaks++ < 3)
            fprintf(stderr, "oom: %s: allocation %ld failed: %ld blocks leaked\n", name, n,
                    live - live0);
    }
    tap(!problems, "%s: each of %ld allocations of an analysis may fail: NM_ENOMEM, no result",
        name, n - 1);
    tap(!leaks, "%s: no block leaks when any of %ld allocations fails", name, n - 1);
}

int main(void)
{
    static const char article[] =
        "BRIEF -- Harbour officials in Valparaiso said on Friday, March 3, that the strike "
        "had ended.\n\n\xe2\x80\x9cThe cranes are moving again,\xe2\x80\x9d said Marta Quispe, "
        "the port's director. \xe2\x80\x9cWe lost a week.\xe2\x80\x9d\n\nAccording to the "
        "union, workers will vote next week. Senator Tomas Ferro told reporters that the bill "
        "would pass, and Ferro added that \"nobody\" objected. Mr. Ferro, a member of the "
        "Finance Committee, met Quispe last year.\n";
    static const char hostile[] = "\xff\xc0\xaf \"\"\" \xed\xa0\x80 Ana\0Bo said \xe2\x80\x9c x";

    /* engine construction */
    long n, problems = 0, leaks = 0;
    for (n = 1; n < 1000000; n++) {
        long live0 = live;
        calls = 0;
        failed = 0;
        fail_at = n;
        nm_status st = NM_OK;
        nm_engine *e = nm_engine_new(NULL, &st);
        fail_at = 0;
        if (e) {
            nm_engine_free(e);
            if (!failed)
                break;
        } else if (st != NM_ENOMEM && problems++ < 3) {
            fprintf(stderr, "oom: engine: allocation %ld failed: status %s\n", n,
                    nm_strerror(st));
        }
        if (live != live0 && leaks++ < 3)
            fprintf(stderr, "oom: engine: allocation %ld: %ld blocks leaked\n", n, live - live0);
    }
    tap(!problems, "%s: each of %ld allocations of nm_engine_new may fail: NM_ENOMEM",
        "engine", n - 1);
    tap(!leaks, "%s: no block leaks when any of %ld allocations fails", "engine", n - 1);

    nm_status st;
    nm_engine *eng = nm_engine_new(NULL, &st);
    if (!eng) {
        printf("not ok %d - engine: %s\n", ++test, nm_strerror(st));
        return 1;
    }
    analyse_all_failures(eng, "article", article, sizeof article - 1);
    analyse_all_failures(eng, "hostile bytes", hostile, sizeof hostile - 1);
    analyse_all_failures(eng, "empty", "", 0);
    nm_engine_free(eng);
    printf("1..%d\n", test);
    return bad ? 1 : 0;
}
