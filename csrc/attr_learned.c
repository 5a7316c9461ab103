/*
 * attr_learned.c -- reported claims whose cue the rules do not know, found
 * by the learned claim-cue model (claims.h), after the rules have had each
 * sentence.
 *
 * A candidate is a lower-case content word of three letters or more, not
 * after a determiner, outside quotation marks and outside the claims and
 * cues the rules made in the sentence.  Only candidates are scored (most
 * tokens are not), the word with its claim: built as the rules build
 * theirs, from the word after it (past "that") to the end of its clause
 * (nm_claim_stop, and a few stops of its own below), its speaker the
 * subject before it (nm_np_before) when its score is above the threshold.  A claim that would mostly repeat one
 * the rules made is not made again.
 *
 * With a trace on the document (training, claims.h), every candidate that
 * would make a claim is recorded with its features instead.
 */
#include "attr.h"
#include "claims.h"

/* Bounds that keep the pass linear on any input (a sentence of 100,000
 * cue words made it quadratic): a learned claim runs at most CLAIM_TOKENS
 * tokens (of the gold claims on train 1.4% run past 60 words, 0.3% past
 * 100), and a sentence with more than MAX_MADE claims already is left to
 * the rules, as the made claims are looked up one by one for each
 * candidate.  On PolNeAR train neither bound changes a candidate. */
#define CLAIM_TOKENS 120
#define MAX_MADE 32
#define MAX_LEARNED 16       /* learned claims in a sentence at most */

static const char *const no_claim_preps[] = { "to", "of", "about", "for", "with", "by", "from",
    "as", "at", "on", "in", "into", NULL };

/* Words of a verb group between a subject and a learned cue, with the
 * light verbs and adverbs before an adjective or particle cue ("have since
 * balked", "has become increasingly angry", "has spoken out"). */
static const char *const verb_group[] = { "is", "are", "was", "were", "be", "been", "being", "has",
    "have", "had", "do", "does", "did", "not", "never", "also", "still", "long", "will", "would",
    "could", "should", "may", "might", "can", "must", "just", "now", "even", "so", "very", "too",
    "n't", "since", "already", "again", "become", "became", "becomes", "begun", "began", "come", "came",
    "remain", "remains", "remained", "grown", "grew", "growing", "getting", "got", "away", "spoken", "spoke",
    "singled", "stepped", NULL };

/* Contractions in a verb group: "she's hoping", "they've argued". */
static const char *const contractions[] = { "'s", "\xE2\x80\x99s", "'re", "\xE2\x80\x99re", "'ve",
    "\xE2\x80\x99ve", "'d", "\xE2\x80\x99" "d", NULL };

/* Is token i part of the verb group before a learned cue: an auxiliary,
 * an adverb in -ly, a contraction, a negated auxiliary ("doesn't")? */
static int in_verb_group(const actx *c, size_t i)
{
    if (is_any(c, i, contractions))
        return 1;
    if (!is_word(c, i) || !(T(c, i)->flags & TF_LOWER))
        return 0;
    return is_any(c, i, verb_group) || ends_in(c, i, 4, "ly") || ends_in(c, i, 3, "n't") ||
           ends_in(c, i, 5, "n\xE2\x80\x99t");
}

/* Is byte b inside the content or the cue of claims out[first, nr)? */
static int in_made(const actx *c, size_t first, size_t nr, uint32_t b)
{
    for (size_t k = first; k < nr; k++) {
        const nm_q *q = &NM_VEC_AT(c->out, nm_q, k);
        if ((b >= q->start && b < q->end) || (q->cue_start >= 0 && b >= q->cue_start && b < q->cue_end))
            return 1;
    }
    return 0;
}

/* Does [s, e) share more than a third of its bytes with one of them? */
static int repeats_made(const actx *c, size_t first, size_t nr, uint32_t s, uint32_t e)
{
    for (size_t k = first; k < nr; k++) {
        const nm_q *q = &NM_VEC_AT(c->out, nm_q, k);
        uint32_t lo = q->start > s ? q->start : s, hi = q->end < e ? q->end : e;
        if (hi > lo && 3 * (hi - lo) > e - s)
            return 1;
    }
    return 0;
}

