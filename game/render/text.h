/* text: draws UTF-8 paragraphs in English and Urdu with SDL2_ttf.
 * The contract the scenes rely on. Lines are laid out by core/layout.h
 * (bidi runs, wrapping, font fallback by glyph coverage); each run is shaped
 * by HarfBuzz in its own direction, so numbers inside Urdu read left to
 * right, Latin words inside Urdu use Noto Sans, and Nastaliq is never
 * clipped (line height includes any ink beyond the font's ascent/descent). */
#ifndef AMAN_TEXT_H
#define AMAN_TEXT_H

#include <SDL.h>
#include <stdbool.h>

typedef struct TextEngine TextEngine;

typedef enum { TEXT_DIR_AUTO, TEXT_DIR_LTR, TEXT_DIR_RTL } TextDir;
/* START is the paragraph's start side: left for LTR, right for RTL. */
typedef enum { TEXT_ALIGN_START, TEXT_ALIGN_CENTER, TEXT_ALIGN_END } TextAlign;
/* INK_MIDDLE centres the ink, not the line box, and the box's height does
 * not limit the size (max_px is used when the width allows): for a one-line
 * label inside a shape such as a pill, where Nastaliq's line box is far
 * taller than its ink and centring that box puts the ink outside. */
typedef enum {
    TEXT_VALIGN_TOP,
    TEXT_VALIGN_MIDDLE,
    TEXT_VALIGN_BOTTOM,
    TEXT_VALIGN_INK_MIDDLE
} TextVAlign;

typedef struct {
    int max_px; /* largest font size to try, in pixels */
    int min_px; /* smallest readable size; 0 means max_px / 2 */
    bool bold;
    SDL_Color color;
    TextDir dir;
    TextAlign align;
    TextVAlign valign;
} TextStyle;

/* Reads the fonts in font_dir (NotoSans-{Regular,Bold}.ttf,
 * NotoNastaliqUrdu-{Regular,Bold}.ttf) for drawing with r, which must
 * outlive the engine. Returns NULL with a message naming the file in err.
 * Free with text_engine_free (before the renderer). */
TextEngine *text_engine_new(SDL_Renderer *r, const char *font_dir, char *err, size_t errlen);
/* False when the Nastaliq font was missing: Urdu cannot be shown, and the
 * game stays in English. */
bool text_engine_has_urdu(const TextEngine *te);
/* Bounds the paragraph cache (TEXT_CACHE_BYTES at first); evicts at once
 * down to it. The game sizes it to the window: two screens of text. */
void text_engine_set_cache_budget(TextEngine *te, size_t bytes);
/* The first font file that could not be read (a bold style falls back to
 * regular), or NULL when every font was found. */
const char *text_engine_warning(const TextEngine *te);
void text_engine_free(TextEngine *te);

/* Draws utf8 wrapped inside box at the largest size from style->max_px down
 * to style->min_px that fits. Text that does not fit even at min_px is drawn
 * at min_px, wrapped, past the box's bottom: words are never cut. Returns
 * the pixel size used, or 0 when nothing was drawn (empty text or a
 * failure). Lines align to style->align (START is the right side for RTL);
 * dir AUTO takes the first strong character's direction. The rendered
 * paragraph is cached (key: text, box size, style less colour), so drawing
 * an unchanged screen again renders no glyphs. */
int text_draw(TextEngine *te, const char *utf8, SDL_Rect box, const TextStyle *style);

/* Like text_draw but draws nothing: the size that fits and the extent of
 * the laid-out text (*w, *h may be NULL). box_h <= 0 means no height limit
 * (the size is then max_px). Shares text_draw's cache. */
int text_measure(TextEngine *te, const char *utf8, int box_w, int box_h, const TextStyle *style,
                 int *w, int *h);

/* Upper bound of the rendered-paragraph cache (textures, glyph coverage
 * and keys); only a single paragraph larger than this can exceed it. */
#define TEXT_CACHE_BYTES (8u << 20)

/* Counters since text_engine_new, for tests and benchmarks. */
typedef struct {
    unsigned long renders; /* runs rendered to pixels (TTF_RenderUTF8_Blended) */
    unsigned long shapes;  /* widths measured by SDL_ttf (TTF_SizeUTF8), cache misses */
    unsigned long layouts; /* paragraphs laid out (once per size tried) */
    unsigned long hits;    /* text_draw/text_measure answered from the cache */
    unsigned long misses;  /* ... that had to fit the text */
    unsigned long evictions;
    /* The smallest size text_draw drew Latin (Noto Sans) and Urdu
     * (Nastaliq) text at since the last text_engine_reset_least, 0 for none:
     * tests hold every screen to a readable size. */
    int least_px_latin, least_px_urdu;
    /* With text_engine_probe_contrast on: the draw whose WCAG contrast
     * against the most common colour under it (read back before drawing)
     * fell furthest below what its size needs, as ratio / needed (1 and
     * over: AA met; 0: nothing probed), with its size, colours and text. */
    double contrast_margin;
    int contrast_px;
    unsigned contrast_fg, contrast_bg;
    char contrast_text[48];
    size_t cache_bytes; /* held now by the paragraph cache */
    int cache_entries;
    int fonts_open;
} TextStats;

TextStats text_engine_stats(const TextEngine *te);
/* Forgets the smallest sizes drawn (least_px_latin, least_px_urdu) and the
 * worst contrast. */
void text_engine_reset_least(TextEngine *te);
/* Reads the pixels under every text before drawing it, to find the worst
 * contrast, and keeps the ink box of every text drawn (slow: for tests). */
void text_engine_probe_contrast(TextEngine *te, bool on);

/* With the probe on: the ink boxes of the texts drawn since the last
 * text_engine_reset_least (at most TEXT_PROBE_BOXES), for tests that no
 * text runs into another. Valid until the next draw. */
#define TEXT_PROBE_BOXES 256
typedef struct {
    SDL_Rect ink;
    bool shape; /* a button or pill noted by text_engine_note_shape, not text */
    char text[40];
} TextInk;
int text_engine_inks(const TextEngine *te, const TextInk **out);
/* With the probe on: notes a shape drawn over what came before (a button),
 * so a test can see a text it hides in part. Does nothing otherwise. */
void text_engine_note_shape(TextEngine *te, SDL_Rect r, const char *name);
/* Drops every cached texture, size and width (fonts stay open). Call it
 * after SDL_RENDER_DEVICE_RESET / SDL_RENDER_TARGETS_RESET. */
void text_engine_flush(TextEngine *te);

#endif
