/* phones: the game's embedded web server for a classroom of phones
 * (docs/phone-server.md, docs/phone-protocol.md). No SDL: the app hands a
 * wake callback (it pushes an SDL user event) and reads the Room under the
 * server's lock.
 *
 * Threads: libmicrohttpd runs one thread per connection. Phones' requests
 * (join, answer) are applied to the Room by those threads under one mutex;
 * each push stream (Server-Sent Events) sleeps on a condition variable until
 * the Room's version changes, or 15 s pass (a keep-alive comment). After a
 * change made by a phone the wake callback runs, at most once until the app
 * calls phones_take_wake, so 500 joins a second cannot flood the SDL queue.
 * The game's own changes (open, reveal, kick, end) go through
 * phones_lock / phones_unlock, which wakes every stream whose view changed. */
#ifndef AMAN_PHONES_H
#define AMAN_PHONES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "room.h"

#define PHONES_DEFAULT_PORT 8765
#define PHONES_MAX_BODY 4096  /* bytes of a request body */
#define PHONES_JOIN_RATE 100  /* joins a second, sustained... */
#define PHONES_JOIN_BURST 200 /* ...after a burst of this many */

typedef struct PhoneServer PhoneServer;

typedef struct {
    int port;                 /* 0: PHONES_DEFAULT_PORT */
    const char *bind;         /* IPv4 address to listen on; NULL: every interface */
    const char *data_dir;     /* holds assets/phone/ and assets/fonts/ */
    const char *mo_ur;        /* the Urdu catalog for the page's strings, or NULL */
    int cap;                  /* players; 0: ROOM_DEFAULT_CAP */
    const char *pin;          /* a fixed PIN (tests), or NULL for a random one */
    const char *const *teams; /* team names players choose from, or NULL */
    int n_teams;
    bool trainees;            /* training: players sign in with their trainee ID */
    void (*wake)(void *user); /* called from a server thread; may be NULL */
    void *wake_user;
} PhonesConfig;

/* Loads libmicrohttpd the first time (mhdlib.h), reads the page and the
 * font, opens the port and starts serving. NULL with a one-line message in
 * err (libmicrohttpd not installed, a missing page file, the port taken). */
PhoneServer *phones_start(const PhonesConfig *cfg, char *err, size_t errlen);
/* Ends every stream, closes the port, frees everything. NULL is fine. */
void phones_stop(PhoneServer *s);
int phones_port(const PhoneServer *s);

/* The Room, locked: the caller reads or changes it, then unlocks. Never
 * hold the lock across a frame or a blocking call. */
Room *phones_lock(PhoneServer *s);
void phones_unlock(PhoneServer *s);
/* True once after phones changed the Room since the last call (the app's
 * answer to the wake callback). */
bool phones_take_wake(PhoneServer *s);
/* What phones did, for the game to apply to its session in the order it
 * happened: only requests the Room accepted become commands. */
typedef enum { PHONES_CMD_JOIN, PHONES_CMD_ANSWER } PhonesCmdKind;
typedef struct {
    PhonesCmdKind kind;
    int player;   /* the Room's index */
    int team;     /* JOIN: -1 or 0-based */
    int question; /* ANSWER: the question's index */
    RoomAnswer answer;
    bool urdu;     /* ANSWER: the phone's page was in Urdu ("lang": "ur") */
    int64_t at_ms; /* phones_now() when the request came */
} PhonesCmd;
#define PHONES_QUEUE_MAX 4096
/* Moves up to max queued commands into out, oldest first; returns how
 * many. The queue holds PHONES_QUEUE_MAX; past that a request is refused
 * as busy (503) before it changes the Room, so nothing is lost. */
size_t phones_take_commands(PhoneServer *s, PhonesCmd *out, size_t max);

/* The clock of the Room's calls: monotonic milliseconds. */
int64_t phones_now(void);

/* The join addresses "http://A.B.C.D:PORT/" of every up, non-loopback IPv4
 * interface (at most max, each < 64 bytes); returns how many. */
size_t phones_addresses(int port, char out[][64], size_t max);

/* The view of one player as the page gets it (docs/phone-protocol.md):
 * JSON, newly allocated, caller frees. Under the lock. Exposed for tests. */
char *phones_view_json(const Room *room, int player, int64_t now_ms);

#endif
