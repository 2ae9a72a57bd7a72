/* The results store's statistics: the schema upgrade of a database made by
 * the release before the memory table, FSRS memory replayed from answers
 * (each once), the practice order, and the rows a report reads. */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "results_stats.h"
#include "testutil.h"
#include "util.h"

static char dir[64];
static char *db_path;

static void remove_dir(void)
{
    test_remove_dir(dir);
    free(db_path);
    db_path = NULL;
}

static void fresh_dir(void)
{
    test_fresh_dir(dir, "stats");
    db_path = results_default_path(dir);
}

static void answer(Results *r, int64_t session, const char *time, const char *q, double fraction)
{
    ResultsAnswer a = {time, q,   fraction >= 1 ? "1" : "2", fraction >= 1, fraction, 100,
                       1000, "en"};
    ck_assert(results_add_answer(r, session, &a));
}

/* Databases written by the game as released: schema 2 (commit cb176ff) and
 * schema 3 (with the sync outbox, commit 84401ed), each with trainees 1042
 * (12 answers) and 7 (5). Both upgrade in place to this schema, keeping
 * every answer (and the outbox's events), and every old answer is taken
 * into the FSRS memory once. */
static void upgrade(const char *fixture, int from)
{
    fresh_dir();
    size_t len;
    char *data = read_fixture(fixture, &len);
    FILE *f = fopen(db_path, "wb");
    ck_assert_uint_eq(fwrite(data, 1, len, f), len);
    fclose(f);
    free(data);
    ck_assert_int_eq(test_sql_int(db_path, "PRAGMA user_version"), from);
    int64_t events = from >= 3 ? test_sql_int(db_path, "SELECT count(*) FROM outbox") : 0;
    Diag diag = {0};
    Results *r = results_open(db_path, &diag);
    ck_assert(results_enabled(r));
    ck_assert_uint_eq(diag.count, 0); /* not moved aside */
    results_close(r);
    ck_assert_int_eq(test_sql_int(db_path, "PRAGMA user_version"), RESULTS_SCHEMA_VERSION);
    ck_assert_int_eq(test_sql_int(db_path, "SELECT count(*) FROM answers"), 17);
    ck_assert_int_eq(test_sql_int(db_path, "SELECT count(*) FROM sessions"), 3);
    if (from >= 3)
        ck_assert_int_eq(test_sql_int(db_path, "SELECT count(*) FROM outbox"), events);
    r = results_open(db_path, &diag);
    ck_assert(results_memory_sync_all(r));
    ck_assert(results_memory_sync(r, "1042")); /* nothing new: nothing twice */
    results_close(r);
    ck_assert_int_eq(test_sql_int(db_path, "SELECT sum(reps) FROM memory"), 17);
    ck_assert_int_eq(test_sql_int(db_path, "SELECT sum(reps) FROM memory WHERE trainee = '1042'"),
                     12);
    ck_assert_int_eq(test_sql_int(db_path, "SELECT count(*) FROM answers"), 17);
    diag_clear(&diag);
}

START_TEST(release_database_upgrades_in_place)
{
    upgrade("results_v2_release.sqlite", 2);
    remove_dir();
    upgrade("results_v3_release.sqlite", 3);
}
END_TEST

/* Schema 4 as the game wrote it (commit f0cd5f7, `--autoplay 5 --seed 1`):
 * one play session of five answers. It gains the sessions' player column
 * (empty for the old session) and keeps every answer and outbox event. */
START_TEST(schema_4_database_upgrades_in_place)
{
    fresh_dir();
    size_t len;
    char *data = read_fixture("results_v4_release.sqlite", &len);
    FILE *f = fopen(db_path, "wb");
    ck_assert_uint_eq(fwrite(data, 1, len, f), len);
    fclose(f);
    free(data);
    ck_assert_int_eq(test_sql_int(db_path, "PRAGMA user_version"), 4);
    int64_t events = test_sql_int(db_path, "SELECT count(*) FROM outbox");
    Diag diag = {0};
    Results *r = results_open(db_path, &diag);
    ck_assert(results_enabled(r));
    ck_assert_uint_eq(diag.count, 0);
    int64_t s = results_session_begin(r, "classroom", NULL, "Amina", "en", "2026-11-28T10:00:00");
    ck_assert_int_gt(s, 0);
    results_close(r);
    ck_assert_int_eq(test_sql_int(db_path, "PRAGMA user_version"), RESULTS_SCHEMA_VERSION);
    ck_assert_int_eq(test_sql_int(db_path, "SELECT count(*) FROM answers"), 5);
    ck_assert_int_eq(test_sql_int(db_path, "SELECT count(*) FROM sessions WHERE player IS NULL"),
                     1);
    ck_assert_int_eq(test_sql_int(db_path, "SELECT count(*) FROM sessions WHERE player = 'Amina'"),
                     1);
    ck_assert_int_eq(test_sql_int(db_path, "SELECT count(*) FROM outbox"), events + 1);
    diag_clear(&diag);
}
END_TEST

