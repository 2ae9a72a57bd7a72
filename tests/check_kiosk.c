/* The kiosk state machine with a controlled clock: idle -> attract, the
 * "Still there?" countdown, the admin corner hold and the PIN. */
#include <stdlib.h>

#include "kiosk.h"
#include "settings.h"
#include "testutil.h"

static KioskConfig cfg(void)
{
    KioskConfig c;
    kiosk_config_defaults(&c);
    c.idle_ms = 10000;
    c.countdown_ms = 5000;
    return c;
}

/* A visitor taps the attract loop at t and starts playing. */
static Kiosk *playing_at(int64_t t)
{
    KioskConfig c = cfg();
    Kiosk *k = kiosk_new(&c, 0);
    kiosk_press(k, false, t);
    ck_assert_int_eq(kiosk_release(k, t + 80), KIOSK_GO_PLAY);
    ck_assert_int_eq(kiosk_state(k), KIOSK_PLAYING);
    return k;
}

/* Runs the clock frame by frame from t0 to t1; returns the first action. */
static KioskAction run(Kiosk *k, int64_t t0, int64_t t1, int64_t *when)
{
    for (int64_t t = t0; t <= t1; t += 16) {
        KioskAction a = kiosk_update(k, t);
        if (a != KIOSK_GO_NONE) {
            if (when)
                *when = t;
            return a;
        }
    }
    return KIOSK_GO_NONE;
}

/* Holds a corner from t for ms, then releases; returns the first action. */
static KioskAction hold(Kiosk *k, int64_t t, int64_t ms)
{
    kiosk_press(k, true, t);
    KioskAction a = run(k, t, t + ms, NULL);
    if (a == KIOSK_GO_NONE)
        a = kiosk_release(k, t + ms);
    return a;
}

/* ---- core ---- */

/* A corner press that ends as a tap on the screen's own button neither
 * wakes the attract loop nor goes on holding toward the PIN. */
START_TEST(a_cancelled_corner_press_neither_wakes_nor_holds)
{
    KioskConfig c = cfg();
    Kiosk *k = kiosk_new(&c, 0);
    kiosk_press(k, true, 1000);
    kiosk_cancel_press(k, 1100);
    ck_assert_int_eq(run(k, 1100, 1100 + c.hold_ms + 1000, NULL), KIOSK_GO_NONE);
    ck_assert_int_eq(kiosk_state(k), KIOSK_ATTRACT);
    ck_assert(kiosk_hold_progress(k, 1200) == 0);
    kiosk_free(k);
}
END_TEST

START_TEST(starts_on_the_attract_loop_and_a_touch_plays)
{
    KioskConfig c = cfg();
    Kiosk *k = kiosk_new(&c, 0);
    ck_assert_int_eq(kiosk_state(k), KIOSK_ATTRACT);
    ck_assert_int_eq(run(k, 0, 100000, NULL), KIOSK_GO_NONE); /* attract stays */
    kiosk_press(k, false, 100000);
    ck_assert_int_eq(kiosk_release(k, 100050), KIOSK_GO_PLAY);
    kiosk_free(k);
}
END_TEST

START_TEST(idle_outside_a_round_goes_to_attract)
{
    Kiosk *k = playing_at(1000);
    int64_t when = 0;
    ck_assert_int_eq(run(k, 1100, 30000, &when), KIOSK_GO_ATTRACT);
    ck_assert_int_ge(when, 1080 + 10000);
    ck_assert_int_lt(when, 1080 + 10000 + 20);
    ck_assert_int_eq(kiosk_state(k), KIOSK_ATTRACT);
    kiosk_free(k);
}
END_TEST

