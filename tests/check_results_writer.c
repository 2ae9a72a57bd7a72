/* The results store's writer thread (game/core/results_writer.h): writes
 * queued and done in order on its thread, asks that see the writes queued
 * before them, refused writes kept and saved later, flush and close that
 * drain the queue; without the thread, everything at once as before. */
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "results_stats.h"
#include "results_writer.h"
#include "testutil.h"
#include "util.h"

static char dir[64];
static char *db_path;

static void remove_dir(void)
{
    test_remove_dir(dir);
}

static Results *fresh_store(void)
{
    test_fresh_dir(dir, "writer");
    free(db_path);
    db_path = results_default_path(dir);
    Diag d = {0};
    Results *r = results_open(db_path, &d);
    ck_assert_msg(results_enabled(r), "%s", d.count ? d.items[0].msg : "");
    diag_clear(&d);
    return r;
}

static ResultsAnswer answer(const char *qid, bool correct)
{
    return (ResultsAnswer){.time = "2026-06-01T09:00:00+05:00",
                           .question_id = qid,
                           .chosen = correct ? "1" : "2",
                           .correct = correct,
                           .fraction = correct,
                           .points = correct ? 100 : 0,
                           .ms = 1500,
                           .lang = "en"};
}

/* Trainee's answers as a report reads them, in order: the question ids
 * joined by spaces, and on which thread the read ran. */
typedef struct {
    ResultsAsk ask;
    char trainee[16];
    char ids[4096];
    size_t n;
    pthread_t ran_on;
    int *delivered;
} RowsAsk;

static void run_rows(Results *r, ResultsAsk *ask)
{
    RowsAsk *a = (RowsAsk *)ask;
    a->ran_on = pthread_self();
    Diag d = {0};
    ResultsRows *rows = results_rows(r, a->trainee, NULL, &d);
    diag_clear(&d);
    a->n = rows ? results_rows_count(rows) : 0;
    for (size_t i = 0; i < a->n; i++) {
        size_t len = strlen(a->ids);
        snprintf(a->ids + len, sizeof a->ids - len, "%s%s", len ? " " : "",
                 results_rows_get(rows, i)->question_id);
    }
    results_rows_free(rows);
}

/* Copies the answer out to the test's RowsAsk before the store frees it. */
static void rows_done(ResultsAsk *ask, void *user)
{
    RowsAsk *a = (RowsAsk *)ask, *out = user;
    *out = *a;
    (*a->delivered)++;
}

static RowsAsk *rows_ask(const char *trainee, int *delivered)
{
    RowsAsk *a = xcalloc(1, sizeof *a);
    a->ask = (ResultsAsk){.run = run_rows, .done = rows_done};
    snprintf(a->trainee, sizeof a->trainee, "%s", trainee);
    a->delivered = delivered;
    return a;
}

/* "q0 q1 ... q(n-1)" */
static void expected_ids(char *buf, size_t size, int n)
{
    buf[0] = '\0';
    for (int i = 0; i < n; i++) {
        size_t len = strlen(buf);
        snprintf(buf + len, size - len, "%sq%d", i ? " " : "", i);
    }
}

/* ---- core ---- */