/* Where a learned claim starting at a ends, at most at b: before a
 * semicolon, colon, dash or parenthesis, and before ", which ...", ",
 * who ..." and ", <verb>ing ..." (the writer's additions).  Measured on
 * train: these cuts make more of the claims match than they lose. */
static size_t learned_stop(const actx *c, size_t a, size_t b)
{
    for (size_t j = a + 1; j + 1 < b; j++) {
        if (in_quote(c, j))
            continue;
        if (is_p(c, j, ';') || is_p(c, j, ':') || is_p(c, j, '(') || T(c, j)->kind == TK_DASH)
            return j;
        if (is_p(c, j, ',') && is_word(c, j + 1) && (T(c, j + 1)->flags & TF_LOWER) &&
            (nm_tok_is(c->d, j + 1, "which") || nm_tok_is(c->d, j + 1, "who") || ends_in(c, j + 1, 4, "ing")))
            return j;
    }
    return b;
}

/* Words that head a subject though they are function words: "both
 * vowed", "many argue". */
static const char *const quantifiers[] = { "both", "many", "some", "most", "all", "few", "several",
    "others", "each", NULL };

/* The subject of a learned cue whose verb group starts at e when no
 * finder reads one: the common noun phrase right before it ("polls there
 * show", "some voters argue"), at most six words of one phrase; the
 * speaker, unresolved, rather than none (train: of the learned claims
 * matching gold with a source, about 200 had no speaker). */
static spk common_subject(const actx *c, size_t e, size_t t0)
{
    spk s = { SPK_NONE, 0, 0, -1 };
    if (e <= t0 || !is_word(c, e - 1) || in_quote(c, e - 1) || stance_of(c, e - 1))
        return s;
    /* a head that is a noun: a quantifier, a name or a plural ("critics"),
     * not a verb or adverb before the cue ("began thinking") */
    size_t h = e - 1;
    if (!(is_any(c, h, quantifiers) || cap_word(c, h) ||
          (!is_func(c, h) && nm_tok_len(c->d, h) > 3 && nm_tok_str(c->d, h)[nm_tok_len(c->d, h) - 1] == 's' &&
           nm_tok_str(c->d, h)[nm_tok_len(c->d, h) - 2] != 's' && !is_any(c, h, nm_possessive))))
        return s;
    size_t j = e - 1;
    while (j > t0 && j + 6 > e && !in_quote(c, j - 1) &&
           ((is_word(c, j - 1) && !stance_of(c, j - 1) &&
             (!is_func(c, j - 1) || is_any(c, j - 1, nm_determiners))) ||
            is_any(c, j - 1, nm_possessive)))
        j--;
    s.kind = SPK_ROLE;
    s.t0 = j;
    s.t1 = e;
    return s;
}

/* The bucket of a claim of n words (n >= 2): 2, 3, 4-5, 6-8, 9-12,
 * 13-20, 21-40, more. */
static uint32_t len_bucket(size_t n)
{
    return n <= 3 ? (uint32_t)n - 2 : n <= 5 ? 2 : n <= 8 ? 3 : n <= 12 ? 4 : n <= 20 ? 5 : n <= 40 ? 6 : 7;
}

/* Verbs whose object is the subject of a to-infinitive after it ("led
 * X to declare", "leaving many to wonder", "allowing users to tell"),
 * and "for" ("common for news accounts to portray"). */
static const char *const object_control[] = { "led", "lead", "leads", "leading", "leave", "leaves",
    "leaving", "left", "allow", "allows", "allowed", "allowing", "require", "requires", "required",
    "requiring", "cause", "causes", "caused", "causing", "prompt", "prompts", "prompted",
    "prompting", "force", "forces", "forced", "forcing", "urge", "urges", "urged", "urging",
    "encourage", "encouraged", "encouraging", "push", "pushed", "pushing", "for", NULL };

static const char *const object_pronouns[] = { "him", "her", "them", "us", "me", NULL };

static spk subject_before(const actx *c, size_t t0, size_t cs, size_t v, int depth);

