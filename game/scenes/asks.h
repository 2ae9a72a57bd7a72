/* asks: the scenes' reads of the results store, off the SDL thread. A
 * scene asks (results_writer.h: the store's own thread runs the query) and
 * draws what it has; the answer comes back through results_poll on the SDL
 * thread, which the writer's wake callback triggers with an SDL user event.
 * In the headless game (--screenshot, --autoplay) the answer is waited for
 * before asks_send returns, so frames do not depend on a thread's timing. */
#ifndef AMAN_ASKS_H
#define AMAN_ASKS_H

#include <SDL.h>
#include <stdbool.h>
#include <stdint.h>

#include "app.h"
#include "results_writer.h"

/* Starts the game's results writer with a wake-up through an SDL user
 * event (no store: nothing). */
void asks_start(App *app);
/* The writer's wake-up event: the answers are handed over (true). */
bool asks_event(App *app, const SDL_Event *ev);
/* Hands over every answer waiting (done callbacks get the App). */
void asks_poll(App *app);
/* Queues ask (owned by the store from now on; dropped at once without a
 * store) and sets *asked to its ticket (0 without a store) before its done
 * may be called: that may be before asks_send returns (headless), so a
 * scene's state must be in app->scene_data before it asks. asked may be
 * NULL. */
void asks_send(App *app, ResultsAsk *ask, uint64_t *asked);

enum { ASKS_MAX_SCORES = 10 };

/* The best scores of the game's mode (results_high_scores). */
typedef struct {
    ResultsAsk ask;
    char mode[32];
    char day[16]; /* "YYYY-MM-DD", or "" for all time */
    size_t max;   /* at most ASKS_MAX_SCORES */
    ResultsScore best[ASKS_MAX_SCORES];
    size_t n;
} AsksScores;

/* Asks for up to max best scores of the game's mode, of day (NULL: all
 * time); done gets an AsksScores. *asked as asks_send sets it. */
void asks_high_scores(App *app, const char *day, size_t max,
                      void (*done)(ResultsAsk *ask, void *app), uint64_t *asked);

#endif
