#include "kiosk.h"

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "settings.h"
#include "util.h"

struct Kiosk {
    KioskConfig cfg;
    KioskState state;
    bool in_round;
    int64_t last_activity; /* idle timer origin */
    int64_t since;         /* when the current state began */
    bool holding;          /* a press in a corner is down */
    int64_t hold_start;
    bool pressed; /* any press is down (no idle while held) */
    int wrong;    /* wrong PINs in a row */
    int64_t locked_until;
    int64_t attract_lag; /* ms the attract loop stood still on held pages */
    bool attract_held;   /* kiosk_attract_hold: the page stays past its time */
    int64_t held_end;    /* the held page's end, in attract time */
};

void kiosk_config_defaults(KioskConfig *cfg)
{
    *cfg = (KioskConfig){.idle_ms = 60000,
                         .countdown_ms = 15000,
                         .hold_ms = 5000,
                         .page_ms = 8000,
                         .max_tries = 5,
                         .lockout_ms = 60000};
    snprintf(cfg->pin, sizeof cfg->pin, "1234");
}

void kiosk_config_from_settings(KioskConfig *cfg, const Settings *s)
{
    kiosk_config_defaults(cfg);
    cfg->idle_ms = (int64_t)settings_get_int(s, "kiosk_idle") * 1000;
    cfg->countdown_ms = (int64_t)settings_get_int(s, "kiosk_countdown") * 1000;
    snprintf(cfg->pin, sizeof cfg->pin, "%s", settings_get_str(s, "kiosk_pin"));
}

Kiosk *kiosk_new(const KioskConfig *cfg, int64_t now_ms)
{
    Kiosk *k = xcalloc(1, sizeof *k);
    k->cfg = *cfg;
    k->state = KIOSK_ATTRACT;
    k->last_activity = k->since = now_ms;
    return k;
}

void kiosk_free(Kiosk *k)
{
    free(k);
}

KioskState kiosk_state(const Kiosk *k)
{
    return k->state;
}

static void enter(Kiosk *k, KioskState s, int64_t now_ms)
{
    k->state = s;
    k->since = now_ms;
    k->last_activity = now_ms;
    k->attract_lag = 0;
    k->attract_held = false;
}

/* What a touch or a key means on the current state. */
static KioskAction wake(Kiosk *k, int64_t now_ms)
{
    k->last_activity = now_ms;
    if (k->state == KIOSK_ATTRACT) {
        enter(k, KIOSK_PLAYING, now_ms);
        return KIOSK_GO_PLAY;
    }
    if (k->state == KIOSK_STILL_THERE) {
        enter(k, KIOSK_PLAYING, now_ms);
        return KIOSK_GO_RESUME;
    }
    return KIOSK_GO_NONE;
}

KioskAction kiosk_press(Kiosk *k, bool in_corner, int64_t now_ms)
{
    k->last_activity = now_ms;
    k->pressed = true;
    k->holding = in_corner && k->state != KIOSK_ADMIN_PIN && k->state != KIOSK_EXIT;
    k->hold_start = now_ms;
    return KIOSK_GO_NONE;
}

KioskAction kiosk_release(Kiosk *k, int64_t now_ms)
{
    bool was_pressed = k->pressed;
    k->pressed = k->holding = false;
    if (!was_pressed)
        return KIOSK_GO_NONE;
    return wake(k, now_ms);
}

void kiosk_cancel_press(Kiosk *k, int64_t now_ms)
{
    k->pressed = k->holding = false;
    k->last_activity = now_ms;
}

KioskAction kiosk_activity(Kiosk *k, bool is_key, int64_t now_ms)
{
    if (is_key)
        return wake(k, now_ms);
    k->last_activity = now_ms;
    return KIOSK_GO_NONE;
}

void kiosk_set_in_round(Kiosk *k, bool in_round)
{
    k->in_round = in_round;
}

KioskAction kiosk_update(Kiosk *k, int64_t now_ms)
{
    if (k->holding && now_ms - k->hold_start >= k->cfg.hold_ms) {
        k->holding = k->pressed = false;
        enter(k, KIOSK_ADMIN_PIN, now_ms);
        return KIOSK_GO_PIN;
    }
    if (k->pressed)
        return KIOSK_GO_NONE;
    int64_t idle = now_ms - k->last_activity;
    switch (k->state) {
    case KIOSK_PLAYING:
        if (idle < k->cfg.idle_ms)
            return KIOSK_GO_NONE;
        enter(k, k->in_round ? KIOSK_STILL_THERE : KIOSK_ATTRACT, now_ms);
        return k->in_round ? KIOSK_GO_STILL_THERE : KIOSK_GO_ATTRACT;
    case KIOSK_STILL_THERE:
        if (now_ms - k->since < k->cfg.countdown_ms)
            return KIOSK_GO_NONE;
        enter(k, KIOSK_ATTRACT, now_ms);
        return KIOSK_GO_ATTRACT;
    case KIOSK_ADMIN_PIN:
        /* An admin who walks away leaves no keypad behind. */
        if (idle < k->cfg.idle_ms)
            return KIOSK_GO_NONE;
        enter(k, KIOSK_ATTRACT, now_ms);
        return KIOSK_GO_ATTRACT;
    default:
        return KIOSK_GO_NONE;
    }
}

