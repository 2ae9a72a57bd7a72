/* shell: the platform shell around the App (game/ui/app.h): it opens the
 * window, the renderer, the fonts, the bank, the settings, the results
 * store and the session, and runs the main loop. The loop knows scenes
 * only through the registry's table; it redraws only when a scene says so
 * and sleeps in the event queue when nothing moves. Its functions keep the
 * app_ prefix of the loop they have always been. */
#ifndef AMAN_SHELL_H
#define AMAN_SHELL_H

#include <stdbool.h>
#include <stddef.h>

#include "app.h"

/* Opens a window (or, headless, an offscreen one), the fonts and the bank.
 * Returns false with a one-line message in err. */
bool app_init(App *app, const CliOptions *opt, const char *exe_dir, bool headless, char *err,
              size_t errlen);
void app_quit(App *app);
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

#endif
