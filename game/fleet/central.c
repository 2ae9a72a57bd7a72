#include "central.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "i18n.h"
#include "pqlib.h"
#include "results_stats.h"
#include "util.h"

/* The schema, one step per entry: migrations[i] takes version i to i + 1.
 * Append, never edit a step that has shipped. Times are the devices' ISO
 * 8601 strings, as in their SQLite files; received is the centre's clock. */
static const char *const migrations[] = {
    "CREATE TABLE devices(id text PRIMARY KEY, first_seen timestamptz NOT NULL DEFAULT now(),"
    " last_seen timestamptz NOT NULL DEFAULT now());"
    "CREATE TABLE trainees(id text PRIMARY KEY, first_seen timestamptz NOT NULL DEFAULT now());"
    "CREATE TABLE sessions(event_id text NOT NULL UNIQUE, device text NOT NULL REFERENCES"
    " devices(id), local_id bigint NOT NULL, mode text NOT NULL, trainee text REFERENCES"
    " trainees(id), lang text NOT NULL, started text NOT NULL, ended text, score integer,"
    " received timestamptz NOT NULL DEFAULT now(), PRIMARY KEY(device, local_id));"
    "CREATE TABLE answers(event_id text PRIMARY KEY, device text NOT NULL REFERENCES"
    " devices(id), local_id bigint NOT NULL, session bigint NOT NULL, time text NOT NULL,"
    " question_id text NOT NULL, chosen text NOT NULL, correct boolean NOT NULL,"
    " fraction double precision NOT NULL, points integer NOT NULL, ms bigint NOT NULL,"
    " lang text NOT NULL, received timestamptz NOT NULL DEFAULT now(),"
    " UNIQUE(device, local_id));"
    "CREATE TABLE high_scores(event_id text PRIMARY KEY, device text NOT NULL REFERENCES"
    " devices(id), local_id bigint NOT NULL, mode text NOT NULL, name text NOT NULL,"
    " score integer NOT NULL, date text NOT NULL, received timestamptz NOT NULL DEFAULT now(),"
    " UNIQUE(device, local_id));"
    "CREATE INDEX answers_by_session ON answers(device, session);"
    "CREATE INDEX sessions_by_trainee ON sessions(trainee);"
    "CREATE INDEX high_scores_by_mode ON high_scores(mode, score);",

    /* The player's name of a session (the devices' schema 5). */
    "ALTER TABLE sessions ADD COLUMN player text;",
};
_Static_assert(sizeof migrations / sizeof *migrations == CENTRAL_SCHEMA_VERSION,
               "one migration per central schema version");

/* Any number: devices migrating at once take turns on it. */
#define MIGRATION_LOCK "7212017"

struct Central {
    const PqLib *pq;
    PGconn *conn;
    char where[256]; /* the redacted URL */
};

bool central_is_url(const char *s)
{
    return s && (strncmp(s, "postgresql://", 13) == 0 || strncmp(s, "postgres://", 11) == 0);
}

/* libpq's message, first line only, trimmed ("connection to server at ...
 * failed: FATAL:  password authentication failed for user ..."). */
static void first_line(const char *msg, char *buf, size_t size)
{
    while (*msg == ' ' || *msg == '\n')
        msg++;
    size_t n = strcspn(msg, "\n");
    while (n && (msg[n - 1] == ' ' || msg[n - 1] == '\r'))
        n--;
    snprintf(buf, size, "%.*s", (int)n, msg);
}

static bool pq_fail(Central *c, const char *what, char *err, size_t errlen)
{
    char line[512];
    first_line(c->pq->PQerrorMessage(c->conn), line, sizeof line);
    snprintf(err, errlen, "%s: %s: %s", c->where, what, line);
    return false;
}

/* Runs sql; false with err unless it returned `want`. */
static bool run(Central *c, const char *sql, ExecStatusType want, char *err, size_t errlen)
{
    PGresult *res = c->pq->PQexec(c->conn, sql);
    bool ok = c->pq->PQresultStatus(res) == want;
    c->pq->PQclear(res);
    return ok || pq_fail(c, _("the central database refused a command"), err, errlen);
}

