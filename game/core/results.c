#include "results.h"

#include <assert.h>
#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "i18n.h"
#include "results_priv.h"
#include "results_writer.h"
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

    /* The outbox (game/core/outbox.h): every session, answer, session end
     * and high score becomes an event, written by these triggers in the
     * transaction of its row; what was stored before is queued in order. */
    "CREATE TABLE device(id INTEGER PRIMARY KEY CHECK(id = 1), uuid TEXT NOT NULL);"
    "INSERT INTO device VALUES(1, lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4'"
    " || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1)"
    " || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))));"
    "CREATE TABLE outbox(seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL"
    " CHECK(kind IN ('session', 'answer', 'session_end', 'high_score')), ref INTEGER NOT NULL);"
    "CREATE TABLE sync_state(id INTEGER PRIMARY KEY CHECK(id = 1), last_success TEXT,"
    " last_attempt TEXT, last_error TEXT);"
    "INSERT INTO sync_state(id) VALUES(1);"
    "INSERT INTO outbox(kind, ref) SELECT 'session', id FROM sessions ORDER BY id;"
    "INSERT INTO outbox(kind, ref) SELECT 'answer', id FROM answers ORDER BY id;"
    "INSERT INTO outbox(kind, ref) SELECT 'session_end', id FROM sessions"
    " WHERE ended IS NOT NULL ORDER BY id;"
    "INSERT INTO outbox(kind, ref) SELECT 'high_score', id FROM high_scores ORDER BY id;"
    "CREATE TRIGGER outbox_session AFTER INSERT ON sessions"
    " BEGIN INSERT INTO outbox(kind, ref) VALUES('session', NEW.id); END;"
    "CREATE TRIGGER outbox_answer AFTER INSERT ON answers"
    " BEGIN INSERT INTO outbox(kind, ref) VALUES('answer', NEW.id); END;"
    "CREATE TRIGGER outbox_session_end AFTER UPDATE OF ended, score ON sessions"
    " WHEN NEW.ended IS NOT NULL"
    " BEGIN INSERT INTO outbox(kind, ref) VALUES('session_end', NEW.id); END;"
    "CREATE TRIGGER outbox_high_score AFTER INSERT ON high_scores"
    " BEGIN INSERT INTO outbox(kind, ref) VALUES('high_score', NEW.id); END;",

    /* FSRS memory of each trainee and question, derived from the answers
     * (results_stats.c): last_answer is the last answer taken in. */
    "CREATE TABLE memory(trainee TEXT NOT NULL, question_id TEXT NOT NULL,"
    " stability REAL NOT NULL, difficulty REAL NOT NULL, last REAL NOT NULL,"
    " due REAL NOT NULL, reps INTEGER NOT NULL, lapses INTEGER NOT NULL,"
    " last_answer INTEGER NOT NULL, PRIMARY KEY(trainee, question_id));"
    "CREATE INDEX memory_by_due ON memory(trainee, due);",

    /* The player's name (a phone's, a team's), beside the trainee ID. */
    "ALTER TABLE sessions ADD COLUMN player TEXT;",

    /* Events the centre refused for their data (game/core/outbox.h): moved
     * out of the outbox with the server's reason and the time, never sent
     * again until outbox_release_held puts them back under their own seq. */
    ("CREATE TABLE outbox_held(seq INTEGER PRIMARY KEY, kind TEXT NOT NULL,"
     " ref INTEGER NOT NULL, reason TEXT NOT NULL, held_at TEXT NOT NULL);"),
};
_Static_assert(sizeof migrations / sizeof *migrations == RESULTS_SCHEMA_VERSION,
               "one migration per schema version");

/* What the code reads and writes; a database lacking any of it is foreign. */
static const char *const schema_probe[] = {
    "SELECT id, mode, trainee, lang, started, ended, score FROM sessions",
    ("SELECT id, session, time, question_id, chosen, correct, fraction, points, ms, lang"
     " FROM answers"),
    "SELECT id, mode, name, score, date FROM high_scores",
    "SELECT player FROM sessions",
};

typedef enum { OPEN_OK, OPEN_DAMAGED, OPEN_NEWER, OPEN_NOT_OURS, OPEN_UNWRITABLE } OpenStatus;

/* A second game on the same folder waits this long for the other's write. */
enum { BUSY_TIMEOUT_MS = 15000 };

/* ---- opening ---- */

/* Damage is what SQLite says is damage; any other failure (a lock, a full
 * disk, an SQL error from a race) leaves the file alone. */
