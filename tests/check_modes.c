/* The three modes through the real loop (app_step), headless: classroom
 * turns and the scoreboard, training answers in the results store and the
 * CSV export, the kiosk's attract loop, "Still there?" and admin exit. */
#include <check.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "apptest.h"
#include "i18n.h"
#include "keypad.h"
#include "modeflow.h"
#include "phoneplay.h"
#include "registry.h"
#include "results_writer.h"
#include "scene_question.h"
#include "shell.h"
#include "testutil.h"
#include "ui.h"
#include "ui_lang.h"
#include "util.h"

#define BANK AMAN_FIXTURES "/ui_round.gift"

static CliOptions opt;
static App app;
static char dir[] = "/tmp/check_modes_XXXXXX";
static char *argv_store[32];

static void setup(void)
{
    ck_assert_ptr_nonnull(mkdtemp(strcpy(dir, "/tmp/check_modes_XXXXXX")));
}

static void teardown(void)
{
    char *cmd = xasprintf("rm -rf '%s'", dir);
    ck_assert_int_eq(system(cmd), 0);
    free(cmd);
}

/* Opens the game on the test bank with these extra options (NULL-ended). */
static void open_game(const char *first, ...)
{
    int argc = 0;
    const char *base[] = {"amanquiz", "--bank", BANK, "--size", "1024x600", "--seed", "5"};
    for (size_t i = 0; i < ARRAY_LEN(base); i++)
        argv_store[argc++] = (char *)base[i];
    va_list ap;
    va_start(ap, first);
    for (const char *a = first; a; a = va_arg(ap, const char *))
        argv_store[argc++] = (char *)a;
    va_end(ap);
    char err[1024];
    ck_assert_msg(cli_parse(&opt, argc, argv_store, err, sizeof err), "%s", err);
    i18n_start(AMAN_BUILD_DIR "/locale", LANG_EN, err, sizeof err);
    ck_assert_msg(app_init(&app, &opt, AMAN_BUILD_DIR "/game/", true, err, sizeof err), "%s", err);
}

static void settle(void)
{
    apptest_settle(&app);
}

/* Lets ms of game time pass with nobody touching anything. */
static void wait_ms(int64_t ms)
{
    for (int64_t t = 0; t < ms; t += 16)
        app_step(&app, false);
}

static void key(SDL_Keycode k)
{
    apptest_push_key(k);
    settle();
}

/* A tap: finger down, then up (the kiosk acts when it is lifted). */
static void tap_at(int x, int y)
{
    apptest_push_tap(&app, x, y);
    settle();
}

static void tap(SDL_Rect r)
{
    tap_at(r.x + r.w / 2, r.y + r.h / 2);
}

static const char *scene(void)
{
    return app.scene->name;
}

/* Answers the current question right or wrong with the keyboard. */
static void answer(bool right)
{
    const Question *q = quiz_current(app_quiz(&app));
    size_t qi = quiz_index(app_quiz(&app));
    if (q->kind == QKIND_NUMERIC) {
        const char *s = right ? "1960" : "1234";
        for (const char *p = s; *p; p++)
            key(*p);
        key(SDLK_RETURN);
    } else if (q->kind == QKIND_TRUEFALSE) {
        key(right == q->tf_answer ? SDLK_1 : SDLK_2);
    } else {
        bool multi = q->kind == QKIND_MULTI;
        for (int d = 0; d < q->n_choices; d++) {
            double w = quiz_choice(app_quiz(&app), qi, d)->weight;
            if ((multi ? w > 0 : w >= 1.0) == right) {
                key(SDLK_1 + d);
                if (!multi)
                    return;
            }
        }
        QLayout L;
        question_layout(&app, q, 0, &L);
        tap(L.submit);
    }
}

/* True when the frame on screen has a pixel of this colour. */
static bool frame_has(SDL_Color c)
{
    app_draw(&app);
    int w = app.width, h = app.height;
    Uint32 *px = xmalloc((size_t)w * h * 4);
    ck_assert_int_eq(SDL_RenderReadPixels(app.renderer, NULL, SDL_PIXELFORMAT_ARGB8888, px, w * 4),
                     0);
    Uint32 want = 0xFF000000u | (Uint32)c.r << 16 | (Uint32)c.g << 8 | c.b;
    bool found = false;
    for (int i = 0; i < w * h && !found; i++)
        found = px[i] == want;
    free(px);
    return found;
}

