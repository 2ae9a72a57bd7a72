/* autoplay: a seeded robot player for --autoplay and the headless tests. It
 * plays through the real loop by pushing SDL events (keys, clicks, taps that
 * also arrive as synthesized mouse events) whenever the game waits for the
 * player; some answers right, some wrong. Same seed, same game. */
#ifndef AMAN_AUTOPLAY_H
#define AMAN_AUTOPLAY_H

#include <stdbool.h>
#include <stdint.h>

typedef struct App App;
typedef struct Autoplay Autoplay;

/* right_percent: chance of choosing the right answer (0-100). */
Autoplay *autoplay_new(uint64_t seed, int right_percent);
void autoplay_free(Autoplay *a);
/* Called by the loop when the queue is empty and nothing moves: pushes the
 * events of the next move. On the summary it prints the score line to
 * stdout and stops the loop. */
void autoplay_step(Autoplay *a, App *app);
/* Events pushed so far (the tests check that taps counted once). */
int autoplay_taps(const Autoplay *a);

#endif
