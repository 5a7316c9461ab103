/*
 * tagfix.c -- repairs of the tagger's labels that hold whatever the model
 * learnt.  On a short text with unseen names the tagger's reading of a
 * borderline word changes from one retrain to the next (a change of the
 * training order alone flips several); these few kinds of span are read
 * the same way by every model:
 *
 *   - an honorific ("Dr.", "Lord", "Mrs.") or an office's plural
 *     ("Representatives") is no part of a name, and the name after it is a
 *     person's: "Talks with Dr. Baatar", "Lord Brandwell spoke";
 *   - an org ends at its head word when a person's name follows ("...
 *     Security Council Jadamba Enkhbayar"), and a company at its suffix:
 *     "Brantwell Pumps Inc of Toledo" is the company, then the town; two
 *     bodies joined by "of the" are two;
 *   - a lone word or a name ending in the surname of a person named in
 *     full or after an honorific is that person ("Pia Oduya ... Lind told
 *     Oduya", "Mr. Okafor ... Ngozi Okafor"), whatever type the tagger gave
 *     it.  (A lone surname the tagger left out is found by entities.c,
 *     among the rules' candidates.)
 *
 * Runs after the tagger (nm_tagger_run), on d->labels and d->wcls.
 */
#include "nm.h"
#include <stdlib.h>

/* The end of the span that starts at i (a B-X label). */
static size_t span_end(const uint8_t *lab, size_t i, size_t n)
{
    size_t j = i + 1;
    while (j < n && lab[j] == lab[i] + 1)
        j++;
    return j;
}

static void relabel(uint8_t *lab, size_t a, size_t b, uint8_t first)
{
    for (size_t k = a; k < b; k++)
        lab[k] = k == a ? first : (uint8_t)(first + 1);
}

/* An honorific that is as often a given name ("Earl Warren", "Duke
 * Ellington") is no sure sign. */
static int honorific(const nm_doc *d, size_t i)
{
    return (d->wcls[i] & WC_HONOR) && (DOC_TOK(d, i)->flags & TF_CAP) && !nm_tok_is(d, i, "earl") &&
           !nm_tok_is(d, i, "duke");
}

/* A word that may stand in a person's name: capitalised, no office, org or
 * place head word, no country or city of the lexicon. */
static int name_word(const nm_doc *d, size_t i)
{
    const nm_token *t = DOC_TOK(d, i);
    return t->kind == TK_WORD && (t->flags & TF_CAP) &&
           !(d->wcls[i] & (WC_TITLE | WC_HONOR | WC_ORGWORD | WC_PLACEHEAD | WC_MISCHEAD | LX_COUNTRY |
                           LX_CITY | LX_REGION | LX_ORG | WC_FUNC));
}

static int all_name_words(const nm_doc *d, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (!name_word(d, k))
            return 0;
    return 1;
}

/* The same, but a town's name may be a given name too ("Ngozi"). */
static int given_names(const nm_doc *d, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++) {
        const nm_token *t = DOC_TOK(d, k);
        if (t->kind != TK_WORD || !(t->flags & TF_CAP) ||
            (d->wcls[k] & (WC_TITLE | WC_HONOR | WC_ORGWORD | WC_PLACEHEAD | WC_MISCHEAD | LX_COUNTRY |
                           LX_ORG | WC_FUNC)))
            return 0;
    }
    return 1;
}

/* Whether [a, b) holds a common word: "Miss Universe", "Miss World" name
 * a pageant (CoNLL: misc), "Miss Holm" a woman. */
static int common_word(const nm_doc *d, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (d->wcls[k] & LX_COMMON)
            return 1;
    return 0;
}

/* A capitalised plural of an office noun: "Representatives", "Senators". */
static int plural_office(const nm_doc *d, size_t i)
{
    const char *w = nm_tok_str(d, i);
    size_t n = nm_tok_len(d, i);
    return n > 3 && n < 64 && w[n - 1] == 's' && DOC_TOK(d, i)->kind == TK_WORD &&
           (DOC_TOK(d, i)->flags & TF_CAP) && (nm_word_class(d, w, n - 1) & WC_TITLE);
}