static bool migrate(Central *c, char *err, size_t errlen)
{
    if (!run(c,
             "BEGIN; SELECT pg_advisory_xact_lock(" MIGRATION_LOCK ");"
             "CREATE TABLE IF NOT EXISTS aman_schema(version integer NOT NULL);",
             PGRES_COMMAND_OK, err, errlen))
        return false;
    PGresult *res = c->pq->PQexec(c->conn, "SELECT max(version) FROM aman_schema");
    int version = c->pq->PQresultStatus(res) == PGRES_TUPLES_OK && !c->pq->PQgetisnull(res, 0, 0)
                      ? atoi(c->pq->PQgetvalue(res, 0, 0))
                      : 0;
    bool read = c->pq->PQresultStatus(res) == PGRES_TUPLES_OK;
    c->pq->PQclear(res);
    if (!read || version > CENTRAL_SCHEMA_VERSION) {
        if (read)
            snprintf(err, errlen,
                     _("%s: the central database has schema version %d, newer than this "
                       "game's %d; update the game"),
                     c->where, version, CENTRAL_SCHEMA_VERSION);
        else
            pq_fail(c, _("cannot read the schema version"), err, errlen);
        c->pq->PQclear(c->pq->PQexec(c->conn, "ROLLBACK"));
        return false;
    }
    for (int v = version; v < CENTRAL_SCHEMA_VERSION; v++) {
        char *sql = xasprintf("%sDELETE FROM aman_schema; INSERT INTO aman_schema VALUES(%d);",
                              migrations[v], v + 1);
        bool ok = run(c, sql, PGRES_COMMAND_OK, err, errlen);
        free(sql);
        if (!ok) {
            c->pq->PQclear(c->pq->PQexec(c->conn, "ROLLBACK"));
            return false;
        }
    }
    return run(c, "COMMIT", PGRES_COMMAND_OK, err, errlen);
}

Central *central_connect(const char *url, char *err, size_t errlen)
{
    Central *c = xcalloc(1, sizeof *c);
    outbox_redact_url(url, c->where, sizeof c->where);
    char why[512];
    c->pq = pqlib_load(why, sizeof why);
    if (!c->pq) {
        snprintf(err, errlen, "%s: %s", c->where, why);
        goto fail;
    }
    /* Earlier keywords are defaults; what the URL sets (connect_timeout,
     * sslmode, ...) overrides them. libpq's default sslmode "prefer" uses
     * TLS whenever the server offers it. Our strings are UTF-8 (Urdu names).
     * A network that drops packets fails a send within 10 s and a silent
     * peer within 20 s, so the worker (and the game waiting for it to
     * stop) never hangs for TCP's minutes. */
    const char *keys[] = {"connect_timeout",     "tcp_user_timeout", "keepalives_idle",
                          "keepalives_interval", "keepalives_count", "application_name",
                          "client_encoding",     "dbname",           NULL};
    const char *values[] = {"5", "10000", "10", "5", "2", "amanquiz", "UTF8", url, NULL};
    c->conn = c->pq->PQconnectdbParams(keys, values, 1);
    if (!c->conn || c->pq->PQstatus(c->conn) != CONNECTION_OK) {
        if (c->conn)
            pq_fail(c, _("cannot connect"), err, errlen);
        else
            snprintf(err, errlen, "%s: %s", c->where, strerror(ENOMEM));
        goto fail;
    }
    c->pq->PQclear(c->pq->PQexec(c->conn, "SET client_min_messages = warning"));
    if (!migrate(c, err, errlen))
        goto fail;
    return c;
fail:
    central_close(c);
    return NULL;
}

void central_close(Central *c)
{
    if (!c)
        return;
    if (c->conn)
        c->pq->PQfinish(c->conn);
    free(c);
}