/* Verbs and adjectives a to-infinitive hangs on whose subject is the
 * infinitive's, besides any in -ed or -ing ("continues to", "was quick
 * to"). */
static const char *const subject_control[] = { "continues", "continue", "tries", "try", "seems",
    "seem", "wants", "want", "needs", "need", "plans", "plan", "hopes", "hope", "began", "begin",
    "begins", "quick", "eager", "correct", "ready", "able", "unable", "willing", "reluctant",
    "careful", "happy", "right", "wrong", "going", "sought", "seeks", NULL };

/* The subject of a learned cue after "to" at k (past the cue's verb
 * group): the object of an object-control verb before it ("led party
 * chairman X to declare": the clause's subject was wrong), else the
 * subject of the verb or adjective the infinitive hangs on ("X continued
 * to portray", "X went on to say", "X was quick to note"); none when
 * neither is read. */
static spk infinitive_subject(const actx *c, size_t t0, size_t cs, size_t k, int depth)
{
    spk s = spk_none();
    if (k < t0 + 2 || depth > 1)
        return s;
    if (is_any(c, k - 1, object_pronouns) && is_any(c, k - 2, object_control))
        return spk_pronoun(k - 1);
    /* the object: a noun phrase of at most eight words after the verb */
    for (size_t j = k - 1; j > t0 && j + 9 > k; j--) {
        if (is_any(c, j, object_control)) {
            if (j + 1 == k)
                break;
            s = nm_np_before(c, k, t0);
            if (s.kind == SPK_NONE || s.kind == SPK_REL || s.t0 <= j)
                s = spk_span(SPK_ROLE, j + 1, k);
            return s;
        }
        if (!(is_word(c, j) || T(c, j)->kind == TK_NUM || is_any(c, j, nm_possessive)) || in_quote(c, j) ||
            stance_of(c, j) || (is_func(c, j) && !is_any(c, j, nm_determiners) && !nm_tok_is(c->d, j, "of")))
            break;
    }
    size_t w = k - 1;
    if (w > t0 + 1 && nm_tok_is(c->d, w, "on"))
        w--;                              /* "went on to" */
    if (is_word(c, w) && (T(c, w)->flags & TF_LOWER) &&
        (ends_in(c, w, 3, "ed") || ends_in(c, w, 4, "ing") || nm_tok_is(c->d, w, "went") ||
         is_any(c, w, subject_control)))
        s = subject_before(c, t0, cs, w, depth + 1);
    return s;
}

/* The subject of the verb before a coordination at k ("X railed against
 * Y, and explained ...", "who answered the door and said ..."): the
 * nearest subject right before a verb, at most 40 tokens back in the
 * sentence; a mention, pronoun, "who", name or, before an auxiliary or
 * a verb in -ed (not a plural: "greenhouse gas emissions"), a noun phrase
 * of at most three words opening its clause (longer ones were mostly not
 * noun phrases). */
static spk coord_subject(const actx *c, size_t t0, size_t k)
{
    for (size_t j = k; j-- > t0 + 1 && j + 40 > k;) {
        if (in_quote(c, j) || is_p(c, j, ';') || is_p(c, j, ':'))
            break;
        if (!is_word(c, j) || !(T(c, j)->flags & TF_LOWER) ||
            !(ends_in(c, j, 3, "ed") || ends_in(c, j, 2, "s") || is_any(c, j, nm_aux_words) || stance_of(c, j)))
            continue;
        spk s = nm_np_before(c, j, t0);
        if (s.kind == SPK_ROLE)
            for (size_t i = s.t0; i < s.t1; i++)
                if (ends_in(c, i, 3, "ed") || ends_in(c, i, 4, "ing"))
                    s.kind = SPK_NONE;     /* a verb: no noun phrase */
        if (s.kind == SPK_MENTION || s.kind == SPK_PRONOUN || s.kind == SPK_REL || s.kind == SPK_NAME ||
            (s.kind == SPK_ROLE && s.t1 <= s.t0 + 3 && (ends_in(c, j, 3, "ed") || is_any(c, j, nm_aux_words)) &&
             nm_subject_start(c, &s, t0) != (size_t)-1))
            return s;
    }
    return spk_none();
}