START_TEST(idle_mid_round_asks_still_there_then_attract)
{
    Kiosk *k = playing_at(0);
    kiosk_set_in_round(k, true);
    int64_t when = 0;
    ck_assert_int_eq(run(k, 100, 30000, &when), KIOSK_GO_STILL_THERE);
    ck_assert_int_eq(kiosk_state(k), KIOSK_STILL_THERE);
    ck_assert_int_eq(kiosk_countdown_left(k, when), 5000);
    ck_assert_int_eq(kiosk_countdown_left(k, when + 2000), 3000);
    int64_t gone = 0;
    ck_assert_int_eq(run(k, when + 16, when + 20000, &gone), KIOSK_GO_ATTRACT);
    ck_assert_int_ge(gone - when, 5000);
    ck_assert_int_lt(gone - when, 5020);
    ck_assert_int_eq(kiosk_state(k), KIOSK_ATTRACT);
    kiosk_free(k);
}
END_TEST

START_TEST(touch_during_countdown_resumes_the_round)
{
    Kiosk *k = playing_at(0);
    kiosk_set_in_round(k, true);
    int64_t when = 0;
    ck_assert_int_eq(run(k, 100, 30000, &when), KIOSK_GO_STILL_THERE);
    kiosk_press(k, false, when + 3000);
    ck_assert_int_eq(kiosk_release(k, when + 3100), KIOSK_GO_RESUME);
    ck_assert_int_eq(kiosk_state(k), KIOSK_PLAYING);
    /* The idle timer starts again from the touch. */
    ck_assert_int_eq(run(k, when + 3116, when + 3100 + 9900, NULL), KIOSK_GO_NONE);
    kiosk_free(k);
}
END_TEST

START_TEST(activity_resets_the_idle_timer)
{
    Kiosk *k = playing_at(0);
    for (int64_t t = 5000; t < 60000; t += 5000) {
        ck_assert_int_eq(run(k, t - 4984, t, NULL), KIOSK_GO_NONE);
        kiosk_activity(k, t % 10000 == 0, t); /* mouse moves and keys alike */
    }
    ck_assert_int_eq(kiosk_state(k), KIOSK_PLAYING);
    kiosk_free(k);
}
END_TEST

START_TEST(a_key_on_still_there_resumes)
{
    Kiosk *k = playing_at(0);
    kiosk_set_in_round(k, true);
    ck_assert_int_eq(run(k, 100, 30000, NULL), KIOSK_GO_STILL_THERE);
    ck_assert_int_eq(kiosk_activity(k, true, 20000), KIOSK_GO_RESUME);
    kiosk_free(k);
}
END_TEST

START_TEST(corner_held_five_seconds_asks_the_pin)
{
    Kiosk *k = playing_at(0);
    ck_assert_int_eq(hold(k, 1000, 5100), KIOSK_GO_PIN);
    ck_assert_int_eq(kiosk_state(k), KIOSK_ADMIN_PIN);
    kiosk_free(k);
}
END_TEST

START_TEST(corner_hold_works_from_the_attract_loop)
{
    KioskConfig c = cfg();
    Kiosk *k = kiosk_new(&c, 0);
    ck_assert_int_eq(hold(k, 500, 5100), KIOSK_GO_PIN);
    /* The release of that hold does not start a round. */
    ck_assert_int_eq(kiosk_release(k, 5700), KIOSK_GO_NONE);
    ck_assert_int_eq(kiosk_state(k), KIOSK_ADMIN_PIN);
    kiosk_free(k);
}
END_TEST

START_TEST(right_pin_exits)
{
    Kiosk *k = playing_at(0);
    ck_assert_int_eq(hold(k, 1000, 5100), KIOSK_GO_PIN);
    ck_assert_int_eq(kiosk_pin(k, "1234", 7000), KIOSK_PIN_OK);
    ck_assert_int_eq(kiosk_state(k), KIOSK_EXIT);
    kiosk_free(k);
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
    Kiosk *k = kiosk_new(&c, 0);
    ck_assert_int_eq(hold(k, 0, 5100), KIOSK_GO_PIN);
    ck_assert_int_eq(kiosk_pin(k, "1234", 6000), KIOSK_PIN_WRONG);
    ck_assert_int_eq(kiosk_pin(k, "90210", 6500), KIOSK_PIN_OK);
    kiosk_free(k);
}
END_TEST

