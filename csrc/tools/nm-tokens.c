/*
 * nm-tokens.c -- developer tool: prints how the core splits a text into
 * paragraphs, sentences and tokens (one token per line: start, end, kind,
 * flags, text).  `nm-tokens --sent` prints one sentence per line instead.
 */
#include "../nm.h"
#include <stdio.h>
#include <stdlib.h>

static char *read_stdin(size_t *len)
{
    size_t cap = 1 << 16, n = 0, got;
    char *buf = malloc(cap);
    while (buf && (got = fread(buf + n, 1, cap - n, stdin)) > 0) {
        n += got;
        if (n == cap) {
            char *p = realloc(buf, cap *= 2);
            if (!p) { free(buf); return NULL; }
            buf = p;
        }
    }
    *len = n;
    return buf;
}

int main(int argc, char **argv)
{
    int sent_mode = argc > 1 && !strcmp(argv[1], "--sent");
    size_t len;
    char *text = read_stdin(&len);
    if (!text)
        return 2;
    nm_doc d;
    memset(&d, 0, sizeof d);
    d.text = text;
    d.len = len;
    if (nm_text_split(&d) != NM_OK) {
        fprintf(stderr, "nm-tokens: out of memory\n");
        return 3;
    }
    static const char *kinds[] = { "word", "num", "punct", "quote", "dash", "sym" };
    for (size_t s = 0; s < d.sents.n; s++) {
        const nm_sent *se = DOC_SENT(&d, s);
        if (sent_mode) {
            const nm_token *a = DOC_TOK(&d, se->t0), *b = DOC_TOK(&d, se->t1 - 1);
            printf("%u| ", se->para);
            for (uint32_t k = a->start; k < b->end; k++)   /* one line per sentence */
                putchar(text[k] == '\n' || text[k] == '\r' ? ' ' : text[k]);
            putchar('\n');
            continue;
        }
        printf("-- sentence %zu (paragraph %u)\n", s, se->para);
        for (uint32_t i = se->t0; i < se->t1; i++) {
            const nm_token *t = DOC_TOK(&d, i);
            printf("%u\t%u\t%s\t%04x\t%s%.*s\n", t->start, t->end, kinds[t->kind], t->flags,
                   t->kind == 3 ? (t->qside == 1 ? "open " : t->qside == 2 ? "close " : "ambig ") : "",
                   (int)(t->end - t->start), text + t->start);
        }
    }
    nm_vec_free(&d.toks);
    nm_vec_free(&d.sents);
    nm_vec_free(&d.paras);
    nm_arena_free(&d.arena);
    free(text);
    return 0;
}
