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
#define CUE_OBJ   0x20u   /* a stance on an object: "X praised the plan" */
#define CUE_INF   0x40u   /* a to-infinitive content: "X vowed to fight" */
#define CUE_STANCE 0x80u  /* a stance verb, no speech: only reported claims take it */

/* Flags of the word s[0..n) (any case), 0 when it is no cue. */
unsigned nm_cue_word(const char *s, size_t n);
/* The table (entries `size` bytes apart, each starting with its word as a
 * `const char *`), for the engine's hash of it (wordclass.c). */
const void *nm_cue_table(size_t *count, size_t *size);
/* 1 when the table is sorted (checked by a test through the C tests). */
int nm_cue_table_sorted(void);
#endif
