/* The game through its real loop, headless (offscreen video, software
 * renderer): whole rounds, touch, the live language switch, resizing. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "apptest.h"
#include "autoplay.h"
#include "bank.h"
#include "demo.h"
#include "hud.h"
#include "i18n.h"
#include "registry.h"
#include "scene_question.h"
#include "shell.h"
#include "testutil.h"
#include "ui.h"
#include "ui_lang.h"

#define BANK AMAN_FIXTURES "/ui_round.gift"

static CliOptions opt;
static App app;

/* Opens the game on the test bank with these extra options. */
static void open_game_with(const char *bank, const char *size, const char *seed)
{
    char *argv[] = {"amanquiz",   "--bank", (char *)bank, "--size",
                    (char *)size, "--seed", (char *)seed};
    char err[1024];
    ck_assert(cli_parse(&opt, 7, argv, err, sizeof err));
    i18n_start(AMAN_BUILD_DIR "/locale", LANG_EN, err, sizeof err);
    ck_assert_msg(app_init(&app, &opt, AMAN_BUILD_DIR "/game/", true, err, sizeof err), "%s", err);
}

static void open_game(const char *size, const char *seed)
{
    open_game_with(BANK, size, seed);
}

static void close_game(void)
{
    app_quit(&app);
}

/* Turns the loop until nothing moves and the queue is empty. */
static void settle(void)
{
    apptest_settle(&app);
}

static void key(SDL_Keycode k)
{
    apptest_push_key(k);
    settle();
}

/* finger: a tap and the mouse twin SDL makes of it. */
static void click(SDL_Rect r, bool finger)
{
    apptest_push_click(&app, r.x + r.w / 2, r.y + r.h / 2, finger);
    settle();
}

static void start_round_of(const char *id)
{
    ck_assert_int_eq(session_start_one(app.game->session, id, app_now(&app)), SESSION_OK);
    app_go(&app, SCENE_QUESTION);
    settle();
}

static QLayout layout(void)
{
    QLayout L;
    question_layout(&app, quiz_current(app_quiz(&app)), 0, &L);
    return L;
}

START_TEST(keyboard_plays_a_whole_round)
{
    open_game("1024x600", "7");
    key(SDLK_RETURN); /* title: Start */
    ck_assert_str_eq(app.scene->name, "question");
    size_t n = quiz_length(app_quiz(&app));
    ck_assert_uint_eq(n, 4);
    for (size_t i = 0; i < n; i++) {
        ck_assert_uint_eq(quiz_index(app_quiz(&app)), i);
        const Question *q = quiz_current(app_quiz(&app));
        if (q->kind == QKIND_NUMERIC) {
            key(SDLK_1), key(SDLK_9), key(SDLK_6), key(SDLK_0);
            key(SDLK_RETURN);
        } else if (q->kind == QKIND_MULTI) {
            key(SDLK_1);
            key(SDLK_TAB), key(SDLK_TAB), key(SDLK_TAB), key(SDLK_TAB); /* to Check answer */
            key(SDLK_RETURN);
        } else {
            key(SDLK_a);
        }
        ck_assert_str_eq(app.scene->name, "feedback");
        key(SDLK_RETURN);
    }
    ck_assert_str_eq(app.scene->name, "summary");
    QuizSummary s = quiz_summary(app_quiz(&app));
    ck_assert_int_eq(s.n_questions, 4);
    int sum = 0;
    for (size_t i = 0; i < n; i++)
        sum += quiz_outcome(app_quiz(&app), i)->points;
    ck_assert_int_eq(s.score, sum);
    ck_assert_int_ge(s.n_correct, 1); /* the number was right */
    close_game();
}
END_TEST

START_TEST(right_answer_scores_and_advances_progress)
{
    open_game("1024x600", "1");
    start_round_of("ui-choice");
    size_t qi = quiz_index(app_quiz(&app));
    int right = 0;
    for (int d = 0; d < 4; d++)
        if (quiz_choice(app_quiz(&app), qi, d)->weight >= 1)
            right = d;
    click(layout().buttons[right], false);
    ck_assert_str_eq(app.scene->name, "feedback");
    ck_assert_int_eq(quiz_score(app_quiz(&app)), 100);
    ck_assert_int_eq(quiz_outcome(app_quiz(&app), 0)->verdict, QUIZ_CORRECT);
    close_game();
}
END_TEST