bool central_ok(const Central *c)
{
    return c && c->conn && c->pq->PQstatus(c->conn) == CONNECTION_OK;
}

/* ---- pushing a batch ---- */

typedef struct {
    char *s;
    size_t len, cap;
    char bad[256]; /* why an event cannot be written as SQL, "" unknown */
} Sql;

static void sql_add(Sql *q, const char *s)
{
    size_t n = strlen(s);
    if (q->len + n + 1 > q->cap) {
        q->cap = (q->len + n + 1) * 2;
        q->s = xrealloc(q->s, q->cap);
    }
    memcpy(q->s + q->len, s, n + 1);
    q->len += n;
}

static void sql_addf(Sql *q, const char *fmt, long long a, long long b)
{
    char buf[64];
    snprintf(buf, sizeof buf, fmt, a, b);
    sql_add(q, buf);
}

/* Appends s as an SQL literal (NULL as NULL); false when libpq cannot quote it. */
static bool sql_lit(Central *c, Sql *q, const char *s)
{
    if (!s) {
        sql_add(q, "NULL");
        return true;
    }
    char *lit = c->pq->PQescapeLiteral(c->conn, s, strlen(s));
    if (!lit)
        return false;
    sql_add(q, lit);
    c->pq->PQfreemem(lit);
    return true;
}

/* "'<device>:<seq>'" and "'<device>'", the event's id and its device. */
static bool sql_ids(Central *c, Sql *q, const char *device, int64_t seq)
{
    char id[96];
    snprintf(id, sizeof id, "%s:%lld", device, (long long)seq);
    bool ok = sql_lit(c, q, id);
    sql_add(q, ",");
    return ok && sql_lit(c, q, device);
}

static bool add_session(Central *c, Sql *q, const char *device, const OutboxEvent *e)
{
    bool ok = true;
    if (e->trainee) {
        sql_add(q, "INSERT INTO trainees(id) VALUES(");
        ok = sql_lit(c, q, e->trainee);
        sql_add(q, ") ON CONFLICT DO NOTHING;");
    }
    sql_add(q, "INSERT INTO sessions(event_id, device, local_id, mode, trainee, lang, started,"
               " player) VALUES(");
    ok = ok && sql_ids(c, q, device, e->seq);
    sql_addf(q, ",%lld,", e->ref, 0);
    ok = ok && sql_lit(c, q, e->mode ? e->mode : "") && (sql_add(q, ","), true) &&
         sql_lit(c, q, e->trainee) && (sql_add(q, ","), true) &&
         sql_lit(c, q, e->lang ? e->lang : "") && (sql_add(q, ","), true) &&
         sql_lit(c, q, e->time ? e->time : "") && (sql_add(q, ","), true) && sql_lit(c, q, e->name);
    sql_add(q, ") ON CONFLICT DO NOTHING;");
    return ok;
}

static bool add_session_end(Central *c, Sql *q, const char *device, const OutboxEvent *e)
{
    sql_add(q, "UPDATE sessions SET ended = ");
    bool ok = sql_lit(c, q, e->ended);
    sql_addf(q, ", score = %lld WHERE local_id = %lld AND device = ", e->points, e->ref);
    ok = ok && sql_lit(c, q, device);
    sql_add(q, ";");
    return ok;
}