/* ---- classroom ---- */

START_TEST(classroom_three_teams_take_turns_with_the_scoreboard)
{
    open_game("--mode", "classroom", "--teams", "3", NULL);
    key(SDLK_RETURN);
    ck_assert_str_eq(scene(), "question");
    ck_assert_int_eq(app.game->n_teams, 3);
    size_t n = quiz_length(app_quiz(&app));
    ck_assert_uint_eq(n, 4);
    for (size_t i = 0; i < n; i++) {
        ck_assert_int_eq(quiz_team(app_quiz(&app)), (int)(i % 3));
        answer(true);
        ck_assert_str_eq(scene(), "feedback");
        ck_assert_int_eq(quiz_outcome(app_quiz(&app), i)->team, (int)(i % 3));
        key(SDLK_RETURN);
        if (i + 1 == n)
            break;
        ck_assert_str_eq(scene(), "scoreboard");
        for (int t = 0; t < 3; t++) /* every team's bar, in its colour */
            ck_assert_msg(frame_has(ui_team_colour(&app, t)), "team %d not on the scoreboard", t);
        key(SDLK_RETURN);
        ck_assert_str_eq(scene(), "question");
    }
    ck_assert_str_eq(scene(), "summary");
    ck_assert_int_gt(quiz_team_score(app_quiz(&app), 0), 0);
    ck_assert_int_gt(quiz_team_score(app_quiz(&app), 1), 0);
    ck_assert_int_gt(quiz_team_score(app_quiz(&app), 2), 0);
    app_quit(&app);
}
END_TEST

START_TEST(classroom_teacher_keys)
{
    open_game("--mode", "classroom", "--teams", "2", NULL);
    key(SDLK_RETURN);
    key(SDLK_h);
    ck_assert_str_eq(scene(), "teacher_help");
    ck_assert(quiz_paused(app_quiz(&app)));
    key(SDLK_ESCAPE);
    ck_assert_str_eq(scene(), "question");
    ck_assert(!quiz_paused(app_quiz(&app)));
    key(SDLK_s); /* skip: no points, on to the scoreboard */
    ck_assert(quiz_outcome(app_quiz(&app), 0)->skipped);
    ck_assert_str_eq(scene(), "scoreboard");
    key(SDLK_F1); /* the help from the scoreboard goes back there */
    ck_assert_str_eq(scene(), "teacher_help");
    key(SDLK_h);
    ck_assert_str_eq(scene(), "scoreboard");
    key(SDLK_RETURN);
    key(SDLK_r); /* reveal: the feedback with the right answer */
    ck_assert_str_eq(scene(), "feedback");
    ck_assert(quiz_outcome(app_quiz(&app), 1)->skipped);
    ck_assert(session_revealed_by_teacher(
        app.game->session)); /* says "The right answer", not "Skipped" */
    key(SDLK_RETURN);
    ck_assert(!session_revealed_by_teacher(app.game->session));
    key(SDLK_RETURN);
    key(SDLK_p); /* pause */
    ck_assert(quiz_paused(app_quiz(&app)));
    key(SDLK_p);
    ck_assert(!quiz_paused(app_quiz(&app)));
    key(SDLK_x); /* end the round */
    ck_assert_str_eq(scene(), "summary");
    ck_assert_int_eq(quiz_summary(app_quiz(&app)).score, 0);
    app_quit(&app);
}
END_TEST

