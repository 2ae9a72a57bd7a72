/* Sound and reading aloud in the game, through the real loop (offscreen
 * video, SDL's dummy audio driver): the speaker buttons of the question and
 * feedback cards are real buttons, the reading stops at once on an answer,
 * a second press or a language switch, the bilingual view reads both
 * languages, the kiosk's attract loop reads its facts and waits for them;
 * M mutes; right, wrong, ticks and the round's end are played at their
 * moments, and a bell when a phone joins the lobby; no audio device hides
 * the button and changes nothing else. */
#include <arpa/inet.h>
#include <check.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "app.h"
#include "app_sound.h"
#include "apptest.h"
#include "i18n.h"
#include "modeflow.h"
#include "phoneplay.h"
#include "phones.h"
#include "registry.h"
#include "scene_feedback.h"
#include "scene_question.h"
#include "shell.h"
#include "speech.h"
#include "testutil.h"
#include "ui.h"
#include "ui_lang.h"

#define BANK AMAN_FIXTURES "/ui_round.gift"
#define REAL_BANK AMAN_SOURCE_DIR "/questions/un-peacekeeping.gift" /* translated */

static CliOptions opt;
static App app;
static char dir[64], conf[96];

/* The game; its sound opened at once (the loop opens it on a thread after
 * the first frame: sound_opens_after_the_first_frame) unless late. */
static void open_game_sound(const char *bank, bool late)
{
    char *argv[] = {"amanquiz", "--bank", (char *)bank, "--size", "1024x600", "--seed", "3"};
    char err[1024];
    ck_assert(cli_parse(&opt, 7, argv, err, sizeof err));
    i18n_start(AMAN_BUILD_DIR "/locale", LANG_EN, err, sizeof err);
    ck_assert_msg(app_init(&app, &opt, AMAN_BUILD_DIR "/game/", true, err, sizeof err), "%s", err);
    if (!late)
        app_sound_wait(&app);
}

static void open_game_on(const char *bank)
{
    open_game_sound(bank, false);
}

static void open_game(void)
{
    open_game_on(BANK);
}

/* A kiosk on the real bank (long facts), its settings from config_text,
 * its results in a new directory; its sound opened at once unless late. */