START_TEST(the_writer_stores_every_answer_in_order_and_a_later_ask_sees_them)
{
    Results *r = fresh_store();
    ck_assert(results_start_writer(r));
    ck_assert(results_writer_running(r));
    int64_t s = results_session_begin(r, "training", "7", NULL, "en", "2026-06-01T09:00:00");
    ck_assert_int_lt(s, 0); /* a key: the row is written on the thread */
    enum { N = 120 };
    for (int i = 0; i < N; i++) {
        char qid[16];
        snprintf(qid, sizeof qid, "q%d", i);
        ResultsAnswer a = answer(qid, i % 3 != 0);
        ck_assert(results_add_answer(r, s, &a));
    }
    ck_assert(results_session_end(r, s, "2026-06-01T09:10:00", 8000));
    int delivered = 0;
    RowsAsk got = {0};
    uint64_t t = results_ask(r, &rows_ask("7", &delivered)->ask);
    ck_assert_uint_gt(t, 0);
    results_wait(r, t);
    ck_assert_int_eq(delivered, 0); /* only results_poll hands answers over */
    ck_assert_uint_eq(results_poll(r, &got), 1);
    ck_assert_int_eq(delivered, 1);
    ck_assert(!pthread_equal(got.ran_on, pthread_self()));
    char want[4096];
    expected_ids(want, sizeof want, N);
    ck_assert_uint_eq(got.n, N);
    ck_assert_str_eq(got.ids, want);
    ck_assert_uint_eq(results_poll(r, &got), 0);
    ck_assert(!results_take_failure(r));
    results_close(r);
    ck_assert_int_eq(test_sql_int(db_path, "SELECT count(*) FROM answers"), N);
    ck_assert_int_eq(test_sql_int(db_path, "SELECT score FROM sessions WHERE trainee = '7'"), 8000);
    /* the fleet's outbox got its events in the order of the rows */
    ck_assert_int_eq(test_sql_int(db_path, "SELECT count(*) FROM outbox"), N + 2);
    ck_assert_int_eq(test_sql_int(db_path, "SELECT count(*) FROM outbox o JOIN outbox p"
                                           " ON p.seq = o.seq + 1 WHERE o.kind = 'answer'"
                                           " AND p.kind = 'answer' AND p.ref <= o.ref"),
                     0);
}
END_TEST

START_TEST(flush_and_close_wait_for_everything_queued)
{
    Results *r = fresh_store();
    ck_assert(results_start_writer(r));
    int64_t s = results_session_begin(r, "play", NULL, "Ayesha", "en", "2026-06-01T09:00:00");
    ResultsAnswer a = answer("q", true);
    for (int i = 0; i < 40; i++)
        results_add_answer(r, s, &a);
    results_flush(r);
    /* another connection sees them all before the store is closed */
    ck_assert_int_eq(test_sql_int(db_path, "SELECT count(*) FROM answers"), 40);
    for (int i = 0; i < 40; i++)
        results_add_answer(r, s, &a);
    results_add_high_score(r, "play", "Ayesha", 4000, "2026-06-01T09:10:00");
    results_close(r); /* at once after queueing: close drains */
    ck_assert_int_eq(test_sql_int(db_path, "SELECT count(*) FROM answers"), 80);
    ck_assert_int_eq(test_sql_int(db_path, "SELECT count(*) FROM high_scores"), 1);
}
END_TEST

/* No thread (the command line tools): an ask runs before results_ask
 * returns, on this thread; its answer still waits for results_poll. */
START_TEST(without_the_writer_everything_runs_at_once)
{
    Results *r = fresh_store();
    ck_assert(!results_writer_running(r));
    int64_t s = results_session_begin(r, "training", "8", NULL, "en", "2026-06-01T09:00:00");
    ck_assert_int_gt(s, 0); /* the row's id at once */
    ResultsAnswer a = answer("q0", true);
    ck_assert(results_add_answer(r, s, &a));
    ck_assert_int_eq(test_sql_int(db_path, "SELECT count(*) FROM answers"), 1);
    int delivered = 0;
    RowsAsk got = {0};
    results_ask(r, &rows_ask("8", &delivered)->ask);
    ck_assert_int_eq(delivered, 0);
    ck_assert_uint_eq(results_poll(r, &got), 1);
    ck_assert(pthread_equal(got.ran_on, pthread_self()));
    ck_assert_str_eq(got.ids, "q0");
    results_close(r);
}
END_TEST

/* An answer nobody polled is freed with the store (the sanitizer build's
 * leak check says so); a store closed with asks queued runs them first. */
START_TEST(answers_not_polled_are_dropped_at_close)
{
    Results *r = fresh_store();
    ck_assert(results_start_writer(r));
    int delivered = 0;
    for (int i = 0; i < 5; i++)
        results_ask(r, &rows_ask("9", &delivered)->ask);
    results_close(r);
    ck_assert_int_eq(delivered, 0);
}
END_TEST

/* ---- errors ---- */

/* A disabled store has no thread: everything stays as it was. */
START_TEST(a_disabled_store_starts_no_writer)
{
    test_fresh_dir(dir, "writer");
    char *path = xasprintf("%s/no/such/folder/results.sqlite", dir);
    Diag d = {0};
    Results *r = results_open(path, &d);
    diag_clear(&d);
    ck_assert(!results_enabled(r));
    ck_assert(!results_start_writer(r));
    ck_assert_int_eq(results_session_begin(r, "play", NULL, NULL, "en", "2026"), 0);
    results_close(r);
    free(path);
}
END_TEST

