/* attribution.c -- reported speech, cues and speakers (stub). */
#include "nm.h"

nm_status nm_attribution_find(nm_doc *d) { (void)d; return NM_OK; }