/* Found in review: each of these froze the card, crashed or lost the pause. */
START_TEST(classroom_overlays_keep_the_question_state)
{
    open_game("--mode", "classroom", "--teams", "2", "--data-dir", dir, NULL);
    key(SDLK_RETURN);
    ck_assert_str_eq(scene(), "question");
    /* P, then the help, then back: still paused, with its panel. */
    key(SDLK_p);
    ck_assert(quiz_paused(app_quiz(&app)));
    key(SDLK_h);
    key(SDLK_ESCAPE);
    ck_assert_str_eq(scene(), "question");
    ck_assert(quiz_paused(app_quiz(&app)));
    key(SDLK_p);
    ck_assert(!quiz_paused(app_quiz(&app)));
    /* Answered, then the help opened during the answer's flash: the
     * feedback still follows. */
    ck_assert_int_eq(session_start_one(app.game->session, "ui-choice", app_now(&app)), SESSION_OK);
    app_go(&app, SCENE_QUESTION);
    settle();
    SDL_Event e = {.type = SDL_KEYDOWN};
    e.key.keysym.sym = SDLK_1;
    SDL_PushEvent(&e);
    app_step(&app, false);
    ck_assert_int_eq(quiz_state(app_quiz(&app)), QUIZ_FEEDBACK);
    key(SDLK_h);
    ck_assert_str_eq(scene(), "teacher_help");
    key(SDLK_h);
    settle();
    ck_assert_str_eq(scene(), "feedback");
    app_quit(&app);
}
END_TEST

START_TEST(scoreboard_without_a_round_goes_to_the_title)
{
    open_game("--mode", "classroom", "--teams", "2", NULL);
    app_go(&app, registry_find("scoreboard"));
    ck_assert_ptr_null(app_quiz(&app));
    key(SDLK_ESCAPE); /* crashed: quiz_end(NULL) */
    ck_assert_str_eq(scene(), "title");
    app_quit(&app);
}
END_TEST

/* A round left in the middle still closes its results session. */
START_TEST(an_abandoned_round_ends_its_session)
{
    open_game("--data-dir", dir, NULL);
    key(SDLK_RETURN);
    answer(true);
    key(SDLK_RETURN);
    key(SDLK_ESCAPE); /* pause */
    ck_assert(session_in_round(app.game->session));
    session_abandon(app.game->session, app_now(&app));
    app_quit(&app);
    char *path = xasprintf("%s/results.sqlite", dir);
    sqlite3 *db;
    sqlite3_stmt *st;
    ck_assert_int_eq(sqlite3_open(path, &db), SQLITE_OK);
    ck_assert_int_eq(sqlite3_prepare_v2(db,
                                        "SELECT count(*), sum(score) FROM sessions "
                                        "WHERE ended IS NOT NULL",
                                        -1, &st, NULL),
                     SQLITE_OK);
    ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
    ck_assert_int_eq(sqlite3_column_int(st, 0), 1);
    ck_assert_int_eq(sqlite3_column_int(st, 1), 100); /* the one right answer */
    sqlite3_finalize(st);
    sqlite3_close(db);
    free(path);
}
END_TEST

/* ---- training ---- */

/* Rows of the CSV export of the store in dir, read by a second connection
 * (what another process would see after a crash). */
static int exported_rows(const char *trainee, char **csv_out)
{
    char *path = xasprintf("%s/results.sqlite", dir);
    Diag d = {0};
    Results *r = results_open(path, &d);
    char *buf = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&buf, &len);
    ck_assert(results_export_csv(r, mem, trainee, NULL, NULL, &d));
    fclose(mem);
    results_close(r);
    diag_clear(&d);
    free(path);
    int rows = -1; /* the header */
    for (char *p = buf; *p; p++)
        rows += *p == '\n';
    if (csv_out)
        *csv_out = buf;
    else
        free(buf);
    return rows;
}

START_TEST(training_stores_every_answer_when_given)
{
    open_game("--mode", "training", "--trainee", "31337", "--data-dir", dir, NULL);
    key(SDLK_RETURN);
    ck_assert_str_eq(scene(), "drills");
    key(SDLK_RETURN);
    ck_assert_str_eq(scene(), "question");
    size_t n = quiz_length(app_quiz(&app));
    for (size_t i = 0; i < n; i++) {
        ck_assert_int_eq(exported_rows("31337", NULL), (int)i);
        answer(i % 2 == 0);
        ck_assert_int_eq(exported_rows("31337", NULL), (int)i + 1);
        key(SDLK_RETURN);
    }
    ck_assert_str_eq(scene(), "summary");
    char *csv;
    ck_assert_int_eq(exported_rows("31337", &csv), (int)n);
    ck_assert_ptr_nonnull(strstr(csv, "31337,1,"));
    ck_assert_ptr_nonnull(strstr(csv, ",ui-number,1234,0,0,"));
    ck_assert_int_eq(exported_rows("99", NULL), 0);
    free(csv);
    app_quit(&app);
}
END_TEST

