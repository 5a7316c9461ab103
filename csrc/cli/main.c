/*
 * main.c -- the `newsmark` command: analyses files (or standard input) and
 * prints a report, JSON, or JSON lines.
 *
 * Exit codes: 0 success; 1 usage error; 2 a file could not be read (the
 * others are still analysed); 3 analysis failed (input too large, out of
 * memory).  Each error is one line on standard error naming the problem.
 */
#include "cli.h"
#include <errno.h>
#include <stdint.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <string.h>

enum format { FMT_TEXT, FMT_JSON, FMT_JSONL };

static const char usage[] =
    "usage: newsmark [--text|--json|--jsonl] [--pretty] [--no-tagger] [--lexicon FILE] [FILE...]\n"
    "Finds people, titles, organisations, places, dates and attributed quotes in news text.\n"
    "Reads standard input when no FILE is given (or FILE is '-').\n"
    "  --text         readable who-said-what report and entity table (default)\n"
    "  --json         JSON result; with several files, a JSON array with a \"file\" field each\n"
    "  --jsonl        one JSON object per line and file, each with a \"file\" field\n"
    "  --pretty       with --json: one entity, span or quote per line\n"
    "  --no-tagger    rules and lexicons only, no statistical model (the baseline)\n"
    "  --lexicon FILE add the entries of a user lexicon (see newsmark(1) / doc/newsmark.txt)\n"
    "  --version      print the version\n"
    "  --help         print this help\n"
    "Exit status: 0 ok, 1 usage error, 2 unreadable file, 3 analysis failed.\n";

static void warn_cb(void *ud, const char *msg)
{
    (void)ud;
    fprintf(stderr, "newsmark: %s\n", msg);
}

/* Reads a whole stream; returns NULL with errno set on failure (EFBIG when
 * it holds more than NM_MAX_INPUT bytes: reading stops there, so a huge pipe
 * costs at most NM_MAX_INPUT bytes of memory). */
static char *read_all(FILE *in, size_t *len)
{
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    if (!buf)
        return NULL;
    for (;;) {
        if (n == cap) {
            if (n > NM_MAX_INPUT) {
                free(buf);
                errno = EFBIG;
                return NULL;
            }
            /* Grow to at most one byte beyond the limit: enough to tell
             * "exactly NM_MAX_INPUT" from "larger". */
            size_t ncap = cap * 2 > NM_MAX_INPUT + 1 ? NM_MAX_INPUT + 1 : cap * 2;
            char *p = realloc(buf, ncap);
            if (!p) {
                free(buf);
                errno = ENOMEM;
                return NULL;
            }
            buf = p;
            cap = ncap;
        }
        size_t got = fread(buf + n, 1, cap - n, in);
        n += got;
        if (got == 0) {
            if (ferror(in)) {
                int e = errno ? errno : EIO;
                free(buf);
                errno = e;
                return NULL;
            }
            break;
        }
    }
    *len = n;
    return buf;
}

/* Says why a file is skipped and returns its exit code (2: unreadable,
 * 3: analysis failed). */
static int skip(const char *label, int err)
{
    if (err == EFBIG) {
        fprintf(stderr, "newsmark: '%s' is larger than %zu MB; analysis skipped\n", label,
                NM_MAX_INPUT >> 20);
        return 3;
    }
    if (err == ENOMEM) {
        fprintf(stderr, "newsmark: '%s': out of memory; analysis skipped\n", label);
        return 3;
    }
    fprintf(stderr, "newsmark: cannot read '%s': %s\n", label, strerror(err));
    return 2;
}

