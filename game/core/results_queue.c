/* The queue of writes the database refused (a full disk, an I/O error) and
 * the side file that keeps them across a quit.
 *
 * A record is a line of tab-separated fields, kind first; a field escapes
 * backslash, tab, CR and LF as \\ \t \r \n, and NULL is \N:
 *   S key mode trainee lang started player   a session begins (key < 0);
 *                                            older side files lack player
 *   A session time question chosen correct fraction points ms lang
 *   E session ended score
 *   H mode name score time                   a high score
 * A session is a row id (> 0) or the key of an S record before it. */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "i18n.h"
#include "results_priv.h"
#include "util.h"

enum { MAX_FIELDS = 10 };

static int fields_of(char kind)
{
    switch (kind) {
    case 'S':
        return 7;
    case 'A':
        return 10;
    case 'E':
        return 4;
    case 'H':
        return 5;
    default:
        return 0;
    }
}

int64_t results_key_id(const Results *r, int64_t k)
{
    if (k > 0)
        return k;
    for (size_t i = 0; i < r->n_keys; i++)
        if (r->keys[i].key == k)
            return r->keys[i].id;
    return 0;
}

static void map_key(Results *r, int64_t key, int64_t id)
{
    if (r->n_keys == r->cap_keys)
        r->keys =
            xrealloc(r->keys, (r->cap_keys = r->cap_keys ? 2 * r->cap_keys : 8) * sizeof *r->keys);
    r->keys[r->n_keys++] = (ResultsKey){key, id};
}

static const char *const record_sql[] = {
    ['S' - 'A'] = "INSERT INTO sessions(mode, trainee, lang, started, player)"
                  " VALUES(?2, ?3, ?4, ?5, ?6)",
    ['A' - 'A'] = "INSERT INTO answers(session, time, question_id, chosen, correct, fraction,"
                  " points, ms, lang) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    ['E' - 'A'] = "UPDATE sessions SET ended = ?2, score = ?3 WHERE id = ?1",
    ['H' - 'A'] = "INSERT INTO high_scores(mode, name, score, date) VALUES(?1, ?2, ?3, ?4)",
};

/* Only the best RESULTS_KEEP_SCORES of a mode, all time and of each day,
 * are ever listed: the rest are dropped so the table stays small. */
static const char trim_sql[] =
    "DELETE FROM high_scores WHERE mode = ?1 AND id NOT IN"
    " (SELECT id FROM high_scores WHERE mode = ?1 ORDER BY score DESC, date, id LIMIT ?2)"
    " AND id NOT IN (SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY"
    " substr(date, 1, 10) ORDER BY score DESC, date, id) AS rank FROM high_scores"
    " WHERE mode = ?1) WHERE rank <= ?2)";

static int step_sql(Results *r, const char *sql, const ResultsPending *p, int64_t session)
{
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(r->db, sql, -1, &st, NULL);
    if (rc != SQLITE_OK)
        return rc;
    for (int i = 1; i < p->n && i <= MAX_FIELDS; i++)
        if (p->field[i])
            sqlite3_bind_text(st, i, p->field[i], -1, SQLITE_STATIC);
    if (session)
        sqlite3_bind_int64(st, 1, session);
    if (sql == trim_sql)
        sqlite3_bind_int(st, 2, RESULTS_KEEP_SCORES);
    rc = sqlite3_step(st);
    sqlite3_finalize(st);
    return rc == SQLITE_ROW ? SQLITE_DONE : rc;
}

/* Writes one record; SQLITE_DONE when it is in the database. */
static int write_record(Results *r, const ResultsPending *p)
{
    char kind = p->field[0][0];
    int64_t session = 0;
    if (kind == 'A' || kind == 'E') {
        session = results_key_id(r, strtoll(p->field[1], NULL, 10));
        if (!session)
            return SQLITE_CONSTRAINT; /* its session was lost */
    }
    if (kind == 'H') {
        int rc = sqlite3_exec(r->db, "SAVEPOINT score", NULL, NULL, NULL);
        if (rc == SQLITE_OK)
            rc = step_sql(r, record_sql[kind - 'A'], p, 0);
        if (rc == SQLITE_DONE) {
            ResultsPending mode = {p->field, 2};
            rc = step_sql(r, trim_sql, &mode, 0);
        }
        sqlite3_exec(r->db,
                     rc == SQLITE_DONE ? "RELEASE score" : "ROLLBACK TO score; RELEASE score", NULL,
                     NULL, NULL);
        return rc;
    }
    int rc = step_sql(r, record_sql[kind - 'A'], p, session);
    if (rc == SQLITE_DONE && kind == 'S')
        map_key(r, strtoll(p->field[1], NULL, 10), sqlite3_last_insert_rowid(r->db));
    if (rc == SQLITE_DONE && kind == 'E' && sqlite3_changes(r->db) != 1)
        return SQLITE_CONSTRAINT;
    return rc;
}