static uint32_t word_hash(const nm_doc *d, size_t i)
{
    const nm_token *t = DOC_TOK(d, i);
    uint32_t h = 2166136261u;
    for (uint32_t k = t->start; k < t->end; k++)
        h = (h ^ (unsigned char)d->text[k]) * 16777619u;
    return h | 1;
}

/* A span [i, j) of the ORG type: a company's suffix or a body's head word
 * before "of" ends it. */
static void org_of(nm_doc *d, size_t i, size_t j)
{
    uint8_t *lab = d->labels;
    for (size_t k = i + 1; k + 2 < j; k++) {
        if (!nm_tok_is(d, k + 1, "of"))
            continue;
        if ((DOC_TOK(d, k)->flags & TF_CAP) && nm_company_suffix(d, k)) {
            /* "... Inc of Toledo": the rest is where it is */
            lab[k + 1] = NM_LBL_O;
            relabel(lab, k + 2, j,
                    (d->wcls[k + 2] & (LX_COUNTRY | LX_CITY | LX_REGION)) ? NM_LBL_B_LOC : NM_LBL_B_ORG);
            return;
        }
        /* "the Standing Board of the Veldt Rowing Federation": two bodies,
         * each of two words or more with its head word (CoNLL++ train joins
         * none such; "Organisation of the Islamic Conference", a lone head
         * word before, is one) */
        if (k + 4 < j && (d->wcls[k] & WC_ORGWORD) && nm_tok_is(d, k + 2, "the") &&
            (d->wcls[j - 1] & WC_ORGWORD)) {
            lab[k + 1] = lab[k + 2] = NM_LBL_O;
            relabel(lab, k + 3, j, NM_LBL_B_ORG);
            return;
        }
    }
}

/* "... National Security Council Jadamba Enkhbayar": an org span whose
 * head word (Council, Ministry) stands inside it, followed by two or more
 * capitalised words that are not common words, ends at the head word; the
 * words after it are the person the office belongs to. */
static void org_holder(nm_doc *d, size_t i, size_t j)
{
    size_t head = 0;
    for (size_t k = i + 1; k + 1 < j; k++)
        if (d->wcls[k] & WC_ORGWORD)
            head = k;
    if (!head || j - head - 1 < 2)
        return;
    for (size_t k = head + 1; k < j; k++) {
        const nm_token *t = DOC_TOK(d, k);
        if (t->kind != TK_WORD || !(t->flags & TF_CAP) || (t->flags & TF_ALLCAPS) ||
            (d->wcls[k] & (LX_COMMON | WC_ORGWORD | WC_FUNC | LX_COUNTRY | LX_CITY | LX_REGION | WC_PLACEHEAD)))
            return;
    }
    relabel(d->labels, head + 1, j, NM_LBL_B_PER);
}

/* A growing list of token indices. */
typedef struct ilist { uint32_t *v; size_t n, cap; } ilist;

static int push(ilist *l, size_t x)
{
    if (l->n == l->cap) {
        size_t c2 = l->cap ? l->cap * 2 : 16;
        uint32_t *v = realloc(l->v, c2 * sizeof *v);
        if (!v)
            return -1;
        l->v = v;
        l->cap = c2;
    }
    l->v[l->n++] = (uint32_t)x;
    return 0;
}

/* One pass over the spans: those opened by an honorific or an office's
 * plural, orgs running into their holder's name or past their suffix; the
 * last tokens of the surnames (of a person's full name into sur, a
 * person's lone name right after an honorific into hsur), and the starts
 * of the names of another type that may be one (a lone word, or words
 * ending in a name) into other.  Returns -1 when out of memory. */
