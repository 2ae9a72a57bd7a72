/* The kiosk's rules inside the session: its states (session.h's diagram),
 * the idle timer, the "Still there?" countdown, the admin corner hold, the
 * PIN tries and lockout, and the attract loop's clock and hold. The state
 * is SessionKiosk in session_impl.h; the settings are cfg.kiosk_cfg. */
#include <string.h>

#include "session_impl.h"

static const KioskConfig *kcfg(const Session *s)
{
    return &s->cfg.kiosk_cfg;
}

void session_kiosk_init(Session *s, int64_t now_ms)
{
    s->kiosk = (SessionKiosk){0};
    if (!s->cfg.kiosk)
        return;
    s->kiosk.state = KIOSK_ATTRACT;
    s->kiosk.last_activity = s->kiosk.since = now_ms;
}

KioskState session_kiosk_state(const Session *s)
{
    return s->kiosk.state;
}

static void enter(Session *s, KioskState state, int64_t now_ms)
{
    SessionKiosk *k = &s->kiosk;
    k->state = state;
    k->since = now_ms;
    k->last_activity = now_ms;
    k->attract_lag = 0;
    k->attract_held = false;
}

/* Back to the attract loop: the visitor's round, if any, is abandoned. */
static unsigned go_attract(Session *s, int64_t now_ms)
{
    enter(s, KIOSK_ATTRACT, now_ms);
    session_abandon(s, now_ms);
    return SESSION_EV_ATTRACT;
}

/* What a touch or a key means on the current state. */
static unsigned wake(Session *s, int64_t now_ms)
{
    s->kiosk.last_activity = now_ms;
    if (s->kiosk.state == KIOSK_ATTRACT) {
        enter(s, KIOSK_PLAYING, now_ms);
        return SESSION_EV_PLAY;
    }
    if (s->kiosk.state == KIOSK_STILL_THERE) {
        enter(s, KIOSK_PLAYING, now_ms);
        return SESSION_EV_RESUME;
    }
    return 0;
}

unsigned session_kiosk_press(Session *s, bool in_corner, int64_t now_ms)
{
    SessionKiosk *k = &s->kiosk;
    if (k->state == KIOSK_NONE)
        return 0;
    k->last_activity = now_ms;
    k->pressed = true;
    k->holding = in_corner && k->state != KIOSK_ADMIN_PIN && k->state != KIOSK_EXIT;
    k->hold_start = now_ms;
    return 0;
}

unsigned session_kiosk_release(Session *s, int64_t now_ms)
{
    SessionKiosk *k = &s->kiosk;
    bool was_pressed = k->pressed;
    k->pressed = k->holding = false;
    if (!was_pressed)
        return 0;
    return wake(s, now_ms);
}

void session_kiosk_cancel_press(Session *s, int64_t now_ms)
{
    if (s->kiosk.state == KIOSK_NONE)
        return;
    s->kiosk.pressed = s->kiosk.holding = false;
    s->kiosk.last_activity = now_ms;
}

unsigned session_kiosk_activity(Session *s, bool is_key, int64_t now_ms)
{
    if (s->kiosk.state == KIOSK_NONE)
        return 0;
    if (is_key)
        return wake(s, now_ms);
    s->kiosk.last_activity = now_ms;
    return 0;
}

unsigned session_kiosk_tick(Session *s, int64_t now_ms)
{
    SessionKiosk *k = &s->kiosk;
    const KioskConfig *c = kcfg(s);
    if (k->holding && now_ms - k->hold_start >= c->hold_ms) {
        k->holding = k->pressed = false;
        enter(s, KIOSK_ADMIN_PIN, now_ms);
        return SESSION_EV_PIN;
    }
    if (k->pressed)
        return 0;
    int64_t idle = now_ms - k->last_activity;
    switch (k->state) {
    case KIOSK_PLAYING:
        if (idle < c->idle_ms)
            return 0;
        if (!session_in_round(s))
            return go_attract(s, now_ms);
        enter(s, KIOSK_STILL_THERE, now_ms);
        return SESSION_EV_STILL_THERE;
    case KIOSK_STILL_THERE:
        return now_ms - k->since < c->countdown_ms ? 0 : go_attract(s, now_ms);
    case KIOSK_ADMIN_PIN:
        /* An admin who walks away leaves no keypad behind. */
        return idle < c->idle_ms ? 0 : go_attract(s, now_ms);
    default:
        return 0;
    }
}

int64_t session_kiosk_lockout_left(const Session *s, int64_t now_ms)
{
    int64_t until = s->kiosk.locked_until;
    return now_ms < until ? until - now_ms : 0;
}

