/* rng: a small seeded PRNG (xoshiro256**, seeded through splitmix64), so a
 * round is the same on every machine for the same seed. Never rand(). */
#ifndef AMAN_RNG_H
#define AMAN_RNG_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
    uint64_t s[4];
} Rng;

/* Any seed is fine, 0 included. */
void rng_seed(Rng *r, uint64_t seed);
uint64_t rng_next(Rng *r);
/* Uniform in [0, n) without modulo bias; n > 0. */
uint64_t rng_below(Rng *r, uint64_t n);
/* Fisher-Yates shuffle of n elements of `size` bytes (size <= 64). */
void rng_shuffle(Rng *r, void *base, size_t n, size_t size);

#endif
