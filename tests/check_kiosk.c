/* The session's kiosk rules with a controlled clock: idle -> attract, the
 * "Still there?" countdown, the admin corner hold and the PIN, the attract
 * loop's pages (game/core/session_kiosk.c, kiosk_page_at in kiosk.c). */
#include <stdio.h>
#include <stdlib.h>

#include "kiosk.h"
#include "session.h"
#include "settings.h"
#include "testutil.h"

#define NQ 4
static Question qs[NQ];
static const Question *pool[NQ];

static KioskConfig cfg(void)
{
    KioskConfig c;
    kiosk_config_defaults(&c);
    c.idle_ms = 10000;
    c.countdown_ms = 5000;
    return c;
}

/* A kiosk session with c, on the attract loop from time 0, over a pool of
 * NQ true/false questions with no time limit (no timeout in the way). */
static Session *kiosk_with(const KioskConfig *c)
{
    static char ids[NQ][8];
    for (int i = 0; i < NQ; i++) {
        snprintf(ids[i], sizeof ids[i], "k%d", i);
        qs[i] = (Question){
            .id = ids[i], .category = "law", .text = "?", .difficulty = 1, .kind = QKIND_TRUEFALSE};
        pool[i] = &qs[i];
    }
    SessionConfig sc;
    session_config_defaults(&sc);
    sc.quiz.time_limit_s = 0;
    sc.kiosk = true;
    sc.kiosk_cfg = *c;
    Session *s = session_new(pool, NQ, &sc, 0);
    ck_assert_int_eq(session_kiosk_state(s), KIOSK_ATTRACT);
    return s;
}

static Session *kiosk(void)
{
    KioskConfig c = cfg();
    return kiosk_with(&c);
}

/* A session with the defaults: no kiosk, no questions. */
static Session *no_kiosk(void)
{
    SessionConfig sc;
    session_config_defaults(&sc);
    return session_new(pool, 0, &sc, 0);
}

/* A visitor taps the attract loop at t and starts playing. */
static Session *playing_at(int64_t t)
{
    Session *s = kiosk();
    session_kiosk_press(s, false, t);
    ck_assert_uint_eq(session_kiosk_release(s, t + 80), SESSION_EV_PLAY);
    ck_assert_int_eq(session_kiosk_state(s), KIOSK_PLAYING);
    return s;
}

/* The visitor's round begins at t (the idle visitor is then asked "Still
 * there?" instead of being sent to the attract loop). */
static void start_round(Session *s, int64_t t)
{
    int id;
    ck_assert_int_eq(session_add_player(s, "", -1, NULL, &id, t), SESSION_OK);
    ck_assert_int_eq(session_start(s, t), SESSION_OK);
    ck_assert(session_in_round(s));
}

/* Runs the clock frame by frame from t0 to t1; returns the first
 * SESSION_EV_* flags, 0 when nothing happened. */
static unsigned run(Session *s, int64_t t0, int64_t t1, int64_t *when)
{
    for (int64_t t = t0; t <= t1; t += 16) {
        unsigned ev = session_tick(s, t);
        if (ev) {
            if (when)
                *when = t;
            return ev;
        }
    }
    return 0;
}

/* Holds a corner from t for ms, then releases; returns the first flags. */
static unsigned hold(Session *s, int64_t t, int64_t ms)
{
    session_kiosk_press(s, true, t);
    unsigned ev = run(s, t, t + ms, NULL);
    if (!ev)
        ev = session_kiosk_release(s, t + ms);
    return ev;
}

/* ---- core ---- */

/* A corner press that ends as a tap on the screen's own button neither
 * wakes the attract loop nor goes on holding toward the PIN. */
START_TEST(a_cancelled_corner_press_neither_wakes_nor_holds)
{
    KioskConfig c = cfg();
    Session *k = kiosk_with(&c);
    session_kiosk_press(k, true, 1000);
    session_kiosk_cancel_press(k, 1100);
    ck_assert_uint_eq(run(k, 1100, 1100 + c.hold_ms + 1000, NULL), 0);
    ck_assert_int_eq(session_kiosk_state(k), KIOSK_ATTRACT);
    ck_assert(session_kiosk_hold_progress(k, 1200) == 0);
    session_free(k, 0);
}
END_TEST

