/* The results store: schema and migrations, durability across a crash,
 * damaged and unwritable databases, queries and the CSV export. */
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "results.h"
#include "testutil.h"
#include "util.h"

static char dir[64];
static char *db_path;

/* The teardown of every test (a checked fixture takes no arguments). */
static void remove_dir(void)
{
    test_remove_dir(dir);
}

/* A new empty folder for this test's database; the last one is removed. */
static void fresh_dir(void)
{
    test_fresh_dir(dir, "results");
    free(db_path);
    db_path = results_default_path(dir);
}

static void write_bytes(const char *path, const void *data, size_t n)
{
    FILE *f = fopen(path, "wb");
    ck_assert_ptr_nonnull(f);
    fwrite(data, 1, n, f);
    fclose(f);
}

/* How many "<db>.corrupt-*" files sit next to the database. */
static int corrupt_copies(void)
{
    char *cmd =
        xasprintf("ls %s | grep -c '^results.sqlite.corrupt-[0-9]\\{8\\}-[0-9]\\{6\\}$'", dir);
    FILE *p = popen(cmd, "r");
    int n = 0;
    if (fscanf(p, "%d", &n) != 1)
        n = -1;
    pclose(p);
    free(cmd);
    return n;
}

/* Waits for the child test process; it reports by exit status 0. */
static void wait_child_ok(pid_t pid)
{
    int status;
    waitpid(pid, &status, 0);
    ck_assert_msg(WIFEXITED(status) && WEXITSTATUS(status) == 0, "child status %d", status);
}

static ResultsAnswer answer(const char *time, const char *qid, bool correct)
{
    return (ResultsAnswer){.time = time,
                           .question_id = qid,
                           .chosen = correct ? "1" : "2",
                           .correct = correct,
                           .fraction = correct,
                           .points = correct ? 100 : 0,
                           .ms = 1500,
                           .lang = "en"};
}

/* One session of trainee with n answers q0..q(n-1), every other one wrong. */
static int64_t play(Results *r, const char *trainee, const char *day, int n)
{
    char t[40];
    snprintf(t, sizeof t, "%sT10:00:00+05:00", day);
    int64_t s = results_session_begin(r, "training", trainee, NULL, "en", t);
    ck_assert_int_gt(s, 0);
    for (int i = 0; i < n; i++) {
        char qid[16];
        snprintf(qid, sizeof qid, "q%d", i);
        ResultsAnswer a = answer(t, qid, i % 2 == 0);
        ck_assert_msg(results_add_answer(r, s, &a), "%s", results_error(r));
    }
    ck_assert(results_session_end(r, s, t, 100 * ((n + 1) / 2)));
    return s;
}

static char *export(Results *r, const char *trainee, const char *since, bool *ok)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    Diag d = {0};
    *ok = results_export_csv(r, f, trainee, since, NULL, &d);
    fclose(f);
    diag_clear(&d);
    return buf;
}

static int count_lines(const char *s)
{
    int n = 0;
    for (; *s; s++)
        n += *s == '\n';
    return n;
}

/* ---- core ---- */

START_TEST(fresh_database_gets_the_schema)
{
    fresh_dir();
    Diag d = {0};
    Results *r = results_open(db_path, &d);
    ck_assert(results_enabled(r));
    ck_assert_uint_eq(d.count, 0);
    results_close(r);
    ck_assert_int_eq(test_sql_int(db_path, "PRAGMA user_version"), RESULTS_SCHEMA_VERSION);
    ck_assert_int_eq(test_sql_int(db_path, "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                                           " AND name IN ('sessions', 'answers', 'high_scores')"),
                     3);
    sqlite3 *db;
    sqlite3_open(db_path, &db);
    sqlite3_stmt *st;
    sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &st, NULL);
    sqlite3_step(st);
    ck_assert_str_eq((const char *)sqlite3_column_text(st, 0), "wal");
    sqlite3_finalize(st);
    sqlite3_close(db);
}
END_TEST

START_TEST(older_schema_is_migrated_keeping_rows)
{
    fresh_dir();
    test_sql_exec(
        db_path, "CREATE TABLE sessions(id INTEGER PRIMARY KEY, mode TEXT NOT NULL, trainee TEXT,"
                 " lang TEXT NOT NULL, started TEXT NOT NULL, ended TEXT, score INTEGER);"
                 "CREATE TABLE answers(id INTEGER PRIMARY KEY, session INTEGER NOT NULL,"
                 " time TEXT NOT NULL, question_id TEXT NOT NULL, chosen TEXT NOT NULL,"
                 " correct INTEGER NOT NULL, points INTEGER NOT NULL, ms INTEGER NOT NULL,"
                 " lang TEXT NOT NULL);"
                 "CREATE TABLE high_scores(id INTEGER PRIMARY KEY, mode TEXT NOT NULL,"
                 " name TEXT NOT NULL, score INTEGER NOT NULL, date TEXT NOT NULL);"
                 "INSERT INTO sessions VALUES(1, 'training', '42', 'ur', '2026-01-01', NULL, NULL);"
                 "INSERT INTO answers VALUES(1, 1, '2026-01-01T09:00:00', 'un-1', '2', 0, 0, 900,"
                 " 'ur');"
                 "INSERT INTO answers VALUES(2, 1, '2026-01-01T09:00:09', 'un-2', '1', 1, 100, 800,"
                 " 'ur');"
                 "PRAGMA user_version = 1;");
    Diag d = {0};
    Results *r = results_open(db_path, &d);
    ck_assert_msg(results_enabled(r) && d.count == 0, "%s", d.count ? d.items[0].msg : "");
    size_t n;
    char **ids = results_mistakes(r, "42", &n);
    ck_assert_uint_eq(n, 1);
    ck_assert_str_eq(ids[0], "un-1");
    results_free_ids(ids, n);
    results_close(r);
    ck_assert_int_eq(test_sql_int(db_path, "PRAGMA user_version"), RESULTS_SCHEMA_VERSION);
    ck_assert_int_eq(test_sql_int(db_path, "SELECT sum(fraction) FROM answers"), 1);
    ck_assert_int_eq(corrupt_copies(), 0);
}
END_TEST

