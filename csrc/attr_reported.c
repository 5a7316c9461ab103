/*
 * attr_reported.c -- reported speech without quotation marks, one
 * sentence at a time:
 *   A  CONTENT, X said.  /  CONTENT, said X, <title>.
 *   B  X said (that) CONTENT.  /  X told Y (that) CONTENT.
 *   C  According to X, CONTENT.  /  CONTENT, according to X.
 *   D  ..., noting that CONTENT.  (the same speaker as the main cue)
 * and the stance, poll, question and noun ("the idea that") claims.
 * Content that holds a short direct quote swallows it (one claim).
 */
#include "attr.h"
#include <string.h>

/* Words that put a clause before the main one: "When X said ..., Y". */
static const char *const subordinators[] = { "when", "after", "before", "since", "as",
    "because", "if", "although", "though", "while", "once", "until", "unless", "whenever", NULL };

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
 * speaker's: "X said the plan failed, while Y ...", ", compared with";
 * ", according to Y" opens an attribution of its own (PolNeAR gives no
 * token two claims). */
/* (A semicolon or a dash does not end one: on train the claims that run
 * past them match gold as often as not.) */
static const char *const claim_enders[] = { "while", "but", "though", "although", "whereas",
    "compared", "however", "despite", "even", "just", "putting", "calling", "pointing",
    "referring", "highlighting", "throwing", "prompting", "drawing", "according", NULL };

/* Words that after "said" start no clause ("said to be", "said of"). */
static const char *const no_clause[] = { "to", "of", "about", "nothing", "something",
    "anything", "goodbye", "so", "yes", "no", "thanks", "little", "much", "more", "in",
    "with", "by", "for", "from", "as", "at", "on", "during", "what", "this", "hello", "sorry",
    "and", "or", "but", "when", "after", "afterward", "afterwards", "while", "following",
    "outside", "through", "according", "night", "morning", "afternoon", "evening", "'s",
    "\xE2\x80\x99s", "posted", NULL };

/* Where a claim starting at k ends, at most at ce: before ", while ...",
 * before another cue after a comma or "and" (", noting", "and said"), or
 * before ", and most farmers said ..." (a new attribution). */
size_t nm_claim_stop(const actx *c, size_t k, size_t ce)
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
        /* (not after the claim's first word: "said Obi, despite his
         * wealth, is ...": an aside on its subject) */
        /* (", but that ..." goes on: "that" stands for the cue again,
         * "X said A, but that B" is one claim; train: 6 claims more
         * match, 1 fewer, 8 fewer false) */
        if (comma && is_any(c, j + 1, claim_enders) && j > k + 1 &&
            !(nm_tok_is(c->d, j + 1, "but") && j + 2 < ce && nm_tok_is(c->d, j + 2, "that")))
            return j + qcomma;
        /* ", and she accused ...": the writer goes on with the speaker */
        if (comma && j + 2 < ce && nm_tok_is(c->d, j + 1, "and") &&
            is_any(c, j + 2, nm_subj_pronouns) && !nm_tok_is(c->d, j + 2, "it"))
            return j + qcomma;
        /* (the coordinating words are function words, WC_FUNC in
         * wordclass.c: most tokens are passed without the list; the
         * sanitizer build checks) */
#ifdef NM_CHECK_BOUNDS
        if (!is_func(c, j) && is_any(c, j, nm_coord_words))
            abort();
#endif
        if (!(comma || (is_func(c, j) && is_any(c, j, nm_coord_words))))
            continue;
        size_t n1 = j + 1;
        if (is_any(c, n1, nm_coord_words) && n1 + 1 < ce)
            n1++;
        unsigned g = stance_of(c, n1);
        if (g && (comma || !(g & CUE_ING)))
            return j + qcomma;
        /* ", and most farmers said ...": a new attribution begins */
        size_t w = n1 + 1;
        while (w < ce && w < n1 + 8 && !cue_of(c, w) && (is_word(c, w) || T(c, w)->kind == TK_NUM))
            w++;
        if (w < ce && (cue_of(c, w) & (CUE_FREE | CUE_THAT | CUE_TELL)) && !(cue_of(c, w) & CUE_ING)) {
            spk s2 = nm_np_before(c, w, n1);
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
int32_t nm_turn_in_sentence(const actx *c, size_t t0, size_t v)
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

static const char *const to_about[] = { "to", "about", NULL };

/* Builds reported quote [a, b) with speaker s and cue [v0, v1). */
nm_status nm_reported_claim(actx *c, size_t a, size_t b, const spk *s, size_t v0, size_t v1,
                            const spk *addr, nm_q **out)
{
    *out = NULL;
    int direct;
    if (v1 > v0 && v1 < a && a + 2 < b && is_p(c, a - 1, ',') && is_word(c, a) &&
        (T(c, a)->flags & TF_LOWER) && ends_in(c, a, 5, "ing")) {
        /* "X said, referring to Y": the participle is the cue of what
         * follows it (PolNeAR's cue), not part of the claim */
        v0 = a;
        v1 = a + 1;
        a++;
        if (is_any(c, a, to_about))
            a++;
    }
    if (b <= a || nm_words_in(c, a, b) < 2)
        return NM_OK;
    if (in_quote(c, b - 1)) {
        /* X said the plan was "sound. The money is there.": the claim ends
         * with the quote it opened, not at a sentence end inside it (cut
         * there, the rest of the quote was lost with it) */
        const dq *x = &c->xs[quote_at(c, b - 1)];
        if (x->o >= a && x->cl >= b)
            b = nm_content_end(c, a, x->cl + 1);
    }
    if (in_quote(c, a)) {
        /* '"A. B. We had no choice" but to act, X said': the claim starts
         * with the quote whose end it holds (and the words before its
         * mark in its sentence: 'Obi "was stiff. He was dull" to them'),
         * not at a sentence end inside the quote (train: 3 claims more
         * match, 3 fewer false) */
        const dq *x = &c->xs[quote_at(c, a)];
        if (x->o < a && x->cl < b) {
            size_t s0 = sent_start(c, x->o);
            a = s0 < x->o && !in_quote(c, s0) ? s0 : x->o;
        }
    }
    if (!nm_swallow_direct(c, a, b, &direct, 0))
        return NM_OK;
    if (direct) {
        b = nm_quote_clause_end(c, a, b);   /* "...", a swipe at ...: the writer's */
        if (b <= a || nm_words_in(c, a, b) < 2)
            return NM_OK;
    }
    nm_swallow_direct(c, a, b, &direct, 1);
    nm_q *q = nm_new_quote(c, a, b, direct);
    if (!q)
        return NM_ENOMEM;
    if (addr && addr->kind == SPK_MENTION) {
        q->addressee = DOC_MENT(c->d, addr->ment)->entity;
        q->addressee_mention = addr->ment;
    }
    /* q may move when nm_attribute_quote() adds mentions? no: mentions live apart */
    nm_status st = nm_attribute_quote(c, q, s, v0, v1);
    *out = q;
    return st;
}

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
        if (in_quote(c, w) || !(is_word(c, w) || T(c, w)->kind == TK_NUM || is_any(c, w, nm_possessive)) ||
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
                    (v >= 2 && v - 2 == cs && is_any(c, v - 2, nm_coord_words)))) {
        /* "Asked if ..., X said": the question ends at its comma */
        b = w + 1;
        while (b < ce && !is_p(c, b, ',') && !is_p(c, b, ';') && T(c, b)->kind != TK_DASH)
            b++;
    } else {
        b = nm_claim_stop(c, w, ce);
    }
    b = nm_content_end(c, w, b);
    spk s = { SPK_NONE, 0, 0, -1 };
    if (!passive) {
        s = nm_np_before(c, v, t0);
        if (s.kind == SPK_NONE && v > t0 + 1 && is_p(c, v - 1, ',')) {
            /* "The moderator, Ada Obi, asked ..." / "Ada Obi, a nurse, asked" */
            s = nm_np_before(c, v - 1, t0);
            if (s.kind != SPK_MENTION)
                s = nm_appositive_subject(c, v - 1, t0);
        }
        if (s.kind == SPK_NONE && v > t0 && is_any(c, v - 1, nm_coord_words))
            s = nm_clause_subject(c, cs, v);
        if (s.kind == SPK_NONE)
            return NM_OK;
    }
    nm_status st = nm_reported_claim(c, w, b, &s, v, v + 1, NULL, out);
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

