/*
 * attribution.c -- who said what: cues and speakers of the direct quotes
 * found by quotes.c, and reported speech without quotation marks.
 *
 * One pass over the sentences, in text order, so "he said" can go to the
 * last speaker.  In each sentence:
 *
 *   1. every direct quote opening there gets its cue and speaker from the
 *      words right after its closing mark ("...," she said / said Ms. Dube)
 *      or right before its opening mark (Dube said: "..."); a quote with no
 *      cue that follows one of the same speaker keeps that speaker; a short
 *      quoted term with no cue is a scare quote and is dropped;
 *   2. speech verbs outside quotes make reported speech:
 *        A  CONTENT, X said.  /  CONTENT, said X, <title>.
 *        B  X said (that) CONTENT.  /  X told Y (that) CONTENT.
 *        C  According to X, CONTENT.  /  CONTENT, according to X.
 *        D  ..., noting that CONTENT.  (the same speaker as the main cue)
 *      Content that holds a short direct quote swallows it (one claim).
 *
 * Every search is bounded by the sentence or a small window, so the pass is
 * linear in the text.  Speakers that are pronouns or role nouns ("he", "the
 * minister") become mentions with pronoun = 1 (role = 1 too for role nouns)
 * so they are not shown as spans; they keep entity = -1 in the mention (the
 * entity mention lists built by coref.c stay as they are) and their
 * resolution goes to the quote's entity.
 */
#include "nm.h"
#include "cues.h"
#include <stdlib.h>
#include <ctype.h>

#define BACK_WINDOW 400      /* tokens searched back for a pronoun's antecedent */
#define NO_TOK ((size_t)-1)   /* no such token */
#define SCARE_WORDS 3        /* a quote of this many words or fewer needs a cue */
#define STANCE_WINDOW 12     /* tokens searched back from a short quote for its cue */
#define STANCE_OBJECT 8      /* tokens at most between that cue's object and the quote */

enum { SPK_NONE = 0, SPK_MENTION, SPK_PRONOUN, SPK_ROLE, SPK_NAME, SPK_REL };
/* SPK_REL: "who" in "X, who said ...": resolves to X */
enum { G_UNKNOWN = 0, G_MALE, G_FEMALE };

typedef struct spk {
    int kind;
    size_t t0, t1;         /* tokens [t0, t1) */
    int32_t ment;          /* mention index for SPK_MENTION */
} spk;

typedef struct dq {
    size_t o, cl;       /* opening and closing mark tokens */
} dq;

typedef struct actx {
    nm_doc *d;
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
    const struct dq *xs;   /* per direct quote: its mark tokens */
    int32_t last_ent;      /* entity of the last speaker, -1 */
    size_t last_tok;       /* where that attribution was */
    uint8_t last_gender;
} actx;

/* ---- small token tests ------------------------------------------------------ */

static const nm_token *T(const actx *c, size_t i) { return DOC_TOK(c->d, i); }

static int32_t ment_end(const actx *c, size_t i) { return nm_tokmap_get(&c->mend, i); }

static int32_t ment_start(const actx *c, size_t i) { return nm_tokmap_get(&c->mstart, i); }

static int32_t quote_at(const actx *c, size_t i) { return nm_tokmap_get(&c->inq, i); }

static int in_quote(const actx *c, size_t i) { return nm_tokmap_has(&c->inq, i); }

static int is_word(const actx *c, size_t i) { return T(c, i)->kind == TK_WORD; }

static int is_p(const actx *c, size_t i, uint32_t cp)
{
    return T(c, i)->kind == TK_PUNCT && T(c, i)->cp == cp;
}

static int is_terminal(const actx *c, size_t i)
{
    const nm_token *t = T(c, i);
    return t->kind == TK_PUNCT && (t->cp == '.' || t->cp == '!' || t->cp == '?' || t->cp == 0x2026);
}

static int is_any(const actx *c, size_t i, const char *const *list)
{
    /* called for most tokens with lists of dozens of words: compare the
     * first letter (case-folded) before the whole word */
    unsigned f = (unsigned char)c->d->text[T(c, i)->start];
    f = f - 'A' < 26u ? f + 32 : f;
    for (; *list; list++) {
        unsigned w = (unsigned char)(*list)[0];
        w = w - 'A' < 26u ? w + 32 : w;
        if (w == f && nm_tok_is(c->d, i, *list))
            return 1;
    }
    return 0;
}

static uint32_t wcls(const actx *c, size_t i) { return c->d->wcls ? c->d->wcls[i] : 0; }

/* Flags of a cue word, stance verbs included ("praised", "vowed"): only
 * reported claims take those. */
static unsigned stance_of(const actx *c, size_t i)
{
    if (!is_word(c, i))
        return 0;
    return nm_cue_word(nm_tok_str(c->d, i), nm_tok_len(c->d, i));
}

/* Flags of a speech cue: a stance verb is none ("Obi praised the 'plan'"
 * attributes no quote, and no subject scan stops at it). */
static unsigned cue_of(const actx *c, size_t i)
{
    unsigned f = stance_of(c, i);
    return f & CUE_STANCE ? 0 : f;
}

/* Lower-case words that end no speaker's noun phrase. */
static const char *const no_subject[] = { "been", "be", "being", "was", "were", "is", "are",
    "not", "never", "first", "who", "which", "what", "whom", "it", "this", "there", "here",
    "yes", "no", "once", "ever", NULL };
static const char *const subj_pronouns[] = { "he", "she", "they", "we", "i", "it", NULL };
static const char *const obj_pronouns[] = { "him", "her", "them", "me", "us", "you",
    "reporters", "journalists", "lawmakers", "supporters", "listeners", "viewers",
    "students", "voters", "members", "delegates", "senators", NULL };
/* Between a subject and its verb: "X also said", "X has said". */
static const char *const aux_words[] = { "also", "later", "then", "has", "had", "have",
    "previously", "recently", "reportedly", "again", "further", "once", "repeatedly",
    "publicly", "privately", "flatly", "simply", "only", "would", "will", "had", "did",
    "does", "do", "often", "always", "never", "has", "just", "separately", "additionally",
    "long", "even", "still", NULL };
static const char *const determiners[] = { "the", "a", "an", "his", "her", "their", "its",
    "our", "my", "your", "this", "that", "these", "those", "one", "another", "some", "many",
    "several", "other", "both", "most", "two", "three", "few", NULL };
/* Nouns that can speak although no list calls them an office.  Sorted by
 * strcmp (LC_ALL=C sort, no duplicates): looked up by binary search
 * (tests/c/tables.c checks the order). */
static const char *const role_nouns[] = {
    "activists", "administration", "adviser", "advisers", "advisor", "advisors", "advocates",
    "agencies", "agency", "aide", "aides", "ambassador", "americans", "analysis", "analyst",
    "analysts", "anchor", "article", "attorney", "attorneys", "audit", "author", "authorities",
    "authors", "bank", "banks", "billionaire", "board", "businessman", "businesswoman",
    "campaign", "campaigns", "candidate", "candidates", "chairman", "chairwoman", "challenger",
    "checker", "chief", "columnist", "commission", "committee", "companies", "company",
    "complaint", "conservatives", "consultant", "contender", "contenders", "correspondent",
    "council", "court", "critics", "daily", "data", "democrat", "democrats", "department",
    "diplomat", "diplomats", "director", "doctors", "document", "documents", "donor", "donors",
    "economist", "economists", "editor", "editorial", "employees", "envoy", "executive",
    "expert", "experts", "fact-checker", "figures", "filing", "firm", "founder", "front-runner",
    "frontrunner", "government", "governor", "group", "groups", "half", "head", "historian",
    "hopeful", "hopefuls", "host", "incumbent", "investigation", "investigators", "journalist",
    "journalists", "judge", "lawmakers", "lawsuit", "lawyer", "lawyers", "leader", "leaders",
    "legislators", "letter", "liberals", "magazine", "magnate", "majority", "man", "mayor",
    "member", "members", "memo", "minister", "ministry", "minority", "network", "newspaper",
    "nominee", "nominees", "observers", "office", "officer", "officers", "official",
    "officials", "op-ed", "operative", "opponent", "opponents", "organisation", "organization",
    "others", "outlet", "owner", "owners", "panel", "paper", "parents", "participants",
    "people", "percent", "police", "poll", "polls", "pollster", "pollsters", "president",
    "professor", "progressives", "prosecutor", "prosecutors", "protesters", "quarter",
    "quarters", "records", "report", "reporter", "reporters", "reports", "representative",
    "representatives", "republican", "republicans", "researchers", "residents", "respondents",
    "review", "rival", "rivals", "ruling", "scholar", "scientists", "secretary", "senator",
    "senators", "source", "sources", "spokesman", "spokesmen", "spokespeople", "spokesperson",
    "spokeswoman", "staff", "staffer", "staffers", "statement", "statements", "strategist",
    "strategists", "students", "studies", "study", "supporters", "survey", "surveys",
    "teachers", "team", "third", "thirds", "tycoon", "veterans", "voters", "website", "white",
    "witness", "witnesses", "woman", "workers", "writer",
};
#define N_ROLE_NOUNS (sizeof role_nouns / sizeof role_nouns[0])

int nm_role_nouns_sorted(void) { return nm_sorted_words_ok(role_nouns, N_ROLE_NOUNS, sizeof role_nouns[0]); }


static int is_role_noun(const actx *c, size_t i)
{
    if (!is_word(c, i))
        return 0;
    if (wcls(c, i) & (WC_TITLE | LX_ROLENOUN))
        return 1;
    return nm_sorted_word(role_nouns, N_ROLE_NOUNS, sizeof role_nouns[0], nm_tok_str(c->d, i),
                          nm_tok_len(c->d, i)) >= 0;
}

static int is_func(const actx *c, size_t i) { return (wcls(c, i) & WC_FUNC) != 0; }

/* Person-ish mention types that can speak. */
static int speaker_type(int type)
{
    return type == NM_PERSON || type == NM_ORG || type == NM_TITLE || type == NM_PLACE;
}

/* ---- speakers ------------------------------------------------------------------ */

/* A role noun phrase ending at token e: back to its determiner or possessive
 * ("the minister", "Mongolia's foreign minister"), at most 6 tokens, not
 * before lo.  Returns its first token. */
static size_t role_np_start(const actx *c, size_t e, size_t lo)
{
    size_t s = e;
    for (size_t k = e; k > lo && e - k < 6; k--) {
        size_t p = k - 1;
        if (is_any(c, p, determiners)) {
            return p;
        }
        if (nm_tok_is(c->d, p, "'s") || nm_tok_is(c->d, p, "\xE2\x80\x99s")) {
            /* possessor: a mention or a capitalised word before it */
            if (p > lo && ment_end(c, p - 1) >= 0)
                return DOC_MENT(c->d, ment_end(c, p - 1))->t0;
            if (p > lo && (T(c, p - 1)->flags & TF_CAP))
                return p - 1;
            return s;
        }
        if (T(c, p)->kind == TK_NUM) {
            s = p;                                   /* "41 percent" */
            continue;
        }
        if (!is_word(c, p) || is_func(c, p) || cue_of(c, p))
            break;
        if (ment_end(c, p) >= 0 && DOC_MENT(c->d, ment_end(c, p))->type != NM_TITLE)
            return DOC_MENT(c->d, ment_end(c, p))->t0;   /* "Xinhua reporter" */
        s = p;
    }
    return s;
}

/* Capitalised run ending at e (a name the entity finder missed). */
static int cap_word(const actx *c, size_t i)
{
    const nm_token *t = T(c, i);
    return t->kind == TK_WORD && (t->flags & TF_CAP) && !(t->flags & TF_CAPSLINE) && !is_func(c, i) &&
           !cue_of(c, i) && !(wcls(c, i) & (WC_MONTH | WC_WEEKDAY));
}

static size_t subject_start(const actx *c, const spk *s, size_t t0);

/* "Mayor Clara Ventham of Halverton said", "Ana Kovacs from Ostrava said",
 * "the mayor of Dunholt said": the name found before the verb (a place, an
 * org, or a place the tagger took for a person) only qualifies the speaker,
 * the person (or office) in front of the preposition.
 * An office noun counts only after "of" with a determiner ("the mayor of
 * X"): "officials at the ministry", "a spokesman for X", "the government of
 * X" keep the org or place, which says more than an unnamed speaker. */
static void of_head(const actx *c, spk *s, size_t lo)
{
    size_t p = s->t0;
    if (p > lo && nm_tok_is(c->d, p - 1, "the"))
        p--;
    if (p < lo + 2 || !is_any(c, p - 1, (const char *const[]){ "of", "from", "in", "at", NULL }))
        return;
    size_t h = p - 2;
    int32_t m = ment_end(c, h);
    /* ("Chief of Staff Katie Walsh": a person after a title holds it) */
    int person = DOC_MENT(c->d, s->ment)->type == NM_PERSON;
    if (m >= 0 && DOC_MENT(c->d, m)->t0 >= lo &&
        (DOC_MENT(c->d, m)->type == NM_PERSON || (DOC_MENT(c->d, m)->type == NM_TITLE && !person))) {
        s->ment = m;
        s->t0 = DOC_MENT(c->d, m)->t0;
        s->t1 = DOC_MENT(c->d, m)->t1;
        return;
    }
    if (nm_tok_is(c->d, p - 1, "of") && (wcls(c, h) & WC_TITLE) && !(wcls(c, h) & WC_ORGWORD) &&
        (T(c, h)->flags & TF_LOWER) &&
        h > lo && is_any(c, h - 1, (const char *const[]){ "the", "a", "an", NULL })) {
        /* the whole phrase: resolve() then matches its last word, so "the
         * mayor of Dunholt" is only someone whose titles name Dunholt */
        s->kind = SPK_ROLE;
        s->ment = -1;
        s->t0 = h - 1;
    }
}

/* The subject ending just before the verb v (after auxiliaries and a date:
 * "X also said", "X on Tuesday said"), not before token lo. */