START_TEST(answers_persist_after_closing)
{
    fresh_dir();
    Diag d = {0};
    Results *r = results_open(db_path, &d);
    play(r, "7", "2026-03-01", 5);
    results_close(r);
    r = results_open(db_path, &d);
    ck_assert_uint_eq(d.count, 0);
    size_t n;
    char **ids = results_mistakes(r, "7", &n);
    ck_assert_uint_eq(n, 2); /* q1 and q3 */
    results_free_ids(ids, n);
    results_close(r);
    ck_assert_int_eq(test_sql_int(db_path, "SELECT count(*) FROM answers"), 5);
    ck_assert_int_eq(test_sql_int(db_path, "SELECT score FROM sessions"), 300);
}
END_TEST

/* A child answers and dies without closing anything, as kill -9 would. */
START_TEST(answers_survive_a_process_exit_mid_session)
{
    fresh_dir();
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        Diag d = {0};
        Results *r = results_open(db_path, &d);
        int64_t s = results_session_begin(r, "training", "9", NULL, "ur", "2026-04-01T08:00:00");
        for (int i = 0; i < 7; i++) {
            ResultsAnswer a = answer("2026-04-01T08:00:01", "q", i % 3 == 0);
            if (!results_add_answer(r, s, &a))
                _exit(1);
        }
        _exit(9);
    }
    int status;
    waitpid(pid, &status, 0);
    ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 9);
    Diag d = {0};
    Results *r = results_open(db_path, &d);
    ck_assert(results_enabled(r));
    ck_assert_uint_eq(d.count, 0);
    results_close(r);
    ck_assert_int_eq(test_sql_int(db_path, "SELECT count(*) FROM answers"), 7);
    ck_assert_int_eq(test_sql_int(db_path, "SELECT count(*) FROM sessions WHERE ended IS NULL"), 1);
}
END_TEST

/* SIGKILL at an arbitrary moment: every answer reported committed is there. */
START_TEST(answers_survive_kill_9)
{
    fresh_dir();
    int fds[2];
    ck_assert_int_eq(pipe(fds), 0);
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        close(fds[0]);
        Diag d = {0};
        Results *r = results_open(db_path, &d);
        int64_t s = results_session_begin(r, "kiosk", NULL, NULL, "en", "2026-04-02T08:00:00");
        for (;;) {
            ResultsAnswer a = answer("2026-04-02T08:00:01", "q", true);
            if (!results_add_answer(r, s, &a))
                _exit(1);
            if (write(fds[1], "x", 1) != 1)
                _exit(2);
        }
    }
    close(fds[1]);
    char c;
    int committed = 0;
    while (committed < 20 && read(fds[0], &c, 1) == 1)
        committed++;
    kill(pid, SIGKILL);
    while (read(fds[0], &c, 1) == 1)
        committed++; /* reported before it died */
    close(fds[0]);
    waitpid(pid, NULL, 0);
    ck_assert_int_eq(committed >= 20, 1);
    Diag d = {0};
    Results *r = results_open(db_path, &d);
    ck_assert_uint_eq(d.count, 0);
    results_close(r);
    int64_t stored = test_sql_int(db_path, "SELECT count(*) FROM answers");
    ck_assert_msg(stored >= committed && stored <= committed + 1, "stored %lld, committed %d",
                  (long long)stored, committed);
}
END_TEST

START_TEST(high_scores_daily_and_all_time)
{
    fresh_dir();
    Diag d = {0};
    Results *r = results_open(db_path, &d);
    ck_assert(results_add_high_score(r, "kiosk", "Ali", 700, "2026-05-01T10:00:00+05:00"));
    ck_assert(results_add_high_score(r, "kiosk", "Sara", 900, "2026-05-02T11:00:00+05:00"));
    ck_assert(results_add_high_score(r, "kiosk", "Omar", 500, "2026-05-02T12:00:00+05:00"));
    ck_assert(results_add_high_score(r, "kiosk", "Hina", 900, "2026-05-02T13:00:00+05:00"));
    ck_assert(results_add_high_score(r, "play", "Zed", 9999, "2026-05-02T13:00:00+05:00"));
    ResultsScore top[10];
    size_t n = results_high_scores(r, "kiosk", NULL, top, 10);
    ck_assert_uint_eq(n, 4);
    ck_assert_str_eq(top[0].name, "Sara"); /* tie: the earlier one first */
    ck_assert_str_eq(top[1].name, "Hina");
    ck_assert_str_eq(top[3].name, "Omar");
    ck_assert_int_eq(top[2].score, 700);
    n = results_high_scores(r, "kiosk", "2026-05-02", top, 10);
    ck_assert_uint_eq(n, 3);
    ck_assert_str_eq(top[2].name, "Omar");
    ck_assert_str_eq(top[2].date, "2026-05-02T12:00:00+05:00");
    ck_assert_uint_eq(results_high_scores(r, "kiosk", "2026-05-03", top, 10), 0);
    ck_assert_uint_eq(results_high_scores(r, "kiosk", NULL, top, 2), 2);
    results_close(r);
}
END_TEST

START_TEST(mistakes_are_the_latest_wrong_answers_of_the_trainee)
{
    fresh_dir();
    Diag d = {0};
    Results *r = results_open(db_path, &d);
    play(r, "100", "2026-06-01", 6); /* wrong: q1 q3 q5 */
    play(r, "200", "2026-06-01", 2); /* someone else: wrong q1 */
    int64_t s = results_session_begin(r, "training", "100", NULL, "en", "2026-06-02T09:00:00");
    ResultsAnswer fixed = answer("2026-06-02T09:00:01", "q3", true);
    ResultsAnswer broke = answer("2026-06-02T09:00:02", "q0", false);
    results_add_answer(r, s, &fixed);
    results_add_answer(r, s, &broke);
    size_t n;
    char **ids = results_mistakes(r, "100", &n);
    ck_assert_uint_eq(n, 3);
    ck_assert_str_eq(ids[0], "q0"); /* latest mistake first */
    ck_assert_str_eq(ids[1], "q5");
    ck_assert_str_eq(ids[2], "q1");
    results_free_ids(ids, n);
    ids = results_mistakes(r, "200", &n);
    ck_assert_uint_eq(n, 1);
    results_free_ids(ids, n);
    results_close(r);
}
END_TEST