static void open_kiosk_sound(const char *config_text, bool late)
{
    snprintf(dir, sizeof dir, "/tmp/check_readaloud_XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(dir));
    snprintf(conf, sizeof conf, "%s/kiosk.conf", dir);
    FILE *fp = fopen(conf, "w");
    ck_assert_ptr_nonnull(fp);
    fputs(config_text, fp);
    fclose(fp);
    char *argv[] = {"amanquiz", "--bank", REAL_BANK,  "--size", "1024x600",   "--seed", "3",
                    "--mode",   "kiosk",  "--config", conf,     "--data-dir", dir};
    char err[1024];
    ck_assert_msg(cli_parse(&opt, 13, argv, err, sizeof err), "%s", err);
    i18n_start(AMAN_BUILD_DIR "/locale", LANG_EN, err, sizeof err);
    ck_assert_msg(app_init(&app, &opt, AMAN_BUILD_DIR "/game/", true, err, sizeof err), "%s", err);
    if (!late)
        app_sound_wait(&app);
}

static void open_kiosk(const char *config_text)
{
    open_kiosk_sound(config_text, false);
}

static void close_kiosk(void)
{
    app_quit(&app);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    ck_assert_int_eq(system(cmd), 0);
}

static void settle(void)
{
    apptest_settle(&app);
}

/* One event through one turn of the loop (no settling: "at once"). */
static void key_now(SDL_Keycode k)
{
    apptest_push_key(k);
    app_step(&app, false);
}

static void click_now(SDL_Rect r)
{
    apptest_push_click(&app, r.x + r.w / 2, r.y + r.h / 2, false);
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
    ck_assert_int_eq(session_start_one(app.game->session, id, app_now(&app)), SESSION_OK);
    app_sound_notice(&app, APP_NOTICE_ROUND); /* as app_new_round tells it */
    app_go(&app, SCENE_QUESTION);
    settle();
}

static bool overlaps(SDL_Rect a, SDL_Rect b)
{
    return SDL_HasIntersection(&a, &b);
}

static bool inside(SDL_Rect inner, SDL_Rect outer)
{
    SDL_Rect both;
    return SDL_IntersectRect(&inner, &outer, &both) && both.w == inner.w && both.h == inner.h;
}

/* Turns the loop in real time (the speech plays in real time) until want
 * texts are cached and want_hits reads came from the cache; 15 s at most. */
static void wait_cached(size_t want, size_t want_hits)
{
    size_t n = 0, hits = 0;
    for (int i = 0; i < 1500; i++) {
        n = app_sound_cached(&app, &hits);
        if (n >= want && hits >= want_hits)
            break;
        app_step(&app, false);
        SDL_Delay(10);
    }
    ck_assert_uint_eq(n, want);
    ck_assert_uint_eq(hits, want_hits);
}

/* Turns the loop in real time until the reading ends; 40 s at most. */
static void wait_reading_ends(void)
{
    for (int i = 0; i < 4000 && app_sound_reading(&app); i++) {
        app_step(&app, false);
        SDL_Delay(10);
    }
    ck_assert(!app_sound_reading(&app));
}

static KioskPage attract_page(void)
{
    return session_kiosk_attract_page(app.game->session, app.game->n_facts, app_now(&app));
}

/* A kiosk (close_kiosk) on its attract loop's first page, a fact. */
static void open_attract(const char *config_text)
{
    open_kiosk(config_text);
    settle();
    ck_assert_str_eq(app.scene->name, "attract");
    ck_assert_int_eq(attract_page().kind, KIOSK_PAGE_FACT);
    ck_assert_int_eq(attract_page().number, 0);
}

/* Lets ms of game time pass with nobody touching anything, in far less
 * real time (16 ms a turn, no waiting). */
static void game_time_passes(int64_t ms)
{
    int64_t t0 = app_now(&app);
    while (app_now(&app) - t0 < ms)
        app_step(&app, false);
}

/* A tap: finger down, then up (the kiosk acts when it is lifted). */
static void tap(SDL_Rect r)
{
    apptest_push_tap(&app, r.x + r.w / 2, r.y + r.h / 2);
    app_step(&app, false);
}

/* The device and espeak-ng open on their own thread once the first frame
 * is on screen: the frame never waits for them, and when they are open the
 * speaker button shows without any input. */
START_TEST(sound_opens_after_the_first_frame)
{
    open_game_sound(BANK, true);
    ck_assert_int_eq(session_start_one(app.game->session, "ui-choice", app_now(&app)), SESSION_OK);
    app_sound_notice(&app, APP_NOTICE_ROUND);
    app_go(&app, SCENE_QUESTION);
    ck_assert(!app_sound_can_read(&app));
    app_step(&app, false); /* the first frame: the question, no button yet */
    ck_assert_uint_eq(app.frames_presented, 1);
    ck_assert(!app_sound_can_read(&app));
    ck_assert_int_eq(layout().speaker.w, 0);
    unsigned long frames = app.frames_presented;
    for (int i = 0; i < 1000 && !app_sound_can_read(&app); i++) {
        app_step(&app, true); /* asleep until the opener wakes it */
        SDL_Delay(1);
    }
    ck_assert(app_sound_can_read(&app));
    ck_assert_int_ge(layout().speaker.w, 48);
    ck_assert_uint_gt(app.frames_presented, frames); /* drawn again, with the button */
    app_quit(&app);
}
END_TEST

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

/* A phone's POST /api/join on loopback; true on 200. */
static bool phone_join(int port, const char *name)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd < 0 || connect(fd, (struct sockaddr *)&a, sizeof a) != 0) {
        if (fd >= 0)
            close(fd);
        return false;
    }
    char body[128], req[512], reply[64] = "";
    int n = snprintf(body, sizeof body, "{\"pin\": \"4821\", \"name\": \"%s\"}", name);
    int m = snprintf(req, sizeof req,
                     "POST /api/join HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                     "application/json\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s",
                     n, body);
    bool ok = write(fd, req, (size_t)m) == m && read(fd, reply, sizeof reply - 1) > 0 &&
              strncmp(reply, "HTTP/1.1 200", 12) == 0;
    close(fd);
    return ok;
}

/* The game's loop until the phones' commands are applied (the server wakes it). */
static void until_sounds(SoundId id, unsigned n)
{
    for (int i = 0; i < 500 && app_sound_started(&app, id) < n; i++) {
        app_step(&app, false);
        usleep(2000);
    }
}

START_TEST(a_phone_joining_the_lobby_chimes)
{
    setenv("AMAN_PHONES_BIND", "127.0.0.1", 1);
    setenv("AMAN_PHONES_PIN", "4821", 1);
    char port[16];
    int p = 20000 + (int)(getpid() % 10000); /* below the kernel's ephemeral ports */
    snprintf(port, sizeof port, "%d", p);
    char *argv[] = {"amanquiz", "--bank", BANK, "--mode", "classroom", "--phones", "--port", port};
    char err[1024];
    ck_assert(cli_parse(&opt, 8, argv, err, sizeof err));
    i18n_start(AMAN_BUILD_DIR "/locale", LANG_EN, err, sizeof err);
    ck_assert_msg(app_init(&app, &opt, AMAN_BUILD_DIR "/game/", true, err, sizeof err), "%s", err);
    ck_assert_msg(phoneplay_start(&app, err, sizeof err), "%s", err);
    app_go(&app, SCENE_LOBBY);
    settle();
    ck_assert_uint_eq(app_sound_started(&app, SOUND_JOIN), 0);
    ck_assert(phone_join(p, "Amina"));
    until_sounds(SOUND_JOIN, 1);
    ck_assert_uint_eq(app_sound_started(&app, SOUND_JOIN), 1);
    ck_assert(phone_join(p, "Bilal"));
    until_sounds(SOUND_JOIN, 2);
    ck_assert_uint_eq(app_sound_started(&app, SOUND_JOIN), 2);
    phoneplay_stop(&app);
    app_quit(&app);
}
END_TEST

