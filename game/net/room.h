/* room: the players of a phone classroom and their answers to the question
 * on the projector. Pure: no I/O but the kernel's random bytes for tokens
 * and the PIN, no clock of its own (every call that needs the time takes
 * now_ms), no locking (the server holds its lock around every call).
 *
 * Life of a room:
 *   room_new -> room_join... -> room_open(question 0) -> room_answer... ->
 *   room_reveal -> room_open(question 1) -> ... -> room_end
 *   -> room_restart (another round, the same players) ... -> room_free.
 * Players may join at any time; one who joins while a question is open
 * answers from the next one on (and is not counted as missing an answer).
 *
 * Names are refused, never repaired: a name must be valid UTF-8, 1..
 * ROOM_NAME_MAX characters, without control characters or bidirectional
 * formatting characters (a right-to-left override would reorder the
 * projector's line), and not already taken (case-sensitive, after trimming
 * spaces). */
#ifndef AMAN_ROOM_H
#define AMAN_ROOM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define ROOM_DEFAULT_CAP 100
#define ROOM_MAX_CAP 1000
#define ROOM_NAME_MAX 24   /* characters... */
#define ROOM_NAME_BYTES 63 /* ...and bytes of UTF-8 (a session name fits) */
#define ROOM_TOKEN_LEN 32  /* hex digits of 128 random bits */
#define ROOM_PIN_LEN 4
#define ROOM_MAX_CHOICES 6
#define ROOM_MAX_TEAMS 6
#define ROOM_TEXT_MAX 40   /* characters of a typed answer... */
#define ROOM_TEXT_BYTES 95 /* ...and bytes (a QuizOutcome's chosen_text holds it) */

typedef struct Room Room;

typedef enum { ROOM_LOBBY, ROOM_ASKING, ROOM_REVEALED, ROOM_ENDED } RoomPhase;
typedef enum { RQ_CHOICE, RQ_MULTI, RQ_TRUEFALSE, RQ_NUMBER, RQ_TEXT } RoomKind;

/* Every refusal; room_error_message gives its English text (marked N_ so the
 * page shows it translated), room_error_code a stable word for the protocol. */
typedef enum {
    ROOM_OK,
    ROOM_ERR_PIN,        /* wrong room PIN */
    ROOM_ERR_FULL,       /* the cap on players is reached */
    ROOM_ERR_NAME_EMPTY, /* nothing but spaces */
    ROOM_ERR_NAME_LONG,  /* more than ROOM_NAME_MAX characters */
    ROOM_ERR_NAME_UTF8,  /* not valid UTF-8 */
    ROOM_ERR_NAME_CHARS, /* control or bidi formatting characters */
    ROOM_ERR_NAME_TAKEN, /* another player has it */
    ROOM_ERR_TEAM,       /* no such team */
    ROOM_ERR_TOKEN,      /* no player has this token (or was removed) */
    ROOM_ERR_NOT_ASKING, /* no question is open: before, after the reveal */
    ROOM_ERR_STALE,      /* the answer names another question than the open one */
    ROOM_ERR_ALREADY,    /* this player already answered this question */
    ROOM_ERR_LATE_JOIN,  /* joined while this question was open */
    ROOM_ERR_TIME,       /* the time limit has run out */
    ROOM_ERR_ANSWER,     /* not an answer of this question's kind / range */
    ROOM_ERR_ENDED,      /* the game is over */
    ROOM_ERR_TRAINEE,    /* training: not a trainee ID (modes.h: digits) */
    ROOM_ERR_TEXT_EMPTY, /* a typed answer of nothing but spaces */
    ROOM_ERR_TEXT_LONG,  /* more than ROOM_TEXT_MAX characters or ROOM_TEXT_BYTES bytes */
    ROOM_ERR_TEXT_UTF8,  /* not valid UTF-8 */
    ROOM_ERR_TEXT_CHARS, /* control characters or bidi embeddings and overrides */
    ROOM_ERR_COUNT
} RoomError;

const char *room_error_message(RoomError e);
const char *room_error_code(RoomError e);

/* The question as the projector shows it, choices in displayed order. The
 * strings are copied by room_open. TEXT (a short answer typed on the
 * phone): choices are the accepted answers (Moodle patterns, answermatch.h)
 * with their weights, choices[0] the one shown at the reveal; they never
 * reach a phone before the reveal. */
typedef struct {
    RoomKind kind;
    const char *text;    /* English */
    const char *text_ur; /* Urdu, or NULL (then the English) */
    int n_choices;       /* CHOICE/MULTI: 2..ROOM_MAX_CHOICES; TEXT: 1.. */
    const char *choices[ROOM_MAX_CHOICES];
    const char *choices_ur[ROOM_MAX_CHOICES]; /* or NULL each */
    double weights[ROOM_MAX_CHOICES];         /* credit of each displayed choice, -1..1 */
    bool tf_answer;
    double num_min, num_max, num_value; /* NUMBER: accepted interval, shown value */
    int points;                         /* for a fully right answer */
    int speed_bonus_max;                /* added for an instant answer, falling to 0 at the limit */
    int64_t time_limit_ms;              /* 0: no limit */
} RoomQuestion;

/* What a phone sent: mask for CHOICE (one bit) and MULTI (bit i = displayed
 * choice i), tf, number, or text (TEXT; room_answer keeps it trimmed of
 * spaces). */
