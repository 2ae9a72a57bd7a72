/* textfont: the fonts the text engine draws with, and the widths of the
 * runs it has measured. Used by text.c only.
 *
 * TTF_Fonts per (face, bold, direction), set up for their direction and
 * script when opened and never changed after (flipping them on one font
 * breaks Urdu joining in SDL2_ttf 2.20, docs/platform-notes.md): at most TEXTFONT_SIZES
 * of them, one size each, the least recently used resized in place
 * (TTF_SetFontSize, which tells HarfBuzz), since every open font holds its
 * own copy of the shaping tables (about 460 kB for Nastaliq, 200 kB for Noto
 * Sans). */
#ifndef AMAN_TEXTFONT_H
#define AMAN_TEXTFONT_H

#include <SDL_ttf.h>
#include <stdbool.h>
#include <stddef.h>

#include "layout.h"

/* Sizes open at once per face, weight and direction. Measured (1080p,
 * bench_text / 100 Urdu questions): 1 size: an Urdu card with its fonts
 * open 9.5 ms, peak 28.0 MB; 2: 9.0 ms, 30.3 MB; 3: 8.2 ms, 32.4 MB; one
 * font per size (16 open): 6.1 ms, 31.3 MB. A resize empties SDL_ttf's glyph
 * cache, so glyphs are read from the file again; memory wins here. */
#ifndef TEXTFONT_SIZES
#define TEXTFONT_SIZES 1
#endif
#define TEXTFONT_MAX_OPEN (LAYOUT_FACE_COUNT * 2 * 2 * TEXTFONT_SIZES)

typedef struct TextFonts TextFonts;

typedef struct {
    TTF_Font *font;
    int ascent, height; /* TTF_FontAscent, TTF_FontHeight */
} TextFont;

/* Reads the four font files of font_dir into memory. A missing bold or
 * regular file is replaced by the face's other style; a missing Nastaliq
 * face by Noto Sans (textfont_has_face tells, textfont_warning says which
 * file). Returns NULL with a message naming the file in err only when Noto
 * Sans is missing altogether. */
TextFonts *textfont_new(const char *font_dir, char *err, size_t errlen);
/* Whether the face's own files were found. */
bool textfont_has_face(const TextFonts *tf, LayoutFace face);
/* The first font file that could not be read, or NULL when all were. */
const char *textfont_warning(const TextFonts *tf);
void textfont_free(TextFonts *tf);

/* The font for (face, bold, px, rtl), opened on first use, resized when it
 * was last used at another size; NULL when it cannot be opened. The pointer
 * is valid until the next textfont_get: a later call for the same face,
 * weight and direction resizes this very TTF_Font, so a pointer kept past
 * it would silently draw at the new size. */
const TextFont *textfont_get(TextFonts *tf, LayoutFace face, bool bold, int px, bool rtl);

/* Width of utf8[0..len) shaped as one run, and in *height the height of
 * its ink box (TTF_SizeUTF8), remembered per font and bytes. */
int textfont_width(TextFonts *tf, const char *utf8, size_t len, LayoutFace face, bool bold, int px,
                   bool rtl, int *height);
/* Forgets every remembered width. */
void textfont_forget_widths(TextFonts *tf);

/* TTF_SizeUTF8 calls made so far (width cache misses), fonts open now. */
unsigned long textfont_shapes(const TextFonts *tf);
int textfont_open_count(const TextFonts *tf);

#endif
