/* session: a round and its players as one state machine, for any number
 * of players answering the same question at once (the projector's one
 * player and the classroom's teams taking turns are special cases). Pure
 * core: no SDL, no globals, no clock of its own: every call that needs the
 * time takes now_ms (any monotonic millisecond clock).
 *
 * Each player plays the same round (same questions, same shuffled choices)
 * on a Quiz of its own built from the round's seed, so scoring, streaks and
 * speed bonuses are quiz.h's rules per player. Players have ids (> 0, never
 * reused), a name, an optional team and an optional trainee id.
 *
 *   LOBBY --start--> ASKING --all answered | time up | reveal | skip--> REVEAL
 *   REVEAL --next--> ASKING (next question), SCOREBOARD (teams take turns)
 *                    or SUMMARY (after the last)
 *   SCOREBOARD --next--> ASKING
 *   any phase of a round --end--> SUMMARY (high scores stored)
 *   any phase of a round --abandon--> LOBBY (answers kept, no high score)
 *
 * Every answer is stored through results (results.h) as it is given, one
 * results session per player and round; a finished round (played out or
 * ended) stores each player's high score once.
 *
 * A kiosk session (cfg.kiosk) also follows the kiosk's rules
 * (session_kiosk.c; settings and page types in kiosk.h), a second state
 * beside the phase: the SDL layer reports what the visitor does
 * (session_kiosk_press, _release, _activity), session_tick runs the clock
 * and says what changed (SESSION_EV_*), and an idle visitor's round is
 * abandoned by the session itself:
 *
 *   ATTRACT --touch--> PLAYING --idle, no round--> ATTRACT
 *   PLAYING --idle in a round--> STILL_THERE --touch--> PLAYING
 *                                STILL_THERE --countdown over--> ATTRACT
 *   any --corner held hold_ms--> ADMIN_PIN --right PIN--> EXIT
 *                                ADMIN_PIN --cancel | idle--> ATTRACT
 *
 * Going to ATTRACT abandons the round. Wrong PINs are refused; after
 * max_tries wrong ones in a row the keypad is locked for lockout_ms. A
 * session that is no kiosk stays KIOSK_NONE. */
#ifndef AMAN_SESSION_H
#define AMAN_SESSION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "kiosk.h"
#include "question.h"
#include "quiz.h"

typedef struct Session Session;
typedef struct Results Results; /* results.h */

#define SESSION_MAX_PLAYERS 256
#define SESSION_NAME_MAX 64
#define SESSION_LANG_MAX 8

typedef enum {
    SESSION_LOBBY,      /* no round: players join, sign in, pick a drill */
    SESSION_ASKING,     /* a question is open for answers */
    SESSION_REVEAL,     /* the question is closed: outcomes and distribution */
    SESSION_SCOREBOARD, /* between questions when teams take turns */
    SESSION_SUMMARY,    /* the round is over */
} SessionPhase;

/* What a command did: SESSION_OK, or why it was refused (nothing changed). */
typedef enum {
    SESSION_OK,
    SESSION_UNKNOWN_PLAYER,
    SESSION_ALREADY_ANSWERED, /* a second answer to the same question */
    SESSION_NOT_ASKING,       /* no question open: lobby, after the reveal, summary */
    SESSION_PAUSED,
    SESSION_BAD_ANSWER, /* wrong kind for the question, index out of range, empty mask */
    SESSION_NO_LIMIT,   /* more time for a question without a time limit */
    SESSION_WRONG_PHASE,
    SESSION_NO_QUESTIONS, /* start: no question passes the filters */
    SESSION_NO_PLAYERS,   /* start: nobody to play */
    SESSION_FULL,         /* SESSION_MAX_PLAYERS already */
    SESSION_BAD_PLAYER,   /* name empty or too long, team out of range, trainee not digits */
} SessionResult;

/* A short lowercase English description of r ("second answer to the same
 * question"), marked N_() for the caller to translate. */
const char *session_result_text(SessionResult r);

