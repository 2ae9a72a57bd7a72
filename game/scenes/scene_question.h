/* The question card's layout, shared with the robot player (autoplay) so it
 * can click and tap where a player would. */
#ifndef AMAN_SCENE_QUESTION_H
#define AMAN_SCENE_QUESTION_H

#include <SDL.h>
#include <stdbool.h>

#include "question.h"
#include "ui.h"

typedef struct App App;

typedef struct {
    SDL_Rect card;
    SDL_Rect buttons[QUESTION_MAX_CHOICES]; /* displayed order; True, False */
    int n_buttons;
    SDL_Rect submit; /* QKIND_MULTI: "Check answer" */
    SDL_Rect entry;  /* QKIND_NUMERIC: the number typed so far */
    SDL_Rect keys[UI_NUMPAD_KEYS];
    bool numpad;
    SDL_Rect speaker; /* the read-aloud button; w == 0 when it is hidden */
} QLayout;

/* Lays out question q on the current screen, shifted by dx pixels (the
 * slide-in); already mirrored for right-to-left reading. */
void question_layout(const App *app, const Question *q, int dx, QLayout *L);

/* The teacher's pause (P): opens the question's pause panel, stopping the
 * session's clock, or closes it, as Esc and Resume do. */
void question_toggle_pause(App *app);

#endif
