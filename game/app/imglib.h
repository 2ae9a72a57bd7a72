/* imglib: SDL2_image, loaded the first time a PNG is written (--screenshot),
 * not linked (game/core/dynlib.h): with its TIFF, JPEG, WebP and LERC
 * libraries it was 9 of the shared objects and 1.8 MB of every start, for
 * a picture a player's game never takes. */
#ifndef AMAN_IMGLIB_H
#define AMAN_IMGLIB_H

#include <SDL.h>
#include <SDL_image.h>
#include <stdbool.h>
#include <stddef.h>

#include "dynlib.h"

#define IMGLIB_FUNCTIONS(X, T) X(T, IMG_SavePNG_RW)
DYNLIB_TABLE(ImgLib, IMGLIB_FUNCTIONS);

/* Writes s as a PNG to rw (not closed), loading SDL2_image the first time.
 * False with one line in err: SDL2_image's reason, or "cannot load
 * libSDL2_image-2.0.so.0 (apt-get install libsdl2-image-2.0-0): ..." */
bool imglib_save_png(SDL_Surface *s, SDL_RWops *rw, char *err, size_t errlen);

#endif
