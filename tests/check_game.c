/* The game of one machine (game/core/game.h): opening it from the
 * options, the mode's checks, the kiosk's pool, the facts, the projector's
 * player, the hand-over to the phones and back, and a trainee's drill. */
#include <check.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "game.h"
#include "results_stats.h"
#include "results_writer.h"
#include "testutil.h"
#include "util.h"

/* Two questions on one sentence, one on another, and a typed answer. */
static const char *const BANK_TEXT =
    "$CATEGORY: Missions\n"
    "// @source: Pakistan has contributed to UN peacekeeping since 1960.\n"
    "::since:: Since when has Pakistan contributed? {=1960 ~1990 ~2005}\n\n"
    "// @source: Pakistan has contributed to UN peacekeeping since 1960.\n"
    "::how-long:: For how long has Pakistan contributed? {=Since 1960 ~Since 2010 ~Not yet}\n\n"
    "$CATEGORY: Police\n"
    "// @source: Over a hundred police officials are expected to join UN missions.\n"
    "::police:: Who is expected to join UN missions? {=Police officials ~Pilots ~Cooks}\n\n"
    "// @source: Over a hundred police officials are expected to join UN missions.\n"
    "::typed:: Which officials are expected to join UN missions? {=police}\n";

static char dir[256];
static char bank_path[512];
static CliOptions opt;
static Game game;

static void setup(void)
{
    test_fresh_dir(dir, "game");
    snprintf(bank_path, sizeof bank_path, "%s/bank.gift", dir);
    FILE *f = fopen(bank_path, "w");
    ck_assert_ptr_nonnull(f);
    fputs(BANK_TEXT, f);
    fclose(f);
    memset(&game, 0, sizeof game);
}

static void teardown(void)
{
    game_close(&game, 0);
    test_remove_dir(dir);
}

/* Opens the game with these options (NULL-terminated), results in dir. */
static bool open_with(char *err, size_t errlen, ...)
{
    char *argv[32] = {"amanquiz", "--bank", bank_path, "--data-dir", dir, "--seed", "3"};
    int argc = 7;
    va_list ap;
    va_start(ap, errlen);
    for (char *a; (a = va_arg(ap, char *)) != NULL && argc < 31;)
        argv[argc++] = a;
    va_end(ap);
    char cli_err[512];
    ck_assert_msg(cli_parse(&opt, argc, argv, cli_err, sizeof cli_err), "%s", cli_err);
    GameSetup setup = {.opt = &opt, .data_dir = AMAN_SOURCE_DIR, .for_real = false, .lang = "en"};
    game_load_settings(&game, &setup);
    err[0] = '\0';
    return game_open(&game, &setup, 0, err, errlen);
}

START_TEST(opens_with_the_projector_player_and_one_fact_per_sentence)
{
    char err[256];
    ck_assert_msg(open_with(err, sizeof err, NULL), "%s", err);
    ck_assert_str_eq(game.mode->name, "play");
    ck_assert_uint_eq(game.n_pool, 4);
    ck_assert_ptr_nonnull(game.results);
    ck_assert_int_gt(game.player, 0);
    ck_assert(session_has_player(game.session, game.player));
    ck_assert_ptr_null(game_quiz(&game)); /* no round yet */
    ck_assert_int_eq(game.n_facts, 2);
    ck_assert_str_eq(game.fact_ids[0], "since");
    ck_assert_str_eq(game.fact_ids[1], "police");
    ck_assert_int_eq(session_start(game.session, 0), SESSION_OK);
    ck_assert_ptr_nonnull(game_quiz(&game));
}
END_TEST

START_TEST(refuses_an_unknown_mode_and_a_bad_trainee)
{
    char err[256];
    ck_assert(!open_with(err, sizeof err, "--mode", "arcade", NULL));
    ck_assert_msg(strstr(err, "unknown mode 'arcade'"), "%s", err);
    game_close(&game, 0);
    ck_assert(!open_with(err, sizeof err, "--mode", "training", "--trainee", "12ab", NULL));
    ck_assert_msg(strstr(err, "trainee ID '12ab'"), "%s", err);
}
END_TEST

START_TEST(a_kiosk_leaves_typed_answers_out)
{
    char err[256];
    ck_assert_msg(open_with(err, sizeof err, "--mode", "kiosk", NULL), "%s", err);
    ck_assert_uint_eq(game.n_pool, 3);
    for (size_t i = 0; i < game.n_pool; i++)
        ck_assert_int_ne(game.pool[i]->kind, QKIND_SHORT);
    ck_assert_int_eq(session_kiosk_state(game.session), KIOSK_ATTRACT);
}
END_TEST