static bool add_answer(Central *c, Sql *q, const char *device, const OutboxEvent *e)
{
    /* printf's "inf" or "nan" is no SQL number: the server would refuse the
     * batch with an undefined column (42703), which is not the data's class. */
    if (!isfinite(e->fraction)) {
        snprintf(q->bad, sizeof q->bad, _("its fraction is not a finite number: %g"), e->fraction);
        return false;
    }
    sql_add(q, "INSERT INTO answers(event_id, device, local_id, session, time, question_id,"
               " chosen, correct, fraction, points, ms, lang) VALUES(");
    bool ok = sql_ids(c, q, device, e->seq);
    sql_addf(q, ",%lld,%lld,", e->ref, e->session);
    ok = ok && sql_lit(c, q, e->time ? e->time : "") && (sql_add(q, ","), true) &&
         sql_lit(c, q, e->question_id ? e->question_id : "") && (sql_add(q, ","), true) &&
         sql_lit(c, q, e->chosen ? e->chosen : "");
    char nums[128];
    snprintf(nums, sizeof nums, ",%s,%.17g,%d,%lld,", e->correct ? "true" : "false", e->fraction,
             e->points, (long long)e->ms);
    sql_add(q, nums);
    ok = ok && sql_lit(c, q, e->lang ? e->lang : "");
    sql_add(q, ") ON CONFLICT DO NOTHING;");
    return ok;
}

static bool add_high_score(Central *c, Sql *q, const char *device, const OutboxEvent *e)
{
    sql_add(q, "INSERT INTO high_scores(event_id, device, local_id, mode, name, score, date)"
               " VALUES(");
    bool ok = sql_ids(c, q, device, e->seq);
    sql_addf(q, ",%lld,", e->ref, 0);
    ok = ok && sql_lit(c, q, e->mode ? e->mode : "") && (sql_add(q, ","), true) &&
         sql_lit(c, q, e->name ? e->name : "");
    sql_addf(q, ",%lld,", e->points, 0);
    ok = ok && sql_lit(c, q, e->time ? e->time : "");
    sql_add(q, ") ON CONFLICT DO NOTHING;");
    return ok;
}

static bool add_event(Central *c, Sql *q, const char *device, const OutboxEvent *e)
{
    if (e->missing)
        return true;
    switch (e->kind) {
    case OUTBOX_SESSION:
        return add_session(c, q, device, e);
    case OUTBOX_SESSION_END:
        return add_session_end(c, q, device, e);
    case OUTBOX_ANSWER:
        return add_answer(c, q, device, e);
    case OUTBOX_HIGH_SCORE:
        return add_high_score(c, q, device, e);
    }
    return true;
}

bool central_refuses_data(const char *sqlstate)
{
    return sqlstate && (strncmp(sqlstate, "22", 2) == 0 || strncmp(sqlstate, "23", 2) == 0);
}

/* Runs the batch's sql; on an error, tells whether the server refused the
 * data (its SQLSTATE) and keeps its primary message as the reason. */
static bool run_batch(Central *c, const char *sql, bool *refused, char *reason, size_t reasonlen,
                      char *err, size_t errlen)
{
    PGresult *res = c->pq->PQexec(c->conn, sql);
    bool ok = c->pq->PQresultStatus(res) == PGRES_COMMAND_OK;
    if (!ok && res && c->pq->PQstatus(c->conn) == CONNECTION_OK) {
        const char *state = c->pq->PQresultErrorField(res, PG_DIAG_SQLSTATE);
        const char *msg = c->pq->PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);
        *refused = central_refuses_data(state);
        char line[256];
        first_line(msg ? msg : "", line, sizeof line);
        /* The server's own words (its language) and its code: nothing of ours to translate. */
        snprintf(reason, reasonlen, "%.200s (SQLSTATE %.5s)", line, state ? state : "?");
    }
    c->pq->PQclear(res);
    return ok || pq_fail(c, _("the central database refused a command"), err, errlen);
}

/* One simple-query message: its statements run as one transaction, and the
 * whole batch costs one round trip. */