static spk np_before(const actx *c, size_t v, size_t lo)
{
    spk s = { SPK_NONE, 0, 0, -1 };
    if (v <= lo)
        return s;
    size_t e = v - 1;
    for (int k = 0; k < 3 && e > lo && is_any(c, e, aux_words); k++)
        e--;
    if (e > lo && ment_end(c, e) >= 0 && DOC_MENT(c->d, ment_end(c, e))->type == NM_DATE &&
        DOC_MENT(c->d, ment_end(c, e))->t0 > lo + 1) {
        e = DOC_MENT(c->d, ment_end(c, e))->t0 - 1;
        if (e > lo && is_any(c, e, (const char *const[]){ "on", "last", "this", "earlier", NULL }))
            e--;
        for (int k = 0; k < 2 && e > lo && is_any(c, e, aux_words); k++)
            e--;
    }
    if (is_p(c, e, ')')) {
        for (size_t j = e; j > lo && e - j < 10; j--)
            if (is_p(c, j - 1, '(')) {
                if (j - 1 > lo)
                    e = j - 2;
                break;
            }
    }
    if (e < lo)
        return s;
    if (is_any(c, e, aux_words))
        return s;
    int32_t m = ment_end(c, e);
    if (m >= 0 && DOC_MENT(c->d, m)->t0 >= lo && speaker_type(DOC_MENT(c->d, m)->type)) {
        const nm_mention *mm = DOC_MENT(c->d, m);
        s.kind = SPK_MENTION;
        s.ment = m;
        s.t0 = mm->t0;
        s.t1 = mm->t1;
        of_head(c, &s, lo);
        return s;
    }
    if (is_word(c, e) && is_any(c, e, subj_pronouns)) {
        s.kind = SPK_PRONOUN;
        s.t0 = e;
        s.t1 = e + 1;
        return s;
    }
    if (nm_tok_is(c->d, e, "who") && e > lo) {
        s.kind = SPK_REL;
        s.t0 = e;
        s.t1 = e + 1;
        return s;
    }
    if (is_p(c, e, '%') && e > lo && T(c, e - 1)->kind == TK_NUM && e + 1 == v)
        e--;                            /* "42% say ..." */
    if ((is_role_noun(c, e) && (T(c, e)->flags & TF_LOWER)) ||
        (T(c, e)->kind == TK_NUM && (e + 1 == v || (e + 2 == v && is_p(c, e + 1, '%'))))) {
        s.kind = SPK_ROLE;
        s.t0 = role_np_start(c, e, lo);
        s.t1 = e + 1 < v && is_p(c, e + 1, '%') ? e + 2 : e + 1;
        /* "six in 10", "officials at the ministry": the whole phrase */
        size_t b = subject_start(c, &s, lo);
        if (b != (size_t)-1 && b < s.t0)
            s.t0 = b;
        return s;
    }
    if (is_word(c, e) && (T(c, e)->flags & TF_LOWER) && !is_func(c, e) && !cue_of(c, e)) {
        /* "the billionaire real estate magnate": any noun after a determiner */
        for (size_t k = e; k > lo && e - k < 5; k--) {
            size_t p = k - 1;
            if (is_any(c, p, determiners) && !nm_tok_is(c->d, p, "that")) {
                s.kind = SPK_ROLE;
                s.t0 = p;
                s.t1 = e + 1;
                /* "some advocates for the plan": the whole noun phrase */
                size_t b = subject_start(c, &s, lo);
                if (b != (size_t)-1 && b < p)
                    s.t0 = b;
                return s;
            }
            if (!is_word(c, p) || is_func(c, p) || cue_of(c, p))
                break;
        }
        /* "about 40 percent of farmers", "voters in the north": a bare
         * noun heading a phrase that opens its clause */
        if (!is_any(c, e, aux_words) && !is_any(c, e, no_subject)) {
            s.kind = SPK_ROLE;
            s.t0 = e;
            s.t1 = e + 1;
            size_t b = subject_start(c, &s, lo);
            if (b != (size_t)-1) {
                s.t0 = b;
                return s;
            }
            s.kind = SPK_NONE;
        }
    }
    if (cap_word(c, e)) {
        size_t b = e;
        while (b > lo && e - b < 3 && cap_word(c, b - 1))
            b--;
        s.kind = is_role_noun(c, e) ? SPK_ROLE : SPK_NAME;
        s.t0 = b;
        s.t1 = e + 1;
        return s;
    }
    return s;
}

/* The subject starting at token k (after the verb: "said Wang", "said the
 * minister"), before hi. */
static spk np_after(const actx *c, size_t k, size_t hi)
{
    spk s = { SPK_NONE, 0, 0, -1 };
    if (k >= hi)
        return s;
    int32_t m = ment_start(c, k);
    if (m >= 0 && speaker_type(DOC_MENT(c->d, m)->type)) {
        const nm_mention *mm = DOC_MENT(c->d, m);
        /* "said Foreign Minister Wang Yi": the person, not the office */
        if (mm->type == NM_TITLE && mm->t1 < hi && ment_start(c, mm->t1) >= 0 &&
            DOC_MENT(c->d, ment_start(c, mm->t1))->type == NM_PERSON) {
            m = ment_start(c, mm->t1);
            mm = DOC_MENT(c->d, m);
        }
        s.kind = SPK_MENTION;
        s.ment = m;
        s.t0 = mm->t0;
        s.t1 = mm->t1;
        return s;
    }
    if (is_word(c, k) && is_any(c, k, subj_pronouns)) {
        s.kind = SPK_PRONOUN;
        s.t0 = k;
        s.t1 = k + 1;
        return s;
    }
    if (is_any(c, k, determiners) && !nm_tok_is(c->d, k, "that")) {
        for (size_t e = k + 1; e < hi && e < k + 6; e++) {
            if (ment_start(c, e) >= 0 && DOC_MENT(c->d, ment_start(c, e))->type != NM_TITLE &&
                DOC_MENT(c->d, ment_start(c, e))->type != NM_DATE && e == k + 1) {
                /* "the Chinese Foreign Ministry" is a mention after "the" */
                const nm_mention *mm = DOC_MENT(c->d, ment_start(c, e));
                s.kind = SPK_MENTION;
                s.ment = ment_start(c, e);
                s.t0 = mm->t0;
                s.t1 = mm->t1;
                return s;
            }
            if (!is_word(c, e) || is_func(c, e))
                break;
            if (is_role_noun(c, e) && (e + 1 >= hi || !is_role_noun(c, e + 1))) {
                s.kind = SPK_ROLE;
                s.t0 = k;
                s.t1 = e + 1;
                return s;
            }
        }
        return s;
    }
    if (cap_word(c, k)) {
        size_t e = k + 1;
        while (e < hi && e - k < 4 && cap_word(c, e))
            e++;
        s.kind = is_role_noun(c, e - 1) ? SPK_ROLE : SPK_NAME;
        s.t0 = k;
        s.t1 = e;
        return s;
    }
    return s;
}

/* ---- resolution ----------------------------------------------------------------- */

static uint8_t pronoun_gender(const actx *c, size_t i)
{
    if (nm_tok_is(c->d, i, "he") || nm_tok_is(c->d, i, "his"))
        return G_MALE;
    if (nm_tok_is(c->d, i, "she") || nm_tok_is(c->d, i, "her"))
        return G_FEMALE;
    return G_UNKNOWN;
}

static int person_entity(const actx *c, int32_t e)
{
    return e >= 0 && (size_t)e < c->d->ents.n && DOC_ENT(c->d, e)->type == NM_PERSON;
}

/* The most recent person entity before token t with a compatible gender. */
static int32_t recent_person(const actx *c, size_t t, uint8_t g)
{
    size_t lo = t > BACK_WINDOW ? t - BACK_WINDOW : 0;
    for (size_t k = t; k-- > lo;) {
        int32_t m = ment_end(c, k);
        if (m < 0)
            continue;
        const nm_mention *mm = DOC_MENT(c->d, m);
        int32_t e = mm->entity;
        if (mm->type == NM_TITLE && mm->holder >= 0)
            e = DOC_MENT(c->d, mm->holder)->entity;
        if (!person_entity(c, e))
            continue;
        if (g && c->gender[e] && c->gender[e] != g)
            continue;
        return e;
    }
    return -1;
}

static int32_t recent_type(const actx *c, size_t t, int type)
{
    size_t lo = t > BACK_WINDOW ? t - BACK_WINDOW : 0;
    for (size_t k = t; k-- > lo;) {
        int32_t m = ment_end(c, k);
        if (m >= 0 && DOC_MENT(c->d, m)->type == type && DOC_MENT(c->d, m)->entity >= 0)
            return DOC_MENT(c->d, m)->entity;
    }
    return -1;
}

/* Case-insensitive: does hay contain the word w[0..n)? */
static int has_word(const char *hay, const char *w, size_t n)
{
    size_t h = strlen(hay);
    for (size_t i = 0; i + n <= h; i++) {
        if ((i == 0 || !isalpha((unsigned char)hay[i - 1])) &&
            (i + n == h || !isalpha((unsigned char)hay[i + n]))) {
            size_t k = 0;
            while (k < n && tolower((unsigned char)hay[i + k]) == tolower((unsigned char)w[k]))
                k++;
            if (k == n)
                return 1;
        }
    }
    return 0;
}

/* The entity a speaker resolves to, or -1. */
static int32_t resolve(actx *c, const spk *s)
{
    nm_doc *d = c->d;
    switch (s->kind) {
    case SPK_MENTION: {
        const nm_mention *m = DOC_MENT(d, s->ment);
        if (m->type == NM_TITLE && m->holder >= 0)
            return DOC_MENT(d, m->holder)->entity;
        if (m->type == NM_TITLE) {
            /* an office with no holder: as a role noun */
            spk r = *s;
            r.kind = SPK_ROLE;
            return resolve(c, &r);
        }
        return m->entity;
    }
    case SPK_PRONOUN: {
        uint8_t g = pronoun_gender(c, s->t0);
        if (g == G_UNKNOWN) {
            if (nm_tok_is(d, s->t0, "it"))
                return recent_type(c, s->t0, NM_ORG);
            return -1;
        }
        /* the last speaker goes on talking, when it fits */
        if (person_entity(c, c->last_ent) && s->t0 - c->last_tok < BACK_WINDOW &&
            (!c->gender[c->last_ent] || c->gender[c->last_ent] == g))
            return c->last_ent;
        return recent_person(c, s->t0, g);
    }
    case SPK_REL: {
        size_t k = s->t0;
        if (k > 0 && is_p(c, k - 1, ','))
            k--;
        if (k > 0 && ment_end(c, k - 1) >= 0) {
            const nm_mention *m = DOC_MENT(d, ment_end(c, k - 1));
            if (m->type == NM_TITLE && m->holder >= 0)
                return DOC_MENT(d, m->holder)->entity;
            return m->entity;
        }
        return -1;
    }
    case SPK_ROLE: {
        /* an office noun: the last person whose titles name it */
        size_t e = s->t1 - 1;
        const char *w = nm_tok_str(d, e);
        size_t n = nm_tok_len(d, e);
        size_t lo = s->t0 > BACK_WINDOW ? s->t0 - BACK_WINDOW : 0;
        for (size_t k = s->t0; k-- > lo;) {
            int32_t m = ment_end(c, k);
            if (m < 0)
                continue;
            int32_t en = DOC_MENT(d, m)->entity;
            if (!person_entity(c, en))
                continue;
            const nm_ent *E = DOC_ENT(d, en);
            for (size_t t = 0; t < E->titles.n; t++)
                if (has_word(NM_VEC_AT(E->titles, const char *, t), w, n))
                    return en;
        }
        return -1;
    }
    }
    return -1;
}

/* ---- building quotes ----------------------------------------------------------- */

/* The mention for a speaker (adds one for pronouns and role nouns). */
static nm_status speaker_mention(actx *c, const spk *s, int32_t *out)
{
    *out = -1;
    if (s->kind == SPK_MENTION) {
        *out = s->ment;
        return NM_OK;
    }
    if (s->kind == SPK_NONE || s->kind == SPK_NAME)
        return NM_OK;
    int32_t m = nm_doc_add_mention(c->d, (uint32_t)s->t0, (uint32_t)s->t1, NM_PERSON, SRC_CONTEXT);
    if (m < 0)
        return NM_ENOMEM;
    DOC_MENT(c->d, m)->pronoun = 1;
    DOC_MENT(c->d, m)->role = s->kind == SPK_ROLE;
    *out = m;
    return NM_OK;
}

/* Fills speaker, entity and cue of q; records the speaker as the last one. */
static nm_status attribute(actx *c, nm_q *q, const spk *s, size_t cue0, size_t cue1)
{
    nm_status st;
    if (cue1 > cue0) {
        q->cue_start = T(c, cue0)->start;
        q->cue_end = T(c, cue1 - 1)->end;
    }
    if (s->kind != SPK_NONE) {
        q->spk_start = T(c, s->t0)->start;
        q->spk_end = T(c, s->t1 - 1)->end;
        q->entity = resolve(c, s);
        if ((st = speaker_mention(c, s, &q->speaker)) != NM_OK)
            return st;
        if (s->kind == SPK_PRONOUN && person_entity(c, q->entity)) {
            uint8_t g = pronoun_gender(c, s->t0);
            if (g && !c->gender[q->entity])
                c->gender[q->entity] = g;
        }
        c->last_ent = q->entity;
        c->last_tok = s->t0;
    }
    return NM_OK;
}

static nm_q *new_quote(actx *c, size_t a, size_t b, int direct)
{
    int32_t *o = nm_vec_push(&c->origin, sizeof *o);
    if (!o)
        return NULL;
    *o = -1;
    nm_q *q = nm_vec_push(&c->out, sizeof *q);
    if (!q)
        return NULL;
    q->start = T(c, a)->start;
    q->end = T(c, b - 1)->end;
    q->direct = (uint8_t)direct;
    q->cue_start = q->cue_end = q->spk_start = q->spk_end = -1;
    q->speaker = q->entity = q->addressee = q->addressee_mention = -1;
    return q;
}

/* Words (letters/digits tokens) in [a, b). */
static size_t words_in(const actx *c, size_t a, size_t b)
{
    size_t n = 0;
    for (size_t i = a; i < b; i++)
        n += T(c, i)->kind == TK_WORD || T(c, i)->kind == TK_NUM;
    return n;
}

static const char *const day_parts[] = { "night", "morning", "afternoon", "evening", NULL };
static const char *const there_verbs[] = { "is", "was", "were", "are", "will", "would", "has",
    "have", "had", "may", "might", "could", "can", "should", "must", "seems", "appears",
    "'s", "\xE2\x80\x99s", NULL };

/* Skips what may stand between a verb and the end of its clause or its
 * content: dates ("Tuesday", "on Monday"), "in a statement", "here".
 * Returns the first token after them. */
static size_t skip_adjuncts(const actx *c, size_t k, size_t hi)
{
    for (int rounds = 0; rounds < 4 && k < hi; rounds++) {
        int32_t m = ment_start(c, k);
        if (m >= 0 && DOC_MENT(c->d, m)->type == NM_DATE) {
            k = DOC_MENT(c->d, m)->t1;
            /* "on Tuesday night" */
            if (k < hi && is_any(c, k, day_parts))
                k++;
            continue;
        }
        if (is_any(c, k, (const char *const[]){ "on", "at", "during", "in", "late", "early",
                                               "earlier", "last", "this", "on", "after",
                                               "before", "while", NULL }) &&
            k + 1 < hi) {
            size_t e = k + 1;
            int32_t m2 = ment_start(c, e);
            if (m2 >= 0 && (DOC_MENT(c->d, m2)->type == NM_DATE ||
                            DOC_MENT(c->d, m2)->type == NM_PLACE)) {
                k = DOC_MENT(c->d, m2)->t1;
                continue;
            }
            if (is_any(c, e, (const char *const[]){ "a", "an", "the", "his", "her", "their",
                                                   "its", NULL })) {
                size_t f = e + 1;
                while (f < hi && f < e + 5 && is_word(c, f) && !is_func(c, f) && !cue_of(c, f) &&
                       !nm_tok_is(c->d, f, "that"))
                    f++;
                if (f > e + 1 && f - e <= 4) {
                    k = f;
                    continue;
                }
            }
            if (is_any(c, e, (const char *const[]){ "week", "month", "year", "night",
                                                   "morning", "evening", "weekend", "time",
                                                   NULL })) {
                k = e + 1;
                continue;
            }
            break;
        }
        /* "said in her speech that night" */
        if (nm_tok_is(c->d, k, "that") && k + 1 < hi &&
            is_any(c, k + 1, (const char *const[]){ "night", "day", "week", "morning", "evening",
                                                   "afternoon", "weekend", NULL }) &&
            (k + 2 >= hi || !(is_word(c, k + 2) || T(c, k + 2)->kind == TK_NUM))) {
            k += 2;
            continue;
        }
        /* "said there was no plan": "there" opens the claim */
        if (nm_tok_is(c->d, k, "there") && k + 1 < hi && is_any(c, k + 1, there_verbs))
            break;
        if (is_any(c, k, (const char *const[]){ "here", "there", "today", "yesterday", "then",
                                               "tonight", "recently", "earlier", "later",
                                               "again", "also", "publicly", NULL })) {
            k++;
            continue;
        }
        break;
    }
    return k;
}

/* Past a parenthesis at k ("Rep. Ada Obi (D-Ohio) said"), at most 10 tokens. */
static size_t skip_paren(const actx *c, size_t k, size_t hi)
{
    if (k >= hi || !is_p(c, k, '('))
        return k;
    for (size_t j = k + 1; j < hi && j < k + 10; j++)
        if (is_p(c, j, ')'))
            return j + 1;
    return k;
}