/* Stores one answer of trainee to question id, days_ago days back. */
static void past_answer(const char *trainee, const char *id, bool right, int days_ago)
{
    char *path = xasprintf("%s/results.sqlite", dir), when[40];
    Diag d = {0};
    Results *r = results_open(path, &d);
    results_format_time(time(NULL) - days_ago * 86400, when, sizeof when);
    int64_t s = results_session_begin(r, "training", trainee, NULL, "en", when);
    ResultsAnswer a = {when, id, right ? "1" : "2", right, right, right ? 100 : 0, 3000, "en"};
    ck_assert(results_add_answer(r, s, &a));
    results_close(r);
    diag_clear(&d);
    free(path);
}

/* FSRS: a question missed 5 days ago is due (Again: due after a day); one
 * right 2 days ago is not (Good: due after 4). "Practise what is due"
 * plays the due one first, then new ones, never the one not yet due. */
START_TEST(training_sign_in_on_the_keypad_then_practise_what_is_due)
{
    static char conf[256]; /* rounds of 2 of the test bank's 4 questions */
    snprintf(conf, sizeof conf, "%s/two.conf", dir);
    FILE *fp = fopen(conf, "w");
    fputs("round_length = 2\n", fp);
    fclose(fp);
    open_game("--mode", "training", "--data-dir", dir, "--config", conf, NULL);
    const char *due = bank_question(app.game->bank, 1)->id,
               *later = bank_question(app.game->bank, 2)->id;
    past_answer("57", due, false, 5);
    past_answer("57", later, true, 2);
    key(SDLK_RETURN);
    ck_assert_str_eq(scene(), "signin");
    KeypadScreen L;
    keypad_screen(&app, &L);
    tap(L.keys[KEYPAD_OK]); /* nothing typed: refused */
    ck_assert_str_eq(scene(), "signin");
    tap(L.keys[4]); /* 5 */
    tap(L.keys[0]); /* 7 */
    tap(L.keys[KEYPAD_OK]);
    ck_assert_str_eq(scene(), "drills");
    ck_assert_str_eq(session_player_trainee(app.game->session, app.game->player), "57");
    ck_assert_str_eq(flow_of(&app)->toast, "1 question is due for practice");
    ck_assert_uint_eq(app.game->drill.n_due, 1);
    ck_assert_uint_eq(app.game->drill.n_practice, app.game->n_pool);
    ck_assert_str_eq(app.game->drill.practice[0], due);
    ck_assert_str_eq(app.game->drill.practice[app.game->n_pool - 1], later);
    /* "Practise what is due": the due question and new ones, not the other. */
    SDL_Rect c = ui_content(&app);
    int gap = ui_px(&app, 12), bw = (c.w - 2 * gap) / 3, bh = ui_px(&app, 60);
    tap((SDL_Rect){c.x + bw + gap, c.y + c.h - bh, bw, bh});
    ck_assert_str_eq(scene(), "question");
    size_t n = quiz_length(app_quiz(&app));
    ck_assert_uint_eq(n, 2);
    bool has_due = false;
    for (size_t i = 0; i < n; i++) {
        has_due |= strcmp(quiz_question(app_quiz(&app), i)->id, due) == 0;
        ck_assert_str_ne(quiz_question(app_quiz(&app), i)->id, later);
    }
    ck_assert(has_due);
    /* Signed in on the keypad: leaving the drills signs out. */
    key(SDLK_x); /* not a classroom: X does nothing */
    ck_assert_str_eq(scene(), "question");
    key(SDLK_ESCAPE), key(SDLK_DOWN), key(SDLK_RETURN); /* pause, End round */
    key(SDLK_RETURN);
    ck_assert_str_eq(scene(), "drills");
    key(SDLK_ESCAPE);
    ck_assert_str_eq(scene(), "title");
    ck_assert_ptr_null(session_player_trainee(app.game->session, app.game->player));
    key(SDLK_RETURN);
    ck_assert_str_eq(scene(), "signin");
    app_quit(&app);
}
END_TEST

