/* kiosk: the words of an unattended kiosk that the session and the scenes
 * share: its settings, its states, what a PIN try gives, and the attract
 * loop's pages. The rules themselves (idle timer, "Still there?", corner
 * hold, PIN lockout, the attract clock) are the session's: session.h,
 * game/core/session_kiosk.c. Pure: no SDL, no clock of its own. */
#ifndef AMAN_KIOSK_H
#define AMAN_KIOSK_H

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

/* Where a session stands as a kiosk (session_kiosk_state; the diagram is
 * in session.h). */
typedef enum {
    KIOSK_NONE,        /* not a kiosk: the session has no kiosk rules */
    KIOSK_ATTRACT,     /* the attract loop waits for a visitor */
    KIOSK_PLAYING,     /* a visitor uses the game (title, round, summary...) */
    KIOSK_STILL_THERE, /* idle in a round: the countdown runs */
    KIOSK_ADMIN_PIN,   /* the admin gesture was made: the PIN keypad is up */
    KIOSK_EXIT,        /* the right PIN was given: the game may quit */
} KioskState;

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
    int64_t left; /* ms until the next page; 0 while a hold keeps it (session.h) */
    long number;  /* which page of the loop this is, from 0: tells one showing from the next */
} KioskPage;

/* The attract page elapsed_ms into the loop (negative counts as 0), each
 * page lasting page_ms (<= 0 counts as 1): two facts, the day's best, two
 * facts, the all-time best, and so on. n_facts may be 0 (no fact pages:
 * the two score pages in turn). */
KioskPage kiosk_page_at(int64_t page_ms, int n_facts, int64_t elapsed_ms);

#endif
