/* Sound and reading aloud in the game, through the real loop (offscreen
 * video, SDL's dummy audio driver): the speaker button is a real button,
 * the reading stops at once on an answer, a second press or a language
 * switch; M mutes; right, wrong, ticks and the round's end are played at
 * their moments; no audio device hides the button and changes nothing
 * else. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "registry.h"
#include "shell.h"
#include "app_sound.h"
#include "i18n.h"
#include "scene_question.h"
#include "speech.h"
#include "testutil.h"
#include "ui.h"
#include "ui_lang.h"

#define BANK AMAN_FIXTURES "/ui_round.gift"

static CliOptions opt;
static App app;

static void open_game(void)
{
    char *argv[] = {"amanquiz", "--bank", BANK, "--size", "1024x600", "--seed", "3"};
    char err[1024];
    ck_assert(cli_parse(&opt, 7, argv, err, sizeof err));
    i18n_start(AMAN_BUILD_DIR "/locale", LANG_EN, err, sizeof err);
    ck_assert_msg(app_init(&app, &opt, AMAN_BUILD_DIR "/game/", true, err, sizeof err), "%s", err);
}

static void settle(void)
{
    for (int i = 0; i < 400; i++)
        if (!app_step(&app, false) &&
            SDL_PeepEvents(NULL, 0, SDL_PEEKEVENT, SDL_FIRSTEVENT, SDL_LASTEVENT) == 0)
            return;
    ck_abort_msg("the scene never settled");
}

/* One event through one turn of the loop (no settling: "at once"). */
static void key_now(SDL_Keycode k)
{
    SDL_Event e = {.type = SDL_KEYDOWN};
    e.key.keysym.sym = k;
    SDL_PushEvent(&e);
    app_step(&app, false);
}

static void click_now(SDL_Rect r)
{
    SDL_Event e = {.type = SDL_MOUSEBUTTONDOWN};
    e.button.button = SDL_BUTTON_LEFT;
    e.button.x = r.x + r.w / 2;
    e.button.y = r.y + r.h / 2;
    SDL_PushEvent(&e);
    app_step(&app, false);
}

static QLayout layout(void)
{
    QLayout L;
    question_layout(&app, quiz_current(app_quiz(&app)), 0, &L);
    return L;
}

static void start_round_of(const char *id)
{
    ck_assert_int_eq(session_start_one(app.session, id, app_now(&app)), SESSION_OK);
    app_sound_notice(&app, APP_NOTICE_ROUND); /* as app_new_round tells it */
    app_go(&app, SCENE_QUESTION);
    settle();
}

static bool overlaps(SDL_Rect a, SDL_Rect b)
{
    return SDL_HasIntersection(&a, &b);
}

START_TEST(speaker_button_is_a_real_button)
{
    open_game();
    start_round_of("ui-choice");
    ck_assert(app_sound_can_read(&app));
    QLayout L = layout();
    ck_assert_int_ge(L.speaker.w, 48);
    ck_assert_int_ge(L.speaker.h, 48);
    SDL_Rect in_card;
    ck_assert(SDL_IntersectRect(&L.speaker, &L.card, &in_card));
    ck_assert_int_eq(in_card.w * in_card.h, L.speaker.w * L.speaker.h);
    for (int i = 0; i < L.n_buttons; i++)
        ck_assert(!overlaps(L.speaker, L.buttons[i]));
    ck_assert_int_gt(L.speaker.x, L.card.x + L.card.w / 2); /* at the end of an English line */
    /* Tab reaches it after the answers; Enter presses it. */
    for (int i = 0; i <= L.n_buttons; i++)
        key_now(SDLK_TAB);
    ck_assert(!app_sound_reading(&app));
    key_now(SDLK_RETURN);
    ck_assert(app_sound_reading(&app));
    ck_assert_str_eq(app.scene->name, "question"); /* no answer was given */
    key_now(SDLK_RETURN);                          /* pressed again: stops */
    ck_assert(!app_sound_reading(&app));
    app_quit(&app);
}
END_TEST

START_TEST(reading_stops_at_once_on_an_answer)
{
    open_game();
    start_round_of("ui-choice");
    click_now(layout().speaker);
    ck_assert(app_sound_reading(&app));
    settle(); /* the loop does not wait for the speech engine */
    ck_assert(app_sound_reading(&app));
    key_now(SDLK_a);
    ck_assert(!app_sound_reading(&app));
    settle();
    ck_assert_str_eq(app.scene->name, "feedback");
    ck_assert(!app_sound_reading(&app));
    key_now(SDLK_q); /* Q on the feedback reads its explanation */
    ck_assert(app_sound_reading(&app));
    key_now(SDLK_RETURN); /* moving on stops it */
    ck_assert(!app_sound_reading(&app));
    app_quit(&app);
}
END_TEST

