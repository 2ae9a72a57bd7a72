/* sync: a background thread that pushes a device's outbox (outbox.h) to the
 * central PostgreSQL database (central.h).
 *
 * Play never waits for it: the thread has its own SQLite connection and its
 * own PostgreSQL connection; the caller only reads a status snapshot under a
 * mutex (no I/O). Batches go oldest first and are deleted from the outbox
 * only after the centre committed them, so a kill -9 at any moment loses
 * nothing and re-sends at most one batch, which the centre stores once.
 * While the centre is unreachable it retries with exponential backoff
 * (SyncConfig), saying on stderr once per new error, one line, with the
 * URL's password replaced by "***".
 *
 * A batch the centre refuses for its data (central_push's *refused: an
 * event PostgreSQL will not take) is not retried as it is: it is sent
 * again one event at a time on the same connection, the events taken are
 * acknowledged, and each event refused for its own data is set aside in
 * the outbox (outbox_hold) with the server's reason, said once on stderr
 * ("event N set aside: ..."), never sent again until --sync-retry-held
 * (outbox_release_held). Then the sync goes on with the next events. */
#ifndef AMAN_SYNC_H
#define AMAN_SYNC_H

#include <stdbool.h>
#include <stddef.h>

#include "outbox.h"

typedef struct Sync Sync;

typedef struct {
    size_t batch;       /* events per transaction (default 500) */
    int poll_ms;        /* look for new events this often when idle (1000) */
    int backoff_min_ms; /* first wait after a failure (500) */
    int backoff_max_ms; /* the longest wait (30000) */
    int pause_ms;       /* a wait after each batch sent (0; tests only) */
    bool quiet;         /* no stderr lines (tests, --sync-status) */
} SyncConfig;

typedef struct {
    OutboxStatus outbox; /* waiting, last success, last error (redacted) */
    bool connected;      /* the last try reached the centre */
    int retry_in_ms;     /* when failing: the current backoff */
    long long sent;      /* events the centre took since sync_start */
} SyncStatus;

/* The defaults above; AMAN_SYNC_BATCH and AMAN_SYNC_PAUSE_MS in the
 * environment change batch and pause_ms (the tests use small, spaced
 * batches to stop a device in the middle of a sync on any machine). */
SyncConfig sync_default_config(void);

/* Starts the worker for the results database at results_path (already
 * migrated by results_open) and the centre at url. cfg NULL: defaults.
 * Returns NULL with one line in err when the URL is not postgresql://...,
 * libpq cannot be loaded (pqlib.h: "fleet sync is off: cannot load
 * libpq.so.5 (apt-get install libpq5): ...") or the outbox cannot be
 * opened; an unreachable centre is not an error here (the worker retries).
 * libpq is loaded here, on the caller's thread, the first time. */
Sync *sync_start(const char *results_path, const char *url, const SyncConfig *cfg, char *err,
                 size_t errlen);
/* Wakes the worker now (new events); cheap, never blocks. */
void sync_nudge(Sync *s);
/* A snapshot of the state; never blocks on I/O. */
void sync_status(Sync *s, SyncStatus *out);
/* Waits up to ms for the outbox to be empty, as read after this call (the
 * worker is nudged); true when it is. Blocks: not for the SDL loop. */
bool sync_flush(Sync *s, int ms);
/* Waits up to flush_ms for the outbox to empty (0: not at all), then stops
 * the worker and frees s; its last status into *last when not NULL.
 * Returns true when nothing was left waiting. */
bool sync_stop(Sync *s, int flush_ms, SyncStatus *last);

#endif
