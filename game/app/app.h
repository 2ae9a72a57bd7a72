/* app: the window, the renderer, the main loop and the state every scene
 * shares (the bank, the round, the language, the high scores). The loop
 * knows scenes only through the Scene table; it redraws only when a scene
 * says so and sleeps in the event queue when nothing moves. */
#ifndef AMAN_APP_H
#define AMAN_APP_H

#include <SDL.h>
#include <stdbool.h>
#include <stdint.h>

#include "bank.h"
#include "cli.h"
#include "discs.h"
#include "paths.h"
#include "quiz.h"
#include "results.h"
#include "settings.h"
#include "text.h"
#include "watchdog.h"

typedef struct App App;

typedef struct {
    const char *name;
    void (*enter)(App *app);
    /* Returns true when the event changed what is on screen. */
    bool (*event)(App *app, const SDL_Event *ev);
    /* Advances animations to now_ms; returns true while something moves. */
    bool (*update)(App *app, Uint32 now_ms);
    void (*draw)(App *app);
    void (*leave)(App *app);
} Scene;

/* The scenes by name (--scene). The five of the game are built in; a mode
 * adds its own with app_register_scene (false when the table is full or the
 * name is taken). The Scene must outlive the App (a static table row). */
extern const Scene scene_title, scene_question, scene_feedback, scene_summary, scene_scores;
const Scene *app_scene_by_name(const char *name);
bool app_register_scene(const Scene *scene);
/* The leave of a scene whose state is one malloc'd block in scene_data. */
void app_free_scene_data(App *app);
/* Writes the names of every scene, comma-separated, into buf. */
void app_scene_names(char *buf, size_t size);

typedef struct Autoplay Autoplay; /* autoplay.h */
typedef struct Flow Flow;         /* modeflow.h */
typedef struct AppSound AppSound; /* app_sound.h */

struct App {
    const CliOptions *opt;
    Paths paths;
    SDL_Window *window;
    SDL_Renderer *renderer;
    TextEngine *text;
    Discs *discs;      /* corners of the rounded shapes (NULL: drawn row by row) */
    int width, height; /* renderer output size in pixels */
    const Scene *scene;
    void *scene_data; /* the current scene's own state: enter allocates, leave frees */
    bool dirty;       /* the frame on screen is stale */
    bool running;
    bool headless;

    /* The game. */
    Bank *bank;
    const Question **pool; /* every question of the bank, load order */
    size_t n_pool;
    QuizConfig quiz_cfg;
    Quiz *quiz;    /* the round being played, or NULL */
    uint64_t seed; /* of the next round; advances per round */
    int64_t round_start_ms;
    int64_t round_end_ms;
    bool round_recorded; /* the finished round is in the high scores */
    bool bilingual;      /* show the other language under each text */
    bool typing;         /* a text field has the keyboard (textentry.h) */
    const char *mode;    /* "play" (modes add theirs) */
    Flow *flow;          /* the mode's state (modeflow.h) */
    const char *trainee; /* signed-in trainee or NULL (owned by flow) */
    Settings *settings;
    Results *results;      /* NULL for screenshots and autoplay without --data-dir */
    struct Sync *sync;     /* fleet sync worker (sync.h), NULL when not syncing */
    int64_t session;       /* results session of the round, 0 when none */
    size_t answers_logged; /* outcomes of the round already stored */
    bool save_warned;      /* "could not be saved" was said once */

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
    int64_t scene_wake_ms;
    Uint32 last_finger_ts; /* SDL timestamp of the last finger event (input_is_touch_twin) */
    int last_finger_x, last_finger_y; /* where it was, in output pixels */
    bool revealed;
        /* the teacher revealed the answer (R): feedback says so, not "Skipped" */ /* the scene's
                                                                                      next redraw
                                                                                      without input
                                                                                      (a timer bar),
                                                                                      or 0 */
    AppSound *sound;                /* sounds and reading aloud (app_sound.h) */
    Watchdog watchdog;              /* systemd's keep-alive when run as a kiosk unit */
    unsigned long frames_presented; /* by the loop (bench_frame counts idle redraws) */
};

/* Opens a window (or, headless, an offscreen one), the fonts and the bank.
 * Returns false with a one-line message in err. */
bool app_init(App *app, const CliOptions *opt, const char *exe_dir, bool headless, char *err,
              size_t errlen);
void app_quit(App *app);
/* Switches scene: leave the old one, enter the new, mark the frame dirty. */
void app_set_scene(App *app, const Scene *scene);
/* Runs until the player quits. Returns the process exit status. */
int app_run(App *app);
/* One turn of the loop: the robot's move (autoplay), the queued events (when
 * may_wait and the queue is empty, sleeps until one comes), the clock, the
 * scene's update, a redraw when needed. Returns true while something moves.
 * Tests drive the real loop with it. */
bool app_step(App *app, bool may_wait);
/* Draws one frame of the current scene and writes it as PNG. */
bool app_screenshot(App *app, const char *png_path, char *err, size_t errlen);
/* Draws the current scene now (tests read the pixels back). */
void app_draw(App *app);
/* Feeds one event through the same path as the loop (global keys first). */
void app_handle_event(App *app, const SDL_Event *ev);

/* The game clock in milliseconds. */
int64_t app_now(const App *app);
/* Starts a new round from the bank (freeing the old one); false when the
 * bank has no playable question. */
bool app_new_round(App *app);
/* Starts a round of the one question with this id (screenshots). */
bool app_round_of(App *app, const char *id);
/* Stores the answers given so far, and a finished round's high score once. */
void app_record_round(App *app);
/* Ends a round left before its last question (pause -> End round, a kiosk
 * visitor walking away, quitting): stores its answers and closes its
 * results session with the score so far; no high score. */
void app_abandon_round(App *app);
/* Switches the language at once; the round and the scene are kept. */
void app_toggle_language(App *app);

#endif
