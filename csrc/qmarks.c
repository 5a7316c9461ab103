/*
 * qmarks.c -- a quote's extent takes in the quotation marks around it.
 *
 * The attribution pass and turns.c work on the words between the marks,
 * but a quotation is read with its marks, and news annotation spans hold
 * them (PolNeAR's content "that he would offer “a prayer”" ends with the
 * closing mark; curly marks are letters' worth of bytes to its scorer, so
 * an extent without them fell short of short quotes: on PolNeAR train 21
 * direct quotes more match, none fewer).  This last step widens each quote
 * that holds a direct quote over the opening mark right before its start
 * and the closing mark right after its end (past a comma or full stop
 * before that mark: 'was "learning on the job,"').  Its fragments keep the
 * words alone: they are what the editor highlights.  Two binary searches
 * per direct quote.
 */
#include "nm.h"

/* A quotation mark that may stand on this side (TQ_OPEN, TQ_CLOSE) of a
 * quote: that side's, or one whose side the text leaves open. */
static int is_mark(const nm_token *t, unsigned side)
{
    return t->kind == TK_QUOTE && (t->qside == side || t->qside == TQ_AMBIG);
}

/* The start of the opening mark right before token i, which holds byte s
 * (i == toks.n: none), else s (a mark written as two tokens, '', is taken
 * whole). */
static uint32_t mark_before(const nm_doc *d, size_t i, uint32_t s)
{
    if (i == 0 || i > d->toks.n || !is_mark(DOC_TOK(d, i - 1), TQ_OPEN))
        return s;
    i--;
    if (i > 0 && DOC_TOK(d, i - 1)->kind == TK_QUOTE && DOC_TOK(d, i - 1)->end == DOC_TOK(d, i)->start)
        i--;
    return DOC_TOK(d, i)->start;
}

/* The end of the closing mark right after byte e (past one comma or
 * full stop), else e; j is the first token ending after e. */
static uint32_t mark_after(const nm_doc *d, size_t j, uint32_t e)
{
    size_t n = d->toks.n;
    if (j < n && DOC_TOK(d, j)->start < e)
        return e;                       /* e is inside a token */
    if (j + 1 < n && DOC_TOK(d, j)->kind == TK_PUNCT && DOC_TOK(d, j)->end == DOC_TOK(d, j + 1)->start) {
        uint32_t cp = nm_tok_cp(d, DOC_TOK(d, j));
        if ((cp == ',' || cp == '.') && is_mark(DOC_TOK(d, j + 1), TQ_CLOSE))
            j++;
    }
    if (j >= n || !is_mark(DOC_TOK(d, j), TQ_CLOSE))
        return e;
    if (j + 1 < n && DOC_TOK(d, j + 1)->kind == TK_QUOTE && DOC_TOK(d, j + 1)->start == DOC_TOK(d, j)->end)
        j++;
    return DOC_TOK(d, j)->end;
}

nm_status nm_quote_marks(nm_doc *d)
{
    for (size_t i = 0; i < d->quotes.n; i++) {
        nm_q *q = DOC_QUOTE(d, i);
        if (!q->direct)
            continue;
        uint32_t s = mark_before(d, nm_tok_at_byte(d, q->start), q->start);
        uint32_t e = mark_after(d, nm_tok_at_byte(d, q->end), q->end);
        if (s == q->start && e == q->end)
            continue;
        if (!q->nparts) {
            /* its one fragment, the words, kept apart from the extent */
            nm_qpart *p = nm_vec_push(&d->qparts, sizeof *p);
            if (!p)
                return NM_ENOMEM;
            p->start = q->start;
            p->end = q->end;
            q->part0 = (uint32_t)(d->qparts.n - 1);
            q->nparts = 1;
        }
        q->start = s;
        q->end = e;
    }
    return NM_OK;
}
