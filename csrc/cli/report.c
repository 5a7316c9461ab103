/*
 * report.c -- the readable "who said what" report and entity table printed
 * by `newsmark --text` (the default).
 */
#include "cli.h"
#include "../nm.h"
#include <string.h>

/* Writes one character of s[i..n) safely for a terminal: control characters
 * become spaces (no escape sequences reach the screen) and bytes that are not
 * valid UTF-8 become U+FFFD.  Returns the bytes consumed. */
static size_t put_char(FILE *f, const unsigned char *s, size_t n)
{
    if (s[0] < 0x80) {
        fputc(s[0] < 0x20 || s[0] == 0x7F ? ' ' : s[0], f);
        return 1;
    }
    size_t l;
    uint32_t cp = nm_utf8_decode(s, n, &l);
    if (l == 1 && cp == 0xFFFD)
        fputs("\xEF\xBF\xBD", f);
    else if (cp >= 0x80 && cp < 0xA0)
        fputc(' ', f);                      /* C1 controls */
    else
        fwrite(s, 1, l, f);
    return l;
}

/* A NUL-terminated string (a name or title), written safely. */
static void put_safe(FILE *f, const char *s)
{
    size_t n = strlen(s);
    for (size_t i = 0; i < n;)
        i += put_char(f, (const unsigned char *)s + i, n - i);
}

/* Prints text[a,b) on one line: runs of white space folded, cut after max
 * bytes at a character boundary. */
static void put_clip(FILE *f, const char *text, size_t a, size_t b, size_t max)
{
    size_t out = 0;
    int space = 0;
    for (size_t i = a; i < b;) {
        unsigned char c = (unsigned char)text[i];
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0) {
            space = 1;
            i++;
            continue;
        }
        if (out >= max) {
            fputs("...", f);
            return;
        }
        if (space && out) {
            fputc(' ', f);
            out++;
        }
        space = 0;
        size_t l = put_char(f, (const unsigned char *)text + i, b - i);
        i += l;
        out += l;
    }
}

void cli_write_text(FILE *f, const nm_result *res, const char *text, size_t len, const char *file)
{
    const nm_entity *ents;
    const nm_quote *quotes;
    size_t ne = nm_result_entities(res, &ents);
    size_t nq = nm_result_quotes(res, &quotes);
    (void)len;
    if (file) {
        fputs("== ", f);
        put_safe(f, file);
        fputc('\n', f);
    }
    fprintf(f, "Who said what (%zu)\n", nq);
    for (size_t i = 0; i < nq; i++) {
        const nm_quote *q = &quotes[i];
        fprintf(f, "%3zu. ", i + 1);
        if (q->entity >= 0 && (size_t)q->entity < ne) {
            const nm_entity *e = &ents[q->entity];
            put_safe(f, e->name);
            if (e->n_titles) {
                fputs(" (", f);
                put_safe(f, e->titles[0]);
                fputc(')', f);
            }
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
        {
            fputs(" -> ", f);
            put_safe(f, ents[q->addressee].name);
        }
        fprintf(f, " [%s]\n     ", q->direct ? "direct" : "reported");
        /* the content fragments only: an interrupted quote's cue and
         * speaker between them are shown above */
        const nm_range *parts;
        size_t np = nm_result_quote_parts(res, i, &parts);
        for (size_t k = 0; k < np; k++) {
            if (k)
                fputs(" ... ", f);
            put_clip(f, text, parts[k].start, parts[k].end, 200 / np);
        }
        fputc('\n', f);
    }
    fprintf(f, "Entities (%zu)\n", ne);
    for (size_t i = 0; i < ne; i++) {
        const nm_entity *e = &ents[i];
        fprintf(f, "  %-7s ", nm_type_name(e->type));
        put_safe(f, e->name);
        for (size_t w = strlen(e->name); w < 30; w++)   /* pad to the column */
            fputc(' ', f);
        fprintf(f, " %3zu mention%s", e->n_mentions, e->n_mentions == 1 ? " " : "s");
        if (e->n_aliases) {
            fputs("  aliases: ", f);
            for (size_t k = 0; k < e->n_aliases; k++)
            {
                fputs(k ? ", " : "", f);
                put_safe(f, e->aliases[k]);
            }
        }
        if (e->n_titles) {
            fputs("  titles: ", f);
            for (size_t k = 0; k < e->n_titles; k++)
            {
                fputs(k ? "; " : "", f);
                put_safe(f, e->titles[k]);
            }
        }
        fputc('\n', f);
    }
}
