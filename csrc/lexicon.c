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

uint32_t nm_lex_word(const nm_lexicon *lex, const char *s, size_t n)
{
    (void)lex; (void)s; (void)n;
    return 0;
}

uint32_t nm_lex_phrase(const nm_lexicon *lex, const nm_doc *d, size_t i, size_t *ntok)
{
    (void)lex; (void)d; (void)i;
    *ntok = 0;
    return 0;
}
