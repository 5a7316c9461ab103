/* coref.c -- groups mentions into entities (stub: one entity per mention). */
#include "nm.h"

nm_status nm_coref_group(nm_doc *d)
{
    for (size_t i = 0; i < d->mentions.n; i++) {
        nm_mention *m = DOC_MENT(d, i);
        nm_ent *e = nm_vec_push(&d->ents, sizeof *e);
        if (!e)
            return NM_ENOMEM;
        e->type = m->type;
        e->name = nm_arena_strndup(&d->arena, d->text + m->start, m->end - m->start);
        uint32_t *mi = nm_vec_push(&e->mentions, sizeof *mi);
        if (!e->name || !mi)
            return NM_ENOMEM;
        *mi = (uint32_t)i;
        m->entity = (int32_t)(d->ents.n - 1);
    }
    return NM_OK;
}