START_TEST(csv_export_filters_and_quotes)
{
    fresh_dir();
    Diag d = {0};
    Results *r = results_open(db_path, &d);
    play(r, "1", "2026-07-01", 2);
    play(r, "2", "2026-07-05", 3);
    int64_t s =
        results_session_begin(r, "training", "say \"hi\", ok", "Amina, \"A\"", "ur", "2026-07-09");
    ResultsAnswer a = {.time = "2026-07-09T10:00:00+05:00",
                       .question_id = "un:1,2",
                       .chosen = "line\nbreak",
                       .correct = true,
                       .points = 100,
                       .ms = 1234,
                       .lang = "ur"};
    ck_assert(results_add_answer(r, s, &a));
    bool ok;
    char *all = export(r, NULL, NULL, &ok);
    ck_assert(ok);
    ck_assert_int_eq(count_lines(all), 1 + 2 + 3 + 1 + 1); /* header, rows, embedded LF */
    const char *header = "trainee,session,time,question_id,chosen,correct,points,milliseconds,"
                         "language,question,source,player\r\n";
    ck_assert_int_eq(strncmp(all, header, strlen(header)), 0);
    /* No bank: the question and source columns are empty; no player name
     * stored: the last column is empty. */
    ck_assert_ptr_nonnull(strstr(all, "1,1,2026-07-01T10:00:00+05:00,q0,1,1,100,1500,en,,,\r\n"));
    ck_assert_ptr_nonnull(strstr(all, "\"say \"\"hi\"\", ok\",3,2026-07-09T10:00:00+05:00,"
                                      "\"un:1,2\",\"line\nbreak\",1,100,1234,ur,,,"
                                      "\"Amina, \"\"A\"\"\"\r\n"));
    free(all);
    char *since = export(r, NULL, "2026-07-05", &ok);
    ck_assert_int_eq(count_lines(since), 1 + 3 + 2);
    ck_assert_ptr_null(strstr(since, "2026-07-01"));
    free(since);
    char *one = export(r, "2", "2026-07-01", &ok);
    ck_assert_int_eq(count_lines(one), 1 + 3);
    free(one);
    results_close(r);
}
END_TEST

/* ---- errors ---- */

/* Returns how many answers were salvaged into the new database. */
static int64_t expect_moved_aside(const char *what)
{
    Diag d = {0};
    Results *r = results_open(db_path, &d);
    ck_assert_msg(results_enabled(r), "%s: %s", what, d.count ? d.items[0].msg : "");
    ck_assert_uint_eq(diag_count(&d, DIAG_WARNING), 1);
    ck_assert_msg(strstr(d.items[0].msg, "moved to") && strstr(d.items[0].msg, ".corrupt-") &&
                      strstr(d.items[0].msg, "recovered"),
                  "%s", d.items[0].msg);
    ck_assert_str_eq(d.items[0].file, db_path);
    ck_assert_int_eq(corrupt_copies(), 1);
    int64_t salvaged = test_sql_int(db_path, "SELECT count(*) FROM answers");
    char said[64];
    snprintf(said, sizeof said, "%lld answers", (long long)salvaged);
    ck_assert_msg(strstr(d.items[0].msg, said), "%s / %s", said, d.items[0].msg);
    play(r, "5", "2026-08-01", 3); /* and the fresh one works */
    results_close(r);
    ck_assert_int_eq(test_sql_int(db_path, "SELECT count(*) FROM answers"), salvaged + 3);
    diag_clear(&d);
    return salvaged;
}

START_TEST(garbage_file_is_moved_aside)
{
    fresh_dir();
    char junk[4096];
    for (size_t i = 0; i < sizeof junk; i++)
        junk[i] = (char)(i * 7 + 3);
    write_bytes(db_path, junk, sizeof junk);
    expect_moved_aside("garbage");
}
END_TEST

/* A store of 3001 answers (well over 20 pages), all in the main file. */
static void big_database(void)
{
    fresh_dir();
    Diag d = {0};
    Results *r = results_open(db_path, &d);
    play(r, "3", "2026-08-01", 1);
    results_close(r);
    test_sql_exec(db_path, "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c"
                           " WHERE x < 3000) INSERT INTO answers(session, time, question_id,"
                           " chosen, correct, points, ms, lang) SELECT 1, '2026-08-01T00:00:00',"
                           " 'q' || x, '1', 1, 100, 1000, 'en' FROM c;"
                           "PRAGMA wal_checkpoint(TRUNCATE);");
}

START_TEST(truncated_database_is_moved_aside)
{
    big_database();
    struct stat st;
    ck_assert_int_eq(stat(db_path, &st), 0);
    ck_assert_int_gt(st.st_size, 40000);
    ck_assert_int_eq(truncate(db_path, st.st_size / 3), 0);
    expect_moved_aside("truncated");
}
END_TEST

/* Garbage in the middle of the answers table: only an integrity check sees it. */
START_TEST(scribbled_page_is_moved_aside)
{
    big_database();
    int64_t pages = test_sql_int(db_path, "PRAGMA page_count");
    int64_t size = test_sql_int(db_path, "PRAGMA page_size");
    ck_assert_int_gt(pages, 20);
    FILE *f = fopen(db_path, "r+b");
    ck_assert_ptr_nonnull(f);
    char junk[512];
    memset(junk, 0x5a, sizeof junk);
    /* a leaf of answers: the last but one of its pages (the outbox's rows
     * are written beside them, so its pages are not simply the last ones) */
    int64_t leaf =
        test_sql_int(db_path, "SELECT pageno FROM dbstat WHERE name = 'answers'"
                              " AND pagetype = 'leaf' ORDER BY pageno DESC LIMIT 1 OFFSET 1");
    ck_assert_int_gt(leaf, 1);
    fseek(f, (long)(size * (leaf - 1)), SEEK_SET);
    fwrite(junk, 1, sizeof junk, f);
    fclose(f);
    /* Salvage: the rows on every other page come back (one leaf holds < 100). */
    int64_t salvaged = expect_moved_aside("scribbled");
    ck_assert_int_ge(salvaged, 3001 - 100);
    ck_assert_int_lt(salvaged, 3001);
}
END_TEST