/* The round's first question was answered with answer A alone. */
static void assert_chose_a_alone(void)
{
    ck_assert_str_eq(app.scene->name, "feedback");
    const QuizOutcome *o = quiz_outcome(app_quiz(&app), 0);
    ck_assert_ptr_nonnull(o);
    ck_assert_uint_eq(o->chosen_mask, 1u);
}

START_TEST(tap_counts_once)
{
    open_game("1024x600", "1");
    start_round_of("ui-multi");
    QLayout L = layout();
    click(L.buttons[0], true); /* finger + synthesized mouse: one toggle */
    click(L.submit, true);
    assert_chose_a_alone();
    close_game();
}
END_TEST

/* An X server also emulates a pointer click from a touchscreen, with
 * which == 0 (not SDL_TOUCH_MOUSEID): that twin must not count either. */
START_TEST(x11_emulated_click_after_a_tap_counts_once)
{
    open_game("1024x600", "1");
    start_round_of("ui-multi");
    QLayout L = layout();
    SDL_Rect b = L.buttons[0];
    int x = b.x + b.w / 2, y = b.y + b.h / 2;
    SDL_Event f = {.type = SDL_FINGERDOWN};
    f.tfinger.x = (x + 0.5f) / app.width;
    f.tfinger.y = (y + 0.5f) / app.height;
    SDL_PushEvent(&f);
    SDL_Event e = {.type = SDL_MOUSEBUTTONDOWN};
    e.button.button = SDL_BUTTON_LEFT;
    e.button.which = 0;
    e.button.x = x;
    e.button.y = y;
    SDL_PushEvent(&e);
    settle();
    click(L.submit, true);
    assert_chose_a_alone(); /* toggled once, not on and off again */
    close_game();
}
END_TEST

/* A mouse click right after a tap, but somewhere else, is the mouse's own
 * (a trainer with a mouse beside a touch screen; autoplay does this too).
 * Events go straight to the loop with their timestamps, 20 ms apart. */
START_TEST(mouse_click_elsewhere_soon_after_a_tap_counts)
{
    open_game("1024x600", "1");
    start_round_of("ui-multi");
    QLayout L = layout();
    SDL_Rect b = L.buttons[0], s = L.submit;
    Uint32 t = SDL_GetTicks() + 1000;
    SDL_Event f = {.type = SDL_FINGERDOWN};
    f.tfinger.timestamp = t;
    f.tfinger.x = (b.x + b.w / 2 + 0.5f) / app.width;
    f.tfinger.y = (b.y + b.h / 2 + 0.5f) / app.height;
    app_handle_event(&app, &f); /* toggles answer A */
    SDL_Event m = {.type = SDL_MOUSEBUTTONDOWN};
    m.button.timestamp = t + 20;
    m.button.button = SDL_BUTTON_LEFT;
    m.button.x = s.x + s.w / 2;
    m.button.y = s.y + s.h / 2;
    app_handle_event(&app, &m); /* "Check answer", far from the finger */
    settle();
    assert_chose_a_alone();
    close_game();
}
END_TEST

/* Answers share one size, which marking one (its tick takes room) does not
 * change; a very long answer (here one that fits only below 3/4 of the
 * others' size) shrinks alone rather than taking the others down with it. */
START_TEST(answers_share_one_text_size)
{
    open_game_with(AMAN_FIXTURES "/ui_long_answer.gift", "1024x600", "3");
    start_round_of("ui-long");
    QLayout L = layout();
    size_t qi = quiz_index(app_quiz(&app));
    const char *label[QUESTION_MAX_CHOICES];
    int least = 1 << 20, most = 0;
    for (int i = 0; i < L.n_buttons; i++) {
        label[i] = hud_choice_text(&app, qi, i, false);
        /* Alone, with the room a tick takes (as in every state). */
        int own = ui_choice(&app, L.buttons[i], i, label[i], NULL, UI_BTN_PRESSED, 0);
        least = own < least ? own : least;
        most = own > most ? own : most;
    }
    ck_assert_int_lt(least, most * 3 / 4); /* one answer is very long */
    int cap = ui_choices_cap(&app, L.buttons, label, NULL, L.n_buttons);
    ck_assert_int_eq(cap, most * 3 / 4);
    const UiBtnState states[] = {UI_BTN_NORMAL, UI_BTN_FOCUS, UI_BTN_PRESSED,
                                 UI_BTN_RIGHT,  UI_BTN_WRONG, UI_BTN_DIM};
    int n_at_cap = 0;
    for (int i = 0; i < L.n_buttons; i++) {
        int px = ui_choice(&app, L.buttons[i], i, label[i], NULL, UI_BTN_NORMAL, cap);
        ck_assert_int_le(px, cap);
        n_at_cap += px == cap;
        for (size_t k = 0; k < sizeof states / sizeof *states; k++)
            ck_assert_int_eq(ui_choice(&app, L.buttons[i], i, label[i], NULL, states[k], cap), px);
    }
    ck_assert_int_eq(n_at_cap, L.n_buttons - 1); /* all but the long one */
    close_game();
}
END_TEST

