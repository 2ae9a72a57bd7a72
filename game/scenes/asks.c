#include "asks.h"

#include <stdio.h>
#include <stdlib.h>

#include "util.h"

static Uint32 wake_type;

/* On the writer's thread: SDL_PushEvent is thread-safe. */
static void wake(void *user)
{
    (void)user;
    SDL_Event ev = {.type = wake_type};
    SDL_PushEvent(&ev);
}

void asks_start(App *app)
{
    Results *r = app->game->results;
    if (!r)
        return;
    if (!wake_type)
        wake_type = SDL_RegisterEvents(1);
    if (wake_type != (Uint32)-1)
        results_set_wake(r, wake, NULL);
    /* A disabled store has nothing to write: it stays synchronous. */
    results_start_writer(r);
}

void asks_poll(App *app)
{
    if (app->game && app->game->results && results_poll(app->game->results, app))
        app->dirty = true;
}

bool asks_event(App *app, const SDL_Event *ev)
{
    if (!wake_type || wake_type == (Uint32)-1 || ev->type != wake_type)
        return false;
    asks_poll(app);
    return true;
}

void asks_send(App *app, ResultsAsk *ask, uint64_t *asked)
{
    Results *r = app->game->results;
    if (asked)
        *asked = 0;
    if (!r) {
        if (ask->drop)
            ask->drop(ask);
        else
            free(ask);
        return;
    }
    uint64_t ticket = results_ask(r, ask);
    if (asked)
        *asked = ticket;
    /* Headless: the frame waits for its answer. Without the writer the
     * answer is there already: no wake-up will say so. */
    if (app->headless || !results_writer_running(r)) {
        results_wait(r, ticket);
        asks_poll(app);
    }
}

static void run_scores(Results *r, ResultsAsk *ask)
{
    AsksScores *a = (AsksScores *)ask;
    a->n = results_high_scores(r, a->mode, a->day[0] ? a->day : NULL, a->best, a->max);
}

void asks_high_scores(App *app, const char *day, size_t max,
                      void (*done)(ResultsAsk *ask, void *app), uint64_t *asked)
{
    AsksScores *a = xcalloc(1, sizeof *a);
    a->ask = (ResultsAsk){.run = run_scores, .done = done};
    snprintf(a->mode, sizeof a->mode, "%s", app->game->mode->name);
    snprintf(a->day, sizeof a->day, "%s", day ? day : "");
    a->max = max < ASKS_MAX_SCORES ? max : ASKS_MAX_SCORES;
    asks_send(app, &a->ask, asked);
}