/* A labelled turn ("OBI: We lost. We will win."): the label's claim runs
 * on over the next sentences of its paragraph, which have no speaker of
 * their own -- up to a sentence with a quote or a speech cue (another
 * attribution may begin there).  Returns the end token of the last
 * sentence taken, t1 when none.  A plural label is a list heading
 * ("Superdelegates: ... according to the AP. ..."), not a speaker.
 * (PolNeAR train: of the 26 labelled claims whose paragraph goes on, the
 * gold content is the paragraph; run on, 2 more right and 12 fewer false
 * claims.  Past a "said X" claim the same run-on is wrong: the next
 * sentence belongs to the gold claim for 75 of 2,445 such claims, and
 * extended 1,520 right claims would turn wrong for 57 gained.) */
static size_t label_turn_end(const actx *c, const spk *s, size_t t1)
{
    if (s->kind == SPK_NAME && (wcls(c, s->t0) & LX_COMMON) && ends_in(c, s->t1 - 1, 3, "s"))
        return t1;
    size_t e = t1;
    while (e < c->n && !(T(c, e)->flags & TF_PARA_START)) {
        size_t n1 = sent_end(c, e);
        for (size_t k = e; k < n1; k++)
            if (in_quote(c, k) || cue_of(c, k))
                return e;
        e = n1;
    }
    return e;
}

/* "In the long run, economists say, prices will fall": a claim cut by its
 * attribution goes on after the comma at e to the end of its clause; q
 * becomes two parts with the attribution between them.  Not when what
 * follows is a clause of the writer's (", while ..."), another cue (",
 * adding ...") or a quote with a cue of its own. */
/* The second part of a cut claim after the comma at e: [*k, *b), or 0. */
static int tail_range(const actx *c, size_t e, size_t ce, size_t *k0, size_t *b0)
{
    if (e + 2 >= ce || !is_p(c, e, ','))
        return 0;
    size_t k = e + 1;
    static const char *const no_tail[] = { "where", "whose", "which", "who", "whom", "that", "as",
        "before", "after", "near", "then", "during", "in", "on", "at", "when", "being", NULL };
    if (in_quote(c, k) || !(is_word(c, k) || T(c, k)->kind == TK_NUM) || stance_of(c, k) ||
        is_any(c, k, claim_enders) || is_any(c, k, nm_ask_words) || is_any(c, k, no_tail) ||
        (ment_start(c, k) >= 0 && (DOC_MENT(c->d, ment_start(c, k))->type == NM_PLACE ||
                               DOC_MENT(c->d, ment_start(c, k))->type == NM_DATE)))
        return 0;
    size_t b = nm_content_end(c, k, nm_claim_stop(c, k, ce));
    if (nm_words_in(c, k, b) < 2)
        return 0;
    /* a quoted phrase in it is part of the claim ("..., she said, to
     * "make sure" ..."), not one with a cue of its own or running past it */
    for (size_t j = k; j < b; j++) {
        if (!in_quote(c, j))
            continue;
        /* (a quote closing the sentence, "... with "a strong vote."", ends
         * with the claim: its last words are the claim's) */
        const dq *x = &c->xs[quote_at(c, j)];
        if (c->drop[quote_at(c, j)] == 2 || nm_content_end(c, x->o + 1, x->cl) > b)
            return 0;
    }
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
    for (size_t j = nm_tok_at_byte(c->d, q->start); j < e && T(c, j)->end <= q->end; j++)
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
    for (size_t j = k; j < b; j++)
        if (in_quote(c, j)) {
            c->drop[quote_at(c, j)] = 1;      /* swallowed by the tail */
            q->direct = 1;
        }
    q->end = p[1].end;
    *done = b;
    return NM_OK;
}

/* Words opening an aside between a subject and its verb: "X, however,
 * said", "X, when reached by phone, said", "X, for his part, said". */
static const char *const aside_words[] = { "however", "meanwhile", "too", "though", "instead",
    "also", "for", "when", "if", "after", "once", "asked", "speaking", "nonetheless",
    "nevertheless", "moreover", "then", "now", "in", "at", "on", "like", NULL };

/* The comma opening an aside that the comma at c0 closes (at most 10
 * tokens, no quote or clause punctuation), or NO_TOK. */
static size_t aside_comma(const actx *c, size_t c0, size_t t0)
{
    for (size_t j = c0; j-- > t0 + 1 && j + 10 > c0;) {
        if (in_quote(c, j) || is_terminal(c, j) || is_p(c, j, ';') || is_p(c, j, ':') || stance_of(c, j))
            return NO_TOK;
        if (is_p(c, j, ','))
            return j + 1 < c0 && is_any(c, j + 1, aside_words) ? j : NO_TOK;
    }
    return NO_TOK;
}

/* "in Buffalo, New York, that ...": the comma after the state when the
 * comma at k follows a place and a place comes next; else k. */
static size_t state_after_city(const actx *c, size_t k, size_t hi)
{
    int32_t a = k > 0 ? ment_end(c, k - 1) : -1, b = k + 1 < hi ? ment_start(c, k + 1) : -1;
    if (a < 0 || b < 0 || DOC_MENT(c->d, a)->type != NM_PLACE || DOC_MENT(c->d, b)->type != NM_PLACE)
        return k;
    size_t e = DOC_MENT(c->d, b)->t1;
    return e < hi && is_p(c, e, ',') ? e : k;
}

/* Prepositions opening the phrases after a closing attribution: "...,
 * he said in a speech to bankers on Tuesday." */
static const char *const trail_preps[] = { "in", "on", "at", "during", "after", "before", "with",
    "via", "from", "over", "through", "outside", "inside", NULL };

static const char *const to_owners[] = { "his", "her", "their", "its", "our", "my", NULL };

/* Past the prepositional phrases from e to the clause's end (a comma,
 * semicolon, dash or the sentence end, within 16 tokens), when they hold
 * no cue, subject pronoun, "that" or quote of more than four words (a
 * show's name): that end; else e. */
static size_t trailing_adjuncts(const actx *c, size_t e, size_t t1)
{
    /* ("to" only before a noun phrase: "said in a speech to the workers") */
    if (e + 1 >= t1 || !(is_any(c, e, trail_preps) ||
                         (nm_tok_is(c->d, e, "to") && (is_any(c, e + 1, nm_determiners) ||
                                                      is_any(c, e + 1, to_owners)))))
        return e;
    for (size_t j = e + 1; j < t1 && j < e + 16; j++) {
        if (is_terminal(c, j) || is_p(c, j, ',') || is_p(c, j, ';') || T(c, j)->kind == TK_DASH)
            return j;
        if (in_quote(c, j)) {
            const dq *x = &c->xs[quote_at(c, j)];
            if (x->o < e || nm_words_in(c, x->o, x->cl) > 4)
                return e;
            continue;
        }
        if (stance_of(c, j) || is_any(c, j, nm_subj_pronouns) || nm_tok_is(c->d, j, "that") ||
            is_any(c, j, nm_rel_words))
            return e;
    }
    return e;
}