/* Answers every question of the round wrongly, by keyboard, to the summary. */
static void miss_everything(void)
{
    key(SDLK_RETURN); /* title: Start */
    for (size_t i = 0, n = quiz_length(app_quiz(&app)); i < n; i++) {
        const Question *q = quiz_current(app_quiz(&app));
        size_t qi = quiz_index(app_quiz(&app));
        if (q->kind == QKIND_NUMERIC) {
            key(SDLK_9), key(SDLK_RETURN);
        } else if (q->kind == QKIND_TRUEFALSE) {
            key(q->tf_answer ? SDLK_2 : SDLK_1);
        } else {
            int wrong = 0;
            for (int d = 0; d < q->n_choices; d++)
                if (quiz_choice(app_quiz(&app), qi, d)->weight <= 0)
                    wrong = d;
            key(SDLK_1 + wrong);
            if (q->kind == QKIND_MULTI)
                click(layout().submit, false);
        }
        ck_assert_msg(!strcmp(app.scene->name, "feedback"), "%s: still on %s", q->id,
                      app.scene->name);
        key(SDLK_RETURN);
    }
    ck_assert_str_eq(app.scene->name, "summary");
}

/* A checksum of the pixels in r (the frame as last drawn). */
static Uint32 pixels_sum(SDL_Rect r)
{
    Uint32 *p = malloc((size_t)r.w * (size_t)r.h * 4), sum = 0;
    SDL_RenderReadPixels(app.renderer, &r, SDL_PIXELFORMAT_ARGB8888, p, r.w * 4);
    for (int i = 0; i < r.w * r.h; i++)
        sum = sum * 31 + p[i];
    free(p);
    return sum;
}

static void wheel(int y)
{
    SDL_Event e = {.type = SDL_MOUSEWHEEL};
    e.wheel.y = y;
    SDL_PushEvent(&e);
    settle();
}

/* More mistakes than the review card holds: Page Down and the wheel show
 * the others, in both directions, and the pages come round again; a wheel
 * event with no vertical step (sideways, a touchpad's fraction) turns none. */
START_TEST(review_of_mistakes_turns_pages)
{
    open_game_with(AMAN_SOURCE_DIR "/questions/un-peacekeeping.gift", "1024x600", "3");
    lang_set_urdu(true); /* tall Nastaliq rows: three a page */
    miss_everything();
    ck_assert_int_ge((int)quiz_summary(app_quiz(&app)).n_missed, 7); /* three pages or more */
    SDL_Rect review = {0, app.height / 3, app.width, app.height / 3};
    Uint32 first = pixels_sum(review);
    key(SDLK_PAGEDOWN);
    Uint32 second = pixels_sum(review);
    ck_assert_uint_ne(second, first);
    wheel(1); /* up: back to the first page */
    ck_assert_uint_eq(pixels_sum(review), first);
    wheel(1); /* up again: round to the last page */
    Uint32 last = pixels_sum(review);
    ck_assert_uint_ne(last, first);
    ck_assert_uint_ne(last, second);
    wheel(0);
    ck_assert_uint_eq(pixels_sum(review), last);
    wheel(-1); /* down from the last: the first again */
    ck_assert_uint_eq(pixels_sum(review), first);
    key(SDLK_PAGEUP);
    ck_assert_uint_eq(pixels_sum(review), last);
    ck_assert_str_eq(app.scene->name, "summary");
    lang_set_urdu(false);
    close_game();
}
END_TEST

