/*
 * tap.h -- what the C tests share: TAP output (ok() prints one line
 * "ok N - SUITE: what", tap_done() the plan and the exit status) and
 * train_twice(), which runs a trainer twice on a fixture for the
 * deterministic-training checks of the model tests.  Header-only: each
 * test is one source file.  Define TAP_SUITE before including it.
 */
#ifndef NM_TESTS_TAP_H
#define NM_TESTS_TAP_H

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "../../csrc/tools/slurp.h"

#ifndef TAP_SUITE
#error "define TAP_SUITE (the name printed on each line) before including tap.h"
#endif

static int tap_n;
static int tap_failed;

static inline void ok(int cond, const char *what)
{
    printf("%sok %d - " TAP_SUITE ": %s\n", cond ? "" : "not ", ++tap_n, what);
    tap_failed += !cond;
}

/* Prints the plan; main's exit status. */
static inline int tap_done(void)
{
    printf("1..%d\n", tap_n);
    return tap_failed != 0;
}

/* Runs `tool -k 2 -o FILE fixture` twice into two temporary files and reads
 * them back: *m1 and *m2 (to free(); NULL when a run failed or wrote
 * nothing), their lengths in *l1 and *l2.  Returns 1 when both runs exited
 * 0.  Run from the project root (tool is a path such as
 * "build/nm-train-claims"). */
static inline int train_twice(const char *tool, const char *fixture, unsigned char **m1, size_t *l1,
                       unsigned char **m2, size_t *l2)
{
    char p[2][32] = { "/tmp/nm-train-test-XXXXXX", "/tmp/nm-train-test-XXXXXX" };
    unsigned char **m[2] = { m1, m2 };
    size_t *l[2] = { l1, l2 };
    int all_ok = 1;
    for (int i = 0; i < 2; i++) {
        int fd = mkstemp(p[i]);
        *m[i] = NULL;
        *l[i] = 0;
        if (fd < 0) {
            all_ok = 0;
            continue;
        }
        close(fd);
        char cmd[512];
        snprintf(cmd, sizeof cmd, "%s -k 2 -o %s %s 2>/dev/null", tool, p[i], fixture);
        all_ok &= system(cmd) == 0;
        *m[i] = (unsigned char *)slurp(p[i], l[i]);
        remove(p[i]);
    }
    return all_ok;
}

#endif
