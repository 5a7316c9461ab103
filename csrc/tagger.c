/* tagger.c -- statistical sequence tagger (stub: no model yet). */
#include "nm.h"

nm_status nm_tagger_new_builtin(nm_tagger **out)
{
    *out = NULL;
    return NM_OK;
}

void nm_tagger_free(nm_tagger *t) { (void)t; }

nm_status nm_tagger_run(const nm_tagger *t, const nm_lexicon *lex, nm_doc *d)
{
    (void)t; (void)lex; (void)d;
    return NM_OK;
}
