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
#include "attr.h"
#include <stdlib.h>
#include <string.h>

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
nm_status nm_attribute_quote(actx *c, nm_q *q, const spk *s, size_t cue0, size_t cue1)
{
    nm_status st;
    if (cue1 > cue0) {
        q->cue_start = T(c, cue0)->start;
        q->cue_end = T(c, cue1 - 1)->end;
    }
    /* a lone adverb ("..., falsely suggesting that ...") is no speaker:
     * none is better than a wrong one */
    if (s->kind == SPK_ROLE && s->t1 == s->t0 + 1 && nm_ly_adverb(c, s->t0))
        return NM_OK;
    if (s->kind == SPK_ROLE && !nm_role_phrase(c, s->t0, s->t1))
        return NM_OK;
    if (s->kind == SPK_NAME && !nm_name_phrase(c, s))
        return NM_OK;
    if (s->kind != SPK_NONE) {
        q->spk_start = T(c, s->t0)->start;
        q->spk_end = T(c, s->t1 - 1)->end;
        q->entity = nm_resolve_speaker(c, s);
        if ((st = speaker_mention(c, s, &q->speaker)) != NM_OK)
            return st;
        if (s->kind == SPK_PRONOUN && nm_person_entity(c, q->entity)) {
            uint8_t g = nm_pronoun_gender(c, s->t0);
            if (g && !c->gender[q->entity])
                c->gender[q->entity] = g;
        }
        c->last_ent = q->entity;
        c->last_tok = s->t0;
    }
    return NM_OK;
}

/* Step 5 of the pass, for direct quote qi (out quote q) that no rule
 * attributed or that inherited the last speaker: a speaker the sentence
 * names after all ('"...," US Senator Ada Obi said', 'X fired back:
 * "..."', 'X is telling voters that "..."').  Applied after the learned
 * passes, which saw the inherited speaker as before.  A quote inside a
 * clause in the paragraph after its speaker's has that clause for its
 * context: it gets the clause's subject, or loses the inherited speaker
 * (the last speaker was wrong there in 46 of 83 train cases). */
static nm_status late_speaker(actx *c, nm_q *q, size_t qi)
{
    const dq *x = &c->xs[qi];
    size_t v = NO_TOK;
    spk s = nm_late_subject(c, x, &v);
    if (s.kind == SPK_NONE && (s = nm_colon_subject(c, x)).kind != SPK_NONE) {
        v = x->o;                   /* the colon is the cue */
        while (!is_p(c, v - 1, ':'))
            v--;
        v--;
    }
    if (s.kind == SPK_NONE && c->inherited[qi] == 1)
        return NM_OK;               /* the speaker goes on */
    if (s.kind == SPK_NONE && !nm_opens_clause(c, x->o))
        s = nm_inclause_speaker(c, x->o);
    if (c->inherited[qi]) {
        q->speaker = q->entity = -1;
        q->spk_start = q->spk_end = q->cue_start = q->cue_end = -1;
    }
    if (s.kind == SPK_NONE)
        return NM_OK;
    return v == NO_TOK ? nm_attribute_quote(c, q, &s, 0, 0) : nm_attribute_quote(c, q, &s, v, v + 1);
}

nm_q *nm_new_quote(actx *c, size_t a, size_t b, int direct)
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
size_t nm_words_in(const actx *c, size_t a, size_t b)
{
    size_t n = 0;
    for (size_t i = a; i < b; i++)
        n += T(c, i)->kind == TK_WORD || T(c, i)->kind == TK_NUM;
    return n;
}

/* nm_skip_adjuncts()'s word lists, named: as compound literals they were
 * built on the stack at each call. */
static const char *const skip_preps[] = { "on", "at", "during", "in", "late", "early",
    "earlier", "last", "this", "on", "after", "before", "while", NULL };
static const char *const np_openers[] = { "a", "an", "the", "his", "her", "their", "its",
    NULL };
static const char *const period_nouns[] = { "week", "month", "year", "night", "morning",
    "evening", "weekend", "time", NULL };
static const char *const that_times[] = { "night", "day", "week", "morning", "evening",
    "afternoon", "weekend", NULL };
static const char *const adverbs_after[] = { "here", "there", "today", "yesterday", "then",
    "tonight", "recently", "earlier", "later", "again", "also", "publicly", NULL };

/* Skips what may stand between a verb and the end of its clause or its
 * content: dates ("Tuesday", "on Monday"), "in a statement", "here".
 * Returns the first token after them. */