/* q1 right on day 0 then on day 4: stability 14.8081 (tests/check_fsrs.c);
 * q2 wrong: 0.4872. A second sync takes nothing twice; a new answer after
 * it is taken in. */
START_TEST(memory_replays_each_answer_once)
{
    fresh_dir();
    Diag diag = {0};
    Results *r = results_open(db_path, &diag);
    int64_t s = results_session_begin(r, "training", "5", NULL, "en", "2026-01-01T10:00:00+00:00");
    answer(r, s, "2026-01-01T10:00:00+00:00", "q1", 1);
    answer(r, s, "2026-01-01T10:00:10+00:00", "q2", 0);
    int64_t s2 = results_session_begin(r, "training", "5", NULL, "en", "2026-01-05T10:00:00+00:00");
    answer(r, s2, "2026-01-05T10:00:00+00:00", "q1", 1);
    ck_assert(results_memory_sync(r, "5"));
    ck_assert(results_memory_sync(r, "5"));
    FsrsState q1, q2;
    ck_assert(results_memory_get(r, "5", "q1", &q1));
    ck_assert(results_memory_get(r, "5", "q2", &q2));
    ck_assert_int_eq(q1.reps, 2);
    ck_assert_double_eq_tol(q1.stability, 14.808101, 1e-4);
    ck_assert_double_eq_tol(q2.stability, 0.4872, 1e-9);
    ck_assert(!results_memory_get(r, "5", "q3", &q2));
    ck_assert(!results_memory_get(r, "6", "q1", &q2));
    answer(r, s2, "2026-01-05T10:00:20+00:00", "q2", 0);
    ck_assert(results_memory_sync(r, "5"));
    ck_assert(results_memory_get(r, "5", "q2", &q2));
    ck_assert_int_eq(q2.reps, 2);
    ck_assert_int_eq(q2.lapses, 1);
    results_close(r);
    diag_clear(&diag);
}
END_TEST

static const char bank_text[] = "::a:: A? {T}\n\n::b:: B? {T}\n\n::c:: C? {T}\n\n::d:: D? {T}\n";

START_TEST(practice_order_due_then_new_then_later)
{
    fresh_dir();
    Diag diag = {0};
    Results *r = results_open(db_path, &diag);
    Bank *bank = bank_new();
    ck_assert(bank_add_gift(bank, "t.gift", bank_text, strlen(bank_text), &diag));
    int64_t s = results_session_begin(r, "training", "9", NULL, "en", "2026-01-01T10:00:00+00:00");
    answer(r, s, "2026-01-01T10:00:00+00:00", "c", 0); /* due on Jan 2 */
    answer(r, s, "2026-01-01T10:00:01+00:00", "a", 1); /* due on Jan 5 */
    double jan3 = results_day_of(1767434400);          /* 2026-01-03T10:00:00Z */
    size_t n, due;
    char **ids = results_practice_ids(r, "9", bank, jan3, &n, &due);
    ck_assert_uint_eq(n, 4);
    ck_assert_uint_eq(due, 1);
    ck_assert_str_eq(ids[0], "c");
    ck_assert_str_eq(ids[1], "b");
    ck_assert_str_eq(ids[2], "d");
    ck_assert_str_eq(ids[3], "a");
    results_free_ids(ids, n);
    ck_assert_uint_eq(results_due_count(r, "9", jan3), 1);
    ck_assert_uint_eq(results_due_count(r, "9", jan3 + 2.5), 2);
    ck_assert_uint_eq(results_due_count(r, "nobody", jan3), 0);
    bank_free(bank);
    results_close(r);
    diag_clear(&diag);
}
END_TEST

