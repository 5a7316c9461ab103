/*
 * json.c -- writes an nm_result as the JSON of the contract (README, "JSON").
 * Strings are escaped; bytes that are not valid UTF-8 become U+FFFD so the
 * output is always valid JSON whatever the input was.
 */
#include "cli.h"
#include "../nm.h"

static void put_str(FILE *f, const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t n = strlen(s);
    fputc('"', f);
    for (size_t i = 0; i < n;) {
        unsigned c = p[i];
        if (c == '"' || c == '\\') {
            fputc('\\', f);
            fputc((int)c, f);
            i++;
        } else if (c < 0x20) {
            fprintf(f, "\\u%04x", c);
            i++;
        } else if (c < 0x80) {
            fputc((int)c, f);
            i++;
        } else {
            size_t l;
            uint32_t cp = nm_utf8_decode(p + i, n - i, &l);
            if (cp == 0xFFFD && l == 1 && !(n - i >= 3 && p[i] == 0xEF && p[i + 1] == 0xBF && p[i + 2] == 0xBD))
                fputs("\\ufffd", f);
            else
                fwrite(p + i, 1, l, f);
            i += l;
        }
    }
    fputc('"', f);
}

static void put_range(FILE *f, nm_range r)
{
    if (r.start == NM_NONE)
        fputs("null", f);
    else
        fprintf(f, "[%zu, %zu]", r.start, r.end);
}

static void put_id(FILE *f, int id)
{
    if (id < 0)
        fputs("null", f);
    else
        fprintf(f, "%d", id);
}

void cli_write_json(FILE *f, const nm_result *res, const char *file, int pretty)
{
    const char *nl = pretty ? "\n " : "";
    const char *sep = pretty ? ",\n   " : ", ";
    const nm_entity *ents;
    const nm_span *spans;
    const nm_quote *quotes;
    size_t ne = nm_result_entities(res, &ents);
    size_t ns = nm_result_spans(res, &spans);
    size_t nq = nm_result_quotes(res, &quotes);

    fputc('{', f);
    if (file) {
        fputs("\"file\": ", f);
        put_str(f, file);
        fprintf(f, ",%s", nl);
    }
    fprintf(f, "\"version\": %d,%s\"entities\": [", NM_RESULT_VERSION, nl);
    for (size_t i = 0; i < ne; i++) {
        const nm_entity *e = &ents[i];
        fprintf(f, "%s{\"id\": %d, \"type\": \"%s\", \"name\": ", i ? sep : (pretty ? "\n   " : ""),
                e->id, nm_type_name(e->type));
        put_str(f, e->name);
        fputs(", \"aliases\": [", f);
        for (size_t k = 0; k < e->n_aliases; k++) {
            if (k) fputs(", ", f);
            put_str(f, e->aliases[k]);
        }
        fputs("], \"titles\": [", f);
        for (size_t k = 0; k < e->n_titles; k++) {
            if (k) fputs(", ", f);
            put_str(f, e->titles[k]);
        }
        fputs("], \"mentions\": [", f);
        for (size_t k = 0; k < e->n_mentions; k++) {
            if (k) fputs(", ", f);
            put_range(f, e->mentions[k]);
        }
        fputs("]}", f);
    }
    fprintf(f, "],%s\"spans\": [", nl);
    for (size_t i = 0; i < ns; i++) {
        fprintf(f, "%s{\"type\": \"%s\", \"start\": %zu, \"end\": %zu, \"entity\": ",
                i ? sep : (pretty ? "\n   " : ""), nm_type_name(spans[i].type), spans[i].start,
                spans[i].end);
        put_id(f, spans[i].entity);
        fputc('}', f);
    }
    fprintf(f, "],%s\"quotes\": [", nl);
    for (size_t i = 0; i < nq; i++) {
        const nm_quote *q = &quotes[i];
        fprintf(f, "%s{\"start\": %zu, \"end\": %zu, \"direct\": %s, \"cue\": ",
                i ? sep : (pretty ? "\n   " : ""), q->start, q->end, q->direct ? "true" : "false");
        put_range(f, q->cue);
        fputs(", \"speaker\": ", f);
        put_range(f, q->speaker);
        fputs(", \"entity\": ", f);
        put_id(f, q->entity);
        fputs(", \"addressee\": ", f);
        put_id(f, q->addressee);
        const nm_range *parts;
        size_t np = nm_result_quote_parts(res, i, &parts);
        fputs(", \"parts\": [", f);
        for (size_t k = 0; k < np; k++) {
            if (k) fputs(", ", f);
            put_range(f, parts[k]);
        }
        fputs("]}", f);
    }
    fputs("]}\n", f);
}