typedef struct {
    unsigned mask;
    bool tf;
    double number;
    char text[ROOM_TEXT_BYTES + 1];
} RoomAnswer;

typedef struct {
    const char *name; /* owned by the room, valid until the next call that changes it */
    int team;         /* 0-based, -1 for none */
    bool present;     /* false once removed by the teacher */
    int score;
    int place;         /* 1-based, after the last reveal (ties share) */
    int move;          /* places gained at the last reveal (negative: lost) */
    bool answered;     /* the open (or last revealed) question */
    bool late;         /* joined while the open question was asked */
    double fraction;   /* credit of that answer, 0..1, after the reveal */
    int passed;        /* training, at the end: 1 passed, 0 not, -1 not known */
    int last_points;   /* points of that answer, after the reveal */
    RoomAnswer answer; /* what was sent */
} RoomPlayer;

/* A new room for up to cap players (clamped to 1..ROOM_MAX_CAP). pin: a
 * fixed PIN (tests), or NULL for a random one. NULL when out of memory. */
Room *room_new(int cap, const char *pin);
void room_free(Room *r);
const char *room_pin(const Room *r);
int room_cap(const Room *r);
RoomPhase room_phase(const Room *r);
/* Bumped by every change a phone can see. */
uint64_t room_version(const Room *r);
/* The version of the last change of this player's view that is pushed
 * (their own join, result, removal or verdict, or a change every phone
 * sees: a question opened or revealed, the end, the teams): the push
 * stream's event id. An answer is not pushed back: the phone learns it
 * from the reply to its request (and from GET /api/state after a reload). */
uint64_t room_view_stamp(const Room *r, int player);

/* Training: a player's name is their trainee ID, which must be valid
 * (mode_trainee_valid); refused with ROOM_ERR_TRAINEE otherwise. */
void room_set_trainees(Room *r, bool on);
bool room_trainees(const Room *r);
/* Training, at the end: whether the player reached the pass mark. */
bool room_set_passed(Room *r, int player, bool passed);

/* Teams players may choose (copied; n 0..ROOM_MAX_TEAMS). */
void room_set_teams(Room *r, const char *const *names, int n);
int room_teams(const Room *r);
const char *room_team_name(const Room *r, int team);
/* Mean score of the team's present players (0 when it has none). */
double room_team_score(const Room *r, int team);

/* Joins: on ROOM_OK, *player is the new index and token holds
 * ROOM_TOKEN_LEN hex digits + NUL (the phone keeps it to come back). */
RoomError room_join(Room *r, const char *pin, const char *name, int team, int *player,
                    char token[ROOM_TOKEN_LEN + 1]);
/* The player with this token (constant-time compare), or -1 (removed ones too). */
int room_player_by_token(const Room *r, const char *token);
/* Removes a player (the teacher's tap): their token stops working. */
bool room_kick(Room *r, int player);
size_t room_size(const Room *r); /* players ever joined, present or not */
const RoomPlayer *room_player(const Room *r, int i);
int room_present(const Room *r); /* players present */

/* Opens question index of total (0-based): refused when ended or the
 * question is malformed (ROOM_ERR_ANSWER). */
RoomError room_open(Room *r, const RoomQuestion *q, int index, int total, int64_t now_ms);
const RoomQuestion *room_question(const Room *r); /* the open or revealed one, or NULL */
int room_question_index(const Room *r);
int room_question_total(const Room *r);
/* Milliseconds left of the open question's limit, -1 without one. */
int64_t room_time_left(const Room *r, int64_t now_ms);
/* One answer per player per question. *player is set when the token is known. */
RoomError room_answer(Room *r, const char *token, int index, const RoomAnswer *a, int64_t now_ms,
                      int *player);
int room_answered(const Room *r); /* present players who answered the open question */
int room_expected(const Room *r); /* present players who may answer it */
bool room_all_answered(const Room *r);
/* Closes the open question: grades each answer, updates scores, places
 * and moves. False when no question is open. */
bool room_reveal(Room *r);
/* How many chose each displayed choice (CHOICE/MULTI), [0] true [1] false
 * (TRUEFALSE), [0] right [1] wrong (NUMBER; TEXT by the credit of the
 * reveal, the game's own verdict once room_set_result gave it). Returns
 * the buckets used. */
int room_distribution(const Room *r, int counts[ROOM_MAX_CHOICES]);
/* Up to max present players, best first (ties by name order of joining). */
size_t room_leaderboard(const Room *r, int *players, size_t max);
void room_end(Room *r);
/* The open question's time limit grows by extra_ms (the teacher's "more
 * time"); false when no question with a limit is open. */
bool room_more_time(Room *r, int64_t extra_ms);
/* After room_end: the same players (tokens, names, teams; removed ones stay
 * removed) wait in the lobby for another round, their scores, places and
 * answers cleared. False (nothing changed) unless the room had ended. */
bool room_restart(Room *r);
/* After room_reveal, the scorer's own verdict for a player (the game's
 * session: its bonuses and ranks), replacing the Room's: credit, points of
 * this question, total and 1-based place. Movement follows from the place
 * before. False for an unknown player. */
bool room_set_result(Room *r, int player, double fraction, int points, int score, int place);

/* Credit 0..1 of an answer to q (the same rules as the quiz: CHOICE full
 * when the choice's weight is 1, MULTI the sum of chosen weights clamped,
 * TEXT the best weight of the accepted answers it matches). */
double room_grade(const RoomQuestion *q, const RoomAnswer *a);

#endif
