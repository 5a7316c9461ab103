/*
 * titles.c -- office and role mentions (NM_TITLE) and the person holding
 * each one (nm_mention.holder).
 *
 * A title is an office noun (word class LX_TITLE: "president", "secretary",
 * "director", "coach"), with the modifiers before it ("Foreign Minister",
 * "Deputy Prime Minister") and its complement after it: "of" or "for" and a
 * name, possibly nested ("member of the Political Bureau of the Communist
 * Party of China Central Committee", "secretary of Mongolia's National
 * Security Council").
 *
 * Holders, in order of preference:
 *   - a person right after the title: "President Barack Obama",
 *     "secretary of ... Council Jadamba Enkhbayar";
 *   - a person before it, in apposition: "Wang Yi, a member of ...",
 *     "said Wang, also director of ...", and the next title of the same
 *     list: "..., a member of X (XY) and director of Z";
 *   - a person after a title and a comma: "The club's coach, Ana Silva,".
 *
 * A title with no holder is still shown when it is written as an office
 * (capitalised, or with an "of" complement naming something); a bare
 * lower-case "minister" is left to the quote attribution as a role noun.
 *
 * The names inside a complement are organisations or places; entities.c
 * has usually found them, and a capitalised run it left is added here as an
 * organisation.
 *
 * One pass over the tokens; each title looks at a bounded window.
 */
#include "nm.h"
#include "runsort.h"
#include <stdlib.h>

typedef struct tctx {
    nm_doc *d;
    const uint32_t *wc;
    size_t n;
    struct mref { uint32_t t0, t1, mi; } *idx;   /* names, sorted by position */
    size_t nidx;
    uint8_t *covered;     /* token inside a person/org/place mention */
} tctx;

static const nm_token *tk(const tctx *c, size_t i) { return DOC_TOK(c->d, i); }

static int is_word(const tctx *c, size_t i) { return i < c->n && tk(c, i)->kind == TK_WORD; }

static int lower_is(const tctx *c, size_t i, const char *w)
{
    return is_word(c, i) && (tk(c, i)->flags & TF_LOWER) && nm_tok_is(c->d, i, w);
}

static int punct_is(const tctx *c, size_t i, uint32_t cp)
{
    return i < c->n && tk(c, i)->kind == TK_PUNCT && nm_tok_cp(c->d, tk(c, i)) == cp;
}

/* A plural office noun ("ministers", "spokesmen") names no one office. */
static int plural(const tctx *c, size_t i)
{
    const char *s = nm_tok_str(c->d, i);
    size_t n = nm_tok_len(c->d, i);
    if (n > 3 && s[n - 1] == 's' && s[n - 2] != 's' &&
        (nm_word_class(c->d, s, n - 1) & WC_TITLE))
        return 1;
    if (n > 3 && !memcmp(s + n - 3, "men", 3)) {
        char buf[64];
        if (n >= sizeof buf)
            return 0;
        memcpy(buf, s, n);
        buf[n - 2] = 'a';
        return (nm_word_class(c->d, buf, n) & WC_TITLE) != 0;
    }
    if (n > 5 && !memcmp(s + n - 3, "ies", 3)) {
        char buf[64];
        if (n >= sizeof buf)
            return 0;
        memcpy(buf, s, n - 3);
        buf[n - 3] = 'y';
        return (nm_word_class(c->d, buf, n - 2) & WC_TITLE) != 0;
    }
    return 0;
}

static int title_word(const tctx *c, size_t i)
{
    return is_word(c, i) && (c->wc[i] & WC_TITLE) && !c->covered[i] && !plural(c, i);
}

/* A word that can be part of a name inside a complement. */
static int comp_word(const tctx *c, size_t i)
{
    if (!is_word(c, i))
        return 0;
    const nm_token *t = tk(c, i);
    if (c->covered[i])
        return 1;
    return (t->flags & TF_CAP) && !(c->wc[i] & (WC_FUNC | WC_MONTH | WC_WEEKDAY | WC_HONOR)) &&
           !(t->flags & TF_SENT_START && i > 0 && punct_is(c, i - 1, '.'));
}

/* The complement after "of" / "for" starting at i: [the] Name ['s Name]
 * [of [the] Name]...  Returns its end (i when there is none).  Capitalised
 * words only, or "the" + an organisation noun ("the ministry"). */
