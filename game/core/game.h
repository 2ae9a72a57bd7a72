/* game: what one machine plays from and keeps, and the session of its
 * rounds: the mode, the settings, the question bank and its pool of
 * playable questions, the results store, the Session (session.h) with the
 * players at this screen or on the phones, and the modes' own state (the
 * classroom's teams, a trainee's drill, the attract loop's facts). Pure
 * core: the SDL layer's App is a platform shell with a pointer to this.
 *
 * Opening one is done in two steps, because the settings choose the
 * language before anything else is read in it:
 *   game_load_settings  --config, else the user's settings.conf
 *   (the caller sets the language from them)
 *   game_open           the mode, the bank, the results, the session */
#ifndef AMAN_GAME_H
#define AMAN_GAME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "bank.h"
#include "cli.h"
#include "modes.h"
#include "quiz.h"
#include "results.h"
#include "results_writer.h"
#include "session.h"
#include "settings.h"

#define GAME_TEAM_NAME_MAX 64
#define GAME_CATEGORY_MAX 128

typedef struct {
    char name[GAME_TEAM_NAME_MAX]; /* as stored ("Team 1" in the language the game started in) */
    unsigned rgb;                  /* 0xRRGGBB, from team_colours or the defaults */
} GameTeam;

/* A trainee's drill: the topic and difficulty picked on the drills screen,
 * and the questions in practice order (due, new, the rest: FSRS,
 * results_stats.h). */
typedef struct {
    char category[GAME_CATEGORY_MAX]; /* "" for every topic */
    int difficulty;                   /* 0 any, 1..3 */
    char **practice;                  /* question ids, owned */
    size_t n_practice;
    size_t n_due; /* how many of them are due now */
} GameDrill;

typedef struct {
    const ModeDef *mode;
    Settings *settings;
    Bank *bank;
    const Question **pool; /* every playable question of the bank, load order */
    size_t n_pool;
    Results *results; /* NULL: nothing is stored (screenshots, a robot without --data-dir) */
    Session *session; /* the rounds and the mode's rules */
    /* The session's player at the projector, or 0 when there is none (the
     * phones play and the projector shows their round). */
    int player;
    char trainee[MODE_TRAINEE_MAX + 1]; /* --trainee: the projector's player is signed in */
    GameTeam teams[QUIZ_MAX_TEAMS];     /* the classroom's teams (mode->teams) */
    int n_teams;
    GameDrill drill;
    /* The attract loop's facts: one question per distinct source sentence. */
    const char **fact_ids;
    const char **facts; /* English source sentences (bank-owned) */
    int n_facts;
} Game;

/* Where the game reads from and what it is for. */
typedef struct {
    const CliOptions *opt;
    const char *data_dir; /* the game's own data (questions/) */
    /* Settings and results from the user's folders when --config or
     * --data-dir do not say: a person is playing (not a screenshot nor the
     * robot). */
    bool for_real;
    const char *lang; /* language code of the players' answers ("en", "ur") */
} GameSetup;

/* Zeroes g and reads the settings (problems printed on stderr; the
 * defaults stand in for what is wrong). */
void game_load_settings(Game *g, const GameSetup *setup);
/* Checks the mode options (--mode, --teams, --trainee), loads the bank
 * (problems printed, the good questions kept), opens the results store and
 * the session with the projector's player. False with a one-line message
 * in err; game_close frees what was opened either way. */
bool game_open(Game *g, const GameSetup *setup, int64_t now_ms, char *err, size_t errlen);
/* Ends the session (a round in play keeps its answers), saves what the
 * database did not take yet (saying where), frees everything. */
void game_close(Game *g, int64_t now_ms);

/* The round as the projector's player plays it, NULL before the first
 * round or when the projector has no player. */
const Quiz *game_quiz(const Game *g);

/* ---- phones ---- */

/* The phones take over the session: the projector's player leaves it (its
 * answers stay stored) and every phone plays for itself (teams are the
 * means of their players). Idempotent. */
void game_hand_to_phones(Game *g, int64_t now_ms);
/* The phones' class is over: every player leaves the session (answers
 * stay stored) and the projector has its player again, with the mode's
 * teams taking turns. */
void game_hand_back(Game *g, int64_t now_ms);

/* ---- training ---- */

/* Reads the signed-in trainee's questions in practice order (the results
 * store's SQLite; empty without a store or a trainee), here and now: only
 * without the store's writer thread (results_writer.h). */
void game_load_practice(Game *g, double today);
/* The same as an ask for the store's thread: empties the drill's practice
 * order and returns the ask (for results_ask, with done), or NULL without a
 * store or a trainee. done hands the answer to game_take_practice. */
ResultsAsk *game_ask_practice(Game *g, double today, void (*done)(ResultsAsk *ask, void *user));
/* Makes the answer of game_ask_practice the drill's practice order. */
void game_take_practice(Game *g, ResultsAsk *ask);
/* Sets the next round's filters from the drill: the topic and difficulty,
 * or (practice) the practice order, at most a round's length of it. */
void game_drill_round(Game *g, bool practice);

/* Team i's name as shown (a default name in the current language). */
const char *game_team_name(const Game *g, int i);

#endif
