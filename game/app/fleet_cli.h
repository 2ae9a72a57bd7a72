/* fleet_cli: the command-line side of fleet sync (docs/fleet.md): starting
 * the worker for a game, --sync-status, --sync-now, --sync-retry-held and the postgresql://
 * source of --export-results and --report. The URL comes from --sync, else the setting
 * sync_url. */
#ifndef AMAN_FLEET_CLI_H
#define AMAN_FLEET_CLI_H

#include <stdio.h>
#include <time.h>

#include "app.h"
#include "sync.h"

/* Starts the sync worker for a game whose results are open, when a URL is
 * configured; NULL when none is (or, said on stderr, it cannot start).
 * Stop it with sync_stop after app_quit. */
Sync *fleet_start(const App *app);
/* --sync-status: prints the device, the centre (redacted), the events
 * waiting, the last success and the last error. Returns the exit status. */
int fleet_sync_status(const CliOptions *opt);
/* --sync-now: sends what is waiting (retrying for up to a minute) and
 * exits 0 when nothing is left and no event is set aside. */
int fleet_sync_now(const CliOptions *opt);
/* --sync-retry-held: puts the events set aside (refused by the centre for
 * their data) back in the queue, then with --sync-now sends them. Returns
 * the exit status. */
int fleet_sync_retry_held(const CliOptions *opt);
/* --export-results with --from postgresql://...: the CSV of every device. */
bool fleet_export_csv(const char *url, FILE *out, const char *trainee, const char *since,
                      const Bank *bank, Diag *diag);
/* The same as a ResultsWriter (results_write_export), ctx a FleetExport. */
typedef struct {
    const char *url, *trainee, *since;
    const Bank *bank;
} FleetExport;
bool fleet_export_write(FILE *out, void *ctx, Diag *diag);
/* --report with --from postgresql://...: the report (reportcmd.h) of every
 * device's answers; a trainee who trained on several devices is one
 * trainee. Returns the exit status. */
int fleet_report(const CliOptions *opt, const char *exe_dir, time_t now);

#endif
