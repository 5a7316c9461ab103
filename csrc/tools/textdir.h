/*
 * textdir.h -- the names of a corpus folder's texts (NAME.txt, beside
 * NAME.gold.json), sorted, and reading a text with its gold, for the
 * trainers (nm-train, nm-train-claims, nm-train-quoted), which each did
 * both themselves.  Sorted by strcmp so
 * a model trained from the same folder is the same bytes whatever order
 * the file system lists it in.  Header-only like slurp.h: each tool is one
 * source file.
 */
#ifndef NM_TEXTDIR_H
#define NM_TEXTDIR_H

#include "slurp.h"
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int textdir_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The names ending in ".txt" in dir, sorted; an array of *n strings, each
 * and the array to free().  NULL when dir cannot be opened or memory runs
 * out (*n is then 0). */
static inline char **textdir_list(const char *dir, size_t *n)
{
    *n = 0;
    DIR *dp = opendir(dir);
    if (!dp)
        return NULL;
    char **names = NULL;
    size_t nn = 0, cap = 0;
    struct dirent *de;
    while ((de = readdir(dp)) != NULL) {
        size_t l = strlen(de->d_name);
        if (l <= 4 || strcmp(de->d_name + l - 4, ".txt"))
            continue;
        if (nn == cap) {
            size_t c = cap ? cap * 2 : 256;
            char **p = realloc(names, c * sizeof *names);
            if (!p)
                goto fail;
            names = p;
            cap = c;
        }
        if (!(names[nn] = strdup(de->d_name)))
            goto fail;
        nn++;
    }
    closedir(dp);
    if (!names && !(names = malloc(sizeof *names)))
        return NULL;
    qsort(names, nn, sizeof *names, textdir_cmp);
    *n = nn;
    return names;
fail:
    closedir(dp);
    while (nn)
        free(names[--nn]);
    free(names);
    return NULL;
}

/* Reads dir/name (a NAME.txt of textdir_list) into *text (*tl bytes) and
 * the NAME.gold.json beside it into *json; either is NULL when it cannot
 * be read.  Both to free(). */
static inline void textdir_read(const char *dir, const char *name, char **text, size_t *tl, char **json)
{
    char path[4096];
    size_t jl;
    snprintf(path, sizeof path, "%s/%s", dir, name);
    *text = slurp(path, tl);
    snprintf(path + strlen(path) - 4, 20, ".gold.json");
    *json = slurp(path, &jl);
}

#endif
