/* demo: builds the game state a scene needs to be shown on its own, for
 * --screenshot --scene NAME [--question ID] and the headless tests: a round
 * started, a question answered (wrongly, so both marks show), a round
 * played to its end. */
#ifndef AMAN_DEMO_H
#define AMAN_DEMO_H

#include <stdbool.h>
#include <stddef.h>

typedef struct App App;

/* Switches app to scene `name` with its state. Returns false with a message
 * naming the scene or the question when it cannot be built. */
bool demo_prepare(App *app, const char *name, const char *question_id, char *err, size_t errlen);
/* Answers the current question right or wrong (through the quiz rules). */
bool demo_answer(App *app, bool right);

#endif
