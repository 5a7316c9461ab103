/*
 * quotes.c -- direct quotes: spans between quotation marks.
 *
 * One left-to-right pass over the tokens pairs the marks, so the time is
 * linear whatever the marks are:
 *
 *   - Double marks (" “ ” „ « » ＂) and corner brackets (「 」 『 』) open a
 *     quote and the next closing mark of the same family ends it.  Typographic
 *     marks nest (a “ inside an open “ must be closed first).
 *   - A quote may run over several paragraphs only when each new paragraph
 *     opens with a mark of its family (the journalistic convention); any other
 *     paragraph end while a quote is open means the mark was unbalanced and the
 *     quote is dropped, so no quote ever runs away across the document.
 *   - A straight double mark opening a paragraph that holds curly quote
 *     pairs and nothing closing it marks an excerpt (copy quoting another
 *     paper paragraph by paragraph): it opens nothing, and the curly
 *     quotes inside are the quotes.
 *   - Single marks (' ‘ ’ ‚ ‹ ›) outside a double quote open a quote only
 *     when a closing single mark follows within the same paragraph and a
 *     bounded window; inside a double quote they are nested quotes and
 *     belong to its content.  An apostrophe after a word ("Democrats'") is a
 *     closing-side mark and can never open one.
 *
 * Content spans leave the marks out.  Whether a short quoted term is a quote
 * of anybody ("so-called 'sanctions'") is decided in attr_direct.c, which
 * knows the cues around it.
 */
#include "nm.h"

#define Q_MAX_TOKENS 4000   /* longest quote, in tokens (several paragraphs) */
#define Q_SINGLE_WINDOW 120 /* search window for a closing single mark */

enum { FAM_NONE = 0, FAM_DOUBLE, FAM_CORNER, FAM_SINGLE };

static int family(uint32_t cp)
{
    switch (cp) {
    case '"': case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0xAB: case 0xBB:
    case 0xFF02:
        return FAM_DOUBLE;
    case 0x300C: case 0x300D: case 0x300E: case 0x300F:
        return FAM_CORNER;
    case '\'': case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2039: case 0x203A:
        return FAM_SINGLE;
    }
    return FAM_NONE;
}

/* Can token t open / close a quote of its family, given the opener's code
 * point (for „…“ and ‚…‘, where the closing mark is an "opening" curly one)? */
static int can_open_side(unsigned side, int fam)
{
    return side == TQ_OPEN || (side == TQ_AMBIG && fam != FAM_SINGLE);
}

static int can_open(const nm_doc *d, const nm_token *t)
{
    return can_open_side(t->qside, family(nm_tok_cp(d, t)));
}

static int can_close_side(unsigned side, uint32_t cp, uint32_t opener)
{
    if (side == TQ_CLOSE || side == TQ_AMBIG)
        return 1;
    return (opener == 0x201E && cp == 0x201C) || (opener == 0x201A && cp == 0x2018);
}

static int can_close(const nm_doc *d, const nm_token *t, uint32_t opener)
{
    return can_close_side(t->qside, nm_tok_cp(d, t), opener);
}

/* Two straight single marks written together ('') stand for a double mark
 * in some copy: returns 1 and their side when token i starts such a pair. */
static int double_single(const nm_doc *d, size_t i, unsigned *side)
{
    const nm_token *t = DOC_TOK(d, i);
    if (nm_tok_cp(d, t) != '\'' || i + 1 >= d->toks.n)
        return 0;
    const nm_token *u = DOC_TOK(d, i + 1);
    if (u->kind != TK_QUOTE || nm_tok_cp(d, u) != '\'' || u->start != t->end)
        return 0;
    int before = (t->flags & TF_SPACE_BEFORE) || i == 0 ||
                 (DOC_TOK(d, i - 1)->kind != TK_WORD && DOC_TOK(d, i - 1)->kind != TK_NUM &&
                  DOC_TOK(d, i - 1)->kind != TK_PUNCT);
    int after = (u->flags & TF_SPACE_AFTER) || i + 2 >= d->toks.n ||
                DOC_TOK(d, i + 2)->kind == TK_PUNCT;
    *side = before && !after ? TQ_OPEN : after && !before ? TQ_CLOSE : TQ_AMBIG;
    return 1;
}

