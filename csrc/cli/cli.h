/* cli.h -- pieces of the newsmark command-line tool. */
#ifndef NM_CLI_H
#define NM_CLI_H
#include "../newsmark.h"
#include <stdio.h>

/* JSON of the contract; file (may be NULL) adds a "file" field. */
void cli_write_json(FILE *f, const nm_result *res, const char *file, int pretty);
/* The readable who-said-what report and entity table. */
void cli_write_text(FILE *f, const nm_result *res, const char *text, size_t len, const char *file);
#endif