static OpenStatus classify(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_OK:
        return OPEN_OK;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return OPEN_DAMAGED;
    default:
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
    if (rc == SQLITE_ROW && !ok) {
        snprintf(r->error, sizeof r->error, _("the integrity check found: %s"),
                 sqlite3_column_text(st, 0));
        for (char *nl = strchr(r->error, '\n'); nl; nl = strchr(nl, '\n'))
            *nl = ' '; /* one line of message */
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW)
        return fail(r, rc);
    return ok ? OPEN_OK : OPEN_DAMAGED;
}

/* The version is read after BEGIN IMMEDIATE has taken the write lock, so of
 * two games starting together one migrates and the other, once the lock is
 * its, finds the work done. */
static OpenStatus migrate_locked(Results *r)
{
    int version = 0, tables = 0;
    int rc = query_int(r->db, "PRAGMA user_version", &version);
    if (rc == SQLITE_OK)
        rc = query_int(r->db, "SELECT count(*) FROM sqlite_master", &tables);
    if (rc != SQLITE_OK)
        return fail(r, rc);
    if (version > RESULTS_SCHEMA_VERSION) {
        snprintf(r->error, sizeof r->error,
                 _("it was made by a newer version of the game (schema %d; this one knows up to "
                   "%d)"),
                 version, RESULTS_SCHEMA_VERSION);
        return OPEN_NEWER;
    }
    if (version == 0 && tables > 0) {
        snprintf(r->error, sizeof r->error, "%s",
                 _("it holds tables of another program (schema version 0)"));
        return OPEN_NOT_OURS;
    }
    for (int v = version; v < RESULTS_SCHEMA_VERSION; v++) {
        char *sql = xasprintf("%sPRAGMA user_version = %d;", migrations[v], v + 1);
        rc = sqlite3_exec(r->db, sql, NULL, NULL, NULL);
        free(sql);
        /* Under the write lock an SQL error is no race: the tables are not
         * the ones this version number promises (rolled back, left alone). */
        if ((rc & 0xff) == SQLITE_ERROR) {
            fail(r, rc);
            return OPEN_NOT_OURS;
        }
        if (rc != SQLITE_OK)
            return fail(r, rc);
    }
    return OPEN_OK;
}