typedef struct {
    QuizConfig quiz;  /* copied; its filters are copied at each session_start */
    uint64_t seed;    /* of the first round; each round takes the next */
    const char *mode; /* name stored with results ("play", "classroom"...); static */
    Results *results; /* borrowed, may be NULL: nothing is stored */
    bool record;      /* false: store nothing (a screenshot's demo round) */
    const char *lang; /* language of new players' answers ("en"); copied */
    /* Team names stored with a classroom's high score (the winner's). */
    char team_names[QUIZ_MAX_TEAMS][SESSION_NAME_MAX];
    bool kiosk; /* follow the kiosk's rules with kiosk_cfg */
    KioskConfig kiosk_cfg;
    /* Wall clock for the times stored in results; NULL: time(NULL). */
    time_t (*wall_clock)(void);
} SessionConfig;

/* Defaults: quiz_config_defaults, seed 1, mode "play", no results, record
 * on, lang "en", team names "Team 1".., no kiosk. */
void session_config_defaults(SessionConfig *cfg);

/* A session over pool[0..n) (the array is copied; the questions are
 * borrowed and must outlive it). cfg is copied. Starts in LOBBY with no
 * player. Free with session_free (an unfinished round is abandoned). */
Session *session_new(const Question *const *pool, size_t n, const SessionConfig *cfg,
                     int64_t now_ms);
void session_free(Session *s, int64_t now_ms);

/* The round settings for the next session_start (filters, length, teams);
 * may be changed in LOBBY and SUMMARY. Filter pointers are borrowed until
 * the next session_start, which copies them. */
QuizConfig *session_quiz_config(Session *s);
/* The seed of the next round (it advances by one per round started). */
uint64_t session_next_seed(const Session *s);

/* ---- players ---- */

/* Adds a player: name 1..SESSION_NAME_MAX-1 bytes ("" allowed for the
 * projector's anonymous player), team -1 (none) or 0..QUIZ_MAX_TEAMS-1,
 * trainee NULL or a valid trainee id (modes.h). On SESSION_OK *id is set.
 * Joining during a round plays on from the current question (the earlier
 * ones count as skipped, not missed). */
SessionResult session_add_player(Session *s, const char *name, int team, const char *trainee,
                                 int *id, int64_t now_ms);
/* Removes a player: answers already given stay stored; a round in play is
 * closed for them without a high score. If everyone left has answered, the
 * question is revealed. */
SessionResult session_remove_player(Session *s, int id, int64_t now_ms);
/* Signs a player in as trainee (NULL: out); LOBBY or SUMMARY only. */
SessionResult session_set_trainee(Session *s, int id, const char *trainee);
/* The language the player's next answers are stored with ("en", "ur"). */
SessionResult session_set_lang(Session *s, int id, const char *lang);
size_t session_player_count(const Session *s);
/* Player ids in joining order into out[0..max); returns how many. */
size_t session_players(const Session *s, int *out, size_t max);
bool session_has_player(const Session *s, int id);
const char *session_player_name(const Session *s, int id);    /* NULL: unknown */
const char *session_player_trainee(const Session *s, int id); /* NULL: none */
int session_player_team(const Session *s, int id);            /* -1: none or unknown */

/* ---- the round ---- */

/* Starts a round for every player: its first question opens at now_ms.
 * From LOBBY or SUMMARY (a new round), or during a round (it is abandoned
 * first). */
SessionResult session_start(Session *s, int64_t now_ms);
/* The same with only the question of this id (a round of one). */
SessionResult session_start_one(Session *s, const char *question_id, int64_t now_ms);

typedef struct {
    QuestionKind kind; /* must match the current question's */
    int choice;        /* QKIND_CHOICE: displayed index */
    unsigned mask;     /* QKIND_MULTI: bit i = displayed choice i */
    bool value;        /* QKIND_TRUEFALSE */
    double number;     /* QKIND_NUMERIC */
    const char *text;  /* QKIND_SHORT: what was typed; borrowed for the call */
} SessionAnswer;

SessionAnswer session_answer_choice(int displayed);
SessionAnswer session_answer_multi(unsigned mask);
SessionAnswer session_answer_truefalse(bool value);
SessionAnswer session_answer_number(double value);
SessionAnswer session_answer_text(const char *typed);