START_TEST(feedback_speaker_is_a_real_button)
{
    open_game();
    start_round_of("ui-choice");
    key_now(SDLK_a);
    settle();
    ck_assert_str_eq(app.scene->name, "feedback");
    FLayout L;
    ck_assert(feedback_layout(&app, &L));
    ck_assert_int_ge(L.speaker.w, 48);
    ck_assert_int_ge(L.speaker.h, 48);
    ck_assert(inside(L.speaker, L.card));
    ck_assert(!overlaps(L.speaker, L.next));
    for (int i = 0; i < L.n_answers; i++)
        ck_assert(!overlaps(L.speaker, L.answers[i]));
    ck_assert_int_gt(L.speaker.x, L.card.x + L.card.w / 2); /* at the end of an English line */
    /* Tab reaches it from Next; Enter presses it, and again stops it. */
    key_now(SDLK_TAB);
    key_now(SDLK_RETURN);
    ck_assert(app_sound_reading(&app));
    ck_assert_str_eq(app.scene->name, "feedback"); /* Enter did not move on */
    key_now(SDLK_RETURN);
    ck_assert(!app_sound_reading(&app));
    click_now(L.speaker);
    ck_assert(app_sound_reading(&app));
    /* In Urdu: the language switch stops it, and the button is mirrored. */
    key_now(SDLK_l);
    ck_assert(!app_sound_reading(&app));
    ck_assert(feedback_layout(&app, &L));
    ck_assert(inside(L.speaker, L.card));
    ck_assert_int_lt(L.speaker.x + L.speaker.w, L.card.x + L.card.w / 2);
    ck_assert(!overlaps(L.speaker, L.next));
    key_now(SDLK_TAB); /* focus back on Next: Enter moves on */
    key_now(SDLK_RETURN);
    settle();
    ck_assert_str_eq(app.scene->name, "summary");
    key_now(SDLK_l);
    /* A question with no explanation has no speaker on its feedback. */
    start_round_of("ui-multi");
    key_now(SDLK_a);
    click_now(layout().submit);
    settle();
    ck_assert_str_eq(app.scene->name, "feedback");
    ck_assert(feedback_layout(&app, &L));
    ck_assert_int_eq(L.speaker.w, 0);
    app_quit(&app);
}
END_TEST

/* The screen's language first, then the other: with the bilingual view
 * both are synthesised (two texts in the cache), without it one. */
START_TEST(bilingual_view_reads_both_languages)
{
    open_game_on(REAL_BANK);
    start_round_of("date-year");
    key_now(SDLK_q);
    ck_assert(app_sound_reading(&app));
    wait_cached(1, 0);
    key_now(SDLK_q); /* stops */
    ck_assert(!app_sound_reading(&app));
    app.bilingual = true;
    key_now(SDLK_q);
    ck_assert(app_sound_reading(&app));
    wait_cached(2, 1); /* the English from the cache, the Urdu new */
    key_now(SDLK_l);
    ck_assert(lang_is_urdu());
    ck_assert(!app_sound_reading(&app));
    key_now(SDLK_q); /* Urdu first now, then English: both already made */
    wait_cached(2, 3);
    key_now(SDLK_l);
    app_quit(&app);
}
END_TEST

/* The attract loop reads its first fact as it appears; the kiosk keeps the
 * page past its 8 s while the reading lasts, and the next page (a fact
 * too) comes when it ends and is read in turn. */
START_TEST(attract_reads_each_fact_and_waits_for_it)
{
    open_attract("");
    ck_assert(app_sound_reading(&app));
    game_time_passes(10000); /* the reading, in real time, goes on */
    ck_assert(app_sound_reading(&app));
    KioskPage p = attract_page();
    ck_assert_int_eq(p.number, 0);
    ck_assert_int_eq(p.left, 0); /* held */
    wait_reading_ends();
    app_step(&app, false);
    p = attract_page();
    ck_assert_int_eq(p.number, 1);
    ck_assert_int_eq(p.kind, KIOSK_PAGE_FACT);
    ck_assert_int_gt(p.left, 7900); /* its full time from now */
    ck_assert(app_sound_reading(&app));
    size_t hits;
    ck_assert_uint_ge(app_sound_cached(&app, &hits), 1);
    close_kiosk();
}
END_TEST

