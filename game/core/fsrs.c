#include "fsrs.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* FSRS-4.5 defaults, as py-fsrs 3.x and Anki 23.10 ship them. */
const double fsrs_default_params[FSRS_N_PARAMS] = {
    0.4872, 1.4003, 3.7145, 13.8206, 5.1618, 1.2298, 0.8975, 0.031,  1.6474,
    0.1367, 1.0461, 2.1072, 0.0793,  0.3246, 1.587,  0.2272, 2.8755,
};

#define DECAY (-0.5)
#define FACTOR (19.0 / 81.0) /* 0.9^(1/DECAY) - 1: R(S, S) = 0.9 */
#define S_MIN 0.01

static double clamp(double v, double lo, double hi)
{
    return v < lo ? lo : v > hi ? hi : v;
}

double fsrs_retrievability(double elapsed_days, double stability)
{
    if (elapsed_days <= 0 || stability <= 0)
        return elapsed_days <= 0 ? 1.0 : 0.0;
    return pow(1.0 + FACTOR * elapsed_days / stability, DECAY);
}

double fsrs_interval(double stability, double retention)
{
    return stability / FACTOR * (pow(retention, 1.0 / DECAY) - 1.0);
}

FsrsGrade fsrs_grade_of(double fraction)
{
    return fraction >= 1.0 ? FSRS_GOOD : fraction > 0.0 ? FSRS_HARD : FSRS_AGAIN;
}

static double init_difficulty(const double *w, FsrsGrade g)
{
    return w[4] - ((int)g - 3) * w[5];
}

/* D' = w7 * D0(Good) + (1 - w7) * (D - w6 * (G - 3)): a step by the grade,
 * then mean reversion towards the difficulty of a first Good. */
static double next_difficulty(const double *w, double d, FsrsGrade g)
{
    double step = d - w[6] * ((int)g - 3);
    return clamp(w[7] * init_difficulty(w, FSRS_GOOD) + (1 - w[7]) * step, 1, 10);
}

static double recall_stability(const double *w, double d, double s, double r, FsrsGrade g)
{
    double hard = g == FSRS_HARD ? w[15] : 1.0, easy = g == FSRS_EASY ? w[16] : 1.0;
    return s *
           (1 + exp(w[8]) * (11 - d) * pow(s, -w[9]) * (exp(w[10] * (1 - r)) - 1) * hard * easy);
}

static double forget_stability(const double *w, double d, double s, double r)
{
    return w[11] * pow(d, -w[12]) * (pow(s + 1, w[13]) - 1) * exp(w[14] * (1 - r));
}

FsrsState fsrs_review(const FsrsState *s, FsrsGrade g, double now, const double *w)
{
    if (!w)
        w = fsrs_default_params;
    FsrsState n = *s;
    if (s->reps == 0) {
        n.stability = w[g - 1];
        n.difficulty = clamp(init_difficulty(w, g), 1, 10);
    } else {
        double r = fsrs_retrievability(now - s->last, s->stability);
        n.difficulty = next_difficulty(w, s->difficulty, g);
        n.stability = g == FSRS_AGAIN ? forget_stability(w, s->difficulty, s->stability, r)
                                      : recall_stability(w, s->difficulty, s->stability, r, g);
        n.lapses += g == FSRS_AGAIN;
    }
    n.stability = fmax(n.stability, S_MIN);
    n.reps++;
    n.last = now;
    n.due = now + fmax(1.0, round(fsrs_interval(n.stability, FSRS_RETENTION)));
    return n;
}

FsrsClass fsrs_classify(const FsrsItem *it, double now)
{
    if (!it->seen)
        return FSRS_NEW;
    return it->state.due <= now ? FSRS_DUE : FSRS_LATER;
}

typedef struct {
    FsrsItem item;
    FsrsClass cls;
    double key;
    size_t pos;
} Ranked;

static int by_rank(const void *a, const void *b)
{
    const Ranked *x = a, *y = b;
    if (x->cls != y->cls)
        return x->cls < y->cls ? -1 : 1;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return x->pos < y->pos ? -1 : x->pos > y->pos;
}

size_t fsrs_practice_order(FsrsItem *items, size_t n, double now)
{
    if (n == 0)
        return 0;
    Ranked *r = malloc(n * sizeof *r);
    if (!r)
        abort();
    size_t due = 0;
    for (size_t i = 0; i < n; i++) {
        FsrsClass c = fsrs_classify(&items[i], now);
        double key = 0;
        if (c == FSRS_DUE)
            key = fsrs_retrievability(now - items[i].state.last, items[i].state.stability);
        else if (c == FSRS_LATER)
            key = items[i].state.due;
        r[i] = (Ranked){items[i], c, key, i};
        due += c == FSRS_DUE;
    }
    qsort(r, n, sizeof *r, by_rank);
    for (size_t i = 0; i < n; i++)
        items[i] = r[i].item;
    free(r);
    return due;
}