/* An opening mark glued to the word before it (or to its comma or full
 * stop) and followed by a space, punctuation or the end: in copy it is
 * a closing mark typed as an opening one ("the “best“ plan"), and as an
 * opener it would leave the quote open to the paragraph's end, where it
 * is dropped. */
static int glued_close(const nm_doc *d, size_t i)
{
    const nm_token *t = DOC_TOK(d, i);
    if (i == 0 || (t->flags & TF_SPACE_BEFORE))
        return 0;
    const nm_token *p = DOC_TOK(d, i - 1);
    if (p->kind != TK_WORD && p->kind != TK_NUM && p->kind != TK_PUNCT)
        return 0;
    if (i + 1 >= d->toks.n || (t->flags & TF_SPACE_AFTER))
        return 1;
    const nm_token *n = DOC_TOK(d, i + 1);
    return (n->flags & TF_PARA_START) || n->kind == TK_PUNCT;
}

/* A right double mark ” at a paragraph's start or after a space, glued
 * to the word after it (or at a paragraph's start before an ellipsis):
 * copy that types every mark as ” ("”Fear. I am afraid.”", "” … the
 * train has left,” wrote X"); as a closing mark it would close nothing
 * and leave the quote unfound. */
static int right_mark_opens(const nm_doc *d, size_t i)
{
    const nm_token *t = DOC_TOK(d, i);
    if (nm_tok_cp(d, t) != 0x201D || i + 1 >= d->toks.n)
        return 0;
    int para = i == 0 || (t->flags & TF_PARA_START);
    if (!para && !(t->flags & TF_SPACE_BEFORE))
        return 0;
    const nm_token *u = DOC_TOK(d, i + 1);
    if (u->flags & TF_PARA_START)
        return 0;
    if (!(t->flags & TF_SPACE_AFTER))
        return u->kind == TK_WORD || u->kind == TK_NUM;
    return para && u->kind == TK_PUNCT &&
           (nm_tok_cp(d, u) == 0x2026 || (u->end - u->start == 3 && d->text[u->start] == '.'));
}

/* A straight double mark opening paragraph i0 whose paragraph holds a
 * curly quote pair and no mark closing it: an excerpt from another paper
 * marked by its paragraphs ('"Melanie saw him at a rally after what she
 * called a “rant,” and ...'), whose curly quotes are the quotes. */
static int excerpt_mark(const nm_doc *d, size_t i0)
{
    const nm_token *t = DOC_TOK(d, i0);
    if (nm_tok_cp(d, t) != '"' || !(i0 == 0 || (t->flags & TF_PARA_START)))
        return 0;
    int depth = 0, pairs = 0;
    for (size_t k = i0 + 1; k < d->toks.n; k++) {
        const nm_token *u = DOC_TOK(d, k);
        if (u->flags & TF_PARA_START)
            break;
        if (u->kind != TK_QUOTE)
            continue;
        uint32_t cp = nm_tok_cp(d, u);
        if (cp == '"')
            return 0;                   /* closed, or another straight one */
        if (cp == 0x201C)
            depth++;
        else if (cp == 0x201D) {
            if (!depth)
                return 0;               /* a curly mark closes it */
            depth--;
            pairs++;
        }
    }
    return pairs > 0 && !depth;
}

static nm_status emit(nm_doc *d, size_t open, size_t close)
{
    if (close <= open + 1)
        return NM_OK;                   /* empty: "" */
    nm_q *q = nm_vec_push(&d->quotes, sizeof *q);
    if (!q)
        return NM_ENOMEM;
    q->start = DOC_TOK(d, open + 1)->start;
    q->end = DOC_TOK(d, close - 1)->end;
    q->direct = 1;
    q->marked = 1;
    q->cue_start = q->cue_end = q->spk_start = q->spk_end = -1;
    q->speaker = q->entity = q->addressee = q->addressee_mention = -1;
    return NM_OK;
}

/* A single-mark quote opening at token i: the index of its closing mark, or
 * 0 when none closes it within the window and the paragraph. */