/* The first fact shows with the first frame, before the sound is open:
 * the page is held and the fact is read as soon as the sound opens. */
START_TEST(attract_reads_its_first_fact_when_the_sound_opens_late)
{
    open_kiosk_sound("", true);
    app_step(&app, false); /* the first frame; the sound opens only now */
    ck_assert_uint_eq(app.frames_presented, 1);
    ck_assert_str_eq(app.scene->name, "attract");
    ck_assert_int_eq(attract_page().number, 0);
    ck_assert_int_eq(attract_page().kind, KIOSK_PAGE_FACT);
    size_t hits;
    ck_assert_uint_eq(app_sound_cached(&app, &hits), 0); /* not open yet */
    ck_assert(app_sound_reading(&app));                  /* but kept: the page is held */
    wait_cached(1, 0);                                   /* opened, then read */
    ck_assert(app_sound_reading(&app));
    ck_assert_int_eq(attract_page().number, 0);
    close_kiosk();
}
END_TEST

START_TEST(attract_reading_stops_on_a_touch_or_a_language_switch)
{
    open_attract("");
    ck_assert(app_sound_reading(&app));
    tap(ui_lang_button_rect(&app));
    ck_assert(lang_is_urdu());
    ck_assert_str_eq(app.scene->name, "attract");
    ck_assert(!app_sound_reading(&app));
    game_time_passes(8100); /* not held any more: the page goes at its time */
    ck_assert_int_eq(attract_page().number, 1);
    ck_assert(app_sound_reading(&app)); /* the next fact, in Urdu */
    /* A touch plays: the fact stops (the round's question is not read, so
     * that what is heard after the touch is nothing). */
    app_sound_set_auto(&app, false);
    tap((SDL_Rect){app.width / 2, app.height / 2, 1, 1});
    ck_assert_str_eq(app.scene->name, "question");
    ck_assert(!app_sound_reading(&app));
    close_kiosk();
}
END_TEST

/* Muted (_i 0) or with no audio device (_i 1): nothing is read and the
 * pages turn at their time. */
START_TEST(attract_reads_nothing_muted_or_without_sound)
{
    if (_i == 1)
        setenv("SDL_AUDIODRIVER", "no-such-driver", 1);
    open_attract(_i == 0 ? "mute = true\n" : "");
    ck_assert(!app_sound_reading(&app));
    game_time_passes(8100);
    ck_assert_int_eq(attract_page().number, 1); /* nothing held */
    ck_assert(!app_sound_reading(&app));
    close_kiosk();
}
END_TEST

static Suite *readaloud_suite(void)
{
    Suite *s = suite_create("readaloud");
    TCase *core = tcase_create("core");
    tcase_set_timeout(core, 60);
    if (AMAN_SPEECH_BUILT) {
        tcase_add_test(core, sound_opens_after_the_first_frame);
        tcase_add_test(core, speaker_button_is_a_real_button);
        tcase_add_test(core, reading_stops_at_once_on_an_answer);
        tcase_add_test(core, language_switch_stops_and_mirrors_the_button);
        tcase_add_test(core, feedback_speaker_is_a_real_button);
        tcase_add_test(core, bilingual_view_reads_both_languages);
    }
    tcase_add_test(core, m_mutes_and_unmutes);
    tcase_add_test(core, sounds_for_ticks_timeout_and_round_end);
    tcase_add_test(core, right_answer_sounds_once);
    tcase_add_test(core, a_phone_joining_the_lobby_chimes);
    suite_add_tcase(s, core);
    TCase *kiosk = tcase_create("kiosk"); /* facts read in real time: longer */
    tcase_set_timeout(kiosk, 120);
    if (AMAN_SPEECH_BUILT) {
        tcase_add_test(kiosk, attract_reads_each_fact_and_waits_for_it);
        tcase_add_test(kiosk, attract_reads_its_first_fact_when_the_sound_opens_late);
        tcase_add_test(kiosk, attract_reading_stops_on_a_touch_or_a_language_switch);
    }
    tcase_add_loop_test(kiosk, attract_reads_nothing_muted_or_without_sound, 0, 2);
    suite_add_tcase(s, kiosk);
    TCase *errors = tcase_create("errors");
    tcase_add_test(errors, no_audio_device_hides_the_button_and_plays_on);
    suite_add_tcase(s, errors);
    return s;
}

int main(void)
{
    return run_suite(readaloud_suite());
}