/* Not damage: left exactly as it was, and nothing is saved. */
static void expect_left_alone(const char *what, const char *said)
{
    struct stat before, after;
    ck_assert_int_eq(stat(db_path, &before), 0);
    int64_t tables = test_sql_int(db_path, "SELECT count(*) FROM sqlite_master");
    Diag d = {0};
    Results *r = results_open(db_path, &d);
    ck_assert_msg(!results_enabled(r), "%s", what);
    ck_assert_uint_eq(diag_count(&d, DIAG_ERROR), 1);
    ck_assert_msg(strstr(d.items[0].msg, said) && strstr(d.items[0].msg, "left as it is"), "%s: %s",
                  what, d.items[0].msg);
    ck_assert_int_eq(results_session_begin(r, "play", NULL, NULL, "en", "2026"), 0);
    results_close(r);
    diag_clear(&d);
    ck_assert_int_eq(corrupt_copies(), 0);
    ck_assert_int_eq(stat(db_path, &after), 0);
    ck_assert_int_eq(after.st_ino, before.st_ino);
    ck_assert_int_eq(test_sql_int(db_path, "SELECT count(*) FROM sqlite_master"), tables);
}

START_TEST(foreign_or_newer_schema_is_left_alone)
{
    fresh_dir();
    test_sql_exec(db_path, "CREATE TABLE answers(x); PRAGMA user_version = 0;");
    expect_left_alone("foreign", "another program");
    fresh_dir();
    test_sql_exec(db_path, "CREATE TABLE photos(x); PRAGMA user_version = 0;");
    expect_left_alone("another program's", "another program");
    fresh_dir();
    test_sql_exec(db_path, "CREATE TABLE t(x); PRAGMA user_version = 99;");
    expect_left_alone("newer", "newer version of the game (schema 99");
    fresh_dir();
    test_sql_exec(db_path, "CREATE TABLE sessions(id); CREATE TABLE answers(id);"
                           "CREATE TABLE high_scores(id); PRAGMA user_version = 2;");
    expect_left_alone("wrong columns", "no such column");
}
END_TEST

static void expect_disabled(const char *path)
{
    Diag d = {0};
    Results *r = results_open(path, &d);
    ck_assert(!results_enabled(r));
    ck_assert_uint_eq(diag_count(&d, DIAG_ERROR), 1);
    ck_assert_msg(strstr(d.items[0].msg, "without saving"), "%s", d.items[0].msg);
    ck_assert_int_eq(results_session_begin(r, "play", NULL, NULL, "en", "2026"), 0);
    ResultsAnswer a = answer("2026", "q", true);
    ck_assert(!results_add_answer(r, 1, &a));
    ck_assert(!results_add_high_score(r, "play", "x", 1, "2026"));
    ck_assert_str_ne(results_error(r), "");
    ResultsScore top[3];
    ck_assert_uint_eq(results_high_scores(r, "play", NULL, top, 3), 0);
    size_t n = 9;
    ck_assert_ptr_null(results_mistakes(r, "1", &n));
    ck_assert_uint_eq(n, 0);
    bool ok;
    free(export(r, NULL, NULL, &ok));
    ck_assert(!ok);
    results_close(r);
    diag_clear(&d);
}

/* A folder the player may read but not write; as root the check runs in a
 * child that has become nobody, since root writes anywhere. */
START_TEST(unwritable_place_disables_saving)
{
    expect_disabled("/proc/amanquiz/results.sqlite"); /* refused even to root */
    fresh_dir();
    ck_assert_int_eq(chmod(dir, 0555), 0);
    if (geteuid() != 0) {
        expect_disabled(db_path);
        return;
    }
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        if (setgid(65534) != 0 || setuid(65534) != 0)
            _exit(2);
        Diag d = {0};
        Results *r = results_open(db_path, &d);
        bool ok = !results_enabled(r) && diag_count(&d, DIAG_ERROR) == 1 &&
                  strstr(d.items[0].msg, "without saving") &&
                  results_session_begin(r, "play", NULL, NULL, "en", "2026") == 0;
        _exit(ok ? 0 : 1);
    }
    wait_child_ok(pid);
    ck_assert_int_eq(access(db_path, F_OK), -1); /* nothing was created */
}
END_TEST

/* A file size limit makes every write fail as a full disk does. The child
 * opens a new store, then an existing one, and reports by exit status. */
START_TEST(full_disk_disables_saving_or_fails_the_write)
{
    fresh_dir();
    Diag d0 = {0};
    Results *r0 = results_open(db_path, &d0);
    play(r0, "1", "2026-01-01", 1);
    results_close(r0);
    char *other = xasprintf("%s/new.sqlite", dir);
    pid_t pid = fork();
    if (pid == 0) {
        signal(SIGXFSZ, SIG_IGN);
        struct rlimit lim = {0, 0};
        setrlimit(RLIMIT_FSIZE, &lim);
        Diag d = {0};
        Results *r = results_open(other, &d);
        if (results_enabled(r) || diag_count(&d, DIAG_ERROR) != 1)
            _exit(1);
        results_close(r);
        r = results_open(db_path, &d); /* opens: nothing to write yet */
        int64_t s = results_session_begin(r, "play", NULL, NULL, "en", "2026-01-02");
        ResultsAnswer a = answer("2026-01-02", "q9", true);
        bool wrote = s > 0 && results_add_answer(r, s, &a);
        if (results_enabled(r) && wrote)
            _exit(2);
        if (results_enabled(r) && !results_error(r)[0])
            _exit(3);
        results_close(r);
        _exit(0);
    }
    wait_child_ok(pid);
    ck_assert_int_eq(test_sql_int(db_path, "SELECT count(*) FROM answers"), 1);
    ck_assert_int_eq(corrupt_copies(), 0);
    free(other);
}
END_TEST