/* The sign-in's Trainer button: the admin PIN (kiosk_pin, 1234 by
 * default), then the charts (their dashed pass line is the only UI_WRONG
 * red on screen); a wrong PIN shows none. */
START_TEST(trainer_results_behind_the_admin_pin)
{
    open_game("--mode", "training", "--data-dir", dir, NULL);
    past_answer("12", bank_question(app.game->bank, 0)->id, true, 3);
    key(SDLK_RETURN);
    ck_assert_str_eq(scene(), "signin");
    KeypadScreen L;
    keypad_screen(&app, &L);
    SDL_Rect back = ui_mirror(&app, L.back);
    tap(ui_mirror(&app, (SDL_Rect){back.x + back.w + ui_px(&app, 12), back.y, back.w, back.h}));
    ck_assert_str_eq(scene(), "results");
    for (int i = 0; i < 4; i++)
        tap(L.keys[6]); /* 1111 */
    tap(L.keys[KEYPAD_OK]);
    ck_assert_str_eq(scene(), "results");
    ck_assert(!frame_has(UI_WRONG));
    const int pin[] = {6, 7, 8, 3}; /* 1 2 3 4 on the pad */
    for (int i = 0; i < 4; i++)
        tap(L.keys[pin[i]]);
    tap(L.keys[KEYPAD_OK]);
    ck_assert_str_eq(scene(), "results");
    ck_assert(frame_has(UI_WRONG));
    key(SDLK_ESCAPE);
    ck_assert_str_eq(scene(), "signin");
    app_quit(&app);
}
END_TEST

/* The interactive game reads the high scores on the results' thread
 * (game/scenes/asks.h): the screen is drawn at once without the table,
 * and the writer's wake-up event brings the answer, which the loop hands
 * over and draws. The first row's stripe is the sign the table is shown. */
START_TEST(the_scores_screen_draws_the_answer_of_the_results_thread)
{
    open_game("--mode", "play", "--data-dir", dir, NULL);
    char *path = xasprintf("%s/results.sqlite", dir), when[40];
    Diag d = {0};
    Results *r = results_open(path, &d); /* another game's round */
    results_format_time(time(NULL), when, sizeof when);
    ck_assert(results_add_high_score(r, "play", "Amina", 700, when));
    results_close(r);
    diag_clear(&d);
    free(path);
    ck_assert(results_writer_running(app.game->results));
    const SDL_Color stripe = {0xEC, 0xE6, 0xD2, 0xFF};
    app.headless = false; /* asks no longer wait for their answer */
    app_go(&app, SCENE_SCORES);
    ck_assert_str_eq(scene(), "scores");
    ck_assert(!frame_has(stripe)); /* asked, not handed over yet */
    for (int i = 0; i < 20 && !frame_has(stripe); i++)
        app_step(&app, true); /* sleeps until the wake-up */
    ck_assert(frame_has(stripe));
    app.headless = true;
    app_quit(&app);
}
END_TEST

/* ---- kiosk ---- */

static void open_kiosk(void)
{
    char *conf = xasprintf("%s/kiosk.conf", dir);
    FILE *fp = fopen(conf, "w");
    fputs("kiosk_idle = 10\nkiosk_countdown = 3\nkiosk_pin = 2468\n", fp);
    fclose(fp);
    static char confbuf[256];
    snprintf(confbuf, sizeof confbuf, "%s", conf);
    free(conf);
    open_game("--mode", "kiosk", "--config", confbuf, "--data-dir", dir, NULL);
}

