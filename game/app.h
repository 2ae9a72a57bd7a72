/* app: the window, the renderer and the main loop. The loop knows scenes
 * only through the Scene table; it redraws only when a scene says so. */
#ifndef AMAN_APP_H
#define AMAN_APP_H

#include <SDL.h>
#include <stdbool.h>

#include "cli.h"
#include "paths.h"
#include "text.h"

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

struct App {
    const CliOptions *opt;
    Paths paths;
    SDL_Window *window;
    SDL_Renderer *renderer;
    TextEngine *text;
    int width, height; /* renderer output size in pixels */
    const Scene *scene;
    bool dirty;   /* the frame on screen is stale */
    bool running;
};

extern const Scene scene_title;

/* Opens a window (or, for --screenshot, an offscreen one) and the fonts.
 * Returns false with a one-line message in err. */
bool app_init(App *app, const CliOptions *opt, const char *exe_dir, bool headless, char *err,
              size_t errlen);
void app_quit(App *app);
/* Switches scene: leave the old one, enter the new, mark the frame dirty. */
void app_set_scene(App *app, const Scene *scene);
/* Runs until the player quits. Returns the process exit status. */
int app_run(App *app);
/* Draws one frame of the current scene and writes it as PNG. */
bool app_screenshot(App *app, const char *png_path, char *err, size_t errlen);

#endif
