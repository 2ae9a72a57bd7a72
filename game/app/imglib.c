#include "imglib.h"

#include <stdio.h>

DYNLIB_DEFINE(ImgLib, IMGLIB_FUNCTIONS, lib, "libSDL2_image-2.0.so.0", "libsdl2-image-2.0-0");

bool imglib_save_png(SDL_Surface *s, SDL_RWops *rw, char *err, size_t errlen)
{
    if (!dynlib_load(&lib, err, errlen))
        return false;
    if (lib_table.IMG_SavePNG_RW(s, rw, 0) != 0) {
        snprintf(err, errlen, "%s", SDL_GetError());
        return false;
    }
    return true;
}
