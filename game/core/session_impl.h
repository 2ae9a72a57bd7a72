/* session_impl: what the files of the session module share (session.c,
 * session_store.c, session_view.c, session_kiosk.c). Not for other modules. */
#ifndef AMAN_SESSION_IMPL_H
#define AMAN_SESSION_IMPL_H

#include "modes.h"
#include "session.h"

typedef struct {
    int id;
    char name[SESSION_NAME_MAX];
    int team;
    char trainee[MODE_TRAINEE_MAX + 1]; /* "" for none */
    char lang[SESSION_LANG_MAX];
    Quiz *quiz;       /* this player's copy of the round, NULL before one */
    int64_t stored;   /* results session of the round, 0 when none */
    size_t logged;    /* outcomes of the round already stored */
    bool closed;      /* the round's results session is ended */
    bool want_stored; /* the round should be stored (a results session was tried) */
} Player;

/* The kiosk's state inside the session (session_kiosk.c); its settings are
 * cfg.kiosk_cfg. All zero, state KIOSK_NONE, when the session is no kiosk. */
typedef struct {
    KioskState state;
    int64_t last_activity; /* idle timer origin */
    int64_t since;         /* when the current state began */
    bool holding;          /* a press in a corner is down */
    int64_t hold_start;
    bool pressed; /* any press is down (no idle while held) */
    int wrong;    /* wrong PINs in a row */
    int64_t locked_until;
    int64_t attract_lag; /* ms the attract loop stood still on held pages */
    bool attract_held;   /* session_kiosk_attract_hold: the page stays past its time */
    int64_t held_end;    /* the held page's end, in attract time */
} SessionKiosk;

struct Session {
    SessionConfig cfg;
    const Question **pool;
    size_t n_pool;
    QuizConfig next_cfg; /* for the next session_start */
    /* The round: its settings with filters copied, its seed, its Quiz. */
    QuizConfig round_cfg;
    char *round_category;
    char **round_ids;
    size_t n_round_ids;
    uint64_t seed, round_seed;
    Quiz *round;
    SessionPhase phase;
    bool revealed;
    Player *players;
    size_t n_players, cap;
    int last_id;
    SessionKiosk kiosk;
    bool warned;
    const char *warning;
    char lang[SESSION_LANG_MAX]; /* of new players */
};

/* The player of this id, or NULL. */
Player *session_find(const Session *s, int id);
/* Whether answers are stored (a store, and not a screenshot's demo). */
bool session_storing(const Session *s);
/* Opens the player's results session for the round (session_store.c). */
void session_begin_stored(Session *s, Player *p);
/* Stores the player's answers given so far, and once the round is
 * finished its end and, when high_score, its high score. */
void session_store_player(Session *s, Player *p, bool high_score);
void session_store_all(Session *s, bool high_score);
/* The kiosk's rules (session_kiosk.c): a kiosk session (cfg.kiosk) starts
 * on the attract loop at now_ms; the tick runs the idle timer, the
 * countdown and the corner hold, and returns SESSION_EV_* flags. */
void session_kiosk_init(Session *s, int64_t now_ms);
unsigned session_kiosk_tick(Session *s, int64_t now_ms);

#endif
