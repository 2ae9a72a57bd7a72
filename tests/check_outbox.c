/* The outbox: every stored row becomes an event in its own transaction,
 * events come out in order with their rows, an acknowledgement removes
 * exactly what the centre has, an older database's history is queued by
 * the migration, and credentials are redacted. */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "outbox.h"
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

static void fresh_dir(void)
{
    test_fresh_dir(dir, "outbox");
    free(db_path);
    db_path = results_default_path(dir);
}

/* A round of three answers (the second wrong) by trainee 7, ended, with a
 * high score: 1 session + 3 answers + 1 end + 1 high score = 6 events. */
static void play_round(Results *r)
{
    int64_t s =
        results_session_begin(r, "training", "7", "Recruit 7", "ur", "2026-11-28T10:00:00+05:00");
    ck_assert_int_gt(s, 0);
    for (int i = 0; i < 3; i++) {
        char id[8];
        snprintf(id, sizeof id, "q%d", i);
        ResultsAnswer a = {"2026-11-28T10:00:05+05:00",
                           id,
                           i == 1 ? "B" : "A",
                           i != 1,
                           i != 1 ? 1.0 : 0.0,
                           i != 1 ? 100 : 0,
                           1500 + i,
                           "ur"};
        ck_assert(results_add_answer(r, s, &a));
    }
    ck_assert(results_session_end(r, s, "2026-11-28T10:01:00+05:00", 200));
    ck_assert(results_add_high_score(r, "training", "7", 200, "2026-11-28T10:01:00+05:00"));
}

static Outbox *open_outbox(void)
{
    char err[256] = "";
    Outbox *o = outbox_open(db_path, err, sizeof err);
    ck_assert_msg(o != NULL, "%s", err);
    return o;
}

START_TEST(every_row_becomes_an_event_in_order)
{
    fresh_dir();
    Diag d = {0};
    Results *r = results_open(db_path, &d);
    play_round(r);
    Outbox *o = open_outbox();
    OutboxBatch b;
    char err[256];
    ck_assert(outbox_next(o, 100, &b, err, sizeof err));
    ck_assert_uint_eq(b.count, 6);
    OutboxKind want[] = {OUTBOX_SESSION, OUTBOX_ANSWER,      OUTBOX_ANSWER,
                         OUTBOX_ANSWER,  OUTBOX_SESSION_END, OUTBOX_HIGH_SCORE};
    for (size_t i = 0; i < 6; i++) {
        ck_assert_int_eq(b.events[i].kind, want[i]);
        ck_assert(!b.events[i].missing);
        if (i)
            ck_assert_int_gt(b.events[i].seq, b.events[i - 1].seq);
    }
    ck_assert_str_eq(b.events[0].trainee, "7");
    ck_assert_str_eq(b.events[0].lang, "ur");
    ck_assert_str_eq(b.events[0].name, "Recruit 7"); /* the session's player */
    ck_assert_str_eq(b.events[2].question_id, "q1");
    ck_assert_str_eq(b.events[2].chosen, "B");
    ck_assert(!b.events[2].correct);
    ck_assert_int_eq(b.events[3].ms, 1502);
    ck_assert_int_eq(b.events[3].session, b.events[0].ref);
    ck_assert_str_eq(b.events[4].ended, "2026-11-28T10:01:00+05:00");
    ck_assert_int_eq(b.events[4].points, 200);
    ck_assert_str_eq(b.events[5].name, "7");
    outbox_batch_free(&b);
    outbox_close(o);
    results_close(r);
    diag_clear(&d);
}
END_TEST

