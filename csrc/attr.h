/*
 * attr.h -- what the attribution files share: the pass's context, the
 * speaker and quote-mark records, small token tests, the closed word lists
 * used by more than one of them, and their cross-file functions.
 *
 *   attribution.c   the pass over the sentences and building a quote
 *   attr_direct.c   cue and speaker of each direct quote
 *   attr_reported.c reported speech without quotation marks
 *   attr_speakers.c speaker noun phrases and their resolution
 *   attr_words.c    the shared word lists
 *   attr_quoted.c   claims around dropped quotes, by the quoted-span model
 *
 * Internal to the core: nothing here is part of newsmark.h.
 */
#ifndef NM_ATTR_H
#define NM_ATTR_H

#include "nm.h"
#include "cues.h"
#include <stdlib.h>

#define BACK_WINDOW 400      /* tokens searched back for a pronoun's antecedent */
#define NO_TOK ((size_t)-1)   /* no such token */
#define SCARE_WORDS 3        /* a quote of this many words or fewer needs a cue */
#define STANCE_WINDOW 12     /* tokens searched back from a short quote for its cue */
#define STANCE_OBJECT 8      /* tokens at most between that cue's object and the quote */

enum { SPK_NONE = 0, SPK_MENTION, SPK_PRONOUN, SPK_ROLE, SPK_NAME, SPK_REL };
/* SPK_REL: "who" in "X, who said ...": resolves to X */
enum { G_UNKNOWN = 0, G_MALE = NM_SEX_MALE, G_FEMALE = NM_SEX_FEMALE };

typedef struct spk {
    int kind;
    size_t t0, t1;         /* tokens [t0, t1) */
    int32_t ment;          /* mention index for SPK_MENTION */
} spk;

typedef struct dq {
    size_t o, cl;       /* opening and closing mark tokens */
} dq;

/* is_any()'s filter of each word list it is given (by the list's address:
 * the lists are static arrays): 128 bits, one per (first two bytes, length)
 * of its words (any_bit()), made at the list's first use in a pass.  Most
 * calls find the token's bit clear and walk no list, where the walk (two
 * byte compares a word, lists of dozens of words) was a twentieth of an
 * analysis. */
#define NM_ANY_SLOTS 256
typedef struct nm_any_memo {
    const char *const *list[NM_ANY_SLOTS];   /* NULL: an empty slot */
    uint64_t bits[NM_ANY_SLOTS][2];
    unsigned used;                           /* at most 3/4 of the slots: beyond, lists are walked */
} nm_any_memo;

typedef struct actx {
    nm_doc *d;
    const nm_token *tk;    /* d's tokens (none is added here): T() reads them
                            * with one load less */
    const uint32_t *wc;    /* d->wcls, made before (wcls()) */
    const uint64_t *cue_bits;  /* d->cue_bits, made with them (stance_of()) */
    size_t n;              /* tokens */
    size_t nmen;           /* mentions before this module added any */
    /* sparse: few tokens have a value, and int32 tables were the peak */
    nm_tokmap mend;        /* best mention ending at each token, -1 */
    nm_tokmap mstart;      /* best mention starting at each token, -1 */
    nm_tokmap inq;         /* direct quote covering the token (marks too), -1 */
    uint8_t *gender;       /* per entity */
    nm_vec out;            /* nm_q, the result in text order of cues */
    nm_vec origin;         /* int32_t per out quote: its direct quote, or -1 */
    uint8_t *drop;         /* per direct quote: swallowed or a scare quote */
    uint8_t *inherited;    /* per direct quote: took the last speaker (2: into a
                            * clause of the next paragraph) */
    const struct dq *xs;   /* per direct quote: its mark tokens */
    size_t turn_end;       /* a claim runs over the sentences before this
                            * token (a labelled turn): they make no other */
    int32_t last_ent;      /* entity of the last speaker, -1 */
    size_t last_tok;       /* where that attribution was */
    uint8_t last_gender;
    /* attr_reported.c's word gate: by token length (15: longer) and first
     * letter (1 + its index; 0: another byte), the last letters (bits by the
     * same index) of the words its sentence loop looks for; made at its
     * first sentence */
    uint32_t rep_gate[16][27];
    int rep_gate_made;
    nm_any_memo any;       /* is_any()'s filters, made as the lists are used */
} actx;

