/*
 * linmodel.c -- reading the image of a linear model: the claim model
 * (claims.h) and the quoted-span model (quoted.h) are both hashed-feature
 * perceptrons stored the same way (written by csrc/tools/lintrain.h):
 *
 *   8-byte magic, u32 bucket_bits, f32 scale, i32 threshold (in weight
 *   units), i16 weight[1 << bucket_bits], little-endian
 *
 * Each model checks its own magic and size here and keeps what it needs
 * beside the weights.
 */
#include "nm.h"
#include <stdlib.h>

#define LM_HEADER 20

static uint32_t rd32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

nm_status nm_linmodel_read(const void *data, size_t len, const char *magic, unsigned bits,
                           nm_linmodel *out)
{
    const unsigned char *p = data;
    size_t nb = (size_t)1 << bits;
    float scale;
    out->w = NULL;
    if (len != LM_HEADER + 2 * nb || memcmp(p, magic, 8) != 0 || rd32(p + 8) != bits)
        return NM_EMODEL;
    memcpy(&scale, p + 12, sizeof scale);
    if (!(scale > 0) || scale > 1e6f)       /* also NaN: a corrupt file */
        return NM_EMODEL;
    int16_t *w = malloc(nb * sizeof *w);
    if (!w)
        return NM_ENOMEM;
    for (size_t b = 0; b < nb; b++)
        w[b] = (int16_t)(uint16_t)(p[LM_HEADER + 2 * b] | p[LM_HEADER + 2 * b + 1] << 8);
    out->w = w;
    out->scale = scale;
    out->threshold = (int32_t)rd32(p + 16);
    return NM_OK;
}
