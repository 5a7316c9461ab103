/*
 * fuzz_analyze.c -- libFuzzer harness on the C entry point nm_analyze() and
 * on the CLI's writers (JSON and the text report), built with clang and
 * ASan + UBSan by `make fuzz`.
 *
 * Each input is analysed as it is, with the tagger engine or the rules-only
 * engine (by the input's length, so both see every kind of input), and the
 * result must keep the invariants of the contract: every offset inside the
 * input, start <= end, every entity id pointing at an entity.  A broken
 * invariant aborts, which libFuzzer reports as a crash.
 */
#include "../csrc/newsmark.h"
#include "../csrc/cli/cli.h"
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static nm_engine *engines[2];
static FILE *sink;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    nm_options o = { 0 };
    nm_status st;
    if (!(engines[0] = nm_engine_new(&o, &st))) {
        fprintf(stderr, "fuzz_analyze: engine: %s\n", nm_strerror(st));
        abort();
    }
    o.no_tagger = 1;
    if (!(engines[1] = nm_engine_new(&o, &st))) {
        fprintf(stderr, "fuzz_analyze: engine: %s\n", nm_strerror(st));
        abort();
    }
    sink = fopen("/dev/null", "w");
    return 0;
}

#define CHECK(c) do { if (!(c)) { fprintf(stderr, "invariant broken: %s\n", #c); abort(); } } while (0)

static void check_range(size_t a, size_t b, size_t n, int optional)
{
    if (optional && a == NM_NONE) {
        CHECK(b == NM_NONE);
        return;
    }
    CHECK(a <= b);
    CHECK(b <= n);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    nm_result *res;
    nm_status st = nm_analyze(engines[size & 1], (const char *)data, size, &res);
    if (st != NM_OK) {
        /* Only running out of memory may stop an analysis of <= 1 GiB. */
        CHECK(st == NM_ENOMEM);
        CHECK(res == NULL);
        return 0;
    }
    const nm_span *sp;
    const nm_entity *en;
    const nm_quote *q;
    size_t ns = nm_result_spans(res, &sp), ne = nm_result_entities(res, &en),
           nq = nm_result_quotes(res, &q);
    for (size_t i = 0; i < ns; i++) {
        check_range(sp[i].start, sp[i].end, size, 0);
        CHECK(sp[i].start < sp[i].end);
        CHECK((unsigned)sp[i].type < NM_TYPE_COUNT);
        CHECK(sp[i].entity >= -1 && sp[i].entity < (int)ne);
    }
    for (size_t i = 0; i < ne; i++) {
        CHECK(en[i].id == (int)i);
        CHECK(en[i].name != NULL);
        for (size_t k = 0; k < en[i].n_mentions; k++)
            check_range(en[i].mentions[k].start, en[i].mentions[k].end, size, 0);
        for (size_t k = 0; k < en[i].n_aliases; k++)
            CHECK(en[i].aliases[k] != NULL);
        for (size_t k = 0; k < en[i].n_titles; k++)
            CHECK(en[i].titles[k] != NULL);
    }
    for (size_t i = 0; i < nq; i++) {
        check_range(q[i].start, q[i].end, size, 0);
        check_range(q[i].cue.start, q[i].cue.end, size, 1);
        check_range(q[i].speaker.start, q[i].speaker.end, size, 1);
        CHECK(q[i].entity >= -1 && q[i].entity < (int)ne);
        CHECK(q[i].addressee >= -1 && q[i].addressee < (int)ne);
    }
    /* The command's writers read every string and offset of the result. */
    cli_write_json(sink, res, size & 2 ? "fuzz" : NULL, (int)(size & 4));
    cli_write_text(sink, res, (const char *)data, size, NULL);
    nm_result_free(res);
    return 0;
}
