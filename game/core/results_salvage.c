/* Salvage: what SQLite can still read of a damaged results file, copied
 * into the new one.
 *
 * A damaged page ends a table scan, so the rows are read one id at a time
 * (each lookup walks the b-tree from its root): the rows on every readable
 * page come back, whatever is damaged between them. The lookups go up to
 * the largest id SQLite reports and then SALVAGE_GAP ids past the last row
 * found, since a damaged rightmost page may hide the real largest id. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "results_priv.h"
#include "util.h"

enum { SALVAGE_GAP = 4096 };

typedef struct {
    const char *table;
    const char *cols[2]; /* this schema's columns; then an older schema's */
    int n;
} SalvageTable;

static const SalvageTable tables[] = {
    {"sessions", {"id, mode, trainee, lang, started, ended, score", NULL}, 7},
    {"answers",
     {"id, session, time, question_id, chosen, correct, fraction, points, ms, lang",
      "id, session, time, question_id, chosen, correct, correct, points, ms, lang"},
     10},
    {"high_scores", {"id, mode, name, score, date", NULL}, 5},
};

static sqlite3_stmt *prepare_select(sqlite3 *from, const SalvageTable *t)
{
    for (int i = 0; i < 2 && t->cols[i]; i++) {
        char *sql = xasprintf("SELECT %s FROM %s WHERE id = ?1", t->cols[i], t->table);
        sqlite3_stmt *st = NULL;
        int rc = sqlite3_prepare_v2(from, sql, -1, &st, NULL);
        free(sql);
        if (rc == SQLITE_OK)
            return st;
    }
    return NULL;
}

static int64_t largest_id(sqlite3 *from, const char *table)
{
    char *sql = xasprintf("SELECT max(id) FROM %s", table);
    sqlite3_stmt *st;
    int64_t id = 0;
    if (sqlite3_prepare_v2(from, sql, -1, &st, NULL) == SQLITE_OK) {
        if (sqlite3_step(st) == SQLITE_ROW)
            id = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    free(sql);
    return id;
}

static int64_t salvage_table(sqlite3 *from, sqlite3 *to, const SalvageTable *t)
{
    sqlite3_stmt *sel = prepare_select(from, t), *ins = NULL;
    char marks[64] = "?";
    for (int c = 1; c < t->n; c++)
        strcat(marks, ", ?");
    char *sql = xasprintf("INSERT OR IGNORE INTO %s(%s) VALUES(%s)", t->table, t->cols[0], marks);
    if (!sel || sqlite3_prepare_v2(to, sql, -1, &ins, NULL) != SQLITE_OK) {
        free(sql);
        sqlite3_finalize(sel);
        return 0;
    }
    free(sql);
    int64_t found = 0, last = 0, top = largest_id(from, t->table);
    for (int64_t id = 1; id <= top || id <= last + SALVAGE_GAP; id++) {
        sqlite3_bind_int64(sel, 1, id);
        if (sqlite3_step(sel) == SQLITE_ROW) {
            for (int c = 0; c < t->n; c++)
                sqlite3_bind_value(ins, c + 1, sqlite3_column_value(sel, c));
            if (sqlite3_step(ins) == SQLITE_DONE)
                found++;
            sqlite3_reset(ins);
            last = id;
        }
        sqlite3_reset(sel);
    }
    sqlite3_finalize(sel);
    sqlite3_finalize(ins);
    return found;
}

/* An answer whose session row was lost keeps a session of its own. */
static const char orphan_sql[] =
    "INSERT INTO sessions(id, mode, lang, started)"
    " SELECT a.session, 'unknown', min(a.lang), min(a.time) FROM answers a"
    " WHERE a.session NOT IN (SELECT id FROM sessions) GROUP BY a.session";

bool results_salvage(Results *r, const char *from_path, int64_t *sessions, int64_t *answers)
{
    *sessions = *answers = 0;
    sqlite3 *from;
    if (sqlite3_open_v2(from_path, &from, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
        sqlite3_close(from);
        return false;
    }
    int64_t n[ARRAY_LEN(tables)];
    bool ok = sqlite3_exec(r->db, "PRAGMA foreign_keys = OFF; BEGIN IMMEDIATE", NULL, NULL, NULL) ==
              SQLITE_OK;
    for (size_t i = 0; ok && i < ARRAY_LEN(tables); i++)
        n[i] = salvage_table(from, r->db, &tables[i]);
    ok = ok && sqlite3_exec(r->db, orphan_sql, NULL, NULL, NULL) == SQLITE_OK;
    ok = ok && sqlite3_exec(r->db, "COMMIT", NULL, NULL, NULL) == SQLITE_OK;
    if (!ok)
        sqlite3_exec(r->db, "ROLLBACK", NULL, NULL, NULL);
    sqlite3_exec(r->db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
    sqlite3_close(from);
    if (ok) {
        *sessions = n[0];
        *answers = n[1];
    }
    return ok;
}
