/*
 * attr_speakers.c -- speakers: the noun phrase before or after a cue
 * ("the town's mayor, Piet Lugard, said", "said Ms. Dube"), the subject of
 * a clause, and resolving a pronoun or role noun ("he", "the minister") to
 * the most plausible earlier person.  Every search is bounded by the
 * sentence or BACK_WINDOW tokens.
 */
#include "attr.h"
#include <ctype.h>
#include <string.h>

/* Small word lists of this file, named: GCC builds a compound literal
 * "(const char *const[]){ ... }" on the stack at every call of the
 * function holding it, used or not. */
static const char *const w_of_from_in_at[] = { "of", "from", "in", "at", NULL };
static const char *const w_the_a_an[] = { "the", "a", "an", NULL };
static const char *const w_on_last_this_earlier[] = { "on", "last", "this", "earlier", NULL };
static const char *const w_past_time_nouns[] = { "past", "years", "months", "weeks", "days", NULL };
static const char *const w_recent_last_few[] = { "recent", "last", "few", NULL };
static const char *const w_in_over_for[] = { "in", "over", "for", NULL };
static const char *const w_all_both[] = { "all", "both", NULL };
static const char *const w_them_us_quantifiers[] = { "them",    "us",     "many", "some", "most",
                                                     "several", "others", "both", NULL };
static const char *const w_them_us[] = { "them", "us", NULL };
static const char *const w_from_by[] = { "from", "by", NULL };
static const char *const w_who_whose[] = { "who", "whose", NULL };
static const char *const w_but_and_yet_so[] = { "but", "and", "yet", "so", NULL };
static const char *const w_each_every[] = { "each", "every", NULL };

/* Lower-case words that end no speaker's noun phrase. */
static const char *const no_subject[] = { "been", "be", "being", "was", "were", "is", "are",
    "not", "never", "first", "who", "which", "what", "whom", "it", "this", "there", "here",
    "yes", "no", "once", "ever", NULL };

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

/* Person-ish mention types that can speak. */
static int speaker_type(int type)
{
    return type == NM_PERSON || type == NM_ORG || type == NM_TITLE || type == NM_PLACE;
}

/* A role noun phrase ending at token e: back to its determiner or possessive
 * ("the minister", "Mongolia's foreign minister"), at most 6 tokens, not
 * before lo.  Returns its first token. */
