/* app: the App every layer above ui shares, a platform shell: the window,
 * renderer, text engine, clock and input state, the scene shown and the
 * scenes under an overlay, and a pointer to the game (game/core/game.h):
 * the session that holds the rounds and what it plays from. Nothing of
 * the game lives here: a screen shows the session and turns input into
 * its commands. The loop itself is the shell's
 * (game/app/shell.h); scenes are switched here by id, through the table
 * the shell hands in (game/scenes/registry.h, the one file that names
 * every scene). */
#ifndef AMAN_APP_H
#define AMAN_APP_H

#include <SDL.h>
#include <stdbool.h>
#include <stdint.h>

#include "cli.h"
#include "discs.h"
#include "game.h"
#include "paths.h"
#include "text.h"
#include "theme.h"
#include "watchdog.h"

typedef struct App App;

/* What App.on_notice is told of. */
typedef enum { APP_NOTICE_SCENE, APP_NOTICE_ROUND, APP_NOTICE_LANGUAGE } AppNotice;

/* What the --autoplay robot does on a scene (game/devtools/autoplay.c). */
typedef enum {
    ROBOT_NONE,
    ROBOT_ENTER,      /* presses Enter */
    ROBOT_ESCAPE,     /* presses Esc */
    ROBOT_TAP,        /* taps the middle of the screen */
    ROBOT_SIGN_IN,    /* types trainee 42 and Enter */
    ROBOT_ANSWER,     /* answers the open question, right or wrong by its seed */
    ROBOT_NEXT,       /* Enter or Space, to the next question */
    ROBOT_ROUND_DONE, /* counts the round, plays again or stops */
} SceneRobot;

/* What --screenshot --scene NAME prepares before showing a scene
 * (game/devtools/demo.c). */
typedef enum {
    DEMO_NONE,
    DEMO_QUESTION,     /* a round (or the --question one) */
    DEMO_FEEDBACK,     /* the same, answered wrong */
    DEMO_SUMMARY,      /* a round played out */
    DEMO_TEAM_ROUND,   /* three questions answered */
    DEMO_TRAINEE,      /* a trainee signed in (4242 unless --trainee) */
    DEMO_ATTRACT_PAGE, /* --seed picks the page: 1 the day's best, 2 all time, else a fact */
    DEMO_UNLOCKED,     /* the trainer's results without the PIN */
    DEMO_PHONES,       /* the phones' room: refused without --phones */
} SceneDemo;

/* What sound and reading aloud do on a scene (game/scenes/app_sound.c). */
typedef enum {
    VOICE_NONE,
    VOICE_QUESTION, /* reads the open question by itself (read_aloud); Q reads it */
    VOICE_FEEDBACK, /* plays the verdict when no tap did (time up); Q reads the explanation */
    VOICE_SUMMARY,  /* plays the round's end */
} SceneVoice;

typedef struct {
    const char *name;
    void (*enter)(App *app);
    /* Returns true when the event changed what is on screen. */
    bool (*event)(App *app, const SDL_Event *ev);
    /* Advances animations to now_ms; returns true while something moves. */
    bool (*update)(App *app, Uint32 now_ms);
    void (*draw)(App *app);
    void (*leave)(App *app);
    bool overlay;     /* shown over a round and left back to it (app_push / app_pop) */
    SceneRobot robot; /* the robot player's move here */
    SceneDemo demo;   /* a screenshot's preparation */
    SceneVoice voice; /* sound and reading aloud here */
} Scene;

/* The leave of a scene whose state is one malloc'd block in scene_data. */
void app_free_scene_data(App *app);

typedef struct Autoplay Autoplay; /* autoplay.h */
typedef struct Flow Flow;         /* modeflow.h */

#define APP_OVERLAY_DEPTH 4

struct App {
    const CliOptions *opt;
    Paths paths;
    SDL_Window *window;
    SDL_Renderer *renderer;
    TextEngine *text;
    const Theme *theme;         /* sizes of the look (theme.h) */
    Discs *discs;               /* corners of the rounded shapes (NULL: drawn row by row) */
    int width, height;          /* renderer output size in pixels */
    const Scene *const *scenes; /* the registry's table, by id; row 0 is the fallback */
    int n_scenes;
    const Scene *scene;
    int scene_id;
    int under[APP_OVERLAY_DEPTH]; /* the scenes an overlay returns to, innermost last */
    int n_under;
    void *scene_data; /* the current scene's own state: enter allocates, leave frees */
    bool dirty;       /* the frame on screen is stale */
    bool running;
    bool headless;

    /* The game: the mode, settings, bank, results and the session of the
     * rounds (game/core/game.h); the shell owns it. */
    Game *game;
    /* This screen's own view of it. */
    bool bilingual; /* show the other language under each text */
    bool typing;    /* a text field has the keyboard (textentry.h) */
    Flow *flow;     /* the modes' screen state: overlays, kiosk pointer, toast (modeflow.h) */
    /* Services the shell starts, each on its own thread(s); NULL when off. */
    struct PhonePlay *phones; /* --phones: the phones' server (phoneplay.h) */
    struct Sync *sync;        /* fleet sync worker (sync.h) */
    struct AppSound *sound;   /* sounds and reading aloud (app_sound.h) */
    /* Told of a new scene, a new round and a language switch, for layers
     * above this one (the shell sets it to app_sound_notice); may be NULL. */
    void (*on_notice)(App *app, AppNotice what);

    /* Clock: real ticks, or a virtual clock that makes --autoplay repeatable. */
    bool virtual_clock;
    int64_t now_ms;
    int clock_step_ms;  /* virtual ms per loop turn; 0: one frame (16 ms) */
    Autoplay *autoplay; /* non-NULL during --autoplay */
    int exit_status;
    int cache_w, cache_h; /* window size the text cache was sized for */
    /* When non-zero, the loop wakes at this game time even without events
     * (a mode's idle timer, a countdown); scenes set and clear it. */
    int64_t wake_at_ms;
    int64_t scene_wake_ms; /* the scene's next redraw without input (a timer bar), or 0 */
    Uint32 last_finger_ts; /* SDL timestamp of the last finger event (input_is_touch_twin) */
    int last_finger_x, last_finger_y; /* where it was, in output pixels */
    Watchdog watchdog;                /* systemd's keep-alive when run as a kiosk unit */
    SDL_Thread *font_check;           /* the fonts' sums, checked after the first frame */
    unsigned long frames_presented;   /* by the loop (bench_frame counts idle redraws) */
};

/* Switches to scene id of the table: leave the old one, enter the new,
 * mark the frame dirty. */
void app_go(App *app, int id);
/* Shows overlay id over the current scene (kept as the way back; from one
 * overlay to another the way back stays the same); app_pop goes back to
 * it (to row 0 when there is none). */
void app_push(App *app, int id);
void app_pop(App *app);

/* The game clock in milliseconds. */
int64_t app_now(const App *app);
/* The round as this screen's player plays it (score, streak, outcomes),
 * NULL before the first round. */
const Quiz *app_quiz(const App *app);
/* The settings of the next round (length, filters). */
QuizConfig *app_quiz_config(App *app);
/* Starts a new round of the session; false when no question passes the
 * round's filters. */
bool app_new_round(App *app);
/* Prints the session's warning (an answer not saved), once. */
void app_say_warning(App *app);
/* Switches the language at once; the round and the scene are kept. */
void app_toggle_language(App *app);

#endif
