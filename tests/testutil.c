#include "testutil.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "util.h"

int run_suite(Suite *s)
{
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

char *read_fixture(const char *name, size_t *len)
{
    char path[1024], err[1024];
    size_t n;
    snprintf(path, sizeof path, "%s/%s", AMAN_FIXTURES, name);
    char *buf = read_file(path, 64u << 20, &n, err, sizeof err);
    if (!buf) {
        fprintf(stderr, "%s\n", err);
        abort();
    }
    if (len)
        *len = n;
    return buf;
}

void test_remove_dir(char *dir)
{
    if (!dir[0])
        return;
    chmod(dir, 0700); /* a test may have made it read-only */
    char *cmd = xasprintf("rm -rf '%s'", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "cannot remove %s\n", dir);
    free(cmd);
    dir[0] = '\0';
}

void test_fresh_dir(char *dir, const char *name)
{
    test_remove_dir(dir);
    snprintf(dir, 64, "/tmp/aman-%s-XXXXXX", name);
    ck_assert_ptr_nonnull(mkdtemp(dir));
}

long long test_sql_int(const char *path, const char *sql)
{
    sqlite3 *db;
    ck_assert_int_eq(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    sqlite3_stmt *st;
    ck_assert_msg(sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK, "%s",
                  sqlite3_errmsg(db));
    ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
    long long v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return v;
}

void test_sql_exec(const char *path, const char *sql)
{
    sqlite3 *db;
    ck_assert_int_eq(sqlite3_open(path, &db), SQLITE_OK);
    ck_assert_msg(sqlite3_exec(db, sql, NULL, NULL, NULL) == SQLITE_OK, "%s", sqlite3_errmsg(db));
    sqlite3_close(db);
}

bool test_diag_has(const Diag *d, const char *s)
{
    char line[8192];
    for (size_t i = 0; i < d->count; i++) {
        diag_format(&d->items[i], line, sizeof line);
        if (strstr(line, s))
            return true;
    }
    return false;
}

void test_diag_dump(const Diag *d)
{
    char line[8192];
    for (size_t i = 0; i < d->count; i++) {
        diag_format(&d->items[i], line, sizeof line);
        fprintf(stderr, "  %s\n", line);
    }
}