START_TEST(attract_cycles_facts_and_both_score_tables)
{
    KioskConfig c = cfg();
    Kiosk *k = kiosk_new(&c, 0);
    KioskPageKind want[] = {KIOSK_PAGE_FACT, KIOSK_PAGE_FACT,    KIOSK_PAGE_DAILY, KIOSK_PAGE_FACT,
                            KIOSK_PAGE_FACT, KIOSK_PAGE_ALLTIME, KIOSK_PAGE_FACT};
    int facts[] = {0, 1, -1, 2, 0, -1, 1};
    for (int i = 0; i < 7; i++) {
        KioskPage p = kiosk_attract_page(k, 3, i * c.page_ms + 10);
        ck_assert_int_eq(p.kind, want[i]);
        if (facts[i] >= 0)
            ck_assert_int_eq(p.fact, facts[i]);
        ck_assert_int_eq(p.left, c.page_ms - 10);
    }
    ck_assert_int_eq(kiosk_attract_page(k, 0, 10).kind, KIOSK_PAGE_DAILY);
    ck_assert_int_eq(kiosk_next_deadline(k, 10), c.page_ms - 10);
    kiosk_free(k);
}
END_TEST

/* A page read aloud stays until the reading ends, never less than page_ms;
 * the next page then gets its full time, and the pages after keep order. */
START_TEST(a_held_page_waits_for_the_reading)
{
    KioskConfig c = cfg();
    Kiosk *k = kiosk_new(&c, 0);
    int64_t P = c.page_ms;
    kiosk_attract_hold(k, true, 10);    /* page 0 read from its start */
    kiosk_attract_hold(k, false, 2000); /* a short reading: the page keeps its time */
    ck_assert_int_eq(kiosk_attract_page(k, 3, P - 1).number, 0);
    ck_assert_int_eq(kiosk_attract_page(k, 3, P).number, 1);
    kiosk_attract_hold(k, true, P + 10); /* page 1 read for 2.5 pages */
    KioskPage p = kiosk_attract_page(k, 3, 3 * P);
    ck_assert_int_eq(p.number, 1);
    ck_assert_int_eq(p.fact, 1);
    ck_assert_int_eq(p.left, 0);
    ck_assert_int_eq(kiosk_next_deadline(k, 3 * P), -1); /* only the reading's end */
    kiosk_attract_hold(k, false, 3 * P + 500);
    p = kiosk_attract_page(k, 3, 3 * P + 500);
    ck_assert_int_eq(p.number, 2);
    ck_assert_int_eq(p.kind, KIOSK_PAGE_DAILY);
    ck_assert_int_eq(p.left, P);
    ck_assert_int_eq(kiosk_attract_page(k, 3, 4 * P + 500).number, 3);
    /* A new visit to the loop starts at its first page, unheld. */
    kiosk_attract_hold(k, true, 4 * P + 600);
    kiosk_activity(k, true, 4 * P + 700);
    kiosk_update(k, 4 * P + 700 + c.idle_ms);
    ck_assert_int_eq(kiosk_state(k), KIOSK_ATTRACT);
    ck_assert_int_eq(kiosk_attract_page(k, 3, 4 * P + 700 + c.idle_ms + P).number, 1);
    kiosk_free(k);
}
END_TEST

/* ---- errors ---- */

START_TEST(corner_hold_shorter_than_five_seconds_does_nothing)
{
    Kiosk *k = playing_at(0);
    ck_assert_int_eq(hold(k, 1000, 4900), KIOSK_GO_NONE);
    ck_assert_int_eq(kiosk_state(k), KIOSK_PLAYING);
    ck_assert(kiosk_hold_progress(k, 6000) == 0);
    /* Nor does a long hold away from the corners. */
    kiosk_press(k, false, 7000);
    ck_assert_int_eq(run(k, 7000, 15000, NULL), KIOSK_GO_NONE);
    ck_assert_int_eq(kiosk_state(k), KIOSK_PLAYING);
    kiosk_free(k);
}
END_TEST

