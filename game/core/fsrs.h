/* fsrs: spaced repetition with FSRS-4.5 (Free Spaced Repetition Scheduler,
 * open-spaced-repetition), the published algorithm with its 17 default
 * parameters; docs/reports.md gives the formulas and where they are defined.
 *
 * A memory state is what FSRS knows of one trainee and one question: its
 * stability S (days until the chance of recall falls to 90%), difficulty D
 * (1..10) and when it was last reviewed. Time is in days as a real number
 * (for example julianday() of SQLite, or Unix seconds / 86400); the caller
 * passes it in, so tests control the clock. Pure: no I/O, no globals. */
#ifndef AMAN_FSRS_H
#define AMAN_FSRS_H

#include <stdbool.h>
#include <stddef.h>

#define FSRS_N_PARAMS 17
/* The retention drills aim for: a question is due when the chance of
 * recalling it has fallen to this. */
#define FSRS_RETENTION 0.9

typedef enum { FSRS_AGAIN = 1, FSRS_HARD = 2, FSRS_GOOD = 3, FSRS_EASY = 4 } FsrsGrade;

typedef struct {
    double stability;  /* days; 0 while new */
    double difficulty; /* 1..10; 0 while new */
    double last;       /* day of the last review */
    double due;        /* day the next review is due */
    int reps, lapses;  /* reviews, and reviews graded Again after the first */
} FsrsState;

/* FSRS-4.5's default parameters w0..w16. */
extern const double fsrs_default_params[FSRS_N_PARAMS];

/* R(t, S) = (1 + 19/81 * t / S)^-0.5: the chance of recall t days after a
 * review of stability S (1 when t <= 0). */
double fsrs_retrievability(double elapsed_days, double stability);
/* The interval in days after which recall falls to `retention` (0..1
 * exclusive): S / (19/81) * (retention^-2 - 1); S itself at 0.9. */
double fsrs_interval(double stability, double retention);
/* The grade of a quiz answer: full marks Good, part marks Hard, none Again.
 * (A quiz has no "Easy" button; FSRS's own mapping for pass/fail is
 * Again/Good.) */
FsrsGrade fsrs_grade_of(double fraction);
/* The state after a review with grade g on day `now`, with parameters w
 * (fsrs_default_params when NULL). A new state (reps == 0) takes the
 * initial stability and difficulty; the next due day is now plus the
 * interval for FSRS_RETENTION rounded to whole days, at least one. */
FsrsState fsrs_review(const FsrsState *s, FsrsGrade g, double now, const double *w);

/* "Practise what is due": one question's place in the order. */
typedef struct {
    const char *id;  /* borrowed */
    bool seen;       /* has a memory state */
    FsrsState state; /* when seen */
} FsrsItem;

typedef enum { FSRS_DUE, FSRS_NEW, FSRS_LATER } FsrsClass;
FsrsClass fsrs_classify(const FsrsItem *it, double now);
/* Sorts items in place: due first (least likely recalled first), then new
 * ones (in the order given), then the rest (soonest due first). Returns how
 * many are due. Stable for equal keys. */
size_t fsrs_practice_order(FsrsItem *items, size_t n, double now);

#endif
