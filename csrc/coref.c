/*
 * coref.c -- groups mentions into entities.
 *
 * Walking the mentions in text order:
 *   - persons: the same name (case aside) is the same person; a single word
 *     ("Wang", "Trump") joins the most recent person whose name holds that
 *     word; a full name ("Donald Trump") joins an earlier person known so
 *     far only by that one word ("Mr. Trump" -> "Trump").  A person's sex,
 *     where an honorific ("Mrs.", "Mr.") or a given name most people of one
 *     sex bear ("Hillary", "Bill") tells it, keeps the two apart: "Mrs.
 *     Clinton" after "Hillary Clinton ... Bill Clinton" is Hillary;
 *   - organisations: the same name; an acronym in parentheses right after
 *     an organisation ("... Central Committee (CPCCC)") joins it, and so do
 *     later uses of the acronym, or an acronym that spells the initials of
 *     an earlier organisation's name;
 *   - places: the same name.
 * An entity's canonical name is its fullest mention (most words, then most
 * bytes; a headline in capitals loses to the body's spelling); the other
 * distinct spellings are its aliases.
 *
 * Titles: a title mention belongs to the entity of its holder (so that the
 * editor's popup on "director of ..." shows who holds it), and its text is
 * added to that entity's titles.  A title without a holder, and every date,
 * belongs to no entity (-1).  Pronoun mentions are left alone: the quote
 * attribution resolves them.
 *
 * Lookups go through one hash table, so the pass is linear after sorting.
 */
#include "nm.h"
#include "strtab.h"
#include "runsort.h"
#include <stdlib.h>

enum {
    K_PERSON, K_ORG, K_PLACE, K_PART, K_SINGLE, K_ACR,
    /* the most recent person, not known to be male (female), with this
     * name word; and the person "Mrs. X" ("Mr. X") last went to */
    K_PART_NOT_M, K_PART_NOT_F, K_HON_F, K_HON_M
};

/* Keys of the name table (nm_strtab tags); the value is the entity. */

static int32_t kget(const nm_strtab *t, const char *s, size_t n, int kind)
{
    if (n > 4096)
        return -1;
    const nm_strkey *k = nm_strtab_get(t, s, n, (uint32_t)kind);
    return k ? k->val : -1;
}

/* Sets the entity of a key, adding the key; -1 when out of memory. */
static int kput(nm_strtab *t, const char *s, size_t n, int kind, int32_t ent)
{
    if (n == 0 || n > 4096)
        return 0;
    int added;
    nm_strkey *k = nm_strtab_put(t, s, n, (uint32_t)kind, &added);
    if (!k)
        return -1;
    k->val = ent;
    return 0;
}

/* Per-entity bookkeeping while grouping. */
typedef struct einfo {
    int32_t best;         /* mention giving the canonical name */
    uint8_t multi;        /* has a mention of two or more name words */
    uint8_t sex;          /* NM_SEX_*, 0 unknown */
    uint8_t hon;          /* sex told by an honorific, not only by a given name */
} einfo;

typedef struct cctx {
    nm_doc *d;
    nm_strtab tab;        /* names, parts, acronyms -> entity */
    nm_vec info;          /* einfo per entity */
    char acr[64];         /* scratch for initials */
} cctx;

static const char *mtext(const nm_doc *d, const nm_mention *m, size_t *n)
{
    *n = m->end - m->start;
    return d->text + m->start;
}

/* Name words of a person mention: capitalised words of two or more letters
 * (initials and particles are no evidence). */
static int name_word(const nm_doc *d, size_t i)
{
    const nm_token *t = DOC_TOK(d, i);
    return t->kind == TK_WORD && (t->flags & TF_CAP) && !(t->flags & TF_ABBREV) &&
           t->end - t->start >= 2;
}

static int32_t new_entity(cctx *c, uint32_t mi)
{
    nm_mention *m = DOC_MENT(c->d, mi);
    nm_ent *e = nm_vec_push(&c->d->ents, sizeof *e);
    einfo *inf = nm_vec_push(&c->info, sizeof *inf);
    if (!e || !inf)
        return -1;
    e->type = m->type;
    inf->best = (int32_t)mi;
    return (int32_t)(c->d->ents.n - 1);
}

/* Is mention a a better canonical name than mention b? */
static int fuller(const nm_doc *d, const nm_mention *a, const nm_mention *b)
{
    int ca = (DOC_TOK(d, a->t0)->flags & TF_CAPSLINE) != 0;
    int cb = (DOC_TOK(d, b->t0)->flags & TF_CAPSLINE) != 0;
    if (ca != cb)
        return cb;
    if (a->t1 - a->t0 != b->t1 - b->t0)
        return a->t1 - a->t0 > b->t1 - b->t0;
    return a->end - a->start > b->end - b->start;
}

