/*
 * threads.c -- 16 threads analyse at once through the C API on one shared
 * engine; every result must equal the single-threaded one.
 *
 *   build/test-threads [FILE...]
 *
 * The texts are a few built-in sentences (written for this test) plus any
 * FILEs given (run.sh passes some dev-corpus texts when ../shared exists).
 * Prints TAP.  Run under ThreadSanitizer or Helgrind it also shows that the
 * engine is truly read-only; under AddressSanitizer, that nothing leaks.
 */
#include "../../csrc/newsmark.h"
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../../csrc/tools/slurp.h"

#define NTHREADS 16
#define ROUNDS 4

static const char *const builtin[] = {
    "Harbour officials in Valparaiso said on Friday that the strike had ended.\n\n"
    "\xe2\x80\x9cThe cranes are moving again,\xe2\x80\x9d said Marta Quispe, the port's "
    "director. According to the union, workers will vote next week.\n",
    "Senator Tomas Ferro told reporters on Monday that the bill would pass. "
    "\"We have the votes,\" he said. Mr. Ferro, a member of the Finance Committee, "
    "added that the Treasury Department agreed.\n",
    "FOREIGN MINISTER MEETS ENVOY\n\nULAANBAATAR, March 3 -- Foreign Minister "
    "Batbold Erdene met the envoy of the European Union on Thursday. "
    "Erdene noted that trade had grown, according to a statement.\n",
    "\xff\xfe bad \xc0\xaf bytes \xed\xa0\x80 and a NUL \0 inside, \"unbalanced, said Bo.",
    "",
    "\"\"\"\" ' \xe2\x80\x9c \xe2\x80\x98 \xc2\xab",
};
#define NBUILTIN (sizeof builtin / sizeof *builtin)
/* builtin[3] holds one NUL byte: its length runs past it. */
static size_t builtin_len(size_t i)
{
    size_t n = strlen(builtin[i]);
    return i == 3 ? n + 1 + strlen(builtin[i] + n + 1) : n;
}

typedef struct text {
    char *s;
    size_t n;
    char *expect;      /* single-threaded dump of the result */
} text;

static text *texts;
static size_t ntexts;
static const nm_engine *engine;

/* A canonical dump of a result: every field of every span, entity, quote. */
static char *dump(const nm_result *res)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f)
        return NULL;
    const nm_span *sp;
    const nm_entity *en;
    const nm_quote *q;
    size_t ns = nm_result_spans(res, &sp), ne = nm_result_entities(res, &en),
           nq = nm_result_quotes(res, &q);
    for (size_t i = 0; i < ns; i++)
        fprintf(f, "S %zu %zu %d %d\n", sp[i].start, sp[i].end, (int)sp[i].type, sp[i].entity);
    for (size_t i = 0; i < ne; i++) {
        fprintf(f, "E %d %d %s |", en[i].id, (int)en[i].type, en[i].name);
        for (size_t k = 0; k < en[i].n_aliases; k++)
            fprintf(f, " a:%s", en[i].aliases[k]);
        for (size_t k = 0; k < en[i].n_titles; k++)
            fprintf(f, " t:%s", en[i].titles[k]);
        for (size_t k = 0; k < en[i].n_mentions; k++)
            fprintf(f, " %zu-%zu", en[i].mentions[k].start, en[i].mentions[k].end);
        fputc('\n', f);
    }
    for (size_t i = 0; i < nq; i++)
        fprintf(f, "Q %zu %zu %d %zu %zu %zu %zu %d %d\n", q[i].start, q[i].end, q[i].direct,
                q[i].cue.start, q[i].cue.end, q[i].speaker.start, q[i].speaker.end, q[i].entity,
                q[i].addressee);
    fclose(f);
    return buf;
}

static char *analyse(size_t k, nm_status *st)
{
    nm_result *res;
    *st = nm_analyze(engine, texts[k].s, texts[k].n, &res);
    if (*st != NM_OK)
        return NULL;
    char *d = dump(res);
    nm_result_free(res);
    return d;
}

typedef struct job {
    int id;
    size_t mismatches, failures;
} job;

static void *worker(void *arg)
{
    job *j = arg;
    for (int r = 0; r < ROUNDS; r++)
        for (size_t i = 0; i < ntexts; i++) {
            size_t k = (i + (size_t)j->id + (size_t)r) % ntexts;   /* threads out of step */
            nm_status st;
            char *d = analyse(k, &st);
            if (!d)
                j->failures++;
            else if (strcmp(d, texts[k].expect) != 0)
                j->mismatches++;
            free(d);
        }
    return NULL;
}


int main(int argc, char **argv)
{
    int test = 0, bad = 0;
    ntexts = NBUILTIN + (size_t)(argc - 1) + 1;
    texts = calloc(ntexts, sizeof *texts);
    if (!texts)
        return 1;
    size_t n = 0;
    for (size_t i = 0; i < NBUILTIN; i++) {
        texts[n].n = builtin_len(i);
        texts[n].s = malloc(texts[n].n + 1);
        memcpy(texts[n].s, builtin[i], texts[n].n);
        n++;
    }
    for (int i = 1; i < argc; i++) {
        if (!(texts[n].s = slurp(argv[i], &texts[n].n))) {
            fprintf(stderr, "test-threads: cannot read %s\n", argv[i]);
            continue;
        }
        n++;
    }
    /* one larger text: all the others, back to back, twice */
    size_t big = 0;
    for (size_t i = 0; i < n; i++)
        big += 2 * (texts[i].n + 2);
    texts[n].s = malloc(big + 1);
    for (int r = 0; r < 2; r++)
        for (size_t i = 0; i < n; i++) {
            memcpy(texts[n].s + texts[n].n, texts[i].s, texts[i].n);
            texts[n].n += texts[i].n;
            memcpy(texts[n].s + texts[n].n, "\n\n", 2);
            texts[n].n += 2;
        }
    ntexts = n + 1;

    printf("1..3\n");
    nm_status st;
    nm_engine *eng = nm_engine_new(NULL, &st);
    if (!eng) {
        printf("not ok 1 - engine: %s\n", nm_strerror(st));
        return 1;
    }
    engine = eng;

    /* single-threaded reference */
    size_t fails = 0;
    for (size_t i = 0; i < ntexts; i++)
        if (!(texts[i].expect = analyse(i, &st)))
            fails++;
    printf("%s %d - single-threaded analysis of %zu texts\n", fails ? "not ok" : "ok", ++test,
           ntexts);
    bad += fails != 0;

    pthread_t th[NTHREADS];
    job jobs[NTHREADS];
    int started = 0;
    for (int t = 0; t < NTHREADS; t++) {
        jobs[t] = (job){ .id = t };
        if (pthread_create(&th[t], NULL, worker, &jobs[t]) == 0)
            started++;
        else
            break;
    }
    size_t mism = 0, tfail = 0;
    for (int t = 0; t < started; t++) {
        pthread_join(th[t], NULL);
        mism += jobs[t].mismatches;
        tfail += jobs[t].failures;
    }
    printf("%s %d - %d threads at once on one engine: all %d analyses succeed\n",
           started == NTHREADS && !tfail ? "ok" : "not ok", ++test, started,
           started * ROUNDS * (int)ntexts);
    bad += started != NTHREADS || tfail;
    printf("%s %d - every threaded result equals the single-threaded one (%zu differ)\n",
           mism ? "not ok" : "ok", ++test, mism);
    bad += mism != 0;

    nm_engine_free(eng);
    for (size_t i = 0; i < ntexts; i++) {
        free(texts[i].s);
        free(texts[i].expect);
    }
    free(texts);
    return bad ? 1 : 0;
}