/* "as X, contradicting Y, said", "although X, a former aide, pleaded":
 * before an aside closed by the comma at k, the person, organisation or
 * pronoun before the comma that opens it, at most 30 tokens back. */
static const char *const aside_openers[] = { "including", "like", "among", "of", NULL };

static spk aside_subject(const actx *c, size_t t0, size_t k)
{
    for (size_t j = k; j-- > t0 + 1 && j + 30 > k;) {
        if (in_quote(c, j) || is_terminal(c, j) || is_p(c, j, ';') || is_p(c, j, ':'))
            break;
        if (!is_p(c, j, ','))
            continue;
        spk s = nm_np_before(c, j, t0);
        if (s.kind == SPK_PRONOUN || s.kind == SPK_NAME ||
            spk_mention_of(c->d, &s, SPK_T(NM_PERSON) | SPK_T(NM_ORG)))
            return s;
        /* "Several fact checkers, including X, have", "about two-thirds,
         * 67 percent, say": a noun phrase before examples or a figure */
        if (s.kind == SPK_ROLE && j + 1 < k && (is_any(c, j + 1, aside_openers) || T(c, j + 1)->kind == TK_NUM))
            return s;
        break;
    }
    return spk_none();
}

/* A noun or particle cue after a verb ("he made [clear]", "he expressed
 * [concerns]", "he started raising [questions]"): a person, organisation
 * or pronoun right before one of the three words before e. */
static spk object_cue_subject(const actx *c, size_t t0, size_t e)
{
    for (size_t j = e; j-- > t0 + 1 && j + 3 >= e;) {
        if (!lower_content(c, j) || in_quote(c, j))
            break;
        spk s = nm_np_before(c, j, t0);
        if (s.kind == SPK_PRONOUN || s.kind == SPK_REL ||
            spk_mention_of(c->d, &s, SPK_T(NM_PERSON) | SPK_T(NM_ORG)))
            return s;
    }
    return spk_none();
}

/* The subject of a learned cue at v that is no participle after a comma,
 * in this order: next to it ("X has long opposed"), a relative pronoun
 * ("..., which ruled that"), the subject of an infinitive, before an
 * apposition or an aside, of the verb before "by", of the verb a noun cue
 * follows, a long noun phrase, the clause's subject, a common noun phrase,
 * the subject of a verb coordinated with the cue. */
static spk subject_before(const actx *c, size_t t0, size_t cs, size_t v, int depth)
{
    /* past the verb group: "X is eager", "X did not dispute", "X has
     * traditionally argued" */
    size_t e = v;
    while (e > t0 + 1 && v - e < 5 && in_verb_group(c, e - 1))
        e--;
    spk s = nm_np_before(c, v, t0);
    /* "X could offer a potent [message]", "X has made other public
     * [statements]": a noun cue's own determiner phrase after a verb is
     * the verb's object; the verb's subject speaks */
    if (s.kind == SPK_ROLE && s.t1 == v && s.t0 > t0 + 1 && depth == 0 &&
        (is_any(c, s.t0, nm_determiners) || nm_tok_is(c->d, s.t0, "other")) && lower_content(c, s.t0 - 1) &&
        !stance_of(c, s.t0 - 1)) {
        s = subject_before(c, t0, cs, s.t0 - 1, depth + 1);
        return s;
    }
    if (s.kind == SPK_NONE && e < v)
        s = nm_np_before(c, e, t0);
    /* "the report, which concluded that", "polls that showed": the
     * relative pronoun, as "who" is (train: the source was as often the
     * pronoun as its antecedent; the clause's subject was wrong) */
    if (s.kind == SPK_NONE && e > t0 + 1 && (nm_tok_is(c->d, e - 1, "which") || nm_tok_is(c->d, e - 1, "that")) &&
        (T(c, e - 1)->flags & TF_LOWER)) {
        /* "polls that showed": the antecedent and "that" (without a
         * comma the source was as often the noun phrase as the pronoun) */
        spk r = nm_tok_is(c->d, e - 1, "that") ? nm_np_before(c, e - 1, t0) : spk_none();
        if (r.kind == SPK_MENTION || r.kind == SPK_ROLE || r.kind == SPK_NAME) {
            r.t1 = e;
            return r;
        }
        return spk_span(SPK_REL, e - 1, e);
    }
    if (s.kind == SPK_NONE && e > t0 + 2 && nm_tok_is(c->d, e - 1, "to")) {
        s = infinitive_subject(c, t0, cs, e - 1, depth);
    }
    if (s.kind == SPK_NONE && v > t0 + 1 && is_p(c, v - 1, ','))
        s = nm_appositive_subject(c, v - 1, t0);
    if (s.kind == SPK_NONE && e > t0 + 2 && is_p(c, e - 1, ','))
        s = aside_subject(c, t0, e - 1);
    /* "X tripped up Y by calling him out": the subject of the verb the
     * phrase hangs on */
    if (s.kind == SPK_NONE && e > t0 + 2 && nm_tok_is(c->d, e - 1, "by") && ends_in(c, v, 4, "ing"))
        s = coord_subject(c, t0, e - 1);
    if (s.kind == SPK_NONE)
        s = object_cue_subject(c, t0, e);
    if (s.kind == SPK_NONE)
        s = nm_long_subject(c, cs, v);
    if (s.kind == SPK_NONE)
        s = nm_clause_subject(c, cs, v);
    if (s.kind == SPK_NONE)
        s = common_subject(c, e, t0);
    if (s.kind == SPK_NONE && e > t0 + 2 && is_any(c, e - 1, nm_coord_words))
        s = coord_subject(c, t0, e - 1);
    return s;
}