size_t nm_skip_adjuncts(const actx *c, size_t k, size_t hi)
{
    for (int rounds = 0; rounds < 4 && k < hi; rounds++) {
        int32_t m = ment_start(c, k);
        if (m >= 0 && DOC_MENT(c->d, m)->type == NM_DATE) {
            k = DOC_MENT(c->d, m)->t1;
            /* "on Tuesday night" */
            if (k < hi && is_any(c, k, nm_day_parts))
                k++;
            continue;
        }
        if (is_any(c, k, skip_preps) &&
            k + 1 < hi) {
            size_t e = k + 1;
            int32_t m2 = ment_start(c, e);
            if (m2 >= 0 && (DOC_MENT(c->d, m2)->type == NM_DATE ||
                            DOC_MENT(c->d, m2)->type == NM_PLACE)) {
                k = DOC_MENT(c->d, m2)->t1;
                continue;
            }
            if (is_any(c, e, np_openers)) {
                size_t f = e + 1;
                while (f < hi && f < e + 5 && is_word(c, f) && !is_func(c, f) && !cue_of(c, f) &&
                       !nm_tok_is(c->d, f, "that"))
                    f++;
                if (f > e + 1 && f - e <= 4) {
                    k = f;
                    continue;
                }
            }
            if (is_any(c, e, period_nouns)) {
                k = e + 1;
                continue;
            }
            break;
        }
        /* "said in her speech that night" */
        if (nm_tok_is(c->d, k, "that") && k + 1 < hi &&
            is_any(c, k + 1, that_times) &&
            (k + 2 >= hi || !(is_word(c, k + 2) || T(c, k + 2)->kind == TK_NUM))) {
            k += 2;
            continue;
        }
        /* "said there was no plan": "there" opens the claim */
        if (nm_tok_is(c->d, k, "there") && k + 1 < hi && is_any(c, k + 1, nm_there_verbs))
            break;
        if (is_any(c, k, adverbs_after)) {
            k++;
            continue;
        }
        break;
    }
    return k;
}

/* Past a parenthesis at k ("Rep. Ada Obi (D-Ohio) said"), at most 10 tokens. */
size_t nm_skip_paren(const actx *c, size_t k, size_t hi)
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
size_t nm_content_end(const actx *c, size_t a, size_t b)
{
    while (b > a && (is_terminal(c, b - 1) || (T(c, b - 1)->kind == TK_QUOTE && T(c, b - 1)->qside != TQ_OPEN) ||
                     is_p(c, b - 1, ',') || is_p(c, b - 1, ';') || is_p(c, b - 1, ':') ||
                     is_p(c, b - 1, ')') || T(c, b - 1)->kind == TK_DASH))
        b--;
    return b;
}

/* First content token of a sentence: a dateline ("CITY, Sept. 3 (Agency)
 * --"), opening marks and a leading conjunction left out. */
