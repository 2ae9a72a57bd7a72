/* kiosk: the rules of an unattended kiosk, as a pure state machine. No
 * clock of its own: every call takes now_ms (any monotonic millisecond
 * clock), so tests drive time. The SDL layer reports what the visitor does
 * (kiosk_press, kiosk_release, kiosk_activity) and whether a round is being
 * played (kiosk_set_in_round), calls kiosk_update every frame, and turns the
 * returned KioskAction into a scene change.
 *
 *   ATTRACT --touch--> PLAYING --idle (no round)--> ATTRACT
 *   PLAYING --idle in a round--> STILL_THERE --touch--> PLAYING
 *                                STILL_THERE --countdown over--> ATTRACT
 *   any --corner held hold_ms--> ADMIN_PIN --right PIN--> EXIT
 *                                ADMIN_PIN --cancel / idle--> ATTRACT
 *
 * Wrong PINs are refused; after max_tries wrong ones in a row the keypad is
 * locked for lockout_ms. */
#ifndef AMAN_KIOSK_H
#define AMAN_KIOSK_H

#include <stdbool.h>
#include <stdint.h>

typedef struct Settings Settings; /* settings.h */

typedef struct {
    int64_t idle_ms;      /* no activity for this long: attract or "Still there?" */
    int64_t countdown_ms; /* "Still there?" waits this long before giving up */
    int64_t hold_ms;      /* admin gesture: a corner held this long */
    int64_t page_ms;      /* each page of the attract loop */
    int max_tries;        /* wrong PINs in a row before the lockout */
    int64_t lockout_ms;
    char pin[16]; /* digits */
} KioskConfig;

/* Defaults (60 s idle, 15 s countdown, 5 s hold, 8 s pages, 5 tries, 60 s
 * lockout, PIN 1234), and the same from the settings table (kiosk_idle,
 * kiosk_countdown, kiosk_pin). */
void kiosk_config_defaults(KioskConfig *cfg);
void kiosk_config_from_settings(KioskConfig *cfg, const Settings *s);

typedef enum {
    KIOSK_ATTRACT,     /* the attract loop waits for a visitor */
    KIOSK_PLAYING,     /* a visitor uses the game (title, round, summary...) */
    KIOSK_STILL_THERE, /* idle in a round: the countdown runs */
    KIOSK_ADMIN_PIN,   /* the admin gesture was made: the PIN keypad is up */
    KIOSK_EXIT,        /* the right PIN was given: the game may quit */
} KioskState;

typedef enum {
    KIOSK_GO_NONE,
    KIOSK_GO_PLAY,        /* start a round (a visitor touched the attract loop) */
    KIOSK_GO_ATTRACT,     /* show the attract loop (the round, if any, is abandoned) */
    KIOSK_GO_STILL_THERE, /* pause the round and ask "Still there?" */
    KIOSK_GO_RESUME,      /* back to the round that was paused */
    KIOSK_GO_PIN,         /* show the PIN keypad */
    KIOSK_GO_EXIT,        /* quit the game */
} KioskAction;

typedef enum { KIOSK_PIN_OK, KIOSK_PIN_WRONG, KIOSK_PIN_LOCKED } KioskPinResult;

/* The process's exit status when an admin leaves the kiosk with the PIN,
 * so a supervisor that restarts the game otherwise lets it stay closed
 * (systemd: RestartPreventExitStatus=, SuccessExitStatus=). */
#define KIOSK_EXIT_STATUS 3

/* What the attract loop shows now. */
typedef enum { KIOSK_PAGE_FACT, KIOSK_PAGE_DAILY, KIOSK_PAGE_ALLTIME } KioskPageKind;
typedef struct {
    KioskPageKind kind;
    int fact;     /* KIOSK_PAGE_FACT: index in 0..n_facts-1 */
    int64_t left; /* ms until the next page; 0 while a hold keeps it (kiosk_attract_hold) */
    long number;  /* which page of the loop this is, from 0: tells one showing from the next */
} KioskPage;

typedef struct Kiosk Kiosk;

/* Starts in KIOSK_ATTRACT at now_ms; cfg is copied. Free with kiosk_free. */
Kiosk *kiosk_new(const KioskConfig *cfg, int64_t now_ms);
void kiosk_free(Kiosk *k);
KioskState kiosk_state(const Kiosk *k);

/* A press (touch or mouse button) begins; in_corner when it is inside one of
 * the admin corners. Counts as activity. */
KioskAction kiosk_press(Kiosk *k, bool in_corner, int64_t now_ms);
/* The press ends: before hold_ms nothing happens but ordinary activity (on
 * the attract loop: KIOSK_GO_PLAY; on "Still there?": KIOSK_GO_RESUME). */
KioskAction kiosk_release(Kiosk *k, int64_t now_ms);
/* The press ends as a tap on something of the screen's own (the language
 * button, part of which lies in a corner): activity only, no hold, no wake. */
void kiosk_cancel_press(Kiosk *k, int64_t now_ms);
/* Any other input (a key, the mouse moving): resets the idle timer; a key on
 * the attract loop or "Still there?" acts like a touch. */
KioskAction kiosk_activity(Kiosk *k, bool is_key, int64_t now_ms);
/* Whether a round is under way (asking, feedback, scoreboard): decides
 * between the attract loop and "Still there?" when the visitor goes idle. */
void kiosk_set_in_round(Kiosk *k, bool in_round);
/* The clock: idle timeout, countdown, corner hold. Call every frame. */
KioskAction kiosk_update(Kiosk *k, int64_t now_ms);

/* The PIN typed on the keypad (in KIOSK_ADMIN_PIN only; else WRONG). */
KioskPinResult kiosk_pin(Kiosk *k, const char *pin, int64_t now_ms);
/* Leaves the keypad for the attract loop. */
KioskAction kiosk_pin_cancel(Kiosk *k, int64_t now_ms);
/* Milliseconds of lockout left (0 when the keypad takes PINs). */
int64_t kiosk_lockout_left(const Kiosk *k, int64_t now_ms);

/* "Still there?": milliseconds left (0 outside that state). */
int64_t kiosk_countdown_left(const Kiosk *k, int64_t now_ms);
/* Fraction 0..1 of the corner hold done (0 when no corner is held). */
double kiosk_hold_progress(const Kiosk *k, int64_t now_ms);
/* The attract page at now_ms: two facts, the day's best, two facts, the
 * all-time best, and so on. n_facts may be 0 (no fact pages). */
KioskPage kiosk_attract_page(const Kiosk *k, int n_facts, int64_t now_ms);
/* Holds the attract loop on the page shown while hold is true (the page is
 * being read aloud): the page still lasts page_ms at least; when its time is
 * up it stays until the hold ends, and the next page then begins with its
 * full page_ms. Call on each frame of the attract loop; entering the loop
 * again forgets the hold. */
void kiosk_attract_hold(Kiosk *k, bool hold, int64_t now_ms);
/* Milliseconds until kiosk_update or the attract page may change something
 * (a wake-up for a loop that sleeps), or -1 when only input can. */
int64_t kiosk_next_deadline(const Kiosk *k, int64_t now_ms);

#endif