/* A trainer's spreadsheet names each question and the statement's sentence
 * behind it, from the bank; an id the bank lacks leaves them empty. */
START_TEST(export_names_the_question_and_its_source)
{
    fresh_dir();
    Diag d = {0};
    Results *r = results_open(db_path, &d);
    play(r, "7", "2026-07-01", 2); /* answers to q0 and q1 */
    static const char gift[] = "// @source: The statement was issued in Islamabad, Pakistan.\n"
                               "::q0::Where was it issued?{=Islamabad ~Karachi}\n";
    Bank *b = bank_new();
    ck_assert(bank_add_gift(b, "t.gift", gift, sizeof gift - 1, &d));
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    ck_assert(results_export_csv(r, f, NULL, NULL, b, &d));
    fclose(f);
    ck_assert_ptr_nonnull(strstr(buf, ",q0,1,1,100,1500,en,Where was it issued?,"
                                      "\"The statement was issued in Islamabad, Pakistan.\",\r\n"));
    const char *q1 = strstr(buf, ",q1,"), *eol = q1 ? strstr(q1, "\r\n") : NULL;
    /* not in the bank: empty, then the empty player */
    ck_assert(eol && eol[-1] == ',' && eol[-2] == ',' && eol[-3] == ',');
    free(buf);
    bank_free(b);
    results_close(r);
    diag_clear(&d);
}
END_TEST

START_TEST(export_refuses_a_bad_date)
{
    fresh_dir();
    Diag d = {0};
    Results *r = results_open(db_path, &d);
    const char *bad[] = {"2026-7-1", "yesterday", "2026-07-011", "2026/07/01", ""};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        FILE *f = fopen("/dev/null", "w");
        ck_assert(!results_export_csv(r, f, NULL, bad[i], NULL, &d));
        fclose(f);
    }
    ck_assert_uint_eq(diag_count(&d, DIAG_ERROR), 5);
    ck_assert_ptr_nonnull(strstr(d.items[1].msg, "'yesterday'"));
    FILE *full = fopen("/dev/full", "w");
    if (full) {
        play(r, "1", "2026-01-01", 3);
        ck_assert(!results_export_csv(r, full, NULL, NULL, NULL, &d));
        fclose(full);
    }
    results_close(r);
    diag_clear(&d);
}
END_TEST

/* ---- limits ---- */

START_TEST(empty_store_and_unknown_trainee)
{
    fresh_dir();
    Diag d = {0};
    Results *r = results_open(db_path, &d);
    bool ok;
    char *csv = export(r, NULL, NULL, &ok);
    ck_assert(ok);
    ck_assert_int_eq(count_lines(csv), 1);
    free(csv);
    size_t n = 5;
    ck_assert_ptr_null(results_mistakes(r, "nobody", &n));
    ck_assert_uint_eq(n, 0);
    ResultsScore top[1];
    ck_assert_uint_eq(results_high_scores(r, "kiosk", NULL, top, 1), 0);
    ck_assert(!results_session_end(r, 12345, "2026", 0));
    results_close(r);
}
END_TEST

START_TEST(urdu_text_and_long_names_round_trip)
{
    fresh_dir();
    Diag d = {0};
    Results *r = results_open(db_path, &d);
    const char *urdu = "\xd9\x85\xd8\xaf\xd8\xb1\xd8\xb3\xdb\x81 \xd8\xa7\xd9\x84\xd9\x81";
    char longname[200];
    memset(longname, 'n', sizeof longname - 1);
    longname[sizeof longname - 1] = '\0';
    ck_assert(results_add_high_score(r, "classroom", urdu, 10, "2026-09-01T00:00:00"));
    ck_assert(results_add_high_score(r, "classroom", longname, 5, "2026-09-01T00:00:00"));
    ResultsScore top[2];
    ck_assert_uint_eq(results_high_scores(r, "classroom", "2026-09-01", top, 2), 2);
    ck_assert_str_eq(top[0].name, urdu);
    ck_assert_uint_eq(strlen(top[1].name), sizeof top[1].name - 1); /* cut, terminated */
    results_close(r);
}
END_TEST

START_TEST(data_dir_override_and_xdg)
{
    fresh_dir();
    Diag d = {0};
    char *want = xasprintf("%s/a/b", dir);
    char *got = results_data_dir(want, &d);
    ck_assert_str_eq(got, want);
    free(got);
    setenv("XDG_DATA_HOME", dir, 1);
    got = results_data_dir(NULL, &d);
    char *xdg = xasprintf("%s/amanquiz", dir);
    ck_assert_str_eq(got, xdg);
    ck_assert_uint_eq(d.count, 0);
    ck_assert_ptr_null(results_data_dir("/proc/nope", &d));
    ck_assert_uint_eq(d.count, 1);
    char t[40], day[16];
    results_format_time(0, t, sizeof t);
    results_format_date(0, day, sizeof day);
    ck_assert_uint_eq(strlen(t), 25);
    ck_assert_int_eq(t[22], ':');
    ck_assert_int_eq(strncmp(t, day, 10), 0);
    free(got), free(want), free(xdg);
    diag_clear(&d);
}
END_TEST

/* ---- two games, full disks, downgrades (issue 19) ---- */

/* One game's round in a child: 30 answers, the end, a high score. Exit 0
 * only when every write returned true and nothing was said at opening. */