START_TEST(starts_on_the_attract_loop_and_a_touch_plays)
{
    Session *k = kiosk();
    ck_assert_int_eq(session_kiosk_state(k), KIOSK_ATTRACT);
    ck_assert_uint_eq(run(k, 0, 100000, NULL), 0); /* attract stays */
    session_kiosk_press(k, false, 100000);
    ck_assert_uint_eq(session_kiosk_release(k, 100050), SESSION_EV_PLAY);
    session_free(k, 0);
}
END_TEST

START_TEST(idle_outside_a_round_goes_to_attract)
{
    Session *k = playing_at(1000);
    int64_t when = 0;
    ck_assert_uint_eq(run(k, 1100, 30000, &when), SESSION_EV_ATTRACT);
    ck_assert_int_ge(when, 1080 + 10000);
    ck_assert_int_lt(when, 1080 + 10000 + 20);
    ck_assert_int_eq(session_kiosk_state(k), KIOSK_ATTRACT);
    session_free(k, 0);
}
END_TEST

START_TEST(idle_mid_round_asks_still_there_then_attract)
{
    Session *k = playing_at(0);
    start_round(k, 80);
    int64_t when = 0;
    ck_assert_uint_eq(run(k, 100, 30000, &when), SESSION_EV_STILL_THERE);
    ck_assert_int_eq(session_kiosk_state(k), KIOSK_STILL_THERE);
    ck_assert_int_eq(session_kiosk_countdown_left(k, when), 5000);
    ck_assert_int_eq(session_kiosk_countdown_left(k, when + 2000), 3000);
    ck_assert_int_eq(session_kiosk_countdown_left(k, when + 6000), 0); /* never below 0 */
    int64_t gone = 0;
    ck_assert_uint_eq(run(k, when + 16, when + 20000, &gone), SESSION_EV_ATTRACT);
    ck_assert_int_ge(gone - when, 5000);
    ck_assert_int_lt(gone - when, 5020);
    ck_assert_int_eq(session_kiosk_state(k), KIOSK_ATTRACT);
    ck_assert_int_eq(session_phase(k), SESSION_LOBBY); /* the round was abandoned */
    session_free(k, 0);
}
END_TEST

START_TEST(touch_during_countdown_resumes_the_round)
{
    Session *k = playing_at(0);
    start_round(k, 80);
    int64_t when = 0;
    ck_assert_uint_eq(run(k, 100, 30000, &when), SESSION_EV_STILL_THERE);
    session_kiosk_press(k, false, when + 3000);
    ck_assert_uint_eq(session_kiosk_release(k, when + 3100), SESSION_EV_RESUME);
    ck_assert_int_eq(session_kiosk_state(k), KIOSK_PLAYING);
    ck_assert(session_in_round(k));
    /* The idle timer starts again from the touch. */
    ck_assert_uint_eq(run(k, when + 3116, when + 3100 + 9900, NULL), 0);
    session_free(k, 0);
}
END_TEST

START_TEST(activity_resets_the_idle_timer)
{
    Session *k = playing_at(0);
    for (int64_t t = 5000; t < 60000; t += 5000) {
        ck_assert_uint_eq(run(k, t - 4984, t, NULL), 0);
        session_kiosk_activity(k, t % 10000 == 0, t); /* mouse moves and keys alike */
    }
    ck_assert_int_eq(session_kiosk_state(k), KIOSK_PLAYING);
    session_free(k, 0);
}
END_TEST

START_TEST(a_key_on_still_there_resumes)
{
    Session *k = playing_at(0);
    start_round(k, 80);
    ck_assert_uint_eq(run(k, 100, 30000, NULL), SESSION_EV_STILL_THERE);
    ck_assert_uint_eq(session_kiosk_activity(k, true, 20000), SESSION_EV_RESUME);
    session_free(k, 0);
}
END_TEST