static size_t role_np_start(const actx *c, size_t e, size_t lo)
{
    size_t s = e;
    for (size_t k = e; k > lo && e - k < 6; k--) {
        size_t p = k - 1;
        if (is_any(c, p, nm_determiners)) {
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
    if (p < lo + 2 || !is_any(c, p - 1, w_of_from_in_at))
        return;
    size_t h = p - 2;
    int32_t m = ment_end(c, h);
    /* ("Chief of Staff Katie Walsh": a person after a title holds it) */
    int person = DOC_MENT(c->d, s->ment)->type == NM_PERSON;
    if (m >= 0 && DOC_MENT(c->d, m)->t0 >= lo &&
        (DOC_MENT(c->d, m)->type == NM_PERSON || (DOC_MENT(c->d, m)->type == NM_TITLE && !person))) {
        *s = spk_mention(c->d, m);
        return;
    }
    if (nm_tok_is(c->d, p - 1, "of") && (wcls(c, h) & WC_TITLE) && !(wcls(c, h) & WC_ORGWORD) &&
        (T(c, h)->flags & TF_LOWER) &&
        h > lo && is_any(c, h - 1, w_the_a_an)) {
        /* the whole phrase: nm_resolve_speaker() then matches its last word, so "the
         * mayor of Dunholt" is only someone whose titles name Dunholt */
        s->kind = SPK_ROLE;
        s->ment = -1;
        s->t0 = h - 1;
    }
}

size_t nm_past_of_phrase(const actx *c, size_t e, size_t hi)
{
    if (e + 1 >= hi || !is_any(c, e, w_of_from_in_at))
        return e;
    size_t k = e + 1;
    if (nm_tok_is(c->d, k, "the") && k + 1 < hi)
        k++;
    int32_t m = ment_start(c, k);
    if (m < 0 || DOC_MENT(c->d, m)->t1 > hi || !speaker_type(DOC_MENT(c->d, m)->type))
        return e;
    return DOC_MENT(c->d, m)->t1;
}

/* "grudgingly", "bluntly" between a subject and its verb: a lower-case
 * word in -ly that no determiner opens ("the family", "the daily" are
 * nouns) and that is no role noun. */
int nm_ly_adverb(const actx *c, size_t i)
{
    return ends_in(c, i, 4, "ly") && is_word(c, i) && (T(c, i)->flags & TF_LOWER) &&
           !is_role_noun(c, i) && !(i > 0 && (is_any(c, i - 1, nm_determiners) || is_any(c, i - 1, nm_possessive)));
}

/* Nouns of a text that speaks for its author: "a report from X". */
static const char *const document_nouns[] = { "report", "reports", "analysis", "study", "survey",
    "poll", "review", "audit", "document", "documents", "letter", "memo", "statement", "filing",
    "article", "editorial", "transcript", "account", "summary", "complaint", "lawsuit", "paper", "ad",
    "ads", "email", "emails", "message", "note", "cover", NULL };

/* Words that stand between a subject and its verb besides the shared
 * auxiliaries: "X however said", "they all agreed", "X first learned". */
/* Verbs taking a to-infinitive whose subject is the speaker's. */
static const char *const subj_control[] = { "want", "wants", "began", "begin", "begins", "seem",
    "seems", "try", "tries", "able", "going", "continue", "continues", "plan", "plans", "hope",
    "hopes", "appear", "appears", "used", "sought", "refuse", "decline", NULL };

static const char *const subj_adverbs[] = { "however", "all", "both", "first", "now", "soon",
    "originally", "earlier", "initially", "ultimately", "eventually", "instead", "too", "already",
    "not", "here", "meanwhile", "nonetheless", "therefore", "thus", NULL };

/* Is token e (after lo) such a word: an auxiliary, one of those adverbs,
 * a negated auxiliary ("doesn't"), "’s" after a pronoun ("he’s hoping"),
 * or, with skip_ly, an adverb in -ly? */
static int before_verb(const actx *c, size_t e, size_t lo, int skip_ly)
{
    if (is_any(c, e, nm_aux_words) || is_any(c, e, subj_adverbs) || (skip_ly && nm_ly_adverb(c, e)))
        return 1;
    if (is_word(c, e) && (T(c, e)->flags & TF_LOWER) && (ends_in(c, e, 3, "n't") || ends_in(c, e, 5, "n\xE2\x80\x99t")))
        return 1;
    return e > lo && is_any(c, e, nm_possessive) && is_any(c, e - 1, nm_subj_pronouns);
}

/* The subject ending just before the verb v (after auxiliaries and a date:
 * "X also said", "X on Tuesday said"), not before token lo. */
static spk np_before(const actx *c, size_t v, size_t lo, int skip_ly)
{
    spk s = spk_none();
    if (v <= lo)
        return s;
    size_t e = v - 1;
    for (int k = 0; k < 4 && e > lo && before_verb(c, e, lo, skip_ly); k++)
        e--;
    /* "X continued to portray", "X has tried to convince": the subject of
     * the verb taking the infinitive */
    if (e > lo + 1 && nm_tok_is(c->d, e, "to") && is_word(c, e - 1) && (T(c, e - 1)->flags & TF_LOWER) &&
        !is_func(c, e - 1) && !stance_of(c, e - 1) && (ends_in(c, e - 1, 3, "ed") || ends_in(c, e - 1, 3, "es") ||
                                                      is_any(c, e - 1, subj_control))) {
        e -= 2;
        for (int k = 0; k < 3 && e > lo && before_verb(c, e, lo, skip_ly); k++)
            e--;
    }
    if (e > lo && ment_end(c, e) >= 0 && DOC_MENT(c->d, ment_end(c, e))->type == NM_DATE &&
        DOC_MENT(c->d, ment_end(c, e))->t0 > lo + 1) {
        e = DOC_MENT(c->d, ment_end(c, e))->t0 - 1;
        if (e > lo && is_any(c, e, w_on_last_this_earlier))
            e--;
        for (int k = 0; k < 2 && e > lo && is_any(c, e, nm_aux_words); k++)
            e--;
    } else if (e > lo + 2 && is_any(c, e, w_past_time_nouns)) {
        /* "X has in the past said", "X have in recent weeks argued" */
        size_t p = e;
        while (p > lo + 1 && e - p < 4 && (is_any(c, p - 1, nm_determiners) || T(c, p - 1)->kind == TK_NUM ||
                                          is_any(c, p - 1, w_recent_last_few)))
            p--;
        if (p < e && p > lo + 1 && is_any(c, p - 1, w_in_over_for)) {
            e = p - 2;
            for (int k = 0; k < 2 && e > lo && before_verb(c, e, lo, skip_ly); k++)
                e--;
        }
    }
    if (is_p(c, e, ')')) {
        for (size_t j = e; j > lo && e - j < 10; j--)
            if (is_p(c, j - 1, '(')) {
                if (j - 1 > lo)
                    e = j - 2;
                break;
            }
    } else if (T(c, e)->kind == TK_DASH && e > lo + 2) {
        /* "X -- who spoke to aides on Sunday -- has vowed": the subject
         * before the dashes */
        for (size_t j = e - 1; j > lo + 1 && e - j < 30; j--) {
            if (is_terminal(c, j) || in_quote(c, j))
                break;
            if (T(c, j)->kind == TK_DASH) {
                e = j - 1;
                for (int k = 0; k < 2 && e > lo && before_verb(c, e, lo, skip_ly); k++)
                    e--;
                break;
            }
        }
    }
    if (e < lo)
        return s;
    if (is_any(c, e, nm_aux_words))
        return s;
    int32_t m = ment_end(c, e);
    if (m >= 0 && DOC_MENT(c->d, m)->t0 >= lo && speaker_type(DOC_MENT(c->d, m)->type)) {
        s = spk_mention(c->d, m);
        of_head(c, &s, lo);
        return s;
    }
    if (is_word(c, e) && is_any(c, e, nm_subj_pronouns))
        return spk_pronoun(e);
    /* "they all said", "we both agreed": the pronoun */
    if (e > lo && is_any(c, e, w_all_both) && is_any(c, e - 1, nm_subj_pronouns))
        return spk_pronoun(e - 1);
    /* "most of them said", "many argue", "others say": a quantity of
     * people opening its clause */
    if (is_any(c, e, w_them_us_quantifiers)) {
        size_t b = e;
        if (e >= lo + 2 && is_any(c, e, w_them_us) && nm_tok_is(c->d, e - 1, "of"))
            b = e - 2;
        else if (is_any(c, e, w_them_us))
            b = NO_TOK;
        if (b != NO_TOK && nm_clause_starts_at(c, b, lo))
            return spk_span(SPK_ROLE, b, e + 1);
    }
    if (nm_tok_is(c->d, e, "who") && e > lo)
        return spk_span(SPK_REL, e, e + 1);
    if (is_p(c, e, '%') && e > lo && T(c, e - 1)->kind == TK_NUM && e + 1 == v)
        e--;                            /* "42% say ..." */
    if ((is_role_noun(c, e) && (T(c, e)->flags & TF_LOWER)) ||
        (T(c, e)->kind == TK_NUM && (e + 1 == v || (e + 2 == v && is_p(c, e + 1, '%'))))) {
        s = spk_span(SPK_ROLE, role_np_start(c, e, lo), e + 1 < v && is_p(c, e + 1, '%') ? e + 2 : e + 1);
        /* "six in 10", "officials at the ministry": the whole phrase */
        size_t b = nm_subject_start(c, &s, lo);
        if (b != (size_t)-1 && b < s.t0)
            s.t0 = b;
        return s;
    }
    if (lower_content(c, e) && !cue_of(c, e)) {
        /* "the billionaire real estate magnate": any noun after a determiner */
        for (size_t k = e; k > lo && e - k < 5; k--) {
            size_t p = k - 1;
            if (is_any(c, p, nm_determiners) && !nm_tok_is(c->d, p, "that")) {
                s = spk_span(SPK_ROLE, p, e + 1);
                /* "some advocates for the plan": the whole noun phrase */
                size_t b = nm_subject_start(c, &s, lo);
                if (b != (size_t)-1 && b < p)
                    s.t0 = b;
                return s;
            }
            if (!is_word(c, p) || is_func(c, p) || cue_of(c, p))
                break;
        }
        /* "about 40 percent of farmers", "voters in the north": a bare
         * noun heading a phrase that opens its clause */
        if (!is_any(c, e, nm_aux_words) && !is_any(c, e, no_subject)) {
            s = spk_span(SPK_ROLE, e, e + 1);
            size_t b = nm_subject_start(c, &s, lo);
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
        return spk_span(is_role_noun(c, e) ? SPK_ROLE : SPK_NAME, b, e + 1);
    }
    return s;
}

/* "The mayor grudgingly agreed": a subject found only as the adverb (a
 * bare "noun" in -ly) is the noun phrase before it.  Only then: skipping
 * every adverb found subjects, and claims, where there were none (train:
 * 6 more matched, 5 more wrong). */
static const char *const publish_verbs[] = { "issued", "released", "sent", "posted", "published",
    "put", "wrote", "tweeted", "filed", "emailed", "circulated", "distributed", "issues",
    "releases", "sends", "posts", "publishes", "placed", "ran", "aired", "revised", NULL };

spk nm_np_before(const actx *c, size_t v, size_t lo)
{
    spk s = np_before(c, v, lo, 0);
    /* "X issued a statement saying ...": the statement is X's object, X
     * the speaker */
    /* (also "placed newspaper ads calling ...", "revised her statement
     * explaining ..."; a sign held up, though, is as often the source in
     * PolNeAR as its holder) */
    if (s.kind == SPK_ROLE && s.t1 == v && is_any(c, s.t1 - 1, document_nouns)) {
        size_t d = s.t1 - 1;
        while (d > lo + 1 && d + 5 > s.t1 && !is_any(c, d - 1, publish_verbs) &&
               (is_any(c, d - 1, nm_determiners) || (is_word(c, d - 1) && (T(c, d - 1)->flags & TF_LOWER) &&
                                                     !is_func(c, d - 1))))
            d--;
        if (d > lo + 1 && is_any(c, d - 1, publish_verbs)) {
            spk t = np_before(c, d - 1, lo, 0);
            if (t.kind != SPK_NONE)
                return t;
        }
    }
    if (s.kind == SPK_ROLE && s.t1 > lo + 1 && nm_ly_adverb(c, s.t1 - 1)) {
        spk t = np_before(c, v, lo, 1);
        if (t.kind == SPK_NONE && is_p(c, s.t1 - 2, ','))
            t = nm_appositive_subject(c, s.t1 - 2, lo);    /* "X, still angry, grudgingly agreed" */
        if (t.kind != SPK_NONE)
            return t;
    }
    return s;
}

/* "a recent report from X", "an analysis by X", "a court document filed
 * by X": the author named after a document noun r ends in (before hi) is
 * the source, over the whole phrase; else r. */
static spk document_author(const actx *c, spk r, size_t hi)
{
    size_t j = r.t1;
    if (!is_any(c, r.t1 - 1, document_nouns) || j + 1 >= hi)
        return r;
    if (ends_in(c, j, 3, "ed") && (T(c, j)->flags & TF_LOWER) && nm_tok_is(c->d, j + 1, "by"))
        j++;                            /* "filed by", "released by" */
    if (!is_any(c, j, w_from_by))
        return r;
    spk a = nm_np_after(c, j + 1, hi);
    if (a.kind != SPK_MENTION || !(DOC_MENT(c->d, a.ment)->type == NM_ORG ||
                                   DOC_MENT(c->d, a.ment)->type == NM_PERSON))
        return r;
    a.t0 = r.t0;
    return a;
}

/* The subject starting at token k (after the verb: "said Wang", "said the
 * minister"), before hi. */
spk nm_np_after(const actx *c, size_t k, size_t hi)
{
    spk s = spk_none();
    if (k >= hi)
        return s;
    int32_t m = ment_start(c, k);
    if (m >= 0 && speaker_type(DOC_MENT(c->d, m)->type)) {
        const nm_mention *mm = DOC_MENT(c->d, m);
        /* "said Foreign Minister Wang Yi": the person, not the office */
        if (mm->type == NM_TITLE && mm->t1 < hi && ment_start(c, mm->t1) >= 0 &&
            DOC_MENT(c->d, ment_start(c, mm->t1))->type == NM_PERSON) {
            m = ment_start(c, mm->t1);
        }
        return spk_mention(c->d, m);
    }
    if (is_word(c, k) && is_any(c, k, nm_subj_pronouns))
        return spk_pronoun(k);
    /* "Mr. Oduya": the honorific is no part of the person's mention, but
     * the speaker is that person, not a name of its own */
    if ((wcls(c, k) & WC_HONOR) && k + 1 < hi && ment_start(c, k + 1) >= 0 &&
        DOC_MENT(c->d, ment_start(c, k + 1))->type == NM_PERSON) {
        s = spk_mention(c->d, ment_start(c, k + 1));
        s.t0 = k;
        return s;
    }
    if (is_any(c, k, nm_determiners) && !nm_tok_is(c->d, k, "that")) {
        for (size_t e = k + 1; e < hi && e < k + 6; e++) {
            if (ment_start(c, e) >= 0 && DOC_MENT(c->d, ment_start(c, e))->type != NM_TITLE &&
                DOC_MENT(c->d, ment_start(c, e))->type != NM_DATE && e == k + 1) {
                /* "the Chinese Foreign Ministry" is a mention after "the" */
                return spk_mention(c->d, ment_start(c, e));
            }
            if (!is_word(c, e) || is_func(c, e))
                break;
            if (is_role_noun(c, e) && (e + 1 >= hi || !is_role_noun(c, e + 1)))
                return document_author(c, spk_span(SPK_ROLE, k, e + 1), hi);
        }
        return s;
    }
    if (cap_word(c, k)) {
        size_t e = k + 1;
        while (e < hi && e - k < 4 && cap_word(c, e))
            e++;
        return spk_span(is_role_noun(c, e - 1) ? SPK_ROLE : SPK_NAME, k, e);
    }
    return s;
}

/* The subject after a speech verb that closes a quote ("...," said X):
 * what nm_np_after finds, else a person named after descriptor words
 * ("said former Ohio Gov. Tom Ardle", "said retired banker Lena Fosk"),
 * else a noun phrase opened by a determiner whatever its head ("said a
 * person close to the governor", "said the 52-year-old", "read the
 * flyer").  Only where a subject must follow: the verb ends the content. */
spk nm_np_after_cue(const actx *c, size_t k, size_t hi)
{
    spk s = nm_np_after(c, k, hi);
    if (k >= hi)
        return s;
    if ((s.kind == SPK_NAME || (s.kind == SPK_MENTION && DOC_MENT(c->d, s.ment)->type != NM_PERSON)) &&
        s.t1 < hi && lower_content(c, s.t1) &&
        !cue_of(c, s.t1)) {
        /* "said White House spokesman Ada Obi", "said Ohio State University
         * professor Ada Obi": the person after the office, not the org */
        for (size_t j = s.t1; j < hi && j < s.t1 + 4; j++) {
            if (ment_start(c, j) >= 0) {
                spk t = nm_np_after(c, j, hi);
                if (spk_mention_of(c->d, &t, SPK_T(NM_PERSON)))
                    return t;
                break;
            }
            if (!lower_content(c, j) || cue_of(c, j))
                break;
        }
    }
    if (s.kind != SPK_NONE)
        return s;
    for (size_t j = k; j < hi && j < k + 7;) {
        int32_t m = ment_start(c, j);
        if (m >= 0) {
            int type = DOC_MENT(c->d, m)->type;
            if (type == NM_PERSON || type == NM_TITLE) {
                spk t = nm_np_after(c, j, hi);
                size_t e = t.t1;
                if (spk_mention_of(c->d, &t, SPK_T(NM_PERSON)) &&
                    (e >= hi || !is_word(c, e) || is_func(c, e) || cue_of(c, e)) &&
                    !(e < hi && is_any(c, e, nm_possessive)))
                    return t;
                if (type == NM_PERSON)
                    break;
            }
            if (type == NM_DATE)
                break;
            j = DOC_MENT(c->d, m)->t1;
            continue;
        }
        /* "secretary of state", "chief of staff": "of" and a lower-case word */
        if (nm_tok_is(c->d, j, "of") && j > k && j + 1 < hi && (T(c, j + 1)->flags & TF_LOWER) &&
            !is_func(c, j + 1)) {
            j++;
            continue;
        }
        if (!is_word(c, j) || is_func(c, j) || cue_of(c, j) || (T(c, j)->flags & TF_CAPSLINE))
            break;
        j++;
    }
    if (is_any(c, k, nm_determiners) && !nm_tok_is(c->d, k, "that") && !nm_tok_is(c->d, k, "this")) {
        size_t e = k + 1;
        /* "said one of the organizers", "said some of the delegates" */
        if (e + 2 < hi && nm_tok_is(c->d, e, "of") && is_any(c, e + 1, nm_determiners))
            e += 2;
        while (e < hi && e < k + 8) {
            int32_t m = ment_start(c, e);
            if (m >= 0 && DOC_MENT(c->d, m)->type != NM_DATE) {
                e = DOC_MENT(c->d, m)->t1;
                continue;
            }
            if (!((is_word(c, e) && !is_func(c, e) && !cue_of(c, e)) || T(c, e)->kind == TK_NUM ||
                  (is_p(c, e, '-') && e > k + 1 && !(T(c, e)->flags & TF_SPACE_BEFORE))))
                break;
            e++;
        }
        if (e > k + 1 && (e >= hi || !is_word(c, e) || is_func(c, e)))
            s = spk_span(SPK_ROLE, k, e);
    }
    return s;
}

uint8_t nm_pronoun_gender(const actx *c, size_t i)
{
    if (nm_tok_is(c->d, i, "he") || nm_tok_is(c->d, i, "his"))
        return G_MALE;
    if (nm_tok_is(c->d, i, "she") || nm_tok_is(c->d, i, "her"))
        return G_FEMALE;
    return G_UNKNOWN;
}

int nm_person_entity(const actx *c, int32_t e)
{
    return e >= 0 && (size_t)e < c->d->ents.n && DOC_ENT(c->d, e)->type == NM_PERSON;
}

/* The most recent person entity before token t with a compatible gender. */
static int32_t recent_person(const actx *c, size_t t, uint8_t g)
{
    size_t lo = t > BACK_WINDOW ? t - BACK_WINDOW : 0;
    for (size_t k = t; (k = nm_tokmap_prev(&c->mend, k, lo)) != NO_TOK;) {
        int32_t m = ment_end(c, k);
        if (m < 0)
            continue;
        const nm_mention *mm = DOC_MENT(c->d, m);
        int32_t e = mm->entity;
        if (mm->type == NM_TITLE && mm->holder >= 0)
            e = DOC_MENT(c->d, mm->holder)->entity;
        if (!nm_person_entity(c, e))
            continue;
        if (g && nm_ent_sex(c, e) && nm_ent_sex(c, e) != g)
            continue;
        return e;
    }
    return -1;
}

static int32_t recent_type(const actx *c, size_t t, int type)
{
    size_t lo = t > BACK_WINDOW ? t - BACK_WINDOW : 0;
    for (size_t k = t; (k = nm_tokmap_prev(&c->mend, k, lo)) != NO_TOK;) {
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

static const char *const clause_conj[] = { "and", "but", "while", "as", "because", "although",
    "though", "when", "so", "yet", "since", "where", "whereas", NULL };

/* The person tokens [a, b) (a sentence, or the part of one before a
 * pronoun) are about: the person mention (or office with a holder) that is
 * the subject of its first clause, outside quotes, with a verb right after
 * it, and not of the other gender than g; -1 when none. */
static int32_t subject_entity(const actx *c, size_t a, size_t b, uint8_t g)
{
    size_t cs = nm_content_start(c, a, b);
    if (cs >= b || in_quote(c, cs))
        return -1;
    spk s = nm_clause_subject(c, cs, b);
    /* a verb after it, or an apposition ("X, a former governor, said"),
     * but not "X, he said, ..." */
    if (s.kind != SPK_MENTION || s.t1 + 1 >= b || in_quote(c, s.t0))
        return -1;
    if (!(is_p(c, s.t1, ',') || (is_word(c, s.t1) && (T(c, s.t1)->flags & TF_LOWER) && !is_role_noun(c, s.t1))))
        return -1;                      /* ("Clinton spokeswoman Ada Obi") */
    /* the whole noun phrase ("The Murdoch outlets" is about no person) */
    if (s.t0 > cs && !is_p(c, s.t0 - 1, ',') &&
        !(ment_end(c, s.t0 - 1) >= 0 && DOC_MENT(c->d, ment_end(c, s.t0 - 1))->type == NM_TITLE) &&
        !(wcls(c, s.t0 - 1) & WC_HONOR))
        return -1;
    const nm_mention *m = DOC_MENT(c->d, s.ment);
    int32_t e = m->type == NM_TITLE && m->holder >= 0 ? DOC_MENT(c->d, m->holder)->entity : m->entity;
    if (!nm_person_entity(c, e) || (g && nm_ent_sex(c, e) && nm_ent_sex(c, e) != g))
        return -1;
    return e;
}

/* A name the entity finder missed ("Ms. Acosta said"): the last person
 * before it whose name holds its last word, or -1. */
static int32_t name_entity(const actx *c, const spk *s)
{
    const nm_doc *d = c->d;
    size_t e = s->t1 - 1;
    const char *w = nm_tok_str(d, e);
    size_t n = nm_tok_len(d, e);
    int32_t in = ment_end(c, e);
    if (in >= 0 && DOC_MENT(d, in)->t0 >= s->t0 && nm_person_entity(c, DOC_MENT(d, in)->entity))
        return DOC_MENT(d, in)->entity;          /* "Mr. Turry": the name inside */
    if (n < 2 || !(T(c, e)->flags & TF_CAP))
        return -1;
    size_t lo = s->t0 > BACK_WINDOW ? s->t0 - BACK_WINDOW : 0;
    for (size_t k = s->t0; (k = nm_tokmap_prev(&c->mend, k, lo)) != NO_TOK;) {
        int32_t m = ment_end(c, k);
        if (m < 0)
            continue;
        int32_t en = DOC_MENT(d, m)->entity;
        if (nm_person_entity(c, en) && has_word(DOC_ENT(d, en)->name, w, n))
            return en;
    }
    return -1;
}

/* Does the title hay hold the word w[0..n) as its head: last, or before a
 * preposition or comma ("president of X", "former president"), not as a
 * modifier ("the campaign" is no "campaign manager")? */
static int has_head_word(const char *hay, const char *w, size_t n)
{
    static const char *const after[] = { " of ", " for ", " at ", " in ", " to ", " on ", ",", NULL };
    size_t h = strlen(hay);
    int w0 = tolower((unsigned char)w[0]);
    for (size_t i = 0; i + n <= h; i++) {
        /* (the first letter before the word's bounds: most places fail it) */
        if (tolower((unsigned char)hay[i]) != w0 || (i > 0 && isalpha((unsigned char)hay[i - 1])) ||
            (i + n < h && isalpha((unsigned char)hay[i + n])))
            continue;
        size_t k = 0;
        while (k < n && tolower((unsigned char)hay[i + k]) == tolower((unsigned char)w[k]))
            k++;
        if (k < n)
            continue;
        const char *rest = hay + i + n;
        if (!*rest)
            return 1;
        for (const char *const *a = after; *a; a++)
            if (!strncmp(rest, *a, strlen(*a)))
                return 1;
    }
    return 0;
}

/* The entity a speaker resolves to, or -1. */
int32_t nm_resolve_speaker(actx *c, const spk *s)
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
            return nm_resolve_speaker(c, &r);
        }
        return m->entity;
    }
    case SPK_PRONOUN: {
        uint8_t g = nm_pronoun_gender(c, s->t0);
        if (g == G_UNKNOWN) {
            if (nm_tok_is(d, s->t0, "it"))
                return recent_type(c, s->t0, NM_ORG);
            return -1;
        }
        /* the person this clause or the sentence before is about
         * ("Clinton invoked Obama.  ... she said"; "X gave an interview,
         * and he condemned ...") */
        size_t si = nm_tok_sent(d, s->t0);
        const nm_sent *S = DOC_SENT(d, si);
        /* (this clause only after "and", "but": "..., he said" after a
         * claim is about the claim's speaker, not its subject) */
        int32_t e = s->t0 > S->t0 + 2 && is_any(c, s->t0 - 1, clause_conj) ? subject_entity(c, S->t0, s->t0, g) : -1;
        /* ("X spoke over boos as he congratulated Y": the subject of the
         * clause before, whatever the last speaker) */
        if (e >= 0)
            return e;
        if (si > 0)
            e = subject_entity(c, DOC_SENT(d, si - 1)->t0, DOC_SENT(d, si - 1)->t1, g);
        /* (but for a subject of unknown gender the last speaker known to
         * be of the pronoun's) */
        if (e >= 0 && !(e != c->last_ent && !c->gender[e] && nm_person_entity(c, c->last_ent) &&
                        c->gender[c->last_ent] == g && s->t0 - c->last_tok < BACK_WINDOW))
            return e;
        /* else the last speaker goes on talking, when it fits */
        if (nm_person_entity(c, c->last_ent) && s->t0 - c->last_tok < BACK_WINDOW &&
            (!nm_ent_sex(c, c->last_ent) || nm_ent_sex(c, c->last_ent) == g))
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
    case SPK_NAME:
        return name_entity(c, s);
    case SPK_ROLE: {
        /* an office noun: the last person whose titles name it */
        size_t e = s->t1 - 1;
        const char *w = nm_tok_str(d, e);
        size_t n = nm_tok_len(d, e);
        size_t lo = s->t0 > BACK_WINDOW ? s->t0 - BACK_WINDOW : 0;
        for (size_t k = s->t0; (k = nm_tokmap_prev(&c->mend, k, lo)) != NO_TOK;) {
            int32_t m = ment_end(c, k);
            if (m < 0)
                continue;
            int32_t en = DOC_MENT(d, m)->entity;
            if (!nm_person_entity(c, en))
                continue;
            const nm_ent *E = DOC_ENT(d, en);
            for (size_t t = 0; t < E->titles.n; t++)
                if (has_head_word(NM_VEC_AT(E->titles, const char *, t), w, n))
                    return en;
        }
        return -1;
    }
    }
    return -1;
}


/* Could the subject starting at sb open a clause? */
int nm_clause_starts_at(const actx *c, size_t sb, size_t t0)
{
    if (sb <= t0)
        return 1;
    size_t p = sb - 1;
    if (nm_content_start(c, t0, sb + 1) >= sb)
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

size_t nm_subject_start(const actx *c, const spk *s, size_t t0)
{
    size_t b = s->t0;
    for (int k = 0; k < 10 && b > t0; k++) {
        if (nm_clause_starts_at(c, b, t0))
            return b;
        size_t p = b - 1;
        if (ment_end(c, p) >= 0) {
            b = DOC_MENT(c->d, ment_end(c, p))->t0;
            continue;
        }
        const nm_token *t = T(c, p);
        if (t->kind == TK_QUOTE && in_quote(c, p))
            return (size_t)-1;
        if (!(t->kind == TK_WORD || t->kind == TK_NUM || (t->kind == TK_PUNCT && nm_tok_cp(c->d, t) == '-')) ||
            cue_of(c, p) || nm_tok_is(c->d, p, "that") || nm_tok_is(c->d, p, "which") ||
            nm_tok_is(c->d, p, "who") || (is_func(c, p) && !is_any(c, p, np_links) &&
                                          !is_any(c, p, nm_determiners)))
            return (size_t)-1;
        b = p;
    }
    return nm_clause_starts_at(c, b, t0) ? b : (size_t)-1;
}

static const char *const w_of_from[] = { "of", "from", NULL };

/* "Ada Obi, 44, a nurse from Enugu, said ...": the subject before an
 * apposition that ends at the comma c0; a person (else an org) mention
 * followed by a comma and opening its clause, at most 30 tokens back. */
spk nm_appositive_subject(const actx *c, size_t c0, size_t t0)
{
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
                spk r = spk_span(SPK_ROLE, office ? DOC_MENT(c->d, tm)->t0 : role_np_start(c, h, t0), h + 1);
                if (nm_subject_start(c, &r, t0) != (size_t)-1)
                    return spk_mention(c->d, pm);
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
        /* "Gov. Ada Obi of Ohio, a Democrat, said": the person before "of
         * PLACE" */
        if (mm->type == NM_PLACE && mm->t0 > t0 + 1 && is_any(c, mm->t0 - 1, w_of_from) &&
            ment_end(c, mm->t0 - 2) >= 0 && DOC_MENT(c->d, ment_end(c, mm->t0 - 2))->type == NM_PERSON) {
            m = ment_end(c, mm->t0 - 2);
            mm = DOC_MENT(c->d, m);
        }
        if (mm->type != NM_PERSON && mm->type != NM_ORG)
            continue;
        spk t = spk_mention(c->d, m);
        if (nm_subject_start(c, &t, t0) == (size_t)-1)
            continue;
        if (best < 0 || (mm->type == NM_PERSON && DOC_MENT(c->d, best)->type != NM_PERSON))
            best = m;
    }
    if (best >= 0)
        return spk_mention(c->d, best);
    /* "A crane operator, who asked not to be named, said ...": a role noun
     * phrase that opens the clause, before a relative clause */
    for (size_t k = c0; k-- > lo + 1;) {
        if (in_quote(c, k) || is_p(c, k, ';') || is_terminal(c, k))
            break;
        if (!is_p(c, k, ',') || k + 1 >= c0 ||
            !is_any(c, k + 1, w_who_whose))
            continue;
        spk r = nm_np_before(c, k, t0);
        if (r.kind == SPK_ROLE && nm_subject_start(c, &r, t0) == r.t0)
            return r;
    }
    return spk_none();
}

/* The subject of the clause opening at cs whose predicate runs up to v:
 * the noun phrase at cs, or after a leading phrase and its comma ("On
 * Tuesday, X ..."); it must end before v with words between. */
spk nm_clause_subject(const actx *c, size_t cs, size_t v)
{
    /* "But X, noting ..., said": the conjunction opens no noun phrase */
    if (cs + 2 < v && is_any(c, cs, w_but_and_yet_so))
        cs++;
    spk s = nm_np_after(c, cs, v);
    /* a capitalised word no list knows may open a leading phrase ("Hours
     * later, X ...", "Facing criticism, X ..."): a name, pronoun or noun
     * phrase after its comma is the subject */
    int name = s.kind == SPK_NAME;
    /* "Perhaps not surprisingly, X ...", "Ultimately, X ...": one common
     * word opening the clause that names no one before it is likelier a
     * leading phrase than a name: any subject after the comma wins */
    int lead = name && s.t1 == s.t0 + 1 && (wcls(c, s.t0) & LX_COMMON) && !(wcls(c, s.t0) & LX_FIRSTNAME) &&
               name_entity(c, &s) < 0;
    if (s.kind == SPK_NONE || name || spk_mention_of(c->d, &s, SPK_T(NM_DATE))) {
        spk s0 = s;
        s.kind = SPK_NONE;
        for (size_t k = cs; k < v && k < cs + 16; k++) {
            if (in_quote(c, k) || stance_of(c, k))
                break;
            if (is_p(c, k, ',')) {
                s = nm_np_after(c, k + 1, v);
                /* "At a rally in Salem, New Hampshire, X said": the place
                 * ends the leading phrase, the subject follows */
                if (spk_mention_of(c->d, &s, SPK_T(NM_PLACE)) && s.t1 < v &&
                    is_p(c, s.t1, ',')) {
                    k = s.t1 - 1;
                    s.kind = SPK_NONE;
                    continue;
                }
                break;
            }
        }
        if (name && !(s.kind == SPK_MENTION || s.kind == SPK_PRONOUN || s.kind == SPK_ROLE ||
                      (lead && s.kind == SPK_NAME)))
            s = s0;
    }
    if (spk_mention_of(c->d, &s, SPK_T(NM_DATE)))
        s.kind = SPK_NONE;
    if (s.kind == SPK_NONE && cs < v &&
        (is_any(c, cs, nm_determiners) || is_any(c, cs, w_each_every)) &&
        !nm_tok_is(c->d, cs, "that") && !nm_tok_is(c->d, cs, "this")) {
        /* "The nurse later sued, claiming ...", "Each faction ...": a
         * noun phrase opened by a determiner, whatever its head, when a
         * verb follows it */
        size_t e = cs + 1;
        for (int of = 0; of < 2; of++) {
            while (e < v && e < cs + 8 && lower_content(c, e) &&
                   !stance_of(c, e) && !is_any(c, e, nm_aux_words) && !(e > cs + 1 && ends_in(c, e, 3, "ed")))
                e++;
            /* "a number of the families" */
            if (!(e > cs + 1 && e + 2 < v && nm_tok_is(c->d, e, "of") && is_any(c, e + 1, nm_determiners)))
                break;
            e += 2;
        }
        if (e > cs + 1 && e + 1 < v && is_word(c, e) && (T(c, e)->flags & TF_LOWER) &&
            (is_any(c, e, nm_aux_words) || is_any(c, e, nm_there_verbs) || ends_in(c, e, 3, "ed") ||
             ends_in(c, e, 3, "s")))
            s = spk_span(SPK_ROLE, cs, e);
    }
    /* (words between, but "Salceda, citing ...": the participle right
     * after the subject's comma is its own) */
    if (s.kind != SPK_NONE && s.t1 + 1 >= v && !(s.t1 + 1 == v && is_p(c, s.t1, ',')))
        s.kind = SPK_NONE;
    return s;
}

/* Cue forms that are verbs only (not "note", "claims", "reports"). */
static const char *const long_subject_cues[] = { "said", "says", "say", "told", "tells", "wrote",
    "writes", "added", "argued", "noted", "explained", "acknowledged", "insisted", "warned",
    "stressed", "recalled", "predicted", "contended", "asserted", "conceded", "countered",
    "emphasized", "testified", "tweeted", NULL };

static const char *const passive_aux[] = { "been", "being", "be", "is", "are", "was", "were", NULL };

/* Words that may follow the head of a long subject: "aides to X",
 * "officials who spoke with ...", "X, a former prosecutor, said". */
static const char *const subj_gap[] = { "of", "in", "at", "from", "for", "with", "who", "whose",
    "including", "and", "on", "to", "like", "among", "seen", "familiar", "close", "interviewed",
    "representing", "across", "around", "inside", "outside", "within", "released", "conducted",
    "taken", "published", "commissioned", "obtained", "issued", "based", "sponsored", NULL };

/* The subject of a speech verb v when it is long: a noun phrase opening
 * the clause at lo, then modifiers (a complement, a relative clause, an
 * apposition closed by a comma or dash before v) holding no other cue,
 * quote or clause punctuation, at most 30 tokens. */
spk nm_long_subject(const actx *c, size_t lo, size_t v)
{
    int finding = is_any(c, v, nm_finding_cues);
    if (v <= lo + 2 || v > lo + 30 || !(finding || is_any(c, v, long_subject_cues)))
        return spk_none();
    if (is_any(c, v - 1, passive_aux))
        return spk_none();              /* "it has been said ..." */
    spk s = nm_np_after(c, lo, v);
    if (spk_mention_of(c->d, &s, SPK_T(NM_DATE)))
        s.kind = SPK_NONE;
    if (s.kind == SPK_NONE && is_any(c, lo, nm_determiners) && !nm_tok_is(c->d, lo, "that")) {
        /* "A redacted copy of the memo ...": the determiner's noun phrase */
        size_t e = lo + 1;
        while (e < v && e < lo + 5 && is_word(c, e) && !is_func(c, e) && !stance_of(c, e))
            e++;
        if (e > lo + 1)
            s = spk_span(SPK_ROLE, lo, e);
    }
    if (finding && !(s.kind != SPK_NONE && is_any(c, s.t1 - 1, nm_finding_nouns)))
        return spk_none();
    /* "Senator Ada Obi": np_after gives the person after the office */
    int at_lo = s.t0 == lo || (ment_start(c, lo) >= 0 && DOC_MENT(c->d, ment_start(c, lo))->t1 == s.t0);
    if (s.kind == SPK_NONE || !at_lo || s.t1 >= v)
        return spk_none();
    size_t g = s.t1;
    int open = is_p(c, g, ',') || is_p(c, g, '(') || T(c, g)->kind == TK_DASH;
    if (!(open || is_any(c, g, subj_gap)) || g + 1 >= v)
        return spk_none();
    int comma = 0, paren = 0, rel = 0;
    for (size_t j = g; j < v; j++) {
        /* (in a relative clause a stance verb or a quote is its own: "X,
         * who calls Y a "fraud," said") */
        if (((in_quote(c, j) || stance_of(c, j)) && !rel) || is_terminal(c, j) || is_p(c, j, ';') ||
            is_p(c, j, ':') || is_any(c, j, nm_ask_words))
            return spk_none();
        if (is_any(c, j, nm_rel_words))
            rel = 1;
        else if (!rel && is_any(c, j, nm_there_verbs))
            return spk_none();   /* a verb of its own: no subject */
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
            return spk_none();
        size_t a = v - 1;
        while (a > g && !is_p(c, a - 1, ','))
            a--;
        if (!(is_any(c, a, nm_determiners) || nm_tok_is(c->d, a, "including") || ment_start(c, a) >= 0 ||
              is_role_noun(c, a) || T(c, a)->kind == TK_NUM))
            return spk_none();
    }
    return s;
}

/* Words that open a clause of another subject inside the sentence ("the
 * report, which notes, "..."") unless right after the subject's comma. */
static const char *const inclause_rel[] = { "which", "who", "whom", "whose", NULL };
static const char *const be_forms[] = { "was", "were", "is", "are", "been", "being", "be", NULL };

spk nm_inclause_speaker(const actx *c, size_t o)
{
    size_t lo = sent_start(c, o);
    size_t cs = nm_content_start(c, lo, o);
    if (cs >= o)
        return spk_none();
    for (size_t k = cs; k < o; k++)
        if (in_quote(c, k))
            return spk_none();
    spk s = nm_clause_subject(c, cs, o);
    if (!spk_mention_of(c->d, &s, SPK_T(NM_PERSON) | SPK_T(NM_ORG) | SPK_T(NM_TITLE)) || s.t1 + 1 >= o)
        return spk_none();
    /* the head of its noun phrase, not a modifier ("Clinton officials",
     * "The Rove ad", "Clinton campaign manager Robby Mook") */
    size_t e = s.t1;
    if (!(is_p(c, e, ',') || is_p(c, e, '(') ||
          (is_word(c, e) && (T(c, e)->flags & TF_LOWER) && !is_role_noun(c, e))))
        return spk_none();
    if (s.t0 > cs && !is_p(c, s.t0 - 1, ',') &&
        !(ment_end(c, s.t0 - 1) >= 0 && DOC_MENT(c->d, ment_end(c, s.t0 - 1))->type == NM_TITLE) &&
        !(wcls(c, s.t0 - 1) & WC_HONOR))
        return spk_none();
    /* "X was asked, "..."": the quote is somebody else's */
    if (is_any(c, e, be_forms) && is_word(c, e + 1) && ends_in(c, e + 1, 3, "ed"))
        return spk_none();
    size_t a = nm_skip_paren(c, e, o);          /* "Rep. Ada Obi (D-Ohio), who ..." */
    for (size_t k = e + 1; k < o; k++)
        if (is_any(c, k, inclause_rel) && !(k == a + 1 && is_p(c, a, ',')))
            return spk_none();
    return s;
}

spk nm_late_subject(const actx *c, const dq *x, size_t *v)
{
    size_t n = c->n, cl = x->cl;
    *v = NO_TOK;
    while (cl > x->o + 1 && T(c, cl - 1)->kind == TK_QUOTE)
        cl--;
    if (!(cl > x->o + 1 && (is_p(c, cl - 1, ',') || is_p(c, cl - 1, '?') || is_p(c, cl - 1, '!'))) ||
        !nm_opens_clause(c, x->o))
        return spk_none();      /* (a quote inside a claim: "X said he'd "...," and Y vowed") */
    size_t k = x->cl + 1;
    while (k < n && T(c, k)->kind == TK_QUOTE)
        k++;
    if (k >= n || (T(c, k)->flags & TF_PARA_START))
        return spk_none();
    int32_t best = -1;
    for (size_t j = k; j < n && j < k + 30; j++) {
        if (in_quote(c, j) || is_terminal(c, j) || is_p(c, j, ';') || is_p(c, j, ':') ||
            (j > k && (T(c, j)->flags & TF_PARA_START)))
            return spk_none();
        unsigned f = cue_of(c, j);
        if (f && !(f & CUE_ING) && (T(c, j)->flags & TF_LOWER)) {
            if (best < 0)
                return spk_none();
            *v = j;
            return spk_mention(c->d, best);
        }
        int32_t m = ment_start(c, j);
        if (m >= 0 && DOC_MENT(c->d, m)->t1 <= j + 30) {
            int type = DOC_MENT(c->d, m)->type;
            if (type == NM_PERSON && (best < 0 || DOC_MENT(c->d, best)->type != NM_PERSON))
                best = m;
            else if (type == NM_ORG && best < 0 && (j == k || (j == k + 1 && is_any(c, k, w_the_a_an))))
                best = m;       /* (an org only as the subject: "the 2016 GOP frontrunner") */
            j = DOC_MENT(c->d, m)->t1 - 1;
        }
    }
    return spk_none();
}

spk nm_colon_subject(const actx *c, const dq *x)
{
    size_t k = x->o;
    while (k > 0 && T(c, k - 1)->kind == TK_QUOTE && !(T(c, k)->flags & TF_SPACE_BEFORE))
        k--;
    if (k == 0 || !is_p(c, k - 1, ':'))
        return spk_none();
    size_t col = k - 1, lo = sent_start(c, col);
    /* the clause the colon ends: back to its comma, dash or start, past
     * an apposition closed by a comma ("X, who ..., tweeted this:") */
    size_t b = lo;
    for (size_t j = col; j-- > lo && col - j < 40;) {
        if (in_quote(c, j))
            return spk_none();
        if (is_p(c, j, ',') || T(c, j)->kind == TK_DASH || is_p(c, j, ';')) {
            b = j + 1;
            break;
        }
    }
    if (b >= col)
        return spk_none();
    spk s = nm_np_after(c, b, col);
    if (s.kind == SPK_NONE && b > lo + 1 && is_p(c, b - 1, ','))
        s = nm_appositive_subject(c, b - 1, lo);
    if (s.kind == SPK_PRONOUN ? !nm_pronoun_gender(c, s.t0)
                              : !spk_mention_of(c->d, &s, SPK_T(NM_PERSON) | SPK_T(NM_ORG) | SPK_T(NM_TITLE)))
        return spk_none();
    /* a verb of its own after it, before the colon */
    size_t e = s.t1 > b ? s.t1 : b;
    if (e < col && is_p(c, e, ','))
        e = b;                              /* (appositive: its verb is at b) */
    if (!(e < col && is_word(c, e) && (T(c, e)->flags & TF_LOWER) && !is_role_noun(c, e) && !is_func(c, e)))
        return spk_none();
    /* "the Stanford graduate ended ...": after a determiner the mention
     * may modify a noun; only a word that reads as a verb will do */
    if (s.kind == SPK_MENTION && s.t0 > b && is_any(c, s.t0 - 1, nm_determiners) && e == s.t1 &&
        !(ends_in(c, e, 3, "ed") || is_any(c, e, nm_aux_words) || cue_of(c, e)))
        return spk_none();
    return s;
}

/* Words that end no unnamed speaker's phrase. */
static const char *const not_heads[] = { "amid", "having", "this", "which", NULL };

/* A lower-case adverb in -ly long enough not to be a noun ("family",
 * "ally", "rally"), and no role noun ("daily"). */
static int long_ly(const actx *c, size_t i)
{
    return is_word(c, i) && (T(c, i)->flags & TF_LOWER) && nm_tok_len(c->d, i) >= 7 && ends_in(c, i, 3, "ly") &&
           !is_role_noun(c, i);
}

int nm_role_phrase(const actx *c, size_t t0, size_t t1)
{
    size_t h = t1 - 1;
    int low0 = is_word(c, t0) && (T(c, t0)->flags & TF_LOWER) && !is_role_noun(c, t0) &&
               !is_any(c, t0, nm_determiners);
    /* a verb or an adverb opening it: "issued a statement", "stopped",
     * "pointing", "repeating a false", "certainly cannot" */
    if (low0 && (long_ly(c, t0) || ((ends_in(c, t0, 3, "ed") || ends_in(c, t0, 4, "ing")) &&
                                    (t1 == t0 + 1 || is_any(c, t0 + 1, nm_determiners)))))
        return 0;                   /* (not "elected officials", "leading economists") */
    if (is_any(c, h, not_heads) || long_ly(c, h))
        return 0;
    return 1;
}

/* Capitalised words that open a sentence without naming anyone ("Years
 * later, ...", "Ever since ...", "Sometimes he ..."). */
static const char *const opener_words[] = { "ever", "whenever", "sometimes", "likewise", "outside",
    "last", "years", "hours", "days", "weeks", "months", "minutes", "decades", "wait", "ask", "cool",
    "meanwhile", "still", "later", "earlier", "once", "perhaps", "maybe", NULL };

int nm_name_phrase(actx *c, const spk *s)
{
    size_t k = s->t0;
    if (!is_word(c, k) || (wcls(c, k) & LX_FIRSTNAME))
        return 1;
    /* "Walking to his car, X said", "Years later, X recalled" */
    if (!(is_any(c, k, opener_words) || (s->t1 == k + 1 && ends_in(c, k, 4, "ing") && (wcls(c, k) & LX_COMMON))))
        return 1;
    return nm_resolve_speaker(c, s) >= 0;
}
