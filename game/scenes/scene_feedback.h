/* The feedback scene's layout, for the scene and its tests. */
#ifndef AMAN_SCENE_FEEDBACK_H
#define AMAN_SCENE_FEEDBACK_H

#include <SDL.h>
#include <stdbool.h>

#include "app.h"
#include "question.h"

typedef struct {
    SDL_Rect next;     /* Next / See results */
    SDL_Rect question; /* the question's line */
    SDL_Rect answers[QUESTION_MAX_CHOICES];
    int n_answers;
    SDL_Rect card;    /* the explanation card, where it stands now (it rises) */
    SDL_Rect speaker; /* the read-aloud button on the card; w == 0 when hidden */
} FLayout;

/* Where the feedback of the current question puts things (mirrored in a
 * right-to-left language). False, with *L zeroed, when there is no answered
 * question to show (or the scene is not the one shown). */
bool feedback_layout(const App *app, FLayout *L);

#endif