static OpenStatus migrate(Results *r)
{
    int rc = sqlite3_exec(r->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
    if (rc != SQLITE_OK)
        return fail(r, rc);
    OpenStatus s = migrate_locked(r);
    rc = sqlite3_exec(r->db, s == OPEN_OK ? "COMMIT" : "ROLLBACK", NULL, NULL, NULL);
    if (s == OPEN_OK && rc != SQLITE_OK) {
        s = fail(r, rc);
        sqlite3_exec(r->db, "ROLLBACK", NULL, NULL, NULL);
    }
    return s;
}

/* The columns the code reads and writes, all there? An older schema lacks
 * `fraction` and `player`, which the read-only export does without. */
static OpenStatus check_schema(Results *r, bool for_export)
{
    for (size_t i = 0; i < ARRAY_LEN(schema_probe); i++) {
        if (for_export && (i == 1 || i == 3))
            continue;
        sqlite3_stmt *st;
        int rc = sqlite3_prepare_v2(r->db, schema_probe[i], -1, &st, NULL);
        sqlite3_finalize(st);
        if (rc != SQLITE_OK) {
            OpenStatus s = fail(r, rc);
            return s == OPEN_DAMAGED ? s : OPEN_NOT_OURS;
        }
    }
    return OPEN_OK;
}

/* Switching to WAL takes a lock a starting neighbour may hold for a moment;
 * the busy handler covers most, the loop the rest. */
static int set_wal(Results *r)
{
    int rc = SQLITE_BUSY;
    for (int i = 0; i < 50 && (rc & 0xff) == SQLITE_BUSY; i++) {
        rc = sqlite3_exec(r->db,
                          "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"
                          "PRAGMA foreign_keys = ON;",
                          NULL, NULL, NULL);
        if ((rc & 0xff) == SQLITE_BUSY)
            usleep(100 * 1000);
    }
    return rc;
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
    sqlite3_busy_timeout(r->db, BUSY_TIMEOUT_MS);
    sqlite3_extended_result_codes(r->db, 0);
    rc = set_wal(r);
    if (rc != SQLITE_OK)
        return fail(r, rc);
    OpenStatus s = check_integrity(r);
    if (s == OPEN_OK)
        s = migrate(r);
    if (s == OPEN_OK)
        s = check_schema(r, false);
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

/* Moves the damaged file aside, starts a new one and copies into it what
 * can still be read. */
static OpenStatus replace_damaged(Results *r, Diag *diag)
{
    close_db(r);
    char *aside = move_aside(r->path);
    if (!aside) {
        snprintf(r->error, sizeof r->error, "%s", strerror(errno));
        return OPEN_UNWRITABLE;
    }
    char why[256];
    snprintf(why, sizeof why, "%s", r->error);
    OpenStatus s = try_open(r);
    int64_t sessions = 0, answers = 0;
    if (s == OPEN_OK)
        results_salvage(r, aside, &sessions, &answers);
    diag_add(diag, DIAG_WARNING, r->path, 0, 0,
             _("the results database was damaged or unreadable (%s); it was moved to '%s', a new "
               "one was started and %lld answers of %lld sessions were recovered into it"),
             why, aside, (long long)answers, (long long)sessions);
    free(aside);
    return s;
}

Results *results_open(const char *path, Diag *diag)
{
    Results *r = xcalloc(1, sizeof *r);
    r->path = xstrdup(path);
    r->next_key = -1;
    OpenStatus s = try_open(r);
    if (s == OPEN_DAMAGED)
        s = replace_damaged(r, diag);
    if (s == OPEN_NEWER || s == OPEN_NOT_OURS) {
        close_db(r);
        diag_add(diag, DIAG_ERROR, r->path, 0, 0,
                 _("the results database is left as it is: %s; this game is not saved"), r->error);
    } else if (s != OPEN_OK) {
        disable(r, diag);
    } else {
        size_t n = results_side_import(r, diag);
        if (n)
            diag_add(diag, DIAG_NOTE, r->path, 0, 0,
                     ngettext("%zu answer a quit could not save was read back; %zu of them are "
                              "still waiting to be saved",
                              "%zu answers a quit could not save were read back; %zu of them are "
                              "still waiting to be saved",
                              n),
                     n, results_queue_answers(r));
    }
    r->error[0] = '\0';
    return r;
}

/* "file:PATH?mode=ro" with %, ? and # escaped. */
static char *ro_uri(const char *path, bool immutable)
{
    char *buf = xmalloc(strlen(path) * 3 + 32), *o = buf;
    o += sprintf(o, "file:");
    for (const char *c = path; *c; c++)
        o += strchr("%?#", *c) ? sprintf(o, "%%%02X", (unsigned char)*c) : sprintf(o, "%c", *c);
    sprintf(o, "?mode=ro%s", immutable ? "&immutable=1" : "");
    return buf;
}

/* Read-only: no migration, no rename, no file created. A WAL database in a
 * folder nobody may write (a read-only mount) opens as immutable. */
static OpenStatus try_open_readonly(Results *r)
{
    OpenStatus s = OPEN_UNWRITABLE;
    for (int immutable = 0; immutable < 2 && s != OPEN_OK; immutable++) {
        close_db(r);
        char *uri = ro_uri(r->path, immutable);
        int rc = sqlite3_open_v2(uri, &r->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
        free(uri);
        if (rc == SQLITE_OK) {
            sqlite3_busy_timeout(r->db, BUSY_TIMEOUT_MS);
            sqlite3_extended_result_codes(r->db, 0);
            int version = 0;
            rc = query_int(r->db, "PRAGMA user_version", &version);
        }
        s = rc == SQLITE_OK ? check_schema(r, true) : fail(r, rc);
    }
    return s;
}

Results *results_open_readonly(const char *path, Diag *diag)
{
    Results *r = xcalloc(1, sizeof *r);
    r->path = xstrdup(path);
    r->next_key = -1;
    r->readonly = true;
    if (!is_file(path)) {
        diag_add(diag, DIAG_ERROR, path, 0, 0, "%s", _("cannot read results: no such file"));
        results_close(r);
        return NULL;
    }
    if (try_open_readonly(r) != OPEN_OK) {
        diag_add(diag, DIAG_ERROR, path, 0, 0, _("cannot read results: %s"), r->error);
        results_close(r);
        return NULL;
    }
    return r;
}

size_t results_save_pending(Results *r, Diag *diag)
{
    if (!r || r->readonly)
        return 0;
    results_writer_stop(r); /* everything queued is written or refused */
    if (r->n_queue == 0 || results_queue_flush(r))
        return 0;
    size_t n = results_queue_answers(r);
    char *side = results_side_path(r);
    if (results_side_write(r))
        diag_add(diag, DIAG_WARNING, side, 0, 0,
                 ngettext("%zu answer could not be saved; it is kept here and saved at the next "
                          "start",
                          "%zu answers could not be saved; they are kept here and saved at the "
                          "next start",
                          n),
                 n);
    else
        diag_add(diag, DIAG_ERROR, side, 0, 0,
                 ngettext("%zu answer could not be saved, nor kept: %s",
                          "%zu answers could not be saved, nor kept: %s", n),
                 n, r->error);
    free(side);
    return n;
}

size_t results_unsaved(Results *r)
{
    results_flush(r);
    return results_queue_answers(r);
}

void results_close(Results *r)
{
    if (!r)
        return;
    Diag quiet = {0};
    results_save_pending(r, &quiet);
    diag_clear(&quiet);
    results_writer_free(r);
    results_queue_free(r);
    close_db(r);
    free(r->path);
    free(r);
}

bool results_enabled(const Results *r)
{
    return r->db != NULL && !r->readonly;
}

const char *results_path(const Results *r)
{
    return r->path;
}

sqlite3 *results_db(Results *r)
{
    assert(!results_writer_on_caller(r)); /* the writer owns the connection */
    return r->db;
}

const char *results_error(const Results *r)
{
    return results_writer_on_caller(r) ? r->front_error : r->error;
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
sqlite3_stmt *results_prepare(Results *r, const char *sql)
{
    assert(!results_writer_on_caller(r)); /* a query on the caller's thread: use an ask */
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

/* Queues one write and writes the queue; true when this record (and every
 * one before it) is in the database, or handed to the writer thread. */
static bool store(Results *r, const char *const *field, int n)
{
    if (!r->db || r->readonly) {
        snprintf(r->error, sizeof r->error, "%s", _("results are not being saved"));
        return false;
    }
    if (results_writer_running(r)) {
        results_writer_store(r, field, n);
        return true;
    }
    size_t lost = r->lost;
    return results_queue_push(r, field, n) && r->lost == lost;
}

int64_t results_session_begin(Results *r, const char *mode, const char *trainee, const char *player,
                              const char *lang, const char *started)
{
    int64_t key = r->next_key;
    char k[24];
    snprintf(k, sizeof k, "%" PRId64, key);
    const char *f[] = {"S", k, mode, trainee, lang, started, player};
    if (!r->db || r->readonly) {
        store(r, f, 7);
        return 0;
    }
    r->next_key--;
    if (store(r, f, 7) && results_writer_running(r))
        return key; /* the writer maps it to the row's id */
    int64_t id = results_key_id(r, key);
    return id ? id : key;
}

bool results_session_end(Results *r, int64_t session, const char *ended, int score)
{
    char s[24], sc[16];
    snprintf(s, sizeof s, "%" PRId64, session);
    snprintf(sc, sizeof sc, "%d", score);
    const char *f[] = {"E", s, ended, sc};
    return store(r, f, 4);
}

bool results_add_answer(Results *r, int64_t session, const ResultsAnswer *a)
{
    char s[24], c[4], fr[32], pt[16], ms[24];
    snprintf(s, sizeof s, "%" PRId64, session);
    snprintf(c, sizeof c, "%d", a->correct ? 1 : 0);
    snprintf(fr, sizeof fr, "%.17g", a->fraction);
    snprintf(pt, sizeof pt, "%d", a->points);
    snprintf(ms, sizeof ms, "%" PRId64, a->ms);
    const char *f[] = {"A", s,  a->time, a->question_id, a->chosen ? a->chosen : "", c,
                       fr,  pt, ms,      a->lang};
    return store(r, f, 10);
}

bool results_add_high_score(Results *r, const char *mode, const char *name, int score,
                            const char *time)
{
    char sc[16];
    snprintf(sc, sizeof sc, "%d", score);
    const char *f[] = {"H", mode, name, sc, time};
    return store(r, f, 5);
}

/* ---- queries ---- */

void results_bind_text(sqlite3_stmt *st, int i, const char *s)
{
    if (s)
        sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(st, i);
}

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
    sqlite3_stmt *st =
        results_prepare(r, "SELECT name, score, date FROM high_scores WHERE mode = ?1"
                           " AND (?2 IS NULL OR substr(date, 1, 10) = ?2)"
                           " ORDER BY score DESC, date, id LIMIT ?3");
    if (!st)
        return 0;
    results_bind_text(st, 1, mode);
    results_bind_text(st, 2, day);
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
    sqlite3_stmt *st =
        results_prepare(r, "SELECT question_id FROM (SELECT a.question_id, a.correct,"
                           " max(a.id) AS last FROM answers a JOIN sessions s"
                           " ON s.id = a.session WHERE s.trainee = ?1"
                           " AND a.question_id IS NOT NULL"
                           " GROUP BY a.question_id) WHERE correct = 0"
                           " ORDER BY last DESC");
    if (!st)
        return NULL;
    results_bind_text(st, 1, trainee);
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