START_TEST(ack_removes_exactly_what_the_centre_has)
{
    fresh_dir();
    Diag d = {0};
    Results *r = results_open(db_path, &d);
    play_round(r);
    Outbox *o = open_outbox();
    OutboxBatch b;
    char err[256];
    ck_assert(outbox_next(o, 4, &b, err, sizeof err));
    ck_assert_uint_eq(b.count, 4);
    int64_t last = b.events[3].seq;
    outbox_batch_free(&b);
    ck_assert(outbox_ack(o, last, "2026-11-28T10:02:00+05:00", err, sizeof err));
    OutboxStatus st;
    ck_assert(outbox_status(o, &st, err, sizeof err));
    ck_assert_int_eq(st.waiting, 2);
    ck_assert_str_eq(st.last_success, "2026-11-28T10:02:00+05:00");
    ck_assert_str_eq(st.last_error, "");
    ck_assert_str_eq(st.device, outbox_device(o));
    ck_assert_uint_eq(strlen(st.device), 36);
    ck_assert(outbox_next(o, 100, &b, err, sizeof err));
    ck_assert_uint_eq(b.count, 2);
    ck_assert_int_eq(b.events[0].kind, OUTBOX_SESSION_END);
    ck_assert_int_gt(b.events[0].seq, last);
    outbox_batch_free(&b);
    /* An answer written now is waiting at once: same transaction as its row. */
    ResultsAnswer a = {"2026-11-28T10:03:00+05:00", "q9", "A", true, 1.0, 100, 900, "en"};
    ck_assert(results_add_answer(r, 1, &a));
    ck_assert(outbox_status(o, &st, err, sizeof err));
    ck_assert_int_eq(st.waiting, 3);
    ck_assert(outbox_record_error(o, "2026-11-28T10:04:00+05:00", "cannot connect"));
    ck_assert(outbox_status(o, &st, err, sizeof err));
    ck_assert_str_eq(st.last_error, "cannot connect");
    ck_assert_str_eq(st.last_success, "2026-11-28T10:02:00+05:00");
    char id[64];
    outbox_event_id(o, 42, id, sizeof id);
    ck_assert_str_eq(strchr(id, ':'), ":42");
    outbox_close(o);
    results_close(r);
    diag_clear(&d);
}
END_TEST

START_TEST(migration_queues_the_history_of_an_older_database)
{
    fresh_dir();
    test_sql_exec(
        db_path,
        "CREATE TABLE sessions(id INTEGER PRIMARY KEY, mode TEXT NOT NULL, trainee TEXT,"
        " lang TEXT NOT NULL, started TEXT NOT NULL, ended TEXT, score INTEGER);"
        "CREATE TABLE answers(id INTEGER PRIMARY KEY,"
        " session INTEGER NOT NULL REFERENCES sessions(id), time TEXT NOT NULL,"
        " question_id TEXT NOT NULL, chosen TEXT NOT NULL, correct INTEGER NOT NULL,"
        " points INTEGER NOT NULL, ms INTEGER NOT NULL, lang TEXT NOT NULL);"
        "CREATE TABLE high_scores(id INTEGER PRIMARY KEY, mode TEXT NOT NULL,"
        " name TEXT NOT NULL, score INTEGER NOT NULL, date TEXT NOT NULL);"
        "INSERT INTO sessions VALUES(1, 'play', NULL, 'en', '2026-01-01', '2026-01-01', 5);"
        "INSERT INTO sessions VALUES(2, 'play', NULL, 'en', '2026-01-02', NULL, NULL);"
        "INSERT INTO answers VALUES(1, 1, '2026-01-01', 'q1', 'A', 1, 100, 10, 'en');"
        "INSERT INTO answers VALUES(2, 2, '2026-01-02', 'q2', 'B', 0, 0, 10, 'en');"
        "PRAGMA user_version = 1;");
    Diag d = {0};
    Results *r = results_open(db_path, &d);
    ck_assert_uint_eq(d.count, 0);
    Outbox *o = open_outbox();
    OutboxBatch b;
    char err[256];
    ck_assert(outbox_next(o, 100, &b, err, sizeof err));
    /* Sessions before their answers, then the one ended session. */
    ck_assert_uint_eq(b.count, 5);
    OutboxKind want[] = {OUTBOX_SESSION, OUTBOX_SESSION, OUTBOX_ANSWER, OUTBOX_ANSWER,
                         OUTBOX_SESSION_END};
    for (size_t i = 0; i < 5; i++)
        ck_assert_int_eq(b.events[i].kind, want[i]);
    ck_assert_int_eq(b.events[4].ref, 1);
    outbox_batch_free(&b);
    outbox_close(o);
    results_close(r);
    diag_clear(&d);
}
END_TEST

/* A refused event leaves the queue with its reason and time, the events
 * after it still come out and are acknowledged around it, its row stays,
 * and a release puts it back first under its own seq. */
