/* The kiosk's rules (kiosk.h) inside the session: its input, and what its
 * decisions do to the round. */
#include "session_impl.h"

unsigned session_kiosk_do(Session *s, KioskAction a, int64_t now_ms)
{
    switch (a) {
    case KIOSK_GO_PLAY:
        return SESSION_EV_PLAY;
    case KIOSK_GO_ATTRACT:
        session_abandon(s, now_ms);
        return SESSION_EV_ATTRACT;
    case KIOSK_GO_STILL_THERE:
        return SESSION_EV_STILL_THERE;
    case KIOSK_GO_RESUME:
        return SESSION_EV_RESUME;
    case KIOSK_GO_PIN:
        return SESSION_EV_PIN;
    case KIOSK_GO_EXIT:
        return SESSION_EV_EXIT;
    default:
        return 0;
    }
}

unsigned session_kiosk_press(Session *s, bool in_corner, int64_t now_ms)
{
    return s->kiosk ? session_kiosk_do(s, kiosk_press(s->kiosk, in_corner, now_ms), now_ms) : 0;
}

unsigned session_kiosk_release(Session *s, int64_t now_ms)
{
    return s->kiosk ? session_kiosk_do(s, kiosk_release(s->kiosk, now_ms), now_ms) : 0;
}

void session_kiosk_cancel_press(Session *s, int64_t now_ms)
{
    if (s->kiosk)
        kiosk_cancel_press(s->kiosk, now_ms);
}

unsigned session_kiosk_activity(Session *s, bool is_key, int64_t now_ms)
{
    return s->kiosk ? session_kiosk_do(s, kiosk_activity(s->kiosk, is_key, now_ms), now_ms) : 0;
}

KioskPinResult session_kiosk_pin(Session *s, const char *pin, int64_t now_ms)
{
    return s->kiosk ? kiosk_pin(s->kiosk, pin, now_ms) : KIOSK_PIN_WRONG;
}

unsigned session_kiosk_pin_cancel(Session *s, int64_t now_ms)
{
    return s->kiosk ? session_kiosk_do(s, kiosk_pin_cancel(s->kiosk, now_ms), now_ms) : 0;
}

void session_kiosk_attract_hold(Session *s, bool hold, int64_t now_ms)
{
    if (s->kiosk)
        kiosk_attract_hold(s->kiosk, hold, now_ms);
}

const Kiosk *session_kiosk(const Session *s)
{
    return s->kiosk;
}