START_TEST(rows_filter_by_trainee_and_date)
{
    fresh_dir();
    Diag diag = {0};
    Results *r = results_open(db_path, &diag);
    int64_t a = results_session_begin(r, "training", "1", NULL, "en", "2026-01-01T10:00:00+00:00");
    answer(r, a, "2026-01-01T10:00:00+00:00", "q1", 1);
    int64_t b = results_session_begin(r, "training", "2", NULL, "ur", "2026-02-01T10:00:00+00:00");
    answer(r, b, "2026-02-01T10:00:00+00:00", "q1", 0.5);
    answer(r, b, "2026-02-01T10:00:05+00:00", "q2", 0);
    int64_t p = results_session_begin(r, "play", NULL, NULL, "en", "2026-02-01T10:00:00+00:00");
    answer(r, p, "2026-02-01T11:00:00+00:00", "q1", 1);
    ResultsRows *all = results_rows(r, NULL, NULL, &diag);
    ck_assert_uint_eq(results_rows_count(all), 3); /* not the play session */
    const ResultsRow *x = results_rows_get(all, 1), *y = results_rows_get(all, 2);
    ck_assert_str_eq(x->trainee, "2");
    ck_assert_str_eq(x->day, "2026-02-01");
    ck_assert_double_eq_tol(x->fraction, 0.5, 1e-12);
    ck_assert_ptr_eq(x->trainee, y->trainee); /* interned */
    ck_assert_ptr_null(results_rows_get(all, 3));
    results_rows_free(all);
    ResultsRows *one = results_rows(r, "1", NULL, &diag);
    ck_assert_uint_eq(results_rows_count(one), 1);
    results_rows_free(one);
    ResultsRows *since = results_rows(r, NULL, "2026-01-15", &diag);
    ck_assert_uint_eq(results_rows_count(since), 2);
    results_rows_free(since);
    ck_assert_uint_eq(diag.count, 0);
    results_close(r);
    diag_clear(&diag);
}
END_TEST

/* The Julian days of SQLite's julianday() for the same strings. */
START_TEST(day_of_time_reads_the_stored_times)
{
    double d;
    ck_assert(results_day_of_time("2026-01-03T10:00:00Z", &d));
    ck_assert_double_eq_tol(d, results_day_of(1767434400), 1e-9);
    ck_assert(results_day_of_time("2026-01-03T15:00:00+05:00", &d));
    ck_assert_double_eq_tol(d, results_day_of(1767434400), 1e-9);
    ck_assert(results_day_of_time("2026-01-03T05:30:00-04:30", &d));
    ck_assert_double_eq_tol(d, results_day_of(1767434400), 1e-9);
    ck_assert(results_day_of_time("2000-03-01", &d)); /* after a leap day */
    ck_assert_double_eq_tol(d, 2451604.5, 1e-9);
    ck_assert(results_day_of_time("1999-12-31 23:59:59.5", &d));
    ck_assert_double_eq_tol(d, 2451544.5 - 0.5 / 86400, 1e-9);
}
END_TEST

/* Two "devices" of trainee 9, the later one's rows first: q right on Jan 1
 * then wrong on Jan 5 (a lapse), c wrong on Jan 1. Replayed from the rows
 * in time order, the due lists are those of the memory table. */