START_TEST(a_held_event_is_set_aside_until_released)
{
    fresh_dir();
    Diag d = {0};
    Results *r = results_open(db_path, &d);
    play_round(r);
    Outbox *o = open_outbox();
    OutboxBatch b;
    char err[256];
    ck_assert(outbox_next(o, 100, &b, err, sizeof err));
    int64_t bad = b.events[2].seq, after = b.events[3].seq, last = b.events[5].seq;
    ck_assert_int_eq(b.events[2].kind, OUTBOX_ANSWER);
    outbox_batch_free(&b);
    ck_assert_msg(
        outbox_hold(o, bad, "2026-11-28T10:05:00+05:00", "invalid byte sequence", err, sizeof err),
        "%s", err);
    /* Not waiting any more: a second hold of it is refused and changes nothing. */
    ck_assert(!outbox_hold(o, bad, "2026-11-28T10:06:00+05:00", "again", err, sizeof err));
    ck_assert(strstr(err, "not waiting") != NULL);
    OutboxStatus st;
    ck_assert(outbox_status(o, &st, err, sizeof err));
    ck_assert_int_eq(st.waiting, 5);
    ck_assert_int_eq(st.held, 1);
    ck_assert_int_eq(st.held_seq, bad);
    ck_assert_str_eq(st.held_reason, "invalid byte sequence");
    ck_assert_str_eq(st.held_at, "2026-11-28T10:05:00+05:00");
    ck_assert(outbox_next(o, 100, &b, err, sizeof err));
    ck_assert_uint_eq(b.count, 5);
    for (size_t i = 0; i < b.count; i++)
        ck_assert_int_ne(b.events[i].seq, bad);
    ck_assert_int_eq(b.events[2].seq, after);
    outbox_batch_free(&b);
    /* The centre takes everything else: the queue is empty, the held one stays. */
    ck_assert(outbox_ack(o, last, "2026-11-28T10:07:00+05:00", err, sizeof err));
    ck_assert(outbox_status(o, &st, err, sizeof err));
    ck_assert_int_eq(st.waiting, 0);
    ck_assert_int_eq(st.held, 1);
    ck_assert(outbox_next(o, 100, &b, err, sizeof err));
    ck_assert_uint_eq(b.count, 0);
    outbox_batch_free(&b);
    ck_assert_int_eq(test_sql_int(db_path, "SELECT count(*) FROM answers"), 3);
    /* After a fix on the server: back in the queue, first, as the same event. */
    long long n = 0;
    ck_assert(outbox_release_held(o, &n, err, sizeof err));
    ck_assert_int_eq(n, 1);
    ck_assert(outbox_status(o, &st, err, sizeof err));
    ck_assert_int_eq(st.waiting, 1);
    ck_assert_int_eq(st.held, 0);
    ck_assert_str_eq(st.held_reason, "");
    ck_assert(outbox_next(o, 100, &b, err, sizeof err));
    ck_assert_uint_eq(b.count, 1);
    ck_assert_int_eq(b.events[0].seq, bad);
    ck_assert_str_eq(b.events[0].question_id, "q1");
    outbox_batch_free(&b);
    /* Nothing held: a release is a no-op. */
    ck_assert(outbox_release_held(o, &n, err, sizeof err));
    ck_assert_int_eq(n, 0);
    /* New events still get new numbers after the released one. */
    ResultsAnswer a = {"2026-11-28T10:08:00+05:00", "q9", "A", true, 1.0, 100, 900, "en"};
    ck_assert(results_add_answer(r, 1, &a));
    ck_assert(outbox_next(o, 100, &b, err, sizeof err));
    ck_assert_uint_eq(b.count, 2);
    ck_assert_int_gt(b.events[1].seq, last);
    outbox_batch_free(&b);
    outbox_close(o);
    results_close(r);
    diag_clear(&d);
}
END_TEST

/* A database of schema 5 (before the held events) gains the table and keeps
 * its queue; the migration is the one of results_open. */
START_TEST(schema_5_gains_the_held_events)
{
    fresh_dir();
    Diag d = {0};
    Results *r = results_open(db_path, &d);
    play_round(r);
    results_close(r);
    test_sql_exec(db_path, "DROP TABLE outbox_held; PRAGMA user_version = 5;");
    r = results_open(db_path, &d);
    ck_assert_msg(results_enabled(r) && d.count == 0, "%s", d.count ? d.items[0].msg : "");
    results_close(r);
    ck_assert_int_eq(test_sql_int(db_path, "PRAGMA user_version"), RESULTS_SCHEMA_VERSION);
    ck_assert_int_eq(test_sql_int(db_path, "SELECT count(*) FROM outbox"), 6);
    ck_assert_int_eq(test_sql_int(db_path, "SELECT count(*) FROM outbox_held"), 0);
    Outbox *o = open_outbox();
    char err[256];
    OutboxStatus st;
    ck_assert(outbox_status(o, &st, err, sizeof err));
    ck_assert_int_eq(st.waiting, 6);
    ck_assert_int_eq(st.held, 0);
    outbox_close(o);
    diag_clear(&d);
}
END_TEST

