/* results_stats: what reports and drills ask of the results store: every
 * answer of training sessions for a report, and each trainee's FSRS memory
 * of each question (core/fsrs.h) for "Practise what is due".
 *
 * The memory table is derived from the answers: results_memory_sync replays
 * into it, in order, each answer of a trainee it has not seen yet (the row
 * keeps the id of the last answer it took in). So a database from before the
 * table existed, or an answer written by another process, is taken in at the
 * next sync, and replaying never counts an answer twice.
 *
 * Days are Julian days (SQLite's julianday()); results_day_of converts. */
#ifndef AMAN_RESULTS_STATS_H
#define AMAN_RESULTS_STATS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "bank.h"
#include "fsrs.h"
#include "results.h"

/* The Julian day of t: t / 86400 + 2440587.5. */
double results_day_of(time_t t);
/* The Julian day of an ISO 8601 time as the results store them
 * ("YYYY-MM-DDTHH:MM:SS+05:00", "...Z", no offset for UTC, or a bare
 * date), as SQLite's julianday() reads it. False when s is not one. */
bool results_day_of_time(const char *s, double *day);

/* Takes every answer of trainee not yet in its memory states into them.
 * Returns false (error in results_error) when disabled or a query fails. */
bool results_memory_sync(Results *r, const char *trainee);
/* The same for every trainee, in one transaction (one disk sync, not one a
 * trainee: what a report of a whole cohort wants). */
bool results_memory_sync_all(Results *r);
/* Syncs, then counts trainee's questions due on day `now` (0 on failure). */
size_t results_due_count(Results *r, const char *trainee, double now);
/* Syncs, then the ids of trainee's questions due on day `now`, most
 * overdue first; *n of them, freed with results_free_ids. */
char **results_due_ids(Results *r, const char *trainee, double now, size_t *n);
/* Syncs, then orders the questions of bank for practice with
 * fsrs_practice_order: due, then new, then the rest. Returns *n ids (all of
 * the bank's) the caller frees with results_free_ids; *n_due of them due. */
char **results_practice_ids(Results *r, const char *trainee, const Bank *bank, double now,
                            size_t *n, size_t *n_due);
/* trainee's memory of question; false when it has none (new). */
bool results_memory_get(Results *r, const char *trainee, const char *question, FsrsState *out);

/* One answer of a training session, for reports. Strings are owned by the
 * ResultsRows and interned: equal strings share one pointer. */
typedef struct {
    int64_t session; /* unique among the rows (a reader of several devices
                        numbers their sessions so that none merge) */
    const char *trainee;
    const char *day; /* the session's start, "YYYY-MM-DD" */
    const char *question_id;
    const char *chosen;
    double fraction;
    double time; /* when it was answered, a Julian day; 0 when unreadable */
} ResultsRow;

typedef struct ResultsRows ResultsRows;

/* Every answer of sessions with a trainee (or of trainee when not NULL),
 * answered on or after since ("YYYY-MM-DD") when not NULL, by session then
 * answer. Returns NULL with a message in diag when disabled or failed. */
ResultsRows *results_rows(Results *r, const char *trainee, const char *since, Diag *diag);
/* Empty rows for another reader to fill (the fleet's central database,
 * a test): the report and the results screen take rows from anywhere. */
ResultsRows *results_rows_new(void);
/* Appends a copy of row, its strings interned (NULL strings become "").
 * Rows must come by session, then answer, as results_rows gives them. */
void results_rows_add(ResultsRows *rows, const ResultsRow *row);
size_t results_rows_count(const ResultsRows *rows);
const ResultsRow *results_rows_get(const ResultsRows *rows, size_t i);
void results_rows_free(ResultsRows *rows);
/* trainee's FSRS memory replayed from rows alone, in memory (answer time
 * order; rows with no time are left out), as results_memory_sync replays
 * the memory table: the ids of the questions due on day `now`, most overdue
 * first, as results_due_ids gives them; *n of them, freed with
 * results_free_ids. For rows that are not in this device's database. */
char **results_rows_due_ids(const ResultsRows *rows, const char *trainee, double now, size_t *n);

#endif