START_TEST(a_bank_with_nothing_playable_is_refused)
{
    FILE *f = fopen(bank_path, "w");
    fputs("::broken:: Nothing here {\n", f);
    fclose(f);
    char err[256];
    ck_assert(!open_with(err, sizeof err, NULL));
    ck_assert_msg(strstr(err, "no playable question"), "%s", err);
}
END_TEST

START_TEST(classroom_teams_take_turns_with_their_names)
{
    char err[256];
    ck_assert_msg(open_with(err, sizeof err, "--mode", "classroom", "--teams", "3", NULL), "%s",
                  err);
    ck_assert_int_eq(game.n_teams, 3);
    ck_assert_str_eq(game_team_name(&game, 2), "Green"); /* the settings' default names */
    ck_assert_str_eq(game_team_name(&game, 3), "");
    ck_assert_uint_ne(game.teams[0].rgb, game.teams[1].rgb);
    ck_assert_int_eq(session_quiz_config(game.session)->teams, 3);
}
END_TEST

/* The phones take the session: the projector's player leaves with its
 * answers stored, every phone plays for itself; after the class the
 * projector plays again with the mode's teams. */
START_TEST(the_phones_take_the_session_and_give_it_back)
{
    char err[256];
    ck_assert_msg(open_with(err, sizeof err, "--mode", "classroom", "--teams", "2", NULL), "%s",
                  err);
    int projector = game.player;
    ck_assert_int_eq(session_start(game.session, 0), SESSION_OK);
    SessionAnswer a = session_answer_on_purpose(game_quiz(&game), true, 0);
    ck_assert_int_eq(session_answer(game.session, projector, &a, 100), SESSION_OK);
    ck_assert_int_eq(session_end(game.session, 200), SESSION_OK);

    game_hand_to_phones(&game, 300);
    ck_assert_int_eq(game.player, 0);
    ck_assert(!session_has_player(game.session, projector));
    ck_assert_ptr_null(game_quiz(&game));
    ck_assert_int_eq(session_quiz_config(game.session)->teams, 0);
    game_hand_to_phones(&game, 300); /* again: nothing more happens */
    int phone = 0;
    ck_assert_int_eq(session_add_player(game.session, "Ayesha", -1, NULL, &phone, 400), SESSION_OK);
    ck_assert_int_eq(session_start(game.session, 500), SESSION_OK);
    ck_assert_uint_eq(session_player_count(game.session), 1);
    ck_assert_int_eq(session_end(game.session, 600), SESSION_OK);

    game_hand_back(&game, 700);
    ck_assert_int_gt(game.player, 0);
    ck_assert(!session_has_player(game.session, phone));
    ck_assert_uint_eq(session_player_count(game.session), 1);
    ck_assert_int_eq(session_quiz_config(game.session)->teams, 2);
    ck_assert_int_eq(session_start(game.session, 800), SESSION_OK);
    ck_assert_ptr_nonnull(game_quiz(&game));

    /* The projector's answer before the hand-over is stored. */
    char db[512];
    snprintf(db, sizeof db, "%s/results.sqlite", dir);
    game_close(&game, 900);
    ck_assert_int_eq(test_sql_int(db, "SELECT COUNT(*) FROM answers"), 1);
    ck_assert_int_eq(test_sql_int(db, "SELECT COUNT(*) FROM sessions WHERE player = 'Ayesha'"), 1);
}
END_TEST

/* A drill: the topic and difficulty become the round's filters; practice
 * takes the trainee's order (every question new here), a round's worth. */
START_TEST(a_trainee_drill_sets_the_round)
{
    char err[256];
    ck_assert_msg(open_with(err, sizeof err, "--mode", "training", "--trainee", "1042", NULL), "%s",
                  err);
    ck_assert_str_eq(session_player_trainee(game.session, game.player), "1042");
    game_load_practice(&game, 2461000.5);
    ck_assert_uint_eq(game.drill.n_practice, 4);
    ck_assert_uint_eq(game.drill.n_due, 0);

    snprintf(game.drill.category, sizeof game.drill.category, "Police");
    game.drill.difficulty = 0;
    game_drill_round(&game, false);
    QuizConfig *cfg = session_quiz_config(game.session);
    ck_assert_str_eq(cfg->category, "Police");
    ck_assert_ptr_null(cfg->ids);
    ck_assert_int_eq(session_start(game.session, 0), SESSION_OK);
    ck_assert_uint_eq(session_length(game.session), 2);
    ck_assert_str_eq(session_question(game.session)->category, "Police");

    cfg->round_length = 3;
    game_drill_round(&game, true);
    ck_assert_ptr_null(cfg->category);
    ck_assert_uint_eq(cfg->n_ids, 3);
    ck_assert_int_eq(session_start(game.session, 100), SESSION_OK);
    ck_assert_uint_eq(session_length(game.session), 3);
}
END_TEST

/* The interactive game's store (results_writer.h): the session's answers
 * go to the writer thread and are all stored, in order; a write the disk
 * refuses (the file size limit) reaches session_take_warning, the line the
 * SDL loop prints; and game_close saves what was queued. */
