/*
 * attr_direct.c -- cue and speaker of each direct quote found by quotes.c:
 * from the words right after its closing mark ("...," she said / said Ms.
 * Dube) or right before its opening mark (Dube said: "..."), a quote inside
 * a clause a cue governs (the whole clause is the claim), and the short
 * quote a stance verb takes ("Ann called the plan a 'farce'").
 */
#include "attr.h"

/* Small word lists of this file, named: GCC builds a compound literal
 * "(const char *const[]){ ... }" on the stack at every call of the
 * function holding it, used or not. */
static const char *const w_on_in_of_about_via_to[] = { "on", "in", "of", "about", "via", "to", NULL };
static const char *const w_on_in[] = { "on", "in", NULL };
static const char *const w_went_goes_go[] = { "went", "goes", "go", NULL };
static const char *const w_apos_s[] = { "'s", "\xE2\x80\x99s", NULL };
static const char *const w_which_a_an[] = { "which", "a", "an", NULL };

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
    e = nm_content_end(c, k, e);
    return nm_words_in(c, k, e) ? e : 0;
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
        /* ('Asked about it, X said "...," she said': a cue before the
         * quote has its clause; train: 3 quotes more match, 1 fewer) */
        if (cue_of(c, p) && !(cue_of(c, p) & CUE_ING))
            break;
        a = p;
    }
    a = nm_content_start(c, a, x->o);
    return a < x->o && nm_words_in(c, a, x->o) ? a : NO_TOK;
}

/* What may stand between a cue and the quote it opens, up to k (the mark
 * or the comma before it): nm_skip_adjuncts' dates and places, and a short
 * phrase naming a medium or topic ("said Thursday on Twitter,", "said of
 * the senator,", "wrote in The Post,"), read only when it ends at k. */
static size_t before_adjuncts(const actx *c, size_t a, size_t k)
{
    size_t e = nm_skip_adjuncts(c, a, k);
    /* only before the comma or colon that opens the quote: 'said on
     * NBC's "Meet the Press"' names a programme, 'warned of the "..."' is
     * a stance on the quoted words */
    if (!(is_p(c, k, ',') || is_p(c, k, ':')))
        return e;
    for (int r = 0; r < 2 && e + 1 < k; r++) {
        if (!is_any(c, e, w_on_in_of_about_via_to))
            break;
        size_t f = e + 1;
        while (f < k && f < e + 6 && (is_word(c, f) || T(c, f)->kind == TK_NUM) && !cue_of(c, f) &&
               !nm_tok_is(c->d, f, "that"))
            f++;
        if (f != k && !(f < k && is_any(c, f, w_on_in)))
            break;
        e = nm_skip_adjuncts(c, f, k);
    }
    return e;
}

/* '"...," the campaign's manager, Ada Obi, said': does the phrase before
 * the name's comma, opening at k, name an office or role? */
static int office_before(const actx *c, const spk *t, size_t k)
{
    if (t->kind != SPK_MENTION || t->t0 < k + 2 || !is_p(c, t->t0 - 1, ','))
        return 0;
    spk r = nm_np_before(c, t->t0 - 1, k);
    if (r.kind == SPK_MENTION)
        r.kind = DOC_MENT(c->d, r.ment)->type == NM_TITLE ? SPK_ROLE : SPK_NONE;
    return r.kind == SPK_ROLE && r.t1 == t->t0 - 1 && nm_subject_start(c, &r, k) == k;
}