static int join(cctx *c, int32_t e, uint32_t mi)
{
    nm_ent *en = DOC_ENT(c->d, e);
    uint32_t *p = nm_vec_push(&en->mentions, sizeof *p);
    if (!p)
        return -1;
    *p = mi;
    nm_mention *m = DOC_MENT(c->d, mi);
    m->entity = e;
    einfo *inf = &NM_VEC_AT(c->info, einfo, e);
    if (fuller(c->d, m, DOC_MENT(c->d, inf->best)))
        inf->best = (int32_t)mi;
    return 0;
}

/* Initials of the capitalised words of a mention into c->acr; length or 0. */
static size_t initials(cctx *c, const nm_mention *m)
{
    size_t k = 0;
    for (uint32_t i = m->t0; i < m->t1; i++) {
        const nm_token *t = DOC_TOK(c->d, i);
        if (t->kind != TK_WORD || !(t->flags & TF_CAP))
            continue;
        if (k + 1 >= sizeof c->acr)
            return 0;
        c->acr[k++] = c->d->text[t->start];
    }
    return k >= 2 ? k : 0;
}

/* An acronym's letters without periods ("U.N." -> "UN") into c->acr. */
static size_t acronym_letters(cctx *c, const nm_mention *m)
{
    size_t k = 0, n;
    const char *s = mtext(c->d, m, &n);
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '.')
            continue;
        if (!(s[i] >= 'A' && s[i] <= 'Z') || k + 1 >= sizeof c->acr)
            return 0;
        c->acr[k++] = s[i];
    }
    return k >= 2 ? k : 0;
}

/* The sex an honorific gives a person mention: the mention's first token or
 * the one before it ("Mrs." is left out of the name); 0 when none. */
static int honorific_sex(const nm_doc *d, const nm_mention *m)
{
    for (size_t h = m->t0, k = 0; k < 2; k++, h--) {
        /* all of them start with M or S: most tokens need no compare */
        unsigned ch = (unsigned char)nm_tok_str(d, h)[0] | 32;
        if (ch == 'm' || ch == 's') {
            if (nm_tok_is(d, h, "Mr.") || nm_tok_is(d, h, "Mr") || nm_tok_is(d, h, "Sir"))
                return NM_SEX_MALE;
            if (nm_tok_is(d, h, "Mrs.") || nm_tok_is(d, h, "Ms.") || nm_tok_is(d, h, "Mrs") ||
                nm_tok_is(d, h, "Ms") || nm_tok_is(d, h, "Miss"))
                return NM_SEX_FEMALE;
        }
        if (h == 0)
            break;
    }
    return 0;
}

/* Entity e, unless its sex is known and is not `sex`; else -1.  Loosely
 * (strict 0), a sex only a given name suggested yields to an honorific:
 * the lists are counts of US births, and "Mr. Lu" is a man. */
static int32_t same_sex(const cctx *c, int32_t e, int sex, int strict)
{
    if (e < 0 || !sex)
        return e;
    const einfo *inf = &NM_VEC_AT(c->info, einfo, e);
    if (!inf->sex || inf->sex == sex)
        return e;
    return !strict && !inf->hon ? e : -1;
}