/* ---- speaker records --------------------------------------------------------- */

static inline spk spk_none(void) { return (spk){ SPK_NONE, 0, 0, -1 }; }

/* A speaker of the given kind over tokens [t0, t1) with no mention. */
static inline spk spk_span(int kind, size_t t0, size_t t1) { return (spk){ kind, t0, t1, -1 }; }

/* The pronoun at token i ("he", "they"). */
static inline spk spk_pronoun(size_t i) { return spk_span(SPK_PRONOUN, i, i + 1); }

/* Mention m, over its tokens. */
static inline spk spk_mention(const nm_doc *d, int32_t m)
{
    const nm_mention *mm = DOC_MENT(d, m);
    return (spk){ SPK_MENTION, mm->t0, mm->t1, m };
}

/* Is s a mention of one of the types in the mask types (SPK_T(NM_PERSON) |
 * SPK_T(NM_ORG) ...)?  The speaker tests ask it of a person, an org, an
 * office, a place or a date in many places. */
#define SPK_T(type) (1u << (type))
static inline int spk_mention_of(const nm_doc *d, const spk *s, unsigned types)
{
    return s->kind == SPK_MENTION && ((types >> DOC_MENT(d, s->ment)->type) & 1);
}

/* ---- small token tests ------------------------------------------------------ */

static inline const nm_token *T(const actx *c, size_t i) { return &c->tk[i]; }

static inline int32_t ment_end(const actx *c, size_t i) { return nm_tokmap_get(&c->mend, i); }

static inline int32_t ment_start(const actx *c, size_t i) { return nm_tokmap_get(&c->mstart, i); }

static inline int32_t quote_at(const actx *c, size_t i) { return nm_tokmap_get(&c->inq, i); }

static inline int in_quote(const actx *c, size_t i) { return nm_tokmap_has(&c->inq, i); }

static inline int is_word(const actx *c, size_t i) { return T(c, i)->kind == TK_WORD; }

static inline int is_p(const actx *c, size_t i, uint32_t cp)
{
    return T(c, i)->kind == TK_PUNCT && nm_tok_cp(c->d, T(c, i)) == cp;
}

static inline int is_terminal(const actx *c, size_t i)
{
    const nm_token *t = T(c, i);
    if (t->kind != TK_PUNCT)
        return 0;
    uint32_t cp = nm_tok_cp(c->d, t);
    return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026;
}

/* The filter bit of a word by its first two bytes and length: the bytes
 * with bit 5 set (ASCII capitals to lower case, and a few others paired
 * with other bytes: a filter may say yes to a word not in its list, never
 * no to one that is), the second 0 for a word of one byte. */
static inline unsigned any_bit(unsigned f0, unsigned f1, size_t n)
{
    return (unsigned)(((f0 | f1 << 8 | (uint32_t)(n < 255 ? n : 255) << 16) * 0x9E3779B1u) >> 25);
}

/* The filter of a list, made when first asked (attr_words.c); NULL when the
 * memo is full. */
const uint64_t *nm_any_fill(nm_any_memo *m, const char *const *list, size_t slot);
static inline const uint64_t *any_filter(const actx *c, const char *const *list)
{
    /* (the memo is a cache: written through a pointer that drops the const
     * of the pass's context, an object that is not const) */
    nm_any_memo *m = &((actx *)c)->any;
    size_t h = (size_t)(((uint64_t)(uintptr_t)list * 0x9E3779B97F4A7C15u) >> 56);
    while (m->list[h] != list) {
        if (!m->list[h])
            return nm_any_fill(m, list, h);
        h = (h + 1) & (NM_ANY_SLOTS - 1);
    }
    return m->bits[h];
}