KioskPinResult session_kiosk_pin(Session *s, const char *pin, int64_t now_ms)
{
    SessionKiosk *k = &s->kiosk;
    const KioskConfig *c = kcfg(s);
    if (k->state == KIOSK_NONE)
        return KIOSK_PIN_WRONG;
    k->last_activity = now_ms; /* a try anywhere is activity */
    if (k->state != KIOSK_ADMIN_PIN)
        return KIOSK_PIN_WRONG;
    if (session_kiosk_lockout_left(s, now_ms) > 0)
        return KIOSK_PIN_LOCKED;
    if (pin && *c->pin && strcmp(pin, c->pin) == 0) {
        k->wrong = 0;
        enter(s, KIOSK_EXIT, now_ms);
        return KIOSK_PIN_OK;
    }
    if (++k->wrong >= c->max_tries) {
        k->wrong = 0;
        k->locked_until = now_ms + c->lockout_ms;
        return KIOSK_PIN_LOCKED;
    }
    return KIOSK_PIN_WRONG;
}

unsigned session_kiosk_pin_cancel(Session *s, int64_t now_ms)
{
    if (s->kiosk.state != KIOSK_ADMIN_PIN)
        return 0;
    return go_attract(s, now_ms);
}

int64_t session_kiosk_countdown_left(const Session *s, int64_t now_ms)
{
    if (s->kiosk.state != KIOSK_STILL_THERE)
        return 0;
    int64_t left = kcfg(s)->countdown_ms - (now_ms - s->kiosk.since);
    return left > 0 ? left : 0;
}

double session_kiosk_hold_progress(const Session *s, int64_t now_ms)
{
    int64_t hold_ms = kcfg(s)->hold_ms;
    if (!s->kiosk.holding || hold_ms <= 0)
        return 0;
    double f = (double)(now_ms - s->kiosk.hold_start) / (double)hold_ms;
    return f < 0 ? 0 : f > 1 ? 1 : f;
}

/* ---- the attract loop ---- */

static int64_t page_len(const Session *s)
{
    return kcfg(s)->page_ms > 0 ? kcfg(s)->page_ms : 1;
}

/* The attract loop's own clock: time on it, less the time it stood still. */
static int64_t attract_time(const Session *s, int64_t now_ms)
{
    int64_t t = now_ms - s->kiosk.since - s->kiosk.attract_lag;
    return t < 0 ? 0 : t;
}

void session_kiosk_attract_hold(Session *s, bool hold, int64_t now_ms)
{
    SessionKiosk *k = &s->kiosk;
    if (k->state == KIOSK_NONE)
        return;
    int64_t t = attract_time(s, now_ms);
    if (hold && !k->attract_held) {
        k->attract_held = true;
        k->held_end = (t / page_len(s) + 1) * page_len(s);
    } else if (!hold && k->attract_held) {
        k->attract_held = false;
        if (t > k->held_end) /* the next page begins now */
            k->attract_lag += t - k->held_end;
    }
}

KioskPage session_kiosk_attract_page(const Session *s, int n_facts, int64_t now_ms)
{
    if (s->kiosk.state == KIOSK_NONE) /* the loop's cycle from time 0 */
        return kiosk_page_at(kcfg(s)->page_ms, n_facts, now_ms);
    int64_t t = attract_time(s, now_ms);
    bool stays = s->kiosk.attract_held && t >= s->kiosk.held_end;
    if (stays)
        t = s->kiosk.held_end - 1;
    KioskPage page = kiosk_page_at(kcfg(s)->page_ms, n_facts, t);
    if (stays)
        page.left = 0;
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

int64_t session_kiosk_next_deadline(const Session *s, int64_t now_ms)
{
    const SessionKiosk *k = &s->kiosk;
    int64_t d = -1;
    if (k->holding) /* the progress ring moves, then the keypad opens */
        d = 50;
    int64_t idle_left = kcfg(s)->idle_ms - (now_ms - k->last_activity);
    switch (k->state) {
    case KIOSK_PLAYING:
    case KIOSK_ADMIN_PIN:
        if (!k->pressed)
            d = min_pos(d, idle_left > 0 ? idle_left : 0);
        break;
    case KIOSK_STILL_THERE: {
        int64_t left = session_kiosk_countdown_left(s, now_ms);
        d = min_pos(d, left % 1000 ? left % 1000 : (left ? 1000 : 0));
        break;
    }
    case KIOSK_ATTRACT: {
        int64_t left = session_kiosk_attract_page(s, 1, now_ms).left;
        d = left > 0 ? min_pos(d, left) : d; /* a held page waits for its hold to end */
        break;
    }
    default:
        break;
    }
    if (k->state == KIOSK_ADMIN_PIN && session_kiosk_lockout_left(s, now_ms) > 0)
        d = min_pos(d, 1000);
    return d;
}