START_TEST(corner_held_five_seconds_asks_the_pin)
{
    Session *k = playing_at(0);
    ck_assert_uint_eq(hold(k, 1000, 5100), SESSION_EV_PIN);
    ck_assert_int_eq(session_kiosk_state(k), KIOSK_ADMIN_PIN);
    session_free(k, 0);
}
END_TEST

START_TEST(corner_hold_works_from_the_attract_loop)
{
    Session *k = kiosk();
    ck_assert_uint_eq(hold(k, 500, 5100), SESSION_EV_PIN);
    /* The release of that hold does not start a round. */
    ck_assert_uint_eq(session_kiosk_release(k, 5700), 0);
    ck_assert_int_eq(session_kiosk_state(k), KIOSK_ADMIN_PIN);
    session_free(k, 0);
}
END_TEST

START_TEST(right_pin_exits)
{
    Session *k = playing_at(0);
    ck_assert_uint_eq(hold(k, 1000, 5100), SESSION_EV_PIN);
    ck_assert_int_eq(session_kiosk_pin(k, "1234", 7000), KIOSK_PIN_OK);
    ck_assert_int_eq(session_kiosk_state(k), KIOSK_EXIT);
    session_free(k, 0);
}
END_TEST

START_TEST(pin_comes_from_the_settings)
{
    Settings *s = settings_new();
    ck_assert(settings_set(s, "kiosk_pin", "90210", NULL));
    ck_assert(settings_set(s, "kiosk_idle", "30", NULL));
    KioskConfig c;
    kiosk_config_from_settings(&c, s);
    settings_free(s);
    ck_assert_int_eq(c.idle_ms, 30000);
    Session *k = kiosk_with(&c);
    ck_assert_uint_eq(hold(k, 0, 5100), SESSION_EV_PIN);
    ck_assert_int_eq(session_kiosk_pin(k, "1234", 6000), KIOSK_PIN_WRONG);
    ck_assert_int_eq(session_kiosk_pin(k, "90210", 6500), KIOSK_PIN_OK);
    session_free(k, 0);
}
END_TEST

START_TEST(attract_cycles_facts_and_both_score_tables)
{
    KioskConfig c = cfg();
    Session *k = kiosk_with(&c);
    KioskPageKind want[] = {KIOSK_PAGE_FACT, KIOSK_PAGE_FACT,    KIOSK_PAGE_DAILY, KIOSK_PAGE_FACT,
                            KIOSK_PAGE_FACT, KIOSK_PAGE_ALLTIME, KIOSK_PAGE_FACT};
    int facts[] = {0, 1, -1, 2, 0, -1, 1};
    for (int i = 0; i < 7; i++) {
        KioskPage p = session_kiosk_attract_page(k, 3, i * c.page_ms + 10);
        ck_assert_int_eq(p.kind, want[i]);
        if (facts[i] >= 0)
            ck_assert_int_eq(p.fact, facts[i]);
        ck_assert_int_eq(p.left, c.page_ms - 10);
    }
    ck_assert_int_eq(session_kiosk_attract_page(k, 0, 10).kind, KIOSK_PAGE_DAILY);
    ck_assert_int_eq(session_kiosk_next_deadline(k, 10), c.page_ms - 10);
    session_free(k, 0);
}
END_TEST

/* A page read aloud stays until the reading ends, never less than page_ms;
 * the next page then gets its full time, and the pages after keep order. */
