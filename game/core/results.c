#include "results.h"

#include <ctype.h>
#include <errno.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "i18n.h"
#include "settings.h"
#include "util.h"

/* The schema, one step per entry: migrations[i] takes user_version i to
 * i + 1. Append, never edit a step that has shipped. */
static const char *const migrations[] = {
    "CREATE TABLE sessions(id INTEGER PRIMARY KEY, mode TEXT NOT NULL, trainee TEXT,"
    " lang TEXT NOT NULL, started TEXT NOT NULL, ended TEXT, score INTEGER);"
    "CREATE TABLE answers(id INTEGER PRIMARY KEY,"
    " session INTEGER NOT NULL REFERENCES sessions(id), time TEXT NOT NULL,"
    " question_id TEXT NOT NULL, chosen TEXT NOT NULL, correct INTEGER NOT NULL,"
    " points INTEGER NOT NULL, ms INTEGER NOT NULL, lang TEXT NOT NULL);"
    "CREATE TABLE high_scores(id INTEGER PRIMARY KEY, mode TEXT NOT NULL,"
    " name TEXT NOT NULL, score INTEGER NOT NULL, date TEXT NOT NULL);",

    "ALTER TABLE answers ADD COLUMN fraction REAL NOT NULL DEFAULT 0;"
    "UPDATE answers SET fraction = correct;"
    "CREATE INDEX answers_by_session ON answers(session);"
    "CREATE INDEX sessions_by_trainee ON sessions(trainee);"
    "CREATE INDEX high_scores_by_mode ON high_scores(mode, score);",
};
_Static_assert(sizeof migrations / sizeof *migrations == RESULTS_SCHEMA_VERSION,
               "one migration per schema version");

/* What the code reads and writes; a database lacking any of it is foreign. */
static const char *const schema_probe[] = {
    "SELECT id, mode, trainee, lang, started, ended, score FROM sessions",
    ("SELECT id, session, time, question_id, chosen, correct, fraction, points, ms, lang"
     " FROM answers"),
    "SELECT id, mode, name, score, date FROM high_scores",
};

struct Results {
    sqlite3 *db; /* NULL when disabled */
    char *path;
    char error[256];
};

typedef enum { OPEN_OK, OPEN_DAMAGED, OPEN_UNWRITABLE } OpenStatus;

/* ---- opening ---- */

static OpenStatus classify(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_OK:
        return OPEN_OK;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
    case SQLITE_ERROR: /* a clash with a foreign schema */
    case SQLITE_SCHEMA:
        return OPEN_DAMAGED;
    default: /* CANTOPEN, READONLY, FULL, IOERR, PERM, BUSY, LOCKED, NOMEM... */
        return OPEN_UNWRITABLE;
    }
}

static OpenStatus fail(Results *r, int rc)
{
    snprintf(r->error, sizeof r->error, "%s", r->db ? sqlite3_errmsg(r->db) : sqlite3_errstr(rc));
    return classify(rc);
}

static int query_int(sqlite3 *db, const char *sql, int *out)
{
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);
    if (rc != SQLITE_OK)
        return rc;
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        *out = sqlite3_column_int(st, 0);
        rc = SQLITE_OK;
    }
    sqlite3_finalize(st);
    return rc;
}

static OpenStatus check_integrity(Results *r)
{
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(r->db, "PRAGMA quick_check", -1, &st, NULL);
    if (rc != SQLITE_OK)
        return fail(r, rc);
    rc = sqlite3_step(st);
    bool ok = rc == SQLITE_ROW && strcmp((const char *)sqlite3_column_text(st, 0), "ok") == 0;
    if (rc == SQLITE_ROW && !ok)
        snprintf(r->error, sizeof r->error, _("the integrity check found: %s"),
                 sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW)
        return fail(r, rc);
    return ok ? OPEN_OK : OPEN_DAMAGED;
}

