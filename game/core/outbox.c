#include "outbox.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "util.h"

struct Outbox {
    sqlite3 *db;
    char device[40];
};

static bool db_error(sqlite3 *db, char *err, size_t errlen)
{
    snprintf(err, errlen, "%s", sqlite3_errmsg(db));
    return false;
}

static bool read_device(Outbox *o, char *err, size_t errlen)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(o->db, "SELECT uuid FROM device WHERE id = 1", -1, &st, NULL) !=
        SQLITE_OK)
        return db_error(o->db, err, errlen);
    bool ok = sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0);
    if (ok)
        snprintf(o->device, sizeof o->device, "%s", (const char *)sqlite3_column_text(st, 0));
    else
        snprintf(err, errlen, "%s", _("the results database has no device id"));
    sqlite3_finalize(st);
    return ok;
}

Outbox *outbox_open(const char *path, char *err, size_t errlen)
{
    Outbox *o = xcalloc(1, sizeof *o);
    if (sqlite3_open_v2(path, &o->db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) {
        snprintf(err, errlen, "%s: %s", path, o->db ? sqlite3_errmsg(o->db) : "out of memory");
        goto fail;
    }
    /* The game writes an answer in a few milliseconds; wait for it rather
     * than fail. The game's own busy timeout covers our short writes. */
    sqlite3_busy_timeout(o->db, 5000);
    if (sqlite3_exec(o->db, "PRAGMA synchronous = FULL;", NULL, NULL, NULL) != SQLITE_OK ||
        !read_device(o, err, errlen))
        goto fail;
    return o;
fail:
    outbox_close(o);
    return NULL;
}

void outbox_close(Outbox *o)
{
    if (!o)
        return;
    sqlite3_close_v2(o->db);
    free(o);
}

const char *outbox_device(const Outbox *o)
{
    return o->device;
}

void outbox_event_id(const Outbox *o, int64_t seq, char *buf, size_t size)
{
    snprintf(buf, size, "%s:%lld", o->device, (long long)seq);
}

/* ---- reading a batch ---- */

static const char *keep(OutboxBatch *b, sqlite3_stmt *st, int col)
{
    const unsigned char *t = sqlite3_column_text(st, col);
    if (!t)
        return NULL;
    if (b->n_strings == b->cap_strings) {
        b->cap_strings = b->cap_strings ? b->cap_strings * 2 : 64;
        b->strings = xrealloc(b->strings, b->cap_strings * sizeof *b->strings);
    }
    return b->strings[b->n_strings++] = xstrdup((const char *)t);
}

static OutboxKind kind_of(const char *k)
{
    return strcmp(k, "answer") == 0        ? OUTBOX_ANSWER
           : strcmp(k, "session_end") == 0 ? OUTBOX_SESSION_END
           : strcmp(k, "high_score") == 0  ? OUTBOX_HIGH_SCORE
                                           : OUTBOX_SESSION;
}

/* Columns: 0 seq, 1 kind, 2 ref; 3.. session; 10.. answer; 20.. high score;
 * 25 the session's player. */
static const char next_sql[] =
    "SELECT o.seq, o.kind, o.ref,"
    " s.id, s.mode, s.trainee, s.lang, s.started, s.ended, s.score,"
    " a.id, a.session, a.time, a.question_id, a.chosen, a.correct, a.fraction, a.points, a.ms,"
    " a.lang, h.id, h.mode, h.name, h.score, h.date, s.player FROM outbox o"
    " LEFT JOIN sessions s ON o.kind IN ('session', 'session_end') AND s.id = o.ref"
    " LEFT JOIN answers a ON o.kind = 'answer' AND a.id = o.ref"
    " LEFT JOIN high_scores h ON o.kind = 'high_score' AND h.id = o.ref"
    " ORDER BY o.seq LIMIT ?1";

static void read_session(OutboxBatch *b, sqlite3_stmt *st, OutboxEvent *e)
{
    e->missing = sqlite3_column_type(st, 3) == SQLITE_NULL;
    e->mode = keep(b, st, 4);
    e->trainee = keep(b, st, 5);
    e->lang = keep(b, st, 6);
    e->time = keep(b, st, 7);
    e->ended = keep(b, st, 8);
    e->points = sqlite3_column_int(st, 9);
    e->name = keep(b, st, 25);
}

static void read_answer(OutboxBatch *b, sqlite3_stmt *st, OutboxEvent *e)
{
    e->missing = sqlite3_column_type(st, 10) == SQLITE_NULL;
    e->session = sqlite3_column_int64(st, 11);
    e->time = keep(b, st, 12);
    e->question_id = keep(b, st, 13);
    e->chosen = keep(b, st, 14);
    e->correct = sqlite3_column_int(st, 15) != 0;
    e->fraction = sqlite3_column_double(st, 16);
    e->points = sqlite3_column_int(st, 17);
    e->ms = sqlite3_column_int64(st, 18);
    e->lang = keep(b, st, 19);
}

static void read_high_score(OutboxBatch *b, sqlite3_stmt *st, OutboxEvent *e)
{
    e->missing = sqlite3_column_type(st, 20) == SQLITE_NULL;
    e->mode = keep(b, st, 21);
    e->name = keep(b, st, 22);
    e->points = sqlite3_column_int(st, 23);
    e->time = keep(b, st, 24);
}

bool outbox_next(Outbox *o, size_t max, OutboxBatch *b, char *err, size_t errlen)
{
    *b = (OutboxBatch){0};
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(o->db, next_sql, -1, &st, NULL) != SQLITE_OK)
        return db_error(o->db, err, errlen);
    sqlite3_bind_int64(st, 1, (sqlite3_int64)max);
    b->events = xcalloc(max ? max : 1, sizeof *b->events);
    int rc;
    while (b->count < max && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        OutboxEvent *e = &b->events[b->count++];
        e->seq = sqlite3_column_int64(st, 0);
        e->kind = kind_of((const char *)sqlite3_column_text(st, 1));
        e->ref = sqlite3_column_int64(st, 2);
        if (e->kind == OUTBOX_ANSWER)
            read_answer(b, st, e);
        else if (e->kind == OUTBOX_HIGH_SCORE)
            read_high_score(b, st, e);
        else
            read_session(b, st, e);
    }
    bool ok = b->count == max || rc == SQLITE_DONE;
    if (!ok)
        db_error(o->db, err, errlen);
    sqlite3_finalize(st);
    if (!ok)
        outbox_batch_free(b);
    return ok;
}

