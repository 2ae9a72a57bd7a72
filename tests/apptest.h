/* Shared helpers of the suites that drive the real loop headless (the SDL
 * suites of tests/CMakeLists.txt: AMAN_SDL_SUITES): events pushed as SDL's
 * own input would bring them, and the loop turned until the screen rests. */
#ifndef AMAN_APPTEST_H
#define AMAN_APPTEST_H

#include <SDL.h>
#include <stdbool.h>

#include "app.h"

/* Turns the loop until nothing moves and no event waits (fails the test
 * after 400 turns). */
void apptest_settle(App *app);
/* A key press. */
void apptest_push_key(SDL_Keycode k);
/* A finger down then up at x, y of the screen (a kiosk acts when it is
 * lifted). */
void apptest_push_tap(const App *app, int x, int y);
/* A left click at x, y; finger: the mouse twin SDL makes of a tap, after
 * the finger's own event. */
void apptest_push_click(const App *app, int x, int y, bool finger);

#endif