int64_t kiosk_lockout_left(const Kiosk *k, int64_t now_ms)
{
    return now_ms < k->locked_until ? k->locked_until - now_ms : 0;
}

KioskPinResult kiosk_pin(Kiosk *k, const char *pin, int64_t now_ms)
{
    k->last_activity = now_ms;
    if (k->state != KIOSK_ADMIN_PIN)
        return KIOSK_PIN_WRONG;
    if (kiosk_lockout_left(k, now_ms) > 0)
        return KIOSK_PIN_LOCKED;
    if (pin && *k->cfg.pin && strcmp(pin, k->cfg.pin) == 0) {
        k->wrong = 0;
        enter(k, KIOSK_EXIT, now_ms);
        return KIOSK_PIN_OK;
    }
    if (++k->wrong >= k->cfg.max_tries) {
        k->wrong = 0;
        k->locked_until = now_ms + k->cfg.lockout_ms;
        return KIOSK_PIN_LOCKED;
    }
    return KIOSK_PIN_WRONG;
}

KioskAction kiosk_pin_cancel(Kiosk *k, int64_t now_ms)
{
    if (k->state != KIOSK_ADMIN_PIN)
        return KIOSK_GO_NONE;
    enter(k, KIOSK_ATTRACT, now_ms);
    return KIOSK_GO_ATTRACT;
}

int64_t kiosk_countdown_left(const Kiosk *k, int64_t now_ms)
{
    if (k->state != KIOSK_STILL_THERE)
        return 0;
    int64_t left = k->cfg.countdown_ms - (now_ms - k->since);
    return left > 0 ? left : 0;
}

double kiosk_hold_progress(const Kiosk *k, int64_t now_ms)
{
    if (!k->holding || k->cfg.hold_ms <= 0)
        return 0;
    double f = (double)(now_ms - k->hold_start) / (double)k->cfg.hold_ms;
    return f < 0 ? 0 : f > 1 ? 1 : f;
}

static int64_t page_len(const Kiosk *k)
{
    return k->cfg.page_ms > 0 ? k->cfg.page_ms : 1;
}

/* The attract loop's own clock: time on it, less the time it stood still. */
static int64_t attract_time(const Kiosk *k, int64_t now_ms)
{
    int64_t t = now_ms - k->since - k->attract_lag;
    return t < 0 ? 0 : t;
}

void kiosk_attract_hold(Kiosk *k, bool hold, int64_t now_ms)
{
    int64_t t = attract_time(k, now_ms);
    if (hold && !k->attract_held) {
        k->attract_held = true;
        k->held_end = (t / page_len(k) + 1) * page_len(k);
    } else if (!hold && k->attract_held) {
        k->attract_held = false;
        if (t > k->held_end) /* the next page begins now */
            k->attract_lag += t - k->held_end;
    }
}

KioskPage kiosk_attract_page(const Kiosk *k, int n_facts, int64_t now_ms)
{
    int64_t page_ms = page_len(k);
    int64_t t = attract_time(k, now_ms);
    bool stays = k->attract_held && t >= k->held_end;
    if (stays)
        t = k->held_end - 1;
    int64_t p = t / page_ms;
    KioskPage page = {.left = stays ? 0 : page_ms - t % page_ms, .number = (long)p};
    if (n_facts <= 0) {
        page.kind = p % 2 ? KIOSK_PAGE_ALLTIME : KIOSK_PAGE_DAILY;
        return page;
    }
    /* Cycles of six pages: fact, fact, daily, fact, fact, all-time. */
    int64_t cycle = p / 6, slot = p % 6;
    if (slot == 2 || slot == 5) {
        page.kind = slot == 2 ? KIOSK_PAGE_DAILY : KIOSK_PAGE_ALLTIME;
        return page;
    }
    int64_t nth = cycle * 4 + (slot < 2 ? slot : slot - 1);
    page.kind = KIOSK_PAGE_FACT;
    page.fact = (int)(nth % n_facts);
    return page;
}

static int64_t min_pos(int64_t a, int64_t b)
{
    if (a < 0)
        return b;
    if (b < 0)
        return a;
    return a < b ? a : b;
}

int64_t kiosk_next_deadline(const Kiosk *k, int64_t now_ms)
{
    int64_t d = -1;
    if (k->holding) /* the progress ring moves, then the keypad opens */
        d = 50;
    int64_t idle_left = k->cfg.idle_ms - (now_ms - k->last_activity);
    switch (k->state) {
    case KIOSK_PLAYING:
    case KIOSK_ADMIN_PIN:
        if (!k->pressed)
            d = min_pos(d, idle_left > 0 ? idle_left : 0);
        break;
    case KIOSK_STILL_THERE: {
        int64_t left = kiosk_countdown_left(k, now_ms);
        d = min_pos(d, left % 1000 ? left % 1000 : (left ? 1000 : 0));
        break;
    }
    case KIOSK_ATTRACT: {
        int64_t left = kiosk_attract_page(k, 1, now_ms).left;
        d = left > 0 ? min_pos(d, left) : d; /* a held page waits for its hold to end */
        break;
    }
    default:
        break;
    }
    if (k->state == KIOSK_ADMIN_PIN && kiosk_lockout_left(k, now_ms) > 0)
        d = min_pos(d, 1000);
    return d;
}