static int32_t group_person(cctx *c, uint32_t mi)
{
    const nm_doc *d = c->d;
    const nm_mention *m = DOC_MENT(d, mi);
    size_t n;
    const char *s = mtext(d, m, &n);
    size_t words = 0, first = 0, last = 0;
    for (uint32_t i = m->t0; i < m->t1; i++)
        if (name_word(d, i)) {
            if (!words)
                first = i;
            last = i;
            words++;
        }
    int hon = honorific_sex(d, m), sex = hon;
    if (!sex && words >= 2 && d->eng && d->eng->lex)
        sex = nm_lex_gender(d->eng->lex, nm_tok_str(d, first), nm_tok_len(d, first));
    int32_t e = -1;
    if (hon)
        e = kget(&c->tab, s, n, hon == NM_SEX_FEMALE ? K_HON_F : K_HON_M);
    int32_t same = kget(&c->tab, s, n, K_PERSON);
    if (e < 0)   /* (a full name is the same person whatever its given name suggests) */
        e = same_sex(c, same, sex, words < 2);
    if (e < 0 && words == 1) {
        const char *w = nm_tok_str(d, first);
        size_t wn = nm_tok_len(d, first);
        int32_t part = kget(&c->tab, w, wn, K_PART);
        e = same_sex(c, part, sex, 1);
        if (e < 0 && sex)
            e = same_sex(c, kget(&c->tab, w, wn, sex == NM_SEX_FEMALE ? K_PART_NOT_M : K_PART_NOT_F),
                         sex, 1);
        /* none of that sex: one only a given name said was of the other */
        if (e < 0 && (e = same_sex(c, same, sex, 0)) < 0)
            e = same_sex(c, part, sex, 0);
    } else if (e < 0 && words >= 2) {
        /* an earlier person known only by this surname (or, in Chinese
         * order, by this family name) */
        int32_t x = kget(&c->tab, nm_tok_str(d, last), nm_tok_len(d, last), K_SINGLE);
        if (x < 0)
            x = kget(&c->tab, nm_tok_str(d, first), nm_tok_len(d, first), K_SINGLE);
        if (x >= 0 && !NM_VEC_AT(c->info, einfo, x).multi)
            e = same_sex(c, x, sex, 0);
    }
    if (e < 0 && (e = new_entity(c, mi)) < 0)
        return -1;
    if (join(c, e, mi))
        return -1;
    einfo *inf = &NM_VEC_AT(c->info, einfo, e);
    if (hon && !inf->hon) {
        inf->sex = (uint8_t)hon;
        inf->hon = 1;
    } else if (!inf->sex) {
        inf->sex = (uint8_t)sex;
    }
    if (kput(&c->tab, s, n, K_PERSON, e))
        return -1;
    if (hon && kput(&c->tab, s, n, hon == NM_SEX_FEMALE ? K_HON_F : K_HON_M, e))
        return -1;
    if (words >= 2) {
        inf->multi = 1;
        for (uint32_t i = m->t0; i < m->t1; i++) {
            if (!name_word(d, i))
                continue;
            const char *w = nm_tok_str(d, i);
            size_t wn = nm_tok_len(d, i);
            if (kput(&c->tab, w, wn, K_PART, e) ||
                (inf->sex != NM_SEX_MALE && kput(&c->tab, w, wn, K_PART_NOT_M, e)) ||
                (inf->sex != NM_SEX_FEMALE && kput(&c->tab, w, wn, K_PART_NOT_F, e)))
                return -1;
        }
    } else if (words == 1) {
        if (kput(&c->tab, nm_tok_str(d, first), nm_tok_len(d, first), K_SINGLE, e))
            return -1;
    }
    return e;
}

static int32_t group_named(cctx *c, uint32_t mi, int32_t prev)
{
    const nm_doc *d = c->d;
    const nm_mention *m = DOC_MENT(d, mi);
    int kind = m->type == NM_ORG ? K_ORG : K_PLACE;
    size_t n;
    const char *s = mtext(d, m, &n);
    int32_t e = kget(&c->tab, s, n, kind);
    if (e < 0 && kind == K_ORG && prev >= 0) {
        /* "Long Name (LN)": the acronym right after its organisation */
        const nm_mention *p = DOC_MENT(d, prev);
        if (p->type == NM_ORG && p->entity >= 0 && m->t0 >= 2 && p->t1 == m->t0 - 1 &&
            nm_tok_cp(d, DOC_TOK(d, m->t0 - 1)) == '(' && m->t1 < d->toks.n &&
            nm_tok_cp(d, DOC_TOK(d, m->t1)) == ')')
            e = p->entity;
    }
    if (e < 0 && kind == K_ORG) {
        size_t k = acronym_letters(c, m);
        if (k)
            e = kget(&c->tab, c->acr, k, K_ACR);
    }
    if (e < 0 && (e = new_entity(c, mi)) < 0)
        return -1;
    if (join(c, e, mi))
        return -1;
    if (kput(&c->tab, s, n, kind, e))
        return -1;
    if (kind == K_ORG && m->t1 - m->t0 >= 2) {
        size_t k = initials(c, m);
        if (k) {
            /* the key must outlive c->acr: keep a copy in the arena */
            char *a = nm_arena_strndup(&c->d->arena, c->acr, k);
            if (!a)
                return -1;
            if (kput(&c->tab, a, k, K_ACR, e))
                return -1;
        }
    }
    return e;
}

/* Copy of text[a, b) with runs of white space folded to one space. */
static char *clean_copy(nm_doc *d, size_t a, size_t b)
{
    char *out = nm_arena_alloc(&d->arena, b - a + 1);
    if (!out)
        return NULL;
    size_t k = 0;
    int sp = 0;
    const unsigned char *text = (const unsigned char *)d->text;   /* (no reload after each store) */
    for (size_t i = a; i < b; i++) {
        unsigned char ch = text[i];
        if (ch <= ' ' && (ch == ' ' || ch == '\n' || ch == '\r' || ch == '\t' || ch == 0)) {
            sp = 1;
            continue;
        }
        if (sp && k)
            out[k++] = ' ';
        sp = 0;
        out[k++] = (char)ch;
    }
    out[k] = '\0';
    return out;
}

