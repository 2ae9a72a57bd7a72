/* results_priv: what the results module's files (results.c, results_queue.c,
 * results_salvage.c, results_export.c, results_stats.c) share; not for
 * callers outside the module. */
#ifndef AMAN_RESULTS_PRIV_H
#define AMAN_RESULTS_PRIV_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stdint.h>

#include "diag.h"
#include "results.h"

/* One write not yet in the database: the fields of a line of the side file
 * (see results_queue.c), kind first. */
typedef struct {
    char **field;
    int n;
} ResultsPending;

/* A session begun while writes failed has a negative key until its row is
 * written; then the key maps to the row's id. */
typedef struct {
    int64_t key, id;
} ResultsKey;

/* The open database, or NULL when the store is disabled; owned by r. Only
 * on the writer's thread while it runs (results_writer.h). */
sqlite3 *results_db(Results *r);

/* The writer thread and its queue (results_writer.c). */
typedef struct ResultsThread ResultsThread;

struct Results {
    sqlite3 *db;   /* NULL when disabled */
    bool readonly; /* opened by results_open_readonly */
    char *path;
    char error[256];
    ResultsPending *queue; /* oldest first */
    size_t n_queue, cap_queue;
    ResultsKey *keys;
    size_t n_keys, cap_keys;
    int64_t next_key; /* -1, -2, ... */
    size_t lost;      /* records a constraint refused (dropped, counted) */
    ResultsThread *w; /* the writer and the asks' answers; NULL until used */
    /* results_error on the caller's thread while the writer runs (the
     * writer's own is error) */
    char front_error[256];
};

/* Queues a write for the writer thread (which must be running). */
void results_writer_store(Results *r, const char *const *field, int n);
/* True while the writer runs and this is not its thread. */
bool results_writer_on_caller(const Results *r);
/* Waits for everything queued to be done and ends the thread (idempotent);
 * then r works synchronously. */
void results_writer_stop(Results *r);
/* Stops the thread, drops the answers nobody polled, frees r->w. */
void results_writer_free(Results *r);

/* Appends a record of n fields (copied; NULL is kept as NULL), then writes
 * every queued record it can, oldest first. True when the queue is empty
 * afterwards. */
bool results_queue_push(Results *r, const char *const *field, int n);
/* Writes queued records until one fails (the reason goes to r->error). */
bool results_queue_flush(Results *r);
/* The queued answers ("A" records). */
size_t results_queue_answers(const Results *r);
/* Frees the queue and the key map. */
void results_queue_free(Results *r);
/* "<db>.unsaved": the side file of answers a quit could not save. */
char *results_side_path(const Results *r);
/* Appends the queue to the side file (one write, fsync'd) and empties it;
 * false with the reason in r->error when that fails. */
bool results_side_write(Results *r);
/* Takes the side file, if any, into the queue and writes it; lines it cannot
 * read are reported in diag with file:line. Returns the answers it read. */
size_t results_side_import(Results *r, Diag *diag);
/* The row id of session key k (k itself when positive), 0 when unknown. */
int64_t results_key_id(const Results *r, int64_t k);

/* Prepares sql on an enabled store, or records why not in r->error. */
sqlite3_stmt *results_prepare(Results *r, const char *sql);
/* Binds s as text, or NULL when s is NULL. */
void results_bind_text(sqlite3_stmt *st, int i, const char *s);

/* Copies every row SQLite can still read from the damaged file at from into
 * r's (new, empty) database; *sessions and *answers get the counts. */
bool results_salvage(Results *r, const char *from, int64_t *sessions, int64_t *answers);

#endif