static void free_record(ResultsPending *p)
{
    for (int i = 0; i < p->n; i++)
        free(p->field[i]);
    free(p->field);
}

static void drop_head(Results *r, size_t n)
{
    if (n == 0)
        return; /* the queue may not be allocated yet */
    for (size_t i = 0; i < n; i++)
        free_record(&r->queue[i]);
    memmove(r->queue, r->queue + n, (r->n_queue - n) * sizeof *r->queue);
    r->n_queue -= n;
}

bool results_queue_flush(Results *r)
{
    if (!r->db)
        return r->n_queue == 0;
    size_t done = 0;
    while (done < r->n_queue) {
        int rc = write_record(r, &r->queue[done]);
        if ((rc & 0xff) == SQLITE_CONSTRAINT) {
            r->lost++; /* can never be written: do not block the rest */
        } else if (rc != SQLITE_DONE) {
            snprintf(r->error, sizeof r->error, "%s", sqlite3_errmsg(r->db));
            break;
        }
        done++;
    }
    drop_head(r, done);
    return r->n_queue == 0;
}

static void push_record(Results *r, const char *const *field, int n)
{
    if (r->n_queue == r->cap_queue)
        r->queue = xrealloc(r->queue, (r->cap_queue = r->cap_queue ? 2 * r->cap_queue : 16) *
                                          sizeof *r->queue);
    ResultsPending *p = &r->queue[r->n_queue++];
    p->n = n;
    p->field = xcalloc((size_t)n, sizeof *p->field);
    for (int i = 0; i < n; i++)
        p->field[i] = field[i] ? xstrdup(field[i]) : NULL;
}

bool results_queue_push(Results *r, const char *const *field, int n)
{
    push_record(r, field, n);
    return results_queue_flush(r);
}

size_t results_queue_answers(const Results *r)
{
    size_t n = 0;
    for (size_t i = 0; i < r->n_queue; i++)
        n += r->queue[i].field[0][0] == 'A';
    return n;
}

void results_queue_free(Results *r)
{
    drop_head(r, r->n_queue);
    free(r->queue);
    free(r->keys);
    r->queue = NULL;
    r->keys = NULL;
    r->cap_queue = r->n_keys = r->cap_keys = 0;
}

char *results_side_path(const Results *r)
{
    return xasprintf("%s.unsaved", r->path);
}

/* ---- the side file ---- */

static char *serialize(const Results *r, size_t *len)
{
    char *buf = NULL;
    FILE *f = open_memstream(&buf, len);
    for (size_t i = 0; i < r->n_queue; i++) {
        const ResultsPending *p = &r->queue[i];
        for (int k = 0; k < p->n; k++) {
            if (k)
                fputc('\t', f);
            if (!p->field[k]) {
                fputs("\\N", f);
                continue;
            }
            for (const char *c = p->field[k]; *c; c++) {
                const char *esc = *c == '\\'   ? "\\\\"
                                  : *c == '\t' ? "\\t"
                                  : *c == '\n' ? "\\n"
                                  : *c == '\r' ? "\\r"
                                               : NULL;
                if (esc)
                    fputs(esc, f);
                else
                    fputc(*c, f);
            }
        }
        fputc('\n', f);
    }
    fclose(f);
    return buf;
}