/* With the Urdu-digit option on, numbers inside Urdu bank texts use Urdu
 * digits as the scores and counters do; English keeps Western digits. */
START_TEST(urdu_digits_reach_bank_texts)
{
    open_game_with(AMAN_SOURCE_DIR "/questions/un-peacekeeping.gift", "1024x600", "1");
    const Question *q = bank_find(app.game->bank, "police-128-tf");
    ck_assert_ptr_nonnull(q);
    lang_set_urdu(true);
    const char *western = lang_bank(q->id, "question", q->text);
    ck_assert_ptr_ne(western, q->text); /* translated */
    ck_assert_ptr_nonnull(strstr(western, "128"));
    lang_set_urdu_digits(true);
    const char *urdu = lang_bank(q->id, "question", q->text);
    ck_assert_ptr_nonnull(strstr(urdu, "\u06F1\u06F2\u06F8"));
    ck_assert_ptr_null(strpbrk(urdu, "0123456789"));
    ck_assert_ptr_eq(lang_bank(q->id, "question", q->text), urdu); /* one copy, kept */
    lang_set_urdu(false);
    ck_assert_ptr_nonnull(strstr(lang_bank(q->id, "question", q->text), "128"));
    ck_assert_ptr_nonnull(
        strstr(lang_bank_other(q->id, "question", q->text), "\u06F1\u06F2\u06F8"));
    lang_set_urdu_digits(false);
    close_game();
}
END_TEST

START_TEST(language_switch_keeps_round_and_score)
{
    open_game("1280x720", "3");
    ck_assert(app_new_round(&app));
    app_go(&app, SCENE_QUESTION);
    settle();
    key(SDLK_1);
    key(SDLK_RETURN); /* feedback -> next question */
    const Quiz *quiz = app_quiz(&app);
    size_t index = quiz_index(quiz);
    int score = quiz_score(quiz);
    ck_assert(!lang_is_urdu());
    key(SDLK_l);
    ck_assert(lang_is_urdu());
    ck_assert_ptr_eq(app_quiz(&app), quiz);
    ck_assert_uint_eq(quiz_index(app_quiz(&app)), index);
    ck_assert_int_eq(quiz_score(app_quiz(&app)), score);
    ck_assert_str_eq(app.scene->name, "question");
    /* The language button, drawn on the start side in Urdu, switches back. */
    SDL_Rect b = ui_lang_button_rect(&app);
    ck_assert_int_lt(b.x, app.width / 2);
    click(b, false);
    ck_assert(!lang_is_urdu());
    ck_assert_int_gt(ui_lang_button_rect(&app).x, app.width / 2);
    ck_assert_uint_eq(quiz_index(app_quiz(&app)), index);
    close_game();
}
END_TEST

START_TEST(urdu_mirrors_the_answers)
{
    open_game("1280x720", "3");
    start_round_of("ui-choice");
    SDL_Rect en = layout().buttons[0];
    lang_set_urdu(true);
    SDL_Rect ur = layout().buttons[0];
    ck_assert_int_eq(ur.x, app.width - en.x - en.w);
    ck_assert_int_eq(ur.w, en.w);
    ck_assert_int_gt(ur.h, en.h); /* Nastaliq lines are tall: taller buttons, not tiny text */
    lang_set_urdu(false);
    close_game();
}
END_TEST

static Uint32 pixel(int x, int y)
{
    Uint32 p = 0;
    SDL_Rect r = {x, y, 1, 1};
    SDL_RenderReadPixels(app.renderer, &r, SDL_PIXELFORMAT_ARGB8888, &p, 4);
    return p & 0xFFFFFF;
}

START_TEST(resize_lays_out_again)
{
    open_game("1920x1080", "3");
    start_round_of("ui-choice");
    SDL_Rect big = layout().buttons[3];
    SDL_SetWindowSize(app.window, 1024, 600);
    SDL_Event e = {.type = SDL_WINDOWEVENT};
    e.window.event = SDL_WINDOWEVENT_SIZE_CHANGED;
    e.window.data1 = 1024;
    e.window.data2 = 600;
    SDL_PushEvent(&e);
    settle();
    ck_assert_int_eq(app.width, 1024);
    ck_assert_int_eq(app.height, 600);
    SDL_Rect small = layout().buttons[3];
    ck_assert_int_lt(small.w, big.w);
    ck_assert_int_le(small.x + small.w, app.width);
    ck_assert_int_le(small.y + small.h, app.height);
    app_draw(&app);
    /* The answer card is ivory where the layout says it is. */
    ck_assert_uint_eq(pixel(small.x + small.w / 2, small.y + small.h - 6), 0xF7F3E6);
    close_game();
}
END_TEST