void outbox_batch_free(OutboxBatch *b)
{
    for (size_t i = 0; i < b->n_strings; i++)
        free(b->strings[i]);
    free(b->strings);
    free(b->events);
    *b = (OutboxBatch){0};
}

/* ---- acknowledging and the sync state ---- */

static bool exec_bound(Outbox *o, const char *sql, int64_t seq, const char *t1, const char *t2)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(o->db, sql, -1, &st, NULL) != SQLITE_OK)
        return false;
    sqlite3_bind_int64(st, 1, seq);
    sqlite3_bind_text(st, 2, t1, -1, SQLITE_TRANSIENT);
    if (t2)
        sqlite3_bind_text(st, 3, t2, -1, SQLITE_TRANSIENT);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE;
}

bool outbox_ack(Outbox *o, int64_t seq, const char *when, char *err, size_t errlen)
{
    if (sqlite3_exec(o->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
        return db_error(o->db, err, errlen);
    bool ok = exec_bound(o, "DELETE FROM outbox WHERE seq <= ?1", seq, NULL, NULL) &&
              exec_bound(o,
                         "UPDATE sync_state SET last_success = ?2, last_attempt = ?2,"
                         " last_error = NULL WHERE id = 1 AND ?1 = ?1",
                         seq, when, NULL) &&
              sqlite3_exec(o->db, "COMMIT", NULL, NULL, NULL) == SQLITE_OK;
    if (!ok) {
        db_error(o->db, err, errlen);
        sqlite3_exec(o->db, "ROLLBACK", NULL, NULL, NULL);
    }
    return ok;
}

bool outbox_hold(Outbox *o, int64_t seq, const char *when, const char *reason, char *err,
                 size_t errlen)
{
    if (sqlite3_exec(o->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
        return db_error(o->db, err, errlen);
    bool ok = exec_bound(o,
                         "INSERT INTO outbox_held(seq, kind, ref, reason, held_at)"
                         " SELECT seq, kind, ref, ?3, ?2 FROM outbox WHERE seq = ?1",
                         seq, when, reason);
    bool absent = ok && sqlite3_changes(o->db) != 1;
    ok = ok && !absent && exec_bound(o, "DELETE FROM outbox WHERE seq = ?1", seq, NULL, NULL) &&
         sqlite3_exec(o->db, "COMMIT", NULL, NULL, NULL) == SQLITE_OK;
    if (absent)
        snprintf(err, errlen, _("event %lld is not waiting to be sent"), (long long)seq);
    else if (!ok)
        db_error(o->db, err, errlen);
    if (!ok)
        sqlite3_exec(o->db, "ROLLBACK", NULL, NULL, NULL);
    return ok;
}

bool outbox_release_held(Outbox *o, long long *n, char *err, size_t errlen)
{
    *n = 0;
    if (sqlite3_exec(o->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
        return db_error(o->db, err, errlen);
    bool ok = sqlite3_exec(o->db,
                           "INSERT INTO outbox(seq, kind, ref) SELECT seq, kind, ref"
                           " FROM outbox_held ORDER BY seq",
                           NULL, NULL, NULL) == SQLITE_OK;
    if (ok)
        *n = sqlite3_changes(o->db);
    ok = ok && sqlite3_exec(o->db, "DELETE FROM outbox_held", NULL, NULL, NULL) == SQLITE_OK &&
         sqlite3_exec(o->db, "COMMIT", NULL, NULL, NULL) == SQLITE_OK;
    if (!ok) {
        db_error(o->db, err, errlen);
        sqlite3_exec(o->db, "ROLLBACK", NULL, NULL, NULL);
        *n = 0;
    }
    return ok;
}

bool outbox_record_error(Outbox *o, const char *when, const char *message)
{
    return exec_bound(o,
                      "UPDATE sync_state SET last_attempt = ?2, last_error = ?3"
                      " WHERE id = 1 AND ?1 = ?1",
                      0, when, message);
}

static void copy_text(sqlite3_stmt *st, int col, char *buf, size_t size)
{
    const unsigned char *t = sqlite3_column_text(st, col);
    size_t n = t ? utf8_prefix((const char *)t, strlen((const char *)t), size - 1) : 0;
    memcpy(buf, t ? (const char *)t : "", n);
    buf[n] = '\0';
}

bool outbox_status(Outbox *o, OutboxStatus *out, char *err, size_t errlen)
{
    *out = (OutboxStatus){0};
    snprintf(out->device, sizeof out->device, "%s", o->device);
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(o->db,
                           "SELECT (SELECT count(*) FROM outbox), last_success, last_attempt,"
                           " last_error, (SELECT count(*) FROM outbox_held), h.seq, h.reason,"
                           " h.held_at FROM sync_state LEFT JOIN (SELECT seq, reason, held_at"
                           " FROM outbox_held ORDER BY held_at DESC, seq DESC LIMIT 1) h"
                           " WHERE id = 1",
                           -1, &st, NULL) != SQLITE_OK)
        return db_error(o->db, err, errlen);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        out->waiting = sqlite3_column_int64(st, 0);
        copy_text(st, 1, out->last_success, sizeof out->last_success);
        copy_text(st, 2, out->last_attempt, sizeof out->last_attempt);
        copy_text(st, 3, out->last_error, sizeof out->last_error);
        out->held = sqlite3_column_int64(st, 4);
        out->held_seq = sqlite3_column_int64(st, 5);
        copy_text(st, 6, out->held_reason, sizeof out->held_reason);
        copy_text(st, 7, out->held_at, sizeof out->held_at);
    } else {
        db_error(o->db, err, errlen);
    }
    sqlite3_finalize(st);
    return rc == SQLITE_ROW;
}

/* ---- credentials ---- */

typedef struct {
    char *buf;
    size_t size, len;
} Out;

static void put(Out *o, const char *s, size_t n)
{
    for (size_t i = 0; i < n && o->len + 1 < o->size; i++)
        o->buf[o->len++] = s[i];
    o->buf[o->len] = '\0';
}

/* Where "password=" starts a parameter of a URL's query or a key=value
 * conninfo, at url[i]. */
static bool password_param(const char *url, size_t i)
{
    return strncmp(url + i, "password=", 9) == 0 &&
           (i == 0 || url[i - 1] == '?' || url[i - 1] == '&' || url[i - 1] == ' ');
}

void outbox_redact_url(const char *url, char *buf, size_t size)
{
    if (!size)
        return;
    Out o = {buf, size, 0};
    buf[0] = '\0';
    /* user:PASSWORD@host: the password ends at the last '@' before the path
     * (a password may hold '@'). */
    const char *from = NULL, *to = NULL, *scheme = strstr(url, "://");
    if (scheme) {
        const char *auth = scheme + 3;
        size_t host_end = strcspn(auth, "/?");
        for (size_t k = 0; k < host_end; k++)
            if (auth[k] == '@')
                to = auth + k;
        from = to ? memchr(auth, ':', (size_t)(to - auth)) : NULL;
    }
    for (size_t i = 0; url[i];) {
        if (from && url + i == from) {
            put(&o, ":***", 4);
            i = (size_t)(to - url);
        } else if (password_param(url, i)) {
            put(&o, "password=***", 12);
            i += 9 + strcspn(url + i + 9, "& ");
        } else {
            put(&o, url + i++, 1);
        }
    }
}
