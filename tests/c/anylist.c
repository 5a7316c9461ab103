/*
 * anylist.c -- is_any() (attr.h), the attribution files' word-list test,
 * answers as a plain walk of the list does: with its per-list filter, in
 * either case, for words of one byte, and for more lists than its memo
 * holds (those are walked).  Prints TAP.
 */
#include "../../csrc/attr.h"
#include <stdio.h>
#include <stdlib.h>

static int n_ok, n_all;

static void check(int ok, const char *what)
{
    n_all++;
    n_ok += ok != 0;
    printf("%sok %d - anylist: %s\n", ok ? "" : "not ", n_all, what);
}

static int walk(const nm_doc *d, size_t i, const char *const *list)
{
    for (; *list; list++)
        if (nm_tok_is(d, i, *list))
            return 1;
    return 0;
}

static const char *const verbs[] = { "said", "says", "told", "added", "noted", NULL };
static const char *const one[] = { "a", "i", NULL };
static const char *const none[] = { NULL };

int main(void)
{
    static const char text[] = "SAID the mayor, I Said a Word: Tolled tolD noted.";
    nm_doc d;
    memset(&d, 0, sizeof d);
    d.text = text;
    d.len = sizeof text - 1;
    if (nm_text_split(&d) != NM_OK) {
        printf("not ok 1 - anylist: text split\n1..1\n");
        return 1;
    }
    actx *c = calloc(1, sizeof *c);
    if (!c)
        return 1;
    c->d = &d;
    c->tk = d.toks.data;
    c->n = d.toks.n;

    int same = 1, hits = 0;
    for (int round = 0; round < 2; round++)     /* the filters made, then used */
        for (size_t i = 0; i < d.toks.n; i++) {
            int a = is_any(c, i, verbs), b = is_any(c, i, one), e = is_any(c, i, none);
            same &= a == walk(&d, i, verbs) && b == walk(&d, i, one) && !e;
            hits += a + b;
        }
    check(same, "as the walk on every token, twice (filters new, then made)");
    check(hits == 2 * 6, "finds SAID, Said, tolD, noted, I and a in any case");

    /* more distinct lists than the memo takes: the later ones are walked */
    enum { NLISTS = NM_ANY_SLOTS * 2 };
    const char *(*lists)[3] = malloc(NLISTS * sizeof *lists);
    if (!lists)
        return 1;
    static const char *const words[] = { "said", "mayor", "word", "the", "noted", "zebra" };
    for (int k = 0; k < NLISTS; k++) {
        lists[k][0] = words[k % 6];
        lists[k][1] = words[(k / 6) % 6];
        lists[k][2] = NULL;
    }
    same = 1;
    for (int round = 0; round < 2; round++)
        for (int k = 0; k < NLISTS; k++)
            for (size_t i = 0; i < d.toks.n; i++)
                same &= is_any(c, i, lists[k]) == walk(&d, i, lists[k]);
    check(same, "more lists than the memo holds: each answers as its walk");
    check(c->any.used * 4 <= NM_ANY_SLOTS * 3, "the memo stops at three quarters full");

    free(lists);
    free(c);
    nm_vec_free(&d.toks);
    nm_vec_free(&d.sents);
    nm_vec_free(&d.paras);
    nm_arena_free(&d.arena);
    printf("1..%d\n", n_all);
    return n_ok == n_all ? 0 : 1;
}