/* Last content token + 1 of a sentence: trailing periods, closing marks and
 * brackets left out. */
static size_t content_end(const actx *c, size_t a, size_t b)
{
    while (b > a && (is_terminal(c, b - 1) || (T(c, b - 1)->kind == TK_QUOTE && T(c, b - 1)->qside != TQ_OPEN) ||
                     is_p(c, b - 1, ',') || is_p(c, b - 1, ';') || is_p(c, b - 1, ':') ||
                     is_p(c, b - 1, ')') || T(c, b - 1)->kind == TK_DASH))
        b--;
    return b;
}

/* First content token of a sentence: a dateline ("CITY, Sept. 3 (Agency)
 * --"), opening marks and a leading conjunction left out. */
static size_t content_start(const actx *c, size_t a, size_t b)
{
    if (T(c, a)->flags & TF_PARA_START) {
        for (size_t k = a; k < b && k < a + 14; k++)
            if (T(c, k)->kind == TK_DASH && k > a) {
                a = k + 1;
                break;
            }
    }
    while (a < b && (T(c, a)->kind == TK_QUOTE || T(c, a)->kind == TK_DASH || is_p(c, a, '(')))
        a++;
    return a;
}

/* Is [a, b) free of other attributions already made and of direct quotes
 * that should keep their own? Marks the short direct quotes inside for
 * dropping (the reported claim swallows them) and reports whether any quote
 * mark lies inside. */
static int swallow_direct(actx *c, size_t a, size_t b, int *direct, int commit)
{
    *direct = 0;
    for (size_t i = a; i < b; i++) {
        int32_t qi = quote_at(c, i);
        if (qi < 0)
            continue;
        *direct = 1;
        /* a direct quote that has its own cue, or sits at the start, is not
         * part of a reported claim */
        if (c->drop[qi] == 2)
            return 0;
        if (commit)
            c->drop[qi] = 1;
    }
    return 1;
}

/* ---- direct quotes ----------------------------------------------------------------- */


