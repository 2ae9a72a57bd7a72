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
    Kiosk *kiosk;
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
/* What the kiosk decided, applied to the session (session_kiosk.c). */
unsigned session_kiosk_do(Session *s, KioskAction a, int64_t now_ms);

#endif