static void child_round(int go, int trainee)
{
    char buf;
    if (read(go, &buf, 1) < 0) /* the barrier: both start together */
        _exit(9);
    Diag d = {0};
    Results *r = results_open(db_path, &d);
    if (!results_enabled(r) || d.count)
        _exit(1);
    char who[8];
    snprintf(who, sizeof who, "%d", trainee);
    int64_t s = results_session_begin(r, "training", who, NULL, "en", "2026-05-01T10:00:00+05:00");
    if (s <= 0)
        _exit(2);
    for (int i = 0; i < 30; i++) {
        char qid[16];
        snprintf(qid, sizeof qid, "q%d", i);
        ResultsAnswer a = answer("2026-05-01T10:00:01+05:00", qid, i % 3 != 0);
        if (!results_add_answer(r, s, &a))
            _exit(3);
    }
    if (!results_session_end(r, s, "2026-05-01T10:05:00+05:00", 2000) ||
        !results_add_high_score(r, "training", who, 2000, "2026-05-01T10:05:00+05:00"))
        _exit(4);
    results_close(r);
    _exit(0);
}

static void race_two_games(void)
{
    int go[2];
    ck_assert_int_eq(pipe(go), 0);
    pid_t pid[2];
    for (int i = 0; i < 2; i++) {
        pid[i] = fork();
        ck_assert_int_ge(pid[i], 0);
        if (pid[i] == 0) {
            close(go[1]);
            child_round(go[0], i + 1);
        }
    }
    close(go[0]);
    close(go[1]); /* both reads return now */
    for (int i = 0; i < 2; i++) {
        int status;
        waitpid(pid[i], &status, 0);
        ck_assert_msg(WIFEXITED(status) && WEXITSTATUS(status) == 0, "game %d: status %d", i + 1,
                      status);
    }
    ck_assert_int_eq(test_sql_int(db_path, "SELECT count(*) FROM answers"), 60);
    ck_assert_int_eq(test_sql_int(db_path, "SELECT count(*) FROM sessions WHERE ended IS NOT NULL"),
                     2);
    ck_assert_int_eq(test_sql_int(db_path, "SELECT count(DISTINCT trainee) FROM sessions"), 2);
    ck_assert_int_eq(test_sql_int(db_path, "SELECT count(*) FROM high_scores"), 2);
    ck_assert_int_eq(test_sql_int(db_path, "PRAGMA user_version"), RESULTS_SCHEMA_VERSION);
    ck_assert_int_eq(corrupt_copies(), 0);
}

/* Issue 19, item 1: on today's main the second game called the first one's
 * new database damaged in most runs. */
START_TEST(two_games_on_a_new_folder_save_every_answer)
{
    for (int run = 0; run < 12; run++) {
        fresh_dir();
        race_two_games();
    }
}
END_TEST

static const char schema_v1[] =
    "CREATE TABLE sessions(id INTEGER PRIMARY KEY, mode TEXT NOT NULL, trainee TEXT,"
    " lang TEXT NOT NULL, started TEXT NOT NULL, ended TEXT, score INTEGER);"
    "CREATE TABLE answers(id INTEGER PRIMARY KEY, session INTEGER NOT NULL,"
    " time TEXT NOT NULL, question_id TEXT NOT NULL, chosen TEXT NOT NULL,"
    " correct INTEGER NOT NULL, points INTEGER NOT NULL, ms INTEGER NOT NULL,"
    " lang TEXT NOT NULL);"
    "CREATE TABLE high_scores(id INTEGER PRIMARY KEY, mode TEXT NOT NULL,"
    " name TEXT NOT NULL, score INTEGER NOT NULL, date TEXT NOT NULL);"
    "PRAGMA user_version = 1;";

START_TEST(two_games_upgrade_an_older_schema_together)
{
    for (int run = 0; run < 10; run++) {
        fresh_dir();
        test_sql_exec(db_path, schema_v1);
        race_two_games();
    }
}
END_TEST

/* Item 5: a full disk (a file size limit: no WAL frame fits) queues the
 * answers; they are saved when space returns, and what a quit cannot save
 * goes to the side file the next start reads back. */
START_TEST(full_disk_queues_answers_until_saved)
{
    fresh_dir();
    char *side = xasprintf("%s.unsaved", db_path);
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        signal(SIGXFSZ, SIG_IGN);
        Diag d = {0};
        Results *r = results_open(db_path, &d);
        int64_t s = results_session_begin(r, "training", "7", NULL, "en", "2026-06-01T09:00:00");
        struct rlimit full = {2048, RLIM_INFINITY}, space = {RLIM_INFINITY, RLIM_INFINITY};
        setrlimit(RLIMIT_FSIZE, &full);
        ResultsAnswer a = answer("2026-06-01T09:00:01", "q", true);
        for (int i = 0; i < 5; i++)
            if (results_add_answer(r, s, &a))
                _exit(1); /* the limit did not bite */
        if (results_unsaved(r) != 5 || !results_error(r)[0])
            _exit(2);
        setrlimit(RLIMIT_FSIZE, &space);
        if (!results_add_answer(r, s, &a) || results_unsaved(r) != 0)
            _exit(3); /* space is back: all six saved */
        setrlimit(RLIMIT_FSIZE, &full);
        int64_t s2 = results_session_begin(r, "training", "8", NULL, "en", "2026-06-01T09:10:00");
        for (int i = 0; i < 4; i++)
            results_add_answer(r, s2, &a);
        results_session_end(r, s2, "2026-06-01T09:20:00", 400);
        if (results_save_pending(r, &d) != 4 || d.count != 1 ||
            !strstr(d.items[0].msg, "4 answers"))
            _exit(4);
        results_close(r);
        _exit(0);
    }
    wait_child_ok(pid);
    ck_assert_int_eq(test_sql_int(db_path, "SELECT count(*) FROM answers"), 6);
    ck_assert_int_eq(access(side, F_OK), 0);
    Diag d = {0};
    Results *r = results_open(db_path, &d); /* the next start */
    ck_assert_msg(d.count == 1 && strstr(d.items[0].msg, "read back"), "%s",
                  d.count ? d.items[0].msg : "no message");
    ck_assert_uint_eq(results_unsaved(r), 0);
    results_close(r);
    diag_clear(&d);
    ck_assert_int_eq(test_sql_int(db_path, "SELECT count(*) FROM answers"), 10);
    ck_assert_int_eq(test_sql_int(db_path, "SELECT count(*) FROM sessions WHERE trainee = '8'"
                                           " AND ended IS NOT NULL AND score = 400"),
                     1);
    ck_assert_int_eq(test_sql_int(db_path, "SELECT count(*) FROM answers a JOIN sessions s"
                                           " ON s.id = a.session WHERE s.trainee = '8'"),
                     4);
    ck_assert_int_eq(access(side, F_OK), -1);
    free(side);
}
END_TEST

