/* cohort: the numbers a trainer looks at, aggregated from the answers of
 * training sessions (results_stats.h rows) and the bank: the cohort's
 * accuracy over time and pass rate, each trainee's sessions and topics,
 * accuracy per topic and difficulty, and item analysis (itemstats.h). The
 * HTML report (report.h) and the in-game results screen both draw from it.
 * Pure: no I/O. Accuracy is the mean credit (0..1) of the answers counted.
 * A session passes when its accuracy * 100 >= the pass mark, as a round
 * does (quiz.h). */
#ifndef AMAN_COHORT_H
#define AMAN_COHORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "bank.h"
#include "itemstats.h"
#include "results_stats.h"

#define COHORT_DIFFICULTIES 3

typedef struct {
    double sum; /* credit */
    int n;      /* answers */
} CohortTally;

typedef struct {
    const char *day; /* "YYYY-MM-DD" */
    CohortTally t;
} CohortDay;

typedef struct {
    int64_t id;
    const char *day;
    CohortTally t;
    bool passed;
} CohortSession;

typedef struct {
    const char *name; /* the bank's category, "" for none */
    CohortTally all, by_difficulty[COHORT_DIFFICULTIES];
} CohortTopic;

typedef struct {
    const char *id;
    CohortSession *sessions; /* in order */
    size_t n_sessions;
    int passed;
    CohortTally t;
    CohortTopic *topics; /* in the cohort's topic order; n_topics of the cohort */
    char **due;          /* question ids due, most overdue first: set by the caller */
    size_t n_due;        /* (results_due_ids); owned, freed by cohort_free. due may
                            stay NULL with n_due set: a count only */
} CohortTrainee;

typedef struct {
    size_t n_answers, n_sessions, n_passed;
    CohortTally t;
    CohortDay *days; /* in date order */
    size_t n_days;
    CohortTrainee *trainees; /* by id (numeric order) */
    size_t n_trainees;
    CohortTopic *topics; /* by name */
    size_t n_topics;
    ItemStats *items; /* one response per session and question: the latest */
} Cohort;

/* Aggregates rows (which must be by session, then answer, as results_rows
 * gives them); bank may be NULL (every question then has no topic and
 * difficulty 2). Strings point into rows and bank, which must outlive the
 * Cohort. Free with cohort_free. */
Cohort *cohort_build(const ResultsRows *rows, const Bank *bank, int pass_mark);
void cohort_free(Cohort *c);
/* t's accuracy, 0 when it counts no answer. */
double cohort_accuracy(CohortTally t);
/* The trainee with this id, or NULL. */
CohortTrainee *cohort_trainee(const Cohort *c, const char *id);

#endif