START_TEST(kiosk_attract_after_idle_and_back_on_touch)
{
    open_kiosk();
    settle();
    ck_assert_str_eq(scene(), "attract");
    /* The pointer hides when the mouse rests and comes back when it moves. */
    wait_ms(3100);
    ck_assert_int_eq(SDL_ShowCursor(SDL_QUERY), SDL_DISABLE);
    SDL_Event m = {.type = SDL_MOUSEMOTION};
    m.motion.x = 10;
    SDL_PushEvent(&m);
    settle();
    ck_assert_int_eq(SDL_ShowCursor(SDL_QUERY), SDL_ENABLE);
    tap_at(app.width / 2, app.height / 2);
    ck_assert_str_eq(scene(), "question");
    /* Idle in the round: "Still there?", the clock stopped; a touch resumes. */
    wait_ms(9000);
    ck_assert_str_eq(scene(), "question");
    wait_ms(1100);
    ck_assert_str_eq(scene(), "stillthere");
    ck_assert(quiz_paused(app_quiz(&app)));
    tap_at(app.width / 2, app.height / 2);
    ck_assert_str_eq(scene(), "question");
    ck_assert(!quiz_paused(app_quiz(&app)));
    /* Answered once in Urdu, then gone: the countdown ends on the attract
     * loop, back in the kiosk's language. */
    key(SDLK_l);
    ck_assert_str_eq(lang_code(), "ur");
    answer(true);
    wait_ms(10100);
    ck_assert_str_eq(scene(), "stillthere");
    wait_ms(3100);
    ck_assert_str_eq(scene(), "attract");
    ck_assert_int_eq(exported_rows(NULL, NULL), 1); /* the answer given is kept */
    ck_assert_str_eq(lang_code(), "en");
    key(SDLK_ESCAPE); /* a key plays too; Esc does not quit */
    ck_assert(app.running);
    ck_assert_str_eq(scene(), "question");
    app_quit(&app);
}
END_TEST

/* High scores keep a default team name in English and show it in the
 * language of the screen; a name a teacher chose stays as typed. */
START_TEST(stored_team_names_show_in_the_current_language)
{
    open_game("--mode", "classroom", "--teams", "3", NULL);
    lang_set_urdu(true);
    ck_assert_str_eq(mode_team_display_name("Red"), "سرخ ٹیم");
    ck_assert_str_eq(mode_team_display_name("Falcons"), "Falcons");
    lang_set_urdu(false);
    ck_assert_str_eq(mode_team_display_name("Red"), "Red");
    app_quit(&app);
}
END_TEST

/* The language button reaches into an admin corner: a tap on that part
 * still switches the language (on the attract loop, which it does not
 * leave, and in a round), while a long press there still starts the hold. */
START_TEST(kiosk_language_button_works_in_its_corner)
{
    open_kiosk();
    settle();
    ck_assert_str_eq(scene(), "attract");
    SDL_Rect b = ui_lang_button_rect(&app);
    int s = ui_px(&app, 56), x = b.x + b.w - 4, y = b.y + 4;
    ck_assert(x >= app.width - s && y < s); /* inside the top-right corner */
    tap_at(x, y);
    ck_assert_str_eq(lang_code(), "ur");
    ck_assert_str_eq(scene(), "attract");
    b = ui_lang_button_rect(&app); /* the button moves to the other side in Urdu */
    x = b.x + 4, y = b.y + 4;
    ck_assert(x < s && y < s);
    tap_at(app.width / 2, app.height / 2);
    ck_assert_str_eq(scene(), "question");
    tap_at(x, y);
    ck_assert_str_eq(lang_code(), "en");
    ck_assert_str_eq(scene(), "question");
    b = ui_lang_button_rect(&app);
    SDL_Event d = {.type = SDL_FINGERDOWN};
    d.tfinger.x = (b.x + b.w - 4 + 0.5f) / app.width;
    d.tfinger.y = (b.y + 4 + 0.5f) / app.height;
    SDL_PushEvent(&d);
    wait_ms(5100);
    ck_assert_str_eq(scene(), "admin");
    ck_assert_str_eq(lang_code(), "en");
    app_quit(&app);
}
END_TEST