START_TEST(rows_replay_due_as_the_memory_table)
{
    fresh_dir();
    Diag diag = {0};
    Results *r = results_open(db_path, &diag);
    const char *t1 = "2026-01-01T10:00:00+00:00", *t5 = "2026-01-05T10:00:00+00:00";
    int64_t s1 = results_session_begin(r, "training", "9", NULL, "en", t1);
    answer(r, s1, t1, "q", 1);
    answer(r, s1, "2026-01-01T10:00:05+00:00", "c", 0);
    int64_t s2 = results_session_begin(r, "training", "9", NULL, "en", t5);
    answer(r, s2, t5, "q", 0);
    double j1, j5;
    ck_assert(results_day_of_time(t1, &j1) && results_day_of_time(t5, &j5));
    ResultsRows *rows = results_rows_new();
    results_rows_add(rows, &(ResultsRow){1, "9", "2026-01-05", "q", "2", 0, j5});
    results_rows_add(rows, &(ResultsRow){2, "9", "2026-01-01", "q", "1", 1, j1});
    results_rows_add(rows, &(ResultsRow){2, "9", "2026-01-01", "c", "2", 0, j1 + 5.0 / 86400});
    results_rows_add(rows, &(ResultsRow){3, "8", "2026-01-01", "x", NULL, 0, j1});
    results_rows_add(rows, &(ResultsRow){3, "9", "2026-01-01", "y", "2", 0, 0}); /* no time */
    ck_assert_uint_eq(results_rows_count(rows), 5);
    ck_assert_str_eq(results_rows_get(rows, 3)->chosen, "");
    ResultsRows *local = results_rows(r, NULL, NULL, &diag);
    double days[] = {j1 + 0.5, j1 + 1.5, j5 + 0.5, j5 + 1.5, j5 + 30};
    size_t seen_due = 0;
    for (size_t i = 0; i < sizeof days / sizeof *days; i++) {
        size_t n_db, n_rows, n_local;
        char **db = results_due_ids(r, "9", days[i], &n_db);
        char **from_rows = results_rows_due_ids(rows, "9", days[i], &n_rows);
        char **from_local = results_rows_due_ids(local, "9", days[i], &n_local);
        ck_assert_uint_eq(n_rows, n_db);
        ck_assert_uint_eq(n_local, n_db);
        for (size_t k = 0; k < n_db; k++) {
            ck_assert_str_eq(from_rows[k], db[k]);
            ck_assert_str_eq(from_local[k], db[k]);
        }
        seen_due += n_db;
        results_free_ids(db, n_db);
        results_free_ids(from_rows, n_rows);
        results_free_ids(from_local, n_local);
    }
    ck_assert_uint_eq(seen_due, 0 + 1 + 1 + 2 + 2); /* c from Jan 2; q again from Jan 6 */
    size_t n;
    ck_assert_ptr_null(results_rows_due_ids(rows, "nobody", j5 + 30, &n));
    ck_assert_uint_eq(n, 0);
    results_rows_free(local);
    results_rows_free(rows);
    results_close(r);
    diag_clear(&diag);
}
END_TEST

START_TEST(day_of_time_refuses_what_is_no_time)
{
    const char *bad[] = {"",           "yesterday", "2026-13-01T10:00:00Z",
                         "2026-01-32", "2026-1-3",  "2026-01-03T10:00:00+05:00junk",
                         "2026-01-03x"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        double d = -1;
        ck_assert_msg(!results_day_of_time(bad[i], &d), "read '%s'", bad[i]);
        ck_assert_double_eq(d, -1);
    }
    double d;
    ck_assert(!results_day_of_time(NULL, &d));
}
END_TEST

START_TEST(disabled_store_answers_nothing)
{
    Diag diag = {0};
    Results *r = results_open("/proc/no-such-dir/results.sqlite", &diag);
    ck_assert(!results_enabled(r));
    ck_assert(!results_memory_sync(r, "1"));
    ck_assert_uint_eq(results_due_count(r, "1", 0), 0);
    size_t before = diag.count;
    ck_assert_ptr_null(results_rows(r, NULL, NULL, &diag));
    ck_assert_uint_eq(diag.count, before + 1);
    results_close(r);
    diag_clear(&diag);
}
END_TEST

static Suite *stats_suite(void)
{
    Suite *s = suite_create("results_stats");
    TCase *core = tcase_create("core");
    tcase_add_checked_fixture(core, NULL, remove_dir);
    tcase_add_test(core, release_database_upgrades_in_place);
    tcase_add_test(core, schema_4_database_upgrades_in_place);
    tcase_add_test(core, memory_replays_each_answer_once);
    tcase_add_test(core, practice_order_due_then_new_then_later);
    tcase_add_test(core, rows_filter_by_trainee_and_date);
    tcase_add_test(core, day_of_time_reads_the_stored_times);
    tcase_add_test(core, rows_replay_due_as_the_memory_table);
    suite_add_tcase(s, core);
    TCase *errors = tcase_create("errors");
    tcase_add_test(errors, disabled_store_answers_nothing);
    tcase_add_test(errors, day_of_time_refuses_what_is_no_time);
    suite_add_tcase(s, errors);
    return s;
}

int main(void)
{
    return run_suite(stats_suite());
}
