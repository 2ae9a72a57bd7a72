/* The CSV export of the results store (results.h): RFC 4180 rows, into a
 * stream or, through a temporary file renamed over it, into a file. */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "csv.h"
#include "i18n.h"
#include "results_priv.h"
#include "util.h"

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
    /* A store opened read-only may predate `player` (schema 5): empty there. */
    sqlite3_stmt *probe = NULL;
    bool has_player = r->db && sqlite3_prepare_v2(r->db, "SELECT player FROM sessions", -1, &probe,
                                                  NULL) == SQLITE_OK;
    sqlite3_finalize(probe);
    char *sql = xasprintf("SELECT s.trainee, a.session, a.time, a.question_id, a.chosen,"
                          " a.correct, a.points, a.ms, a.lang, %s FROM answers a"
                          " JOIN sessions s ON s.id = a.session"
                          " WHERE (?1 IS NULL OR s.trainee = ?1)"
                          " AND (?2 IS NULL OR substr(a.time, 1, 10) >= ?2)"
                          " ORDER BY a.id",
                          has_player ? "s.player" : "NULL");
    sqlite3_stmt *st = results_prepare(r, sql);
    free(sql);
    if (!st) {
        diag_add(diag, DIAG_ERROR, r->path, 0, 0, _("cannot export results: %s"), r->error);
        return false;
    }
    results_bind_text(st, 1, trainee);
    results_bind_text(st, 2, since);
    fputs("trainee,session,time,question_id,chosen,correct,points,milliseconds,language,"
          "question,source,player\r\n",
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
        csv_field(out, q && q->source ? q->source : "", false);
        const unsigned char *player = sqlite3_column_text(st, 9);
        csv_field(out, player ? (const char *)player : "", true);
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

/* Beside the target, so the rename stays on one file system. */
static FILE *open_temp(const char *target, char **tmp, Diag *diag)
{
    *tmp = xasprintf("%s.tmp-XXXXXX", target);
    int fd = mkstemp(*tmp);
    if (fd < 0) {
        diag_add(diag, DIAG_ERROR, target, 0, 0, _("cannot write: %s"), strerror(errno));
        free(*tmp);
        *tmp = NULL;
        return NULL;
    }
    mode_t mask = umask(0);
    umask(mask);
    fchmod(fd, 0666 & ~mask);
    return fdopen(fd, "w");
}

bool results_write_export(const char *target, ResultsWriter write, void *ctx, Diag *diag)
{
    struct stat st;
    if (lstat(target, &st) == 0 && !S_ISREG(st.st_mode)) {
        diag_add(diag, DIAG_ERROR, target, 0, 0, "%s",
                 _("not a regular file: the export writes only to a regular file or to '-'"));
        return false;
    }
    char *tmp;
    FILE *out = open_temp(target, &tmp, diag);
    if (!out)
        return false;
    bool ok = write(out, ctx, diag);
    if (ok && (fflush(out) != 0 || fsync(fileno(out)) != 0)) {
        diag_add(diag, DIAG_ERROR, target, 0, 0, _("cannot write: %s"), strerror(errno));
        ok = false;
    }
    if (fclose(out) != 0 && ok) {
        diag_add(diag, DIAG_ERROR, target, 0, 0, _("cannot write: %s"), strerror(errno));
        ok = false;
    }
    if (ok && rename(tmp, target) != 0) {
        diag_add(diag, DIAG_ERROR, target, 0, 0, _("cannot write: %s"), strerror(errno));
        ok = false;
    }
    if (!ok)
        unlink(tmp); /* ours; what was at target is untouched */
    free(tmp);
    return ok;
}

typedef struct {
    Results *r;
    const char *trainee, *since;
    const Bank *bank;
} LocalExport;

static bool write_local(FILE *out, void *ctx, Diag *diag)
{
    LocalExport *e = ctx;
    return results_export_csv(e->r, out, e->trainee, e->since, e->bank, diag);
}

bool results_export_file(Results *r, const char *target, const char *trainee, const char *since,
                         const Bank *bank, Diag *diag)
{
    LocalExport e = {r, trainee, since, bank};
    return results_write_export(target, write_local, &e, diag);
}
