/*
 * lintrain.h -- what the trainers of the linear PolNeAR models (claims.h,
 * quoted.h) share: their options, the shuffle of the averaged perceptron,
 * and writing a model image:
 *
 *   8-byte magic, u32 bucket_bits, f32 scale, i32 threshold (in weight
 *   units), i16 weight[1 << bucket_bits], little-endian
 *
 * the mean weights quantized so the largest is 32000.  Header-only, for
 * the tools.
 */
#ifndef NM_LINTRAIN_H
#define NM_LINTRAIN_H

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct train_opts {
    int epochs, folds;
    unsigned seed;
    double beta;
    const char *out, *dump, *dir;
} train_opts;

/* [-e EPOCHS] [-s SEED] [-k FOLDS] [-b BETA] [-d DUMP] -o MODEL TRAIN_DIR
 * into o (epochs defaults to o->epochs); 0, or -1 after printing the
 * usage of tool. */
static int train_opts_parse(int argc, char **argv, const char *tool, train_opts *o)
{
    o->folds = 5;
    o->seed = 1;
    o->beta = 0.5;
    o->out = o->dump = o->dir = NULL;
    int ai = 1;
    for (; ai < argc && argv[ai][0] == '-'; ai++) {
        if (!strcmp(argv[ai], "-e") && ai + 1 < argc) o->epochs = atoi(argv[++ai]);
        else if (!strcmp(argv[ai], "-s") && ai + 1 < argc) o->seed = (unsigned)atoi(argv[++ai]);
        else if (!strcmp(argv[ai], "-k") && ai + 1 < argc) o->folds = atoi(argv[++ai]);
        else if (!strcmp(argv[ai], "-b") && ai + 1 < argc) o->beta = atof(argv[++ai]);
        else if (!strcmp(argv[ai], "-o") && ai + 1 < argc) o->out = argv[++ai];
        else if (!strcmp(argv[ai], "-d") && ai + 1 < argc) o->dump = argv[++ai];
        else break;
    }
    if (!o->out || argc - ai != 1 || o->epochs < 1 || o->folds < 2) {
        fprintf(stderr, "usage: %s [-e EPOCHS] [-s SEED] [-k FOLDS] [-b BETA] [-d DUMP] -o MODEL TRAIN_DIR\n", tool);
        return -1;
    }
    o->dir = argv[ai];
    return 0;
}

/* The generator state for seed: the same seed, the same order. */
static uint32_t shuffle_seed(unsigned seed) { return seed * 2654435761u + 1; }

/* Fisher-Yates over order[0, n) with the generator *rng. */
static void shuffle(uint32_t *order, size_t n, uint32_t *rng)
{
    for (size_t i = n; i > 1; i--) {
        *rng = *rng * 1664525u + 1013904223u;
        size_t j = (*rng >> 8) % i;
        uint32_t t = order[i - 1];
        order[i - 1] = order[j];
        order[j] = t;
    }
}

/* The score of features f[0, nf) under weights W. */
static float lin_dot(const uint32_t *f, int nf, const float *W)
{
    float s = 0;
    for (int q = 0; q < nf; q++)
        s += W[f[q]];
    return s;
}

/* The averaged perceptron's update at step t: W moves by y on features
 * f[0, nf), U keeps y * t for the average. */
static void lin_update(const uint32_t *f, int nf, float y, float t, float *W, float *U)
{
    for (int q = 0; q < nf; q++) {
        W[f[q]] += y;
        U[f[q]] += y * t;
    }
}

/* The averaged weights after t steps, into A. */
static void lin_average(const float *W, const float *U, float t, float *A, size_t nb)
{
    for (size_t b = 0; b < nb; b++)
        A[b] = W[b] - U[b] / t;
}

/* The weight arrays of a model of nb buckets: working, step-weighted,
 * averaged, and the mean of the folds (zeroed); 0, or -1. */
static int lin_arrays(size_t nb, float **W, float **U, float **A, float **M)
{
    *W = malloc(nb * sizeof **W);
    *U = malloc(nb * sizeof **U);
    *A = malloc(nb * sizeof **A);
    *M = calloc(nb, sizeof **M);
    return *W && *U && *A && *M ? 0 : -1;
}

/* The engine of run time (tagger and models), or NULL after a message
 * from tool. */
static nm_engine *lin_engine(const char *tool)
{
    nm_status st;
    nm_engine *eng = nm_engine_new(NULL, &st);
    if (!eng)
        fprintf(stderr, "%s: %s\n", tool, nm_strerror(st));
    return eng;
}

/* The folds for ndocs documents (no more folds than documents), or -1
 * after a message from tool when there are fewer than two. */
