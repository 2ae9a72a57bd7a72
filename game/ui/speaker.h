/* speaker: the read-aloud button of the question card: a real button (a
 * 48 px touch target at least, keyboard focus, pressed state) with a
 * loudspeaker drawn in shapes, its sound waves lit while it reads. */
#ifndef AMAN_SPEAKER_H
#define AMAN_SPEAKER_H

#include <SDL.h>
#include <stdbool.h>

#include "ui.h"

typedef struct App App;

/* The button's side in output pixels: ui_px(48), never under 48. */
int speaker_size(const App *app);
/* Draws the button in r; reading lights the waves. */
void speaker_draw(App *app, SDL_Rect r, UiBtnState st, bool reading);

#endif
