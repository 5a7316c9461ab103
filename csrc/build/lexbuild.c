/*
 * lexbuild.c -- builds the lexicon hash table at make time.
 *
 *   nm-lexbuild OUT        (run by the Makefile: $(B)/lexicon.bin)
 *
 * It includes lexicon.c without NM_LEXBIN, so the table is built by the
 * very code that builds it at run time, from the same embedded lists, then
 * repacks it into the image that lexicon.o embeds (layout: image_header,
 * nslots image_slot, the key pool).  Slots are visited in table order, which
 * depends only on the lists, so the image is the same on every run.
 */
#undef NM_LEXBIN
#include "../lexicon.c"

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: nm-lexbuild OUT\n");
        return 1;
    }
    nm_lexicon *lex;
    nm_status st = nm_lexicon_new(NULL, &lex);
    if (st != NM_OK) {
        fprintf(stderr, "nm-lexbuild: cannot build the table (status %d)\n", (int)st);
        return 1;
    }
    /* At most two thirds full: short probes, and always an empty slot. */
    uint32_t nslots = 1024;
    while ((size_t)nslots * 2 < lex->count * 3)
        nslots *= 2;
    image_slot *img = calloc(nslots, sizeof *img);
    size_t keys_cap = 1 << 20, keys_len = 0;
    char *keys = malloc(keys_cap);
    if (!img || !keys) {
        fprintf(stderr, "nm-lexbuild: out of memory\n");
        return 1;
    }
    for (uint32_t i = 0; i <= lex->mask; i++) {
        const slot *s = &lex->slots[i];
        if (!s->hash)
            continue;
        if (s->len > 0xFF || keys_len + s->len > 0xFFFFFF) {
            fprintf(stderr, "nm-lexbuild: key too long or pool too large\n");
            return 1;
        }
        if (keys_len + s->len > keys_cap) {
            keys_cap *= 2;
            if (!(keys = realloc(keys, keys_cap))) {
                fprintf(stderr, "nm-lexbuild: out of memory\n");
                return 1;
            }
        }
        uint32_t j = s->hash & (nslots - 1);
        while (img[j].hash)
            j = (j + 1) & (nslots - 1);
        img[j].hash = s->hash;
        img[j].cls = s->cls;
        img[j].offlen = (uint32_t)keys_len << 8 | s->len;
        memcpy(keys + keys_len, s->key, s->len);
        keys_len += s->len;
    }
    image_header h;
    memset(&h, 0, sizeof h);
    memcpy(h.magic, "NMLX", 4);
    h.version = IMAGE_VERSION;
    h.nslots = nslots;
    h.keys_len = (uint32_t)keys_len;
    /* Write a temporary file and rename it: make never sees half an image. */
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", argv[1]);
    FILE *f = fopen(tmp, "wb");
    if (!f || fwrite(&h, sizeof h, 1, f) != 1 || fwrite(img, sizeof *img, nslots, f) != nslots ||
        fwrite(keys, 1, keys_len, f) != keys_len || fclose(f) != 0 || rename(tmp, argv[1]) != 0) {
        fprintf(stderr, "nm-lexbuild: cannot write %s: %s\n", argv[1], strerror(errno));
        return 1;
    }
    fprintf(stderr, "nm-lexbuild: %zu keys, %u slots, %zu key bytes\n", lex->count, nslots, keys_len);
    free(img);
    free(keys);
    nm_lexicon_free(lex);
    return 0;
}