/* Cue and speaker of a direct quote; *found = 1 when found. */
nm_status nm_direct_attr(actx *c, nm_q *q, const dq *x, int *found)
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
        spk s = nm_np_after(c, k + 1, hi);
        if (s.kind == SPK_MENTION || s.kind == SPK_NAME) {
            size_t e = s.t1;
            /* (the name ends its line: "..." ― Ada Obi / "..." ― Bo Li) */
            if (e >= n || (T(c, e)->flags & (TF_PARA_START | TF_LINE_START)) || is_p(c, e, ',') ||
                is_p(c, e, '(') || is_terminal(c, e)) {
                *found = 1;
                return nm_attribute_quote(c, q, &s, k, k + 1);
            }
        }
    }
    if (k < n && (is_p(c, k, ',') || T(c, k)->kind == TK_DASH))
        k++;
    /* on Fox News's "Hannity," X said the plan ...: a quote after a
     * possessive names the owner's programme or term; the cue after it
     * is the next claim's (train: 14 fewer false quotes, 1 claim found) */
    if (x->o > 0 && is_any(c, x->o - 1, w_apos_s) && (T(c, x->o)->flags & TF_SPACE_BEFORE))
        goto before;
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
            s = nm_np_after_cue(c, k + 1, hi);   /* "...," said pollster Ada Obi */
            if (s.kind != SPK_NONE)
                e = nm_skip_adjuncts(c, s.t1, hi);
        } else {
            s = nm_np_after(c, k, hi);
            if (s.kind != SPK_NONE) {
                /* the party after a name may end the sentence: "X (D-Nev.) said" */
                v = nm_skip_paren(c, s.t1, s.t1 + 10 < n ? s.t1 + 10 : n);
                if (v > hi && v < n) {
                    hi = sent_end(c, v);
                    if (hi > v + 16)
                        hi = v + 16;
                }
                for (int a = 0; a < 3 && v < hi && is_any(c, v, nm_aux_words); a++)
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
                    e = nm_skip_adjuncts(c, v + 1, hi);
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
                        spk t = nm_appositive_subject(c, j - 1, k);
                        if (t.kind != SPK_NONE && t.t0 >= k &&
                            (nm_subject_start(c, &t, k) == k || office_before(c, &t, k))) {
                            s = t;
                            v = j;
                            e = nm_skip_adjuncts(c, j + 1, hi_long);
                        }
                        break;
                    }
                    if (j >= k + 10)
                        break;
                    spk t = nm_np_before(c, j, k);
                    /* ("state Sen. Ada Obi (D) said": a party after the name;
                     * "Ada Obi of Halverton said": the place, which
                     * nm_np_before reads back to the person) */
                    if (t.kind != SPK_NONE && t.kind != SPK_REL &&
                        nm_skip_paren(c, nm_past_of_phrase(c, t.t1, j), j) == j &&
                        nm_subject_start(c, &t, k) == k) {
                        s = t;
                        s.t0 = k;
                        v = j;
                        e = nm_skip_adjuncts(c, j + 1, hi);
                    }
                    break;
                }
            }
        }
        if (s.kind != SPK_NONE) {
            if ((cue_of(c, v) & CUE_TELL) && e < hi) {
                spk a = nm_np_after(c, e, hi);
                if (a.kind == SPK_NONE && is_any(c, e, nm_obj_pronouns))
                    a.kind = SPK_PRONOUN, a.t0 = e, a.t1 = e + 1;
                if (a.kind != SPK_NONE) {
                    if (a.kind == SPK_MENTION)
                        q->addressee = DOC_MENT(c->d, a.ment)->entity,
                        q->addressee_mention = a.ment;
                    e = nm_skip_adjuncts(c, a.t1, hi);
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
                /* "A." Cruz says, "B.": an attribution after a quote closed
                 * by a full stop and before an opening mark is the next
                 * quote's (train: 7 claims more match, 2 fewer false) */
                size_t f = e < n && (is_p(c, e, ',') || is_p(c, e, ':')) ? e + 1 : e;
                if (cl > x->o + 1 && is_p(c, cl - 1, '.') && f > e && f < n && T(c, f)->kind == TK_QUOTE &&
                    T(c, f)->qside != TQ_CLOSE)
                    goto before;
                *found = 1;
                size_t head = (comma_close || is_p(c, x->cl + 1, ',')) ? clause_head(c, x) : NO_TOK;
                if (head != NO_TOK)
                    q->start = T(c, head)->start;
                return nm_attribute_quote(c, q, &s, v, v + 1);
            }
        }
        if (nm_tok_is(c->d, k, "according") && k + 1 < n && nm_tok_is(c->d, k + 1, "to")) {
            s = nm_np_after(c, k + 2, hi);
            if (s.kind != SPK_NONE) {
                *found = 1;
                /* 'She compared it to a "root canal," according to X': the
                 * whole clause, as before "X said" */
                size_t head = is_p(c, x->cl + 1, ',') || is_p(c, x->cl - 1, ',') ? clause_head(c, x) : NO_TOK;
                if (head != NO_TOK)
                    q->start = T(c, head)->start;
                return nm_attribute_quote(c, q, &s, k, k + 2);
            }
        }
    }