START_TEST(kiosk_leaves_only_with_corner_hold_and_pin)
{
    open_kiosk();
    settle();
    SDL_Event q = {.type = SDL_QUIT};
    SDL_PushEvent(&q);
    settle();
    ck_assert(app.running); /* closing the window does nothing */
    /* A short hold in a corner does nothing but start a round. */
    SDL_Event d = {.type = SDL_FINGERDOWN};
    d.tfinger.x = 0.005f;
    d.tfinger.y = 0.99f;
    SDL_PushEvent(&d);
    wait_ms(4000);
    d.type = SDL_FINGERUP;
    SDL_PushEvent(&d);
    settle();
    ck_assert_str_eq(scene(), "question");
    /* Five seconds: the PIN keypad. */
    d.type = SDL_FINGERDOWN;
    SDL_PushEvent(&d);
    wait_ms(5100);
    ck_assert_str_eq(scene(), "admin");
    d.type = SDL_FINGERUP;
    SDL_PushEvent(&d);
    settle();
    KeypadScreen L;
    keypad_screen(&app, &L);
    tap(L.keys[6]), tap(L.keys[6]), tap(L.keys[6]), tap(L.keys[6]); /* 1111 */
    tap(L.keys[KEYPAD_OK]);
    ck_assert(app.running);
    ck_assert_str_eq(scene(), "admin");
    key(SDLK_2), key(SDLK_4), key(SDLK_6), key(SDLK_8), key(SDLK_RETURN);
    ck_assert(!app.running);
    ck_assert_int_eq(app.exit_status, KIOSK_EXIT_STATUS);
    app_quit(&app);
}
END_TEST

/* One session: with the phones on, the projector has no player and the
 * title's Start goes back to their lobby; once their class is over the
 * projector plays again, with the mode's teams. */
START_TEST(the_phones_hold_the_session_until_their_class_is_over)
{
    setenv("AMAN_PHONES_BIND", "127.0.0.1", 1);
    char port[16];
    snprintf(port, sizeof port, "%d", 20000 + (int)(getpid() % 20000));
    open_game("--mode", "classroom", "--teams", "2", "--phones", "--port", port, NULL);
    int projector = app.game->player;
    ck_assert_int_gt(projector, 0);
    char err[512];
    ck_assert_msg(phoneplay_start(&app, err, sizeof err), "%s", err);
    ck_assert_int_eq(app.game->player, 0);
    ck_assert(!session_has_player(app.game->session, projector));
    ck_assert(phoneplay_in_class(&app));
    ck_assert_int_eq(session_quiz_config(app.game->session)->teams, 0);
    app_go(&app, SCENE_TITLE);
    settle();
    key(SDLK_RETURN);
    ck_assert_str_eq(scene(), "lobby");
    /* A phone's round (its player added as the server's queue would): the
     * teacher's keys are the session's commands, and the phones' room
     * follows the session. */
    int phone = 0;
    ck_assert_int_eq(
        session_add_player(app.game->session, "Ayesha", -1, NULL, &phone, app_now(&app)),
        SESSION_OK);
    session_quiz_config(app.game->session)->time_limit_s = 30;
    ck_assert(phoneplay_begin(&app));
    app_go(&app, SCENE_PHONEQ);
    settle();
    Room *room = phones_lock(phoneplay_server(&app));
    int64_t left = room_time_left(room, phones_now());
    phones_unlock(phoneplay_server(&app));
    ck_assert_int_gt(left, 25000);
    key(SDLK_t); /* 15 more seconds, on the phones too */
    room = phones_lock(phoneplay_server(&app));
    ck_assert_int_gt(room_time_left(room, phones_now()), left + 10000);
    phones_unlock(phoneplay_server(&app));
    key(SDLK_p); /* refused with a note: the phones would still answer */
    ck_assert_str_eq(scene(), "phoneq");
    ck_assert(!session_paused(app.game->session));
    ck_assert_str_eq(flow_of(&app)->toast, "A question on the phones cannot be paused");
    key(SDLK_s); /* skip: the next question, on the phones too */
    ck_assert_str_eq(scene(), "phoneq");
    ck_assert_int_eq(session_phase(app.game->session), SESSION_ASKING);
    ck_assert_uint_eq(session_index(app.game->session), 1);
    room = phones_lock(phoneplay_server(&app));
    ck_assert_int_eq(room_question_index(room), 1);
    ck_assert_int_eq(room_phase(room), ROOM_ASKING);
    phones_unlock(phoneplay_server(&app));
    key(SDLK_r); /* reveal */
    ck_assert_int_eq(session_phase(app.game->session), SESSION_REVEAL);
    room = phones_lock(phoneplay_server(&app));
    ck_assert_int_eq(room_phase(room), ROOM_REVEALED);
    phones_unlock(phoneplay_server(&app));
    key(SDLK_RETURN); /* the phones' next question */
    ck_assert_uint_eq(session_index(app.game->session), 2);
    key(SDLK_x); /* end: the podium */
    ck_assert_str_eq(scene(), "phoneq");
    ck_assert_int_eq(session_phase(app.game->session), SESSION_SUMMARY);
    room = phones_lock(phoneplay_server(&app));
    ck_assert_int_eq(room_phase(room), ROOM_ENDED);
    phones_unlock(phoneplay_server(&app));
    key(SDLK_RETURN); /* Finish: the class is over */
    ck_assert_str_eq(scene(), "title");
    ck_assert_int_gt(app.game->player, 0);
    ck_assert(!phoneplay_in_class(&app));
    ck_assert_int_gt(app.game->player, 0);
    key(SDLK_RETURN);
    ck_assert_str_eq(scene(), "question");
    ck_assert_ptr_nonnull(app_quiz(&app));
    ck_assert_int_eq(quiz_team(app_quiz(&app)), 0); /* the teams take turns again */
    ck_assert_uint_eq(session_player_count(app.game->session), 1);
    phoneplay_stop(&app);
    app_quit(&app);
}
END_TEST