START_TEST(a_held_page_waits_for_the_reading)
{
    KioskConfig c = cfg();
    Session *k = kiosk_with(&c);
    int64_t P = c.page_ms;
    session_kiosk_attract_hold(k, true, 10);    /* page 0 read from its start */
    session_kiosk_attract_hold(k, false, 2000); /* a short reading: the page keeps its time */
    ck_assert_int_eq(session_kiosk_attract_page(k, 3, P - 1).number, 0);
    ck_assert_int_eq(session_kiosk_attract_page(k, 3, P).number, 1);
    session_kiosk_attract_hold(k, true, P + 10); /* page 1 read for 2.5 pages */
    KioskPage p = session_kiosk_attract_page(k, 3, 3 * P);
    ck_assert_int_eq(p.number, 1);
    ck_assert_int_eq(p.fact, 1);
    ck_assert_int_eq(p.left, 0);
    ck_assert_int_eq(session_kiosk_next_deadline(k, 3 * P), -1); /* only the reading's end */
    session_kiosk_attract_hold(k, false, 3 * P + 500);
    p = session_kiosk_attract_page(k, 3, 3 * P + 500);
    ck_assert_int_eq(p.number, 2);
    ck_assert_int_eq(p.kind, KIOSK_PAGE_DAILY);
    ck_assert_int_eq(p.left, P);
    ck_assert_int_eq(session_kiosk_attract_page(k, 3, 4 * P + 500).number, 3);
    /* A new visit to the loop starts at its first page, unheld. */
    session_kiosk_attract_hold(k, true, 4 * P + 600);
    session_kiosk_activity(k, true, 4 * P + 700);
    session_tick(k, 4 * P + 700 + c.idle_ms);
    ck_assert_int_eq(session_kiosk_state(k), KIOSK_ATTRACT);
    ck_assert_int_eq(session_kiosk_attract_page(k, 3, 4 * P + 700 + c.idle_ms + P).number, 1);
    session_free(k, 0);
}
END_TEST

/* The attract cycle outside a kiosk (a screenshot of the loop) is the same
 * pure cycle from time 0, with the default page length. */
START_TEST(the_attract_cycle_needs_no_kiosk)
{
    Session *s = no_kiosk();
    KioskConfig c;
    kiosk_config_defaults(&c);
    for (int64_t t = 0; t < 14 * c.page_ms; t += c.page_ms / 2 + 7) {
        KioskPage a = session_kiosk_attract_page(s, 3, t), b = kiosk_page_at(c.page_ms, 3, t);
        ck_assert_int_eq(a.kind, b.kind);
        ck_assert_int_eq(a.fact, b.fact);
        ck_assert_int_eq(a.number, b.number);
        ck_assert_int_eq(a.left, b.left);
    }
    KioskPage p = kiosk_page_at(c.page_ms, 3, 5 * c.page_ms + 1);
    ck_assert_int_eq(p.kind, KIOSK_PAGE_ALLTIME);
    ck_assert_int_eq(p.number, 5);
    ck_assert_int_eq(p.left, c.page_ms - 1);
    session_free(s, 0);
}
END_TEST

/* Each PIN typed counts as activity: an admin still typing keeps the
 * keypad; it goes idle idle_ms after the last try. */
START_TEST(typing_pins_keeps_the_keypad_open)
{
    Session *k = playing_at(0);
    ck_assert_uint_eq(hold(k, 1000, 5100), SESSION_EV_PIN);
    ck_assert_int_eq(session_kiosk_pin(k, "0000", 15000), KIOSK_PIN_WRONG);
    int64_t when = 0;
    ck_assert_uint_eq(run(k, 15000, 40000, &when), SESSION_EV_ATTRACT);
    ck_assert_int_ge(when, 15000 + 10000);
    ck_assert_int_lt(when, 15000 + 10000 + 20);
    session_free(k, 0);
}
END_TEST

/* ---- errors ---- */

/* A session that is no kiosk has no kiosk state: its input does nothing,
 * its clock reports nothing of the kiosk, and nothing wakes it. */