/* An answer to the current question of quiz chosen on purpose, right or
 * wrong (the robot, the screenshots' demo rounds): the last displayed
 * choice with full marks (QUIZ_FULL_MARKS); wrong, the wrong_pick-th of the
 * others (modulo their number); every choice with credit or every one
 * without; the bank's number, or twice it plus 7; the first full-marks
 * short answer, or "?". */
SessionAnswer session_answer_on_purpose(const Quiz *quiz, bool right, unsigned wrong_pick);

/* Player id answers the open question. On SESSION_OK the answer is stored;
 * when it was the last one missing, the question is revealed. An answer
 * after the time limit is accepted as a timeout (quiz.h). */
SessionResult session_answer(Session *s, int id, const SessionAnswer *a, int64_t now_ms);
/* Moves on from REVEAL or SCOREBOARD (see the diagram). */
SessionResult session_next(Session *s, int64_t now_ms);

/* The teacher's commands. pause/resume stop every clock of the question;
 * skip and reveal close the open question, the players who had not
 * answered get no points and no miss (quiz_skip); reveal marks it for the
 * screens to say "revealed" rather than "skipped". more_time adds extra_ms
 * to the limit. end finishes the round now, high scores stored; abandon
 * leaves it (answers kept, sessions closed with the score so far, no high
 * score) and goes back to LOBBY. */
SessionResult session_pause(Session *s, int64_t now_ms);
SessionResult session_resume(Session *s, int64_t now_ms);
SessionResult session_skip(Session *s, int64_t now_ms);
SessionResult session_reveal(Session *s, int64_t now_ms);
SessionResult session_more_time(Session *s, int64_t extra_ms);
SessionResult session_end(Session *s, int64_t now_ms);
void session_abandon(Session *s, int64_t now_ms);

/* What session_tick reports, or'ed. */
enum {
    SESSION_EV_TIMED_OUT = 1u << 0,   /* the time limit closed the question */
    SESSION_EV_PLAY = 1u << 1,        /* kiosk: a visitor woke the attract loop */
    SESSION_EV_ATTRACT = 1u << 2,     /* kiosk: back to the attract loop (round abandoned) */
    SESSION_EV_STILL_THERE = 1u << 3, /* kiosk: idle in a round, ask "Still there?" */
    SESSION_EV_RESUME = 1u << 4,      /* kiosk: the visitor is back */
    SESSION_EV_PIN = 1u << 5,         /* kiosk: the admin gesture was made */
    SESSION_EV_EXIT = 1u << 6,        /* kiosk: the right PIN was given */
};
/* The clock: the question's time limit, the kiosk's idle timers. Call
 * every frame; returns SESSION_EV_* flags of what changed. */
unsigned session_tick(Session *s, int64_t now_ms);

/* ---- queries ---- */

SessionPhase session_phase(const Session *s);
bool session_in_round(const Session *s); /* ASKING, REVEAL or SCOREBOARD */
bool session_paused(const Session *s);
/* The question shown (NULL in LOBBY and SUMMARY), its 0-based index and
 * the round's length (0 in LOBBY before any round). */
const Question *session_question(const Session *s);
size_t session_index(const Session *s);
size_t session_length(const Session *s);
/* Milliseconds left on the open question (quiz_time_left_ms). */
int64_t session_time_left_ms(const Session *s, int64_t now_ms);
/* The round as shown (question order, displayed choices, time limit): the
 * Quiz of the round, never answered. NULL before the first round. */
const Quiz *session_round(const Session *s);
/* The player's own Quiz (its score, streak, outcomes, summary), NULL when
 * unknown or before the first round. Owned by the session, valid until
 * the next session_start, session_remove_player or session_free. */
const Quiz *session_quiz(const Session *s, int id);
/* The player's outcome of the current question, NULL while none. */
const QuizOutcome *session_outcome(const Session *s, int id);
bool session_revealed_by_teacher(const Session *s); /* the open question closed by reveal */
size_t session_answers_in(const Session *s);        /* answers to the current question */

/* After the reveal only (false before): how many players chose each
 * displayed choice, into counts[0..max) (TRUEFALSE: 0 true, 1 false;
 * MULTI: per choice ticked; NUMERIC and SHORT: counts[0] right, counts[1]
 * wrong).
 * *none gets the players who gave no answer. */