static size_t tok_at(const nm_doc *d, size_t byte)
{
    size_t lo = 0, hi = d->toks.n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (DOC_TOK(d, mid)->end <= byte)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The sentence end (token) of the sentence holding token i. */
static size_t sent_end(const actx *c, size_t i)
{
    return DOC_SENT(c->d, nm_tok_sent(c->d, i))->t1;
}

static size_t sent_start(const actx *c, size_t i)
{
    return DOC_SENT(c->d, nm_tok_sent(c->d, i))->t0;
}

/* X said "local forces" must lead the way: a quote that opens the clause
 * of a cue before it while the clause goes on after its closing mark is a
 * partial quote, and the claim is the whole clause.  Returns the end token
 * of that clause (before ", adding", a semicolon, the next quote or the
 * sentence end), or 0 when the clause ends with the quote. */
static size_t clause_tail(const actx *c, const dq *x)
{
    size_t k = x->cl + 1, hi = sent_end(c, x->cl);
    if (k >= hi || x->cl < x->o + 2 || !(is_word(c, k) || T(c, k)->kind == TK_NUM))
        return 0;
    size_t last = x->cl - 1;            /* the quote's last content token */
    if (is_terminal(c, last) || is_p(c, last, ',') || cue_of(c, k))
        return 0;
    size_t e = k, cut = 0;
    for (; e < hi; e++) {
        if (in_quote(c, e) || is_p(c, e, ';') || is_p(c, e, ':'))
            break;
        if (is_p(c, e, ',') || nm_tok_is(c->d, e, "and") || nm_tok_is(c->d, e, "but"))
            cut = e;
        if (cue_of(c, e)) {
            /* "..." and said it was ... / , adding that ...: a new claim */
            if (!cut)
                return 0;
            e = cut;
            break;
        }
    }
    e = content_end(c, k, e);
    return words_in(c, k, e) ? e : 0;
}

/* Democrats had "put the biggest crack" yet in the ceiling, she said: a
 * quote inside the clause that its attribution after it reports; the claim
 * is the whole clause.  Returns the clause's first token (after a colon,
 * semicolon, dash or another quote), or NO_TOK when the quote opens it. */
static size_t clause_head(const actx *c, const dq *x)
{
    size_t lo = sent_start(c, x->o), a = x->o;
    while (a > lo) {
        size_t p = a - 1;
        if (in_quote(c, p) || is_p(c, p, ';') || is_p(c, p, ':') || T(c, p)->kind == TK_DASH ||
            T(c, p)->kind == TK_QUOTE || is_p(c, p, '('))
            break;
        a = p;
    }
    a = content_start(c, a, x->o);
    return a < x->o && words_in(c, a, x->o) ? a : NO_TOK;
}

/* Cue and speaker of a direct quote; 1 when found. */
static spk clause_subject(const actx *c, size_t cs, size_t v);
static spk appositive_subject(const actx *c, size_t c0, size_t t0);
static const char *const coord_words[] = { "and", "but", "then", NULL };

static nm_status direct_attr(actx *c, nm_q *q, const dq *x, int *found)
{
    *found = 0;
    size_t n = c->n;
    /* after the closing mark: "...," she said / said Dube / Dube said */
    size_t k = x->cl + 1;
    /* a mark written as two ('' ... '') is two tokens, one of them
     * perhaps outside the pair: step over the rest of it */
    while (k < n && T(c, k)->kind == TK_QUOTE && !(T(c, k)->flags & TF_SPACE_BEFORE))
        k++;
    if (k + 1 < n && T(c, k)->kind == TK_DASH && !(T(c, k + 1)->flags & TF_PARA_START)) {
        /* a signed comment: "..." -- Ada Obi */
        size_t hi = k + 12 < n ? k + 12 : n;
        spk s = np_after(c, k + 1, hi);
        if (s.kind == SPK_MENTION || s.kind == SPK_NAME) {
            size_t e = s.t1;
            if (e >= n || (T(c, e)->flags & TF_PARA_START) || is_p(c, e, ',') ||
                is_p(c, e, '(') || is_terminal(c, e)) {
                *found = 1;
                return attribute(c, q, &s, k, k + 1);
            }
        }
    }
    if (k < n && (is_p(c, k, ',') || T(c, k)->kind == TK_DASH))
        k++;
    if (k < n && !(T(c, k)->flags & TF_PARA_START)) {
        size_t hi = sent_end(c, k);
        if (hi < k + 2)
            hi = k + 8 < n ? k + 8 : n;
        size_t hi_long = hi > k + 45 ? k + 45 : hi;
        if (hi > k + 16)
            hi = k + 16;
        size_t v = k, e = k;
        spk s = { SPK_NONE, 0, 0, -1 };
        if (cue_of(c, k) && !(cue_of(c, k) & CUE_ING)) {
            s = np_after(c, k + 1, hi);
            if (s.kind == SPK_NONE && k + 2 < hi && is_word(c, k + 1) && (T(c, k + 1)->flags & TF_LOWER) &&
                !is_func(c, k + 1) && !cue_of(c, k + 1)) {
                /* "...," said pollster Ada Obi: a bare descriptor before a name */
                s = np_after(c, k + 2, hi);
                if (s.kind != SPK_MENTION || DOC_MENT(c->d, s.ment)->type != NM_PERSON)
                    s.kind = SPK_NONE;
            }
            if (s.kind != SPK_NONE)
                e = skip_adjuncts(c, s.t1, hi);
        } else {
            s = np_after(c, k, hi);
            if (s.kind != SPK_NONE) {
                v = skip_paren(c, s.t1, hi);
                for (int a = 0; a < 3 && v < hi && is_any(c, v, aux_words); a++)
                    v++;
                if (v < hi && is_p(c, v, ',') && s.kind == SPK_MENTION) {
                    /* "...," Ada Obi, a nurse from Enugu, said. */
                    for (size_t j = v + 1; j + 1 < hi_long; j++) {
                        if (in_quote(c, j) || is_terminal(c, j))
                            break;
                        if (is_p(c, j, ',') && cue_of(c, j + 1) && !(cue_of(c, j + 1) & CUE_ING)) {
                            v = j + 1;
                            hi = hi_long;
                            break;
                        }
                    }
                }
                if (v < hi && cue_of(c, v) && !(cue_of(c, v) & CUE_ING))
                    e = skip_adjuncts(c, v + 1, hi);
                else
                    s.kind = SPK_NONE;
            }
            if (s.kind == SPK_NONE) {
                /* "...," a spokesman for the campaign said / one user wrote /
                 * the Clinton campaign said: the subject before the first
                 * cue, read back from it as for reported speech, must open
                 * right after the quote */
                for (size_t j = k + 1; j < hi_long && j < k + 30; j++) {
                    if (in_quote(c, j) || is_terminal(c, j) || is_p(c, j, ';'))
                        break;
                    unsigned f = cue_of(c, j);
                    if (!f)
                        continue;
                    if (f & CUE_ING)
                        break;
                    if (is_p(c, j - 1, ',')) {
                        /* "...," House Speaker Paul Ryan, the chairman, said */
                        spk t = appositive_subject(c, j - 1, k);
                        if (t.kind != SPK_NONE && t.t0 >= k && subject_start(c, &t, k) == k) {
                            s = t;
                            v = j;
                            e = skip_adjuncts(c, j + 1, hi_long);
                        }
                        break;
                    }
                    if (j >= k + 10)
                        break;
                    spk t = np_before(c, j, k);
                    if (t.kind != SPK_NONE && t.kind != SPK_REL && t.t1 == j &&
                        subject_start(c, &t, k) == k) {
                        s = t;
                        s.t0 = k;
                        v = j;
                        e = skip_adjuncts(c, j + 1, hi);
                    }
                    break;
                }
            }
        }
        if (s.kind != SPK_NONE) {
            if ((cue_of(c, v) & CUE_TELL) && e < hi) {
                spk a = np_after(c, e, hi);
                if (a.kind == SPK_NONE && is_any(c, e, obj_pronouns))
                    a.kind = SPK_PRONOUN, a.t0 = e, a.t1 = e + 1;
                if (a.kind != SPK_NONE) {
                    if (a.kind == SPK_MENTION)
                        q->addressee = DOC_MENT(c->d, a.ment)->entity,
                        q->addressee_mention = a.ment;
                    e = skip_adjuncts(c, a.t1, hi);
                }
            }
            /* "...," said an aide to the mayor, who ...: a comma closing
             * the quote promises its attribution, whatever follows it */
            size_t cl = x->cl;
            while (cl > x->o + 1 && T(c, cl - 1)->kind == TK_QUOTE)
                cl--;
            /* ("Why now?" Obi asked the board: a question mark closing
             * the quote promises it as well) */
            int comma_close = cl > x->o + 1 && (is_p(c, cl - 1, ',') || is_p(c, cl - 1, '?') ||
                                                is_p(c, cl - 1, '!'));
            if (comma_close || e >= hi || is_terminal(c, e) || is_p(c, e, ',') || is_p(c, e, ';') ||
                (T(c, e)->kind == TK_QUOTE && T(c, e)->qside != TQ_CLOSE) || is_p(c, e, ':') ||
                T(c, e)->kind == TK_DASH) {
                *found = 1;
                size_t head = (comma_close || is_p(c, x->cl + 1, ',')) ? clause_head(c, x) : NO_TOK;
                if (head != NO_TOK)
                    q->start = T(c, head)->start;
                return attribute(c, q, &s, v, v + 1);
            }
        }
        if (nm_tok_is(c->d, k, "according") && k + 1 < n && nm_tok_is(c->d, k + 1, "to")) {
            s = np_after(c, k + 2, hi);
            if (s.kind != SPK_NONE) {
                *found = 1;
                return attribute(c, q, &s, k, k + 2);
            }
        }
    }
    /* before the opening mark: Dube said: "..." / Dube told Moyo, "..." */
    if (x->o == 0)
        return NM_OK;
    size_t lo = sent_start(c, x->o);
    k = x->o;
    while (k > lo && T(c, k - 1)->kind == TK_QUOTE && !(T(c, k)->flags & TF_SPACE_BEFORE))
        k--;                                /* the first half of '' */
    if (k == lo && k > 0 && (T(c, k)->flags & TF_PARA_START) && is_p(c, k - 1, ':')) {
        /* "Cruz continued:" closing the paragraph before the quote */
        lo = sent_start(c, k - 1);
    }
    int colon = 0;
    if (k > lo && (is_p(c, k - 1, ',') || is_p(c, k - 1, ':'))) {
        colon = is_p(c, k - 1, ':');
        k--;
    }
    if (k > lo && nm_tok_is(c->d, k - 1, "that"))
        k--;
    /* the verb may have an addressee or a date after it: look back 6 tokens */
    for (size_t v = k; v-- > lo && k - v <= 7;) {
        if (in_quote(c, v) || is_p(c, v, '.') || is_p(c, v, ';'))
            break;
        unsigned f = cue_of(c, v);
        if (!f)
            continue;
        int adverb = v > lo + 1 && is_word(c, v - 1) && (T(c, v - 1)->flags & TF_LOWER) &&
                     nm_tok_len(c->d, v - 1) > 4 && nm_tok_str(c->d, v - 1)[nm_tok_len(c->d, v - 1) - 2] == 'l' &&
                     nm_tok_str(c->d, v - 1)[nm_tok_len(c->d, v - 1) - 1] == 'y';
        spk s = np_before(c, v, lo);
        if (adverb) {
            /* "she angrily said" (a name or a pronoun before it: "the
             * family said" stays a noun phrase) */
            spk a = np_before(c, v - 1, lo);
            if (a.kind == SPK_MENTION || a.kind == SPK_PRONOUN)
                s = a;
        }
        size_t e = skip_adjuncts(c, v + 1, k);
        if (s.kind == SPK_NONE && v > lo + 1 && is_p(c, v - 1, ','))
            s = appositive_subject(c, v - 1, lo);              /* "Ada Obi, a nurse, said:" */
        if (s.kind == SPK_NONE && v > lo && is_any(c, v - 1, coord_words))
            s = clause_subject(c, content_start(c, lo, v), v - 1);   /* "X shook her head and said," */
        if (s.kind == SPK_NONE) {
            s = np_after(c, v + 1, k);
            if (s.kind != SPK_NONE)
                e = skip_adjuncts(c, s.t1, k);
        }
        if (s.kind == SPK_NONE) {
            /* some chanted "No more wars!": a cue right before the mark
             * quotes even a short slogan whose speaker is not a name (a
             * longer quote keeps the speaker of the turn before it: giving
             * it the cue alone lost speakers on train) */
            if (v + 1 == k && words_in(c, x->o, x->cl) <= SCARE_WORDS) {
                *found = 1;
                /* ", saying that "new buses" would come": the clause too */
                size_t tail = colon ? 0 : clause_tail(c, x);
                if (tail)
                    q->end = T(c, tail - 1)->end;
                return attribute(c, q, &s, v, v + 1);
            }
            break;
        }
        if ((f & CUE_TELL) && e < k) {
            spk a = np_after(c, e, k);
            if (a.kind == SPK_NONE && is_any(c, e, obj_pronouns))
                a.kind = SPK_PRONOUN, a.t0 = e, a.t1 = e + 1;
            if (a.kind == SPK_MENTION) {
                q->addressee = DOC_MENT(c->d, a.ment)->entity;
                q->addressee_mention = a.ment;
            }
            if (a.kind != SPK_NONE)
                e = skip_adjuncts(c, a.t1, k);
        }
        if (e != k)
            break;           /* words between: the quote is part of a claim */
        *found = 1;
        size_t tail = colon ? 0 : clause_tail(c, x);
        if (tail)
            q->end = T(c, tail - 1)->end;
        return attribute(c, q, &s, v, v + 1);
    }
    if (colon) {
        /* "Dube put it bluntly: ..." -- the colon is the cue */
        spk s = np_after(c, lo, k);
        if (s.kind == SPK_NONE) {
            size_t a = content_start(c, lo, k);
            s = np_after(c, a, k);
        }
        if (s.kind != SPK_NONE && s.t1 < k) {
            *found = 1;
            return attribute(c, q, &s, k, k + 1);
        }
    }
    return NM_OK;
}

/* Does a quote opening at mark o stand on its own (sentence start, after a
 * colon or a dash)? */
static int opens_clause(const actx *c, size_t o)
{
    if (T(c, o)->flags & TF_SENT_START)
        return 1;
    return o > 0 && (is_p(c, o - 1, ':') || T(c, o - 1)->kind == TK_DASH);
}

/* ---- reported speech ---------------------------------------------------------------- */

static const char *const clause_conj[] = { "and", "but", "while", "as", "because", "although",
    "though", "when", "so", "yet", "since", "where", "whereas", NULL };

/* Could the subject starting at sb open a clause? */
static int clause_starts_at(const actx *c, size_t sb, size_t t0)
{
    if (sb <= t0)
        return 1;
    size_t p = sb - 1;
    if (content_start(c, t0, sb + 1) >= sb)
        return 1;
    return is_p(c, p, ',') || is_p(c, p, ';') || is_p(c, p, ':') || T(c, p)->kind == TK_DASH ||
           is_any(c, p, clause_conj) || (T(c, p)->kind == TK_QUOTE && T(c, p)->qside == TQ_CLOSE);
}

/* Where the subject phrase ending in s begins: back over its modifiers and
 * "of/for" complements ("A producer for Yahoo Studios", "Senator John
 * McCain", "the campaign's chief strategist") to the start of its clause.
 * Returns the clause-start token, or (size_t)-1 when the words before s do
 * not look like part of one noun phrase. */
static const char *const np_links[] = { "of", "for", "at", "from", "with", "in", "to", "the", "a",
    "an", "'s", "\xE2\x80\x99s", "and", "four", "five", "six", "seven", "eight", "nine", "ten",
    "half", "all", "most", "nearly", "about", "almost", "more", "than", "fewer", "less", "roughly",
    "around", "among", "only", "just", "some", "many", "several", "each", "every", "even", NULL };
static size_t subject_start(const actx *c, const spk *s, size_t t0)
{
    size_t b = s->t0;
    for (int k = 0; k < 10 && b > t0; k++) {
        if (clause_starts_at(c, b, t0))
            return b;
        size_t p = b - 1;
        if (ment_end(c, p) >= 0) {
            b = DOC_MENT(c->d, ment_end(c, p))->t0;
            continue;
        }
        const nm_token *t = T(c, p);
        if (t->kind == TK_QUOTE && in_quote(c, p))
            return (size_t)-1;
        if (!(t->kind == TK_WORD || t->kind == TK_NUM || (t->kind == TK_PUNCT && t->cp == '-')) ||
            cue_of(c, p) || nm_tok_is(c->d, p, "that") || nm_tok_is(c->d, p, "which") ||
            nm_tok_is(c->d, p, "who") || (is_func(c, p) && !is_any(c, p, np_links) &&
                                          !is_any(c, p, determiners)))
            return (size_t)-1;
        b = p;
    }
    return clause_starts_at(c, b, t0) ? b : (size_t)-1;
}

/* Words that put a clause before the main one: "When X said ..., Y". */
static const char *const subordinators[] = { "when", "after", "before", "since", "as",
    "because", "if", "although", "though", "while", "once", "until", "unless", "whenever", NULL };
static const char *const call_words[] = { "called", "calls", "call", "calling", NULL };
/* Verb + preposition cues: a stance on the preposition's object.  Kept by
 * train precision ("pointed to" 0.77); "referring to" (0.64), "pointing
 * to" (0.62), "talked about" (0.58), "spoke about" (0.57) were left out. */
struct phrase_cue {
    const char *verb, *prep;
    unsigned flags;
};
static const struct phrase_cue phrase_cues[] = {
    { "pointed", "to", CUE_OBJ | CUE_STANCE },
    { "warned", "of", CUE_OBJ | CUE_STANCE },
    { "warned", "against", CUE_OBJ | CUE_STANCE },
    { "complained", "about", CUE_OBJ | CUE_STANCE },
    { NULL, NULL, 0 }
};
/* After a comma, words that open a clause of the writer's, not the
 * speaker's: "X said the plan failed, while Y ...", ", compared with". */
/* (A semicolon or a dash does not end one: on train the claims that run
 * past them match gold as often as not.) */
static const char *const claim_enders[] = { "while", "but", "though", "although", "whereas",
    "compared", "however", "despite", "even", "just", "putting", "calling", "pointing",
    "referring", "highlighting", "throwing", "prompting", "drawing", NULL };

/* "Ada Obi, 44, a nurse from Enugu, said ...": the subject before an
 * apposition that ends at the comma c0; a person (else an org) mention
 * followed by a comma and opening its clause, at most 30 tokens back. */
static spk appositive_subject(const actx *c, size_t c0, size_t t0)
{
    spk s = { SPK_NONE, 0, 0, -1 };
    /* "The town's mayor, Piet Lugard, said": the name in apposition to an
     * office phrase that opens the clause */
    int32_t pm = c0 > t0 + 2 ? ment_end(c, c0 - 1) : -1;
    if (pm >= 0 && DOC_MENT(c->d, pm)->type == NM_PERSON) {
        size_t a = DOC_MENT(c->d, pm)->t0;
        if (a > t0 + 1 && is_p(c, a - 1, ',')) {
            size_t h = a - 2;
            int32_t tm = ment_end(c, h);
            int office = tm >= 0 && DOC_MENT(c->d, tm)->type == NM_TITLE;
            if (office || (is_role_noun(c, h) && (T(c, h)->flags & TF_LOWER))) {
                spk r = { SPK_ROLE, office ? DOC_MENT(c->d, tm)->t0 : role_np_start(c, h, t0), h + 1, -1 };
                if (subject_start(c, &r, t0) != (size_t)-1) {
                    s.kind = SPK_MENTION;
                    s.ment = pm;
                    s.t0 = a;
                    s.t1 = DOC_MENT(c->d, pm)->t1;
                    return s;
                }
            }
        }
    }
    int32_t best = -1;
    size_t lo = c0 > t0 + 30 ? c0 - 30 : t0;
    for (size_t k = c0; k-- > lo + 1;) {
        if (in_quote(c, k) || is_p(c, k, ';') || is_terminal(c, k))
            break;
        if (!is_p(c, k, ','))
            continue;
        int32_t m = ment_end(c, k - 1);
        if (m < 0)
            continue;
        const nm_mention *mm = DOC_MENT(c->d, m);
        if (mm->type != NM_PERSON && mm->type != NM_ORG)
            continue;
        spk t = { SPK_MENTION, mm->t0, mm->t1, m };
        if (subject_start(c, &t, t0) == (size_t)-1)
            continue;
        if (best < 0 || (mm->type == NM_PERSON && DOC_MENT(c->d, best)->type != NM_PERSON))
            best = m;
    }
    if (best >= 0) {
        s.kind = SPK_MENTION;
        s.ment = best;
        s.t0 = DOC_MENT(c->d, best)->t0;
        s.t1 = DOC_MENT(c->d, best)->t1;
        return s;
    }
    /* "A crane operator, who asked not to be named, said ...": a role noun
     * phrase that opens the clause, before a relative clause */
    for (size_t k = c0; k-- > lo + 1;) {
        if (in_quote(c, k) || is_p(c, k, ';') || is_terminal(c, k))
            break;
        if (!is_p(c, k, ',') || k + 1 >= c0 ||
            !is_any(c, k + 1, (const char *const[]){ "who", "whose", NULL }))
            continue;
        spk r = np_before(c, k, t0);
        if (r.kind == SPK_ROLE && subject_start(c, &r, t0) == r.t0)
            return r;
    }
    return s;
}

/* Words that after "said" start no clause ("said to be", "said of"). */
static const char *const no_clause[] = { "to", "of", "about", "nothing", "something",
    "anything", "goodbye", "so", "yes", "no", "thanks", "little", "much", "more", "in",
    "with", "by", "for", "from", "as", "at", "on", "during", "what", "this", "hello", "sorry",
    "and", "or", "but", "when", "after", "afterward", "afterwards", "while", "following",
    "outside", "through", "according", "night", "morning", "afternoon", "evening", "'s",
    "\xE2\x80\x99s", "posted", NULL };
static const char *const possessive[] = { "'s", "\xE2\x80\x99s", "'", "\xE2\x80\x99", NULL };

/* Where a claim starting at k ends, at most at ce: before ", while ...",
 * before another cue after a comma or "and" (", noting", "and said"), or
 * before ", and most farmers said ..." (a new attribution). */
static size_t claim_stop(const actx *c, size_t k, size_t ce)
{
    size_t b = ce;
    for (size_t j = k + 1; j + 1 < ce; j++) {
        /* "... "fantastic," telling reporters ...": the comma inside the
         * closing mark ends the clause as one outside would */
        int qcomma = in_quote(c, j) && T(c, j)->kind == TK_QUOTE &&
                     c->xs[quote_at(c, j)].cl == j && j > k + 1 && is_p(c, j - 1, ',');
        if (in_quote(c, j) && !qcomma)
            continue;
        int comma = qcomma || is_p(c, j, ',');
        if (comma && is_any(c, j + 1, claim_enders))
            return j + qcomma;
        /* ", and she accused ...": the writer goes on with the speaker */
        if (comma && j + 2 < ce && nm_tok_is(c->d, j + 1, "and") &&
            is_any(c, j + 2, subj_pronouns) && !nm_tok_is(c->d, j + 2, "it"))
            return j + qcomma;
        if (!(comma || is_any(c, j, coord_words)))
            continue;
        size_t n1 = j + 1;
        if (is_any(c, n1, coord_words) && n1 + 1 < ce)
            n1++;
        unsigned g = stance_of(c, n1);
        if (g && (comma || !(g & CUE_ING)))
            return j + qcomma;
        /* ", and most farmers said ...": a new attribution begins */
        size_t w = n1 + 1;
        while (w < ce && w < n1 + 8 && !cue_of(c, w) && (is_word(c, w) || T(c, w)->kind == TK_NUM))
            w++;
        if (w < ce && (cue_of(c, w) & (CUE_FREE | CUE_THAT | CUE_TELL)) && !(cue_of(c, w) & CUE_ING)) {
            spk s2 = np_before(c, w, n1);
            if (s2.kind != SPK_NONE && s2.t0 == n1)
                return j + qcomma;
        }
    }
    return b;
}

/* Is token v the cue of a direct quote of this sentence (opening at or after
 * t0) that ends before it?  Looks back over this sentence's quotes only. */
static int cue_of_quote_before(const actx *c, size_t t0, size_t v)
{
    uint64_t sb = T(c, t0)->start, vb = T(c, v)->start;
    for (size_t i = c->out.n; i-- > 0;) {
        const nm_q *q = &NM_VEC_AT(c->out, nm_q, i);
        if ((uint64_t)q->start < sb)
            break;
        if (q->direct && q->cue_start >= 0 && (uint64_t)q->cue_start == vb && (uint64_t)q->end <= vb)
            return 1;
    }
    return 0;
}

/* The out quote whose cue stands in this sentence before token v ("...,"
 * she said, adding that ...), or -1.  Looks at the last quote only. */
static int32_t turn_in_sentence(const actx *c, size_t t0, size_t v)
{
    if (!c->out.n)
        return -1;
    const nm_q *m = &NM_VEC_AT(c->out, nm_q, c->out.n - 1);
    if (m->cue_start < 0 || m->spk_start < 0)
        return -1;
    if ((uint64_t)m->cue_start >= T(c, t0)->start && (uint64_t)m->cue_end <= T(c, v)->start)
        return (int32_t)(c->out.n - 1);
    return -1;
}

/* The subject of the clause opening at cs whose predicate runs up to v:
 * the noun phrase at cs, or after a leading phrase and its comma ("On
 * Tuesday, X ..."); it must end before v with words between. */
static spk clause_subject(const actx *c, size_t cs, size_t v)
{
    spk s = np_after(c, cs, v);
    if (s.kind == SPK_NONE || (s.kind == SPK_MENTION && DOC_MENT(c->d, s.ment)->type == NM_DATE)) {
        s.kind = SPK_NONE;
        for (size_t k = cs; k < v && k < cs + 16; k++) {
            if (in_quote(c, k) || stance_of(c, k))
                break;
            if (is_p(c, k, ',')) {
                s = np_after(c, k + 1, v);
                break;
            }
        }
    }
    if (s.kind == SPK_MENTION && DOC_MENT(c->d, s.ment)->type == NM_DATE)
        s.kind = SPK_NONE;
    if (s.kind != SPK_NONE && s.t1 + 1 >= v)
        s.kind = SPK_NONE;
    return s;
}

/* Builds reported quote [a, b) with speaker s and cue [v0, v1). */
static nm_status reported(actx *c, size_t a, size_t b, const spk *s, size_t v0, size_t v1,
                          const spk *addr, nm_q **out)
{
    *out = NULL;
    int direct;
    if (b <= a || words_in(c, a, b) < 2)
        return NM_OK;
    if (!swallow_direct(c, a, b, &direct, 0))
        return NM_OK;
    swallow_direct(c, a, b, &direct, 1);
    nm_q *q = new_quote(c, a, b, direct);
    if (!q)
        return NM_ENOMEM;
    if (addr && addr->kind == SPK_MENTION) {
        q->addressee = DOC_MENT(c->d, addr->ment)->entity;
        q->addressee_mention = addr->ment;
    }
    /* q may move when attribute() adds mentions? no: mentions live apart */
    nm_status st = attribute(c, q, s, v0, v1);
    *out = q;
    return st;
}

static const char *const ask_words[] = { "asked", "asks", "asking", NULL };
static const char *const wh_words[] = { "whether", "if", "what", "who", "whom", "which", "how",
    "why", "when", "where", "about", NULL };
/* Before "asked", words that make it a question put to the subject or a
 * clause of the writer's: "when asked whether ...", "X was asked about ...". */
static const char *const ask_passive[] = { "when", "after", "before", "once", "if", "was",
    "were", "being", "been", "is", "are", "be", NULL };

/* A reported question: "X asked (Y) whether/if/what ... ", "X asked Y to
 * ...", "Asked whether ..., X said ...".  The question runs from the
 * wh-word (or the addressee, before "to") to the end of its clause; a
 * question asked of the subject, or in a clause of its own, has no speaker
 * in the sentence. */
static nm_status asked_claim(actx *c, size_t v, size_t t0, size_t cs, size_t ce, size_t *done,
                             nm_q **out)
{
    *out = NULL;
    if (v < *done || v + 2 >= ce)
        return NM_OK;
    /* "who asked not to be named": the source's terms, not a request
     * anybody reports (none on train, so this measured nothing) */
    if (nm_tok_is(c->d, v + 1, "not"))
        return NM_OK;
    size_t w = v + 1, to = NO_TOK;
    for (; w < ce && w < v + 9; w++) {
        if (in_quote(c, w) || !(is_word(c, w) || T(c, w)->kind == TK_NUM || is_any(c, w, possessive)) ||
            stance_of(c, w))
            return NM_OK;
        if (is_any(c, w, wh_words))
            break;
        if (nm_tok_is(c->d, w, "to") && w > v + 1) {
            to = w;
            break;
        }
    }
    if (w >= ce || w >= v + 9 || w + 1 >= ce)
        return NM_OK;
    int passive = v == cs || (v > t0 && is_any(c, v - 1, ask_passive));
    /* "when asked about the plan": a topic, mostly left out on train */
    if (passive && nm_tok_is(c->d, w, "about"))
        return NM_OK;
    if (to != NO_TOK) {
        /* "asked the court to ...": someone asked; "was asked to" is not */
        if (passive)
            return NM_OK;
        w = v + 1;
    }
    size_t b;
    if (passive && (v == cs || v - 1 == cs || (v >= 2 && is_p(c, v - 2, ',')) ||
                    (v >= 2 && v - 2 == cs && is_any(c, v - 2, coord_words)))) {
        /* "Asked if ..., X said": the question ends at its comma */
        b = w + 1;
        while (b < ce && !is_p(c, b, ',') && !is_p(c, b, ';') && T(c, b)->kind != TK_DASH)
            b++;
    } else {
        b = claim_stop(c, w, ce);
    }
    b = content_end(c, w, b);
    spk s = { SPK_NONE, 0, 0, -1 };
    if (!passive) {
        s = np_before(c, v, t0);
        if (s.kind == SPK_NONE && v > t0 + 1 && is_p(c, v - 1, ',')) {
            /* "The moderator, Ada Obi, asked ..." / "Ada Obi, a nurse, asked" */
            s = np_before(c, v - 1, t0);
            if (s.kind != SPK_MENTION)
                s = appositive_subject(c, v - 1, t0);
        }
        if (s.kind == SPK_NONE && v > t0 && is_any(c, v - 1, coord_words))
            s = clause_subject(c, cs, v);
        if (s.kind == SPK_NONE)
            return NM_OK;
    }
    nm_status st = reported(c, w, b, &s, v, v + 1, NULL, out);
    if (!st && *out)
        *done = b;
    return st;
}

/* "Breaking: ...", "Correction: ...", "Iowa: Ana Obi, Bo Li, Cy Ng, ...":
 * a label before a colon that is a common word in the singular, in title
 * case, names nobody (in capitals it is as often a name: "TRUMP:"), and a list of names after it is no claim (train: these made a
 * third of the colon rule's 77 false claims against 164 right; "Q:" is as
 * often right as wrong there, so it stays). */
static int label_not_speaker(const actx *c, const spk *s, size_t a, size_t b)
{
    if (s->kind == SPK_NAME && s->t1 - s->t0 == 1 && (wcls(c, s->t0) & LX_COMMON) &&
        nm_tok_len(c->d, s->t0) > 1 && !(T(c, s->t0)->flags & TF_ALLCAPS)) {
        /* (a plural is a group that speaks: "Insiders: ...", "Historians") */
        const char *w = nm_tok_str(c->d, s->t0);
        size_t n = nm_tok_len(c->d, s->t0);
        if (!(n > 3 && (w[n - 1] == 's' || w[n - 1] == 'S') && w[n - 2] != 's' && w[n - 2] != 'S'))
            return 1;
    }
    /* a list: at least three commas, every item at most four words, all
     * capitalised */
    size_t commas = 0, run = 0;
    for (size_t i = a; i < b; i++) {
        if (is_p(c, i, ',')) {
            if (!run)
                return 0;
            commas++;
            run = 0;
        } else if (is_word(c, i)) {
            if (!(T(c, i)->flags & TF_CAP) || ++run > 4)
                return 0;
        }
    }
    return commas >= 3;
}

/* "In the long run, economists say, prices will fall": a claim cut by its
 * attribution goes on after the comma at e to the end of its clause; q
 * becomes two parts with the attribution between them.  Not when what
 * follows is a clause of the writer's (", while ..."), another cue (",
 * adding ...") or a quote. */
/* The second part of a cut claim after the comma at e: [*k, *b), or 0. */
static int tail_range(const actx *c, size_t e, size_t ce, size_t *k0, size_t *b0)
{
    if (e + 2 >= ce || !is_p(c, e, ','))
        return 0;
    size_t k = e + 1;
    static const char *const no_tail[] = { "where", "whose", "which", "who", "whom", "that", "as",
        "before", "after", "near", "then", "during", "in", "on", "at", "when", "being", NULL };
    if (in_quote(c, k) || !(is_word(c, k) || T(c, k)->kind == TK_NUM) || stance_of(c, k) ||
        is_any(c, k, claim_enders) || is_any(c, k, ask_words) || is_any(c, k, no_tail) ||
        (ment_start(c, k) >= 0 && (DOC_MENT(c->d, ment_start(c, k))->type == NM_PLACE ||
                               DOC_MENT(c->d, ment_start(c, k))->type == NM_DATE)))
        return 0;
    size_t b = content_end(c, k, claim_stop(c, k, ce));
    if (words_in(c, k, b) < 2)
        return 0;
    for (size_t j = k; j < b; j++)
        if (in_quote(c, j))
            return 0;
    *k0 = k;
    *b0 = b;
    return 1;
}

static nm_status claim_tail(actx *c, nm_q *q, size_t e, size_t ce, size_t *done)
{
    size_t k, b;
    if (!tail_range(c, e, ce, &k, &b))
        return NM_OK;
    /* a quote before the attribution keeps its own extent */
    for (size_t j = tok_at(c->d, q->start); j < e && T(c, j)->end <= q->end; j++)
        if (in_quote(c, j))
            return NM_OK;
    nm_qpart *p = nm_vec_reserve(&c->d->qparts, sizeof *p, 2) ? NULL : &NM_VEC_AT(c->d->qparts, nm_qpart, c->d->qparts.n);
    if (!p)
        return NM_ENOMEM;
    q->part0 = (uint32_t)c->d->qparts.n;
    q->nparts = 2;
    p[0].start = q->start;
    p[0].end = q->end;
    p[1].start = T(c, k)->start;
    p[1].end = T(c, b - 1)->end;
    c->d->qparts.n += 2;
    q->end = p[1].end;
    *done = b;
    return NM_OK;
}

/* Prepositions that open an adjunct between a cue and its "that". */
static const char *const adjunct_preps[] = { "in", "on", "at", "during", "with", "via",
    "through", "last", "this", "earlier", NULL };
/* Nouns that end such an adjunct right before its "that" (so "that" is no
 * relative pronoun): "in an interview that", "on Twitter that". */
static const char *const adjunct_nouns[] = { "interview", "interviews", "statement", "conference",
    "speech", "call", "appearance", "post", "tweet", "tweets", "letter", "email", "e-mail",
    "remarks", "rally", "hearing", "debate", "program", "show", "broadcast", "television",
    "radio", "release", "week", "month", "year", "night", "morning", "afternoon", "evening",
    "day", "weekend", "ago", "earlier", "later", "recently", "address", "briefing", "event",
    "message", "op-ed", "column", "book", "memo", "filing", "court", "testimony", "session",
    "meeting", "visit", "trip", "stop", "telephone", "phone", NULL };

/* "said in an interview with the paper last week that ...": past an
 * adjunct at k to the "that" opening the claim, within 14 tokens holding no
 * cue, quote or clause punctuation; k itself when there is none. */
static size_t that_after_adjunct(const actx *c, size_t k, size_t ce)
{
    for (size_t j = k + 1; j < ce && j < k + 14; j++) {
        if (nm_tok_is(c->d, j, "that")) {
            size_t p = j - 1;
            int end_ok = is_p(c, p, ',') || T(c, p)->kind == TK_DASH || is_any(c, p, adjunct_nouns) ||
                         (ment_end(c, p) >= 0 && DOC_MENT(c->d, ment_end(c, p))->type != NM_TITLE);
            return end_ok && j + 1 < ce ? j : k;
        }
        if (in_quote(c, j) || stance_of(c, j) || is_terminal(c, j) || is_p(c, j, ';') ||
            is_p(c, j, ':') || is_any(c, j, subj_pronouns))
            break;
    }
    return k;
}

/* Cue forms that are verbs only (not "note", "claims", "reports"). */
static const char *const long_subject_cues[] = { "said", "says", "say", "told", "tells", "wrote",
    "writes", "added", "argued", "noted", "explained", "acknowledged", "insisted", "warned",
    "stressed", "recalled", "predicted", "contended", "asserted", "conceded", "countered",
    "emphasized", "testified", "tweeted", NULL };
static const char *const passive_aux[] = { "been", "being", "be", "is", "are", "was", "were", NULL };
/* Relative pronouns that can be the subject of a reported clause. */
static const char *const rel_gap_words[] = { "which", "that", "what", NULL };
static const char *const rel_words[] = { "which", "that", "who", "whom", "what", "where",
    "when", "whose", "as", NULL };
/* Words that may follow the head of a long subject: "aides to X",
 * "officials who spoke with ...", "X, a former prosecutor, said". */
static const char *const subj_gap[] = { "of", "in", "at", "from", "for", "with", "who", "whose",
    "including", "and", "on", "to", "like", "among", "seen", "familiar", "close", "interviewed",
    "representing", "across", "around", "inside", "outside", "within", "released", "conducted",
    "taken", "published", "commissioned", "obtained", "issued", "based", "sponsored", NULL };
/* Stance verbs a poll or a study takes: "A poll released Monday found
 * that ...", "..., the survey found." */
static const char *const finding_cues[] = { "found", "finds", "showed", "shows", "show", NULL };
static const char *const finding_nouns[] = { "poll", "polls", "survey", "surveys", "study",
    "studies", "report", "reports", "analysis", "data", "records", "review", "audit", "figures",
    "research", "results", NULL };

/* The subject of a speech verb v when it is long: a noun phrase opening
 * the clause at lo, then modifiers (a complement, a relative clause, an
 * apposition closed by a comma or dash before v) holding no other cue,
 * quote or clause punctuation, at most 30 tokens. */
static spk long_subject(const actx *c, size_t lo, size_t v)
{
    spk s = { SPK_NONE, 0, 0, -1 };
    int finding = is_any(c, v, finding_cues);
    if (v <= lo + 2 || v > lo + 30 || !(finding || is_any(c, v, long_subject_cues)))
        return s;
    if (is_any(c, v - 1, passive_aux))
        return s;                       /* "it has been said ..." */
    s = np_after(c, lo, v);
    if (s.kind == SPK_MENTION && DOC_MENT(c->d, s.ment)->type == NM_DATE)
        s.kind = SPK_NONE;
    if (s.kind == SPK_NONE && is_any(c, lo, determiners) && !nm_tok_is(c->d, lo, "that")) {
        /* "A redacted copy of the memo ...": the determiner's noun phrase */
        size_t e = lo + 1;
        while (e < v && e < lo + 5 && is_word(c, e) && !is_func(c, e) && !stance_of(c, e))
            e++;
        if (e > lo + 1) {
            s.kind = SPK_ROLE;
            s.t0 = lo;
            s.t1 = e;
        }
    }
    if (finding && !(s.kind != SPK_NONE && is_any(c, s.t1 - 1, finding_nouns)))
        return (spk){ SPK_NONE, 0, 0, -1 };
    /* "Senator Ada Obi": np_after gives the person after the office */
    int at_lo = s.t0 == lo || (ment_start(c, lo) >= 0 && DOC_MENT(c->d, ment_start(c, lo))->t1 == s.t0);
    if (s.kind == SPK_NONE || !at_lo || s.t1 >= v)
        return (spk){ SPK_NONE, 0, 0, -1 };
    size_t g = s.t1;
    int open = is_p(c, g, ',') || is_p(c, g, '(') || T(c, g)->kind == TK_DASH;
    if (!(open || is_any(c, g, subj_gap)) || g + 1 >= v)
        return (spk){ SPK_NONE, 0, 0, -1 };
    int comma = 0, paren = 0, rel = 0;
    for (size_t j = g; j < v; j++) {
        if (in_quote(c, j) || stance_of(c, j) || is_terminal(c, j) || is_p(c, j, ';') ||
            is_p(c, j, ':') || is_any(c, j, ask_words))
            return (spk){ SPK_NONE, 0, 0, -1 };
        if (is_any(c, j, rel_words))
            rel = 1;
        else if (!rel && is_any(c, j, there_verbs))
            return (spk){ SPK_NONE, 0, 0, -1 };   /* a verb of its own: no subject */
        if (is_p(c, j, '('))
            paren++;
        else if (is_p(c, j, ')') && paren)
            paren--;
        else if (is_p(c, j, ',') && !paren)
            comma++;
    }
    /* an apposition opens at the head and closes before the verb ("X, a
     * former aide, said"); "Part of the problem, say experts" is no subject */
    /* ... or after a complement: "Ada Obi of Ostrand, a nurse, said", two
     * commas, the apposition a noun phrase */
    if (comma && !(open && (is_p(c, v - 1, ',') || T(c, v - 1)->kind == TK_DASH))) {
        if (comma != 2 || !is_p(c, v - 1, ','))
            return (spk){ SPK_NONE, 0, 0, -1 };
        size_t a = v - 1;
        while (a > g && !is_p(c, a - 1, ','))
            a--;
        if (!(is_any(c, a, determiners) || nm_tok_is(c->d, a, "including") || ment_start(c, a) >= 0 ||
              is_role_noun(c, a) || T(c, a)->kind == TK_NUM))
            return (spk){ SPK_NONE, 0, 0, -1 };
    }
    return s;
}

/* Kept by train precision: "seems" 18 of 26 claims matched gold; "seemed"
 * (0.59), "appears" (0.60), "appeared" (0.49) and "appear" (0.43) cost
 * more precision than they bring recall, so they are out. */
static const char *const raise_words[] = { "seems", NULL };
static const char *const be_words[] = { "is", "are", "was", "were", "'s", "\xE2\x80\x99s", NULL };

/* "The plan seems to be failing", "Ada Obi is expected to run" (0.68 and
 * 0.73 precision on train for "is" and "are expected"): the
 * writer's (or nobody's) view of the subject; PolNeAR annotates it as a
 * claim with no source, its content the subject and what follows the verb.
 * "It seems that ...": the content is what follows. */
static nm_status raised_claim(actx *c, size_t v, size_t t0, size_t cs, size_t ce, size_t *done,
                              nm_q **out)
{
    *out = NULL;
    size_t v0 = v, k = v + 1;
    if (k + 1 >= ce || in_quote(c, k))
        return NM_OK;
    if (nm_tok_is(c->d, v, "expected")) {
        /* "is expected to", "is widely expected to" */
        if (v > t0 && is_any(c, v - 1, aux_words) && v - 1 > t0)
            v0--;
        if (!(v0 > t0 && is_any(c, v0 - 1, be_words)) || !nm_tok_is(c->d, k, "to"))
            return NM_OK;
        v0--;
    } else if (!(nm_tok_is(c->d, k, "to") || nm_tok_is(c->d, k, "like") || nm_tok_is(c->d, k, "that") ||
                 (is_word(c, k) && (T(c, k)->flags & TF_LOWER) && !is_func(c, k) && !stance_of(c, k)))) {
        return NM_OK;                   /* "appeared on television" */
    }
    spk s = np_before(c, v0, t0);
    if (s.kind == SPK_NONE || s.t0 < *done)
        return NM_OK;
    size_t a = s.t0;
    if (s.kind == SPK_PRONOUN && nm_tok_is(c->d, s.t0, "it")) {
        a = k;                          /* "it seems that ...": what follows */
    } else if (s.kind == SPK_REL) {
        return NM_OK;
    } else {
        size_t sb = subject_start(c, &s, t0);
        if (sb == (size_t)-1)
            return NM_OK;
        a = sb;
    }
    if (a < cs)
        a = cs;
    size_t b = content_end(c, k, claim_stop(c, k, ce));
    spk none = { SPK_NONE, 0, 0, -1 };
    nm_status st = reported(c, a, b, &none, v0, v + 1, NULL, out);
    if (!st && *out)
        *done = b;
    return st;
}

/* "X called Y Z" (a stance: "called the plan a disgrace") and not a name
 * ("a group called Y"), a phone call ("called Y to ...", "called Y on
 * Tuesday"), "called off", "called a meeting".  k is the first token after
 * the verb. */
static int called_claim(const actx *c, const spk *s, size_t k, size_t ce)
{
    static const char *const no_stance[] = { "off", "out", "up", "upon", "in", "back", "a", "an",
        "for", "on", "to", "at", "from", "into", "by", NULL };
    if (k + 2 >= ce || is_any(c, k, no_stance) || in_quote(c, k))
        return 0;
    if (s->kind == SPK_ROLE && (T(c, k)->flags & TF_CAP))
        return 0;
    for (size_t j = k + 1; j < ce && j < k + 4; j++)
        if (nm_tok_is(c->d, j, "to"))
            return 0;
    return words_in(c, k, ce) >= 3;
}

static const char *const poll_words[] = { "poll", "polls", "survey", "surveys", "study",
    "studies", NULL };

/* "In a CNN poll released Monday, CONTENT": a poll's finding, with the
 * poll as its source and "In" as its cue.  The poll phrase runs from "In"
 * to its poll word (at most 12 tokens, no clause punctuation) and on to the
 * comma before the content. */
static nm_status poll_claim(actx *c, size_t v, size_t t0, size_t t1, size_t *done, nm_q **out)
{
    *out = NULL;
    size_t cs = content_start(c, t0, t1), ce = content_end(c, t0, t1);
    size_t pw = NO_TOK;
    for (size_t j = v + 1; j < ce && j < v + 12; j++) {
        if (in_quote(c, j) || stance_of(c, j) || is_terminal(c, j) || is_p(c, j, ',') ||
            is_p(c, j, ';') || is_p(c, j, ':') || T(c, j)->kind == TK_DASH)
            break;
        if (is_any(c, j, poll_words))
            pw = j;
    }
    if (pw == NO_TOK)
        return NM_OK;
    /* the poll phrase goes on with "released Monday", "of 1,000 voters" to
     * a comma or the end */
    size_t e = pw + 1;
    while (e < ce && e < pw + 8 && !is_p(c, e, ',') && !in_quote(c, e) && !stance_of(c, e) &&
           (is_word(c, e) || T(c, e)->kind == TK_NUM || T(c, e)->kind == TK_PUNCT) && !is_terminal(c, e))
        e++;
    spk s = { SPK_ROLE, v + 1, pw + 1, -1 };
    if (v == cs || (v == cs + 1 && is_any(c, cs, coord_words))) {
        /* In a poll ..., CONTENT */
        if (e >= ce || !is_p(c, e, ','))
            return NM_OK;
        size_t a = e + 1, b = content_end(c, a, claim_stop(c, a, ce));
        if (words_in(c, a, b) < 4)
            return NM_OK;
        /* "In the survey, 41 percent said ...": the speech cue's claim */
        for (size_t j = a; j < b; j++)
            if (stance_of(c, j) || nm_tok_is(c->d, j, "according"))
                return NM_OK;
        nm_status st = reported(c, a, b, &s, v, v + 1, NULL, out);
        if (!st && *out)
            *done = b;
        return st;
    }
    /* "CONTENT in the latest poll" was measured too: 0.27 precision on
     * train (a poll's lead is mostly the writer's own statement there) */
    return NM_OK;
}

/* Where a claim before its cue starts: after a leading concessive clause
 * ("Though he trails, X leads ..., according to Y": the claim is what
 * follows its comma). */
static size_t pre_start(const actx *c, size_t a, size_t v)
{
    static const char *const concessive[] = { "though", "although", "despite", "whereas",
        "while", NULL };
    /* "... financial firms: London was the capital, according to X" */
    for (size_t j = v; j-- > a + 1;) {
        if (in_quote(c, j))
            break;
        if ((is_p(c, j, ':') || is_p(c, j, ';')) && words_in(c, j + 1, v) >= 3) {
            a = j + 1;
            break;
        }
    }
    if (a + 3 >= v || !is_any(c, a, concessive))
        return a;
    for (size_t j = a + 2; j + 2 < v && j < a + 25; j++) {
        if (in_quote(c, j) || stance_of(c, j))
            return a;
        if (is_p(c, j, ','))
            return j + 1;
    }
    return a;
}

/* Stance verbs whose claim is their object alone (PolNeAR marks "Obi"
 * in "X endorsed Obi last week, saying ...").  Kept by train precision
 * with the object alone: endorsed 0.72, opposed 0.83; measured and left
 * out: support (0.40), supported (0.42), supports (0.14), supporting
 * (0.20), backed (0.55), praised (0.56). */
static const char *const np_object_cues[] = { "endorsed", "endorses", "opposed", "opposes", NULL };

/* The end of the object noun phrase at k (before b): a name or pronoun,
 * or a determiner phrase up to a preposition, comma or verb; NO_TOK when
 * k opens none ("backed down", "supported by"). */
static size_t np_object_end(const actx *c, size_t k, size_t b)
{
    if (k >= b)
        return NO_TOK;
    int32_t m = ment_start(c, k);
    if (m >= 0 && DOC_MENT(c->d, m)->type != NM_DATE) {
        size_t e = DOC_MENT(c->d, m)->t1;
        /* "Ada Obi's plan": the possessed noun phrase goes on */
        if (!(e < b && is_any(c, e, possessive)))
            return e <= b ? e : b;
        k = e + 1;
    } else if (is_any(c, k, obj_pronouns) || nm_tok_is(c->d, k, "it")) {
        return k + 1;
    } else if (!(is_any(c, k, determiners) || is_any(c, k, possessive) || T(c, k)->kind == TK_NUM ||
                 (is_word(c, k) && !is_func(c, k)))) {
        return NO_TOK;
    }
    size_t e = k + 1;
    while (e < b && e < k + 8 && (is_word(c, e) || T(c, e)->kind == TK_NUM || is_any(c, e, possessive) ||
                                  is_p(c, e, '-')) &&
           !is_func(c, e) && !stance_of(c, e))
        e++;
    /* "the plan of the mayor": one complement */
    if (e + 1 < b && nm_tok_is(c->d, e, "of")) {
        e += 2;
        while (e < b && e < k + 12 && (is_word(c, e) || T(c, e)->kind == TK_NUM) && !is_func(c, e) &&
               !stance_of(c, e))
            e++;
    }
    return e;
}

/* Kept by train precision of the claims they made: idea 13 of 21, notion
 * 7 of 11, belief 6 of 7, concern(s) 10 of 13, suggestion 7 of 9,
 * assertion(s) 6 of 9, accusation(s) 7 of 10; measured and left out:
 * message (3 of 12), allegations (1 of 5), argument(s) (2 of 5),
 * complaints (4 of 7), statement (3 of 5), position, point, view. */
static const char *const claim_nouns[] = { "assertion", "assertions", "belief", "beliefs",
    "pledge", "suggestion", "accusation", "accusations", "charge", "charges", "insistence",
    "contention", "concern", "concerns", "notion", "idea", "assurance", "assurances",
    "admission", "vow", "warnings", NULL };

/* "his claim that ...", "the mayor's warning that ...": a claim after a
 * noun of saying or believing, its source the possessor before the noun
 * when there is one. */
static nm_status noun_claim(actx *c, size_t v, size_t t0, size_t ce, size_t *done, nm_q **out)
{
    *out = NULL;
    size_t a = v + 1, b = content_end(c, a, claim_stop(c, a, ce));
    if (words_in(c, a + 1, b) < 3)
        return NM_OK;
    spk s = { SPK_NONE, 0, 0, -1 };
    size_t p = v;
    while (p > t0 && p > v - 3 && is_word(c, p - 1) && (T(c, p - 1)->flags & TF_LOWER) &&
           !is_func(c, p - 1) && !stance_of(c, p - 1))
        p--;                            /* "his repeated claim" */
    if (p > t0 && is_any(c, p - 1, (const char *const[]){ "his", "her", "their", NULL })) {
        s.kind = SPK_PRONOUN;
        s.t0 = p - 1;
        s.t1 = p;
        /* "his" resolves as "he" */
    } else if (p > t0 + 1 && is_any(c, p - 1, possessive)) {
        s = np_before(c, p - 1, t0);
        if (s.kind == SPK_PRONOUN || s.kind == SPK_REL)
            s.kind = SPK_NONE;
    } else {
        /* "X rejected the idea that ...": the subject of the clause */
        s = clause_subject(c, content_start(c, t0, v), p);
        if (s.kind == SPK_ROLE || s.kind == SPK_NAME)
            s.kind = SPK_NONE;
    }
    nm_status st = reported(c, a, b, &s, v, v + 1, NULL, out);
    if (!st && *out)
        *done = b;
    return st;
}

/* Can token i open a clause after "that" (a subject), rather than go on
 * with a relative clause's verb ("a crowd that filled the hall")? */
static int clause_opener(const actx *c, size_t i)
{
    return is_any(c, i, subj_pronouns) || is_any(c, i, determiners) || ment_start(c, i) >= 0 ||
           (T(c, i)->flags & TF_CAP) || T(c, i)->kind == TK_NUM || nm_tok_is(c->d, i, "there") ||
           is_any(c, i, (const char *const[]){ "you", "nobody", "no", "nothing", "everyone", NULL });
}

static nm_status sentence_reported(actx *c, size_t t0, size_t t1)
{
    nm_status st;
    size_t done = t0;        /* tokens before this belong to a made claim */
    int32_t sent_spk = -2;   /* out index of this sentence's main claim */
    /* E: a headline or lead-in "Ada Obi: the plan has failed." */
    if ((T(c, t0)->flags & TF_PARA_START) && !in_quote(c, t0)) {
        spk s = np_after(c, t0, t1);
        size_t k = s.t1;
        if ((s.kind == SPK_MENTION || s.kind == SPK_NAME) && k + 1 < t1 && is_p(c, k, ':') &&
            (s.kind != SPK_MENTION || DOC_MENT(c->d, s.ment)->type != NM_DATE) &&
            !in_quote(c, k + 1) && !label_not_speaker(c, &s, k + 1, t1)) {
            nm_q *q;
            size_t ce = content_end(c, k + 1, t1);
            if (words_in(c, k + 1, ce) >= 3) {
                if ((st = reported(c, k + 1, ce, &s, k, k + 1, NULL, &q)))
                    return st;
                if (q)
                    return NM_OK;
            }
        }
    }
    for (size_t v = t0; v < t1; v++) {
        if (in_quote(c, v))
            continue;
        unsigned f = stance_of(c, v);
        size_t v1 = v + 1;      /* the cue is [v, v1) */
        if (v + 2 < t1 && is_any(c, v + 1, (const char *const[]){ "for", "on", NULL }) && is_any(c, v, call_words)) {
            /* "X called for a recount", "X called on Y to resign" */
            f = CUE_STANCE | CUE_OBJ | (nm_tok_is(c->d, v, "calling") ? CUE_ING : 0);
            v1 = v + 2;
        }
        if (v + 2 < t1 && !in_quote(c, v + 1)) {
            /* "referring to X", "pointed to X", "talking about X": a stance
             * on the object of the preposition */
            for (const struct phrase_cue *pc = phrase_cues; pc->verb; pc++)
                if (nm_tok_is(c->d, v, pc->verb) && nm_tok_is(c->d, v + 1, pc->prep)) {
                    f = pc->flags;
                    v1 = v + 2;
                    break;
                }
        }
        int accord = nm_tok_is(c->d, v, "according") && v + 1 < t1 && nm_tok_is(c->d, v + 1, "to");
        if (!f && !accord) {
            if (v >= done && nm_tok_is(c->d, v, "in") && !in_quote(c, v)) {
                nm_q *pq = NULL;
                if ((st = poll_claim(c, v, t0, t1, &done, &pq)))
                    return st;
                if (pq) {
                    sent_spk = (int32_t)(c->out.n - 1);
                    v = done - 1;
                }
                continue;
            }
            if (v >= done && v + 2 < t1 && nm_tok_is(c->d, v + 1, "that") && is_any(c, v, claim_nouns) &&
                !in_quote(c, v + 1)) {
                nm_q *nq = NULL;
                if ((st = noun_claim(c, v, t0, content_end(c, t0, t1), &done, &nq)))
                    return st;
                if (nq)
                    v = done - 1;
                continue;
            }
            if (v >= done && (is_any(c, v, raise_words) || nm_tok_is(c->d, v, "expected"))) {
                nm_q *rq = NULL;
                if ((st = raised_claim(c, v, t0, content_start(c, t0, t1), content_end(c, t0, t1), &done, &rq)))
                    return st;
            }
            continue;
        }
        nm_q *q = NULL;
        size_t cs = content_start(c, t0, t1), ce = content_end(c, t0, t1);

        if (accord) {
            spk s = np_after(c, v + 2, t1);
            if (s.kind == SPK_NONE && is_word(c, v + 2) && !is_any(c, v + 2, subj_pronouns)) {
                /* "according to early results of an exit poll": a source
                 * is any noun phrase, up to the comma */
                size_t e = v + 2;
                while (e < t1 && e < v + 24 && !is_p(c, e, ',') && !is_p(c, e, ';') &&
                       !is_terminal(c, e) && !in_quote(c, e) && T(c, e)->kind != TK_DASH &&
                       !stance_of(c, e) && !nm_tok_is(c->d, e, "according"))
                    e++;
                if (e == v + 2)
                    continue;
                s.kind = SPK_ROLE;
                s.t0 = v + 2;
                s.t1 = e;
            }
            if (s.kind == SPK_NONE)
                continue;
            if (v > t0 && v > cs + 3 && v - 1 >= done && !is_p(c, v - 1, ',') && is_word(c, v - 1) &&
                content_end(c, s.t1, t1) == s.t1) {
                /* "CONTENT according to X." with no comma */
                if ((st = reported(c, pre_start(c, cs > done ? cs : done, v), v, &s, v, v + 2, NULL, &q)))
                    return st;
            } else if (v > t0 && is_p(c, v - 1, ',') && v - 1 > cs && v - 1 >= done) {
                if ((st = reported(c, pre_start(c, cs > done ? cs : done, v), content_end(c, cs, v), &s, v, v + 2, NULL, &q)))
                    return st;
                size_t tail = 0;
                if (q && (st = claim_tail(c, q, skip_adjuncts(c, s.t1, t1), ce, &tail)))
                    return st;
                if (q && tail) {
                    done = tail;
                    sent_spk = (int32_t)(c->out.n - 1);
                    continue;
                }
            } else if (clause_starts_at(c, v, t0)) {
                size_t k = s.t1;
                while (k < t1 && k < s.t1 + 12 && !is_p(c, k, ','))
                    k++;
                if (k > s.t1 && s.kind == SPK_ROLE && s.t1 - s.t0 > 2)
                    s.t1 = content_end(c, s.t0, k);
                if (k < t1 && is_p(c, k, ','))
                    if ((st = reported(c, k + 1, ce, &s, v, v + 2, NULL, &q)))
                        return st;
            }
            if (q) {
                done = s.t1 > v + 2 ? s.t1 : v + 2;
                sent_spk = (int32_t)(c->out.n - 1);
            }
            continue;
        }

        /* Q: "X asked Y whether ...", "Asked if ..., X said": the question */
        if (is_any(c, v, ask_words)) {
            if ((st = asked_claim(c, v, t0, cs, ce, &done, &q)))
                return st;
            if (q)
                continue;
        }
        /* D: ", noting that ..." continues this sentence's speaker; with
         * no attribution before it, the speaker is the subject of the
         * clause ("X attacked the plan, saying it would fail") */
        if ((f & CUE_ING) && v > t0 && is_p(c, v - 1, ',')) {
            int inf = (f & CUE_INF) && v1 < ce && nm_tok_is(c->d, v1, "to");
            int ok = v1 < ce && !in_quote(c, v1) && (is_word(c, v1) || T(c, v1)->kind == TK_NUM) &&
                     (nm_tok_is(c->d, v1, "that") || inf ||
                      ((f & (CUE_FREE | CUE_OBJ)) && !is_any(c, v1, no_clause)));
            if (ok && sent_spk < 0) {
                int32_t tq = turn_in_sentence(c, t0, v);
                if (tq >= 0) {
                    sent_spk = tq;
                } else {
                    spk s = clause_subject(c, cs, v);
                    if (s.kind != SPK_NONE) {
                        if ((st = reported(c, v1, claim_stop(c, v1, ce), &s, v, v1, NULL, &q)))
                            return st;
                        if (q)
                            done = ce;
                    }
                    continue;
                }
            }
            if (sent_spk >= 0 && ok) {
                nm_q *m = &NM_VEC_AT(c->out, nm_q, sent_spk);
                spk s = { SPK_NONE, 0, 0, -1 };
                int32_t ent = m->entity, sm = m->speaker;
                int64_t s0 = m->spk_start, s1 = m->spk_end;
                if ((st = reported(c, v1, claim_stop(c, v1, ce), &s, v, v1, NULL, &q)))
                    return st;
                if (q) {
                    q->entity = ent;
                    q->speaker = sm;
                    q->spk_start = s0;
                    q->spk_end = s1;
                    done = ce;
                }
            }
            continue;
        }
        if (f & CUE_ING) {
            /* "voters saying that ...", "after suggesting that ...": a
             * participle with no comma before it */
            if (v > t0 && v >= done && !is_p(c, v - 1, ',') && v1 + 1 < ce && !in_quote(c, v1) &&
                (nm_tok_is(c->d, v1, "that") || ((f & CUE_FREE) && is_any(c, v1, subj_pronouns)))) {
                spk s = { SPK_NONE, 0, 0, -1 };
                if (is_any(c, v - 1, (const char *const[]){ "by", "after", "while", "before", "in",
                                                            "without", "when", NULL }))
                    s = clause_subject(c, cs, v - 1);
                else
                    s = np_before(c, v, t0);
                if (s.kind != SPK_NONE && s.kind != SPK_REL) {
                    size_t b = content_end(c, v1, claim_stop(c, v1, ce));
                    if ((st = reported(c, v1, b, &s, v, v1, NULL, &q)))
                        return st;
                    if (q) {
                        done = b;
                        v = b - 1;
                    }
                }
            }
            continue;
        }

        spk s = np_before(c, v, t0);
        /* a stance verb is never the cue of a claim before it, but for a
         * finding: "..., the poll found." */
        if ((f & CUE_STANCE) && !(is_any(c, v, finding_cues) && v + 1 < t1 && is_terminal(c, v + 1) &&
                                  s.kind != SPK_NONE && (is_any(c, s.t1 - 1, finding_nouns) ||
                                  (s.kind == SPK_MENTION && DOC_MENT(c->d, s.ment)->type == NM_ORG))))
            goto claim_after;

        /* "CONTENT, the BBC reported": the article before a name */
        if (s.kind == SPK_MENTION && s.t0 > cs + 2 && is_any(c, s.t0 - 1, (const char *const[]){ "the", NULL }) &&
            is_p(c, s.t0 - 2, ','))
            s.t0--;
        /* A1: CONTENT, X said [adjuncts] (. | , ...) */
        if (s.kind != SPK_NONE && s.t0 > cs + 1 && s.t0 - 1 >= done &&
            (is_p(c, s.t0 - 1, ',') ||
             (T(c, s.t0 - 1)->kind == TK_QUOTE && s.t0 >= 2 && is_p(c, s.t0 - 2, ',')))) {
            size_t e = skip_adjuncts(c, v + 1, t1);
            spk addr = { SPK_NONE, 0, 0, -1 };
            if ((f & CUE_TELL) && e < t1) {
                addr = np_after(c, e, t1);
                if (addr.kind == SPK_NONE && is_any(c, e, obj_pronouns))
                    addr.kind = SPK_PRONOUN, addr.t0 = e, addr.t1 = e + 1;
                if (addr.kind != SPK_NONE)
                    e = skip_adjuncts(c, addr.t1, t1);
            }
            /* "In his tribute, X said, "...": the cue opens the quote after
             * it, and what stands before the comma is a lead-in */
            size_t o = e < t1 && (is_p(c, e, ',') || is_p(c, e, ':')) ? e + 1 : e;
            int opens_quote = o < t1 && in_quote(c, o) && T(c, o)->kind == TK_QUOTE &&
                              c->xs[quote_at(c, o)].o == o;
            if (!opens_quote &&
                (e >= t1 || is_terminal(c, e) || is_p(c, e, ',') || is_p(c, e, ';') ||
                 T(c, e)->kind == TK_QUOTE || T(c, e)->kind == TK_DASH)) {
                size_t b = content_end(c, cs, s.t0);
                /* a quote that opens the sentence keeps its own attribution */
                if (!(in_quote(c, cs) && c->xs[quote_at(c, cs)].cl + 2 >= b)) {
                    if ((st = reported(c, pre_start(c, cs > done ? cs : done, v), b, &s, v, v + 1, &addr, &q)))
                        return st;
                    size_t tk, tb;
                    if (!q && words_in(c, cs > done ? cs : done, b) <= 2 && tail_range(c, e, ce, &tk, &tb)) {
                        /* "Still, he said, officials must decide ...": a
                         * sentence adverb, and the claim after */
                        if ((st = reported(c, tk, tb, &s, v, v + 1, &addr, &q)))
                            return st;
                        if (q) {
                            done = tb;
                            sent_spk = (int32_t)(c->out.n - 1);
                            continue;
                        }
                    }
                }
                if (q) {
                    done = e;
                    sent_spk = (int32_t)(c->out.n - 1);
                    if ((st = claim_tail(c, q, e, ce, &done)))
                        return st;
                }
                continue;
            }
        }
        /* A2: CONTENT, said X[, apposition]. */
        if (v > cs + 1 && (is_p(c, v - 1, ',') || (T(c, v - 1)->kind == TK_QUOTE && v >= 2 &&
                                                   is_p(c, v - 2, ','))) && v - 1 >= done) {
            spk s2 = np_after(c, v + 1, t1);
            if (s2.kind != SPK_NONE) {
                size_t e = skip_adjuncts(c, s2.t1, t1);
                if (e >= t1 || is_terminal(c, e) || is_p(c, e, ',') || is_p(c, e, ';') ||
                    T(c, e)->kind == TK_DASH || T(c, e)->kind == TK_QUOTE || is_p(c, e, '(')) {
                    size_t b = content_end(c, cs, v);
                    if (!(cs > t0 && T(c, cs - 1)->kind == TK_QUOTE && in_quote(c, cs - 1)))
                        if ((st = reported(c, pre_start(c, cs > done ? cs : done, v), b, &s2, v, v + 1, NULL, &q)))
                            return st;
                    if (q) {
                        done = e;
                        sent_spk = (int32_t)(c->out.n - 1);
                    }
                    continue;
                }
            }
        }
        if (f & CUE_AFTER)
            continue;
    claim_after:;   /* a label before a declaration is C23 only; clang rejects it */
        /* B: X said (that) CONTENT / X told Y (that) CONTENT */
        int copy = -1;          /* out index whose speaker a bare verb takes */
        int appos = 0;
        if (s.kind == SPK_NONE && v > t0 + 1 && is_p(c, v - 1, ',') && v - 1 >= done) {
            /* "One delegate, Ada Obi, told ..." / "Ada Obi, a nurse, said" */
            s = np_before(c, v - 1, t0);
            if (s.kind != SPK_MENTION || DOC_MENT(c->d, s.ment)->type != NM_PERSON ||
                s.t0 < t0 + 2 || !is_p(c, s.t0 - 1, ','))
                s = appositive_subject(c, v - 1, t0);
            appos = s.kind != SPK_NONE;
        }
        if (s.kind == SPK_NONE && v > t0 && is_any(c, v - 1, coord_words)) {
            /* "X called it a mistake and said ...": the sentence's subject */
            if (sent_spk >= 0)
                copy = sent_spk;
            else
                s = np_after(c, cs, v);
            if (s.kind != SPK_NONE && (s.t0 != cs || s.kind == SPK_ROLE || s.kind == SPK_NAME))
                s.kind = SPK_NONE;
        }
        if (copy < 0 && !appos) {
            size_t sb = s.kind == SPK_NONE || s.t0 < done ? (size_t)-1 : subject_start(c, &s, t0);
            if (sb == (size_t)-1 || sb < done) {
                /* "Aides to X, a former prosecutor, said ...": a long
                 * subject (not "which he said ...") */
                if (!(f & CUE_STANCE) && s.kind != SPK_NONE && s.t0 > t0 && s.t0 - 1 >= done &&
                    is_any(c, s.t0 - 1, rel_gap_words) && v1 + 1 < ce &&
                    (is_any(c, v1, there_verbs) ||
                     (is_word(c, v1) && (T(c, v1)->flags & TF_LOWER) && !is_func(c, v1) &&
                      !is_any(c, v1, determiners) && !is_any(c, v1, obj_pronouns) && nm_tok_len(c->d, v1) > 3 &&
                      (nm_tok_str(c->d, v1)[nm_tok_len(c->d, v1) - 1] == 's' ||
                       nm_tok_str(c->d, v1)[nm_tok_len(c->d, v1) - 1] == 'd')))) {
                    /* "which Democrats say could help him": the relative
                     * pronoun and the rest of its clause */
                    size_t b = content_end(c, v1, claim_stop(c, v1, ce));
                    if ((st = reported(c, s.t0 - 1, b, &s, v, v1, NULL, &q)))
                        return st;
                    if (q) {
                        done = b;
                        v = b - 1;
                    }
                    continue;
                }
                if (((f & CUE_STANCE) && !is_any(c, v, finding_cues)) ||
                    (s.kind != SPK_NONE && s.t0 > t0 && is_any(c, s.t0 - 1, rel_words)))
                    continue;
                s = long_subject(c, cs > done ? cs : done, v);
                if (s.kind == SPK_NONE)
                    continue;
            }
        }
        /* '"...," X told the crowd in Y': the cue of the quote before it */
        if ((f & CUE_TELL) && in_quote(c, cs) && s.kind != SPK_NONE && c->xs[quote_at(c, cs)].cl + 3 >= s.t0 &&
            c->xs[quote_at(c, cs)].cl < s.t0)
            continue;
        size_t k = skip_adjuncts(c, v1, t1);
        spk addr = { SPK_NONE, 0, 0, -1 };
        if (f & CUE_TELL) {
            addr = np_after(c, k, t1);
            if (addr.kind == SPK_NONE && k < t1 && is_any(c, k, obj_pronouns))
                addr.kind = SPK_PRONOUN, addr.t0 = k, addr.t1 = k + 1;
            if (addr.kind == SPK_NONE && k < t1 && is_word(c, k) && !is_func(c, k))
                addr.kind = SPK_NAME, addr.t0 = k, addr.t1 = k + 1;
            if (addr.kind == SPK_NONE && k + 1 < t1 && is_any(c, k, determiners) &&
                !nm_tok_is(c->d, k, "that")) {
                /* "told a crowd ...": any noun phrase */
                size_t e = k + 1;
                while (e < t1 && e < k + 5 && is_word(c, e) && !is_func(c, e) && !stance_of(c, e))
                    e++;
                if (e > k + 1)
                    addr.kind = SPK_NAME, addr.t0 = k, addr.t1 = e;
            }
            if (addr.kind == SPK_NONE)
                continue;
            k = skip_adjuncts(c, addr.t1, t1);
            /* "told a crowd in Miami on Tuesday that ...": past the
             * addressee's phrase to its "that" */
            if (k < ce && !nm_tok_is(c->d, k, "that") && !is_any(c, k, subj_pronouns)) {
                for (size_t j = k + 1; j < ce && j < addr.t0 + 14; j++) {
                    if (nm_tok_is(c->d, j, "that")) {
                        /* "told a crowd that spilled out ...": a relative
                         * "that" is followed by its verb, a claim's by a
                         * subject */
                        if (j + 1 < ce && clause_opener(c, j + 1))
                            k = j;
                        break;
                    }
                    if (in_quote(c, j) || stance_of(c, j) || is_terminal(c, j) || is_p(c, j, ';') ||
                        is_p(c, j, ':') || is_p(c, j, ',') || is_any(c, j, subj_pronouns))
                        break;
                }
            }
        }
        if (k < t1 && is_p(c, k, ','))
            k = skip_adjuncts(c, k + 1, t1);   /* "said, in a statement, that" */
        if (k < t1 && is_p(c, k, ','))
            k++;
        if (k < t1 && is_p(c, k, ':'))
            k++;
        if (k < ce && !(f & CUE_STANCE) && (is_any(c, k, adjunct_preps) || T(c, k)->kind == TK_DASH))
            k = that_after_adjunct(c, k, ce);
        if (k >= ce)
            continue;
        /* "told Fox News host Ada Obi ...", "told CNN's Ada Obi": the
         * addressee or the adjunct goes on; the claim starts after it */
        if (k > v1 && !is_p(c, k - 1, ',') &&
            (is_any(c, k, possessive) ||
             (is_word(c, k) && (T(c, k)->flags & TF_LOWER) && !is_func(c, k) && !stance_of(c, k) &&
              (cap_word(c, k - 1) || ment_end(c, k - 1) >= 0 || (addr.kind == SPK_NAME && addr.t1 == k))))) {
            size_t j = k;
            while (j < ce && j < k + 8 &&
                   (is_any(c, j, possessive) || cap_word(c, j) ||
                    (is_word(c, j) && (T(c, j)->flags & TF_LOWER) && !is_func(c, j) && !stance_of(c, j))))
                j++;
            k = skip_adjuncts(c, j, t1);
            if (k < t1 && is_p(c, k, ','))
                k++;
            if (k >= ce)
                continue;
        }
        /* "show" is a finding only after a poll, study or record ("polls
         * show ..."), not "the shows" or "show up" */
        if (nm_tok_is(c->d, v, "show") && !(s.kind != SPK_NONE && is_any(c, s.t1 - 1, finding_nouns)))
            continue;
        /* "found" a claim only with "that" or after a poll or a study:
         * "found a way", "found them" are no stance */
        if (is_any(c, v, (const char *const[]){ "found", "finds", NULL }) && !nm_tok_is(c->d, k, "that") &&
            !(s.kind != SPK_NONE && is_any(c, s.t1 - 1, finding_nouns)))
            continue;
        if (is_any(c, v, call_words) && v1 == v + 1 && !called_claim(c, &s, k, ce))
            continue;                          /* "a group called X", "called off" */
        if ((nm_tok_is(c->d, v, "wrote") || nm_tok_is(c->d, v, "writes")) &&
            (T(c, k)->kind == TK_NUM || nm_tok_is(c->d, k, "a") || nm_tok_is(c->d, k, "an") ||
             (T(c, k)->flags & TF_LOWER && !is_any(c, k, subj_pronouns) && !is_func(c, k))))
            continue;                          /* "X wrote a book": an object, no claim */
        int that = nm_tok_is(c->d, k, "that");
        /* "said in his speech that night": a time, not a claim */
        if (that && k + 1 < ce && is_any(c, k + 1, (const char *const[]){ "night", "day", "week",
                                                                          "morning", "evening",
                                                                          "afternoon", "year", "month",
                                                                          "time", "weekend", NULL }) &&
            content_end(c, k, ce) <= k + 3)
            continue;
        /* '"It was hard," Obi said over breakfast / that night': the cue is
         * the quote's; a claim right after it must open like a clause
         * ('"...," he claimed they had never met'); after a comma the old
         * reading stands (', referring to X' is a claim on train) */
        if (!is_p(c, k - 1, ',') && cue_of_quote_before(c, t0, v) &&
            (that ? k + 1 < t1 && (is_any(c, k + 1, day_parts) || (wcls(c, k + 1) & (WC_WEEKDAY | WC_DATEWORD)))
                  : !(is_any(c, k, subj_pronouns) || is_any(c, k, determiners) || cap_word(c, k) ||
                      ment_end(c, k) >= 0 || T(c, k)->kind == TK_NUM)))
            continue;
        if (!that && (f & CUE_INF) && nm_tok_is(c->d, k, "to")) {
            /* "X vowed to fight on": the infinitive is the claim */
        } else if (!that && (f & CUE_STANCE) && !(f & CUE_OBJ)) {
            continue;                          /* "X hopes for rain" */
        } else if (!that) {
            if (T(c, k)->kind == TK_QUOTE && in_quote(c, k))
                continue;                      /* a direct quote follows */
            /* "said much of the plan was ...": a subject, not an object */
            int of_np = is_any(c, k, (const char *const[]){ "much", "more", "little", NULL }) &&
                        k + 2 < ce && nm_tok_is(c->d, k + 1, "of");
            if (!(is_word(c, k) || T(c, k)->kind == TK_NUM || T(c, k)->kind == TK_QUOTE) ||
                (is_any(c, k, no_clause) && !of_np))
                continue;
        }
        /* the claim runs to the end of the sentence or to ", noting" */
        size_t b = claim_stop(c, k, ce);
        /* "When X announced his run in June, he ...": a cue in a clause
         * put before the main one; its claim ends at the comma */
        if (s.kind != SPK_NONE && copy < 0) {
            size_t sb = subject_start(c, &s, t0);
            if (sb != (size_t)-1 && sb > t0 && is_any(c, sb - 1, subordinators))
                for (size_t j = k + 1; j < b; j++)
                    if (is_p(c, j, ',') && !in_quote(c, j)) {
                        b = j;
                        break;
                    }
        }
        if ((f & CUE_STANCE) && (f & CUE_OBJ) && !that) {
            /* "X endorsed Obi last week": the stance is on Obi, not the date */
            b = content_end(c, k, b);
            while (b > k + 1 && ment_end(c, b - 1) >= 0 && DOC_MENT(c->d, ment_end(c, b - 1))->type == NM_DATE) {
                b = DOC_MENT(c->d, ment_end(c, b - 1))->t0;
                if (b > k + 1 && is_any(c, b - 1, (const char *const[]){ "on", "in", "last", "this",
                                                                       "since", "until", NULL }))
                    b--;
            }
            /* "X endorsed Ada Obi last week and ...": for these the
             * stance is on the person or thing named, not what follows */
            if (is_any(c, v, np_object_cues)) {
                size_t e = np_object_end(c, k, b);
                if (e == NO_TOK)
                    continue;
                b = e;
            }
            /* "X found himself in trouble": no stance */
            if (is_any(c, k, (const char *const[]){ "himself", "herself", "itself", "themselves",
                                                   "myself", "ourselves", NULL }))
                continue;
        }
        if (copy >= 0) {
            nm_q m = NM_VEC_AT(c->out, nm_q, copy);
            spk none = { SPK_NONE, 0, 0, -1 };
            if ((st = reported(c, k, content_end(c, k, b), &none, v, v1, &addr, &q)))
                return st;
            if (q) {
                q->entity = m.entity;
                q->speaker = m.speaker;
                q->spk_start = m.spk_start;
                q->spk_end = m.spk_end;
            }
        } else if ((st = reported(c, k, content_end(c, k, b), &s, v, v1, &addr, &q)))
            return st;
        if (q) {
            done = b;
            sent_spk = (int32_t)(c->out.n - 1);
            v = b - 1;
        }
    }
    return NM_OK;
}


/* Ann attacked the plan, calling it a "farce" / X pledged to stay "as long
 * as it takes": a quote inside a clause that no cue of its own and no
 * reported claim took (a scare quote, or one that would only inherit the
 * last speaker) is said by somebody when a cue verb with a subject governs
 * its clause.  The claim is that clause, from after the cue to the quote's
 * clause end: PolNeAR gives such content the cue's object and the quoted
 * words together.  Runs after the sentence's reported claims, so it only
 * takes quotes they left.  Not "a band called "X"" (no object), "said on
 * NBC's "Today"" (a programme), "what he calls the "X"" (the writer's
 * topic).  Train: 83 of 96 such claims match a gold one. */
static const char *const stance_preps[] = { "on", "in", "at", "from", "with", "by", "during",
    "before", "after", "about", "for", "of", "into", "over", "to", NULL };
static const char *const stance_rel[] = { "what", "whom", "which", "who", "whose", NULL };

static nm_status stance_quote(actx *c, size_t qi)
{
    const dq *x = &c->xs[qi];
    size_t lo = sent_start(c, x->o), hi = sent_end(c, x->o);
    size_t v = NO_TOK, v1 = 0;
    for (size_t k = x->o; k-- > lo && x->o - k <= STANCE_WINDOW;) {
        if (in_quote(c, k) || is_terminal(c, k) || is_p(c, k, ';') || is_p(c, k, ':') ||
            is_p(c, k, ',') || is_p(c, k, '(') || T(c, k)->kind == TK_DASH)
            break;
        if (stance_of(c, k) || is_any(c, k, call_words)) {
            v = k;
            v1 = k + 1;
            break;
        }
    }
    if (v == NO_TOK || v1 >= x->o + 1)
        return NM_OK;
    /* "a film called "X"": a name, not a claim; "said on "Meet the
     * Press"": a programme, not what was said */
    size_t a = skip_adjuncts(c, v1, x->o);
    if (a >= x->o || is_any(c, a, stance_preps) || is_any(c, x->o - 1, possessive))
        return NM_OK;
    if (x->o - a > STANCE_OBJECT)
        return NM_OK;                   /* too far for the cue to govern it */
    spk s = np_before(c, v, lo);
    int32_t turn = -1;
    if (s.kind == SPK_NONE && v > lo + 1 && is_p(c, v - 1, ',') &&
        (nm_tok_is(c->d, v, "calling") || (stance_of(c, v) & CUE_ING))) {
        /* "X attacked the plan, calling it a "farce"": the clause's
         * subject, or the speaker of the turn before in the sentence */
        turn = turn_in_sentence(c, lo, v);
        if (turn < 0)
            s = clause_subject(c, content_start(c, lo, v), v - 1);
    }
    if (turn < 0 && (s.kind == SPK_NONE || s.kind == SPK_REL))
        return NM_OK;
    /* "what he calls the "X"", "whom she described as "Y"": the quote
     * names the writer's topic, not a claim of the speaker's */
    if (s.t0 > lo && is_any(c, s.t0 - 1, stance_rel))
        return NM_OK;
    size_t e = x->cl + 1;
    while (e < hi && !is_terminal(c, e) && !is_p(c, e, ',') && !is_p(c, e, ';') && !is_p(c, e, ':') &&
           !is_p(c, e, '(') && T(c, e)->kind != TK_DASH && !(in_quote(c, e) && c->drop[quote_at(c, e)] == 2))
        e++;
    e = claim_stop(c, a, e);           /* "..." and said ...: a new claim */
    e = content_end(c, a, e);
    if (e <= x->cl)
        e = x->cl + 1;
    nm_q *q;
    nm_status st = reported(c, a, e, &s, v, v1, NULL, &q);
    if (st == NM_OK && q && turn >= 0) {
        const nm_q *m = &NM_VEC_AT(c->out, nm_q, turn);
        q->entity = m->entity;
        q->speaker = m->speaker;
        q->spk_start = m->spk_start;
        q->spk_end = m->spk_end;
    }
    return st;
}

/* ---- the pass ---------------------------------------------------------------------------- */

static int q_cmp(const void *a, const void *b)
{
    const nm_q *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    return x->end < y->end ? -1 : x->end > y->end;
}

static int better_mention(const nm_mention *a, const nm_mention *b)
{
    /* longer first; then person > org > place > title > date */
    static const int rank[NM_TYPE_COUNT] = { 5, 2, 4, 3, 1 };
    size_t la = a->t1 - a->t0, lb = b->t1 - b->t0;
    if (la != lb)
        return la > lb;
    return rank[a->type < NM_TYPE_COUNT ? a->type : 0] > rank[b->type < NM_TYPE_COUNT ? b->type : 0];
}

nm_status nm_attribution_find(nm_doc *d)
{
    nm_status st = NM_OK;
    size_t n = d->toks.n, nd = d->quotes.n;
    if (!n)
        return NM_OK;
    if ((st = nm_doc_word_classes(d)) != NM_OK)
        return st;
    actx c;
    memset(&c, 0, sizeof c);
    c.d = d;
    c.n = n;
    c.nmen = d->mentions.n;
    c.last_ent = -1;
    c.gender = calloc(d->ents.n + 1, 1);
    c.drop = calloc(nd + 1, 1);
    dq *xs = malloc((nd + 1) * sizeof *xs);
    c.xs = xs;
    if (!c.gender || !c.drop || !xs || (st = nm_tokmap_init(&c.mend, n)) != NM_OK ||
        (st = nm_tokmap_init(&c.mstart, n)) != NM_OK || (st = nm_tokmap_init(&c.inq, n)) != NM_OK) {
        st = NM_ENOMEM;
        goto done;
    }
    for (size_t i = 0; i < c.nmen; i++) {
        const nm_mention *m = DOC_MENT(d, i);
        if (m->pronoun || m->t1 <= m->t0 || m->t1 > n)
            continue;
        nm_tokmap_mark(&c.mend, m->t1 - 1);
        nm_tokmap_mark(&c.mstart, m->t0);
    }
    if ((st = nm_tokmap_seal(&c.mend, n)) != NM_OK || (st = nm_tokmap_seal(&c.mstart, n)) != NM_OK)
        goto done;
    for (size_t i = 0; i < c.nmen; i++) {
        const nm_mention *m = DOC_MENT(d, i);
        if (m->pronoun || m->t1 <= m->t0 || m->t1 > n)
            continue;
        int32_t *e = nm_tokmap_slot(&c.mend, m->t1 - 1), *b = nm_tokmap_slot(&c.mstart, m->t0);
        if (*e < 0 || better_mention(m, DOC_MENT(d, *e)))
            *e = (int32_t)i;
        if (*b < 0 || better_mention(m, DOC_MENT(d, *b)))
            *b = (int32_t)i;
        /* gender from an honorific before a person's name */
        if (m->type == NM_PERSON && m->entity >= 0 && (size_t)m->entity < d->ents.n) {
            size_t h = m->t0;
            for (int k = 0; k < 2; k++) {
                if (nm_tok_is(d, h, "Mr.") || nm_tok_is(d, h, "Mr") || nm_tok_is(d, h, "Sir"))
                    c.gender[m->entity] = G_MALE;
                else if (nm_tok_is(d, h, "Ms.") || nm_tok_is(d, h, "Mrs.") ||
                         nm_tok_is(d, h, "Ms") || nm_tok_is(d, h, "Mrs") || nm_tok_is(d, h, "Miss"))
                    c.gender[m->entity] = G_FEMALE;
                if (h == 0)
                    break;
                h--;
            }
        }
    }
    /* direct quotes: their mark tokens, and the tokens they cover */
    for (size_t i = 0; i < nd; i++) {
        const nm_q *q = DOC_QUOTE(d, i);
        size_t a = tok_at(d, q->start), b = tok_at(d, q->end - 1);
        xs[i].o = a ? a - 1 : 0;
        xs[i].cl = b + 1 < n ? b + 1 : b;
        /* a mark written as two tokens ('') */
        if (xs[i].o > 0 && DOC_TOK(d, xs[i].o - 1)->kind == TK_QUOTE &&
            DOC_TOK(d, xs[i].o - 1)->end == DOC_TOK(d, xs[i].o)->start)
            xs[i].o--;
        if (xs[i].cl + 1 < n && DOC_TOK(d, xs[i].cl + 1)->kind == TK_QUOTE &&
            DOC_TOK(d, xs[i].cl + 1)->start == DOC_TOK(d, xs[i].cl)->end)
            xs[i].cl++;
        for (size_t k = xs[i].o; k <= xs[i].cl && k < n; k++)
            nm_tokmap_mark(&c.inq, k);
    }
    if ((st = nm_tokmap_seal(&c.inq, n)) != NM_OK)
        goto done;
    for (size_t i = 0; i < nd; i++) {   /* a later quote wins a shared mark */
        /* every token of the span is marked, so its values are consecutive */
        int32_t *v = xs[i].o < n ? nm_tokmap_slot(&c.inq, xs[i].o) : NULL;
        for (size_t k = xs[i].o; k <= xs[i].cl && k < n; k++)
            v[k - xs[i].o] = (int32_t)i;
    }

    size_t qi = 0;
    int32_t prev_direct = -1;      /* out index of the last direct quote kept */
    size_t prev_para = (size_t)-1;
    for (size_t s = 0; s < d->sents.n; s++) {
        const nm_sent *se = DOC_SENT(d, s);
        /* 1: direct quotes opening in this sentence */
        size_t q_first = qi;
        while (qi < nd && xs[qi].o < se->t1) {
            const nm_q *src = DOC_QUOTE(d, qi);
            int32_t *o = nm_vec_push(&c.origin, sizeof *o);
            nm_q *q = o ? nm_vec_push(&c.out, sizeof *q) : NULL;
            if (!q) {
                st = NM_ENOMEM;
                goto done;
            }
            *q = *src;
            *o = (int32_t)qi;
            int found;
            if ((st = direct_attr(&c, q, &xs[qi], &found)) != NM_OK)
                goto done;
            size_t para = DOC_SENT(d, nm_tok_sent(d, xs[qi].o))->para;
            size_t words = words_in(&c, xs[qi].o, xs[qi].cl);
            if (found) {
                c.drop[qi] = 2;             /* keeps its own attribution */
                q->own_cue = 1;
            } else if (words <= SCARE_WORDS && !opens_clause(&c, xs[qi].o)) {
                c.drop[qi] = 3;             /* a scare quote or a term */
            } else if (prev_direct >= 0 && prev_para != (size_t)-1 && para <= prev_para + 1) {
                /* the same speaker goes on */
                const nm_q *p = &NM_VEC_AT(c.out, nm_q, prev_direct);
                q->entity = p->entity;
                q->speaker = p->speaker;
                q->spk_start = p->spk_start;
                q->spk_end = p->spk_end;
                if (para == prev_para) {
                    /* one turn: "...," X said. "..." */
                    q->cue_start = p->cue_start;
                    q->cue_end = p->cue_end;
                }
            }
            if (c.drop[qi] != 3) {
                prev_direct = (int32_t)(c.out.n - 1);
                prev_para = para;
            }
            qi++;
        }
        /* 2: reported speech */
        if ((st = sentence_reported(&c, se->t0, se->t1)) != NM_OK)
            goto done;
        for (size_t j = q_first; j < qi; j++)
            if ((c.drop[j] == 3 || (c.drop[j] == 0 && !opens_clause(&c, xs[j].o))) &&
                (st = stance_quote(&c, j)) != NM_OK)
                goto done;
    }

    /* drop swallowed direct quotes and scare quotes; sort */
    {
        size_t w = 0;
        nm_q *arr = (nm_q *)c.out.data;
        for (size_t r = 0; r < c.out.n; r++) {
            int32_t di = NM_VEC_AT(c.origin, int32_t, r);
            if (di >= 0 && (c.drop[di] == 1 || c.drop[di] == 3))
                continue;
            arr[w++] = arr[r];
        }
        c.out.n = w;
        if (w > 1)
            qsort(arr, w, sizeof *arr, q_cmp);   /* arr is NULL when w == 0 */
    }
    nm_vec_free(&d->quotes);
    d->quotes = c.out;
    c.out.data = NULL;
    c.out.n = c.out.cap = 0;
done:
    nm_vec_free(&c.out);
    nm_vec_free(&c.origin);
    nm_tokmap_free(&c.mend);
    nm_tokmap_free(&c.mstart);
    nm_tokmap_free(&c.inq);
    free(c.gender);
    free(c.drop);
    free(xs);
    return st;
}