before:
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
    /* "As Lo put it, "..."", "Lo put it bluntly: "..."": "put it" is the cue */
    for (size_t v = k; v-- > lo + 1 && k - v <= 4;) {
        if (!nm_tok_is(c->d, v, "put") || !nm_tok_is(c->d, v + 1, "it") || v + 2 > k)
            continue;
        spk s = nm_np_before(c, v, lo);
        if (s.kind != SPK_NONE && s.kind != SPK_REL) {
            *found = 1;
            return nm_attribute_quote(c, q, &s, v, v + 2);
        }
        break;
    }
    int that_clause = 0;
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
        spk s = nm_np_before(c, v, lo);
        size_t c0 = v;          /* the cue's first token */
        if (s.kind == SPK_NONE && v >= lo + 4 && nm_tok_is(c->d, v - 1, "to") && nm_tok_is(c->d, v - 2, "on") &&
            is_any(c, v - 3, w_went_goes_go)) {
            c0 = v - 3;         /* "Lo went on to say, "..."" */
            s = nm_np_before(c, c0, lo);
        }
        if (adverb) {
            /* "she angrily said" (a name or a pronoun before it: "the
             * family said" stays a noun phrase) */
            spk a = nm_np_before(c, v - 1, lo);
            if (a.kind == SPK_MENTION || a.kind == SPK_PRONOUN)
                s = a;
        }
        size_t e = before_adjuncts(c, v + 1, k);
        if (s.kind == SPK_NONE && v > lo + 1 && is_p(c, v - 1, ','))
            s = nm_appositive_subject(c, v - 1, lo);              /* "Ada Obi, a nurse, said:" */
        if (s.kind == SPK_NONE && v > lo && is_any(c, v - 1, nm_coord_words))
            s = nm_clause_subject(c, nm_content_start(c, lo, v), v - 1);   /* "X shook her head and said," */
        if (s.kind == SPK_NONE && (f & CUE_ING) && v > lo + 1 && is_p(c, v - 1, ',')) {
            /* ""...," X said, adding: "..."": the speaker of that turn (with
             * words between, ", adding that the plan "...", the clause is
             * a reported claim: not the speaker after the cue) */
            const nm_q *m = c->out.n >= 2 ? &NM_VEC_AT(c->out, nm_q, c->out.n - 2) : NULL;
            if (m && m->spk_start >= 0 && m->cue_start >= (int64_t)T(c, lo)->start &&
                m->cue_end <= (int64_t)T(c, v)->start) {
                if (e != k)
                    break;
                *found = 1;
                nm_status st = nm_attribute_quote(c, q, &s, v, v + 1);
                q->entity = m->entity;
                q->speaker = m->speaker;
                q->spk_start = m->spk_start;
                q->spk_end = m->spk_end;
                return st;
            }
            /* "X wrote a note, saying, "..."": the clause's subject (not a
             * word of a quote before it) */
            s = nm_clause_subject(c, nm_content_start(c, lo, v), v - 1);
            if (s.kind != SPK_NONE && in_quote(c, s.t0))
                s.kind = SPK_NONE;
        }
        if (s.kind == SPK_NONE) {
            s = nm_np_after(c, v + 1, k);
            if (s.kind != SPK_NONE)
                e = nm_skip_adjuncts(c, s.t1, k);
        }
        if (s.kind == SPK_NONE) {
            /* some chanted "No more wars!": a cue right before the mark
             * quotes even a short slogan whose speaker is not a name (a
             * longer quote keeps the speaker of the turn before it: giving
             * it the cue alone lost speakers on train) */
            if (v + 1 == k && nm_words_in(c, x->o, x->cl) <= SCARE_WORDS) {
                *found = 1;
                /* ", saying that "new buses" would come": the clause too */
                size_t tail = colon ? 0 : clause_tail(c, x);
                if (tail)
                    q->end = T(c, tail - 1)->end;
                return nm_attribute_quote(c, q, &s, v, v + 1);
            }
            break;
        }
        if (((f & CUE_TELL) || is_any(c, v, nm_ask_words)) && e < k) {
            spk a = nm_np_after(c, e, k);
            if (a.kind == SPK_NONE && is_any(c, e, nm_obj_pronouns))
                a.kind = SPK_PRONOUN, a.t0 = e, a.t1 = e + 1;
            if (a.kind == SPK_MENTION) {
                q->addressee = DOC_MENT(c->d, a.ment)->entity;
                q->addressee_mention = a.ment;
            }
            if (a.kind != SPK_NONE)
                e = nm_skip_adjuncts(c, a.t1, k);
        }
        if (e != k) {
            /* words between: the quote is part of a claim ("X adds that
             * voters have two choices: "..."": the claim of "that" holds
             * it, not the colon) */
            that_clause = colon && nm_tok_is(c->d, e, "that");
            break;
        }
        *found = 1;
        size_t tail = colon ? 0 : clause_tail(c, x);
        if (tail)
            q->end = T(c, tail - 1)->end;
        return nm_attribute_quote(c, q, &s, c0, v + 1);
    }
    if (colon && !that_clause) {
        /* "Dube put it bluntly: ..." -- the colon is the cue */
        spk s = nm_np_after(c, lo, k);
        if (s.kind == SPK_NONE) {
            size_t a = nm_content_start(c, lo, k);
            s = nm_np_after(c, a, k);
        }
        /* ("Marco Rubio: "..."": a person or org named right before the
         * colon labels the quote) */
        int label = s.t1 == k && spk_mention_of(c->d, &s, SPK_T(NM_PERSON) | SPK_T(NM_ORG));
        if (s.kind != SPK_NONE && (s.t1 < k || label)) {
            *found = 1;
            /* "She says to the crowd: ...": a speech verb of the clause is
             * the cue rather than the colon */
            for (size_t v = s.t1; v < k && v < s.t1 + 3; v++)
                if (cue_of(c, v) && !(cue_of(c, v) & CUE_ING))
                    return nm_attribute_quote(c, q, &s, v, v + 1);
            return nm_attribute_quote(c, q, &s, k, k + 1);
        }
    }
    return NM_OK;
}