static int lin_folds(int folds, size_t ndocs, const char *tool)
{
    if ((size_t)folds > ndocs)
        folds = (int)ndocs;
    if (folds < 2) {
        fprintf(stderr, "%s: need two documents at least\n", tool);
        return -1;
    }
    return folds;
}

/* The cut on a ranked list of n candidates: fbs[r] is F-beta with the top
 * r + 1 taken, score[r] the (r + 1)-th best score.  F-beta is first
 * averaged over `smooth` ranks either side (fewer for a small list: a
 * tenth of it).  Near its best that curve is flat for hundreds of ranks,
 * so its single best rank wandered with every retrain (PolNeAR train,
 * claim model, seeds 1-6: 856-1393 claims, one extra candidate halved the
 * claims).  So the cut is the middle of the ranks whose smoothed F-beta is
 * within `tol` of the best (seeds 1-6 with smooth 300, tol 0.0005:
 * 1057-1215 claims), moved back to the last of a run of equal scores.  Returns
 * that rank and sets *best to its smoothed F-beta when the best beats the
 * *best given (taking nothing); else n (nothing taken).  Out of memory,
 * it says so and exits 3, as the trainers do. */
static size_t lin_smoothed_cut(const double *fbs, const float *score, size_t n, size_t smooth,
                               double tol, double *best)
{
    size_t sw = n / 10 < smooth ? n / 10 : smooth;
    double *m = malloc((n ? n : 1) * sizeof *m), *cs = malloc((n + 1) * sizeof *cs);
    if (!m || !cs) {
        /* (not "nothing taken": a model that silently makes no claim) */
        fprintf(stderr, "out of memory choosing the cut\n");
        exit(3);
    }
    cs[0] = 0;
    for (size_t r = 0; r < n; r++)
        cs[r + 1] = cs[r] + fbs[r];
    double top = *best;
    for (size_t r = 0; r < n; r++) {
        size_t a = r >= sw ? r - sw : 0, b = r + sw < n ? r + sw + 1 : n;
        m[r] = (cs[b] - cs[a]) / (double)(b - a);
        if (m[r] > top && (r + 1 == n || score[r + 1] < score[r]))
            top = m[r];
    }
    size_t cut = n;
    if (top > *best) {
        size_t lo = n, hi = 0;
        for (size_t r = 0; r < n; r++)
            if ((r + 1 == n || score[r + 1] < score[r]) && m[r] >= top - tol) {
                if (lo == n)
                    lo = r;
                hi = r;
            }
        cut = lo + (hi - lo) / 2;
        while (cut > lo && !(cut + 1 == n || score[cut + 1] < score[cut]))
            cut--;
        *best = m[cut];
    }
    free(m);
    free(cs);
    return cut;
}

/* The threshold between the score at rank cut and the next (INFINITY when
 * cut == n: none passes). */
static float lin_cut_threshold(const float *score, size_t n, size_t cut)
{
    if (cut >= n)
        return INFINITY;
    return cut + 1 < n ? (score[cut] + score[cut + 1]) / 2 : score[cut] - 1;
}

/* Writes the image of weights M[0, 1 << bits) with threshold (INFINITY:
 * none passes) to path; 0, or -1 (and a message) on failure. */
static int write_linear_model(const char *path, const char *magic, uint32_t bits, const float *M,
                              float threshold)
{
    size_t nb = (size_t)1 << bits, len = 20 + 2 * nb;
    float mx = 1e-9f;
    for (size_t b = 0; b < nb; b++)
        mx = fmaxf(mx, fabsf(M[b]));
    float scale = mx / 32000.0f;
    int32_t th = isinf(threshold) ? INT32_MAX : (int32_t)lrintf(threshold / scale);
    unsigned char *img = calloc(len, 1);
    if (!img)
        return -1;
    memcpy(img, magic, 8);
    uint32_t hdr[3] = { bits, 0, (uint32_t)th };
    memcpy(&hdr[1], &scale, 4);
    for (int k = 0; k < 3; k++)
        for (int b = 0; b < 4; b++)
            img[8 + 4 * k + b] = (unsigned char)(hdr[k] >> (8 * b));
    for (size_t b = 0; b < nb; b++) {
        uint16_t q = (uint16_t)(int16_t)lrintf(M[b] / scale);
        img[20 + 2 * b] = (unsigned char)(q & 0xFF);
        img[20 + 2 * b + 1] = (unsigned char)(q >> 8);
    }
    FILE *f = fopen(path, "wb");
    int ok = f && fwrite(img, 1, len, f) == len;
    if (f && fclose(f) != 0)
        ok = 0;
    free(img);
    if (!ok) {
        fprintf(stderr, "cannot write %s\n", path);
        return -1;
    }
    return 0;
}

#endif
