/*
 * quoted.c -- the learned quoted-span model (quoted.h): reading the model
 * embedded in the library.  Its features are attr_quoted.c's: they read
 * the attribution pass's state, and the trainer gets them from a trace.
 */
#include "quoted.h"
#include "embed.h"
#include <stdlib.h>

NM_EMBED(nm_quoted_model, "data/quoted.model");

nm_status nm_quoted_from_memory(const void *data, size_t len, nm_quoted **out)
{
    *out = NULL;
    nm_quoted *m = calloc(1, sizeof *m);
    if (!m)
        return NM_ENOMEM;
    nm_status st = nm_linmodel_read(data, len, QT_MAGIC, QT_BUCKET_BITS, &m->lin);
    if (st != NM_OK) {
        free(m);
        return st;
    }
    nm_quoted_bounds(m);
    *out = m;
    return NM_OK;
}

nm_status nm_quoted_new_builtin(nm_quoted **out)
{
    return nm_quoted_from_memory(nm_quoted_model, (size_t)nm_quoted_model_size, out);
}

void nm_quoted_free(nm_quoted *m)
{
    if (m)
        free(m->lin.w);
    free(m);
}