/* "author of "America's Bitter Pill,"", "in the style of "Bridget Jones's
 * Diary"": a quote in title case right after a preposition names a work,
 * and is nobody's claim (train: 14 fewer false quotes, 1 right one lost). */
static const char *const title_preps[] = { "of", "in", "on", "from", NULL };

int nm_titled_after_prep(const actx *c, const dq *x)
{
    if (x->o == 0 || !is_any(c, x->o - 1, title_preps))
        return 0;
    size_t caps = 0;
    for (size_t j = x->o + 1; j < x->cl; j++) {
        if (is_p(c, j, '!'))
            return 0;                   /* chants of "Ted! Ted!" */
        if (!is_word(c, j) || is_func(c, j) || is_any(c, j, w_apos_s))
            continue;
        if (!(T(c, j)->flags & TF_CAP))
            return 0;
        caps++;
    }
    return caps > 0;
}

/* Does a quote opening at mark o stand on its own (sentence start, after a
 * colon or a dash)? */
int nm_opens_clause(const actx *c, size_t o)
{
    if (T(c, o)->flags & TF_SENT_START)
        return 1;
    return o > 0 && (is_p(c, o - 1, ':') || T(c, o - 1)->kind == TK_DASH);
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

/* Words before a participle cue whose subject is the clause's: "X answered
 * by calling ...", "... and accusing ..." */
static const char *const ing_links[] = { "by", "after", "before", "while", "and", NULL };

static const char *const stance_rel[] = { "what", "whom", "which", "who", "whose", NULL };

/* The speaker of cue v in the sentence from lo (ing: v is a participle):
 * the subject right before it; after a comma, a participle's is the
 * speaker of the turn before it in the sentence (*turn, its out index;
 * else -1) or the clause's subject; an appositive subject ("Ada Obi, a
 * nurse, argued"); after "and" or "by", the clause's subject ("X answered
 * by calling it a "farce"", "X shook her head and said"). */
spk nm_cue_subject(const actx *c, size_t v, size_t lo, int ing, int32_t *turn)
{
    spk s = nm_np_before(c, v, lo);
    *turn = -1;
    if (s.kind == SPK_NONE && v > lo + 1 && is_p(c, v - 1, ',') && ing) {
        *turn = nm_turn_in_sentence(c, lo, v);
        if (*turn < 0)
            s = nm_clause_subject(c, nm_content_start(c, lo, v), v - 1);
    }
    if (*turn < 0 && s.kind == SPK_NONE && v > lo + 1) {
        if (!ing && is_p(c, v - 1, ','))
            s = nm_appositive_subject(c, v - 1, lo);
        else if ((ing && is_any(c, v - 1, ing_links)) || (!ing && is_any(c, v - 1, nm_coord_words)))
            s = nm_clause_subject(c, nm_content_start(c, lo, v), v - 1);
    }
    return s;
}

nm_status nm_stance_quote(actx *c, size_t qi)
{
    const dq *x = &c->xs[qi];
    size_t lo = sent_start(c, x->o), hi = sent_end(c, x->o);
    size_t v = NO_TOK, v1 = 0;
    for (size_t k = x->o; k-- > lo && x->o - k <= STANCE_WINDOW;) {
        if (in_quote(c, k) || is_terminal(c, k) || is_p(c, k, ';') || is_p(c, k, ':') ||
            is_p(c, k, ',') || is_p(c, k, '(') || T(c, k)->kind == TK_DASH)
            break;
        if (stance_of(c, k) || is_any(c, k, nm_call_words)) {
            v = k;
            v1 = k + 1;
            break;
        }
    }
    if (v == NO_TOK || v1 >= x->o + 1)
        return NM_OK;
    /* "a film called "X"": a name, not a claim; "said on "Meet the
     * Press"": a programme, not what was said */
    size_t a = nm_skip_adjuncts(c, v1, x->o);
    if (a >= x->o || is_any(c, a, stance_preps) || is_any(c, x->o - 1, nm_possessive))
        return NM_OK;
    if (x->o - a > STANCE_OBJECT)
        return NM_OK;                   /* too far for the cue to govern it */
    int32_t turn;
    spk s = nm_cue_subject(c, v, lo, (stance_of(c, v) & CUE_ING) || nm_tok_is(c->d, v, "calling"), &turn);
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
    e = nm_claim_stop(c, a, e);           /* "..." and said ...: a new claim */
    /* calling him a "stiff" and accusing him of ...: "and" right after
     * the quoted words opens the speaker's next act, not more of this
     * one -- unless a second object follows ("a "farce" and a "fraud"",
     * "the film "X" and the books ...", "... and that ...") */
    if (e > x->cl + 2 && (nm_tok_is(c->d, x->cl + 1, "and") || nm_tok_is(c->d, x->cl + 1, "but"))) {
        size_t w = x->cl + 2;
        if (is_word(c, w) && (T(c, w)->flags & TF_LOWER) && !is_any(c, w, nm_determiners) &&
            !nm_tok_is(c->d, w, "that"))
            e = x->cl + 1;
    }
    e = nm_content_end(c, a, e);
    if (e <= x->cl)
        e = x->cl + 1;
    nm_q *q;
    nm_status st = nm_reported_claim(c, a, e, &s, v, v1, NULL, &q);
    if (st == NM_OK && q && turn >= 0) {
        const nm_q *m = &NM_VEC_AT(c->out, nm_q, turn);
        q->entity = m->entity;
        q->speaker = m->speaker;
        q->spk_start = m->spk_start;
        q->spk_end = m->spk_end;
    }
    return st;
}

/* Words after which the writer, not the speaker, goes on ("..." while
 * Y ..., "..." presumably meaning ...). */
static const char *const writer_words[] = { "while", "presumably", NULL };

/* Sanders said the rally was "a revolution", a word he uses often: a claim
 * [a, b) holding a quoted phrase ends where the writer takes over after the
 * phrase: a comma before "which", an apposition ("a swipe at ...") or a
 * participle ("sparking ..."); a dash that no second dash closes; "while",
 * "presumably", "as he ...".  Returns the claim's new end, b when none.
 * ("and" opening a second predicate is no such end: PolNeAR takes it into
 * the claim as often as not.)  Train: 13 claims more match gold, 7 fewer
 * false. */
size_t nm_quote_clause_end(const actx *c, size_t a, size_t b)
{
    int seen = 0;                       /* a quoted phrase before j */
    for (size_t j = a; j + 1 < b; j++) {
        if (in_quote(c, j)) {
            seen = 1;
            continue;
        }
        if (T(c, j)->kind == TK_DASH) {
            size_t k = j + 1;
            int inside = 0;
            while (k < b && T(c, k)->kind != TK_DASH)
                inside |= in_quote(c, k), k++;
            if (k < b) {
                j = k;                  /* a dash pair: a parenthesis in the claim */
                seen |= inside;
                continue;
            }
            if (seen)
                return nm_content_end(c, a, j);
            break;
        }
        if (!seen)
            continue;
        const nm_token *n = T(c, j + 1);
        if (is_p(c, j, ',')) {
            if (is_any(c, j + 1, w_which_a_an) ||
                (is_word(c, j + 1) && (n->flags & TF_LOWER) && ends_in(c, j + 1, 5, "ing") &&
                 !cue_of(c, j + 1)))
                return nm_content_end(c, a, j);
        }
        if (is_any(c, j, writer_words) || (nm_tok_is(c->d, j, "as") && is_any(c, j + 1, nm_subj_pronouns)))
            return nm_content_end(c, a, j);
    }
    return b;
}
