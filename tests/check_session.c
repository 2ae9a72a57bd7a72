/* The session: many players on one round, teams, trainees, the teacher's
 * commands, time limits, the kiosk's idle states, and what is stored. */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "results.h"
#include "session.h"
#include "testutil.h"

#define NQ 40
static Question qs[NQ];
static const Question *pool[NQ];
static char ids[NQ][16];

/* NQ one-right-answer questions: choice 0 of each is right. */
static void make_pool(void)
{
    static const char *texts[] = {"right", "wrong1", "wrong2", "wrong3"};
    for (int i = 0; i < NQ; i++) {
        snprintf(ids[i], sizeof ids[i], "q%d", i);
        qs[i] = (Question){.id = ids[i],
                           .category = i % 2 ? "law" : "history",
                           .text = "?",
                           .difficulty = 1 + i % 3,
                           .kind = QKIND_CHOICE,
                           .n_choices = 4};
        for (int c = 0; c < 4; c++)
            qs[i].choices[c] = (Choice){.text = texts[c], .weight = c == 0 ? 1.0 : 0.0};
        pool[i] = &qs[i];
    }
}

static time_t fixed_wall(void)
{
    return 1790000000; /* 2026-09-21: stored times do not depend on the machine's clock */
}

static SessionConfig config(int length, int time_limit_s)
{
    SessionConfig c;
    session_config_defaults(&c);
    c.quiz.round_length = length;
    c.quiz.time_limit_s = time_limit_s;
    c.quiz.speed_bonus = false;
    c.seed = 7;
    c.wall_clock = fixed_wall;
    return c;
}

static Session *new_session(const SessionConfig *c)
{
    make_pool();
    return session_new(pool, NQ, c, 0);
}

/* Displayed index of the right choice (original 0) of the shown question. */
static int right_choice(const Session *s)
{
    const Quiz *r = session_round(s);
    for (int d = 0; d < 4; d++)
        if (quiz_choice_original(r, quiz_index(r), d) == 0)
            return d;
    ck_abort_msg("no right choice shown");
    return -1;
}

static int wrong_choice(const Session *s)
{
    return (right_choice(s) + 1) % 4;
}

static SessionResult answer(Session *s, int id, int choice, int64_t now)
{
    SessionAnswer a = session_answer_choice(choice);
    return session_answer(s, id, &a, now);
}

static char db_path[256];

static Results *open_db(void)
{
    snprintf(db_path, sizeof db_path, "/tmp/check_session_%d.sqlite", (int)getpid());
    unlink(db_path);
    Diag d = {0};
    Results *r = results_open(db_path, &d);
    ck_assert(results_enabled(r));
    diag_clear(&d);
    return r;
}

