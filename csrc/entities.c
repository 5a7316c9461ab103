/* entities.c -- person / org / place mentions (stub: capitalised runs). */
#include "nm.h"

nm_status nm_entities_find(nm_doc *d)
{
    size_t n = d->toks.n;
    for (size_t i = 0; i < n;) {
        const nm_token *t = DOC_TOK(d, i);
        if (t->kind == TK_WORD && (t->flags & TF_CAP) && !(t->flags & TF_SENT_START)) {
            size_t j = i + 1;
            while (j < n && DOC_TOK(d, j)->kind == TK_WORD && (DOC_TOK(d, j)->flags & TF_CAP))
                j++;
            if (nm_doc_add_mention(d, (uint32_t)i, (uint32_t)j, NM_PERSON, SRC_RULE) < 0)
                return NM_ENOMEM;
            i = j;
        } else {
            i++;
        }
    }
    return NM_OK;
}