static size_t complement(const tctx *c, size_t i, int *named)
{
    size_t j = i, end = i;
    *named = 0;
    for (int depth = 0; depth < 6; depth++) {
        if (lower_is(c, j, "the"))
            j++;
        size_t k = j;
        while (k < c->n && k < j + 12) {
            if (comp_word(c, k)) {
                k++;
                continue;
            }
            /* "Mongolia's National Security Council" */
            if (k > j && is_word(c, k) && tk(c, k)->start == tk(c, k - 1)->end &&
                (nm_tok_is(c->d, k, "'s") || nm_tok_is(c->d, k, "\xe2\x80\x99s")) &&
                comp_word(c, k + 1)) {
                k++;
                continue;
            }
            break;
        }
        if (k > j) {
            *named = 1;
            end = k;
        } else if (j > i && is_word(c, j) &&
                   (tk(c, j)->flags & TF_LOWER) && (c->wc[j] & WC_ORGWORD) &&
                   !(c->wc[j] & WC_FUNC)) {
            end = j + 1;       /* "spokesman for the ministry" */
            break;
        } else {
            break;
        }
        /* a person's name ends the complement: "Council Jadamba Enkhbayar" */
        if (lower_is(c, end, "of") && end + 1 < c->n) {
            j = end + 1;
            continue;
        }
        break;
    }
    return end;
}

static int idx_cmp(const void *x, const void *y)
{
    const struct mref *a = x, *b = y;
    return a->t0 < b->t0 ? -1 : a->t0 > b->t0;
}
NM_RUNSORT(sort_idx, struct mref, idx_cmp)

/* The mention starting at token i (1) or ending right before it (0), -1. */
static int32_t mention_by(const tctx *c, size_t i, int start)
{
    size_t lo = 0, hi = c->nidx;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        size_t key = start ? c->idx[mid].t0 : c->idx[mid].t1;
        if (key < i)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < c->nidx && (start ? c->idx[lo].t0 : c->idx[lo].t1) == i)
        return (int32_t)c->idx[lo].mi;
    return -1;
}

/* Trims a person mention that starts inside [a, b) off the complement:
 * "secretary of the Security Council Jadamba Enkhbayar".  A possessor is no
 * holder: in "secretary of Zembra's Harbour Council Oyuunaa Dorj" the
 * complement goes on after "Zembra's" (whatever type "Zembra" was given). */
static size_t cut_at_person(const tctx *c, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++) {
        if (!c->covered[i])
            continue;
        int32_t m = mention_by(c, i, 1);
        if (m >= 0 && DOC_MENT(c->d, m)->type == NM_PERSON) {
            size_t e = DOC_MENT(c->d, m)->t1;
            if (e + 1 < b && is_word(c, e) && tk(c, e)->start == tk(c, e - 1)->end &&
                (nm_tok_is(c->d, e, "'s") || nm_tok_is(c->d, e, "\xe2\x80\x99s"))) {
                i = e;
                continue;
            }
            return i;
        }
    }
    return b;
}

static int32_t person_at(const tctx *c, size_t i)
{
    if (i >= c->n)
        return -1;
    int32_t m = c->covered[i] ? mention_by(c, i, 1) : -1;
    return m >= 0 && DOC_MENT(c->d, m)->type == NM_PERSON ? m : -1;
}

static int32_t person_ending_before(const tctx *c, size_t i)
{
    if (i == 0 || i > c->n)
        return -1;
    int32_t m = c->covered[i - 1] ? mention_by(c, i, 0) : -1;
    return m >= 0 && DOC_MENT(c->d, m)->type == NM_PERSON ? m : -1;
}

static int det_word(const tctx *c, size_t i)
{
    return is_word(c, i) && (tk(c, i)->flags & TF_LOWER) &&
           (nm_tok_is(c->d, i, "a") || nm_tok_is(c->d, i, "an") || nm_tok_is(c->d, i, "the") ||
            nm_tok_is(c->d, i, "also") || nm_tok_is(c->d, i, "now") ||
            nm_tok_is(c->d, i, "then") || nm_tok_is(c->d, i, "currently") ||
            nm_tok_is(c->d, i, "former") || nm_tok_is(c->d, i, "and"));
}