static long long db_int(const char *sql)
{
    sqlite3 *db;
    ck_assert_int_eq(sqlite3_open_v2(db_path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    sqlite3_stmt *st;
    ck_assert_msg(sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK, "%s",
                  sqlite3_errmsg(db));
    ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
    long long v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return v;
}

static void drop_db(Results *r)
{
    results_close(r);
    unlink(db_path);
    char side[300];
    snprintf(side, sizeof side, "%s-wal", db_path);
    unlink(side);
    snprintf(side, sizeof side, "%s-shm", db_path);
    unlink(side);
}

/* ---- core ---- */

START_TEST(forty_players_answer_one_question_then_it_is_revealed)
{
    Results *db = open_db();
    SessionConfig c = config(3, 0);
    c.results = db;
    c.mode = "classroom";
    Session *s = new_session(&c);
    int id[40];
    for (int i = 0; i < 40; i++) {
        char name[16];
        snprintf(name, sizeof name, "p%02d", i);
        ck_assert_int_eq(session_add_player(s, name, i % 4, NULL, &id[i], 0), SESSION_OK);
    }
    ck_assert_int_eq(session_player_count(s), 40);
    ck_assert_int_eq(session_start(s, 1000), SESSION_OK);
    ck_assert_int_eq(session_phase(s), SESSION_ASKING);
    int right = right_choice(s), wrong = wrong_choice(s);
    int dist[4], none;
    for (int i = 0; i < 40; i++) {
        ck_assert_int_eq(session_answers_in(s), (size_t)i);
        ck_assert_int_eq(session_phase(s), SESSION_ASKING);
        ck_assert(!session_distribution(s, dist, 4, &none)); /* nothing leaks before */
        ck_assert_int_eq(answer(s, id[i], i < 30 ? right : wrong, 2000 + i), SESSION_OK);
    }
    ck_assert_int_eq(session_phase(s), SESSION_REVEAL);
    ck_assert_int_eq(session_answers_in(s), 40);
    ck_assert(session_distribution(s, dist, 4, &none));
    ck_assert_int_eq(dist[right], 30);
    ck_assert_int_eq(dist[wrong], 10);
    ck_assert_int_eq(none, 0);
    ck_assert_int_eq(session_outcome(s, id[0])->verdict, QUIZ_CORRECT);
    ck_assert_int_eq(session_outcome(s, id[39])->verdict, QUIZ_WRONG);
    SessionRank rank[40];
    ck_assert_int_eq(session_leaderboard(s, rank, 40), 40);
    ck_assert_int_eq(rank[0].id, id[0]);
    ck_assert_int_eq(rank[0].rank, 1);
    ck_assert_int_eq(rank[29].rank, 1); /* 30 tied at the top */
    ck_assert_int_eq(rank[30].rank, 31);
    ck_assert_int_eq(rank[30].score, 0);
    /* Teams by membership: team 0 is players 0, 4, ..., 36, of whom 32 and
     * 36 answered wrong. */
    ck_assert_int_eq(session_team_score(s, 0), 8 * 100);
    /* Every answer is stored, one results session per player. */
    ck_assert_int_eq(db_int("SELECT count(*) FROM answers"), 40);
    ck_assert_int_eq(db_int("SELECT count(*) FROM sessions"), 40);
    /* ...each with the name its player (a phone) goes by. */
    ck_assert_int_eq(db_int("SELECT count(DISTINCT player) FROM sessions"), 40);
    ck_assert_int_eq(db_int("SELECT count(*) FROM sessions s JOIN answers a ON a.session = s.id"
                            " WHERE s.player = 'p07' AND a.correct = 1"),
                     1);
    ck_assert_int_eq(db_int("SELECT count(*) FROM answers WHERE correct = 1"), 30);
    /* Play the round out: the high scores are stored once, per player. */
    for (int q = 1; q < 3; q++) {
        ck_assert_int_eq(session_next(s, 5000 * q), SESSION_OK);
        for (int i = 0; i < 40; i++)
            ck_assert_int_eq(answer(s, id[i], right_choice(s), 5000 * q + 10), SESSION_OK);
    }
    ck_assert_int_eq(session_next(s, 20000), SESSION_OK);
    ck_assert_int_eq(session_phase(s), SESSION_SUMMARY);
    ck_assert_int_eq(db_int("SELECT count(*) FROM answers"), 120);
    ck_assert_int_eq(db_int("SELECT count(*) FROM high_scores"), 40);
    ck_assert_int_eq(db_int("SELECT max(score) FROM high_scores"), 300);
    ck_assert_int_eq(db_int("SELECT count(*) FROM sessions WHERE score IS NOT NULL"), 40);
    session_free(s, 30000);
    ck_assert_int_eq(db_int("SELECT count(*) FROM high_scores"), 40); /* not twice */
    drop_db(db);
}
END_TEST

START_TEST(each_player_scores_exactly_as_a_quiz_of_its_own)
{
    SessionConfig c = config(5, 20);
    c.quiz.speed_bonus = true;
    c.quiz.streak_bonus = true;
    Session *s = new_session(&c);
    int a, b;
    session_add_player(s, "", -1, NULL, &a, 0);
    session_add_player(s, "b", -1, NULL, &b, 0);
    Quiz *alone = quiz_new(pool, NQ, &c.quiz, 7);
    ck_assert_int_eq(session_start(s, 100), SESSION_OK);
    quiz_start(alone, 100);
    int64_t now = 100;
    for (int q = 0; q < 5; q++) {
        now += 1500 + 300 * q;
        int ch = q == 2 ? wrong_choice(s) : right_choice(s);
        ck_assert_int_eq(answer(s, a, ch, now), SESSION_OK);
        ck_assert_ptr_nonnull(quiz_answer_choice(alone, ch, now));
        ck_assert_int_eq(answer(s, b, right_choice(s), now + 5000), SESSION_OK);
        ck_assert_int_eq(quiz_score(session_quiz(s, a)), quiz_score(alone));
        now += 6000;
        ck_assert_int_eq(session_next(s, now), SESSION_OK);
        quiz_next(alone, now);
    }
    ck_assert_int_eq(session_phase(s), SESSION_SUMMARY);
    ck_assert_int_eq(quiz_summary(session_quiz(s, a)).score, quiz_summary(alone).score);
    ck_assert_int_lt(quiz_score(session_quiz(s, b)), 5 * 100 + 5 * c.quiz.speed_bonus_max);
    quiz_free(alone);
    session_free(s, now);
}
END_TEST

START_TEST(time_limit_closes_the_question_for_those_who_did_not_answer)
{
    SessionConfig c = config(2, 10);
    Session *s = new_session(&c);
    int a, b, p3;
    session_add_player(s, "a", -1, NULL, &a, 0);
    session_add_player(s, "b", -1, NULL, &b, 0);
    session_add_player(s, "c", -1, NULL, &p3, 0);
    session_start(s, 0);
    ck_assert_int_eq(answer(s, a, right_choice(s), 3000), SESSION_OK);
    ck_assert_int_eq(session_tick(s, 9999), 0);
    ck_assert_int_eq(session_phase(s), SESSION_ASKING);
    ck_assert_int_eq(session_time_left_ms(s, 9999), 1);
    ck_assert_uint_eq(session_tick(s, 10000) & SESSION_EV_TIMED_OUT, SESSION_EV_TIMED_OUT);
    ck_assert_int_eq(session_phase(s), SESSION_REVEAL);
    ck_assert(session_outcome(s, b)->timed_out);
    ck_assert(session_outcome(s, p3)->timed_out);
    ck_assert(!session_outcome(s, a)->timed_out);
    int dist[4], none;
    ck_assert(session_distribution(s, dist, 4, &none));
    ck_assert_int_eq(none, 2);
    ck_assert_int_eq(answer(s, b, 0, 10001), SESSION_NOT_ASKING); /* after the reveal */
    session_free(s, 20000);
}
END_TEST

START_TEST(teams_take_turns_with_a_scoreboard_between_questions)
{
    Results *db = open_db();
    SessionConfig c = config(4, 0);
    c.quiz.teams = 2;
    c.results = db;
    c.mode = "classroom";
    snprintf(c.team_names[0], sizeof c.team_names[0], "Red");
    snprintf(c.team_names[1], sizeof c.team_names[1], "Blue");
    Session *s = new_session(&c);
    int room;
    session_add_player(s, "", -1, NULL, &room, 0); /* one screen for the class */
    session_start(s, 0);
    for (int q = 0; q < 4; q++) {
        ck_assert_int_eq(quiz_team(session_quiz(s, room)), q % 2);
        /* Blue answers right, Red wrong. */
        ck_assert_int_eq(answer(s, room, q % 2 ? right_choice(s) : wrong_choice(s), 1000 * q + 500),
                         SESSION_OK);
        ck_assert_int_eq(session_phase(s), SESSION_REVEAL);
        ck_assert_int_eq(session_next(s, 1000 * q + 900), SESSION_OK);
        if (q < 3) {
            ck_assert_int_eq(session_phase(s), SESSION_SCOREBOARD);
            ck_assert_int_eq(answer(s, room, 0, 1000 * q + 901), SESSION_NOT_ASKING);
            ck_assert_int_eq(session_next(s, 1000 * q + 950), SESSION_OK);
            ck_assert_int_eq(session_phase(s), SESSION_ASKING);
        }
    }
    ck_assert_int_eq(session_phase(s), SESSION_SUMMARY);
    ck_assert_int_eq(session_team_score(s, 1), 200);
    ck_assert_int_eq(session_team_score(s, 0), 0);
    ck_assert_str_eq(session_score_name(s, room), "Blue");
    ck_assert_int_eq(db_int("SELECT count(*) FROM high_scores WHERE name = 'Blue' AND score = 200 "
                            "AND mode = 'classroom'"),
                     1);
    session_free(s, 9000);
    drop_db(db);
}
END_TEST

START_TEST(a_trainee_is_stored_with_the_answers_and_the_high_score)
{
    Results *db = open_db();
    SessionConfig c = config(2, 0);
    c.results = db;
    c.mode = "training";
    Session *s = new_session(&c);
    int t;
    ck_assert_int_eq(session_add_player(s, "", -1, NULL, &t, 0), SESSION_OK);
    ck_assert_int_eq(session_set_trainee(s, t, "42"), SESSION_OK);
    ck_assert_int_eq(session_set_lang(s, t, "ur"), SESSION_OK);
    session_start(s, 0);
    ck_assert_int_eq(session_set_trainee(s, t, "43"), SESSION_WRONG_PHASE);
    answer(s, t, wrong_choice(s), 100);
    session_next(s, 200);
    answer(s, t, right_choice(s), 300);
    session_next(s, 400);
    ck_assert_int_eq(session_phase(s), SESSION_SUMMARY);
    ck_assert_int_eq(db_int("SELECT count(*) FROM sessions WHERE trainee = '42'"), 1);
    ck_assert_int_eq(db_int("SELECT count(*) FROM answers WHERE lang = 'ur'"), 2);
    ck_assert_int_eq(db_int("SELECT count(*) FROM high_scores WHERE name = '42'"), 1);
    size_t n;
    char **missed = results_mistakes(db, "42", &n);
    ck_assert_int_eq(n, 1);
    results_free_ids(missed, n);
    session_free(s, 500);
    drop_db(db);
}
END_TEST

START_TEST(the_teachers_commands_pause_add_time_skip_reveal_and_end)
{
    Results *db = open_db();
    SessionConfig c = config(5, 10);
    c.results = db;
    Session *s = new_session(&c);
    int a, b;
    session_add_player(s, "a", -1, NULL, &a, 0);
    session_add_player(s, "b", -1, NULL, &b, 0);
    session_start(s, 0);
    /* Pause: the clock stands still and answers wait. */
    ck_assert_int_eq(session_pause(s, 2000), SESSION_OK);
    ck_assert(session_paused(s));
    ck_assert_int_eq(answer(s, a, 0, 3000), SESSION_PAUSED);
    ck_assert_int_eq(session_tick(s, 60000), 0);
    ck_assert_int_eq(session_resume(s, 60000), SESSION_OK);
    ck_assert_int_eq(session_time_left_ms(s, 60000), 8000);
    ck_assert_int_eq(session_more_time(s, 15000), SESSION_OK);
    ck_assert_int_eq(session_time_left_ms(s, 60000), 23000);
    /* Skip: nobody scores, nobody missed it. */
    ck_assert_int_eq(answer(s, a, right_choice(s), 61000), SESSION_OK);
    ck_assert_int_eq(session_skip(s, 61500), SESSION_OK);
    ck_assert_int_eq(session_phase(s), SESSION_REVEAL);
    ck_assert(!session_revealed_by_teacher(s));
    ck_assert(session_outcome(s, b)->skipped);
    ck_assert_int_eq(session_outcome(s, a)->verdict, QUIZ_CORRECT); /* kept */
    ck_assert_int_eq(session_skip(s, 61600), SESSION_NOT_ASKING);
    session_next(s, 62000);
    /* Reveal: the same, said as "revealed". */
    ck_assert_int_eq(session_reveal(s, 63000), SESSION_OK);
    ck_assert(session_revealed_by_teacher(s));
    ck_assert(session_outcome(s, a)->skipped);
    session_next(s, 64000);
    ck_assert(!session_revealed_by_teacher(s));
    ck_assert_int_eq(quiz_summary(session_quiz(s, b)).n_skipped, 2);
    ck_assert_int_eq(quiz_summary(session_quiz(s, b)).n_wrong, 0);
    /* End: the round is over now, high scores stored. */
    ck_assert_int_eq(session_end(s, 65000), SESSION_OK);
    ck_assert_int_eq(session_phase(s), SESSION_SUMMARY);
    ck_assert_int_eq(session_end(s, 65001), SESSION_WRONG_PHASE);
    ck_assert_int_eq(quiz_summary(session_quiz(s, a)).n_questions, 2);
    ck_assert_int_eq(db_int("SELECT count(*) FROM high_scores"), 2);
    ck_assert_int_eq(db_int("SELECT count(*) FROM answers"), 4);
    session_free(s, 70000);
    drop_db(db);
}
END_TEST

START_TEST(abandoning_keeps_the_answers_but_stores_no_high_score)
{
    Results *db = open_db();
    SessionConfig c = config(5, 0);
    c.results = db;
    Session *s = new_session(&c);
    int a;
    session_add_player(s, "", -1, NULL, &a, 0);
    session_start(s, 0);
    answer(s, a, right_choice(s), 100);
    session_next(s, 200);
    session_abandon(s, 300);
    ck_assert_int_eq(session_phase(s), SESSION_LOBBY);
    ck_assert_int_eq(db_int("SELECT count(*) FROM answers"), 1);
    ck_assert_int_eq(db_int("SELECT count(*) FROM high_scores"), 0);
    ck_assert_int_eq(db_int("SELECT score FROM sessions"), 100);
    /* A new round: a new results session, the next seed. */
    uint64_t seed = session_next_seed(s);
    ck_assert_int_eq(session_start(s, 400), SESSION_OK);
    ck_assert_int_eq(session_next_seed(s), seed + 1);
    ck_assert_int_eq(db_int("SELECT count(*) FROM sessions"), 2);
    session_free(s, 500); /* abandons the second */
    ck_assert_int_eq(db_int("SELECT count(*) FROM high_scores"), 0);
    drop_db(db);
}
END_TEST

START_TEST(kiosk_idle_asks_still_there_then_goes_back_to_attract)
{
    SessionConfig c = config(5, 0);
    c.kiosk = true;
    c.kiosk_cfg.idle_ms = 1000;
    c.kiosk_cfg.countdown_ms = 500;
    Session *s = new_session(&c);
    int a;
    session_add_player(s, "", -1, NULL, &a, 0);
    ck_assert_int_eq(session_kiosk_state(s), KIOSK_ATTRACT);
    ck_assert_uint_eq(session_kiosk_press(s, false, 10), 0);
    ck_assert_uint_eq(session_kiosk_release(s, 20), SESSION_EV_PLAY);
    session_start(s, 20);
    /* Idle in a round: "Still there?", then a touch resumes. */
    ck_assert_uint_eq(session_tick(s, 1100), SESSION_EV_STILL_THERE);
    session_kiosk_press(s, false, 1200);
    ck_assert_uint_eq(session_kiosk_release(s, 1210), SESSION_EV_RESUME);
    ck_assert_int_eq(session_phase(s), SESSION_ASKING);
    /* Idle again, and the countdown runs out: the round is abandoned. */
    ck_assert_uint_eq(session_tick(s, 2300), SESSION_EV_STILL_THERE);
    ck_assert_uint_eq(session_tick(s, 2900), SESSION_EV_ATTRACT);
    ck_assert_int_eq(session_phase(s), SESSION_LOBBY);
    ck_assert_int_eq(session_kiosk_state(s), KIOSK_ATTRACT);
    /* Idle outside a round: straight to the attract loop, nothing to ask. */
    session_kiosk_activity(s, true, 3000);
    ck_assert_uint_eq(session_tick(s, 4100) & SESSION_EV_STILL_THERE, 0);
    session_free(s, 5000);
}
END_TEST

START_TEST(a_late_joiner_plays_on_from_the_current_question)
{
    SessionConfig c = config(4, 0);
    Session *s = new_session(&c);
    int a, late;
    session_add_player(s, "a", -1, NULL, &a, 0);
    session_start(s, 0);
    answer(s, a, right_choice(s), 100);
    session_next(s, 200);
    ck_assert_int_eq(session_add_player(s, "late", 1, NULL, &late, 300), SESSION_OK);
    ck_assert_int_eq(quiz_index(session_quiz(s, late)), 1);
    ck_assert_int_eq(session_answers_in(s), 0);
    answer(s, a, right_choice(s), 400);
    ck_assert_int_eq(session_phase(s), SESSION_ASKING); /* waits for the new one */
    ck_assert_int_eq(answer(s, late, right_choice(s), 500), SESSION_OK);
    ck_assert_int_eq(session_phase(s), SESSION_REVEAL);
    QuizSummary sum = quiz_summary(session_quiz(s, late));
    ck_assert_int_eq(sum.n_skipped, 1);
    ck_assert_int_eq(sum.n_wrong, 0);
    ck_assert_int_eq(session_team_score(s, 1), 100);
    session_free(s, 600);
}
END_TEST

/* One question of each kind, for the answers chosen on purpose. */
static Question kinds[4];
static const Question *kind_pool[4];

static void make_kinds(void)
{
    static const char *ids_[] = {"k-choice", "k-multi", "k-tf", "k-num"};
    for (int i = 0; i < 4; i++)
        kinds[i] = (Question){.id = ids_[i], .category = "", .text = "?", .difficulty = 2};
    kinds[0].kind = QKIND_CHOICE;
    kinds[0].n_choices = 3;
    kinds[0].choices[0] = (Choice){.text = "a", .weight = 0};
    kinds[0].choices[1] = (Choice){.text = "b", .weight = 1};
    kinds[0].choices[2] = (Choice){.text = "c", .weight = 0};
    kinds[1].kind = QKIND_MULTI;
    kinds[1].n_choices = 3;
    kinds[1].choices[0] = (Choice){.text = "a", .weight = 0.5};
    kinds[1].choices[1] = (Choice){.text = "b", .weight = -1};
    kinds[1].choices[2] = (Choice){.text = "c", .weight = 0.5};
    kinds[2].kind = QKIND_TRUEFALSE;
    kinds[2].tf_answer = false;
    kinds[3].kind = QKIND_NUMERIC;
    kinds[3].n_numeric = 1;
    kinds[3].numeric[0] = (NumericAnswer){.min = 1947, .max = 1947, .value = 1947, .weight = 1};
    for (int i = 0; i < 4; i++)
        kind_pool[i] = &kinds[i];
}

START_TEST(answers_on_purpose_are_right_or_wrong_for_every_kind)
{
    make_kinds();
    SessionConfig c = config(4, 0);
    Session *s = session_new(kind_pool, 4, &c, 0);
    int right, wrong;
    session_add_player(s, "right", -1, NULL, &right, 0);
    session_add_player(s, "wrong", -1, NULL, &wrong, 0);
    session_start(s, 0);
    for (int q = 0; q < 4; q++) {
        const Quiz *r = session_round(s);
        SessionAnswer good = session_answer_on_purpose(r, true, 0);
        SessionAnswer bad = session_answer_on_purpose(r, false, (unsigned)q);
        ck_assert_int_eq(good.kind, session_question(s)->kind);
        ck_assert_int_eq(session_answer(s, right, &good, 100 * q + 10), SESSION_OK);
        ck_assert_int_eq(session_answer(s, wrong, &bad, 100 * q + 20), SESSION_OK);
        ck_assert_int_eq(session_outcome(s, right)->verdict, QUIZ_CORRECT);
        ck_assert_int_ne(session_outcome(s, wrong)->verdict, QUIZ_CORRECT);
        /* The distribution after the reveal, by kind. */
        int d[QUESTION_MAX_CHOICES], none;
        ck_assert(session_distribution(s, d, QUESTION_MAX_CHOICES, &none));
        ck_assert_int_eq(none, 0);
        int total = 0;
        for (int k = 0; k < QUESTION_MAX_CHOICES; k++)
            total += d[k];
        if (session_question(s)->kind == QKIND_MULTI)
            ck_assert_int_ge(total, 2); /* each ticked choice counts */
        else
            ck_assert_int_eq(total, 2);
        if (session_question(s)->kind == QKIND_TRUEFALSE)
            ck_assert(d[0] == 1 && d[1] == 1); /* one said true, one false */
        if (session_question(s)->kind == QKIND_NUMERIC)
            ck_assert(d[0] == 1 && d[1] == 1); /* one right, one wrong */
        session_next(s, 100 * q + 50);
    }
    ck_assert_int_eq(session_phase(s), SESSION_SUMMARY);
    ck_assert_int_eq(quiz_summary(session_quiz(s, right)).n_correct, 4);
    ck_assert_int_eq(quiz_summary(session_quiz(s, wrong)).n_correct, 0);
    session_free(s, 1000);
}
END_TEST

/* ---- errors ---- */

START_TEST(wrong_answers_to_the_session_are_refused_with_a_reason)
{
    SessionConfig c = config(3, 0);
    Session *s = new_session(&c);
    int a, b;
    ck_assert_int_eq(session_start(s, 0), SESSION_NO_PLAYERS);
    session_add_player(s, "a", -1, NULL, &a, 0);
    session_add_player(s, "b", -1, NULL, &b, 0);
    ck_assert_int_eq(answer(s, a, 0, 10), SESSION_NOT_ASKING); /* lobby */
    ck_assert_int_eq(session_next(s, 10), SESSION_WRONG_PHASE);
    session_start(s, 0);
    ck_assert_int_eq(answer(s, 999, 0, 10), SESSION_UNKNOWN_PLAYER);
    ck_assert_int_eq(answer(s, a, 7, 10), SESSION_BAD_ANSWER);
    SessionAnswer tf = session_answer_truefalse(true);
    ck_assert_int_eq(session_answer(s, a, &tf, 10), SESSION_BAD_ANSWER);
    ck_assert_int_eq(answer(s, a, 0, 20), SESSION_OK);
    ck_assert_int_eq(answer(s, a, 1, 30), SESSION_ALREADY_ANSWERED);
    ck_assert_int_eq(session_answers_in(s), 1);
    ck_assert_int_eq(session_more_time(s, 1000), SESSION_NO_LIMIT);
    ck_assert_int_eq(session_next(s, 40), SESSION_WRONG_PHASE); /* b has not answered */
    ck_assert_str_eq(session_result_text(SESSION_ALREADY_ANSWERED),
                     "second answer to the same question");
    session_free(s, 50);
}
END_TEST

START_TEST(bad_players_are_refused)
{
    SessionConfig c = config(3, 0);
    Session *s = new_session(&c);
    int id = -5;
    char long_name[100];
    memset(long_name, 'x', sizeof long_name - 1);
    long_name[sizeof long_name - 1] = '\0';
    ck_assert_int_eq(session_add_player(s, long_name, -1, NULL, &id, 0), SESSION_BAD_PLAYER);
    ck_assert_int_eq(session_add_player(s, "a", QUIZ_MAX_TEAMS, NULL, &id, 0), SESSION_BAD_PLAYER);
    ck_assert_int_eq(session_add_player(s, "a", -1, "12a", &id, 0), SESSION_BAD_PLAYER);
    ck_assert_int_eq(id, -5);
    ck_assert_int_eq(session_player_count(s), 0);
    ck_assert_int_eq(session_remove_player(s, 1, 0), SESSION_UNKNOWN_PLAYER);
    ck_assert_int_eq(session_set_lang(s, 1, "ur"), SESSION_UNKNOWN_PLAYER);
    session_free(s, 0);
}
END_TEST

START_TEST(no_question_passes_the_filters)
{
    SessionConfig c = config(3, 0);
    Session *s = new_session(&c);
    int a;
    session_add_player(s, "a", -1, NULL, &a, 0);
    session_quiz_config(s)->category = "astronomy";
    ck_assert_int_eq(session_start(s, 0), SESSION_NO_QUESTIONS);
    ck_assert_int_eq(session_phase(s), SESSION_LOBBY);
    ck_assert_uint_eq(session_next_seed(s), 7); /* not used up */
    session_free(s, 0);
}
END_TEST

/* ---- limits ---- */

START_TEST(leaving_players_do_not_hold_up_the_question)
{
    SessionConfig c = config(3, 0);
    Session *s = new_session(&c);
    int id[SESSION_MAX_PLAYERS];
    for (int i = 0; i < SESSION_MAX_PLAYERS; i++)
        ck_assert_int_eq(session_add_player(s, "p", -1, NULL, &id[i], 0), SESSION_OK);
    int extra;
    ck_assert_int_eq(session_add_player(s, "p", -1, NULL, &extra, 0), SESSION_FULL);
    session_start(s, 0);
    for (int i = 1; i < SESSION_MAX_PLAYERS; i++)
        answer(s, id[i], right_choice(s), 10);
    ck_assert_int_eq(session_phase(s), SESSION_ASKING);
    ck_assert_int_eq(session_remove_player(s, id[0], 20), SESSION_OK);
    ck_assert_int_eq(session_phase(s), SESSION_REVEAL);
    ck_assert_ptr_null(session_quiz(s, id[0]));
    ck_assert_int_eq(session_player_count(s), SESSION_MAX_PLAYERS - 1);
    /* Joining while the question is revealed: in at once, this one skipped. */
    int late;
    ck_assert_int_eq(session_add_player(s, "late", -1, NULL, &late, 30), SESSION_OK);
    ck_assert_int_eq(quiz_index(session_quiz(s, late)), 0);
    ck_assert(session_outcome(s, late)->skipped);
    session_free(s, 40);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("session");
    TCase *core = tcase_create("core");
    tcase_add_test(core, forty_players_answer_one_question_then_it_is_revealed);
    tcase_add_test(core, each_player_scores_exactly_as_a_quiz_of_its_own);
    tcase_add_test(core, time_limit_closes_the_question_for_those_who_did_not_answer);
    tcase_add_test(core, teams_take_turns_with_a_scoreboard_between_questions);
    tcase_add_test(core, a_trainee_is_stored_with_the_answers_and_the_high_score);
    tcase_add_test(core, the_teachers_commands_pause_add_time_skip_reveal_and_end);
    tcase_add_test(core, abandoning_keeps_the_answers_but_stores_no_high_score);
    tcase_add_test(core, kiosk_idle_asks_still_there_then_goes_back_to_attract);
    tcase_add_test(core, a_late_joiner_plays_on_from_the_current_question);
    tcase_add_test(core, answers_on_purpose_are_right_or_wrong_for_every_kind);
    suite_add_tcase(s, core);
    TCase *errors = tcase_create("errors");
    tcase_add_test(errors, wrong_answers_to_the_session_are_refused_with_a_reason);
    tcase_add_test(errors, bad_players_are_refused);
    tcase_add_test(errors, no_question_passes_the_filters);
    suite_add_tcase(s, errors);
    TCase *limits = tcase_create("limits");
    tcase_add_test(limits, leaving_players_do_not_hold_up_the_question);
    suite_add_tcase(s, limits);
    return run_suite(s);
}