static int spans(nm_doc *d, ilist *sur, ilist *hsur, ilist *other)
{
    size_t n = d->toks.n;
    uint8_t *lab = d->labels;
    for (size_t i = nm_next_labelled(lab, 0, n); i < n;) {
        if (!(lab[i] & 1)) {                    /* I-X: its span was handled */
            i = nm_next_labelled(lab, i + 1, n);
            continue;
        }
        size_t j = span_end(lab, i, n);
        int after_hon = i > 0 && lab[i - 1] == NM_LBL_O && honorific(d, i - 1);
        if (honorific(d, i) && j > i + 1 && all_name_words(d, i + 1, j) &&
            !(lab[i] == NM_LBL_B_MISC && nm_tok_is(d, i, "miss") && common_word(d, i + 1, j))) {
            lab[i] = NM_LBL_O;
            relabel(lab, ++i, j, NM_LBL_B_PER);
            after_hon = 1;
        } else if (after_hon && lab[i] != NM_LBL_B_PER && all_name_words(d, i, j)) {
            relabel(lab, i, j, NM_LBL_B_PER);
        } else if (j > i + 1 && (lab[i] == NM_LBL_B_ORG || lab[i] == NM_LBL_B_LOC) &&
                   all_name_words(d, i + 1, j) && plural_office(d, i)) {
            /* "Representatives Wahono": an office's plural, then a name */
            lab[i] = NM_LBL_O;
            relabel(lab, ++i, j, NM_LBL_B_PER);
        } else if (lab[i] == NM_LBL_B_ORG) {
            org_holder(d, i, j);
            org_of(d, i, j);
            j = span_end(lab, i, n);    /* (a holder's name after it comes next) */
        }
        if (lab[i] == NM_LBL_B_PER) {
            /* (a name of two words or more takes only a surname an
             * honorific gave: the tagger's own full names are less sure) */
            if (j > i + 1 ? push(sur, j - 1) : after_hon && name_word(d, i) && push(hsur, i))
                return -1;
        } else if ((j == i + 1 || (lab[i] != NM_LBL_B_MISC && given_names(d, i, j - 1) && name_word(d, j - 1))) &&
                   push(other, i)) {
            return -1;
        }
        i = nm_next_labelled(lab, j, n);
    }
    return 0;
}

static uint32_t *hs_slot(uint32_t *set, uint32_t mask, uint32_t x)
{
    uint32_t k = x & mask;
    while (set[k] && set[k] != x)
        k = (k + 1) & mask;
    return &set[k];
}

/* The names of another type ending in a surname are that person: a lone
 * word ("Pia Oduya ... Lind told Oduya"), or a name whose other words may
 * be given names, when an honorific gave the surname ("Mr. Okafor ...
 * Ngozi Okafor"; the tagger's full names are less sure: CoNLL++ train
 * "St Pauli", "Ruch Chorzow").  Returns -1 when out of memory. */
static int surnames(nm_doc *d, const ilist *sur, const ilist *hsur, const ilist *other)
{
    uint8_t *lab = d->labels;
    uint32_t mask = 15;
    while (mask + 1 < (sur->n + hsur->n) * 2)
        mask = mask * 2 + 1;
    uint32_t *set = calloc(mask + 1, sizeof *set);
    uint8_t *hon = calloc(mask + 1, 1);      /* per slot: a surname an honorific gave */
    if (!set || !hon) {
        free(set);
        free(hon);
        return -1;
    }
    for (size_t k = 0; k < sur->n + hsur->n; k++) {
        uint32_t h = word_hash(d, k < sur->n ? sur->v[k] : hsur->v[k - sur->n]), *e = hs_slot(set, mask, h);
        *e = h;
        hon[e - set] |= k >= sur->n;
    }
    for (size_t k = 0; k < other->n; k++) {
        size_t i = other->v[k], j = span_end(lab, i, d->toks.n);
        uint32_t *e = hs_slot(set, mask, word_hash(d, j - 1));
        if (*e && (j == i + 1 || hon[e - set]))
            relabel(lab, i, j, NM_LBL_B_PER);
    }
    free(set);
    free(hon);
    return 0;
}

int nm_tagger_fix(nm_doc *d)
{
    if (!d->labels || !d->wcls || !d->toks.n)
        return 0;
    ilist sur = { NULL, 0, 0 }, hsur = { NULL, 0, 0 }, other = { NULL, 0, 0 };
    int st = spans(d, &sur, &hsur, &other);
    if (!st && (sur.n || hsur.n) && other.n)
        st = surnames(d, &sur, &hsur, &other);
    free(sur.v);
    free(hsur.v);
    free(other.v);
    return st;
}
