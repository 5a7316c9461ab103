/*
 * tables.c -- the word lists looked up by binary search are in strcmp order
 * and free of duplicates (a list edited out of order would silently miss
 * words), and the engine's hash of the built-in words agrees with the
 * search.  Prints TAP.
 */
#include "../../csrc/nm.h"
#include "../../csrc/cues.h"
#include <stdio.h>

int main(void)
{
    int a = nm_cue_table_sorted(), b = nm_role_nouns_sorted(), w = nm_builtin_words_sorted();
    int t = nm_text_words_sorted();
    printf("%sok 1 - tables: cue words (cues.c) sorted, no duplicates\n", a ? "" : "not ");
    printf("%sok 2 - tables: role nouns (attr_speakers.c) sorted, no duplicates\n", b ? "" : "not ");
    printf("%sok 3 - tables: built-in word classes (wordclass.c) sorted, no duplicates\n", w ? "" : "not ");
    printf("%sok 4 - tables: abbreviations and sentence starters (text.c) sorted, no duplicates\n",
           t ? "" : "not ");
    nm_wordidx *x;
    int h = nm_wordidx_new(&x) == NM_OK && nm_wordidx_agrees(x);
    nm_wordidx_free(x);
    printf("%sok 5 - tables: the engine's hash of the built-in words finds each as the search does\n",
           h ? "" : "not ");
    printf("1..5\n");
    return a && b && w && t && h ? 0 : 1;
}