bool results_side_write(Results *r)
{
    if (r->n_queue == 0)
        return true;
    size_t len;
    char *buf = serialize(r, &len);
    char *side = results_side_path(r);
    int fd = open(side, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    struct stat st;
    bool ok = fd >= 0 && fstat(fd, &st) == 0;
    size_t done = 0;
    while (ok && done < len) {
        ssize_t w = write(fd, buf + done, len - done);
        if (w < 0 && errno == EINTR)
            continue;
        ok = w > 0;
        done += ok ? (size_t)w : 0;
    }
    ok = ok && fsync(fd) == 0;
    int err = errno;
    if (!ok && fd >= 0 && done > 0 && ftruncate(fd, st.st_size) != 0)
        err = errno; /* a part of a line would read back as a record */
    if (fd >= 0 && close(fd) != 0 && ok) {
        ok = false;
        err = errno;
    }
    if (!ok && fd >= 0 && st.st_size == 0)
        unlink(side);
    if (!ok)
        snprintf(r->error, sizeof r->error, "%s: %s", side, strerror(err ? err : EIO));
    free(side);
    free(buf);
    if (ok)
        drop_head(r, r->n_queue);
    return ok;
}

/* Splits line in place into fields, undoing the escapes; false when it is
 * not a record. */
static bool parse_line(char *line, char **field, int *n)
{
    *n = 0;
    char *out = line;
    field[(*n)++] = out;
    for (char *c = line; *c; c++) {
        if (*c == '\t') {
            *out++ = '\0';
            if (*n == MAX_FIELDS)
                return false;
            field[(*n)++] = out;
        } else if (*c == '\\') {
            char e = *++c;
            if (e == 'N' && out == field[*n - 1] && (c[1] == '\t' || c[1] == '\0')) {
                field[*n - 1] = NULL;
                continue;
            }
            *out++ = e == 't' ? '\t' : e == 'n' ? '\n' : e == 'r' ? '\r' : e;
            if (!e)
                return false;
        } else {
            *out++ = *c;
        }
    }
    *out = '\0';
    if (!field[0] || strlen(field[0]) != 1)
        return false;
    /* a session of a side file written before schema 5 has no player */
    return fields_of(field[0][0]) == *n || (field[0][0] == 'S' && *n == 6);
}

/* A side file's S keys are its own: give each a fresh key of this store. */
static void renumber(Results *r, char **field, ResultsKey **map, size_t *n_map, char *buf)
{
    char kind = field[0][0];
    if (kind == 'S') {
        int64_t k = r->next_key--;
        *map = xrealloc(*map, (*n_map + 1) * sizeof **map);
        (*map)[(*n_map)++] = (ResultsKey){strtoll(field[1], NULL, 10), k};
        snprintf(buf, 24, "%" PRId64, k);
        field[1] = buf;
    } else if ((kind == 'A' || kind == 'E') && field[1][0] == '-') {
        int64_t old = strtoll(field[1], NULL, 10); /* unknown: "0", dropped as lost */
        for (size_t i = 0; i < *n_map; i++)
            if ((*map)[i].key == old)
                snprintf(buf, 24, "%" PRId64, (*map)[i].id);
        field[1] = buf;
    }
}

size_t results_side_import(Results *r, Diag *diag)
{
    char *side = results_side_path(r);
    char *taken = xasprintf("%s.%ld", side, (long)getpid());
    size_t answers = 0;
    if (rename(side, taken) != 0) /* another game took it, or there is none */
        goto done;
    char err[256];
    size_t len;
    char *text = read_file(taken, 64u << 20, &len, err, sizeof err);
    if (!text) {
        diag_add(diag, DIAG_WARNING, side, 0, 0, "%s", err);
        rename(taken, side);
        goto done;
    }
    ResultsKey *map = NULL;
    size_t n_map = 0;
    int lineno = 0;
    for (char *line = text, *next; line && *line; line = next) {
        next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        lineno++;
        char *field[MAX_FIELDS], key[24] = "0";
        int n;
        if (!parse_line(line, field, &n) || !field[1]) {
            diag_add(diag, DIAG_WARNING, side, lineno, 0, "%s",
                     _("not a record of an unsaved answer; skipped"));
            continue;
        }
        renumber(r, field, &map, &n_map, key);
        push_record(r, (const char *const *)field, n);
        answers += field[0][0] == 'A';
    }
    free(map);
    free(text);
    unlink(taken);
    results_queue_flush(r);
done:
    free(taken);
    free(side);
    return answers;
}
