/* results_writer: the results store's own thread, so that the game's loop
 * never waits on the disk.
 *
 * Once results_start_writer has run, the thread owns the SQLite connection:
 * the four writes of results.h (session begin and end, answers, high scores)
 * copy their arguments into a queue and return at once, and the thread
 * performs them in order, each in its own transaction as before; they
 * return true once queued. A write the database refuses goes to the queue of
 * refused writes (results_queue.c) as it does without the thread, and the
 * caller learns of it through results_take_failure (the session does, in
 * session_take_warning), which puts the reason in results_error.
 * results_session_begin returns a key < 0 standing for the row, which the
 * later writes of that session use. While the thread runs, the caller calls
 * no query itself (an assert says so in debug builds): it asks.
 *
 * Reads go through the same queue as asks: a ResultsAsk's run is called on
 * the thread (after every write queued before it, so it sees them), and its
 * done on the caller's thread from results_poll. The thread calls the wake
 * callback when an answer is ready or a write was refused, so the caller's
 * loop (an SDL user event) knows to poll. Without the thread (the command
 * line tools, the export, most tests) everything runs at once on the
 * caller's thread, asks included; their done still waits for results_poll.
 *
 * results_flush waits for everything queued; results_save_pending and
 * results_close stop the thread after it has written everything queued,
 * then work as without it. All of this is for one caller thread: the one
 * that opened the store. */
#ifndef AMAN_RESULTS_WRITER_H
#define AMAN_RESULTS_WRITER_H

#include <stdbool.h>
#include <stdint.h>

#include "results.h"

/* Starts the thread. False (and everything stays synchronous) when the
 * store is disabled or read-only, or the thread cannot be made. */
bool results_start_writer(Results *r);
bool results_writer_running(const Results *r);
/* Called on the writer's thread when an answer is waiting for results_poll
 * or a write was refused; it must be safe to call from any thread (SDL's
 * SDL_PushEvent is). Set it before results_start_writer. */
void results_set_wake(Results *r, void (*wake)(void *user), void *user);
/* Waits until every write and ask queued so far has been done. */
void results_flush(Results *r);
/* True once after the thread found a write refused since the last call (or
 * the last write that returned false); results_error then says why. */
bool results_take_failure(Results *r);

/* A read of the store, to run where the connection is. Embed it first in
 * a struct of the query's arguments and answer:
 *   typedef struct { ResultsAsk ask; char mode[16]; ResultsScore best[8]; size_t n; } ...
 * run fills the answer (it may call any query of results*.h on r); done
 * hands it over on the caller's thread and may ignore it (the screen that
 * asked has gone); drop frees it (NULL: free()). */
typedef struct ResultsAsk ResultsAsk;
struct ResultsAsk {
    void (*run)(Results *r, ResultsAsk *ask);
    void (*done)(ResultsAsk *ask, void *user);
    void (*drop)(ResultsAsk *ask);
    uint64_t ticket;  /* set by results_ask */
    ResultsAsk *next; /* the queue's */
};

/* Queues ask (owned by the store from now on) and returns its ticket, > 0.
 * Without the thread, run is called before it returns. */
uint64_t results_ask(Results *r, ResultsAsk *ask);
/* Waits until the ask of this ticket has run (the headless game's frames,
 * which must not change with the timing of a thread). */
void results_wait(Results *r, uint64_t ticket);
/* Calls done(ask, user) then drop for every ask that has run, in the order
 * asked; returns how many. */
size_t results_poll(Results *r, void *user);

#endif