/* Words opening a lead-in phrase or clause before the main clause ("In
 * Miami, ...", "When he ran, ..."): no subject of a claim. */
static const char *const lead_words[] = { "in", "on", "at", "after", "before", "during", "since",
    "by", "from", "under", "with", "without", "for", "like", "as", "when", "if", "while",
    "because", "although", "though", "unless", "once", "until", NULL };

/* Prepositions that open an adjunct between a cue and its "that". */
/* ("for weeks", "from the start": how long the speaker has held it) */
static const char *const adjunct_preps[] = { "in", "on", "at", "during", "with", "via",
    "through", "last", "this", "earlier", "for", "from", NULL };

/* Nouns that end such an adjunct right before its "that" (so "that" is no
 * relative pronoun): "in an interview that", "on Twitter that". */
static const char *const adjunct_nouns[] = { "interview", "interviews", "statement", "conference",
    "speech", "call", "appearance", "post", "tweet", "tweets", "letter", "email", "e-mail",
    "remarks", "rally", "hearing", "debate", "program", "show", "broadcast", "television",
    "radio", "release", "week", "month", "year", "night", "morning", "afternoon", "evening",
    "day", "weekend", "ago", "earlier", "later", "recently", "address", "briefing", "event",
    "message", "op-ed", "column", "book", "memo", "filing", "court", "testimony", "session",
    "meeting", "visit", "trip", "stop", "telephone", "phone", "days", "weeks", "months",
    "years", "start", "outset", "beginning", NULL };

/* "said in an interview with the paper last week that ...": past an
 * adjunct at k to the "that" opening the claim, within 14 tokens holding no
 * cue, quote or clause punctuation; k itself when there is none. */
static size_t that_after_adjunct(const actx *c, size_t k, size_t ce)
{
    for (size_t j = k + 1; j < ce && j < k + 14; j++) {
        if (nm_tok_is(c->d, j, "that")) {
            size_t p = j - 1;
            /* (a capitalised word no finder took: "on Twitter that",
             * "on MSNBC that") */
            int end_ok = is_p(c, p, ',') || T(c, p)->kind == TK_DASH || is_any(c, p, adjunct_nouns) ||
                         (ment_end(c, p) >= 0 && DOC_MENT(c->d, ment_end(c, p))->type != NM_TITLE) ||
                         (ment_end(c, p) < 0 && cap_word(c, p));
            return end_ok && j + 1 < ce ? j : k;
        }
        /* (a show's or paper's name in quotation marks is part of the
         * adjunct: 'said on ABC's "This Week" that') */
        if (in_quote(c, j)) {
            const dq *x = &c->xs[quote_at(c, j)];
            if (x->o <= k || nm_words_in(c, x->o, x->cl) > 4)
                break;
        }
        if (stance_of(c, j) || is_terminal(c, j) || is_p(c, j, ';') || is_p(c, j, ':') ||
            is_any(c, j, nm_subj_pronouns))
            break;
    }
    return k;
}

/* Relative pronouns that can be the subject of a reported clause. */
static const char *const rel_gap_words[] = { "which", "that", "what", NULL };

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
        if (v > t0 && is_any(c, v - 1, nm_aux_words) && v - 1 > t0)
            v0--;
        if (!(v0 > t0 && is_any(c, v0 - 1, be_words)) || !nm_tok_is(c->d, k, "to"))
            return NM_OK;
        v0--;
    } else if (!(nm_tok_is(c->d, k, "to") || nm_tok_is(c->d, k, "like") || nm_tok_is(c->d, k, "that") ||
                 (lower_content(c, k) && !stance_of(c, k)))) {
        return NM_OK;                   /* "appeared on television" */
    }
    spk s = nm_np_before(c, v0, t0);
    if (s.kind == SPK_NONE || s.t0 < *done)
        return NM_OK;
    size_t a = s.t0;
    if (s.kind == SPK_PRONOUN && nm_tok_is(c->d, s.t0, "it")) {
        a = k;                          /* "it seems that ...": what follows */
    } else if (s.kind == SPK_REL) {
        return NM_OK;
    } else {
        size_t sb = nm_subject_start(c, &s, t0);
        if (sb == (size_t)-1)
            return NM_OK;
        a = sb;
    }
    if (a < cs)
        a = cs;
    size_t b = nm_claim_stop(c, k, ce);
    /* "X seemed to waver, as ...", "X appears closer, with polls ...":
     * the view ends with its clause (train: a comma or dash after it
     * opens the writer's own) */
    for (size_t j = k + 1; j < b; j++)
        if (!in_quote(c, j) && (is_p(c, j, ',') || is_p(c, j, ';') || T(c, j)->kind == TK_DASH)) {
            b = j;
            break;
        }
    b = nm_content_end(c, k, b);
    spk none = { SPK_NONE, 0, 0, -1 };
    nm_status st = nm_reported_claim(c, a, b, &none, v0, v + 1, NULL, out);
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
    return nm_words_in(c, k, ce) >= 3;
}

static const char *const poll_words[] = { "poll", "polls", "survey", "surveys", "study",
    "studies", NULL };

/* "In a CNN poll released Monday, CONTENT": a poll's finding, with the
 * poll as its source and "In" as its cue.  The poll phrase runs from "In"
 * to its poll word (at most 12 tokens, no clause punctuation) and on to the
 * comma before the content. */