START_TEST(wrong_pin_is_refused)
{
    Kiosk *k = playing_at(0);
    ck_assert_int_eq(hold(k, 1000, 5100), KIOSK_GO_PIN);
    ck_assert_int_eq(kiosk_pin(k, "4321", 7000), KIOSK_PIN_WRONG);
    ck_assert_int_eq(kiosk_pin(k, "", 7100), KIOSK_PIN_WRONG);
    ck_assert_int_eq(kiosk_pin(k, "12345", 7200), KIOSK_PIN_WRONG);
    ck_assert_int_eq(kiosk_pin(k, NULL, 7300), KIOSK_PIN_WRONG);
    ck_assert_int_eq(kiosk_state(k), KIOSK_ADMIN_PIN);
    ck_assert_int_eq(kiosk_pin_cancel(k, 7400), KIOSK_GO_ATTRACT);
    ck_assert_int_eq(kiosk_state(k), KIOSK_ATTRACT);
    /* Outside the keypad even the right PIN does nothing. */
    ck_assert_int_eq(kiosk_pin(k, "1234", 7500), KIOSK_PIN_WRONG);
    ck_assert_int_eq(kiosk_state(k), KIOSK_ATTRACT);
    kiosk_free(k);
}
END_TEST

START_TEST(idle_keypad_returns_to_attract)
{
    Kiosk *k = playing_at(0);
    ck_assert_int_eq(hold(k, 1000, 5100), KIOSK_GO_PIN);
    ck_assert_int_eq(run(k, 6200, 30000, NULL), KIOSK_GO_ATTRACT);
    kiosk_free(k);
}
END_TEST

/* ---- limits ---- */

START_TEST(five_wrong_pins_lock_the_keypad)
{
    Kiosk *k = playing_at(0);
    ck_assert_int_eq(hold(k, 1000, 5100), KIOSK_GO_PIN);
    for (int i = 0; i < 4; i++)
        ck_assert_int_eq(kiosk_pin(k, "0000", 7000 + i), KIOSK_PIN_WRONG);
    ck_assert_int_eq(kiosk_pin(k, "0000", 7010), KIOSK_PIN_LOCKED);
    ck_assert_int_eq(kiosk_pin(k, "1234", 8000), KIOSK_PIN_LOCKED); /* even the right one */
    ck_assert_int_eq(kiosk_lockout_left(k, 8000), 59010);
    ck_assert_int_eq(kiosk_pin(k, "1234", 7010 + 60000), KIOSK_PIN_OK);
    kiosk_free(k);
}
END_TEST

START_TEST(idle_exactly_at_the_limit)
{
    Kiosk *k = playing_at(0); /* last activity at 80 */
    ck_assert_int_eq(kiosk_update(k, 80 + 9999), KIOSK_GO_NONE);
    ck_assert_int_eq(kiosk_next_deadline(k, 80 + 9999), 1);
    ck_assert_int_eq(kiosk_update(k, 80 + 10000), KIOSK_GO_ATTRACT);
    kiosk_free(k);
}
END_TEST

START_TEST(a_press_held_down_is_not_idle)
{
    Kiosk *k = playing_at(0);
    kiosk_press(k, false, 1000);
    ck_assert_int_eq(run(k, 1000, 60000, NULL), KIOSK_GO_NONE);
    kiosk_release(k, 60000);
    ck_assert_int_eq(run(k, 60016, 80000, NULL), KIOSK_GO_ATTRACT);
    kiosk_free(k);
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
    suite_add_tcase(s, core);
    TCase *errors = tcase_create("errors");
    tcase_add_test(errors, corner_hold_shorter_than_five_seconds_does_nothing);
    tcase_add_test(errors, wrong_pin_is_refused);
    tcase_add_test(errors, idle_keypad_returns_to_attract);
    suite_add_tcase(s, errors);
    TCase *limits = tcase_create("limits");
    tcase_add_test(limits, five_wrong_pins_lock_the_keypad);
    tcase_add_test(limits, idle_exactly_at_the_limit);
    tcase_add_test(limits, a_press_held_down_is_not_idle);
    suite_add_tcase(s, limits);
    return s;
}

int main(void)
{
    return run_suite(kiosk_suite());
}
