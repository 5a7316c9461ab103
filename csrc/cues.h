/* cues.h -- speech / attribution verbs (cues.c). */
#ifndef NM_CUES_H
#define NM_CUES_H
#include <stddef.h>
#include <string.h>

#define CUE_FREE  0x01u   /* "X said the plan failed" */
#define CUE_THAT  0x02u   /* "X noted that ..." */
#define CUE_TELL  0x04u   /* "X told Y (that) ..." */
#define CUE_ING   0x08u   /* "..., noting that ..." */
#define CUE_AFTER 0x10u   /* only after its content: "..., she asked." */

/* Flags of the word s[0..n) (any case), 0 when it is no cue. */
unsigned nm_cue_word(const char *s, size_t n);
/* 1 when the table is sorted (checked by a test through the C tests). */
int nm_cue_table_sorted(void);
#endif
