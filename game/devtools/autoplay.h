/* autoplay: a seeded robot player for --autoplay and the headless tests. It
 * plays through the real loop by pushing SDL events (keys, clicks, taps that
 * also arrive as synthesized mouse events) whenever the game waits for the
 * player; some answers right, some wrong. Same seed, same game. On each
 * round's summary it adds the round to its totals and plays again until it
 * has played its target, then prints one line of totals. */
#ifndef AMAN_AUTOPLAY_H
#define AMAN_AUTOPLAY_H

#include <stdbool.h>
#include <stdint.h>

typedef struct App App;
typedef struct Autoplay Autoplay;

/* right_percent: chance of choosing the right answer (0-100). */
Autoplay *autoplay_new(uint64_t seed, int right_percent);
void autoplay_free(Autoplay *a);
/* Plays `questions` in all, in rounds of round_length (the last one
 * shorter), pressing "Play again" between them; prints the totals. */
void autoplay_set_target(Autoplay *a, long questions, int round_length);
/* Soak runs: press L every lang_every questions, print "questions N rss-kb
 * K" every rss_every questions (0: never). */
void autoplay_set_soak(Autoplay *a, long lang_every, long rss_every);
/* Length of the round to start now: round_length, or what is left. */
int autoplay_next_round_length(const Autoplay *a);
/* Called by the loop when the queue is empty and nothing moves: pushes the
 * events of the next move. On the summary it prints the score line to
 * stdout and stops the loop. */
void autoplay_step(Autoplay *a, App *app);
/* Events pushed so far (the tests check that taps counted once). */
int autoplay_taps(const Autoplay *a);

#endif