static inline int is_any(const actx *c, size_t i, const char *const *list)
{
    /* called for most tokens with lists of dozens of words: the list's
     * filter tells most words apart; the others compare the first two
     * bytes, case-folded, before the whole word (a word of one byte has
     * its NUL second).  The lists are in lower case (the sanitizer build
     * checks). */
    const nm_token *t = T(c, i);
    const unsigned char *s = (const unsigned char *)c->d->text + t->start;
    size_t n = t->end - t->start;
    const uint64_t *bits = any_filter(c, list);
    unsigned b = any_bit(s[0] | 32u, n > 1 ? s[1] | 32u : 0, n);
    if (bits && !((bits[b >> 6] >> (b & 63)) & 1)) {
#ifdef NM_CHECK_BOUNDS
        for (const char *const *w = list; *w; w++)
            if (nm_tok_is(c->d, i, *w))
                abort();                 /* a filter that misses a word of its list */
#endif
        return 0;
    }
    unsigned f0 = s[0], f1 = n > 1 ? s[1] : 0;
    f0 += f0 - 'A' < 26u ? 32 : 0;
    f1 += f1 - 'A' < 26u ? 32 : 0;
    for (; *list; list++) {
        const unsigned char *w = (const unsigned char *)*list;
#ifdef NM_CHECK_BOUNDS
        if ((unsigned)w[0] - 'A' < 26u || (w[0] && (unsigned)w[1] - 'A' < 26u))
            abort();
#endif
        if (w[0] == f0 && w[1] == f1 && nm_tok_is(c->d, i, *list))
            return 1;
    }
    return 0;
}

/* Is token i longer than min bytes and ending in suf ("ing", "ly")? */
static inline int ends_in(const actx *c, size_t i, size_t min, const char *suf)
{
    size_t n = nm_tok_len(c->d, i), k = strlen(suf);
    return n > min && n >= k && !memcmp(nm_tok_str(c->d, i) + n - k, suf, k);
}

static inline uint32_t wcls(const actx *c, size_t i) { return c->wc[i]; }

/* Flags of a cue word, stance verbs included ("praised", "vowed"): only
 * reported claims take those. */
static inline unsigned stance_of(const actx *c, size_t i)
{
    return is_word(c, i) && ((c->cue_bits[i >> 6] >> (i & 63)) & 1) ? nm_cue_flags(c->d, i) : 0;
}

/* Flags of a speech cue: a stance verb is none ("Obi praised the 'plan'"
 * attributes no quote, and no subject scan stops at it). */
static inline unsigned cue_of(const actx *c, size_t i)
{
    unsigned f = stance_of(c, i);
    return f & CUE_STANCE ? 0 : f;
}

static inline int is_func(const actx *c, size_t i) { return (wcls(c, i) & WC_FUNC) != 0; }

/* A lower-case word that is no function word: a content word of the
 * running text (a verb, a common noun, an adverb), which the rules step
 * over or stop at in many places. */
static inline int lower_content(const actx *c, size_t i)
{
    return is_word(c, i) && (T(c, i)->flags & TF_LOWER) && !is_func(c, i);
}

/* Capitalised run ending at e (a name the entity finder missed). */
static inline int cap_word(const actx *c, size_t i)
{
    const nm_token *t = T(c, i);
    return t->kind == TK_WORD && (t->flags & TF_CAP) && !(t->flags & TF_CAPSLINE) && !is_func(c, i) &&
           !cue_of(c, i) && !(wcls(c, i) & (WC_MONTH | WC_WEEKDAY));
}

/* The sentence end (token) of the sentence holding token i. */
static inline size_t sent_end(const actx *c, size_t i)
{
    return DOC_SENT(c->d, nm_tok_sent(c->d, i))->t1;
}