START_TEST(touch_targets_are_large_enough)
{
    open_game("1024x600", "3");
    const char *ids[] = {"ui-choice", "ui-tf", "ui-number", "ui-multi"};
    for (size_t k = 0; k < 4; k++) {
        start_round_of(ids[k]);
        QLayout L = layout();
        for (int i = 0; i < L.n_buttons; i++)
            ck_assert_int_ge(L.buttons[i].h, 48);
        for (int i = 0; L.numpad && i < UI_NUMPAD_KEYS; i++) {
            ck_assert_int_ge(L.keys[i].h, 48);
            ck_assert_int_ge(L.keys[i].w, 48);
        }
    }
    ck_assert_int_ge(ui_lang_button_rect(&app).h, 48);
    close_game();
}
END_TEST

START_TEST(escape_pauses_the_clock)
{
    open_game("1024x600", "3");
    start_round_of("ui-choice");
    app_draw(&app);
    Uint32 before = pixel(app.width / 2, app.height / 5);
    key(SDLK_ESCAPE);
    ck_assert(quiz_paused(app_quiz(&app)));
    app_draw(&app);
    Uint32 after = pixel(app.width / 2, app.height / 5);
    ck_assert_uint_ne(before, after); /* the overlay darkens the card */
    ck_assert_uint_lt(after & 0xFF, before & 0xFF);
    key(SDLK_1); /* ignored while paused */
    ck_assert_int_eq(quiz_state(app_quiz(&app)), QUIZ_ASKING);
    key(SDLK_ESCAPE);
    ck_assert(!quiz_paused(app_quiz(&app)));
    close_game();
}
END_TEST

static int autoplay_score(const char *seed)
{
    open_game("800x480", seed);
    app.autoplay = autoplay_new((uint64_t)atoi(seed), 70);
    app_run(&app);
    ck_assert_str_eq(app.scene->name, "summary");
    int score = quiz_score(app_quiz(&app));
    ck_assert_int_eq(quiz_state(app_quiz(&app)), QUIZ_FINISHED);
    close_game();
    return score;
}

/* A robot that always knows: every kind answered right by keys, clicks and taps. */
static void text_input(const char *utf8)
{
    SDL_Event e = {.type = SDL_TEXTINPUT};
    snprintf(e.text.text, sizeof e.text.text, "%s", utf8);
    SDL_PushEvent(&e);
    settle();
}

START_TEST(short_answer_is_typed_in_either_script)
{
    for (int attempt = 0; attempt < 2; attempt++) {
        open_game_with(AMAN_FIXTURES "/ui_short_answer.gift", "1024x600", "3");
        start_round_of("ui-short");
        ck_assert(app.typing);
        /* Shortcut keys type while the field has the keyboard. */
        key(SDLK_l), key(SDLK_v);
        ck_assert(!lang_is_urdu());
        ck_assert(!app.bilingual);
        text_input("x"), key(SDLK_BACKSPACE); /* typed, then erased */
        key(SDLK_RETURN);                     /* nothing typed: no answer */
        ck_assert_str_eq(app.scene->name, "question");
        if (attempt == 0) {
            text_input(" KARA"), text_input("chi ");
        } else { /* Arabic letter forms and a zabar: still the Urdu answer */
            text_input("ك"), text_input("َ"), text_input("راچي");
        }
        if (attempt == 0)
            key(SDLK_RETURN);
        else
            click(layout().submit, false);
        ck_assert_str_eq(app.scene->name, "feedback");
        ck_assert(!app.typing);
        const QuizOutcome *o = quiz_outcome(app_quiz(&app), 0);
        ck_assert_int_eq(o->verdict, QUIZ_CORRECT);
        ck_assert_str_eq(o->feedback, "Yes.");
        ck_assert_str_eq(o->chosen_text, attempt == 0 ? " KARAchi " : "كَراچي");
        close_game();
    }
}
END_TEST

