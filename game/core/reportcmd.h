/* reportcmd: `amanquiz --report FILE.html [--since DATE] [--trainee ID]
 * [--lang en|ur] [--data-dir DIR] [--config FILE] [--bank PATH...]`: reads
 * the results database, brings every trainee's FSRS memory up to date and
 * writes the report (report.h). Needs no display. */
#ifndef AMAN_REPORTCMD_H
#define AMAN_REPORTCMD_H

#include <time.h>

#include "cli.h"

/* Runs the command; messages go to stderr. Returns the exit status: 0 when
 * the report was written, 1 otherwise (nothing left half-written). now is
 * the time the report is made (due questions, the date shown). */
int reportcmd_run(const CliOptions *opt, const char *exe_dir, time_t now);

#endif