/* A trainer's drill on the recruits' phones: the teacher's keys work there
 * too (X ends it on the podium), though training has no keys at the
 * projector's own keypad rounds. */
START_TEST(a_training_class_on_phones_takes_the_teacher_keys)
{
    setenv("AMAN_PHONES_BIND", "127.0.0.1", 1);
    char port[16];
    snprintf(port, sizeof port, "%d", 20000 + (int)((getpid() + 7) % 20000));
    open_game("--mode", "training", "--phones", "--port", port, NULL);
    char err[512];
    ck_assert_msg(phoneplay_start(&app, err, sizeof err), "%s", err);
    int recruit = 0;
    ck_assert_int_eq(
        session_add_player(app.game->session, "1042", -1, "1042", &recruit, app_now(&app)),
        SESSION_OK);
    ck_assert(phoneplay_begin(&app));
    app_go(&app, SCENE_PHONEQ);
    settle();
    key(SDLK_s);
    ck_assert_uint_eq(session_index(app.game->session), 1);
    key(SDLK_x);
    ck_assert_int_eq(session_phase(app.game->session), SESSION_SUMMARY);
    Room *room = phones_lock(phoneplay_server(&app));
    ck_assert_int_eq(room_phase(room), ROOM_ENDED);
    phones_unlock(phoneplay_server(&app));
    ck_assert_str_eq(scene(), "phoneq");
    phoneplay_stop(&app);
    app_quit(&app);
}
END_TEST

static Suite *modes_suite(void)
{
    Suite *s = suite_create("modes");
    TCase *core = tcase_create("core");
    tcase_add_checked_fixture(core, setup, teardown);
    tcase_add_test(core, the_scores_screen_draws_the_answer_of_the_results_thread);
    tcase_add_test(core, classroom_three_teams_take_turns_with_the_scoreboard);
    tcase_add_test(core, classroom_teacher_keys);
    tcase_add_test(core, classroom_overlays_keep_the_question_state);
    tcase_add_test(core, scoreboard_without_a_round_goes_to_the_title);
    tcase_add_test(core, an_abandoned_round_ends_its_session);
    tcase_add_test(core, training_stores_every_answer_when_given);
    tcase_add_test(core, training_sign_in_on_the_keypad_then_practise_what_is_due);
    tcase_add_test(core, trainer_results_behind_the_admin_pin);
    tcase_add_test(core, kiosk_attract_after_idle_and_back_on_touch);
    tcase_add_test(core, kiosk_leaves_only_with_corner_hold_and_pin);
    tcase_add_test(core, kiosk_language_button_works_in_its_corner);
    tcase_add_test(core, stored_team_names_show_in_the_current_language);
    tcase_add_test(core, the_phones_hold_the_session_until_their_class_is_over);
    tcase_add_test(core, a_training_class_on_phones_takes_the_teacher_keys);
    suite_add_tcase(s, core);
    return s;
}

int main(void)
{
    return run_suite(modes_suite());
}