START_TEST(a_session_that_is_no_kiosk_ignores_kiosk_input)
{
    Session *s = no_kiosk();
    ck_assert_int_eq(session_kiosk_state(s), KIOSK_NONE);
    ck_assert_uint_eq(session_kiosk_press(s, true, 10), 0);
    ck_assert_uint_eq(run(s, 10, 20000, NULL), 0); /* no corner hold, no idle */
    ck_assert_uint_eq(session_kiosk_release(s, 20000), 0);
    ck_assert_uint_eq(session_kiosk_activity(s, true, 20010), 0);
    ck_assert_int_eq(session_kiosk_pin(s, "1234", 20020), KIOSK_PIN_WRONG);
    ck_assert_uint_eq(session_kiosk_pin_cancel(s, 20030), 0);
    ck_assert_int_eq(session_kiosk_state(s), KIOSK_NONE);
    ck_assert(session_kiosk_hold_progress(s, 20040) == 0);
    ck_assert_int_eq(session_kiosk_countdown_left(s, 20040), 0);
    ck_assert_int_eq(session_kiosk_lockout_left(s, 20040), 0);
    ck_assert_int_eq(session_kiosk_next_deadline(s, 20040), -1);
    session_free(s, 30000);
}
END_TEST

START_TEST(corner_hold_shorter_than_five_seconds_does_nothing)
{
    Session *k = playing_at(0);
    ck_assert_uint_eq(hold(k, 1000, 4900), 0);
    ck_assert_int_eq(session_kiosk_state(k), KIOSK_PLAYING);
    ck_assert(session_kiosk_hold_progress(k, 6000) == 0);
    /* Nor does a long hold away from the corners. */
    session_kiosk_press(k, false, 7000);
    ck_assert_uint_eq(run(k, 7000, 15000, NULL), 0);
    ck_assert_int_eq(session_kiosk_state(k), KIOSK_PLAYING);
    session_free(k, 0);
}
END_TEST

START_TEST(wrong_pin_is_refused)
{
    Session *k = playing_at(0);
    ck_assert_uint_eq(hold(k, 1000, 5100), SESSION_EV_PIN);
    ck_assert_int_eq(session_kiosk_pin(k, "4321", 7000), KIOSK_PIN_WRONG);
    ck_assert_int_eq(session_kiosk_pin(k, "", 7100), KIOSK_PIN_WRONG);
    ck_assert_int_eq(session_kiosk_pin(k, "12345", 7200), KIOSK_PIN_WRONG);
    ck_assert_int_eq(session_kiosk_pin(k, NULL, 7300), KIOSK_PIN_WRONG);
    ck_assert_int_eq(session_kiosk_state(k), KIOSK_ADMIN_PIN);
    ck_assert_uint_eq(session_kiosk_pin_cancel(k, 7400), SESSION_EV_ATTRACT);
    ck_assert_int_eq(session_kiosk_state(k), KIOSK_ATTRACT);
    /* Outside the keypad even the right PIN does nothing. */
    ck_assert_int_eq(session_kiosk_pin(k, "1234", 7500), KIOSK_PIN_WRONG);
    ck_assert_int_eq(session_kiosk_state(k), KIOSK_ATTRACT);
    session_free(k, 0);
}
END_TEST

START_TEST(idle_keypad_returns_to_attract)
{
    Session *k = playing_at(0);
    ck_assert_uint_eq(hold(k, 1000, 5100), SESSION_EV_PIN);
    ck_assert_uint_eq(run(k, 6200, 30000, NULL), SESSION_EV_ATTRACT);
    session_free(k, 0);
}
END_TEST

/* ---- limits ---- */

START_TEST(attract_pages_before_time_zero_or_of_no_length)
{
    KioskPage p = kiosk_page_at(8000, 3, -500); /* counts as 0 */
    ck_assert_int_eq(p.number, 0);
    ck_assert_int_eq(p.kind, KIOSK_PAGE_FACT);
    ck_assert_int_eq(p.left, 8000);
    p = kiosk_page_at(0, 3, 7); /* a page of no length lasts 1 ms */
    ck_assert_int_eq(p.number, 7);
    ck_assert_int_eq(p.left, 1);
    ck_assert_int_eq(kiosk_page_at(-5, 0, 3).kind, KIOSK_PAGE_ALLTIME);
}
END_TEST

