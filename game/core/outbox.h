/* outbox: the events a device still owes the central database.
 *
 * The results store (results.h) writes one outbox row in the transaction of
 * every session, answer, session end and high score (triggers of schema
 * version 3), so an event exists exactly when its row does. An event's
 * globally unique id is "<device uuid>:<seq>"; the central store keys its
 * rows by it, so an event sent twice is stored once.
 *
 * An Outbox is a second SQLite connection to the results file, for the
 * sync worker's thread (or a command-line tool): it reads events in order
 * with their rows, deletes them once the centre has them, and keeps the
 * sync state (last success, last error) that --sync-status and the admin
 * screen show. One Outbox per thread; it never includes SDL or libpq.
 *
 * An event the centre refuses for its data (text PostgreSQL will not take,
 * a value a constraint refuses) is set aside: outbox_hold moves it out of
 * the queue into the table outbox_held (schema version 6) with the
 * server's reason and the time, so the events after it still flow. It is
 * never sent again by itself; outbox_release_held puts every held event
 * back in the queue under its own seq (so under its own event id) after
 * the cause was fixed. Its row (answer, session ...) is never deleted. */
#ifndef AMAN_OUTBOX_H
#define AMAN_OUTBOX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct Outbox Outbox;

typedef enum { OUTBOX_SESSION, OUTBOX_ANSWER, OUTBOX_SESSION_END, OUTBOX_HIGH_SCORE } OutboxKind;

/* One event with the current content of its row. Strings are owned by the
 * batch; NULL where the row has NULL. */
typedef struct {
    int64_t seq;
    OutboxKind kind;
    int64_t ref;                             /* local id of the session, answer or high score */
    int64_t session;                         /* answer: its session's local id */
    const char *mode, *trainee, *lang;       /* session, answer (lang), high score (mode) */
    const char *time;                        /* session start, answer time, high score date */
    const char *ended;                       /* session end */
    const char *question_id, *chosen, *name; /* answer; high score name, session player */
    bool correct;
    double fraction;
    int points; /* answer points, session score, high score */
    int64_t ms;
    bool missing; /* its row is gone (edited by hand): sent as nothing, acknowledged */
} OutboxEvent;

typedef struct {
    OutboxEvent *events;
    size_t count;
    char **strings; /* every string the events point to */
    size_t n_strings, cap_strings;
} OutboxBatch;

typedef struct {
    char device[40];       /* the device's uuid, "" when unknown */
    long long waiting;     /* events not yet acknowledged by the centre */
    char last_success[32]; /* time of the last batch the centre took, "" never */
    char last_attempt[32]; /* time of the last try, "" never */
    char last_error[256];  /* of the last try, "" when it succeeded */
    long long held;        /* events set aside (outbox_hold) */
    long long held_seq;    /* the last one set aside, 0 none */
    char held_reason[256]; /* the server's reason for it, "" none */
    char held_at[32];      /* when it was set aside */
} OutboxStatus;

/* Opens the results database at path (which results_open has created or
 * migrated to schema version 3 or later). Returns NULL with a one-line
 * message in err when it cannot be opened or has no outbox. */
Outbox *outbox_open(const char *path, char *err, size_t errlen);
void outbox_close(Outbox *o);
/* The device's uuid (owned by o). */
const char *outbox_device(const Outbox *o);

/* Reads up to max of the oldest waiting events into batch (freed with
 * outbox_batch_free; it may be reused after a free). Returns false with a
 * message in err on a database error. */
bool outbox_next(Outbox *o, size_t max, OutboxBatch *batch, char *err, size_t errlen);
void outbox_batch_free(OutboxBatch *batch);
/* The centre has every event up to and including seq: deletes them and
 * records `when` as the last success, in one transaction. */
bool outbox_ack(Outbox *o, int64_t seq, const char *when, char *err, size_t errlen);
/* The centre refused event seq for its data: moves it from the queue to
 * the held events with reason (already free of credentials) and when, in
 * one transaction. False with err on a database error or when seq is not
 * waiting. */
bool outbox_hold(Outbox *o, int64_t seq, const char *when, const char *reason, char *err,
                 size_t errlen);
/* Puts every held event back in the queue (sent first: the oldest seqs),
 * their count into *n. False with err on a database error. */
bool outbox_release_held(Outbox *o, long long *n, char *err, size_t errlen);
/* Records a failed try (message already free of credentials). */
bool outbox_record_error(Outbox *o, const char *when, const char *message);
/* Counts waiting events and reads the sync state; false with err when the
 * database cannot be read. */
bool outbox_status(Outbox *o, OutboxStatus *st, char *err, size_t errlen);

/* The event's globally unique id "<device>:<seq>" into buf (>= 64 bytes). */
void outbox_event_id(const Outbox *o, int64_t seq, char *buf, size_t size);

/* Copies url into buf with its password (user:PASSWORD@, password=...)
 * replaced by "***", for logs and screens. */
void outbox_redact_url(const char *url, char *buf, size_t size);

#endif