/* A full disk (the file size limit) on the thread: the writes are kept in
 * the queue of refused writes, the caller is told once with the reason,
 * and they are saved when space is back or go to the side file at close. */
START_TEST(a_refused_write_is_kept_told_and_saved_later)
{
    Results *r0 = fresh_store();
    results_close(r0);
    char *side = xasprintf("%s.unsaved", db_path);
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        signal(SIGXFSZ, SIG_IGN);
        Diag d = {0};
        Results *r = results_open(db_path, &d);
        if (!results_start_writer(r))
            _exit(1);
        int64_t s = results_session_begin(r, "training", "7", NULL, "en", "2026-06-01T09:00:00");
        results_flush(r);
        struct rlimit full = {2048, RLIM_INFINITY}, space = {RLIM_INFINITY, RLIM_INFINITY};
        setrlimit(RLIMIT_FSIZE, &full);
        ResultsAnswer a = answer("q", true);
        for (int i = 0; i < 5; i++)
            if (!results_add_answer(r, s, &a))
                _exit(2); /* queued for the thread: true */
        results_flush(r);
        if (!results_take_failure(r) || !results_error(r)[0])
            _exit(3); /* told, with the reason */
        if (results_take_failure(r))
            _exit(4); /* once */
        if (results_unsaved(r) != 5)
            _exit(5);
        setrlimit(RLIMIT_FSIZE, &space);
        results_add_answer(r, s, &a);
        results_flush(r);
        if (results_unsaved(r) != 0 || results_take_failure(r))
            _exit(6); /* space is back: all six saved */
        setrlimit(RLIMIT_FSIZE, &full);
        int64_t s2 = results_session_begin(r, "training", "8", NULL, "en", "2026-06-01T09:10:00");
        for (int i = 0; i < 4; i++)
            results_add_answer(r, s2, &a);
        results_session_end(r, s2, "2026-06-01T09:20:00", 400);
        /* no flush: save_pending lets the thread finish, then keeps the rest */
        if (results_save_pending(r, &d) != 4 || d.count != 1 ||
            !strstr(d.items[0].msg, "4 answers"))
            _exit(7);
        results_close(r);
        _exit(0);
    }
    int status;
    waitpid(pid, &status, 0);
    ck_assert_msg(WIFEXITED(status) && WEXITSTATUS(status) == 0, "child status %d", status);
    ck_assert_int_eq(test_sql_int(db_path, "SELECT count(*) FROM answers"), 6);
    ck_assert_int_eq(access(side, F_OK), 0);
    Diag d = {0};
    Results *r = results_open(db_path, &d); /* the next start saves the side file */
    ck_assert(results_start_writer(r));
    results_close(r);
    diag_clear(&d);
    ck_assert_int_eq(test_sql_int(db_path, "SELECT count(*) FROM answers"), 10);
    ck_assert_int_eq(test_sql_int(db_path, "SELECT count(*) FROM sessions WHERE trainee = '8'"
                                           " AND ended IS NOT NULL AND score = 400"),
                     1);
    ck_assert_int_eq(access(side, F_OK), -1);
    free(side);
}
END_TEST

static Suite *writer_suite(void)
{
    Suite *s = suite_create("results_writer");
    TCase *core = tcase_create("core");
    tcase_add_checked_fixture(core, NULL, remove_dir);
    tcase_add_test(core, the_writer_stores_every_answer_in_order_and_a_later_ask_sees_them);
    tcase_add_test(core, flush_and_close_wait_for_everything_queued);
    tcase_add_test(core, without_the_writer_everything_runs_at_once);
    tcase_add_test(core, answers_not_polled_are_dropped_at_close);
    suite_add_tcase(s, core);
    TCase *errors = tcase_create("errors");
    tcase_add_checked_fixture(errors, NULL, remove_dir);
    tcase_add_test(errors, a_disabled_store_starts_no_writer);
    tcase_add_test(errors, a_refused_write_is_kept_told_and_saved_later);
    suite_add_tcase(s, errors);
    return s;
}

int main(void)
{
    int rc = run_suite(writer_suite());
    free(db_path);
    return rc;
}