/* A side file line that is not a record is skipped, named by file:line. A
 * session record before schema 5 has no player; one after it has. */
START_TEST(side_file_bad_line_is_named)
{
    fresh_dir();
    char *side = xasprintf("%s.unsaved", db_path);
    const char text[] = "S\t-1\tplay\t\\N\ten\t2026-01-01\n"
                        "A\t-1\t2026-01-01\tq\\t1\t1\t1\t1\t100\t900\ten\n"
                        "garbage line\n"
                        "H\tplay\tAli\\\\Khan\t100\t2026-01-01\n"
                        "S\t-2\tclassroom\t\\N\ten\t2026-01-02\tZainab\n";
    write_bytes(side, text, sizeof text - 1);
    Diag d = {0};
    Results *r = results_open(db_path, &d);
    ck_assert_uint_eq(diag_count(&d, DIAG_WARNING), 1);
    ck_assert_int_eq(d.items[0].line, 3);
    results_close(r);
    diag_clear(&d);
    ck_assert_int_eq(
        test_sql_int(db_path, "SELECT count(*) FROM answers WHERE question_id = 'q\t1'"), 1);
    ck_assert_int_eq(
        test_sql_int(db_path, "SELECT count(*) FROM high_scores WHERE name = 'Ali\\Khan'"), 1);
    ck_assert_int_eq(test_sql_int(db_path, "SELECT count(*) FROM sessions WHERE trainee IS NULL"),
                     2);
    ck_assert_int_eq(test_sql_int(db_path, "SELECT count(*) FROM sessions WHERE player IS NULL"),
                     1);
    ck_assert_int_eq(test_sql_int(db_path, "SELECT count(*) FROM sessions WHERE player = 'Zainab'"),
                     1);
    free(side);
}
END_TEST

/* Item 6: the table keeps the best of each list, not one row per round. */
START_TEST(high_scores_are_capped_per_mode_and_list)
{
    fresh_dir();
    Diag d = {0};
    Results *r = results_open(db_path, &d);
    for (int day = 1; day <= 2; day++)
        for (int i = 1; i <= 80; i++) {
            char t[40];
            snprintf(t, sizeof t, "2026-07-0%dT10:%02d:%02d+05:00", day, i / 60, i % 60);
            ck_assert(results_add_high_score(r, "play", "p", i * 10, t));
        }
    ck_assert(results_add_high_score(r, "kiosk", "k", 5, "2026-07-01T10:00:00+05:00"));
    ResultsScore top[RESULTS_KEEP_SCORES];
    ck_assert_uint_eq(results_high_scores(r, "play", NULL, top, 3), 3);
    ck_assert_int_eq(top[0].score, 800);
    ck_assert_int_eq(top[2].score, 790);
    ck_assert_uint_eq(results_high_scores(r, "play", "2026-07-01", top, RESULTS_KEEP_SCORES),
                      RESULTS_KEEP_SCORES);
    ck_assert_int_eq(top[RESULTS_KEEP_SCORES - 1].score, 310);
    ck_assert_uint_eq(results_high_scores(r, "kiosk", NULL, top, 3), 1);
    results_close(r);
    ck_assert_int_le(test_sql_int(db_path, "SELECT count(*) FROM high_scores WHERE mode = 'play'"),
                     2 * RESULTS_KEEP_SCORES);
    diag_clear(&d);
}
END_TEST

/* Item 4: an export opens read-only: a newer or older schema is read as it
 * is, nothing is created, moved or migrated. */
START_TEST(export_reads_only)
{
    fresh_dir();
    Diag d = {0};
    ck_assert_ptr_null(results_open_readonly(db_path, &d));
    ck_assert_int_eq(access(db_path, F_OK), -1);
    ck_assert_uint_eq(diag_count(&d, DIAG_ERROR), 1);
    diag_clear(&d);
    test_sql_exec(db_path, schema_v1);
    test_sql_exec(db_path,
                  "INSERT INTO sessions VALUES(1, 'training', '4', 'en', '2026', NULL, NULL);"
                  "INSERT INTO answers VALUES(1, 1, '2026-01-01', 'q1', '1', 1, 100, 9, 'en');"
                  "PRAGMA user_version = 7; CREATE TABLE later(x);");
    Results *r = results_open_readonly(db_path, &d);
    ck_assert_msg(r != NULL, "%s", d.count ? d.items[0].msg : "");
    ck_assert(!results_enabled(r));
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    ck_assert(results_export_csv(r, f, NULL, NULL, NULL, &d));
    fclose(f);
    ck_assert_int_eq(count_lines(buf), 2);
    ck_assert_ptr_nonnull(strstr(buf, "q1"));
    free(buf);
    ck_assert_int_eq(results_session_begin(r, "play", NULL, NULL, "en", "2026"), 0);
    results_close(r);
    ck_assert_int_eq(test_sql_int(db_path, "PRAGMA user_version"), 7);
    ck_assert_int_eq(corrupt_copies(), 0);
    diag_clear(&d);
    /* Garbage: refused with a message, left where it is. */
    write_bytes(db_path,
                "not a database, not at all, no"
                "t a database at all",
                50);
    ck_assert_ptr_null(results_open_readonly(db_path, &d));
    ck_assert_uint_eq(diag_count(&d, DIAG_ERROR), 1);
    ck_assert_int_eq(corrupt_copies(), 0);
    diag_clear(&d);
}
END_TEST