static int has_str(const nm_vec *v, const char *s)
{
    for (size_t i = 0; i < v->n; i++)
        if (!strcmp(NM_VEC_AT(*v, const char *, i), s))
            return 1;
    return 0;
}

/* At most this many aliases or titles per entity: a bounded list is all a
 * reader needs, and it keeps the duplicate check linear. */
#define MAX_STRS 32

static int add_str(nm_vec *v, const char *s)
{
    if (v->n >= MAX_STRS || has_str(v, s))
        return 0;
    const char **p = nm_vec_push(v, sizeof *p);
    if (!p)
        return -1;
    *p = s;
    return 0;
}

/* Sorting needs the mentions; qsort has no user pointer, so the sort keys
 * are copied next to the indices. */
typedef struct okey {
    uint32_t start, end, idx;
} okey;

static int order_cmp(const void *x, const void *y)
{
    const okey *a = x, *b = y;
    if (a->start != b->start)
        return a->start < b->start ? -1 : 1;
    if (a->end != b->end)
        return a->end > b->end ? -1 : 1;
    return a->idx < b->idx ? -1 : a->idx > b->idx;
}
NM_RUNSORT(sort_order, okey, order_cmp)

nm_status nm_coref_group(nm_doc *d)
{
    size_t nm = d->mentions.n;
    if (nm == 0)
        return NM_OK;
    nm_status st = NM_OK;
    cctx c;
    memset(&c, 0, sizeof c);
    c.d = d;
    okey *ord = malloc(nm * sizeof *ord);
    /* keys: full name, acronym and each name word of every mention */
    if (!ord || nm_strtab_init(&c.tab, 1024) != NM_OK) {
        st = NM_ENOMEM;
        goto done;
    }
    for (size_t i = 0; i < nm; i++) {
        ord[i].start = DOC_MENT(d, i)->start;
        ord[i].end = DOC_MENT(d, i)->end;
        ord[i].idx = (uint32_t)i;
    }
    if (sort_order(ord, nm)) {
        st = NM_ENOMEM;
        goto done;
    }

    int32_t prev = -1;
    for (size_t k = 0; k < nm; k++) {
        uint32_t mi = ord[k].idx;
        nm_mention *m = DOC_MENT(d, mi);
        if (m->pronoun || m->type == NM_TITLE || m->type == NM_DATE)
            continue;
        int32_t e = m->type == NM_PERSON ? group_person(&c, mi) : group_named(&c, mi, prev);
        if (e < 0) {
            st = NM_ENOMEM;
            goto done;
        }
        prev = (int32_t)mi;
    }

    /* names and aliases */
    for (size_t e = 0; e < d->ents.n; e++) {
        nm_ent *en = DOC_ENT(d, e);
        const nm_mention *b = DOC_MENT(d, NM_VEC_AT(c.info, einfo, e).best);
        en->sex = NM_VEC_AT(c.info, einfo, e).sex;
        en->sex_hon = NM_VEC_AT(c.info, einfo, e).hon;
        if (!(en->name = clean_copy(d, b->start, b->end))) {
            st = NM_ENOMEM;
            goto done;
        }
        for (size_t k = 0; k < en->mentions.n; k++) {
            const nm_mention *m = DOC_MENT(d, NM_VEC_AT(en->mentions, uint32_t, k));
            size_t n;
            const char *s = mtext(d, m, &n);
            if (n == strlen(en->name) && nm_ascii_ieq(s, en->name, n))
                continue;
            char *a = clean_copy(d, m->start, m->end);
            if (!a || add_str(&en->aliases, a)) {
                st = NM_ENOMEM;
                goto done;
            }
            /* drop a spelling that differs from another only in case */
            for (size_t q = 0; q + 1 < en->aliases.n; q++) {
                const char *o = NM_VEC_AT(en->aliases, const char *, q);
                if (strlen(o) == strlen(a) && nm_ascii_ieq(o, a, strlen(a)) &&
                    NM_VEC_AT(en->aliases, const char *, en->aliases.n - 1) == a) {
                    en->aliases.n--;
                    break;
                }
            }
        }
    }

    /* titles go to their holder's entity */
    for (size_t k = 0; k < nm; k++) {
        nm_mention *m = DOC_MENT(d, ord[k].idx);
        if (m->type != NM_TITLE || m->holder < 0 || (size_t)m->holder >= nm)
            continue;
        int32_t e = DOC_MENT(d, m->holder)->entity;
        if (e < 0)
            continue;
        m->entity = e;
        char *t = clean_copy(d, m->start, m->end);
        if (!t || add_str(&DOC_ENT(d, e)->titles, t)) {
            st = NM_ENOMEM;
            goto done;
        }
    }
done:
    free(ord);
    nm_strtab_free(&c.tab);
    nm_vec_free(&c.info);
    return st;
}
