/*
 * newsmark.h -- the public C API of the newsmark analysis core.
 *
 * newsmark reads a news article (UTF-8 text) and finds the people, their
 * titles, organisations, places and dates, groups mentions of the same thing
 * into entities, and finds every claim attributed to someone -- direct quotes
 * and reported speech -- with its cue, speaker and addressee.
 *
 * Model of use (after PCRE2's own API):
 *
 *     nm_status st;
 *     nm_engine *eng = nm_engine_new(NULL, &st);   // once: compiles patterns,
 *                                                  // loads lexicons and models
 *     nm_result *res;
 *     st = nm_analyze(eng, text, len, &res);       // any number of times,
 *     ...read res with the accessors below...      // from any number of threads
 *     nm_result_free(res);
 *     nm_engine_free(eng);
 *
 * Ownership: an engine is immutable after nm_engine_new() and may be shared
 * by several threads at once.  A result owns every array and string reachable
 * from it; they stay valid until nm_result_free().  The core keeps no global
 * mutable state.  Allocation failure is reported as NM_ENOMEM, never fatal.
 *
 * Offsets: every offset is a UTF-8 byte offset into the analysed text,
 * 0-based, end exclusive.  Input that is not valid UTF-8 is still analysed;
 * invalid bytes are treated as symbols, never as letters.
 */
#ifndef NEWSMARK_H
#define NEWSMARK_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define NM_VERSION "0.1.0"
/* Version of the result layout (the JSON "version" field). */
#define NM_RESULT_VERSION 1

/* Largest input nm_analyze() accepts, in bytes (1 GiB).  Offsets are kept in
 * 32 bits internally; larger input gets NM_ETOOBIG, never a partial result. */
#define NM_MAX_INPUT ((size_t)1 << 30)

typedef enum nm_status {
    NM_OK = 0,
    NM_ENOMEM,      /* an allocation failed; nothing was leaked */
    NM_EINVAL,      /* a NULL argument where one is not allowed */
    NM_ETOOBIG,     /* input longer than NM_MAX_INPUT */
    NM_ELEXICON,    /* a lexicon could not be read (see nm_options.warn) */
    NM_EMODEL,      /* the tagger, claim or quoted-span model is missing or corrupt */
    NM_ELIMIT       /* a pattern could not run (should not happen); a match
                     * limit hit only skips the candidate it was tried on */
} nm_status;

/* Kinds of mention.  The names are those of the JSON "type" field. */
typedef enum nm_type {
    NM_PERSON = 0,
    NM_TITLE,       /* an office or role: "President", "director of ..." */
    NM_ORG,
    NM_PLACE,
    NM_DATE,        /* dates, weekdays, times, "last year" */
    NM_TYPE_COUNT
} nm_type;

/* A byte range; start == end == NM_NONE means "absent". */
#define NM_NONE ((size_t)-1)
typedef struct nm_range {
    size_t start, end;
} nm_range;

/* One mention.  entity is the index into the entity array, or -1. */
typedef struct nm_span {
    size_t start, end;
    nm_type type;
    int entity;
} nm_span;

/* A group of mentions of the same person, org, place (or title/date). */
typedef struct nm_entity {
    int id;                       /* equals its index in the array */
    nm_type type;
    const char *name;             /* canonical name: the fullest form */
    size_t n_aliases;
    const char *const *aliases;   /* other surface forms, without the name */
    size_t n_titles;
    const char *const *titles;    /* offices held, as written ("director of ...") */
    size_t n_mentions;
    const nm_range *mentions;     /* in text order */
} nm_entity;

/* One attributed claim.  A quote interrupted by its attribution ("A," she
 * said, "B.") or continued by the same speaker is one claim: start and end
 * run from its first content fragment to its last (so they may hold the cue
 * and speaker between them), and nm_result_quote_parts() lists the
 * fragments, which hold content only.  start and end take in the quotation
 * marks right around the content (and those closing a quote that ends a
 * reported claim), as news annotation does; the fragments leave them out. */
typedef struct nm_quote {
    size_t start, end;            /* first content fragment to last, with its marks */
    int direct;                   /* 1: in quotation marks; 0: reported speech */
    nm_range cue;                 /* "said", "told", "according to"; or NM_NONE */
    nm_range speaker;             /* the speaker mention as written ("he"); or NM_NONE */
    int entity;                   /* entity the speaker resolves to, or -1 */
    int addressee;                /* entity of Y in "X told Y", or -1 */
} nm_quote;

/* Opaque handles. */
typedef struct nm_engine nm_engine;
typedef struct nm_result nm_result;

/* Engine options.  Zero-initialise (or pass NULL to nm_engine_new) for the
 * defaults. */
typedef struct nm_options {
    /* Nonzero: do not use the statistical models -- the name tagger, the
     * claim model, which finds reported speech whose cue no rule knows,
     * and the quoted-span model, which makes the claim of a quote taken
     * by a verb or noun no rule knows ("X dubbed him "the little
     * senator""); rules and lexicons only (the "baseline" of `make eval
     * BASELINE=1`). */
    int no_tagger;
    /* Path of a user lexicon (plain text, see doc/newsmark.txt), or NULL.
     * Bad lines are reported through warn and skipped. */
    const char *user_lexicon;
    /* Called with a one-line message for each problem found while building
     * the engine (e.g. "lex.txt:3: unknown type 'persn'"); may be NULL. */
    void (*warn)(void *ud, const char *msg);
    void *warn_ud;
} nm_options;

/* Builds an engine.  Returns NULL and sets *status on failure. */
nm_engine *nm_engine_new(const nm_options *opts, nm_status *status);
void nm_engine_free(nm_engine *eng);

/* Whether the engine's PCRE2 patterns are JIT-compiled (for :checkhealth). */
int nm_engine_jit(const nm_engine *eng);
/* Whether the engine uses the statistical models (tagger, claim and
 * quoted-span models). */
int nm_engine_tagger(const nm_engine *eng);

/* Analyses len bytes of text (NUL bytes are allowed and treated as spaces).
 * On success *out owns the result; on failure *out is NULL. */
nm_status nm_analyze(const nm_engine *eng, const char *text, size_t len,
                     nm_result **out);
void nm_result_free(nm_result *res);

/* Result accessors.  Each returns the count and stores the array in *out. */
size_t nm_result_spans(const nm_result *res, const nm_span **out);
size_t nm_result_entities(const nm_result *res, const nm_entity **out);
size_t nm_result_quotes(const nm_result *res, const nm_quote **out);
/* The content fragments of quote i (an index into nm_result_quotes()), in
 * text order, marks, cue and speaker excluded: at least one, exactly one
 * for a quote that was never interrupted; 0 and NULL for a bad index. */
size_t nm_result_quote_parts(const nm_result *res, size_t i, const nm_range **out);

/* Names of types ("person", ...) and statuses (one line, no newline). */
const char *nm_type_name(nm_type t);
const char *nm_strerror(nm_status st);
const char *nm_version(void);

#ifdef __cplusplus
}
#endif
#endif /* NEWSMARK_H */
