/*
 * linmodel.c -- tests of nm_linmodel_read() (csrc/linmodel.c), which reads
 * the image of every hashed linear model (the claim model, the quoted-span
 * model): a well-formed image of our own, then each way an image can be
 * corrupt (magic, length, bucket bits, scale), which must be NM_EMODEL and
 * leave nothing allocated.  The models' own tests check only their magic.
 * Prints TAP.
 */
#include "../../csrc/nm.h"
#define TAP_SUITE "linmodel"
#include "tap.h"

#define BITS 4
#define NB (1u << BITS)
#define LEN (20 + 2 * NB)

static void put32(unsigned char *p, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        p[i] = (unsigned char)(v >> 8 * i);
}

/* A valid image: magic "NMTEST01", BITS, scale, threshold -7, weights
 * w[b] = b - 8 (so negative ones too), little-endian. */
static void image(unsigned char *p, float scale)
{
    uint32_t s;
    memcpy(p, "NMTEST01", 8);
    put32(p + 8, BITS);
    memcpy(&s, &scale, 4);
    put32(p + 12, s);
    put32(p + 16, (uint32_t)-7);
    for (unsigned b = 0; b < NB; b++) {
        uint16_t w = (uint16_t)(int16_t)((int)b - 8);
        p[20 + 2 * b] = (unsigned char)w;
        p[21 + 2 * b] = (unsigned char)(w >> 8);
    }
}

static int rejected(const unsigned char *p, size_t len, unsigned bits)
{
    nm_linmodel m;
    m.w = (int16_t *)&m;   /* must be reset */
    return nm_linmodel_read(p, len, "NMTEST01", bits, &m) == NM_EMODEL && m.w == NULL;
}

int main(void)
{
    unsigned char p[LEN];
    nm_linmodel m;

    image(p, 0.25f);
    int fine = nm_linmodel_read(p, LEN, "NMTEST01", BITS, &m) == NM_OK;
    ok(fine && m.scale == 0.25f && m.threshold == -7, "a well-formed image gives its scale and threshold");
    int same = fine;
    for (unsigned b = 0; same && b < NB; b++)
        same = m.w[b] == (int)b - 8;
    ok(same, "and its weights, negative ones too");
    if (fine)
        free(m.w);

    ok(rejected(p, LEN, BITS + 1), "a model of another size is NM_EMODEL");
    ok(rejected(p, LEN - 1, BITS), "a truncated image is NM_EMODEL");
    ok(rejected(p, 10, BITS), "a header-only image is NM_EMODEL");
    ok(rejected(p, 0, BITS), "an empty image is NM_EMODEL");
    p[0] = 'X';
    ok(rejected(p, LEN, BITS), "another magic is NM_EMODEL");
    p[0] = 'N';
    put32(p + 8, BITS + 1);
    ok(rejected(p, LEN, BITS), "bucket bits in the header other than the model's are NM_EMODEL");

    static const float bad_scale[] = { 0.0f, -1.0f, 1e7f };
    int all = 1;
    for (size_t i = 0; i < sizeof bad_scale / sizeof bad_scale[0]; i++) {
        image(p, bad_scale[i]);
        all &= rejected(p, LEN, BITS);
    }
    image(p, 1.0f);
    put32(p + 12, 0x7fc00000u);           /* a NaN */
    all &= rejected(p, LEN, BITS);
    ok(all, "a scale that is zero, negative, huge or NaN is NM_EMODEL");

    return tap_done();
}