bool session_distribution(const Session *s, int *counts, size_t max, int *none);

typedef struct {
    int id;
    const char *name; /* owned by the session */
    int team;
    int score;
    int n_correct;
    int rank; /* 1-based; equal scores share a rank */
} SessionRank;
/* Players by score, highest first (ties: joining order). Returns how many
 * were written. */
size_t session_leaderboard(const Session *s, SessionRank *out, size_t max);
/* A team's points: its turns' when teams take turns (QuizConfig.teams),
 * else the sum of its players' scores. */
int session_team_score(const Session *s, int team);
/* Team t's name as configured (SessionConfig.team_names), "" out of range. */
const char *session_team_name(const Session *s, int team);
/* The name stored with player id's high score: the trainee id, the winning
 * team's name when teams take turns, else the player's name. */
const char *session_score_name(const Session *s, int id);

/* A warning to show once ("an answer could not be saved: ..."), or NULL;
 * the session forgets it. */
const char *session_take_warning(Session *s);

/* ---- kiosk (cfg.kiosk; for any other session the input does nothing and
 * the queries give KIOSK_NONE, 0 or -1; only the attract page works) ---- */

/* KIOSK_NONE when the session is no kiosk, else its state (see the top). */
KioskState session_kiosk_state(const Session *s);
/* A press (touch or mouse button) begins; in_corner when it is inside one
 * of the admin corners. Counts as activity. These return SESSION_EV_*. */
unsigned session_kiosk_press(Session *s, bool in_corner, int64_t now_ms);
/* The press ends: before hold_ms nothing happens but ordinary activity (on
 * the attract loop: SESSION_EV_PLAY; on "Still there?": SESSION_EV_RESUME). */
unsigned session_kiosk_release(Session *s, int64_t now_ms);
/* The press ends as a tap on something of the screen's own (the language
 * button, part of which lies in a corner): activity only, no hold, no wake. */
void session_kiosk_cancel_press(Session *s, int64_t now_ms);
/* Any other input (a key, the mouse moving): resets the idle timer; a key
 * on the attract loop or "Still there?" acts like a touch. */
unsigned session_kiosk_activity(Session *s, bool is_key, int64_t now_ms);
/* The PIN typed on the keypad (in KIOSK_ADMIN_PIN only; else WRONG). */
KioskPinResult session_kiosk_pin(Session *s, const char *pin, int64_t now_ms);
/* Leaves the keypad for the attract loop (SESSION_EV_ATTRACT). */
unsigned session_kiosk_pin_cancel(Session *s, int64_t now_ms);
/* Milliseconds of lockout left (0 when the keypad takes PINs). */
int64_t session_kiosk_lockout_left(const Session *s, int64_t now_ms);
/* "Still there?": milliseconds left (0 outside that state). */
int64_t session_kiosk_countdown_left(const Session *s, int64_t now_ms);
/* Fraction 0..1 of the corner hold done (0 when no corner is held). */
double session_kiosk_hold_progress(const Session *s, int64_t now_ms);
/* The attract page at now_ms (kiosk_page_at's cycle on the kiosk's own
 * clock, which starts when the loop is entered and stands still while a
 * page is held). A session that is no kiosk gives the same cycle from
 * time 0, cfg.kiosk_cfg.page_ms a page. */
KioskPage session_kiosk_attract_page(const Session *s, int n_facts, int64_t now_ms);
/* Holds the attract loop on the page shown while hold is true (the page is
 * being read aloud): the page still lasts page_ms at least; when its time
 * is up it stays until the hold ends, and the next page then begins with
 * its full page_ms. Call on each frame of the attract loop; entering the
 * loop again forgets the hold. */
void session_kiosk_attract_hold(Session *s, bool hold, int64_t now_ms);
/* Milliseconds until session_tick or the attract page may change something
 * for the kiosk (a wake-up for a loop that sleeps), or -1 when only input
 * can (always -1 for a session that is no kiosk). */
int64_t session_kiosk_next_deadline(const Session *s, int64_t now_ms);

#endif