/* Makes the learned claim [a, b) of cue v, in sentence [t0, t1) whose
 * rules' claims are out[first, nr). */
static nm_status make_claim(actx *c, size_t t0, size_t t1, size_t first, size_t nr, size_t v, size_t a,
                            size_t b)
{
    const nm_token *t = T(c, v);
    /* its speaker: after a comma a participle (", arguing ...") goes
     * on with the sentence's speaker -- that of a claim made before it
     * in the sentence, else the subject of the main clause; any other
     * cue has the subject before it (subject_before) */
    spk s = { SPK_NONE, 0, 0, -1 };
    int32_t from = -1;
    size_t cs = nm_content_start(c, t0, t1);
    if (v > t0 && is_p(c, v - 1, ',') && ends_in(c, v, 4, "ing")) {
        for (size_t k = nr; k-- > first && from < 0;) {
            const nm_q *p = &NM_VEC_AT(c->out, nm_q, k);
            if (p->spk_start >= 0 && p->cue_start >= 0 && (uint32_t)p->cue_start < t->start)
                from = (int32_t)k;
        }
        if (from < 0)
            s = nm_clause_subject(c, cs, v);
        /* ("Then she shattered party norms, saying ...": the subject
         * of the verb before the comma) */
        if (from < 0 && s.kind == SPK_NONE)
            s = coord_subject(c, t0, v - 1);
    } else {
        s = subject_before(c, t0, cs, v, 0);
    }
    nm_q *q;
    nm_status st = nm_reported_claim(c, a, b, &s, v, v + 1, NULL, &q);
    if (!st && q && from >= 0) {
        const nm_q *p = &NM_VEC_AT(c->out, nm_q, from);   /* q is pushed: read p after */
        q->entity = p->entity;
        q->speaker = p->speaker;
        q->spk_start = p->spk_start;
        q->spk_end = p->spk_end;
    }
    return st;
}

/* A candidate the model accepts, before any is made. */
typedef struct accepted {
    size_t v, a, b;
    int32_t score;
} accepted;

