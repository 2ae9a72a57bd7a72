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

typedef struct {
    char name[64];
    SDL_Color colour;
} FlowTeam;

typedef struct Flow {
    const ModeDef *mode;
    Kiosk *kiosk;        /* kiosk mode only */
    const Scene *resume; /* the scene an overlay scene returns to */
    bool overlay_paused; /* the overlay paused the question (resume it on the way back) */
    char trainee[MODE_TRAINEE_MAX + 1]; /* signed-in trainee, "" for none */
    bool urdu;                          /* the language the game started in */
    FlowTeam teams[QUIZ_MAX_TEAMS];
    int n_teams;
    /* Training drills: the filters of app->quiz_cfg point here. */
    char category[128]; /* "" for every topic */
    int difficulty;     /* 0 any, 1..3 */
    char **mistakes;    /* question ids in practice order (due, new, rest), owned */
    size_t n_mistakes;
    size_t n_due; /* how many of them are due (FSRS, core/results_stats.h) */
    bool drill_mistakes;
    /* Attract loop: questions whose source sentence is shown, one per sentence. */
    const char **fact_ids;
    const char **facts; /* English source sentences (bank-owned) */
    int n_facts;
    /* Kiosk pointer, and the loop's next wake-up (app->wake_at_ms). */
    int64_t mouse_moved_ms;
    bool cursor_hidden;
    bool lang_press;       /* a corner press began on the language button... */
    int64_t lang_press_ms; /* ...at this time: released soon, it is a tap on it */
    int64_t wake_at;
    /* A short note over the screen ("+15 s"), until toast_until. */
    char toast[96];
    int64_t toast_until;
} Flow;

extern const Scene scene_attract, scene_stillthere, scene_admin, scene_signin, scene_drills,
    scene_scoreboard, scene_teacher_help, scene_results;

/* Checks the mode options (--mode, --teams, --trainee) and sets up the
 * mode: teams from the settings, the kiosk clock, the attract facts.
 * Returns false with a one-line message in err. app->flow is freed by
 * flow_free (also after a failure). */
bool flow_init(App *app, char *err, size_t errlen);
void flow_free(App *app);
/* The scene the game opens on (title, or the attract loop in a kiosk). */
const Scene *flow_first_scene(App *app);
/* The modes' scenes by name (--scene), or NULL. */
const Scene *flow_scene_by_name(const char *name);

/* Before the global keys: kiosk and teacher input. Returns true when the
 * event was used up (the scene must not see it). */
bool flow_event(App *app, const SDL_Event *ev);
/* Every turn of the loop: kiosk timers. Returns true while something moves. */
bool flow_update(App *app);
/* Drawn over every scene: the team whose turn it is, the admin hold ring,
 * the toast. */
void flow_draw_overlay(App *app);

/* The title's Start: sign-in and drills in training, else a new round. */
void flow_start(App *app);
/* Where the feedback's Next goes: the scoreboard in a classroom, else the
 * next question. */
const Scene *flow_between_questions(App *app);
/* On the summary's title row (at its reading end): the pass mark in
 * training, the winning team in a classroom. */
void flow_summary_badge(App *app, SDL_Rect row);
/* The robot player's move on the modes' scenes (--autoplay). */
void flow_autoplay(App *app);
/* The name stored with a high score ("" when solo): a trainee's id, or the
 * winning team's name as configured (a default one in English). */
const char *flow_score_name(const App *app);
/* A stored name as shown: a default team name ("Red") in the current
 * language, any other name as it is. */
const char *flow_display_name(const char *stored);

/* For the scenes. */
Flow *flow_of(const App *app);
/* Starts a round with the current filters and shows its first question;
 * false when no question passes them. */
bool flow_play(App *app);
/* Switches to an overlay scene, pausing the round; flow_back returns. */
void flow_overlay(App *app, const Scene *scene);
void flow_back(App *app);
/* Leaves the round (kiosk idle, admin): answers given are already stored;
 * a kiosk goes back to the language it started in. */
void flow_abandon_round(App *app);
/* A round for --screenshot of a modes' scene: started, a few answers given. */
void flow_demo_round(App *app, int answered);
/* Team i's name in the current language and its colour. */
const char *flow_team_name(const App *app, int i);
void flow_toast(App *app, const char *text, int64_t ms);
/* Classroom: the teacher's keys (scene_teacher_help.c); true when used. */
bool teacher_key(App *app, SDL_Keycode key);

#endif
