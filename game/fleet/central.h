/* central: the PostgreSQL database every device's results flow to.
 *
 * The game creates and migrates its schema itself (CENTRAL_SCHEMA_VERSION,
 * kept in the table aman_schema; see central.c for the tables). Rows are
 * keyed by the outbox's event ids, so pushing a batch twice stores it once.
 * A trainee is their sign-in id across devices: one row in trainees however
 * many machines they trained on.
 *
 * Blocking calls (network): use them from a worker thread or a command-line
 * tool, never from the SDL loop. Messages never hold the URL's password. */
#ifndef AMAN_CENTRAL_H
#define AMAN_CENTRAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "bank.h"
#include "diag.h"
#include "outbox.h"
#include "results_stats.h"

#define CENTRAL_SCHEMA_VERSION 2

typedef struct Central Central;

/* True when s names a PostgreSQL database (postgresql:// or postgres://). */
bool central_is_url(const char *s);

/* Connects (TLS when the server offers it, or as the URL's sslmode says;
 * 5 s connect timeout unless the URL sets one) and creates or migrates the
 * schema. Returns NULL with one line in err ("cannot reach ...", "password
 * authentication failed ...", "cannot load libpq.so.5 ..." when libpq is
 * not installed: pqlib.h), the URL redacted. Close with central_close. */
Central *central_connect(const char *url, char *err, size_t errlen);
void central_close(Central *c);
/* The connection is still usable (false after a network failure). */
bool central_ok(const Central *c);

/* Stores the batch of device's events in one transaction (events already
 * stored are skipped). Returns false with one line in err; then *refused
 * (when not NULL) tells a refusal of the data (central_refuses_data, or an
 * event libpq cannot quote, such as invalid UTF-8) from a failure to reach
 * or use the server (connection, shutdown, deadlock, permissions: worth
 * retrying as it is). On a refusal, reason (when not NULL) gets the
 * server's own words and SQLSTATE, without the URL. */
bool central_push(Central *c, const char *device, const OutboxBatch *batch, bool *refused,
                  char *reason, size_t reasonlen, char *err, size_t errlen);

/* True when a statement failing with this SQLSTATE failed for the data it
 * was given: class 22 (data exception: invalid UTF-8, a number out of
 * range, a string too long) and 23 (integrity constraint: a CHECK or NOT
 * NULL the central schema has). Class 42 (syntax, undefined objects,
 * permissions) is not: it is the server's set-up or this game's SQL, and
 * would set every event aside. NULL or "": false. */
bool central_refuses_data(const char *sqlstate);

/* One answer as the centre holds it, for readers such as a trainer report.
 * Strings live until the next call of the callback. */
typedef struct {
    const char *trainee; /* NULL outside training */
    const char *device;  /* uuid of the device */
    const char *session; /* "<device>/<local id>", unique across devices */
    const char *time, *question_id, *chosen, *lang;
    const char *started; /* the session's start */
    const char *player;  /* the session's player name, or NULL */
    bool correct;
    double fraction;
    int points;
    long long ms;
} CentralAnswer;

/* Calls fn for every answer (trainee and since "YYYY-MM-DD" filter when not
 * NULL), oldest first by time. Returns false with err when the query fails
 * or fn returns false. */
bool central_each_answer(Central *c, const char *trainee, const char *since,
                         bool (*fn)(const CentralAnswer *a, void *ctx), void *ctx, char *err,
                         size_t errlen);

/* The answers of every device's training sessions (trainee and since
 * filter when not NULL) as report rows (results_stats.h): by device and
 * session, each device's session a session of its own (numbered in the
 * order read), each answer with its time. NULL with one line in err. */
ResultsRows *central_rows(Central *c, const char *trainee, const char *since, char *err,
                          size_t errlen);

/* The CSV of results_export_csv (same columns), from every device. */
bool central_export_csv(Central *c, FILE *out, const char *trainee, const char *since,
                        const Bank *bank, Diag *diag);

#endif
