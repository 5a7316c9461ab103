/*
 * quoted.c -- the learned quoted-span model (quoted.h): reading the model
 * embedded in the library.  Its features are attr_quoted.c's: they read
 * the attribution pass's state, and the trainer gets them from a trace.
 */
#include "quoted.h"
#include "embed.h"
#include <stdlib.h>

NM_EMBED(nm_quoted_model, "data/quoted.model");

static uint32_t le32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

nm_status nm_quoted_from_memory(const void *data, size_t len, nm_quoted **out)
{
    const unsigned char *p = data;
    float scale;
    *out = NULL;
    if (len != QT_HEADER + 2 * (size_t)QT_NBUCKETS || memcmp(p, QT_MAGIC, 8) || le32(p + 8) != QT_BUCKET_BITS)
        return NM_EMODEL;
    memcpy(&scale, p + 12, sizeof scale);
    if (!(scale > 0) || scale > 1e6f)
        return NM_EMODEL;
    nm_quoted *m = calloc(1, sizeof *m);
    int16_t *w = malloc(QT_NBUCKETS * sizeof *w);
    if (!m || !w) {
        free(m);
        free(w);
        return NM_ENOMEM;
    }
    for (size_t b = 0; b < QT_NBUCKETS; b++)
        w[b] = (int16_t)(uint16_t)(p[QT_HEADER + 2 * b] | p[QT_HEADER + 2 * b + 1] << 8);
    m->w = w;
    m->scale = scale;
    m->threshold = (int32_t)le32(p + 16);
    *out = m;
    return NM_OK;
}

nm_status nm_quoted_new_builtin(nm_quoted **out)
{
    return nm_quoted_from_memory(nm_quoted_model, (size_t)(nm_quoted_model_end - nm_quoted_model), out);
}

void nm_quoted_free(nm_quoted *m)
{
    if (m)
        free(m->w);
    free(m);
}
