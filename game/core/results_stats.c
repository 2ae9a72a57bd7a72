#include "results_stats.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "results_priv.h"
#include "util.h"

double results_day_of(time_t t)
{
    return (double)t / 86400.0 + 2440587.5;
}

/* Days from 1970-01-01 to y-m-d of the proleptic Gregorian calendar
 * (H. Hinnant's days_from_civil). */
static long days_from_civil(long y, long m, long d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400, yoe = y - era * 400;
    long doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
}

bool results_day_of_time(const char *s, double *day)
{
    int y, mo, d, h = 0, mi = 0, n = 0, oh = 0, om = 0, sign = 0;
    double sec = 0;
    if (!s || sscanf(s, "%4d-%2d-%2d%n", &y, &mo, &d, &n) != 3 || n != 10)
        return false;
    s += n;
    if ((*s == 'T' || *s == ' ') && sscanf(s + 1, "%2d:%2d:%lf%n", &h, &mi, &sec, &n) == 3)
        s += 1 + n;
    if ((*s == '+' || *s == '-') && sscanf(s + 1, "%2d:%2d%n", &oh, &om, &n) == 2) {
        sign = *s == '-' ? -1 : 1;
        s += 1 + n;
    } else if (*s == 'Z') {
        s++;
    }
    if (*s || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || sec < 0 || sec >= 61)
        return false;
    double secs = h * 3600.0 + mi * 60.0 + sec - sign * (oh * 3600.0 + om * 60.0);
    *day = (double)days_from_civil(y, mo, d) + secs / 86400.0 + 2440587.5;
    return true;
}