START_TEST(autoplay_can_answer_every_kind_right)
{
    for (int seed = 1; seed <= 4; seed++) {
        char s[8];
        snprintf(s, sizeof s, "%d", seed);
        open_game("1024x600", s);
        app.autoplay = autoplay_new((uint64_t)seed, 100);
        app_run(&app);
        QuizSummary sum = quiz_summary(app_quiz(&app));
        ck_assert_int_eq(sum.n_correct, 4);
        ck_assert_int_eq(sum.score, 400);
        close_game();
    }
}
END_TEST

START_TEST(autoplay_same_seed_same_game)
{
    int a = autoplay_score("11"), b = autoplay_score("11");
    ck_assert_int_eq(a, b);
}
END_TEST

START_TEST(unknown_scene_or_question_is_refused)
{
    open_game("640x360", "1");
    char err[256];
    ck_assert(!demo_prepare(&app, "nowhere", NULL, err, sizeof err));
    ck_assert_ptr_nonnull(strstr(err, "'nowhere'"));
    ck_assert(!demo_prepare(&app, "question", "no-such-id", err, sizeof err));
    ck_assert_ptr_nonnull(strstr(err, "'no-such-id'"));
    ck_assert_str_eq(app.scene->name, "title");
    ck_assert(demo_prepare(&app, "summary", NULL, err, sizeof err));
    ck_assert_int_eq(quiz_state(app_quiz(&app)), QUIZ_FINISHED);
    close_game();
}
END_TEST

START_TEST(the_registry_names_every_scene_once)
{
    const Scene *const *t = registry_scenes();
    for (int i = 0; i < SCENE_COUNT; i++) {
        ck_assert_ptr_nonnull(t[i]);
        ck_assert(t[i]->draw != NULL);
        ck_assert_int_eq(registry_find(t[i]->name), i); /* names are unique */
    }
    ck_assert_str_eq(t[SCENE_TITLE]->name, "title");
    ck_assert_int_eq(registry_find("extra"), -1);
    char names[512];
    registry_names(names, sizeof names);
    ck_assert_str_eq(names, "title, question, feedback, summary, scores, attract, stillthere, "
                            "admin, signin, drills, scoreboard, teacher_help, results, lobby, "
                            "phoneq");
    /* Only the overlays are pushed over a round. */
    ck_assert(t[SCENE_TEACHER_HELP]->overlay && t[SCENE_STILLTHERE]->overlay &&
              t[SCENE_ADMIN]->overlay);
    ck_assert(!t[SCENE_QUESTION]->overlay);
}
END_TEST

static Suite *game_suite(void)
{
    Suite *s = suite_create("game");
    TCase *core = tcase_create("core");
    tcase_set_timeout(core, 60);
    tcase_add_test(core, keyboard_plays_a_whole_round);
    tcase_add_test(core, right_answer_scores_and_advances_progress);
    tcase_add_test(core, tap_counts_once);
    tcase_add_test(core, x11_emulated_click_after_a_tap_counts_once);
    tcase_add_test(core, mouse_click_elsewhere_soon_after_a_tap_counts);
    tcase_add_test(core, answers_share_one_text_size);
    tcase_add_test(core, review_of_mistakes_turns_pages);
    tcase_add_test(core, urdu_digits_reach_bank_texts);
    tcase_add_test(core, language_switch_keeps_round_and_score);
    tcase_add_test(core, urdu_mirrors_the_answers);
    tcase_add_test(core, autoplay_same_seed_same_game);
    tcase_add_test(core, autoplay_can_answer_every_kind_right);
    tcase_add_test(core, short_answer_is_typed_in_either_script);
    suite_add_tcase(s, core);
    TCase *errors = tcase_create("errors");
    tcase_add_test(errors, unknown_scene_or_question_is_refused);
    tcase_add_test(errors, the_registry_names_every_scene_once);
    suite_add_tcase(s, errors);
    TCase *limits = tcase_create("limits");
    tcase_set_timeout(limits, 60);
    tcase_add_test(limits, resize_lays_out_again);
    tcase_add_test(limits, touch_targets_are_large_enough);
    tcase_add_test(limits, escape_pauses_the_clock);
    suite_add_tcase(s, limits);
    return s;
}

int main(void)
{
    return run_suite(game_suite());
}