static size_t single_close(const nm_doc *d, size_t i)
{
    size_t n = d->toks.n, lim = i + Q_SINGLE_WINDOW;
    uint32_t opener = nm_tok_cp(d, DOC_TOK(d, i));
    for (size_t k = i + 1; k < n && k < lim; k++) {
        const nm_token *t = DOC_TOK(d, k);
        if (t->flags & TF_PARA_START)
            return 0;
        if (t->kind != TK_QUOTE)
            continue;
        int f = family(nm_tok_cp(d, t));
        if (f == FAM_DOUBLE || f == FAM_CORNER)
            return 0;                   /* a double mark ends the search */
        if (f == FAM_SINGLE && t->qside == TQ_OPEN && !can_close(d, t, opener))
            return 0;                   /* another opening: unbalanced */
        if (f == FAM_SINGLE && can_close(d, t, opener) && k > i + 1) {
            /* "the Democrats’ plan": a plural's apostrophe, not the close */
            const nm_token *p = DOC_TOK(d, k - 1);
            if (t->qside == TQ_CLOSE && p->kind == TK_WORD && p->end == t->start &&
                (d->text[p->end - 1] | 0x20) == 's' && k + 1 < n &&
                DOC_TOK(d, k + 1)->kind == TK_WORD)
                continue;
            return k;
        }
    }
    return 0;
}

nm_status nm_quotes_find(nm_doc *d)
{
    size_t n = d->toks.n;
    size_t open = 0;          /* opening mark of the current quote */
    int fam = FAM_NONE;       /* its family; FAM_NONE: outside quotes */
    uint32_t opener = 0;
    unsigned depth = 0;       /* nesting of typographic marks of the family */
    int para_open = 0;        /* the quote's paragraph ended without a close */
    nm_status st;
    /* the tokens through a local base: the calls below (for quote marks)
     * made the compiler reload d->toks.data for every token */
    const nm_token *tk = d->toks.data;

    for (size_t i = 0; i < n; i++) {
        const nm_token *t = &tk[i];
        if (fam != FAM_NONE && (t->flags & TF_PARA_START) && i > open) {
            /* A paragraph ended inside the quote: it goes on only when this
             * paragraph opens with a mark of the same family. */
            if (t->kind == TK_QUOTE && family(nm_tok_cp(d, t)) == fam && can_open(d, t) &&
                i - open < Q_MAX_TOKENS) {
                depth = 1;
                para_open = 1;
                continue;
            }
            fam = FAM_NONE;            /* unbalanced: drop it */
        }
        if (t->kind != TK_QUOTE)
            continue;
        int f = family(nm_tok_cp(d, t));
        unsigned side = t->qside, w = 1;
        uint32_t cp = nm_tok_cp(d, t);
        if (double_single(d, i, &side)) {
            f = FAM_DOUBLE;
            w = 2;
            cp = '"';
        }
        if (fam == FAM_NONE) {
            if (f == FAM_DOUBLE && side == TQ_CLOSE && w == 1 && right_mark_opens(d, i))
                side = TQ_OPEN;
            if (w == 1 && excerpt_mark(d, i))
                continue;               /* train: 2 quotes found, 1 lost */
            if ((f == FAM_DOUBLE || f == FAM_CORNER) && can_open_side(side, f)) {
                fam = f;
                open = i + w - 1;
                opener = cp;
                depth = 1;
                para_open = 0;
                i += w - 1;
            } else if (f == FAM_SINGLE && t->qside == TQ_OPEN) {
                size_t c = single_close(d, i);
                if (c) {
                    if ((st = emit(d, i, c)) != NM_OK)
                        return st;
                    i = c;
                }
            }
            continue;
        }
        if (f != fam)
            continue;                   /* nested quote of another family */
        if (i - open >= Q_MAX_TOKENS) {
            fam = FAM_NONE;             /* far too long: unbalanced somewhere */
            continue;
        }
        if (side == TQ_OPEN && fam == FAM_DOUBLE && depth == 1 && glued_close(d, i))
            side = TQ_CLOSE;            /* "the “best“ plan": a typo for ” */
        if (side == TQ_OPEN && !can_close_side(side, cp, opener)) {
            depth++;                    /* a nested typographic quote */
            i += w - 1;
            continue;
        }
        if (can_close_side(side, cp, opener)) {
            if (side != TQ_AMBIG && depth > 1) {
                depth--;
                i += w - 1;
                continue;
            }
            if ((st = emit(d, open, i)) != NM_OK)
                return st;
            fam = FAM_NONE;
            i += w - 1;
        }
    }
    (void)para_open;
    return NM_OK;
}