START_TEST(five_wrong_pins_lock_the_keypad)
{
    Session *k = playing_at(0);
    ck_assert_uint_eq(hold(k, 1000, 5100), SESSION_EV_PIN);
    for (int i = 0; i < 4; i++)
        ck_assert_int_eq(session_kiosk_pin(k, "0000", 7000 + i), KIOSK_PIN_WRONG);
    ck_assert_int_eq(session_kiosk_pin(k, "0000", 7010), KIOSK_PIN_LOCKED);
    ck_assert_int_eq(session_kiosk_pin(k, "1234", 8000), KIOSK_PIN_LOCKED); /* even the right one */
    ck_assert_int_eq(session_kiosk_lockout_left(k, 8000), 59010);
    ck_assert_int_eq(session_kiosk_pin(k, "1234", 7010 + 60000), KIOSK_PIN_OK);
    session_free(k, 0);
}
END_TEST

START_TEST(idle_exactly_at_the_limit)
{
    Session *k = playing_at(0); /* last activity at 80 */
    ck_assert_uint_eq(session_tick(k, 80 + 9999), 0);
    ck_assert_int_eq(session_kiosk_next_deadline(k, 80 + 9999), 1);
    ck_assert_uint_eq(session_tick(k, 80 + 10000), SESSION_EV_ATTRACT);
    session_free(k, 0);
}
END_TEST

START_TEST(a_press_held_down_is_not_idle)
{
    Session *k = playing_at(0);
    session_kiosk_press(k, false, 1000);
    ck_assert_uint_eq(run(k, 1000, 60000, NULL), 0);
    session_kiosk_release(k, 60000);
    ck_assert_uint_eq(run(k, 60016, 80000, NULL), SESSION_EV_ATTRACT);
    session_free(k, 0);
}
END_TEST

static Suite *kiosk_suite(void)
{
    Suite *s = suite_create("kiosk");
    TCase *core = tcase_create("core");
    tcase_add_test(core, starts_on_the_attract_loop_and_a_touch_plays);
    tcase_add_test(core, a_cancelled_corner_press_neither_wakes_nor_holds);
    tcase_add_test(core, idle_outside_a_round_goes_to_attract);
    tcase_add_test(core, idle_mid_round_asks_still_there_then_attract);
    tcase_add_test(core, touch_during_countdown_resumes_the_round);
    tcase_add_test(core, activity_resets_the_idle_timer);
    tcase_add_test(core, a_key_on_still_there_resumes);
    tcase_add_test(core, corner_held_five_seconds_asks_the_pin);
    tcase_add_test(core, corner_hold_works_from_the_attract_loop);
    tcase_add_test(core, right_pin_exits);
    tcase_add_test(core, pin_comes_from_the_settings);
    tcase_add_test(core, attract_cycles_facts_and_both_score_tables);
    tcase_add_test(core, a_held_page_waits_for_the_reading);
    tcase_add_test(core, the_attract_cycle_needs_no_kiosk);
    tcase_add_test(core, typing_pins_keeps_the_keypad_open);
    suite_add_tcase(s, core);
    TCase *errors = tcase_create("errors");
    tcase_add_test(errors, corner_hold_shorter_than_five_seconds_does_nothing);
    tcase_add_test(errors, wrong_pin_is_refused);
    tcase_add_test(errors, idle_keypad_returns_to_attract);
    tcase_add_test(errors, a_session_that_is_no_kiosk_ignores_kiosk_input);
    suite_add_tcase(s, errors);
    TCase *limits = tcase_create("limits");
    tcase_add_test(limits, five_wrong_pins_lock_the_keypad);
    tcase_add_test(limits, idle_exactly_at_the_limit);
    tcase_add_test(limits, a_press_held_down_is_not_idle);
    tcase_add_test(limits, attract_pages_before_time_zero_or_of_no_length);
    suite_add_tcase(s, limits);
    return s;
}

int main(void)
{
    return run_suite(kiosk_suite());
}