static inline size_t sent_start(const actx *c, size_t i)
{
    return DOC_SENT(c->d, nm_tok_sent(c->d, i))->t0;
}

/* ---- shared word lists (attr_words.c) --------------------------------------- */

extern const char *const nm_subj_pronouns[];
extern const char *const nm_obj_pronouns[];
extern const char *const nm_aux_words[];
extern const char *const nm_determiners[];
extern const char *const nm_day_parts[];
extern const char *const nm_there_verbs[];
extern const char *const nm_coord_words[];
extern const char *const nm_call_words[];
extern const char *const nm_possessive[];
extern const char *const nm_ask_words[];
extern const char *const nm_rel_words[];
extern const char *const nm_finding_cues[];
extern const char *const nm_finding_nouns[];

/* attr_speakers.c: the speaker finders.  Each returns a speaker of kind
 * SPK_NONE when it finds nothing, stays within its bounds (lo/t0/cs before,
 * hi/v after) and resolves nothing (nm_resolve_speaker does, when the quote
 * is built).  A subject search for a cue at token v in sentence [t0, t1)
 * tries, in this order (as attr_learned.c does):
 * nm_np_before(c, v, t0), nm_appositive_subject(c, v - 1, t0) when v - 1 is
 * a comma, nm_long_subject(c, cs, v), nm_clause_subject(c, cs, v), where cs
 * is nm_content_start(c, t0, t1). */
/* The subject ending just before verb v, past auxiliaries, -ly adverbs and
 * a date ("X also said", "X on Tuesday said", "the mayor grudgingly
 * agreed"): a mention, pronoun, "who", role noun phrase or capitalised
 * name. */
spk nm_np_before(const actx *c, size_t v, size_t lo);
/* The noun phrase starting at token k, before hi ("said Wang", "said the
 * minister", "he"). */
spk nm_np_after(const actx *c, size_t k, size_t hi);
/* nm_np_after, and where a subject must follow the verb also a person
 * after descriptor words or any determiner phrase ("said a person close to
 * X"). */
spk nm_np_after_cue(const actx *c, size_t k, size_t hi);
/* A person entity's sex for telling persons apart: what an honorific or a
 * pronoun speaker told (c->gender), else what its given name suggests
 * ("Hillary"); G_UNKNOWN when neither. */
static inline uint8_t nm_ent_sex(const actx *c, int32_t e)
{
    return c->gender[e] ? c->gender[e] : DOC_ENT(c->d, e)->sex;
}

/* G_MALE, G_FEMALE or G_UNKNOWN for the pronoun at token i. */
uint8_t nm_pronoun_gender(const actx *c, size_t i);
/* Can [t0, t1) be an unnamed speaker, a noun phrase ("the minister", "41
 * percent of voters"), rather than a verb group or an adverb the subject
 * search took for one ("pointing", "issued a statement", "more
 * accurately")? */
int nm_role_phrase(const actx *c, size_t t0, size_t t1);
/* Can the capitalised words of name speaker s name someone, rather than
 * be common words that open a sentence ("Years later", "Walking", "Ever")?
 * No when every word is a common word, none a given name, and the name
 * resolves to no entity. */
int nm_name_phrase(actx *c, const spk *s);
/* A lower-case -ly adverb between subject and verb ("grudgingly"). */
int nm_ly_adverb(const actx *c, size_t i);
/* Is e (-1 allowed) a person entity? */
int nm_person_entity(const actx *c, int32_t e);
/* The entity speaker s resolves to (a pronoun or role noun to the most
 * plausible earlier person), or -1. */
int32_t nm_resolve_speaker(actx *c, const spk *s);
/* Could a subject starting at token sb open a clause of the sentence
 * starting at t0? */
int nm_clause_starts_at(const actx *c, size_t sb, size_t t0);
/* Where the noun phrase ending in s begins, back over its modifiers to its
 * clause start; (size_t)-1 when the words before s are no part of it. */
