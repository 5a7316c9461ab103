/* lexicon.c -- word lists (stub: replaced by the generated lexicons). */
#include "nm.h"
#include <stdlib.h>

struct nm_lexicon { int unused; };

nm_status nm_lexicon_new(const nm_options *opts, nm_lexicon **out)
{
    (void)opts;
    *out = calloc(1, sizeof **out);
    return *out ? NM_OK : NM_ENOMEM;
}

void nm_lexicon_free(nm_lexicon *lex) { free(lex); }