bool central_push(Central *c, const char *device, const OutboxBatch *batch, bool *refused,
                  char *reason, size_t reasonlen, char *err, size_t errlen)
{
    bool refused_here = false;
    char why[256] = "";
    Sql q = {0};
    sql_add(&q, "BEGIN;INSERT INTO devices(id) VALUES(");
    bool ok = sql_lit(c, &q, device);
    sql_add(&q, ") ON CONFLICT (id) DO UPDATE SET last_seen = now();");
    for (size_t i = 0; ok && i < batch->count; i++)
        ok = add_event(c, &q, device, &batch->events[i]);
    sql_add(&q, "COMMIT;");
    if (!ok) {
        /* An event that cannot be written as SQL: text libpq will not quote
         * (not valid UTF-8, the connection's encoding) or a number SQL cannot
         * spell. The event's data, found before the server sees it. */
        char line[200];
        first_line(c->pq->PQerrorMessage(c->conn), line, sizeof line);
        if (!q.bad[0])
            snprintf(q.bad, sizeof q.bad, _("its text is not valid UTF-8: %s"), line);
        snprintf(err, errlen, "%s: %s: %s", c->where, _("cannot quote an event"), q.bad);
        snprintf(why, sizeof why, "%s", q.bad);
        refused_here = central_ok(c);
    } else if (!(ok = run_batch(c, q.s, &refused_here, why, sizeof why, err, errlen)) &&
               c->pq->PQstatus(c->conn) == CONNECTION_OK) {
        c->pq->PQclear(c->pq->PQexec(c->conn, "ROLLBACK"));
    }
    free(q.s);
    if (refused)
        *refused = !ok && refused_here;
    if (reason && reasonlen)
        snprintf(reason, reasonlen, "%s", !ok && refused_here ? why : "");
    return ok;
}

/* ---- reading ---- */

#define ANSWERS_SQL                                                                                \
    "SELECT s.trainee, a.device, a.device || '/' || a.session, a.time, a.question_id,"             \
    " a.chosen, a.correct, a.fraction, a.points, a.ms, a.lang, s.started, s.player FROM answers a" \
    " JOIN sessions s ON s.device = a.device AND s.local_id = a.session"                           \
    " WHERE ($1::text IS NULL OR s.trainee = $1)"                                                  \
    " AND ($2::text IS NULL OR substr(a.time, 1, 10) >= $2)"

static const char each_sql[] = ANSWERS_SQL " ORDER BY a.time, a.device, a.local_id";
/* Training answers by session, as results_rows gives them. */
static const char rows_sql[] =
    ANSWERS_SQL " AND s.trainee IS NOT NULL ORDER BY a.device, a.session, a.local_id";

static const char *col(const PqLib *pq, PGresult *res, int column)
{
    return pq->PQgetisnull(res, 0, column) ? NULL : pq->PQgetvalue(res, 0, column);
}

static CentralAnswer answer_of(const PqLib *pq, PGresult *res)
{
    return (CentralAnswer){
        .trainee = col(pq, res, 0),
        .device = col(pq, res, 1),
        .session = col(pq, res, 2),
        .time = col(pq, res, 3),
        .question_id = col(pq, res, 4),
        .chosen = col(pq, res, 5),
        .correct = strcmp(pq->PQgetvalue(res, 0, 6), "t") == 0,
        .fraction = atof(pq->PQgetvalue(res, 0, 7)),
        .points = atoi(pq->PQgetvalue(res, 0, 8)),
        .ms = atoll(pq->PQgetvalue(res, 0, 9)),
        .lang = col(pq, res, 10),
        .started = col(pq, res, 11),
        .player = col(pq, res, 12),
    };
}

/* Row by row (libpq's single-row mode): memory stays flat however many
 * answers the centre holds. */
static bool each_row(Central *c, const char *sql, const char *trainee, const char *since,
                     bool (*fn)(const CentralAnswer *a, void *ctx), void *ctx, char *err,
                     size_t errlen)
{
    const char *params[] = {trainee, since};
    if (!c->pq->PQsendQueryParams(c->conn, sql, 2, NULL, params, NULL, NULL, 0) ||
        !c->pq->PQsetSingleRowMode(c->conn))
        return pq_fail(c, _("cannot read the answers"), err, errlen);
    bool ok = true, stopped = false;
    PGresult *res;
    while ((res = c->pq->PQgetResult(c->conn))) {
        ExecStatusType st = c->pq->PQresultStatus(res);
        if (st == PGRES_SINGLE_TUPLE && ok) {
            CentralAnswer a = answer_of(c->pq, res);
            stopped = !fn(&a, ctx);
            ok = !stopped;
        } else if (st != PGRES_SINGLE_TUPLE && st != PGRES_TUPLES_OK && ok) {
            ok = pq_fail(c, _("cannot read the answers"), err, errlen);
        }
        c->pq->PQclear(res);
    }
    if (stopped)
        snprintf(err, errlen, "%s", _("the reader stopped"));
    return ok;
}