START_TEST(language_switch_stops_and_mirrors_the_button)
{
    open_game();
    start_round_of("ui-tf");
    key_now(SDLK_q);
    ck_assert(app_sound_reading(&app));
    key_now(SDLK_l);
    ck_assert(lang_is_urdu());
    ck_assert(!app_sound_reading(&app));
    QLayout L = layout();
    ck_assert_int_lt(L.speaker.x + L.speaker.w, L.card.x + L.card.w / 2);
    key_now(SDLK_q); /* reads in Urdu */
    ck_assert(app_sound_reading(&app));
    key_now(SDLK_l);
    app_quit(&app);
}
END_TEST

START_TEST(m_mutes_and_unmutes)
{
    open_game();
    ck_assert(!app_sound_muted(&app));
    key_now(SDLK_m);
    ck_assert(app_sound_muted(&app));
    key_now(SDLK_m);
    ck_assert(!app_sound_muted(&app));
    app_quit(&app);
}
END_TEST

START_TEST(no_audio_device_hides_the_button_and_plays_on)
{
    setenv("SDL_AUDIODRIVER", "no-such-driver", 1);
    open_game();
    start_round_of("ui-choice");
    ck_assert(!app_sound_can_read(&app));
    ck_assert_int_eq(layout().speaker.w, 0);
    key_now(SDLK_q);
    ck_assert(!app_sound_reading(&app));
    key_now(SDLK_a);
    settle();
    ck_assert_str_eq(app.scene->name, "feedback");
    app_quit(&app);
}
END_TEST

START_TEST(sounds_for_ticks_timeout_and_round_end)
{
    open_game();
    app_quiz_config(&app)->time_limit_s = 7;
    start_round_of("ui-choice");
    for (int i = 0; i < 1000 && strcmp(app.scene->name, "question") == 0; i++)
        app_step(&app, false); /* 16 ms of game time a turn, no answer */
    ck_assert_str_eq(app.scene->name, "feedback");
    ck_assert_uint_eq(app_sound_started(&app, SOUND_TICK), 5);  /* 5, 4, 3, 2, 1 */
    ck_assert_uint_eq(app_sound_started(&app, SOUND_WRONG), 1); /* the time ran out */
    ck_assert_uint_eq(app_sound_started(&app, SOUND_RIGHT), 0);
    ck_assert_uint_eq(app_sound_started(&app, SOUND_ROUND_END), 0);
    key_now(SDLK_RETURN);
    settle();
    ck_assert_str_eq(app.scene->name, "summary");
    ck_assert_uint_eq(app_sound_started(&app, SOUND_ROUND_END), 1);
    app_quit(&app);
}
END_TEST

/* The badge of the right answer of the round's only question (shuffled). */
static int right_badge(void)
{
    for (int d = 0; d < quiz_current(app_quiz(&app))->n_choices; d++)
        if (quiz_choice(app_quiz(&app), 0, d)->weight >= 1)
            return d;
    ck_abort_msg("no right answer");
    return -1;
}

START_TEST(right_answer_sounds_once)
{
    open_game();
    start_round_of("ui-choice");
    key_now(SDLK_a + right_badge());
    ck_assert_uint_eq(app_sound_started(&app, SOUND_RIGHT), 1); /* at the tap, not after */
    settle();
    ck_assert_str_eq(app.scene->name, "feedback");
    ck_assert_uint_eq(app_sound_started(&app, SOUND_RIGHT), 1);
    ck_assert_uint_eq(app_sound_started(&app, SOUND_WRONG), 0);
    ck_assert_uint_eq(app_sound_started(&app, SOUND_TICK), 0); /* no time limit */
    start_round_of("ui-choice"); /* the same question in a new round sounds again */
    key_now(SDLK_a + right_badge());
    ck_assert_uint_eq(app_sound_started(&app, SOUND_RIGHT), 2);
    app_quit(&app);
}
END_TEST

static Suite *readaloud_suite(void)
{
    Suite *s = suite_create("readaloud");
    TCase *core = tcase_create("core");
    tcase_set_timeout(core, 60);
    if (AMAN_SPEECH_BUILT) {
        tcase_add_test(core, speaker_button_is_a_real_button);
        tcase_add_test(core, reading_stops_at_once_on_an_answer);
        tcase_add_test(core, language_switch_stops_and_mirrors_the_button);
    }
    tcase_add_test(core, m_mutes_and_unmutes);
    tcase_add_test(core, sounds_for_ticks_timeout_and_round_end);
    tcase_add_test(core, right_answer_sounds_once);
    suite_add_tcase(s, core);
    TCase *errors = tcase_create("errors");
    tcase_add_test(errors, no_audio_device_hides_the_button_and_plays_on);
    suite_add_tcase(s, errors);
    return s;
}

int main(void)
{
    return run_suite(readaloud_suite());
}
