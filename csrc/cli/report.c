/*
 * report.c -- the readable "who said what" report and entity table printed
 * by `newsmark --text` (the default).
 */
#include "cli.h"
#include <string.h>

/* Prints text[a,b) on one line: runs of white space folded, cut after max
 * bytes at a character boundary. */
static void put_clip(FILE *f, const char *text, size_t a, size_t b, size_t max)
{
    size_t out = 0;
    int space = 0;
    for (size_t i = a; i < b; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0) {
            space = 1;
            continue;
        }
        if (out >= max && (c & 0xC0) != 0x80) {
            fputs("...", f);
            return;
        }
        if (space && out) {
            fputc(' ', f);
            out++;
        }
        space = 0;
        fputc(c, f);
        out++;
    }
}

void cli_write_text(FILE *f, const nm_result *res, const char *text, size_t len, const char *file)
{
    const nm_entity *ents;
    const nm_quote *quotes;
    size_t ne = nm_result_entities(res, &ents);
    size_t nq = nm_result_quotes(res, &quotes);
    (void)len;
    if (file)
        fprintf(f, "== %s\n", file);
    fprintf(f, "Who said what (%zu)\n", nq);
    for (size_t i = 0; i < nq; i++) {
        const nm_quote *q = &quotes[i];
        fprintf(f, "%3zu. ", i + 1);
        if (q->entity >= 0 && (size_t)q->entity < ne) {
            const nm_entity *e = &ents[q->entity];
            fputs(e->name, f);
            if (e->n_titles)
                fprintf(f, " (%s)", e->titles[0]);
        } else if (q->speaker.start != NM_NONE) {
            put_clip(f, text, q->speaker.start, q->speaker.end, 60);
        } else {
            fputs("(unattributed)", f);
        }
        if (q->cue.start != NM_NONE) {
            fputs(" -- ", f);
            put_clip(f, text, q->cue.start, q->cue.end, 40);
        }
        if (q->addressee >= 0 && (size_t)q->addressee < ne)
            fprintf(f, " -> %s", ents[q->addressee].name);
        fprintf(f, " [%s]\n     ", q->direct ? "direct" : "reported");
        put_clip(f, text, q->start, q->end, 200);
        fputc('\n', f);
    }
    fprintf(f, "Entities (%zu)\n", ne);
    for (size_t i = 0; i < ne; i++) {
        const nm_entity *e = &ents[i];
        fprintf(f, "  %-7s %-30s %3zu mention%s", nm_type_name(e->type), e->name, e->n_mentions,
                e->n_mentions == 1 ? " " : "s");
        if (e->n_aliases) {
            fputs("  aliases: ", f);
            for (size_t k = 0; k < e->n_aliases; k++)
                fprintf(f, "%s%s", k ? ", " : "", e->aliases[k]);
        }
        if (e->n_titles) {
            fputs("  titles: ", f);
            for (size_t k = 0; k < e->n_titles; k++)
                fprintf(f, "%s%s", k ? "; " : "", e->titles[k]);
        }
        fputc('\n', f);
    }
}