static OpenStatus rollback(Results *r, OpenStatus s)
{
    sqlite3_exec(r->db, "ROLLBACK", NULL, NULL, NULL);
    return s;
}

/* The version is read and the migrations run inside one write transaction:
 * another process opening the same file at the same moment (the game and
 * --export-results) waits for it, and never sees tables of a version it
 * read as 0, which would look like a foreign schema (docs/platform-notes.md,
 * "SQLite with two processes"). */
static OpenStatus migrate(Results *r)
{
    int rc = sqlite3_exec(r->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
    if (rc != SQLITE_OK)
        return fail(r, rc);
    int version = 0, tables = 0;
    rc = query_int(r->db, "PRAGMA user_version", &version);
    if (rc == SQLITE_OK)
        rc = query_int(r->db, "SELECT count(*) FROM sqlite_master", &tables);
    if (rc != SQLITE_OK)
        return rollback(r, fail(r, rc));
    if (version > RESULTS_SCHEMA_VERSION || (version == 0 && tables > 0)) {
        snprintf(r->error, sizeof r->error,
                 _("its schema (version %d) belongs to a newer version or another program"),
                 version);
        return rollback(r, OPEN_DAMAGED);
    }
    for (int v = version; v < RESULTS_SCHEMA_VERSION; v++) {
        char *sql = xasprintf("%sPRAGMA user_version = %d;", migrations[v], v + 1);
        rc = sqlite3_exec(r->db, sql, NULL, NULL, NULL);
        free(sql);
        if (rc != SQLITE_OK)
            return rollback(r, fail(r, rc));
    }
    rc = sqlite3_exec(r->db, "COMMIT", NULL, NULL, NULL);
    return rc == SQLITE_OK ? OPEN_OK : rollback(r, fail(r, rc));
}

static OpenStatus check_schema(Results *r)
{
    for (size_t i = 0; i < ARRAY_LEN(schema_probe); i++) {
        sqlite3_stmt *st;
        int rc = sqlite3_prepare_v2(r->db, schema_probe[i], -1, &st, NULL);
        sqlite3_finalize(st);
        if (rc != SQLITE_OK)
            return fail(r, rc);
    }
    return OPEN_OK;
}

/* WAL so a reader never blocks the writer and a commit is one append;
 * synchronous=FULL fsyncs the WAL at every commit, so an answer survives a
 * power cut, not only kill -9 (NORMAL would be enough for kill -9 alone).
 * One fsync per answer costs nothing at the pace people answer. */
static OpenStatus try_open(Results *r)
{
    int rc = sqlite3_open_v2(r->path, &r->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
    if (rc != SQLITE_OK)
        return fail(r, rc);
    sqlite3_busy_timeout(r->db, 2000);
    sqlite3_extended_result_codes(r->db, 0);
    rc = sqlite3_exec(r->db,
                      "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"
                      "PRAGMA foreign_keys = ON;",
                      NULL, NULL, NULL);
    if (rc != SQLITE_OK)
        return fail(r, rc);
    OpenStatus s = check_integrity(r);
    if (s == OPEN_OK)
        s = migrate(r);
    if (s == OPEN_OK)
        s = check_schema(r);
    return s;
}

static void close_db(Results *r)
{
    if (r->db)
        sqlite3_close_v2(r->db);
    r->db = NULL;
}

/* Renames path (and its -wal) to "<path>.corrupt-<stamp>"; returns the new
 * name (caller frees) or NULL. The -shm index is rebuilt by SQLite. */
static char *move_aside(const char *path)
{
    char stamp[32];
    time_t now = time(NULL);
    struct tm tm;
    localtime_r(&now, &tm);
    strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
    char *aside = xasprintf("%s.corrupt-%s", path, stamp);
    for (int n = 2; access(aside, F_OK) == 0 && n < 100; n++) {
        free(aside);
        aside = xasprintf("%s.corrupt-%s-%d", path, stamp, n);
    }
    if (rename(path, aside) != 0) {
        free(aside);
        return NULL;
    }
    const char *ext[] = {"-wal", "-journal"};
    for (size_t i = 0; i < ARRAY_LEN(ext); i++) {
        char *from = xasprintf("%s%s", path, ext[i]), *to = xasprintf("%s%s", aside, ext[i]);
        if (rename(from, to) != 0 && errno != ENOENT)
            unlink(from);
        free(from);
        free(to);
    }
    char *shm = xasprintf("%s-shm", path);
    unlink(shm);
    free(shm);
    return aside;
}

static void disable(Results *r, Diag *diag)
{
    close_db(r);
    diag_add(diag, DIAG_ERROR, r->path, 0, 0,
             _("cannot save results here (%s); the game goes on without saving"), r->error);
}

Results *results_open(const char *path, Diag *diag)
{
    Results *r = xcalloc(1, sizeof *r);
    r->path = xstrdup(path);
    OpenStatus s = try_open(r);
    if (s == OPEN_DAMAGED) {
        close_db(r);
        char *aside = move_aside(path);
        if (!aside) {
            snprintf(r->error, sizeof r->error, "%s", strerror(errno));
            disable(r, diag);
            return r;
        }
        diag_add(diag, DIAG_WARNING, path, 0, 0,
                 _("the results database was damaged or unreadable (%s); it was moved to '%s' "
                   "and a new one was started"),
                 r->error, aside);
        free(aside);
        s = try_open(r);
    }
    if (s != OPEN_OK)
        disable(r, diag);
    r->error[0] = '\0';
    return r;
}

void results_close(Results *r)
{
    if (!r)
        return;
    close_db(r);
    free(r->path);
    free(r);
}

bool results_enabled(const Results *r)
{
    return r->db != NULL;
}

const char *results_path(const Results *r)
{
    return r->path;
}

const char *results_error(const Results *r)
{
    return r->error;
}

char *results_data_dir(const char *override, Diag *diag)
{
    if (!override)
        return settings_user_dir("XDG_DATA_HOME", ".local/share", diag);
    return settings_make_dirs(override, diag) ? xstrdup(override) : NULL;
}

char *results_default_path(const char *dir)
{
    return xasprintf("%s/results.sqlite", dir);
}

void results_format_time(time_t t, char *buf, size_t size)
{
    struct tm tm;
    localtime_r(&t, &tm);
    char zone[8];
    strftime(zone, sizeof zone, "%z", &tm); /* +hhmm -> +hh:mm */
    char date[24];
    strftime(date, sizeof date, "%Y-%m-%dT%H:%M:%S", &tm);
    snprintf(buf, size, "%s%.3s:%.2s", date, zone, zone + 3);
}

void results_format_date(time_t t, char *buf, size_t size)
{
    struct tm tm;
    localtime_r(&t, &tm);
    strftime(buf, size, "%Y-%m-%d", &tm);
}

/* ---- writing ---- */

/* Prepares sql on an enabled store, or records why not. */
static sqlite3_stmt *prepare(Results *r, const char *sql)
{
    if (!r->db) {
        snprintf(r->error, sizeof r->error, "%s", _("results are not being saved"));
        return NULL;
    }
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(r->db, sql, -1, &st, NULL) != SQLITE_OK) {
        snprintf(r->error, sizeof r->error, "%s", sqlite3_errmsg(r->db));
        return NULL;
    }
    return st;
}

static void bind_text(sqlite3_stmt *st, int i, const char *s)
{
    if (s)
        sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(st, i);
}

/* Steps a write to completion; each statement is its own (autocommit)
 * transaction, durable when this returns true. */
static bool run(Results *r, sqlite3_stmt *st)
{
    int rc = sqlite3_step(st);
    if (rc != SQLITE_DONE)
        snprintf(r->error, sizeof r->error, "%s", sqlite3_errmsg(r->db));
    sqlite3_finalize(st);
    return rc == SQLITE_DONE;
}

int64_t results_session_begin(Results *r, const char *mode, const char *trainee, const char *lang,
                              const char *started)
{
    sqlite3_stmt *st = prepare(r, "INSERT INTO sessions(mode, trainee, lang, started)"
                                  " VALUES(?1, ?2, ?3, ?4)");
    if (!st)
        return 0;
    bind_text(st, 1, mode);
    bind_text(st, 2, trainee);
    bind_text(st, 3, lang);
    bind_text(st, 4, started);
    return run(r, st) ? sqlite3_last_insert_rowid(r->db) : 0;
}

bool results_session_end(Results *r, int64_t session, const char *ended, int score)
{
    sqlite3_stmt *st = prepare(r, "UPDATE sessions SET ended = ?2, score = ?3 WHERE id = ?1");
    if (!st)
        return false;
    sqlite3_bind_int64(st, 1, session);
    bind_text(st, 2, ended);
    sqlite3_bind_int(st, 3, score);
    return run(r, st) && sqlite3_changes(r->db) == 1;
}

bool results_add_answer(Results *r, int64_t session, const ResultsAnswer *a)
{
    sqlite3_stmt *st = prepare(r, "INSERT INTO answers(session, time, question_id, chosen,"
                                  " correct, fraction, points, ms, lang)"
                                  " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!st)
        return false;
    sqlite3_bind_int64(st, 1, session);
    bind_text(st, 2, a->time);
    bind_text(st, 3, a->question_id);
    bind_text(st, 4, a->chosen ? a->chosen : "");
    sqlite3_bind_int(st, 5, a->correct);
    sqlite3_bind_double(st, 6, a->fraction);
    sqlite3_bind_int(st, 7, a->points);
    sqlite3_bind_int64(st, 8, a->ms);
    bind_text(st, 9, a->lang);
    return run(r, st);
}

bool results_add_high_score(Results *r, const char *mode, const char *name, int score,
                            const char *time)
{
    sqlite3_stmt *st =
        prepare(r, "INSERT INTO high_scores(mode, name, score, date) VALUES(?1, ?2, ?3, ?4)");
    if (!st)
        return false;
    bind_text(st, 1, mode);
    bind_text(st, 2, name);
    sqlite3_bind_int(st, 3, score);
    bind_text(st, 4, time);
    return run(r, st);
}

/* ---- queries ---- */

static void copy_col(sqlite3_stmt *st, int col, char *buf, size_t size)
{
    const char *t = (const char *)sqlite3_column_text(st, col);
    size_t n = t ? utf8_prefix(t, strlen(t), size - 1) : 0;
    memcpy(buf, t ? t : "", n);
    buf[n] = '\0';
}

size_t results_high_scores(Results *r, const char *mode, const char *day, ResultsScore *out,
                           size_t max)
{
    sqlite3_stmt *st = prepare(r, "SELECT name, score, date FROM high_scores WHERE mode = ?1"
                                  " AND (?2 IS NULL OR substr(date, 1, 10) = ?2)"
                                  " ORDER BY score DESC, date, id LIMIT ?3");
    if (!st)
        return 0;
    bind_text(st, 1, mode);
    bind_text(st, 2, day);
    sqlite3_bind_int64(st, 3, (sqlite3_int64)max);
    size_t n = 0;
    while (n < max && sqlite3_step(st) == SQLITE_ROW) {
        copy_col(st, 0, out[n].name, sizeof out[n].name);
        out[n].score = sqlite3_column_int(st, 1);
        copy_col(st, 2, out[n].date, sizeof out[n].date);
        n++;
    }
    sqlite3_finalize(st);
    return n;
}

/* SQLite takes the bare column `correct` from the row of max(a.id): the
 * trainee's latest answer to each question. */
char **results_mistakes(Results *r, const char *trainee, size_t *n)
{
    *n = 0;
    sqlite3_stmt *st = prepare(r, "SELECT question_id FROM (SELECT a.question_id, a.correct,"
                                  " max(a.id) AS last FROM answers a JOIN sessions s"
                                  " ON s.id = a.session WHERE s.trainee = ?1"
                                  " AND a.question_id IS NOT NULL"
                                  " GROUP BY a.question_id) WHERE correct = 0"
                                  " ORDER BY last DESC");
    if (!st)
        return NULL;
    bind_text(st, 1, trainee);
    char **ids = NULL;
    size_t cap = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        const char *id = (const char *)sqlite3_column_text(st, 0);
        if (!id) /* out of memory in SQLite, or a hand-edited row */
            continue;
        if (*n == cap)
            ids = xrealloc(ids, (cap = cap ? cap * 2 : 16) * sizeof *ids);
        ids[(*n)++] = xstrdup(id);
    }
    sqlite3_finalize(st);
    return ids;
}

void results_free_ids(char **ids, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(ids[i]);
    free(ids);
}

/* RFC 4180: quote when the field holds a comma, quote, CR or LF, or starts
 * or ends with a space; double the quotes inside. */
static void csv_field(FILE *f, const char *s, bool last)
{
    size_t n = strlen(s);
    bool quote = strpbrk(s, ",\"\r\n") ||
                 (n && (isspace((unsigned char)s[0]) || isspace((unsigned char)s[n - 1])));
    if (quote) {
        fputc('"', f);
        for (; *s; s++) {
            if (*s == '"')
                fputc('"', f);
            fputc(*s, f);
        }
        fputc('"', f);
    } else {
        fputs(s, f);
    }
    fputs(last ? "\r\n" : ",", f);
}

static bool valid_date(const char *s)
{
    static const char shape[] = "dddd-dd-dd";
    for (size_t i = 0; i < sizeof shape - 1; i++)
        if (shape[i] == 'd' ? !isdigit((unsigned char)s[i]) : s[i] != '-')
            return false;
    return s[10] == '\0';
}

bool results_export_csv(Results *r, FILE *out, const char *trainee, const char *since,
                        const Bank *bank, Diag *diag)
{
    if (since && !valid_date(since)) {
        diag_add(diag, DIAG_ERROR, NULL, 0, 0, _("'%s' is not a date like 2026-01-31"), since);
        return false;
    }
    sqlite3_stmt *st = prepare(r, "SELECT s.trainee, a.session, a.time, a.question_id, a.chosen,"
                                  " a.correct, a.points, a.ms, a.lang FROM answers a"
                                  " JOIN sessions s ON s.id = a.session"
                                  " WHERE (?1 IS NULL OR s.trainee = ?1)"
                                  " AND (?2 IS NULL OR substr(a.time, 1, 10) >= ?2)"
                                  " ORDER BY a.id");
    if (!st) {
        diag_add(diag, DIAG_ERROR, r->path, 0, 0, _("cannot export results: %s"), r->error);
        return false;
    }
    bind_text(st, 1, trainee);
    bind_text(st, 2, since);
    fputs("trainee,session,time,question_id,chosen,correct,points,milliseconds,language,"
          "question,source\r\n",
          out);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        for (int c = 0; c < 9; c++) {
            const unsigned char *t = sqlite3_column_text(st, c);
            csv_field(out, t ? (const char *)t : "", false);
        }
        const unsigned char *id = sqlite3_column_text(st, 3);
        const Question *q = bank && id ? bank_find(bank, (const char *)id) : NULL;
        csv_field(out, q ? q->text : "", false);
        csv_field(out, q && q->source ? q->source : "", true);
    }
    bool ok = rc == SQLITE_DONE;
    if (!ok)
        diag_add(diag, DIAG_ERROR, r->path, 0, 0, _("cannot export results: %s"),
                 sqlite3_errmsg(r->db));
    sqlite3_finalize(st);
    if (fflush(out) != 0 || ferror(out)) {
        diag_add(diag, DIAG_ERROR, NULL, 0, 0, _("cannot write the export: %s"), strerror(errno));
        ok = false;
    }
    return ok;
}