int main(int argc, char **argv)
{
    enum format fmt = FMT_TEXT;
    int pretty = 0;
    nm_options opts;
    memset(&opts, 0, sizeof opts);
    opts.warn = warn_cb;
    /* Options may stand before or after the files; "--" ends options. */
    const char **files = calloc((size_t)argc + 1, sizeof *files);
    if (!files) {
        fprintf(stderr, "newsmark: out of memory\n");
        return 3;
    }
    size_t nfiles = 0;
    int only_files = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (only_files || a[0] != '-' || strcmp(a, "-") == 0) {
            files[nfiles++] = a;
            continue;
        }
        if (strcmp(a, "--") == 0) only_files = 1;
        else if (strcmp(a, "--json") == 0) fmt = FMT_JSON;
        else if (strcmp(a, "--jsonl") == 0) fmt = FMT_JSONL;
        else if (strcmp(a, "--text") == 0) fmt = FMT_TEXT;
        else if (strcmp(a, "--pretty") == 0) pretty = 1;
        else if (strcmp(a, "--no-tagger") == 0) opts.no_tagger = 1;
        else if (strcmp(a, "--lexicon") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "newsmark: --lexicon needs a FILE (try --help)\n");
                free(files);
                return 1;
            }
            opts.user_lexicon = argv[++i];
        } else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            fputs(usage, stdout);
            free(files);
            return 0;
        } else if (strcmp(a, "--version") == 0) {
            printf("newsmark %s\n", nm_version());
            free(files);
            return 0;
        } else {
            fprintf(stderr, "newsmark: unknown option '%s' (try --help)\n", a);
            free(files);
            return 1;
        }
    }
    int named = nfiles > 0;
    if (!nfiles)
        files[nfiles++] = "-";

    /* An unreadable lexicon is the user's file problem (exit 2), said
     * plainly before the engine is built. */
    if (opts.user_lexicon) {
        FILE *lf = fopen(opts.user_lexicon, "rb");
        int err = lf ? 0 : errno;
        if (lf) {
            char c;
            errno = 0;
            if (fread(&c, 1, 1, lf) == 0 && ferror(lf))   /* e.g. a directory */
                err = errno ? errno : EIO;
            fclose(lf);
        }
        if (err) {
            fprintf(stderr, "newsmark: cannot read lexicon '%s': %s\n", opts.user_lexicon,
                    strerror(err));
            free(files);
            return 2;
        }
    }
    nm_status st;
    nm_engine *eng = nm_engine_new(&opts, &st);
    if (!eng) {
        fprintf(stderr, "newsmark: cannot start: %s\n", nm_strerror(st));
        free(files);
        return st == NM_ELEXICON ? 2 : 3;
    }
    int rc = 0, array = fmt == FMT_JSON && nfiles > 1, printed = 0;
    if (array)
        fputs("[", stdout);
    for (size_t k = 0; k < nfiles; k++) {
        const char *path = files[k];
        int is_stdin = strcmp(path, "-") == 0;
        const char *label = is_stdin ? "<stdin>" : path;
        FILE *in = is_stdin ? stdin : fopen(path, "rb");
        if (!in) {
            int c = skip(label, errno);
            rc = c > rc ? c : rc;
            continue;
        }
        /* A regular file's size is known before reading: refuse a file over
         * the limit without touching its bytes. */
        struct stat sb;
        if (fstat(fileno(in), &sb) == 0 && S_ISREG(sb.st_mode) &&
            (uintmax_t)sb.st_size > (uintmax_t)NM_MAX_INPUT) {
            if (!is_stdin)
                fclose(in);
            int c = skip(label, EFBIG);
            rc = c > rc ? c : rc;
            continue;
        }
        size_t len = 0;
        errno = 0;
        char *text = read_all(in, &len);
        int err = errno;
        if (!is_stdin)
            fclose(in);
        if (!text) {
            int c = skip(label, err);
            rc = c > rc ? c : rc;
            continue;
        }
        nm_result *res;
        st = nm_analyze(eng, text, len, &res);
        if (st != NM_OK) {
            if (st == NM_ETOOBIG)
                skip(label, EFBIG);
            else
                fprintf(stderr, "newsmark: '%s': %s; analysis skipped\n", label, nm_strerror(st));
            free(text);
            rc = 3;
            continue;
        }
        switch (fmt) {
        case FMT_TEXT:
            cli_write_text(stdout, res, text, len, nfiles > 1 || named ? label : NULL);
            break;
        case FMT_JSON:
            if (array && printed)
                fputs(",\n", stdout);
            cli_write_json(stdout, res, array ? label : NULL, pretty);
            break;
        case FMT_JSONL:
            cli_write_json(stdout, res, label, 0);
            break;
        }
        printed++;
        nm_result_free(res);
        free(text);
    }
    if (array)
        fputs("]\n", stdout);
    nm_engine_free(eng);
    free(files);
    if (fflush(stdout) != 0) {
        fprintf(stderr, "newsmark: cannot write output: %s\n", strerror(errno));
        return 3;
    }
    return rc;
}