START_TEST(the_writer_stores_the_rounds_answers_and_a_refusal_is_told)
{
    char err[256];
    ck_assert_msg(open_with(err, sizeof err, "--mode", "training", "--trainee", "1042", NULL), "%s",
                  err);
    char db[512];
    snprintf(db, sizeof db, "%s/results.sqlite", dir);
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        signal(SIGXFSZ, SIG_IGN);
        if (!results_start_writer(game.results) || session_start(game.session, 0) != SESSION_OK)
            _exit(1);
        for (int i = 0; i < 2; i++) {
            SessionAnswer a = session_answer_on_purpose(game_quiz(&game), i == 0, 0);
            if (session_answer(game.session, game.player, &a, 100 + i) != SESSION_OK ||
                session_next(game.session, 150 + i) != SESSION_OK)
                _exit(2);
        }
        results_flush(game.results);
        if (session_take_warning(game.session))
            _exit(3);
        struct rlimit full = {2048, RLIM_INFINITY}, space = {RLIM_INFINITY, RLIM_INFINITY};
        setrlimit(RLIMIT_FSIZE, &full);
        SessionAnswer a = session_answer_on_purpose(game_quiz(&game), true, 0);
        session_answer(game.session, game.player, &a, 200);
        results_flush(game.results);
        const char *why = session_take_warning(game.session);
        if (!why || !*why)
            _exit(4);
        setrlimit(RLIMIT_FSIZE, &space);
        game_close(&game, 300);
        _exit(0);
    }
    int status;
    waitpid(pid, &status, 0);
    ck_assert_msg(WIFEXITED(status) && WEXITSTATUS(status) == 0, "child status %d", status);
    ck_assert_int_eq(test_sql_int(db, "SELECT count(*) FROM answers"), 3);
    ck_assert_int_eq(test_sql_int(db, "SELECT group_concat(correct, '') FROM"
                                      " (SELECT correct FROM answers ORDER BY id)"),
                     101);
}
END_TEST

static void take_practice(ResultsAsk *ask, void *user)
{
    game_take_practice(user, ask);
}

/* The drills' practice order asked of the writer thread after a round's
 * answers were queued: it sees them. Two days on, the one missed (Again:
 * due after a day) comes first and is due; the one right (Good) is not due
 * yet and comes last, after the new ones. */
START_TEST(the_practice_ask_sees_the_answers_queued_before_it)
{
    char err[256];
    ck_assert_msg(open_with(err, sizeof err, "--mode", "training", "--trainee", "1042", NULL), "%s",
                  err);
    ck_assert(results_start_writer(game.results));
    ck_assert_int_eq(session_start(game.session, 0), SESSION_OK);
    const char *asked[2];
    for (int i = 0; i < 2; i++) {
        asked[i] = quiz_question(game_quiz(&game), (size_t)i)->id;
        SessionAnswer a = session_answer_on_purpose(game_quiz(&game), i == 1, 0);
        ck_assert_int_eq(session_answer(game.session, game.player, &a, 100 + i), SESSION_OK);
        ck_assert_int_eq(session_next(game.session, 150 + i), SESSION_OK);
    }
    ResultsAsk *ask = game_ask_practice(&game, results_day_of(time(NULL)) + 2, take_practice);
    ck_assert_ptr_nonnull(ask);
    ck_assert_uint_eq(game.drill.n_practice, 0); /* emptied while it is asked */
    results_wait(game.results, results_ask(game.results, ask));
    ck_assert_uint_eq(results_poll(game.results, &game), 1);
    ck_assert_uint_eq(game.drill.n_practice, 4);
    ck_assert_uint_eq(game.drill.n_due, 1);
    ck_assert_str_eq(game.drill.practice[0], asked[0]);
    ck_assert_str_eq(game.drill.practice[3], asked[1]);
}
END_TEST

static Suite *game_suite(void)
{
    Suite *s = suite_create("game");
    TCase *tc = tcase_create("game");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, opens_with_the_projector_player_and_one_fact_per_sentence);
    tcase_add_test(tc, refuses_an_unknown_mode_and_a_bad_trainee);
    tcase_add_test(tc, a_kiosk_leaves_typed_answers_out);
    tcase_add_test(tc, a_bank_with_nothing_playable_is_refused);
    tcase_add_test(tc, classroom_teams_take_turns_with_their_names);
    tcase_add_test(tc, the_phones_take_the_session_and_give_it_back);
    tcase_add_test(tc, a_trainee_drill_sets_the_round);
    tcase_add_test(tc, the_writer_stores_the_rounds_answers_and_a_refusal_is_told);
    tcase_add_test(tc, the_practice_ask_sees_the_answers_queued_before_it);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return run_suite(game_suite());
}
