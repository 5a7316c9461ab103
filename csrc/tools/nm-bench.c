/*
 * nm-bench.c -- throughput benchmark of the full analysis.
 *
 *   nm-bench [-m MB] [-r RUNS] [--no-tagger] [--shape SHAPE] FILE...
 *
 * Builds a text of at least MB megabytes (default 5) by repeating the given
 * files in a shuffled order (fixed seed, so every run measures the same
 * text), analyses it RUNS times (default 3) and prints the best MB/s, the
 * time per MB and the peak resident memory relative to the input size.
 * Time is also given as CPU time of the process, best of the runs, with the
 * minor page faults of that run: on a machine shared with other work the
 * wall clock says more about the others than about newsmark.
 *
 * SHAPE (for the linear-time checks of scripts/bench.sh):
 *   corpus   the shuffled texts as they are (default)
 *   line     the same with every line break turned into a space: one line
 *   quotes   the same with 100,000 extra straight quote marks, none closed,
 *            before words spread evenly over the text
 */
#include "../newsmark.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/resource.h>
#include "slurp.h"


static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static double cpu_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static long minor_faults(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_minflt;
}

int main(int argc, char **argv)
{
    double mb = 5;
    int runs = 3, argi = 1;
    const char *shape = "corpus";
    nm_options o;
    memset(&o, 0, sizeof o);
    for (; argi < argc && argv[argi][0] == '-'; argi++) {
        if (!strcmp(argv[argi], "-m") && argi + 1 < argc) mb = atof(argv[++argi]);
        else if (!strcmp(argv[argi], "-r") && argi + 1 < argc) runs = atoi(argv[++argi]);
        else if (!strcmp(argv[argi], "--no-tagger")) o.no_tagger = 1;
        else if (!strcmp(argv[argi], "--shape") && argi + 1 < argc) shape = argv[++argi];
        else { fprintf(stderr, "usage: nm-bench [-m MB] [-r RUNS] [--no-tagger] [--shape corpus|line|quotes] FILE...\n"); return 1; }
    }
    int nf = argc - argi;
    if (nf <= 0) { fprintf(stderr, "nm-bench: no input files\n"); return 1; }
    char **texts = calloc((size_t)nf, sizeof *texts);
    size_t *lens = calloc((size_t)nf, sizeof *lens);
    for (int i = 0; i < nf; i++)
        if (!(texts[i] = slurp(argv[argi + i], &lens[i]))) {
            fprintf(stderr, "nm-bench: cannot read %s\n", argv[argi + i]);
            return 2;
        }
    size_t want = (size_t)(mb * 1e6), len = 0, cap = want + (1 << 20);
    char *big = malloc(cap);
    unsigned seed = 12345;
    while (len < want) {
        seed = seed * 1103515245u + 12345u;
        int k = (int)((seed >> 8) % (unsigned)nf);
        if (len + lens[k] + 2 > cap) {
            cap = (len + lens[k] + 2) * 2;
            big = realloc(big, cap);
        }
        memcpy(big + len, texts[k], lens[k]);
        len += lens[k];
        big[len++] = '\n';
        big[len++] = '\n';
    }
    if (!strcmp(shape, "line")) {
        for (size_t i = 0; i < len; i++)
            if (big[i] == '\n' || big[i] == '\r')
                big[i] = ' ';
    } else if (!strcmp(shape, "quotes")) {
        /* 100,000 opening marks that never close, one before every k-th word */
        const size_t marks = 100000;
        size_t words = 0;
        for (size_t i = 1; i < len; i++)
            words += big[i - 1] == ' ' && big[i] != ' ';
        size_t every = words / marks ? words / marks : 1, w = 0, added = 0;
        char *q = malloc(len + marks);
        size_t qn = 0;
        if (!q) { fprintf(stderr, "nm-bench: out of memory\n"); return 3; }
        for (size_t i = 0; i < len; i++) {
            if (i && big[i - 1] == ' ' && big[i] != ' ' && added < marks && ++w % every == 0) {
                q[qn++] = '"';
                added++;
            }
            q[qn++] = big[i];
        }
        free(big);
        big = q;
        len = qn;
    } else if (strcmp(shape, "corpus")) {
        fprintf(stderr, "nm-bench: unknown shape '%s'\n", shape);
        return 1;
    }
    nm_status st;
    double t0 = now();
    nm_engine *eng = nm_engine_new(&o, &st);
    double t_load = now() - t0;
    if (!eng) { fprintf(stderr, "nm-bench: %s\n", nm_strerror(st)); return 3; }
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    long base_kb = ru.ru_maxrss;
    double best = 1e30, best_cpu = 1e30;
    long best_faults = 0;
    size_t nq = 0, ns = 0;
    for (int r = 0; r < runs; r++) {
        nm_result *res;
        long f0 = minor_faults();
        double c0 = cpu_now();
        t0 = now();
        st = nm_analyze(eng, big, len, &res);
        double t = now() - t0;
        double c = cpu_now() - c0;
        if (c < best_cpu) {
            best_cpu = c;
            best_faults = minor_faults() - f0;
        }
        if (st) { fprintf(stderr, "nm-bench: %s\n", nm_strerror(st)); return 3; }
        const nm_quote *q;
        const nm_span *s;
        nq = nm_result_quotes(res, &q);
        ns = nm_result_spans(res, &s);
        nm_result_free(res);
        if (t < best) best = t;
    }
    getrusage(RUSAGE_SELF, &ru);
    printf("input %.2f MB (%s), %zu spans, %zu quotes, tagger %s\n", len / 1e6, shape, ns, nq,
           nm_engine_tagger(eng) ? "on" : "off");
    printf("engine load %.1f ms\n", t_load * 1e3);
    printf("analysis best of %d: %.3f s = %.1f MB/s\n", runs, best, len / 1e6 / best);
    printf("time per MB: %.2f ms\n", best * 1e3 / (len / 1e6));
    printf("cpu time per MB: %.2f ms (best of %d; %.0f minor page faults per MB in that run)\n",
           best_cpu * 1e3 / (len / 1e6), runs, best_faults / (len / 1e6));
    printf("peak memory %.1f MB above the input and engine (%.2fx input)\n",
           (ru.ru_maxrss - base_kb) / 1024.0, (ru.ru_maxrss - base_kb) * 1024.0 / (double)len);
    nm_engine_free(eng);
    free(big);
    for (int i = 0; i < nf; i++) free(texts[i]);
    free(texts);
    free(lens);
    return 0;
}
