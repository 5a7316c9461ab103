/*
 * result.c -- copies a finished nm_doc into the public, self-contained
 * nm_result.  The result owns one arena holding every array and string, so
 * nm_result_free() is a single walk over its blocks.
 */
#include "nm.h"
#include "runsort.h"
#include <stdlib.h>

struct nm_result {
    nm_arena arena;
    nm_span *spans;
    size_t n_spans;
    nm_entity *entities;
    size_t n_entities;
    nm_quote *quotes;
    size_t n_quotes;
    nm_range *parts;       /* content fragments of every quote, in quote order */
    size_t *part0;         /* per quote: its first fragment in parts; one more at the end */
};

static int span_cmp(const void *a, const void *b)
{
    const nm_span *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    if (x->end != y->end)
        return x->end > y->end ? -1 : 1;   /* longer first */
    return (int)x->type - (int)y->type;
}
NM_RUNSORT(sort_spans, nm_span, span_cmp)

static const char *const *copy_strs(nm_arena *a, const nm_vec *v, size_t *n)
{
    *n = v->n;
    const char **out = nm_arena_alloc(a, (v->n ? v->n : 1) * sizeof *out);
    if (!out)
        return NULL;
    /* Strings in the doc die with it: copy them into the result. */
    for (size_t i = 0; i < v->n; i++) {
        const char *s = NM_VEC_AT(*v, const char *, i);
        if (!(out[i] = nm_arena_strndup(a, s, strlen(s))))
            return NULL;
    }
    return out;
}

nm_status nm_result_build(nm_doc *d, nm_result **out)
{
    nm_result *r = calloc(1, sizeof *r);
    if (!r)
        return NM_ENOMEM;
    nm_arena *a = &r->arena;

    /* spans: every shown mention (pronouns are speakers only, not spans) */
    size_t n = 0;
    for (size_t i = 0; i < d->mentions.n; i++)
        n += !DOC_MENT(d, i)->pronoun;
    r->spans = nm_arena_alloc(a, (n ? n : 1) * sizeof *r->spans);
    if (!r->spans)
        goto oom;
    for (size_t i = 0; i < d->mentions.n; i++) {
        const nm_mention *m = DOC_MENT(d, i);
        if (m->pronoun)
            continue;
        nm_span *s = &r->spans[r->n_spans++];
        s->start = m->start;
        s->end = m->end;
        s->type = (nm_type)m->type;
        s->entity = m->entity;
    }
    /* the mentions are a few runs in text order (one per module): a natural
     * merge sort does this in a pass or two, and is stable like glibc's */
    if (sort_spans(r->spans, r->n_spans))
        goto oom;

    /* entities */
    r->n_entities = d->ents.n;
    r->entities = nm_arena_alloc(a, (d->ents.n ? d->ents.n : 1) * sizeof *r->entities);
    if (!r->entities)
        goto oom;
    for (size_t i = 0; i < d->ents.n; i++) {
        const nm_ent *en = DOC_ENT(d, i);
        nm_entity *e = &r->entities[i];
        e->id = (int)i;
        e->type = (nm_type)en->type;
        e->name = nm_arena_strndup(a, en->name ? en->name : "", en->name ? strlen(en->name) : 0);
        e->aliases = copy_strs(a, &en->aliases, &e->n_aliases);
        e->titles = copy_strs(a, &en->titles, &e->n_titles);
        nm_range *mr = nm_arena_alloc(a, (en->mentions.n ? en->mentions.n : 1) * sizeof *mr);
        if (!e->name || !e->aliases || !e->titles || !mr)
            goto oom;
        e->n_mentions = en->mentions.n;
        for (size_t k = 0; k < en->mentions.n; k++) {
            const nm_mention *m = DOC_MENT(d, NM_VEC_AT(en->mentions, uint32_t, k));
            mr[k].start = m->start;
            mr[k].end = m->end;
        }
        e->mentions = mr;
    }

    /* quotes, in text order */
    size_t nparts = 0;
    r->n_quotes = d->quotes.n;
    r->quotes = nm_arena_alloc(a, (d->quotes.n ? d->quotes.n : 1) * sizeof *r->quotes);
    if (!r->quotes)
        goto oom;
    for (size_t i = 0; i < d->quotes.n; i++) {
        const nm_q *q = DOC_QUOTE(d, i);
        nm_quote *o = &r->quotes[i];
        o->start = q->start;
        o->end = q->end;
        o->direct = q->direct;
        o->cue.start = q->cue_start >= 0 ? (size_t)q->cue_start : NM_NONE;
        o->cue.end = q->cue_start >= 0 ? (size_t)q->cue_end : NM_NONE;
        o->speaker.start = q->spk_start >= 0 ? (size_t)q->spk_start : NM_NONE;
        o->speaker.end = q->spk_start >= 0 ? (size_t)q->spk_end : NM_NONE;
        o->entity = q->entity;
        o->addressee = q->addressee;
        nparts += q->nparts ? q->nparts : 1;
    }
    /* fragments: one [start, end) for a quote that was never interrupted */
    r->parts = nm_arena_alloc(a, (nparts ? nparts : 1) * sizeof *r->parts);
    r->part0 = nm_arena_alloc(a, (d->quotes.n + 1) * sizeof *r->part0);
    if (!r->parts || !r->part0)
        goto oom;
    nparts = 0;
    for (size_t i = 0; i < d->quotes.n; i++) {
        const nm_q *q = DOC_QUOTE(d, i);
        r->part0[i] = nparts;
        if (!q->nparts) {
            r->parts[nparts].start = q->start;
            r->parts[nparts++].end = q->end;
            continue;
        }
        for (uint32_t k = 0; k < q->nparts; k++) {
            const nm_qpart *p = &NM_VEC_AT(d->qparts, nm_qpart, q->part0 + k);
            r->parts[nparts].start = p->start;
            r->parts[nparts++].end = p->end;
        }
    }
    r->part0[d->quotes.n] = nparts;
    *out = r;
    return NM_OK;
oom:
    nm_result_free(r);
    return NM_ENOMEM;
}

void nm_result_free(nm_result *r)
{
    if (!r)
        return;
    nm_arena_free(&r->arena);
    free(r);
}

size_t nm_result_spans(const nm_result *r, const nm_span **out)
{
    *out = r ? r->spans : NULL;
    return r ? r->n_spans : 0;
}

size_t nm_result_entities(const nm_result *r, const nm_entity **out)
{
    *out = r ? r->entities : NULL;
    return r ? r->n_entities : 0;
}

size_t nm_result_quotes(const nm_result *r, const nm_quote **out)
{
    *out = r ? r->quotes : NULL;
    return r ? r->n_quotes : 0;
}

size_t nm_result_quote_parts(const nm_result *r, size_t i, const nm_range **out)
{
    if (!r || i >= r->n_quotes) {
        *out = NULL;
        return 0;
    }
    *out = r->parts + r->part0[i];
    return r->part0[i + 1] - r->part0[i];
}