static nm_status poll_claim(actx *c, size_t v, size_t cs, size_t ce, size_t *done, nm_q **out)
{
    *out = NULL;
    /* Only "In a poll ..., CONTENT" opening the sentence makes a claim, and
     * most "in" stand elsewhere: tested before the poll words.  "CONTENT in
     * the latest poll" was measured too: 0.27 precision on train (a poll's
     * lead is mostly the writer's own statement there). */
    if (!(v == cs || (v == cs + 1 && is_any(c, cs, nm_coord_words))))
        return NM_OK;
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
    if (e >= ce || !is_p(c, e, ','))
        return NM_OK;
    size_t a = e + 1, b = nm_content_end(c, a, nm_claim_stop(c, a, ce));
    if (nm_words_in(c, a, b) < 4)
        return NM_OK;
    /* "In the survey, 41 percent said ...": the speech cue's claim */
    for (size_t j = a; j < b; j++)
        if (stance_of(c, j) || nm_tok_is(c->d, j, "according"))
            return NM_OK;
    nm_status st = nm_reported_claim(c, a, b, &s, v, v + 1, NULL, out);
    if (!st && *out)
        *done = b;
    return st;
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
        if ((is_p(c, j, ':') || is_p(c, j, ';')) && nm_words_in(c, j + 1, v) >= 3) {
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
        if (!(e < b && is_any(c, e, nm_possessive)))
            return e <= b ? e : b;
        k = e + 1;
    } else if (is_any(c, k, nm_obj_pronouns) || nm_tok_is(c->d, k, "it")) {
        return k + 1;
    } else if (!(is_any(c, k, nm_determiners) || is_any(c, k, nm_possessive) || T(c, k)->kind == TK_NUM ||
                 (is_word(c, k) && !is_func(c, k)))) {
        return NO_TOK;
    }
    size_t e = k + 1;
    while (e < b && e < k + 8 && (is_word(c, e) || T(c, e)->kind == TK_NUM || is_any(c, e, nm_possessive) ||
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

static const char *const poss_words[] = { "his", "her", "their", NULL };
static const char *const noun_preps[] = { "at", "from", "to", "with", "about", "on", NULL };

/* "his claim that ...", "the mayor's warning that ...": a claim after a
 * noun of saying or believing, its source the possessor before the noun
 * when there is one. */
static nm_status noun_claim(actx *c, size_t v, size_t t0, size_t ce, size_t *done, nm_q **out)
{
    *out = NULL;
    size_t a = v + 1, b = nm_content_end(c, a, nm_claim_stop(c, a, ce));
    if (nm_words_in(c, a + 1, b) < 3)
        return NM_OK;
    spk s = { SPK_NONE, 0, 0, -1 };
    size_t p = v, cue0 = v;
    while (p > t0 && p > v - 3 && is_word(c, p - 1) && (T(c, p - 1)->flags & TF_LOWER) &&
           !is_func(c, p - 1) && !stance_of(c, p - 1))
        p--;                            /* "his repeated claim" */
    if (p > t0 && is_any(c, p - 1, poss_words)) {
        s.kind = SPK_PRONOUN;
        s.t0 = p - 1;
        s.t1 = p;
        /* "his" resolves as "he" */
    } else if (p > t0 + 1 && is_any(c, p - 1, nm_possessive)) {
        s = nm_np_before(c, p - 1, t0);
        if (s.kind == SPK_PRONOUN || s.kind == SPK_REL)
            s.kind = SPK_NONE;
    } else {
        /* "X rejected the idea that ...": the subject of the clause */
        s = nm_clause_subject(c, nm_content_start(c, t0, v), p);
        if (s.kind == SPK_ROLE || s.kind == SPK_NAME)
            s.kind = SPK_NONE;
        /* ... and the cue runs from the verb taking the noun ("dismissed
         * the idea", "bristled at the suggestion"): PolNeAR's cue is the
         * verb */
        size_t w = p;
        int np = 0;             /* a determiner or preposition opens the noun's phrase */
        if (w > t0 && is_any(c, w - 1, nm_determiners) && !nm_tok_is(c->d, w - 1, "that"))
            w--, np = 1;
        if (w > t0 && is_any(c, w - 1, noun_preps))
            w--, np = 1;
        if (np && w > t0 && lower_content(c, w - 1) &&
            !is_any(c, w - 1, nm_aux_words) && !is_any(c, w - 1, nm_determiners) &&
            (s.kind == SPK_NONE || s.t1 < w))
            cue0 = w - 1;
        else if (!np && p < v && (s.kind == SPK_NONE || s.t1 <= p))
            cue0 = p;           /* "repeated accusations", "cite concerns" */
    }
    nm_status st = nm_reported_claim(c, a, b, &s, cue0, v + 1, NULL, out);
    if (!st && *out)
        *done = b;
    return st;
}

static const char *const opener_words[] = { "you", "nobody", "no", "nothing", "everyone", NULL };

/* Can token i open a clause after "that" (a subject), rather than go on
 * with a relative clause's verb ("a crowd that filled the hall")? */
static int clause_opener(const actx *c, size_t i)
{
    return is_any(c, i, nm_subj_pronouns) || is_any(c, i, nm_determiners) || ment_start(c, i) >= 0 ||
           (T(c, i)->flags & TF_CAP) || T(c, i)->kind == TK_NUM || nm_tok_is(c->d, i, "there") ||
           is_any(c, i, opener_words);
}

/* The gate's index of a byte: 1 + its letter, ASCII case-folded as
 * nm_tok_is() folds, or 0 for any other byte (a table: the loop reads it
 * twice a token). */
static const uint8_t gate_idx[256] = {
    ['a'] = 1, ['b'] = 2, ['c'] = 3, ['d'] = 4, ['e'] = 5, ['f'] = 6, ['g'] = 7,
    ['h'] = 8, ['i'] = 9, ['j'] = 10, ['k'] = 11, ['l'] = 12, ['m'] = 13, ['n'] = 14,
    ['o'] = 15, ['p'] = 16, ['q'] = 17, ['r'] = 18, ['s'] = 19, ['t'] = 20, ['u'] = 21,
    ['v'] = 22, ['w'] = 23, ['x'] = 24, ['y'] = 25, ['z'] = 26,
    ['A'] = 1, ['B'] = 2, ['C'] = 3, ['D'] = 4, ['E'] = 5, ['F'] = 6, ['G'] = 7,
    ['H'] = 8, ['I'] = 9, ['J'] = 10, ['K'] = 11, ['L'] = 12, ['M'] = 13, ['N'] = 14,
    ['O'] = 15, ['P'] = 16, ['Q'] = 17, ['R'] = 18, ['S'] = 19, ['T'] = 20, ['U'] = 21,
    ['V'] = 22, ['W'] = 23, ['X'] = 24, ['Y'] = 25, ['Z'] = 26,
};

static void gate_add(actx *c, const char *w)
{
    size_t n = strlen(w);
    c->rep_gate[n < 15 ? n : 15][gate_idx[(unsigned char)w[0]]] |= (uint32_t)1 << gate_idx[(unsigned char)w[n - 1]];
}

static void gate_list(actx *c, const char *const *list)
{
    for (; *list; list++)
        gate_add(c, *list);
}

/* Every word nm_sentence_reported() tests token v itself for when it is no
 * cue word: keep in step with its loop, or the loop skips the new word. */
static void make_gate(actx *c)
{
    gate_list(c, nm_call_words);
    for (const struct phrase_cue *pc = phrase_cues; pc->verb; pc++)
        gate_add(c, pc->verb);
    gate_add(c, "according");
    gate_add(c, "in");
    gate_list(c, claim_nouns);
    gate_list(c, raise_words);
    gate_add(c, "expected");
    c->rep_gate_made = 1;
}

/* Could token i be one of those words?  Equal words have equal length and
 * folded first and last bytes, so "no" is exact; most tokens get it from
 * one table lookup instead of a dozen word comparisons. */
static inline int may_look(const actx *c, size_t i)
{
    const nm_token *t = T(c, i);
    size_t n = t->end - t->start;
    const unsigned char *s = (const unsigned char *)c->d->text + t->start;
    return (c->rep_gate[n < 15 ? n : 15][gate_idx[s[0]]] >> gate_idx[s[n - 1]]) & 1;
}

/* The content bounds of sentence [t0, t1) in *cs and *ce, unless found
 * before: the sentence loop needs them at a few tokens only. */
static inline void content_bounds(const actx *c, size_t t0, size_t t1, size_t *cs, size_t *ce)
{
    if (*cs == NO_TOK) {
        *cs = nm_content_start(c, t0, t1);
        *ce = nm_content_end(c, t0, t1);
    }
}

/* Is some token in [a, b) a colon? */
static int has_colon(const actx *c, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (is_p(c, k, ':'))
            return 1;
    return 0;
}

/* The loop's small word lists, named: as compound literals they were built
 * on the stack at each call (a hundred instructions a sentence). */
static const char *const for_on[] = { "for", "on", NULL };
static const char *const ing_preps[] = { "by", "after", "while", "before", "in", "without",
    "when", NULL };
static const char *const the_word[] = { "the", NULL };
static const char *const found_words[] = { "found", "finds", NULL };
static const char *const time_nouns[] = { "night", "day", "week", "morning", "evening",
    "afternoon", "year", "month", "time", "weekend", NULL };
static const char *const much_words[] = { "much", "more", "little", NULL };
static const char *const about_figures[] = { "half", "a", "one", "two", "three", "four", "five",
    "six", "seven", "eight", "nine", "ten", "twenty", "thirty", "forty", "fifty", "sixty",
    "seventy", "eighty", "ninety", "hundred", "dozen", "100", NULL };
static const char *const date_preps[] = { "on", "in", "last", "this", "since", "until", NULL };
static const char *const reflexives[] = { "himself", "herself", "itself", "themselves",
    "myself", "ourselves", NULL };

/* Where a subject after a comma starts: "CONTENT, Sen. Ada Obi said",
 * "CONTENT, Mr. Obi said": an office mention or an honorific right before
 * the person opens it, and stays out of the claim (the person speaks). */
static size_t subject_open(const actx *c, const spk *s, size_t cs)
{
    size_t s0 = s->t0;
    if (spk_mention_of(c->d, s, SPK_T(NM_PERSON)) && s0 > cs + 2) {
        int32_t tm = ment_end(c, s0 - 1);
        if (tm >= 0 && DOC_MENT(c->d, tm)->type == NM_TITLE && DOC_MENT(c->d, tm)->t0 > cs + 1 &&
            is_p(c, DOC_MENT(c->d, tm)->t0 - 1, ','))
            s0 = DOC_MENT(c->d, tm)->t0;
        else if ((wcls(c, s0 - 1) & WC_HONOR) && is_p(c, s0 - 2, ','))
            s0--;
    }
    return s0;
}

/* "CONTENT, Ada Obi, the treasurer, wrote": the person before the
 * apposition that the comma before the verb v closes (no other comma,
 * quote or sentence end between), or none. */
static spk appos_before(const actx *c, size_t v, size_t cs)
{
    if (v < cs + 5 || !is_p(c, v - 1, ','))
        return spk_none();
    for (size_t k = v - 2; k > cs + 2 && k + 14 > v; k--) {
        if (in_quote(c, k) || is_terminal(c, k) || is_p(c, k, ';') || stance_of(c, k))
            break;
        if (!is_p(c, k, ','))
            continue;
        int32_t m = ment_end(c, k - 1);
        if (k + 1 < v - 1 && m >= 0 && DOC_MENT(c->d, m)->type == NM_PERSON)
            return spk_mention(c->d, m);
        break;
    }
    return spk_none();
}

nm_status nm_sentence_reported(actx *c, size_t t0, size_t t1)
{
    if (!c->rep_gate_made)
        make_gate(c);
    nm_status st;
    size_t done = t0;        /* tokens before this belong to a made claim */
    int32_t sent_spk = -2;   /* out index of this sentence's main claim */
    /* E: a headline or lead-in "Ada Obi: the plan has failed." (the colon
     * looked for first: a scan costs less than the noun phrase) */
    if ((T(c, t0)->flags & TF_PARA_START) && !in_quote(c, t0) && has_colon(c, t0, t1 - 1)) {
        spk s = nm_np_after(c, t0, t1);
        size_t k = s.t1;
        /* (and a finding's source: "Poll: ...", "Report: ...") */
        if ((s.kind == SPK_MENTION || s.kind == SPK_NAME ||
             (s.kind == SPK_ROLE && s.t1 == s.t0 + 1 && is_any(c, s.t0, nm_finding_nouns))) &&
            k + 1 < t1 && is_p(c, k, ':') &&
            (s.kind != SPK_MENTION || DOC_MENT(c->d, s.ment)->type != NM_DATE) &&
            !in_quote(c, k + 1) && !label_not_speaker(c, &s, k + 1, t1)) {
            nm_q *q;
            size_t ce = nm_content_end(c, k + 1, t1);
            if (nm_words_in(c, k + 1, ce) >= 3) {
                size_t te = s.kind == SPK_ROLE ? t1 : label_turn_end(c, &s, t1);
                if ((st = nm_reported_claim(c, k + 1, nm_content_end(c, k + 1, te), &s, k, k + 1,
                                            NULL, &q)))
                    return st;
                if (q) {
                    c->turn_end = te;
                    return NM_OK;
                }
            }
        }
    }
    size_t cs = NO_TOK, ce = NO_TOK;   /* content bounds (content_bounds()) */
    for (size_t v = t0; v < t1; v++) {
        if (in_quote(c, v))
            continue;
        unsigned f = stance_of(c, v);
        if (!f && !may_look(c, v))
            continue;           /* no test below can hold */
        size_t v1 = v + 1;      /* the cue is [v, v1) */
        if (v + 2 < t1 && is_any(c, v + 1, for_on) && is_any(c, v, nm_call_words)) {
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
                content_bounds(c, t0, t1, &cs, &ce);
                if ((st = poll_claim(c, v, cs, ce, &done, &pq)))
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
                content_bounds(c, t0, t1, &cs, &ce);
                if ((st = noun_claim(c, v, t0, ce, &done, &nq)))
                    return st;
                if (nq)
                    v = done - 1;
                continue;
            }
            if (v >= done && (is_any(c, v, raise_words) || nm_tok_is(c->d, v, "expected"))) {
                nm_q *rq = NULL;
                content_bounds(c, t0, t1, &cs, &ce);
                if ((st = raised_claim(c, v, t0, cs, ce, &done, &rq)))
                    return st;
            }
            continue;
        }
        nm_q *q = NULL;
        content_bounds(c, t0, t1, &cs, &ce);

        if (accord) {
            spk s = nm_np_after(c, v + 2, t1);
            if (s.kind == SPK_NONE && v + 2 < t1 && is_word(c, v + 2) && !is_any(c, v + 2, nm_subj_pronouns)) {
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
                nm_content_end(c, s.t1, t1) == s.t1) {
                /* "CONTENT according to X." with no comma */
                if ((st = nm_reported_claim(c, pre_start(c, cs > done ? cs : done, v), v, &s, v, v + 2, NULL, &q)))
                    return st;
            } else if (v > t0 && is_p(c, v - 1, ',') && v - 1 > cs && v - 1 >= done) {
                if ((st = nm_reported_claim(c, pre_start(c, cs > done ? cs : done, v), nm_content_end(c, cs, v), &s, v, v + 2, NULL, &q)))
                    return st;
                size_t tail = 0;
                if (q && (st = claim_tail(c, q, nm_skip_adjuncts(c, s.t1, t1), ce, &tail)))
                    return st;
                if (q && tail) {
                    done = tail;
                    sent_spk = (int32_t)(c->out.n - 1);
                    continue;
                }
            } else if (nm_clause_starts_at(c, v, t0)) {
                size_t k = s.t1;
                while (k < t1 && k < s.t1 + 12 && !is_p(c, k, ','))
                    k++;
                if (k > s.t1 && s.kind == SPK_ROLE && s.t1 - s.t0 > 2)
                    s.t1 = nm_content_end(c, s.t0, k);
                if (k < t1 && is_p(c, k, ','))
                    if ((st = nm_reported_claim(c, k + 1, ce, &s, v, v + 2, NULL, &q)))
                        return st;
            }
            if (q) {
                done = s.t1 > v + 2 ? s.t1 : v + 2;
                sent_spk = (int32_t)(c->out.n - 1);
            }
            continue;
        }

        /* Q: "X asked Y whether ...", "Asked if ..., X said": the question */
        if (is_any(c, v, nm_ask_words)) {
            if ((st = asked_claim(c, v, t0, cs, ce, &done, &q)))
                return st;
            if (q)
                continue;
        }
        /* D: ", noting that ..." continues this sentence's speaker; with
         * no attribution before it, the speaker is the subject of the
         * clause ("X attacked the plan, saying it would fail") */
        /* (", falsely suggesting that ...": an adverb may stand between) */
        if ((f & CUE_ING) && v > t0 &&
            (is_p(c, v - 1, ',') || (v > t0 + 1 && nm_ly_adverb(c, v - 1) && is_p(c, v - 2, ',')))) {
            int inf = (f & CUE_INF) && v1 < ce && nm_tok_is(c->d, v1, "to");
            /* ", telling reporters (that) he ...": the claim after the
             * addressee (ca: where it starts) */
            size_t ca = v1;
            spk taddr = spk_none();
            if ((f & CUE_TELL) && v1 < ce) {
                taddr = nm_np_after(c, v1, ce);
                if (taddr.kind == SPK_NONE && is_any(c, v1, nm_obj_pronouns))
                    taddr = spk_span(SPK_PRONOUN, v1, v1 + 1);
                if (taddr.kind != SPK_NONE) {
                    size_t k = nm_skip_adjuncts(c, taddr.t1, ce);
                    if (k + 1 < ce && !in_quote(c, k) && (nm_tok_is(c->d, k, "that") || is_any(c, k, nm_subj_pronouns)))
                        ca = k;
                }
            }
            int ok = v1 < ce && !in_quote(c, v1) && (is_word(c, v1) || T(c, v1)->kind == TK_NUM) &&
                     (nm_tok_is(c->d, v1, "that") || inf || ca > v1 ||
                      ((f & (CUE_FREE | CUE_OBJ)) && !is_any(c, v1, no_clause)));
            if (ok && sent_spk < 0) {
                int32_t tq = nm_turn_in_sentence(c, t0, v);
                if (tq >= 0) {
                    sent_spk = tq;
                } else {
                    spk s = nm_clause_subject(c, cs, v);
                    if (s.kind != SPK_NONE) {
                        if ((st = nm_reported_claim(c, ca, nm_claim_stop(c, ca, ce), &s, v, v1, &taddr, &q)))
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
                if ((st = nm_reported_claim(c, ca, nm_claim_stop(c, ca, ce), &s, v, v1, &taddr, &q)))
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
            /* "after telling aides (that) he ...": past the addressee */
            spk paddr = spk_none();
            size_t pa = v1;
            if ((f & CUE_TELL) && v1 + 1 < ce) {
                paddr = nm_np_after(c, v1, ce);
                if (paddr.kind == SPK_NONE && (is_any(c, v1, nm_obj_pronouns) || is_any(c, v1, poss_words))) {
                    size_t x = v1 + 1;
                    while (is_any(c, v1, poss_words) && x < ce && x < v1 + 4 && lower_content(c, x) && !stance_of(c, x))
                        x++;
                    paddr = spk_span(SPK_PRONOUN, v1, x);
                }
                if (paddr.kind != SPK_NONE && paddr.t1 + 1 < ce &&
                    (nm_tok_is(c->d, paddr.t1, "that") || is_any(c, paddr.t1, nm_subj_pronouns)))
                    pa = paddr.t1;
                if (pa == v1 && !nm_tok_is(c->d, v1, "that")) {
                    /* "is telling reporters in Iowa that ...": "that" past
                     * an addressee no rule reads and its place */
                    for (size_t x = v1 + 1; x + 1 < ce && x < v1 + 8; x++) {
                        if (in_quote(c, x) || !is_word(c, x) || (x > v1 + 1 && cue_of(c, x)))
                            break;
                        if (nm_tok_is(c->d, x, "that")) {
                            pa = x;
                            break;
                        }
                    }
                }
            }
            if (v > t0 && v >= done && !is_p(c, v - 1, ',') && pa + 1 < ce && !in_quote(c, pa) &&
                (nm_tok_is(c->d, pa, "that") || ((f & (CUE_FREE | CUE_TELL)) && is_any(c, pa, nm_subj_pronouns)))) {
                spk s = { SPK_NONE, 0, 0, -1 };
                if (is_any(c, v - 1, ing_preps))
                    s = nm_clause_subject(c, cs, v - 1);
                else
                    s = nm_np_before(c, v, t0);
                /* "X is telling reporters (in Iowa) that ...": the
                 * subject before the auxiliary (train: 1 claim found,
                 * none lost; AP's running stories write so) */
                if ((f & CUE_TELL) && s.kind == SPK_NONE && v > t0 + 1 && is_any(c, v - 1, be_words))
                    s = nm_np_before(c, v - 1, t0);
                if (s.kind != SPK_NONE && s.kind != SPK_REL) {
                    size_t b = nm_content_end(c, pa, nm_claim_stop(c, pa, ce));
                    if ((st = nm_reported_claim(c, pa, b, &s, v, v1, paddr.kind == SPK_MENTION ? &paddr : NULL, &q)))
                        return st;
                    if (q) {
                        done = b;
                        v = b - 1;
                    }
                }
            }
            continue;
        }

        spk s = nm_np_before(c, v, t0);
        /* a stance verb is never the cue of a claim before it, but for a
         * finding: "..., the poll found." */
        if ((f & CUE_STANCE) && !(is_any(c, v, nm_finding_cues) && v + 1 < t1 && is_terminal(c, v + 1) &&
                                  s.kind != SPK_NONE && (is_any(c, s.t1 - 1, nm_finding_nouns) ||
                                  spk_mention_of(c->d, &s, SPK_T(NM_ORG)))))
            goto claim_after;

        /* "CONTENT, the BBC reported": the article before a name */
        if ((s.kind == SPK_MENTION || s.kind == SPK_NAME) && s.t0 > cs + 2 && is_any(c, s.t0 - 1, the_word) &&
            is_p(c, s.t0 - 2, ','))
            s.t0--;
        /* "CONTENT, Sen. Ada Obi said": s0 is where the subject starts;
         * "CONTENT, Ada Obi, the treasurer, wrote": the person before an
         * apposition (sa: the subject A1 reads) */
        spk sa = s.kind == SPK_NONE ? appos_before(c, v, cs) : s;
        size_t s0 = subject_open(c, &sa, cs);
        /* A1: CONTENT, X said [adjuncts] (. | , ...) */
        if (sa.kind != SPK_NONE && s0 > cs + 1 && s0 - 1 >= done &&
            (is_p(c, s0 - 1, ',') ||
             (T(c, s0 - 1)->kind == TK_QUOTE && s0 >= 2 && is_p(c, s0 - 2, ',')))) {
            size_t e = nm_skip_adjuncts(c, v + 1, t1);
            spk addr = { SPK_NONE, 0, 0, -1 };
            if ((f & CUE_TELL) && e < t1) {
                addr = nm_np_after(c, e, t1);
                if (addr.kind == SPK_NONE && is_any(c, e, nm_obj_pronouns))
                    addr.kind = SPK_PRONOUN, addr.t0 = e, addr.t1 = e + 1;
                if (addr.kind != SPK_NONE) {
                    /* "told a Senate panel": the noun the name modifies */
                    size_t x = addr.t1;
                    while (addr.kind == SPK_MENTION && x < t1 && x < addr.t1 + 3 && lower_content(c, x) &&
                           !stance_of(c, x))
                        x++;
                    e = nm_skip_adjuncts(c, x, t1);
                }
            }
            /* "In his tribute, X said, "...": the cue opens the quote after
             * it, and what stands before the comma is a lead-in */
            if (f & (CUE_FREE | CUE_TELL))
                e = trailing_adjuncts(c, e, t1);   /* "said in a speech to ..." */
            size_t o = e < t1 && (is_p(c, e, ',') || is_p(c, e, ':')) ? e + 1 : e;
            int opens_quote = o < t1 && in_quote(c, o) && T(c, o)->kind == TK_QUOTE &&
                              c->xs[quote_at(c, o)].o == o;
            /* "In Miami, Mr. Obi said, voters see ...": a lead-in before the
             * attribution is no claim of its own; without a tail that the
             * claim can take (a quote, "when ..."), what follows the comma
             * is the claim (B below) */
            size_t hs = cs > done ? cs : done, tk0, tb0;
            int lead_in = e < t1 && is_p(c, e, ',') && is_any(c, hs, lead_words) &&
                          !tail_range(c, e, ce, &tk0, &tb0);
            if (!opens_quote && !lead_in &&
                (e >= t1 || is_terminal(c, e) || is_p(c, e, ',') || is_p(c, e, ';') ||
                 T(c, e)->kind == TK_QUOTE || T(c, e)->kind == TK_DASH)) {
                size_t b = nm_content_end(c, cs, s0);
                /* a quote that opens the sentence keeps its own attribution */
                if (!(in_quote(c, cs) && c->xs[quote_at(c, cs)].cl + 2 >= b)) {
                    if ((st = nm_reported_claim(c, pre_start(c, cs > done ? cs : done, v), b, &sa, v, v + 1, &addr, &q)))
                        return st;
                    size_t tk, tb;
                    if (!q && nm_words_in(c, cs > done ? cs : done, b) <= 2 && tail_range(c, e, ce, &tk, &tb)) {
                        /* "Still, he said, officials must decide ...": a
                         * sentence adverb, and the claim after */
                        if ((st = nm_reported_claim(c, tk, tb, &sa, v, v + 1, &addr, &q)))
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
            /* (after "said": "said pollster Ada Obi", "said a person close
             * to X"; after "urged" a noun phrase is as often its object) */
            spk s2 = f & CUE_FREE ? nm_np_after_cue(c, v + 1, t1) : nm_np_after(c, v + 1, t1);
            if (s2.kind != SPK_NONE) {
                size_t e = nm_skip_adjuncts(c, s2.t1, t1);
                if (e >= t1 || is_terminal(c, e) || is_p(c, e, ',') || is_p(c, e, ';') ||
                    T(c, e)->kind == TK_DASH || T(c, e)->kind == TK_QUOTE || is_p(c, e, '(')) {
                    size_t b = nm_content_end(c, cs, v);
                    /* a quote that is the whole content keeps its own
                     * attribution; '"..." on the tax, said X' is one claim */
                    if (!(cs > t0 && T(c, cs - 1)->kind == TK_QUOTE && in_quote(c, cs - 1) &&
                          c->xs[quote_at(c, cs - 1)].cl + 2 >= b))
                        if ((st = nm_reported_claim(c, pre_start(c, cs > done ? cs : done, v), b, &s2, v, v + 1, NULL, &q)))
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
            s = nm_np_before(c, v - 1, t0);
            if (s.kind != SPK_MENTION || DOC_MENT(c->d, s.ment)->type != NM_PERSON ||
                s.t0 < t0 + 2 || !is_p(c, s.t0 - 1, ','))
                s = nm_appositive_subject(c, v - 1, t0);
            appos = s.kind != SPK_NONE;
        }
        if (s.kind == SPK_NONE && v > t0 + 3 && is_p(c, v - 1, ',') && v - 1 >= done) {
            /* "X, however, said ...", "X, when reached by phone, said": the
             * subject before an aside */
            size_t c1 = aside_comma(c, v - 1, t0);
            if (c1 != NO_TOK && c1 >= done)
                s = nm_np_before(c, c1, t0);
        }
        if (s.kind == SPK_NONE && v > t0 && is_any(c, v - 1, nm_coord_words)) {
            /* "X called it a mistake and said ...": the sentence's subject */
            if (sent_spk >= 0)
                copy = sent_spk;
            else
                s = nm_np_after(c, cs, v);
            /* (a noun phrase or name opening the sentence only for a
             * speech verb taking a clause: "The mayor met them and said
             * ...", "... and noted that ..."; for the others -- "and
             * declared himself", "and cited a list" -- more of those were
             * wrong than right on train) */
            int clause = !(f & CUE_STANCE) && v1 < ce &&
                         ((f & (CUE_FREE | CUE_TELL)) || nm_tok_is(c->d, v1, "that") ||
                          ((f & CUE_INF) && nm_tok_is(c->d, v1, "to")));
            if (s.kind != SPK_NONE &&
                (s.t0 != cs || (!clause && (s.kind == SPK_ROLE || s.kind == SPK_NAME))))
                s.kind = SPK_NONE;
        }
        if (copy < 0 && !appos) {
            size_t sb = s.kind == SPK_NONE || s.t0 < done ? (size_t)-1 : nm_subject_start(c, &s, t0);
            if (sb == (size_t)-1 || sb < done) {
                /* "Aides to X, a former prosecutor, said ...": a long
                 * subject (not "which he said ...") */
                if (!(f & CUE_STANCE) && s.kind != SPK_NONE && s.t0 > t0 && s.t0 - 1 >= done &&
                    is_any(c, s.t0 - 1, rel_gap_words) && v1 + 1 < ce &&
                    (is_any(c, v1, nm_there_verbs) ||
                     (lower_content(c, v1) &&
                      !is_any(c, v1, nm_determiners) && !is_any(c, v1, nm_obj_pronouns) && nm_tok_len(c->d, v1) > 3 &&
                      (nm_tok_str(c->d, v1)[nm_tok_len(c->d, v1) - 1] == 's' ||
                       nm_tok_str(c->d, v1)[nm_tok_len(c->d, v1) - 1] == 'd')))) {
                    /* "which Democrats say could help him": the relative
                     * pronoun and the rest of its clause */
                    size_t b = nm_content_end(c, v1, nm_claim_stop(c, v1, ce));
                    if ((st = nm_reported_claim(c, s.t0 - 1, b, &s, v, v1, NULL, &q)))
                        return st;
                    if (q) {
                        done = b;
                        v = b - 1;
                    }
                    continue;
                }
                if (((f & CUE_STANCE) && !is_any(c, v, nm_finding_cues)) ||
                    (s.kind != SPK_NONE && s.t0 > t0 && is_any(c, s.t0 - 1, nm_rel_words)))
                    continue;
                s = nm_long_subject(c, cs > done ? cs : done, v);
                if (s.kind == SPK_NONE)
                    continue;
            }
        }
        /* '"...," X told the crowd in Y': the cue of the quote before it */
        if ((f & CUE_TELL) && in_quote(c, cs) && s.kind != SPK_NONE && c->xs[quote_at(c, cs)].cl + 3 >= s.t0 &&
            c->xs[quote_at(c, cs)].cl < s.t0)
            continue;
        size_t k = nm_skip_adjuncts(c, v1, t1);
        spk addr = { SPK_NONE, 0, 0, -1 };
        if (f & CUE_TELL) {
            addr = nm_np_after(c, k, t1);
            if (addr.kind == SPK_NONE && k < t1 && is_any(c, k, nm_obj_pronouns))
                addr.kind = SPK_PRONOUN, addr.t0 = k, addr.t1 = k + 1;
            if (addr.kind == SPK_NONE && k < t1 && is_word(c, k) && !is_func(c, k))
                addr.kind = SPK_NAME, addr.t0 = k, addr.t1 = k + 1;
            if (addr.kind == SPK_NONE && k + 1 < t1 && is_any(c, k, nm_determiners) &&
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
            k = nm_skip_adjuncts(c, addr.t1, t1);
            /* "told a crowd in Miami on Tuesday that ...": past the
             * addressee's phrase to its "that" */
            if (k < ce && !nm_tok_is(c->d, k, "that") && !is_any(c, k, nm_subj_pronouns)) {
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
                        is_p(c, j, ':') || is_p(c, j, ',') || is_any(c, j, nm_subj_pronouns))
                        break;
                }
            }
        }
        if (k < t1 && is_p(c, k, ','))
            k = nm_skip_adjuncts(c, state_after_city(c, k, t1) + 1, t1);   /* "said, in a statement, that" */
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
            (is_any(c, k, nm_possessive) ||
             (lower_content(c, k) && !stance_of(c, k) &&
              (cap_word(c, k - 1) || ment_end(c, k - 1) >= 0 || (addr.kind == SPK_NAME && addr.t1 == k))))) {
            size_t j = k;
            while (j < ce && j < k + 8 &&
                   (is_any(c, j, nm_possessive) || cap_word(c, j) ||
                    (lower_content(c, j) && !stance_of(c, j))))
                j++;
            k = nm_skip_adjuncts(c, j, t1);
            if (k < t1 && is_p(c, k, ','))
                k++;
            if (k >= ce)
                continue;
        }
        /* "show" is a finding only after a poll, study or record ("polls
         * show ..."), not "the shows" or "show up" */
        if (nm_tok_is(c->d, v, "show") && !(s.kind != SPK_NONE && is_any(c, s.t1 - 1, nm_finding_nouns)))
            continue;
        /* "found" a claim only with "that" or after a poll or a study:
         * "found a way", "found them" are no stance */
        if (is_any(c, v, found_words) && !nm_tok_is(c->d, k, "that") &&
            !(s.kind != SPK_NONE && is_any(c, s.t1 - 1, nm_finding_nouns)))
            continue;
        if (is_any(c, v, nm_call_words) && v1 == v + 1 && !called_claim(c, &s, k, ce))
            continue;                          /* "a group called X", "called off" */
        if ((nm_tok_is(c->d, v, "wrote") || nm_tok_is(c->d, v, "writes")) &&
            (T(c, k)->kind == TK_NUM || nm_tok_is(c->d, k, "a") || nm_tok_is(c->d, k, "an") ||
             (T(c, k)->flags & TF_LOWER && !is_any(c, k, nm_subj_pronouns) && !is_func(c, k))))
            continue;                          /* "X wrote a book": an object, no claim */
        int that = nm_tok_is(c->d, k, "that");
        /* "said in his speech that night": a time, not a claim */
        if (that && k + 1 < ce && is_any(c, k + 1, time_nouns) &&
            nm_content_end(c, k, ce) <= k + 3)
            continue;
        /* '"It was hard," Obi said over breakfast / that night': the cue is
         * the quote's; a claim right after it must open like a clause
         * ('"...," he claimed they had never met'); after a comma the old
         * reading stands (', referring to X' is a claim on train) */
        if (!is_p(c, k - 1, ',') && cue_of_quote_before(c, t0, v) &&
            (that ? k + 1 < t1 && (is_any(c, k + 1, nm_day_parts) || (wcls(c, k + 1) & (WC_WEEKDAY | WC_DATEWORD)))
                  : !(is_any(c, k, nm_subj_pronouns) || is_any(c, k, nm_determiners) || cap_word(c, k) ||
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
            int of_np = is_any(c, k, much_words) &&
                        k + 2 < ce && nm_tok_is(c->d, k + 1, "of");
            /* "said about half of the money went ...": a figure opens the
             * clause's subject; "about" is no topic there */
            of_np |= (f & CUE_FREE) && nm_tok_is(c->d, k, "about") && k + 2 < ce &&
                     (T(c, k + 1)->kind == TK_NUM || is_any(c, k + 1, about_figures));
            if (!(is_word(c, k) || T(c, k)->kind == TK_NUM || T(c, k)->kind == TK_QUOTE) ||
                (is_any(c, k, no_clause) && !of_np))
                continue;
        }
        /* the claim runs to the end of the sentence or to ", noting" */
        size_t b = nm_claim_stop(c, k, ce);
        /* "When X announced his run in June, he ...": a cue in a clause
         * put before the main one; its claim ends at the comma */
        if (s.kind != SPK_NONE && copy < 0) {
            size_t sb = nm_subject_start(c, &s, t0);
            if (sb != (size_t)-1 && sb > t0 && is_any(c, sb - 1, subordinators))
                for (size_t j = k + 1; j < b; j++)
                    if (is_p(c, j, ',') && !in_quote(c, j)) {
                        b = j;
                        break;
                    }
        }
        if ((f & CUE_STANCE) && (f & CUE_OBJ) && !that) {
            /* "X endorsed Obi last week": the stance is on Obi, not the date */
            b = nm_content_end(c, k, b);
            while (b > k + 1 && ment_end(c, b - 1) >= 0 && DOC_MENT(c->d, ment_end(c, b - 1))->type == NM_DATE) {
                b = DOC_MENT(c->d, ment_end(c, b - 1))->t0;
                if (b > k + 1 && is_any(c, b - 1, date_preps))
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
            if (is_any(c, k, reflexives))
                continue;
        }
        if (copy >= 0) {
            nm_q m = NM_VEC_AT(c->out, nm_q, copy);
            spk none = { SPK_NONE, 0, 0, -1 };
            if ((st = nm_reported_claim(c, k, nm_content_end(c, k, b), &none, v, v1, &addr, &q)))
                return st;
            if (q) {
                q->entity = m.entity;
                q->speaker = m.speaker;
                q->spk_start = m.spk_start;
                q->spk_end = m.spk_end;
            }
        } else if ((st = nm_reported_claim(c, k, nm_content_end(c, k, b), &s, v, v1, &addr, &q)))
            return st;
        if (!q && b == k + 1 && copy < 0 && s.kind != SPK_NONE && is_any(c, v, np_object_cues) &&
            ment_start(c, k) >= 0 && DOC_MENT(c->d, ment_start(c, k))->type != NM_DATE &&
            DOC_MENT(c->d, ment_start(c, k))->type != NM_TITLE) {
            /* "X endorsed Obi": a stance on one named word, which a
             * claim of two words at least (nm_reported_claim) leaves out
             * (a name of any type: the tagger takes a new surname for a
             * place or an organisation as often as not) */
            if (!(q = nm_new_quote(c, k, b, 0)))
                return NM_ENOMEM;
            if ((st = nm_attribute_quote(c, q, &s, v, v1)))
                return st;
        }
        if (q) {
            done = b;
            sent_spk = (int32_t)(c->out.n - 1);
            v = b - 1;
        }
    }
    return NM_OK;
}