nm_status nm_learned_claims(actx *c, size_t t0, size_t t1, size_t first)
{
    const nm_claims *m = c->d->eng->claims;
    nm_claim_trace *tr = c->d->trace;
    if (!m && !tr)
        return NM_OK;
    size_t nr = c->out.n;             /* the rules' claims are out[first, nr) */
    if (nr - first > MAX_MADE)
        return NM_OK;
    size_t ce = nm_content_end(c, t0, t1);
    nm_claims_cache cc;
    memset(&cc, 0, sizeof cc);
    cc.model = m;
    accepted acc[MAX_LEARNED];
    int nacc = 0;
    for (size_t v = t0; v + 2 < ce; v++) {
        const nm_token *t = T(c, v);
        if (t->kind != TK_WORD || !(t->flags & TF_LOWER) || t->end - t->start < 3 || is_func(c, v) ||
            in_quote(c, v) || in_made(c, first, nr, t->start))
            continue;
        nm_claim_frame fx;
        if (!nm_claims_frame(c->d, &c->mend, &cc, t0, t1, v, &fx))
            continue;
        size_t a = v + 1;
        /* the model does not overrule the rules' syntax of a cue they know:
         * after one, a preposition starts no claim ("is said to be", "hopes
         * for rain"), but for a to-infinitive after a verb taking one */
        if (stance_of(c, v) && is_any(c, a, no_claim_preps) &&
            !((stance_of(c, v) & CUE_INF) && nm_tok_is(c->d, a, "to")))
            continue;
        int that = nm_tok_is(c->d, a, "that");
        a += (size_t)that;
        if (a + 1 >= ce)
            continue;
        /* the claim's end is looked for only when its features can lift
         * the word's score above the threshold */
        nm_claim_span sp = { 0, 0, nm_claims_class(c->d, &c->mend, &cc, a, t0, t1),
                             nm_claims_class(c->d, &c->mend, &cc, a + 1, t0, t1), (uint32_t)that, 0 };
        int32_t score = 0;
        if (!tr) {
            score = nm_claims_frame_score(m, &fx);
            if (score + nm_claims_span_bound(m, &fx, &sp, m->lin.threshold - score) <= m->lin.threshold)
                continue;
        }
        size_t cmax = ce - a > CLAIM_TOKENS ? a + CLAIM_TOKENS : ce;
        size_t b = nm_content_end(c, a, learned_stop(c, a, nm_claim_stop(c, a, cmax)));
        int direct;
        size_t nw;
        if (b < a + 2 || (nw = nm_words_in(c, a, b)) < 2 ||
            repeats_made(c, first, nr, T(c, a)->start, T(c, b - 1)->end) || !nm_swallow_direct(c, a, b, &direct, 0))
            continue;
        sp.len = len_bucket(nw);
        sp.stop = b >= ce ? 0 : nm_claims_class(c->d, &c->mend, &cc, b, t0, t1);
        sp.direct = direct != 0;
        if (tr) {
            nm_claim_cand *k = nm_vec_push(&tr->cands, sizeof *k);
            if (!k)
                return NM_ENOMEM;
            int nf = nm_claims_frame_features(&fx, k->feat);
            nf += nm_claims_span_features(&fx, &sp, k->feat + nf);
            k->nfeat = (uint8_t)nf;
            k->cue_start = t->start;
            k->cue_end = t->end;
            k->start = T(c, a)->start;
            k->end = T(c, b - 1)->end;
            continue;
        }
        if ((score += nm_claims_span_score(m, &fx, &sp)) <= m->lin.threshold)
            continue;
        if (nacc < MAX_LEARNED)
            acc[nacc++] = (accepted){ v, a, b, score };
    }
    /* a claim whose cue stands in another's content is one reading of the
     * two ("pleaded guilty to ...": "pleaded" or "guilty"; "seemed
     * confident that ...": "seemed" or "confident"): the better scoring
     * is kept, whichever of the two it is (train: such pairs were mostly
     * one right, one wrong; the inner one was kept whatever its score) */
    for (int i = 0; i < nacc; i++)
        for (int j = 0; j < nacc; j++)
            if (i != j && acc[i].b > acc[i].a && acc[j].b > acc[j].a && acc[j].v >= acc[i].a &&
                acc[j].v < acc[i].b) {
                int drop = acc[i].score < acc[j].score || (acc[i].score == acc[j].score && i > j) ? i : j;
                acc[drop].b = acc[drop].a;        /* dropped */
            }
    for (int i = 0; i < nacc; i++) {
        nm_status st;
        if (acc[i].b > acc[i].a && (st = make_claim(c, t0, t1, first, nr, acc[i].v, acc[i].a, acc[i].b)))
            return st;
    }
    return NM_OK;
}
