/* quotes.c -- direct quotes (stub: paired curly double quotes). */
#include "nm.h"

nm_status nm_quotes_find(nm_doc *d)
{
    size_t open = (size_t)-1;
    for (size_t i = 0; i < d->toks.n; i++) {
        const nm_token *t = DOC_TOK(d, i);
        if (t->kind != TK_QUOTE || (t->cp != 0x201C && t->cp != 0x201D && t->cp != '"'))
            continue;
        if (t->qside == TQ_OPEN) {
            open = i;
        } else if (open != (size_t)-1 && i > open + 1) {
            nm_q *q = nm_vec_push(&d->quotes, sizeof *q);
            if (!q)
                return NM_ENOMEM;
            q->start = DOC_TOK(d, open + 1)->start;
            q->end = DOC_TOK(d, i - 1)->end;
            q->direct = 1;
            q->cue_start = q->cue_end = q->spk_start = q->spk_end = -1;
            q->speaker = q->entity = q->addressee = q->addressee_mention = -1;
            open = (size_t)-1;
        }
    }
    return NM_OK;
}
