/* sync_panel: the fleet sync state (sync.h) in a box of a scene: whether
 * the device reaches the central database, the last success, the events
 * waiting and the last error, in the language of the screen. */
#ifndef AMAN_SYNC_PANEL_H
#define AMAN_SYNC_PANEL_H

#include "app.h"

/* Draws the state of app->sync (or "kept on this device only") in box. */
void sync_panel_draw(App *app, SDL_Rect box);
/* Asks the loop to redraw within a second while the state may change. */
void sync_panel_wake(App *app);

#endif
