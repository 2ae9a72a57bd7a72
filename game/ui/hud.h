/* hud: what stays on screen while a round is played (progress, score,
 * streak, the timer bar) and the pause overlay that Esc opens. */
#ifndef AMAN_HUD_H
#define AMAN_HUD_H

#include <SDL.h>
#include <stdbool.h>

#include "input.h"
#include "question.h"
#include "quiz.h"

typedef struct App App;

/* Draws the top bar of a round and returns the y below it. time_frac < 0
 * hides the timer bar. */
int hud_draw(App *app, float time_frac);
/* The y below the top bar, for layout without drawing. */
int hud_bottom(const App *app, bool timer);

typedef enum { PAUSE_NONE, PAUSE_RESUME, PAUSE_QUIT } PauseAction;
void pause_draw(App *app, int focus);
/* Buttons of the pause overlay (0 resume, 1 quit to the title). */
SDL_Rect pause_button(const App *app, int i);
/* Handles one input while paused. */
PauseAction pause_event(App *app, const Input *in, int *focus);

/* Texts of round question i in the current language, or (other) in the
 * other language for the bilingual view; NULL when there is none. */
const char *hud_question_text(const App *app, const Question *q, bool other);
const char *hud_choice_text(const App *app, size_t i, int displayed, bool other);
/* The explanation the feedback shows for outcome o of q: the chosen answer's
 * own feedback when it has one, else the question's general feedback; in
 * the current language, or (other) the other one for the bilingual view.
 * NULL when there is none. Lives as long as the bank and the catalog. */
const char *hud_explanation(const Question *q, const QuizOutcome *o, bool other);
/* The numeric answer as shown ("235000", "1.5"), in the digits of the language. */
void hud_format_number(double v, char *buf, size_t size);
/* The second-language line when the bilingual view is on, else NULL. */
const char *hud_sub(const App *app, const char *msgid);

#endif
