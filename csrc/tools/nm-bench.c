/*
 * nm-bench.c -- throughput benchmark of the full analysis.
 *
 *   nm-bench [-m MB] [-r RUNS] [--no-tagger] FILE...
 *
 * Builds a text of at least MB megabytes (default 5) by repeating the given
 * files in a shuffled order (fixed seed, so every run measures the same
 * text), analyses it RUNS times (default 3) and prints the best MB/s and the
 * peak resident memory relative to the input size.
 */
#include "../newsmark.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/resource.h>

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc(n > 0 ? (size_t)n : 1);
    if (buf && n > 0 && fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    *len = n > 0 ? (size_t)n : 0;
    return buf;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    double mb = 5;
    int runs = 3, argi = 1;
    nm_options o;
    memset(&o, 0, sizeof o);
    for (; argi < argc && argv[argi][0] == '-'; argi++) {
        if (!strcmp(argv[argi], "-m") && argi + 1 < argc) mb = atof(argv[++argi]);
        else if (!strcmp(argv[argi], "-r") && argi + 1 < argc) runs = atoi(argv[++argi]);
        else if (!strcmp(argv[argi], "--no-tagger")) o.no_tagger = 1;
        else { fprintf(stderr, "usage: nm-bench [-m MB] [-r RUNS] [--no-tagger] FILE...\n"); return 1; }
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
    nm_status st;
    double t0 = now();
    nm_engine *eng = nm_engine_new(&o, &st);
    double t_load = now() - t0;
    if (!eng) { fprintf(stderr, "nm-bench: %s\n", nm_strerror(st)); return 3; }
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    long base_kb = ru.ru_maxrss;
    double best = 1e30;
    size_t nq = 0, ns = 0;
    for (int r = 0; r < runs; r++) {
        nm_result *res;
        t0 = now();
        st = nm_analyze(eng, big, len, &res);
        double t = now() - t0;
        if (st) { fprintf(stderr, "nm-bench: %s\n", nm_strerror(st)); return 3; }
        const nm_quote *q;
        const nm_span *s;
        nq = nm_result_quotes(res, &q);
        ns = nm_result_spans(res, &s);
        nm_result_free(res);
        if (t < best) best = t;
    }
    getrusage(RUSAGE_SELF, &ru);
    printf("input %.2f MB, %zu spans, %zu quotes, tagger %s\n", len / 1e6, ns, nq,
           nm_engine_tagger(eng) ? "on" : "off");
    printf("engine load %.1f ms\n", t_load * 1e3);
    printf("analysis best of %d: %.3f s = %.1f MB/s\n", runs, best, len / 1e6 / best);
    printf("peak memory %.1f MB above the input and engine (%.2fx input)\n",
           (ru.ru_maxrss - base_kb) / 1024.0, (ru.ru_maxrss - base_kb) * 1024.0 / (double)len);
    nm_engine_free(eng);
    free(big);
    for (int i = 0; i < nf; i++) free(texts[i]);
    free(texts);
    free(lens);
    return 0;
}