size_t nm_content_start(const actx *c, size_t a, size_t b)
{
    if (T(c, a)->flags & TF_PARA_START) {
        for (size_t k = a + 1; k < b && k < a + 14; k++)
            if (T(c, k)->kind == TK_DASH) {
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
int nm_swallow_direct(actx *c, size_t a, size_t b, int *direct, int commit)
{
    *direct = 0;
    /* only tokens in a direct quote count: visit the map's marks, 64
     * tokens a word, not every token of a long claim */
    for (size_t i = a; i < b; i++) {
        uint64_t w = c->inq.bits[i >> 6] >> (i & 63);
        if (!w) {
            i |= 63;
            continue;
        }
        i += (size_t)__builtin_ctzll(w);
        if (i >= b)
            break;
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

/* A speech verb right after a quote closed by a comma ('"...," said X',
 * '"...," X Y Z said'): the quote has an attribution of its own, even
 * when no rule reads its speaker.  The verb's token, or NO_TOK. */
static size_t cue_after_close(const actx *c, const dq *x)
{
    size_t k = x->cl + 1, n = c->n;
    if (x->cl < 1 || !is_p(c, x->cl - 1, ','))
        return NO_TOK;
    while (k < n && T(c, k)->kind == TK_QUOTE)
        k++;
    for (size_t j = k; j < n && j < k + 4; j++) {
        if (in_quote(c, j) || is_terminal(c, j) || (T(c, j)->flags & TF_PARA_START) || is_p(c, j, ','))
            break;
        unsigned f = cue_of(c, j);
        if (f && !(f & CUE_ING))
            return j;
    }
    return NO_TOK;
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
    c.tk = d->toks.data;
    c.wc = d->wcls;
    c.cue_bits = d->cue_bits;
    c.n = n;
    c.nmen = d->mentions.n;
    c.last_ent = -1;
    c.gender = calloc(d->ents.n + 1, 1);
    c.drop = calloc(nd + 1, 1);
    c.inherited = calloc(nd + 1, 1);
    dq *xs = malloc((nd + 1) * sizeof *xs);
    c.xs = xs;
    if (!c.gender || !c.drop || !c.inherited || !xs || (st = nm_tokmap_init(&c.mend, n)) != NM_OK ||
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
    /* a sex an honorific told (pronoun speakers add to it as the pass
     * goes); nm_ent_sex() falls back on the given name's */
    for (size_t e = 0; e < d->ents.n; e++)
        c.gender[e] = DOC_ENT(d, e)->sex_hon ? DOC_ENT(d, e)->sex : G_UNKNOWN;
    for (size_t i = 0; i < c.nmen; i++) {
        const nm_mention *m = DOC_MENT(d, i);
        if (m->pronoun || m->t1 <= m->t0 || m->t1 > n)
            continue;
        int32_t *e = nm_tokmap_slot(&c.mend, m->t1 - 1), *b = nm_tokmap_slot(&c.mstart, m->t0);
        if (*e < 0 || better_mention(m, DOC_MENT(d, *e)))
            *e = (int32_t)i;
        if (*b < 0 || better_mention(m, DOC_MENT(d, *b)))
            *b = (int32_t)i;
    }
    /* direct quotes: their mark tokens, and the tokens they cover */
    for (size_t i = 0; i < nd; i++) {
        const nm_q *q = DOC_QUOTE(d, i);
        size_t a = nm_tok_at_byte(d, q->start), b = nm_tok_at_byte(d, q->end - 1);
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
        size_t q_first = qi, out_first = c.out.n;
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
            if ((st = nm_direct_attr(&c, q, &xs[qi], &found)) != NM_OK)
                goto done;
            size_t para = DOC_SENT(d, nm_tok_sent(d, xs[qi].o))->para;
            size_t words = nm_words_in(&c, xs[qi].o, xs[qi].cl), own;
            if (found) {
                c.drop[qi] = 2;             /* keeps its own attribution */
                q->own_cue = 1;
            } else if ((words <= SCARE_WORDS && !nm_opens_clause(&c, xs[qi].o)) ||
                       nm_titled_after_prep(&c, &xs[qi])) {
                c.drop[qi] = 3;             /* a scare quote or a term, a work's title */
            } else if ((own = cue_after_close(&c, &xs[qi])) != NO_TOK) {
                /* '"...," said <a speaker no rule reads>': its own cue,
                 * and no speaker rather than the last one's */
                q->cue_start = T(&c, own)->start;
                q->cue_end = T(&c, own)->end;
            } else if (prev_direct >= 0 && prev_para != (size_t)-1 && para <= prev_para + 1) {
                /* the same speaker goes on */
                const nm_q *p = &NM_VEC_AT(c.out, nm_q, prev_direct);
                c.inherited[qi] = para == prev_para || nm_opens_clause(&c, xs[qi].o) ? 1 : 2;
                q->entity = p->entity;
                q->speaker = p->speaker;
                q->spk_start = p->spk_start;
                q->spk_end = p->spk_end;
                q->cue_start = p->cue_start;
                q->cue_end = p->cue_end;
            }
            /* a single quoted word opening a sentence with no attribution
             * near is a term ("“Refoulement” is forbidden"), not a claim
             * (train: 11 fewer false quotes, 1 right one lost) */
            if (c.drop[qi] == 0 && words <= 1 && q->cue_start < 0 && q->spk_start < 0)
                c.drop[qi] = 3;
            if (c.drop[qi] != 3) {
                prev_direct = (int32_t)(c.out.n - 1);
                prev_para = para;
            }
            qi++;
        }
        /* 2-4 are not for the sentences a labelled turn runs over (their
         * words are its claim, and they hold no quote) */
        if (se->t0 < c.turn_end)
            continue;
        /* 2: reported speech */
        if ((st = nm_sentence_reported(&c, se->t0, se->t1)) != NM_OK)
            goto done;
        for (size_t j = q_first; j < qi; j++)
            if ((c.drop[j] == 3 || (c.drop[j] == 0 && !nm_opens_clause(&c, xs[j].o))) &&
                (st = nm_stance_quote(&c, j)) != NM_OK)
                goto done;
        /* 3: claims of the learned model, where the rules found none */
        if ((st = nm_learned_claims(&c, se->t0, se->t1, out_first)) != NM_OK)
            goto done;
        /* 4: quotes still dropped, or kept inside a clause with no cue of
         * their own, by the quoted-span model */
        for (size_t j = q_first; j < qi; j++)
            if ((c.drop[j] == 3 || (c.drop[j] == 0 && !nm_opens_clause(&c, xs[j].o))) &&
                (st = nm_quoted_claim(&c, j, out_first)) != NM_OK)
                goto done;
        /* 5: speakers of the sentence's direct quotes that no rule
         * attributed, or that only inherited the last one's */
        for (size_t j = q_first; j < qi; j++) {
            nm_q *q = &NM_VEC_AT(c.out, nm_q, out_first + (j - q_first));
            if (c.drop[j] == 0 && (q->spk_start < 0 || c.inherited[j]) &&
                (st = late_speaker(&c, q, j)) != NM_OK)
                goto done;
        }
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
    free(c.inherited);
    free(xs);
    return st;
}