static sqlite3_stmt *prep(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *st = NULL;
    if (db && sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
        st = NULL;
    return st;
}

bool results_memory_get(Results *r, const char *trainee, const char *question, FsrsState *out)
{
    sqlite3_stmt *st = prep(results_db(r), "SELECT stability, difficulty, last, due, reps, lapses"
                                           " FROM memory WHERE trainee = ?1 AND question_id = ?2");
    if (!st)
        return false;
    sqlite3_bind_text(st, 1, trainee, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, question, -1, SQLITE_STATIC);
    bool found = sqlite3_step(st) == SQLITE_ROW;
    if (found)
        *out = (FsrsState){sqlite3_column_double(st, 0), sqlite3_column_double(st, 1),
                           sqlite3_column_double(st, 2), sqlite3_column_double(st, 3),
                           sqlite3_column_int(st, 4),    sqlite3_column_int(st, 5)};
    sqlite3_finalize(st);
    return found;
}

static bool put_memory(sqlite3 *db, const char *trainee, const char *question, const FsrsState *s,
                       int64_t answer)
{
    sqlite3_stmt *st = prep(db, "INSERT OR REPLACE INTO memory(trainee, question_id, stability,"
                                " difficulty, last, due, reps, lapses, last_answer)"
                                " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!st)
        return false;
    sqlite3_bind_text(st, 1, trainee, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, question, -1, SQLITE_STATIC);
    sqlite3_bind_double(st, 3, s->stability);
    sqlite3_bind_double(st, 4, s->difficulty);
    sqlite3_bind_double(st, 5, s->last);
    sqlite3_bind_double(st, 6, s->due);
    sqlite3_bind_int(st, 7, s->reps);
    sqlite3_bind_int(st, 8, s->lapses);
    sqlite3_bind_int64(st, 9, answer);
    bool ok = sqlite3_step(st) == SQLITE_DONE;
    sqlite3_finalize(st);
    return ok;
}

/* One trainee's memory while replaying, sorted by question id: a lookup
 * is a binary search, a question seen for the first time an insertion. */
typedef struct {
    char *id;
    FsrsState s;
    int64_t answer; /* the last answer taken in; 0 = unchanged */
} Mem;

typedef struct {
    Mem *m;
    size_t n, cap;
} Mems;

/* The index of id, or where it would go (*found false). */
static size_t mem_find(const Mems *ms, const char *id, bool *found)
{
    size_t lo = 0, hi = ms->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(ms->m[mid].id, id);
        if (c == 0) {
            *found = true;
            return mid;
        }
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    *found = false;
    return lo;
}

static Mem *mem_of(Mems *ms, const char *id)
{
    bool found;
    size_t i = mem_find(ms, id, &found);
    if (found)
        return &ms->m[i];
    if (ms->n == ms->cap)
        ms->m = xrealloc(ms->m, (ms->cap = ms->cap ? ms->cap * 2 : 64) * sizeof *ms->m);
    memmove(&ms->m[i + 1], &ms->m[i], (ms->n - i) * sizeof *ms->m);
    ms->m[i] = (Mem){.id = xstrdup(id)};
    ms->n++;
    return &ms->m[i];
}

/* Takes one answer (its credit, on day `day`) into ms: one FSRS review. */
static Mem *mem_review(Mems *ms, const char *question, double fraction, double day)
{
    Mem *m = mem_of(ms, question);
    m->s = fsrs_review(&m->s, fsrs_grade_of(fraction), day, NULL);
    return m;
}

static void mems_free(Mems *ms)
{
    for (size_t i = 0; i < ms->n; i++)
        free(ms->m[i].id);
    free(ms->m);
}

static bool load_mems(sqlite3 *db, const char *trainee, Mems *ms)
{
    sqlite3_stmt *st = prep(db, "SELECT question_id, stability, difficulty, last, due, reps,"
                                " lapses FROM memory WHERE trainee = ?1");
    if (!st)
        return false;
    sqlite3_bind_text(st, 1, trainee, -1, SQLITE_STATIC);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const char *id = (const char *)sqlite3_column_text(st, 0);
        if (id)
            mem_of(ms, id)->s =
                (FsrsState){sqlite3_column_double(st, 1), sqlite3_column_double(st, 2),
                            sqlite3_column_double(st, 3), sqlite3_column_double(st, 4),
                            sqlite3_column_int(st, 5),    sqlite3_column_int(st, 6)};
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE;
}

/* Replays the answers after the trainee's watermark, in answer order, in
 * memory; then writes back the states that changed. */
static bool replay(Results *r, const char *trainee)
{
    sqlite3 *db = results_db(r);
    Mems ms = {0};
    bool ok = load_mems(db, trainee, &ms);
    sqlite3_stmt *st = ok ? prep(db, "SELECT a.id, a.question_id, a.fraction, julianday(a.time)"
                                     " FROM answers a JOIN sessions s ON s.id = a.session"
                                     " WHERE s.trainee = ?1 AND a.id > (SELECT"
                                     " coalesce(max(last_answer), 0) FROM memory WHERE"
                                     " trainee = ?1) ORDER BY a.id")
                          : NULL;
    int rc = SQLITE_DONE;
    if (st) {
        sqlite3_bind_text(st, 1, trainee, -1, SQLITE_STATIC);
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            const char *q = (const char *)sqlite3_column_text(st, 1);
            if (!q || sqlite3_column_type(st, 3) == SQLITE_NULL)
                continue; /* a hand-edited row, or a time SQLite cannot read */
            mem_review(&ms, q, sqlite3_column_double(st, 2), sqlite3_column_double(st, 3))->answer =
                sqlite3_column_int64(st, 0);
        }
        sqlite3_finalize(st);
    }
    ok = st && rc == SQLITE_DONE;
    for (size_t i = 0; ok && i < ms.n; i++)
        if (ms.m[i].answer)
            ok = put_memory(db, trainee, ms.m[i].id, &ms.m[i].s, ms.m[i].answer);
    mems_free(&ms);
    return ok;
}

bool results_memory_sync(Results *r, const char *trainee)
{
    sqlite3 *db = results_db(r);
    if (!db || !trainee)
        return false;
    if (sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
        return false;
    bool ok = replay(r, trainee);
    if (sqlite3_exec(db, ok ? "COMMIT" : "ROLLBACK", NULL, NULL, NULL) != SQLITE_OK)
        ok = false;
    return ok;
}

bool results_memory_sync_all(Results *r)
{
    sqlite3 *db = results_db(r);
    sqlite3_stmt *st = prep(db, "SELECT DISTINCT trainee FROM sessions WHERE trainee IS NOT NULL");
    if (!st || sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK) {
        sqlite3_finalize(st);
        return false;
    }
    bool ok = true;
    while (ok && sqlite3_step(st) == SQLITE_ROW) {
        const char *t = (const char *)sqlite3_column_text(st, 0);
        ok = !t || replay(r, t);
    }
    sqlite3_finalize(st);
    if (sqlite3_exec(db, ok ? "COMMIT" : "ROLLBACK", NULL, NULL, NULL) != SQLITE_OK)
        ok = false;
    return ok;
}

size_t results_due_count(Results *r, const char *trainee, double now)
{
    if (!results_memory_sync(r, trainee))
        return 0;
    sqlite3_stmt *st =
        prep(results_db(r), "SELECT count(*) FROM memory WHERE trainee = ?1 AND due <= ?2");
    if (!st)
        return 0;
    sqlite3_bind_text(st, 1, trainee, -1, SQLITE_STATIC);
    sqlite3_bind_double(st, 2, now);
    size_t n = sqlite3_step(st) == SQLITE_ROW ? (size_t)sqlite3_column_int64(st, 0) : 0;
    sqlite3_finalize(st);
    return n;
}

char **results_due_ids(Results *r, const char *trainee, double now, size_t *n)
{
    *n = 0;
    if (!results_memory_sync(r, trainee))
        return NULL;
    sqlite3_stmt *st = prep(results_db(r), "SELECT question_id FROM memory WHERE trainee = ?1"
                                           " AND due <= ?2 ORDER BY due, question_id");
    if (!st)
        return NULL;
    sqlite3_bind_text(st, 1, trainee, -1, SQLITE_STATIC);
    sqlite3_bind_double(st, 2, now);
    char **ids = NULL;
    size_t cap = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        const char *id = (const char *)sqlite3_column_text(st, 0);
        if (!id)
            continue;
        if (*n == cap)
            ids = xrealloc(ids, (cap = cap ? cap * 2 : 16) * sizeof *ids);
        ids[(*n)++] = xstrdup(id);
    }
    sqlite3_finalize(st);
    return ids;
}

char **results_practice_ids(Results *r, const char *trainee, const Bank *bank, double now,
                            size_t *n, size_t *n_due)
{
    *n = *n_due = 0;
    size_t count = bank_count(bank);
    if (count == 0)
        return NULL;
    Mems ms = {0};
    if (results_memory_sync(r, trainee))
        load_mems(results_db(r), trainee, &ms);
    FsrsItem *items = xcalloc(count, sizeof *items);
    for (size_t i = 0; i < count; i++) {
        items[i].id = bank_question(bank, i)->id;
        size_t k = mem_find(&ms, items[i].id, &items[i].seen);
        if (items[i].seen)
            items[i].state = ms.m[k].s;
    }
    mems_free(&ms);
    *n_due = fsrs_practice_order(items, count, now);
    char **ids = xcalloc(count, sizeof *ids);
    for (size_t i = 0; i < count; i++)
        ids[i] = xstrdup(items[i].id);
    free(items);
    *n = count;
    return ids;
}

/* ---- rows for reports ---- */

/* Interned strings: blocks that never move, and a hash of what they hold. */
typedef struct Block {
    struct Block *next;
    size_t used;
    char text[];
} Block;

#define BLOCK_SIZE 65536

struct ResultsRows {
    ResultsRow *rows;
    size_t n, cap;
    Block *blocks;
    const char **interned; /* open addressing */
    size_t icap, iused;
};

static uint64_t hash_str(const char *s)
{
    uint64_t h = 1469598103934665603ull;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

static const char *store(ResultsRows *rr, const char *s, size_t len)
{
    if (!rr->blocks || rr->blocks->used + len + 1 > BLOCK_SIZE) {
        size_t size = len + 1 > BLOCK_SIZE ? len + 1 : BLOCK_SIZE;
        Block *b = xmalloc(sizeof *b + size);
        b->next = rr->blocks;
        b->used = 0;
        rr->blocks = b;
    }
    char *out = rr->blocks->text + rr->blocks->used;
    memcpy(out, s, len);
    out[len] = '\0';
    rr->blocks->used += len + 1;
    return out;
}

static void intern_grow(ResultsRows *rr)
{
    const char **old = rr->interned;
    size_t ocap = rr->icap;
    rr->icap = ocap ? ocap * 2 : 1024;
    rr->interned = xcalloc(rr->icap, sizeof *rr->interned);
    for (size_t i = 0; i < ocap; i++) {
        if (!old[i])
            continue;
        size_t j = hash_str(old[i]) & (rr->icap - 1);
        while (rr->interned[j])
            j = (j + 1) & (rr->icap - 1);
        rr->interned[j] = old[i];
    }
    free(old);
}

static const char *intern(ResultsRows *rr, const char *text)
{
    const char *s = text ? text : "";
    size_t i = hash_str(s) & (rr->icap - 1);
    while (rr->interned[i] && strcmp(rr->interned[i], s) != 0)
        i = (i + 1) & (rr->icap - 1);
    if (rr->interned[i])
        return rr->interned[i];
    const char *out = rr->interned[i] = store(rr, s, strlen(s));
    if (++rr->iused * 2 > rr->icap)
        intern_grow(rr);
    return out;
}

ResultsRows *results_rows_new(void)
{
    ResultsRows *rr = xcalloc(1, sizeof *rr);
    intern_grow(rr);
    return rr;
}

void results_rows_add(ResultsRows *rr, const ResultsRow *row)
{
    if (rr->n == rr->cap)
        rr->rows = xrealloc(rr->rows, (rr->cap = rr->cap ? rr->cap * 2 : 1024) * sizeof *rr->rows);
    rr->rows[rr->n++] = (ResultsRow){row->session,
                                     intern(rr, row->trainee),
                                     intern(rr, row->day),
                                     intern(rr, row->question_id),
                                     intern(rr, row->chosen),
                                     row->fraction,
                                     row->time};
}

static const char *column(sqlite3_stmt *st, int i)
{
    return (const char *)sqlite3_column_text(st, i);
}

ResultsRows *results_rows(Results *r, const char *trainee, const char *since, Diag *diag)
{
    sqlite3_stmt *st =
        prep(results_db(r), "SELECT a.session, s.trainee, substr(s.started, 1, 10),"
                            " a.question_id, a.chosen, a.fraction, coalesce(julianday(a.time), 0)"
                            " FROM answers a JOIN sessions s ON s.id = a.session"
                            " WHERE s.trainee IS NOT NULL AND (?1 IS NULL OR s.trainee = ?1)"
                            " AND (?2 IS NULL OR substr(a.time, 1, 10) >= ?2)"
                            " ORDER BY a.session, a.id");
    if (!st) {
        diag_add(diag, DIAG_ERROR, results_path(r), 0, 0, _("cannot read the results: %s"),
                 results_db(r) ? sqlite3_errmsg(results_db(r)) : _("results are not being saved"));
        return NULL;
    }
    if (trainee)
        sqlite3_bind_text(st, 1, trainee, -1, SQLITE_STATIC);
    if (since)
        sqlite3_bind_text(st, 2, since, -1, SQLITE_STATIC);
    ResultsRows *rr = results_rows_new();
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        results_rows_add(rr,
                         &(ResultsRow){sqlite3_column_int64(st, 0), column(st, 1), column(st, 2),
                                       column(st, 3), column(st, 4), sqlite3_column_double(st, 5),
                                       sqlite3_column_double(st, 6)});
    if (rc != SQLITE_DONE) {
        diag_add(diag, DIAG_ERROR, results_path(r), 0, 0, _("cannot read the results: %s"),
                 sqlite3_errmsg(results_db(r)));
        results_rows_free(rr);
        rr = NULL;
    }
    sqlite3_finalize(st);
    return rr;
}

size_t results_rows_count(const ResultsRows *rows)
{
    return rows ? rows->n : 0;
}

const ResultsRow *results_rows_get(const ResultsRows *rows, size_t i)
{
    return rows && i < rows->n ? &rows->rows[i] : NULL;
}

void results_rows_free(ResultsRows *rows)
{
    if (!rows)
        return;
    while (rows->blocks) {
        Block *b = rows->blocks;
        rows->blocks = b->next;
        free(b);
    }
    free(rows->interned);
    free(rows->rows);
    free(rows);
}

/* ---- FSRS memory from rows ---- */

static int by_time(const void *a, const void *b)
{
    const ResultsRow *x = *(const ResultsRow *const *)a, *y = *(const ResultsRow *const *)b;
    if (x->time != y->time)
        return x->time < y->time ? -1 : 1;
    return x < y ? -1 : x > y; /* rows of one time keep their order */
}

static int by_due(const void *a, const void *b)
{
    const Mem *x = a, *y = b;
    if (x->s.due != y->s.due)
        return x->s.due < y->s.due ? -1 : 1;
    return strcmp(x->id, y->id);
}

char **results_rows_due_ids(const ResultsRows *rows, const char *trainee, double now, size_t *n)
{
    *n = 0;
    size_t count = 0, total = results_rows_count(rows);
    const ResultsRow **mine = xcalloc(total ? total : 1, sizeof *mine);
    for (size_t i = 0; i < total; i++) {
        const ResultsRow *r = &rows->rows[i];
        if (r->time > 0 && (r->trainee == trainee || strcmp(r->trainee, trainee) == 0))
            mine[count++] = r;
    }
    qsort(mine, count, sizeof *mine, by_time);
    Mems ms = {0};
    for (size_t i = 0; i < count; i++)
        mem_review(&ms, mine[i]->question_id, mine[i]->fraction, mine[i]->time);
    free(mine);
    if (ms.n)
        qsort(ms.m, ms.n, sizeof *ms.m, by_due);
    char **ids = NULL;
    for (size_t i = 0; i < ms.n && ms.m[i].s.due <= now; i++) {
        ids = xrealloc(ids, (*n + 1) * sizeof *ids);
        ids[(*n)++] = xstrdup(ms.m[i].id);
    }
    mems_free(&ms);
    return ids;
}
