/* dates.c -- date mentions (stub). */
#include "nm.h"

nm_status nm_dates_init(nm_dates_data **out, int *jit) { *out = NULL; *jit = 0; return NM_OK; }
void nm_dates_free(nm_dates_data *dd) { (void)dd; }
nm_status nm_dates_find(nm_doc *d) { (void)d; return NM_OK; }