/* Holder before the title, in apposition: "P, [a|the|also|...] TITLE",
 * "P, [the] Owner's TITLE" ("Kim Lee, Acme's chief economist"). */
static int32_t apposition_holder(const tctx *c, size_t a)
{
    size_t i = a;
    while (i > 0 && i + 3 > a && det_word(c, i - 1))
        i--;
    if (i > 1 && is_word(c, i - 1) && tk(c, i - 1)->start == tk(c, i - 2)->end &&
        (nm_tok_is(c->d, i - 1, "'s") || nm_tok_is(c->d, i - 1, "\xe2\x80\x99s"))) {
        /* a possessor: capitalised words, or "the party" */
        size_t p = i - 1;
        while (p > 0 && p + 5 > i && is_word(c, p - 1) && (tk(c, p - 1)->flags & TF_CAP))
            p--;
        if (p == i - 1 && p > 1 && is_word(c, p - 1) && (c->wc[p - 1] & WC_ORGWORD) &&
            det_word(c, p - 2))
            p -= 2;
        if (p == i - 1)
            return -1;
        i = p;
        while (i > 0 && i + 2 > p && det_word(c, i - 1))
            i--;
    }
    if (i == 0 || !punct_is(c, i - 1, ','))
        return -1;
    return person_ending_before(c, i - 1);
}

static nm_status add_org(tctx *c, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (c->covered[i])
            return NM_OK;
    /* only a run that reads as an organisation: has a head word */
    int org = 0;
    for (size_t i = a; i < b; i++)
        org |= (c->wc[i] & WC_ORGWORD) != 0;
    if (!org || b - a < 2)
        return NM_OK;
    if (nm_doc_add_mention(c->d, (uint32_t)a, (uint32_t)b, NM_ORG, SRC_CONTEXT) < 0)
        return NM_ENOMEM;
    for (size_t i = a; i < b; i++)
        c->covered[i] = 1;
    return NM_OK;
}

/* Adds an org for every capitalised run of the complement [a, b) that no
 * mention covers. */
static nm_status complement_orgs(tctx *c, size_t a, size_t b)
{
    size_t i = a;
    while (i < b) {
        if (!is_word(c, i) || !(tk(c, i)->flags & TF_CAP) || c->covered[i]) {
            i++;
            continue;
        }
        size_t j = i;
        while (j < b && is_word(c, j) && (tk(c, j)->flags & TF_CAP) && !c->covered[j])
            j++;
        if (add_org(c, i, j) != NM_OK)
            return NM_ENOMEM;
        i = j;
    }
    return NM_OK;
}