size_t nm_subject_start(const actx *c, const spk *s, size_t t0);
/* Past an "of/from/in/at (the) NAME" after a subject ending at e, before
 * hi ("Ada Obi of Ohio State University said"): the token after the name,
 * else e. */
size_t nm_past_of_phrase(const actx *c, size_t e, size_t hi);
/* The speaker of a direct quote opening at mark o inside a clause that no
 * cue attributed: the clause's subject, a person or org named at the
 * sentence's start; else SPK_NONE. */
spk nm_inclause_speaker(const actx *c, size_t o);
/* '"...," US Senator Ada Obi (D-Ohio) said': after a quote closed by a
 * comma, question or exclamation mark whose speaker no rule read, the
 * first person (else org) mention before the first speech verb of the
 * sentence, with only name and title words, an apposition or a party
 * between; *v gets the verb.  SPK_NONE when none. */
spk nm_late_subject(const actx *c, const dq *x, size_t *v);
/* 'When Y spoke, X fired back: "..."': for a quote opening after a colon
 * (or in the paragraph after one) whose speaker no rule read, the subject
 * of the clause the colon ends -- a person, org or office mention heading
 * its phrase, or a pronoun, after the clause's comma, dash or start, with
 * a verb after it; SPK_NONE when none. */
spk nm_colon_subject(const actx *c, const dq *x);
/* "Ada Obi, 44, a nurse, said": the subject before an apposition closed
 * by the comma at c0. */
spk nm_appositive_subject(const actx *c, size_t c0, size_t t0);
/* The subject of the clause opening at cs whose predicate runs up to v,
 * past a leading phrase and its comma ("On Tuesday, X ..."). */
spk nm_clause_subject(const actx *c, size_t cs, size_t v);
/* A long subject opening the clause at lo of the speech verb v ("aides to
 * the governor who spoke on condition of anonymity said"), at most 30
 * tokens. */
spk nm_long_subject(const actx *c, size_t lo, size_t v);

/* attribution.c */
nm_status nm_attribute_quote(actx *c, nm_q *q, const spk *s, size_t cue0, size_t cue1);
nm_q *nm_new_quote(actx *c, size_t a, size_t b, int direct);
size_t nm_words_in(const actx *c, size_t a, size_t b);
size_t nm_skip_adjuncts(const actx *c, size_t k, size_t hi);
size_t nm_skip_paren(const actx *c, size_t k, size_t hi);
size_t nm_content_end(const actx *c, size_t a, size_t b);
size_t nm_content_start(const actx *c, size_t a, size_t b);
int nm_swallow_direct(actx *c, size_t a, size_t b, int *direct, int commit);

/* attr_direct.c */
nm_status nm_direct_attr(actx *c, nm_q *q, const dq *x, int *found);
int nm_titled_after_prep(const actx *c, const dq *x);
int nm_opens_clause(const actx *c, size_t o);
nm_status nm_stance_quote(actx *c, size_t qi);
size_t nm_quote_clause_end(const actx *c, size_t a, size_t b);
spk nm_cue_subject(const actx *c, size_t v, size_t lo, int ing, int32_t *turn);

/* attr_reported.c */
size_t nm_claim_stop(const actx *c, size_t k, size_t ce);
int32_t nm_turn_in_sentence(const actx *c, size_t t0, size_t v);
nm_status nm_reported_claim(actx *c, size_t a, size_t b, const spk *s, size_t v0, size_t v1,
                            const spk *addr, nm_q **out);
nm_status nm_sentence_reported(actx *c, size_t t0, size_t t1);
/* attr_learned.c: claims of the learned model in sentence [t0, t1), whose
 * rules' claims are out[first, ...) */
nm_status nm_learned_claims(actx *c, size_t t0, size_t t1, size_t first);
/* attr_quoted.c: a claim around dropped quote qi by the quoted-span
 * model; this sentence's claims are out[first, ...) */
nm_status nm_quoted_claim(actx *c, size_t qi, size_t first);

#endif
