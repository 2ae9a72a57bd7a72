/* discs: anti-aliased filled circles as small textures, one per radius and
 * colour, kept for reuse. The rounded shapes of the cards and buttons copy
 * their corners from them: four blended copies instead of dozens of
 * one-pixel rows, which the software renderer pays for one by one. */
#ifndef AMAN_DISCS_H
#define AMAN_DISCS_H

#include <SDL.h>

typedef struct Discs Discs;

/* A cache drawing with r, which must outlive it. NULL only when out of
 * memory. Free with discs_free (before the renderer). */
Discs *discs_new(SDL_Renderer *r);
void discs_free(Discs *d);

/* A 2*radius square texture holding a disc of colour c (alpha multiplies the
 * coverage), blend mode BLEND; with ring > 0 only its outer ring of that
 * width. Borrowed: valid until the next discs_get or discs_free. NULL when
 * radius is out of range (1..DISCS_MAX_RADIUS) or the texture cannot be
 * made: draw the shape another way. */
SDL_Texture *discs_get(Discs *d, int radius, int ring, SDL_Color c);

#define DISCS_MAX_RADIUS 256
/* Bytes of texture the cache keeps at most (it evicts the least recently
 * used disc beyond that). */
#define DISCS_BUDGET (3u << 20)

#endif
