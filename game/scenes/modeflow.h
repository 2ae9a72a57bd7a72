/* modeflow: how each mode (core/modes.h) runs through the scenes. The app
 * calls these hooks at a few points of its loop; the modes' own scenes
 * (attract, stillthere, admin, signin, drills, scoreboard, teacher_help)
 * share the Flow state below. */
#ifndef AMAN_MODEFLOW_H
#define AMAN_MODEFLOW_H

#include <SDL.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "app.h"
#include "kiosk.h"
#include "modes.h"
#include "quiz.h"
#include "registry.h"

/* The modes' screen state, beside the game's (game/core/game.h: the mode,
 * teams, drill and facts are there). */
typedef struct Flow {
    bool overlay_paused; /* the overlay paused the question (resume it on the way back) */
    bool help_shown;     /* the teacher's keys are on screen (scene_teacher_help.c) */
    bool urdu;           /* the language the game started in */
    /* Kiosk pointer, and the loop's next wake-up (app->wake_at_ms). */
    int64_t mouse_moved_ms;
    bool cursor_hidden;
    bool lang_press;       /* a corner press began on the language button... */
    int64_t lang_press_ms; /* ...at this time: released soon, it is a tap on it */
    int64_t wake_at;
    /* The trainer's results open without the PIN (a screenshot's demo). */
    bool results_unlocked;
    /* The attract loop holds this page (a screenshot's demo). */
    bool page_held;
    KioskPageKind held_page;
    /* A short note over the screen ("+15 s"), until toast_until. */
    char toast[96];
    int64_t toast_until;
} Flow;

/* The modes' screen state for app->game (opened first); freed by
 * flow_free. */
void flow_init(App *app);
void flow_free(App *app);
/* The scene the game opens on (title, or the attract loop in a kiosk). */
int flow_first_scene(const App *app);

/* Before the global keys: kiosk and teacher input. Returns true when the
 * event was used up (the scene must not see it). */
bool flow_event(App *app, const SDL_Event *ev);
/* Every turn of the loop: kiosk timers. Returns true while something moves. */
bool flow_update(App *app);
/* Drawn over every scene: the admin hold ring, the toast. */
void flow_draw_overlay(App *app);

/* The title's Start: sign-in and drills in training, else a new round. */
void flow_start(App *app);
/* The scene that shows the session's phase: the question, its feedback,
 * the scoreboard, the summary (the title outside a round). */
int flow_round_scene(const App *app);
/* On the summary's title row (at its reading end): the pass mark in
 * training, the winning team in a classroom. */
void flow_summary_badge(App *app, SDL_Rect row);

/* For the scenes. */
Flow *flow_of(const App *app);
/* Starts a round with the current filters and shows its first question;
 * false when no question passes them. */
bool flow_play(App *app);
/* Switches to an overlay scene, pausing the round; flow_back returns. */
void flow_overlay(App *app, int scene);
void flow_back(App *app);
/* Leaves the round (kiosk idle, admin): answers given are already stored;
 * a kiosk goes back to the language it started in. */
void flow_abandon_round(App *app);
void flow_toast(App *app, const char *text, int64_t ms);

#endif