bool central_each_answer(Central *c, const char *trainee, const char *since,
                         bool (*fn)(const CentralAnswer *a, void *ctx), void *ctx, char *err,
                         size_t errlen)
{
    return each_row(c, each_sql, trainee, since, fn, ctx, err, errlen);
}

typedef struct {
    ResultsRows *rows;
    char *session; /* the last one's "<device>/<id>" */
    int64_t number;
} RowsCtx;

/* Sessions come whole (rows_sql): a new key is the next number. */
static bool add_row(const CentralAnswer *a, void *ctx)
{
    RowsCtx *x = ctx;
    if (!x->session || strcmp(x->session, a->session) != 0) {
        free(x->session);
        x->session = xstrdup(a->session);
        x->number++;
    }
    char day[11];
    snprintf(day, sizeof day, "%.10s", a->started ? a->started : "");
    double when = 0;
    if (!results_day_of_time(a->time, &when))
        when = 0;
    results_rows_add(x->rows, &(ResultsRow){x->number, a->trainee, day, a->question_id, a->chosen,
                                            a->fraction, when});
    return true;
}

ResultsRows *central_rows(Central *c, const char *trainee, const char *since, char *err,
                          size_t errlen)
{
    RowsCtx x = {results_rows_new(), NULL, 0};
    if (!each_row(c, rows_sql, trainee, since, add_row, &x, err, errlen)) {
        results_rows_free(x.rows);
        x.rows = NULL;
    }
    free(x.session);
    return x.rows;
}

typedef struct {
    FILE *out;
    const Bank *bank;
} CsvCtx;

static bool csv_row(const CentralAnswer *a, void *ctx)
{
    CsvCtx *x = ctx;
    char num[3][32];
    snprintf(num[0], sizeof num[0], "%d", a->correct ? 1 : 0);
    snprintf(num[1], sizeof num[1], "%d", a->points);
    snprintf(num[2], sizeof num[2], "%lld", a->ms);
    const char *fields[] = {a->trainee, a->session, a->time, a->question_id, a->chosen,
                            num[0],     num[1],     num[2],  a->lang};
    for (size_t i = 0; i < ARRAY_LEN(fields); i++)
        csv_field(x->out, fields[i] ? fields[i] : "", false);
    const Question *q = x->bank && a->question_id ? bank_find(x->bank, a->question_id) : NULL;
    csv_field(x->out, q ? q->text : "", false);
    csv_field(x->out, q && q->source ? q->source : "", false);
    csv_field(x->out, a->player ? a->player : "", true);
    return !ferror(x->out);
}

bool central_export_csv(Central *c, FILE *out, const char *trainee, const char *since,
                        const Bank *bank, Diag *diag)
{
    fputs("trainee,session,time,question_id,chosen,correct,points,milliseconds,language,"
          "question,source,player\r\n",
          out);
    CsvCtx ctx = {out, bank};
    char err[512];
    bool ok = central_each_answer(c, trainee, since, csv_row, &ctx, err, sizeof err);
    if (!ok && !ferror(out))
        diag_add(diag, DIAG_ERROR, NULL, 0, 0, _("cannot export results: %s"), err);
    if (fflush(out) != 0 || ferror(out)) {
        diag_add(diag, DIAG_ERROR, NULL, 0, 0, _("cannot write the export: %s"), strerror(errno));
        ok = false;
    }
    return ok;
}