/* A WAL database in a folder nobody may write (as a read-only mount) is
 * still exported; as root, the check runs as nobody. */
START_TEST(export_works_in_a_read_only_folder)
{
    fresh_dir();
    Diag d = {0};
    Results *w = results_open(db_path, &d);
    play(w, "4", "2026-02-02", 3);
    results_close(w);
    ck_assert_int_eq(chmod(db_path, 0444), 0);
    ck_assert_int_eq(chmod(dir, 0555), 0);
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0))
            _exit(2);
        Results *r = results_open_readonly(db_path, &d);
        if (!r)
            _exit(3);
        FILE *f = fopen("/dev/null", "w");
        bool ok = results_export_csv(r, f, NULL, NULL, NULL, &d);
        fclose(f);
        results_close(r);
        _exit(ok ? 0 : 4);
    }
    wait_child_ok(pid);
}
END_TEST

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    ck_assert_ptr_nonnull(f);
    char *buf = xcalloc(1, 1 << 16);
    size_t n = fread(buf, 1, (1 << 16) - 1, f);
    buf[n] = '\0';
    fclose(f);
    return buf;
}

/* How many files in the test folder (the export's temporary files show). */
static int files_in_dir(void)
{
    char *cmd = xasprintf("ls -A %s | wc -l", dir);
    FILE *p = popen(cmd, "r");
    int n = -1;
    if (fscanf(p, "%d", &n) != 1)
        n = -1;
    pclose(p);
    free(cmd);
    return n;
}

/* Item 7: a failed export leaves the earlier export as it was; a target
 * that is not a regular file is refused and left alone. */
START_TEST(failed_export_keeps_what_was_there)
{
    big_database();
    char *target = xasprintf("%s/results.csv", dir);
    write_bytes(target, "the earlier export\r\n", 20);
    Diag d = {0};
    Results *r = results_open_readonly(db_path, &d);
    ck_assert_ptr_nonnull(r);
    int before = files_in_dir();
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) { /* the disk fills after 4 KB */
        signal(SIGXFSZ, SIG_IGN);
        struct rlimit lim = {4096, RLIM_INFINITY};
        setrlimit(RLIMIT_FSIZE, &lim);
        _exit(results_export_file(r, target, NULL, NULL, NULL, &d) ? 1 : 0);
    }
    wait_child_ok(pid);
    char *kept = slurp(target);
    ck_assert_str_eq(kept, "the earlier export\r\n");
    free(kept);
    ck_assert_int_eq(files_in_dir(), before);                        /* no temporary file left */
    ck_assert(results_export_file(r, target, NULL, NULL, NULL, &d)); /* with space: replaced */
    kept = slurp(target);
    ck_assert_ptr_nonnull(strstr(kept, "trainee,session"));
    free(kept);
    char *fifo = xasprintf("%s/pipe.csv", dir);
    ck_assert_int_eq(mkfifo(fifo, 0600), 0);
    ck_assert(!results_export_file(r, fifo, NULL, NULL, NULL, &d));
    ck_assert_msg(d.count == 1 && strstr(d.items[0].msg, "not a regular file"), "%s",
                  d.count ? d.items[0].msg : "");
    struct stat st;
    ck_assert_int_eq(lstat(fifo, &st), 0);
    ck_assert(S_ISFIFO(st.st_mode));
    results_close(r);
    diag_clear(&d);
    free(fifo);
    free(target);
}
END_TEST

static Suite *results_suite(void)
{
    Suite *s = suite_create("results");
    TCase *core = tcase_create("core");
    tcase_add_checked_fixture(core, NULL, remove_dir);
    tcase_add_test(core, fresh_database_gets_the_schema);
    tcase_add_test(core, older_schema_is_migrated_keeping_rows);
    tcase_add_test(core, answers_persist_after_closing);
    tcase_add_test(core, answers_survive_a_process_exit_mid_session);
    tcase_add_test(core, answers_survive_kill_9);
    tcase_add_test(core, high_scores_daily_and_all_time);
    tcase_add_test(core, mistakes_are_the_latest_wrong_answers_of_the_trainee);
    tcase_add_test(core, csv_export_filters_and_quotes);
    tcase_add_test(core, export_names_the_question_and_its_source);
    suite_add_tcase(s, core);
    TCase *errors = tcase_create("errors");
    tcase_add_checked_fixture(errors, NULL, remove_dir);
    tcase_add_test(errors, garbage_file_is_moved_aside);
    tcase_add_test(errors, truncated_database_is_moved_aside);
    tcase_add_test(errors, scribbled_page_is_moved_aside);
    tcase_add_test(errors, foreign_or_newer_schema_is_left_alone);
    tcase_add_test(errors, unwritable_place_disables_saving);
    tcase_add_test(errors, full_disk_disables_saving_or_fails_the_write);
    tcase_add_test(errors, export_refuses_a_bad_date);
    suite_add_tcase(s, errors);
    TCase *limits = tcase_create("limits");
    tcase_add_checked_fixture(limits, NULL, remove_dir);
    tcase_add_test(limits, empty_store_and_unknown_trainee);
    tcase_add_test(limits, urdu_text_and_long_names_round_trip);
    tcase_add_test(limits, data_dir_override_and_xdg);
    tcase_add_test(limits, two_games_on_a_new_folder_save_every_answer);
    tcase_add_test(limits, two_games_upgrade_an_older_schema_together);
    tcase_add_test(limits, high_scores_are_capped_per_mode_and_list);
    tcase_add_test(errors, full_disk_queues_answers_until_saved);
    tcase_add_test(errors, side_file_bad_line_is_named);
    tcase_add_test(errors, export_reads_only);
    tcase_add_test(errors, export_works_in_a_read_only_folder);
    tcase_add_test(errors, failed_export_keeps_what_was_there);
    suite_add_tcase(s, limits);
    return s;
}

int main(void)
{
    int rc = run_suite(results_suite());
    free(db_path);
    return rc;
}