START_TEST(device_ids_differ_between_devices)
{
    char first[40];
    for (int i = 0; i < 2; i++) {
        fresh_dir();
        Diag d = {0};
        results_close(results_open(db_path, &d));
        Outbox *o = open_outbox();
        const char *id = outbox_device(o);
        ck_assert_uint_eq(strlen(id), 36);
        ck_assert_int_eq(id[14], '4'); /* a version 4 UUID */
        if (i == 0)
            snprintf(first, sizeof first, "%s", id);
        else
            ck_assert_str_ne(first, id);
        outbox_close(o);
        diag_clear(&d);
    }
}
END_TEST

START_TEST(a_row_deleted_by_hand_is_a_missing_event)
{
    fresh_dir();
    Diag d = {0};
    Results *r = results_open(db_path, &d);
    play_round(r);
    results_close(r);
    test_sql_exec(db_path, "DELETE FROM high_scores");
    Outbox *o = open_outbox();
    OutboxBatch b;
    char err[256];
    ck_assert(outbox_next(o, 100, &b, err, sizeof err));
    ck_assert_uint_eq(b.count, 6);
    ck_assert(b.events[5].missing);
    ck_assert(!b.events[4].missing);
    outbox_batch_free(&b);
    outbox_close(o);
    diag_clear(&d);
}
END_TEST

START_TEST(outbox_of_a_missing_or_old_file_is_refused)
{
    fresh_dir();
    char err[256] = "";
    ck_assert_ptr_null(outbox_open(db_path, err, sizeof err));
    ck_assert(strstr(err, db_path) != NULL);
    test_sql_exec(db_path, "CREATE TABLE t(x);");
    ck_assert_ptr_null(outbox_open(db_path, err, sizeof err));
    ck_assert(strstr(err, "no such table") != NULL);
}
END_TEST

START_TEST(passwords_are_redacted)
{
    char buf[256];
    outbox_redact_url("postgresql://aman:s3cret@db.example:5432/fleet?sslmode=require", buf,
                      sizeof buf);
    ck_assert_str_eq(buf, "postgresql://aman:***@db.example:5432/fleet?sslmode=require");
    outbox_redact_url("postgresql://aman:p@ss@db/fleet", buf, sizeof buf);
    ck_assert_str_eq(buf, "postgresql://aman:***@db/fleet");
    outbox_redact_url("postgresql://db/fleet?user=a&password=xyz&sslmode=require", buf, sizeof buf);
    ck_assert_str_eq(buf, "postgresql://db/fleet?user=a&password=***&sslmode=require");
    outbox_redact_url("postgresql://aman@db/fleet", buf, sizeof buf);
    ck_assert_str_eq(buf, "postgresql://aman@db/fleet");
    outbox_redact_url("host=db password=xyz dbname=f", buf, sizeof buf);
    ck_assert_str_eq(buf, "host=db password=*** dbname=f");
}
END_TEST

START_TEST(redaction_fits_a_small_buffer)
{
    char buf[12];
    outbox_redact_url("postgresql://aman:s3cret@db/fleet", buf, sizeof buf);
    ck_assert_str_eq(buf, "postgresql:");
    outbox_redact_url("postgresql://a:verylongsecret@h", buf, 2);
    ck_assert_str_eq(buf, "p");
    char big[64];
    outbox_redact_url("", big, sizeof big);
    ck_assert_str_eq(big, "");
}
END_TEST

static Suite *outbox_suite(void)
{
    Suite *s = suite_create("outbox");
    TCase *core = tcase_create("core");
    tcase_add_checked_fixture(core, NULL, remove_dir);
    tcase_add_test(core, every_row_becomes_an_event_in_order);
    tcase_add_test(core, ack_removes_exactly_what_the_centre_has);
    tcase_add_test(core, migration_queues_the_history_of_an_older_database);
    tcase_add_test(core, a_held_event_is_set_aside_until_released);
    tcase_add_test(core, schema_5_gains_the_held_events);
    tcase_add_test(core, device_ids_differ_between_devices);
    tcase_add_test(core, passwords_are_redacted);
    suite_add_tcase(s, core);
    TCase *errors = tcase_create("errors");
    tcase_add_checked_fixture(errors, NULL, remove_dir);
    tcase_add_test(errors, a_row_deleted_by_hand_is_a_missing_event);
    tcase_add_test(errors, outbox_of_a_missing_or_old_file_is_refused);
    suite_add_tcase(s, errors);
    TCase *limits = tcase_create("limits");
    tcase_add_test(limits, redaction_fits_a_small_buffer);
    suite_add_tcase(s, limits);
    return s;
}

int main(void)
{
    int rc = run_suite(outbox_suite());
    free(db_path);
    return rc;
}
