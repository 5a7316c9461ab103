/* titles.c -- offices and roles (stub). */
#include "nm.h"

nm_status nm_titles_find(nm_doc *d) { (void)d; return NM_OK; }
