/*
 * engine.c -- builds the shared engine and runs the analysis pipeline.
 *
 * The engine holds everything that is expensive to build and read-only
 * afterwards (lexicons, the tagger model, compiled patterns).  Each analysis
 * gets its own nm_doc, so analyses on several threads never share mutable
 * state.
 */
#include "nm.h"
#include "claims.h"
#include "quoted.h"
#include <stdlib.h>

nm_engine *nm_engine_new(const nm_options *opts, nm_status *status)
{
    nm_options defaults;
    nm_status st;
    if (!opts) {
        memset(&defaults, 0, sizeof defaults);
        opts = &defaults;
    }
    nm_engine *e = calloc(1, sizeof *e);
    if (!e) {
        st = NM_ENOMEM;
        goto fail;
    }
    if ((st = nm_lexicon_new(opts, &e->lex)) != NM_OK || (st = nm_wordidx_new(&e->words)) != NM_OK)
        goto fail;
    if (!opts->no_tagger && (st = nm_tagger_new_builtin(&e->tagger)) != NM_OK)
        goto fail;
    if (!opts->no_tagger && (st = nm_claims_new_builtin(&e->claims)) != NM_OK)
        goto fail;
    if (!opts->no_tagger && (st = nm_quoted_new_builtin(&e->quoted)) != NM_OK)
        goto fail;
    if ((st = nm_dates_init(&e->dates, &e->jit)) != NM_OK)
        goto fail;
    if (status)
        *status = NM_OK;
    return e;
fail:
    nm_engine_free(e);
    if (status)
        *status = st;
    return NULL;
}

void nm_engine_free(nm_engine *e)
{
    if (!e)
        return;
    nm_lexicon_free(e->lex);
    nm_tagger_free(e->tagger);
    nm_claims_free(e->claims);
    nm_quoted_free(e->quoted);
    nm_dates_free(e->dates);
    nm_wordidx_free(e->words);
    free(e);
}

int nm_engine_jit(const nm_engine *e) { return e && e->jit; }
int nm_engine_tagger(const nm_engine *e) { return e && e->tagger; }

int32_t nm_doc_add_mention(nm_doc *d, uint32_t t0, uint32_t t1, nm_type type, enum nm_source src)
{
    nm_mention *m = nm_vec_push(&d->mentions, sizeof *m);
    if (!m)
        return -1;
    m->t0 = t0;
    m->t1 = t1;
    m->start = DOC_TOK(d, t0)->start;
    m->end = DOC_TOK(d, t1 - 1)->end;
    m->type = (uint8_t)type;
    m->source = (uint8_t)src;
    m->entity = -1;
    m->holder = -1;
    return (int32_t)(d->mentions.n - 1);
}

static void doc_free(nm_doc *d)
{
    nm_vec_free(&d->toks);
    nm_vec_free(&d->sents);
    nm_vec_free(&d->paras);
    nm_vec_free(&d->mentions);
    for (size_t i = 0; i < d->ents.n; i++) {
        nm_ent *en = DOC_ENT(d, i);
        nm_vec_free(&en->aliases);
        nm_vec_free(&en->titles);
        nm_vec_free(&en->mentions);
    }
    nm_vec_free(&d->ents);
    nm_vec_free(&d->quotes);
    nm_vec_free(&d->qparts);
    free(d->labels);
    nm_arena_free(&d->arena);
}

static nm_status analyze(const nm_engine *eng, const char *text, size_t len, nm_claim_trace *trace,
                         nm_quoted_trace *qtrace, nm_result **out)
{
    if (out)
        *out = NULL;
    if (!eng || !out || (!text && len))
        return NM_EINVAL;
    if (len > NM_MAX_INPUT)
        return NM_ETOOBIG;
    nm_doc d;
    memset(&d, 0, sizeof d);
    d.eng = eng;
    d.text = text ? text : "";
    d.len = len;
    d.trace = trace;
    d.qtrace = qtrace;
    nm_status st;
    if ((st = nm_text_split(&d)) != NM_OK)
        goto done;
    if (eng->tagger && d.toks.n && (st = nm_tagger_run(eng->tagger, eng->lex, &d)) != NM_OK)
        goto done;
    if ((st = nm_entities_find(&d)) != NM_OK)
        goto done;
    free(d.labels);           /* only entities.c reads the tagger's labels */
    d.labels = NULL;
    if ((st = nm_titles_find(&d)) != NM_OK)
        goto done;
    if ((st = nm_dates_find(&d)) != NM_OK)
        goto done;
    if ((st = nm_coref_group(&d)) != NM_OK)
        goto done;
    if ((st = nm_quotes_find(&d)) != NM_OK)
        goto done;
    if ((st = nm_attribution_find(&d)) != NM_OK)
        goto done;
    if ((st = nm_turns_merge(&d)) != NM_OK)
        goto done;
    if ((st = nm_quote_marks(&d)) != NM_OK)
        goto done;
    st = nm_result_build(&d, out);
done:
    doc_free(&d);
    return st;
}

nm_status nm_analyze(const nm_engine *eng, const char *text, size_t len, nm_result **out)
{
    return analyze(eng, text, len, NULL, NULL, out);
}

nm_status nm_analyze_traced(const nm_engine *eng, const char *text, size_t len,
                            nm_claim_trace *trace, nm_result **out)
{
    return analyze(eng, text, len, trace, NULL, out);
}

nm_status nm_analyze_quoted_traced(const nm_engine *eng, const char *text, size_t len,
                                   nm_quoted_trace *trace, nm_result **out)
{
    return analyze(eng, text, len, NULL, trace, out);
}

const char *nm_type_name(nm_type t)
{
    static const char *const names[NM_TYPE_COUNT] = { "person", "title", "org", "place", "date" };
    return (unsigned)t < NM_TYPE_COUNT ? names[t] : "unknown";
}

const char *nm_strerror(nm_status st)
{
    switch (st) {
    case NM_OK: return "success";
    case NM_ENOMEM: return "out of memory";
    case NM_EINVAL: return "invalid argument";
    case NM_ETOOBIG: return "input larger than 1 GiB";
    case NM_ELEXICON: return "lexicon could not be read";
    case NM_EMODEL: return "tagger, claim or quoted-span model missing or corrupt";
    case NM_ELIMIT: return "pattern match limit reached";
    }
    return "unknown error";
}

const char *nm_version(void) { return NM_VERSION; }