nm_status nm_titles_find(nm_doc *d)
{
    size_t n = d->toks.n;
    if (n == 0)
        return NM_OK;
    nm_status st = nm_doc_word_classes(d);
    if (st != NM_OK)
        return st;
    tctx c;
    c.d = d;
    c.wc = d->wcls;
    c.n = n;
    /* The names found so far, sorted by position (entities.c emits them in
     * order and without overlap, so the sort is one pass), looked up by
     * binary search: no per-token index is needed. */
    c.nidx = 0;
    c.idx = malloc((d->mentions.n ? d->mentions.n : 1) * sizeof *c.idx);
    c.covered = calloc(n, 1);
    if (!c.idx || !c.covered) {
        st = NM_ENOMEM;
        goto done;
    }
    for (size_t i = 0; i < d->mentions.n; i++) {
        const nm_mention *m = DOC_MENT(d, i);
        if (m->pronoun || m->type == NM_TITLE || m->type == NM_DATE)
            continue;
        c.idx[c.nidx].t0 = m->t0;
        c.idx[c.nidx].t1 = m->t1;
        c.idx[c.nidx++].mi = (uint32_t)i;
        for (uint32_t t = m->t0; t < m->t1; t++)
            c.covered[t] = 1;
    }
    if (sort_idx(c.idx, c.nidx)) {
        st = NM_ENOMEM;
        goto done;
    }

    size_t prev_end = 0;      /* end of the previous title */
    int32_t prev_holder = -1; /* its holder when found in apposition */
    for (size_t i = 0; i < n; i++) {
        if (!(c.wc[i] & WC_TITLE) || !title_word(&c, i))   /* most words: no office noun */
            continue;
        /* start: modifiers and other office nouns before the head */
        size_t a = i;
        while (a > 0 && is_word(&c, a - 1) && !c.covered[a - 1] &&
               (c.wc[a - 1] & (WC_TITLEMOD | WC_TITLE)) && !(c.wc[a - 1] & WC_FUNC) &&
               ((tk(&c, a - 1)->flags & TF_CAP) == (tk(&c, i)->flags & TF_CAP)) &&
               !(tk(&c, a)->flags & TF_NEWLINE_BEFORE) && a + 4 > i)
            a--;
        /* end: further office nouns ("Secretary General"), then "of X" */
        size_t b = i + 1;
        while (b < n && b < i + 4 && title_word(&c, b) && !(tk(&c, b)->flags & TF_NEWLINE_BEFORE) &&
               (tk(&c, b)->flags & TF_CAP) == (tk(&c, i)->flags & TF_CAP))
            b++;
        int named = 0;
        size_t comp_a = b, comp_b = b;
        if ((lower_is(&c, b, "of") || lower_is(&c, b, "for")) && b + 1 < n) {
            size_t e = complement(&c, b + 1, &named);
            e = cut_at_person(&c, b + 1, e);
            /* "... of the" left dangling by the cut */
            while (e > b + 1 && is_word(&c, e - 1) && (lower_is(&c, e - 1, "of") ||
                   lower_is(&c, e - 1, "the") || nm_tok_is(d, e - 1, "'s")))
                e--;
            if (e > b + 1) {
                comp_a = b + 1;
                comp_b = e;
                b = e;
            } else {
                named = 0;
            }
        }
        /* holder */
        int32_t h = person_at(&c, b);
        if (h < 0 && title_word(&c, b)) {
            /* "nominee Gov. Mike Pence": the next title's name */
            size_t q = b;
            while (q < n && q < b + 3 && title_word(&c, q))
                q++;
            h = person_at(&c, q);
        }
        if (h < 0)
            h = apposition_holder(&c, a);
        if (h < 0 && prev_holder >= 0 && a >= 2 && lower_is(&c, a - 1, "and")) {
            /* "..., a member of X (XY) and director of Z" */
            size_t k = a - 1;
            if (k > 0 && punct_is(&c, k - 1, ')')) {
                size_t p = k - 1;
                while (p > 0 && p + 8 > k && !punct_is(&c, p, '('))
                    p--;
                k = punct_is(&c, p, '(') ? p : k;
            }
            if (k == prev_end)
                h = prev_holder;
        }
        if (h < 0 && punct_is(&c, b, ',') && person_at(&c, b + 1) >= 0) {
            int32_t p = person_at(&c, b + 1);
            if (punct_is(&c, DOC_MENT(d, p)->t1, ','))
                h = p;       /* "the coach, Ana Silva, said" */
        }
        int cap = (tk(&c, i)->flags & TF_CAP) && !(tk(&c, i)->flags & TF_CAPSLINE) &&
                  !((tk(&c, a)->flags & TF_SENT_START) && h < 0 && !named);
        if (h < 0 && !cap && !named) {
            i = b > i ? b - 1 : i;
            continue;
        }
        int32_t mi = nm_doc_add_mention(d, (uint32_t)a, (uint32_t)b, NM_TITLE, SRC_RULE);
        if (mi < 0) {
            st = NM_ENOMEM;
            goto done;
        }
        DOC_MENT(d, mi)->holder = h;
        if (named && (st = complement_orgs(&c, comp_a, comp_b)) != NM_OK)
            goto done;
        prev_end = b;
        prev_holder = h >= 0 && person_at(&c, b) != h ? h : -1;
        i = b - 1;
    }
    /* "nominee Gov. Mike Pence": a title right before another title that a
     * name follows belongs to that name too */
    for (size_t k = d->mentions.n; k-- > 1;) {
        nm_mention *m = DOC_MENT(d, k - 1), *nx = DOC_MENT(d, k);
        if (m->type == NM_TITLE && nx->type == NM_TITLE && m->holder < 0 && nx->holder >= 0 &&
            m->t1 == nx->t0 && DOC_MENT(d, nx->holder)->t0 == nx->t1)
            m->holder = nx->holder;
    }
done:
    free(c.idx);
    free(c.covered);
    return st;
}
