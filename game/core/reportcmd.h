/* reportcmd: `amanquiz --report FILE.html [--since DATE] [--trainee ID]
 * [--lang en|ur] [--data-dir DIR] [--config FILE] [--bank PATH...]`: reads
 * the results database, brings every trainee's FSRS memory up to date and
 * writes the report (report.h). Needs no display. With a ReportSource the
 * answers come from elsewhere (`--from postgresql://...`: every device's,
 * read by the app layer; the core knows no network). */
#ifndef AMAN_REPORTCMD_H
#define AMAN_REPORTCMD_H

#include <time.h>

#include "cli.h"
#include "diag.h"
#include "results_stats.h"

/* Another source of answers than this device's results database. read
 * returns the answers of training sessions (of trainee when not NULL, on or
 * after since "YYYY-MM-DD" when not NULL) as results_rows gives them, each
 * with its time, or NULL with one message in diag; the caller frees them.
 * It is called a second time with since NULL when since is set: what is due
 * is replayed from every answer, in memory (results_rows_due_ids). */
typedef struct {
    ResultsRows *(*read)(void *ctx, const char *trainee, const char *since, Diag *diag);
    void *ctx;
    const char *name; /* shown in the report's header: no password in it */
} ReportSource;

/* Runs the command; messages go to stderr. Returns the exit status: 0 when
 * the report was written, 1 otherwise (nothing left half-written). now is
 * the time the report is made (due questions, the date shown). src NULL
 * reads the local results database. */
int reportcmd_run(const CliOptions *opt, const char *exe_dir, time_t now, const ReportSource *src);

#endif
