/*
 * strtab.c -- the name table coref.c and entities.c share: keys compare
 * without ASCII case, the tag keeps kinds apart, values survive the table
 * growing from 16 slots to thousands, and absent keys stay absent.
 * Prints TAP.
 */
#include "../../csrc/strtab.h"
#include <stdio.h>
#include <string.h>

static int n_ok, n_all;

static void check(int ok, const char *what)
{
    n_all++;
    n_ok += ok != 0;
    printf("%sok %d - strtab: %s\n", ok ? "" : "not ", n_all, what);
}

int main(void)
{
    nm_strtab t;
    int added;
    check(nm_strtab_init(&t, 1) == NM_OK && t.mask + 1 == 16, "starts at 16 slots");

    nm_strkey *k = nm_strtab_put(&t, "Halverton", 9, 1, &added);
    check(k && added && k->val == -1, "a new key is added with value -1");
    k->val = 7;
    k = nm_strtab_put(&t, "HALVERTON", 9, 1, &added);
    check(k && !added && k->val == 7, "putting the same key in other case finds it");
    check(nm_strtab_get(&t, "halverton", 9, 1) == k, "get ignores ASCII case");
    check(nm_strtab_get(&t, "Halverton", 9, 2) == NULL, "another tag is another key");
    check(nm_strtab_get(&t, "Halverto", 8, 1) == NULL, "a prefix is not the key");
    check(nm_strtab_put(&t, "x", 0, 1, &added) == NULL && !added, "an empty key is refused");

    /* growth: 5,000 distinct keys, each finding its own value afterwards */
    static char words[5000][16];   /* room for any int: -Wformat-truncation */
    int ok = 1;
    for (int i = 0; i < 5000; i++) {
        snprintf(words[i], sizeof words[i], "w%d", i);
        nm_strkey *w = nm_strtab_put(&t, words[i], strlen(words[i]), 3, &added);
        if (!w || !added)
            ok = 0;
        else
            w->val = i;
    }
    check(ok && t.used == 5001, "5,000 keys added");
    for (int i = 0; i < 5000 && ok; i++) {
        const nm_strkey *w = nm_strtab_get(&t, words[i], strlen(words[i]), 3);
        ok = w && w->val == i;
    }
    check(ok, "every key keeps its value after the table grew");
    check((t.used + 1) * 2 <= t.mask + 2, "the table stays at most half full");
    check(nm_strtab_get(&t, "HALVERTON", 9, 1) && nm_strtab_get(&t, "HALVERTON", 9, 1)->val == 7,
          "the first key survived the growth");
    nm_strtab_free(&t);
    check(t.slots == NULL && nm_strtab_get(&t, "w1", 2, 3) == NULL, "a freed table finds nothing");
    printf("1..%d\n", n_all);
    return n_ok == n_all ? 0 : 1;
}
