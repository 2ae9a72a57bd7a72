/* layout: breaks a UTF-8 paragraph into lines and each line into runs in
 * visual order, for English, Urdu and both mixed. No SDL: the host measures
 * text through callbacks (as in rxi/microui), so tests use a fake measure.
 *
 * Order of work (docs/platform-notes.md, "Right-to-left text"): FriBidi gives embedding
 * levels for the whole paragraph; lines are broken in logical order at word
 * boundaries while measuring whole candidate lines; then each line is cut
 * into runs of one level and one face and the runs are put in visual order
 * (rule L2). Each run is shaped by the host in its own direction, so the
 * digits of "1960" inside Urdu stay left to right. */
#ifndef AMAN_LAYOUT_H
#define AMAN_LAYOUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A typeface by script coverage: Noto Sans or Noto Nastaliq Urdu. */
typedef enum { LAYOUT_FACE_LATIN, LAYOUT_FACE_URDU, LAYOUT_FACE_COUNT } LayoutFace;

typedef enum { LAYOUT_DIR_AUTO, LAYOUT_DIR_LTR, LAYOUT_DIR_RTL } LayoutDir;

/* The host's measures. width() returns the width in pixels of utf8[0..len)
 * shaped as one run of `face` in direction rtl (utf8 is not NUL-terminated)
 * and stores in *height the height of its ink box, which is more than the
 * face's ascent + descent when glyphs overshoot them (Nastaliq's cascades
 * and tails do). metrics() gives the face's ascent and descent (descent
 * positive, below the baseline). A line is as tall as the fonts it uses,
 * plus any overshoot of its runs above and below (which side a glyph
 * overshoots is not known, so both are reserved: never clipped). */
typedef struct {
    int (*width)(void *ctx, const char *utf8, size_t len, LayoutFace face, bool rtl, int *height);
    void (*metrics)(void *ctx, LayoutFace face, int *ascent, int *descent);
    void *ctx;
} LayoutMeasure;

typedef struct {
    size_t start, len; /* bytes of the paragraph */
    LayoutFace face;
    bool rtl;      /* shape right to left (odd bidi level) */
    int level;     /* bidi embedding level */
    int x, w;      /* from the line's left edge, in pixels */
    int overshoot; /* ink beyond the face's ascent + descent, in pixels */
} LayoutRun;

typedef struct {
    size_t start, len;     /* logical bytes of the line, trailing spaces included */
    int first_run, n_runs; /* runs[first_run .. first_run + n_runs) left to right */
    int width;             /* ink advance: sum of the runs' widths */
    int y, ascent, height; /* top from the paragraph's top; baseline at y + ascent */
} LayoutLine;

typedef struct {
    LayoutRun *runs;
    int n_runs;
    LayoutLine *lines;
    int n_lines;
    bool rtl;          /* resolved base direction */
    int width, height; /* widest line; sum of line heights */
    int measures;      /* width() calls made, for tests and benchmarks */
    bool broke_words;  /* a word wider than max_width was broken between characters */
} Layout;

/* Lays utf8 out in lines no wider than max_width (a single character wider
 * than max_width gets a line of its own). '\n' ends a line. Invalid UTF-8
 * bytes are laid out as U+FFFD, one per byte. dir AUTO takes the direction
 * of the first strong character (LTR when there is none). Always succeeds;
 * empty text gives no lines. Free with layout_free. */
void layout_build(Layout *out, const char *utf8, size_t len, LayoutDir dir, int max_width,
                  const LayoutMeasure *m);
void layout_free(Layout *l);

/* The largest size in [min_px, max_px] at which a text fits, or min_px
 * when none does. overflow(ctx, px) lays the text out at px and returns how
 * many times too large it is in its worse dimension (<= 1.0: it fits); it
 * is assumed to grow with px. Tries max_px first, then sizes guessed from
 * the overflow (area grows with the square of the size), then bisects:
 * typically 2 to 4 calls. Every call that fits is at a larger size than
 * the fitting calls before it. */
int layout_fit_px(int min_px, int max_px, double (*overflow)(void *ctx, int px), void *ctx);

/* The face that has a glyph for cp: Arabic-script letters -> URDU; digits,
 * spaces and punctuation both fonts have -> `context` (the surrounding
 * text's face); everything else (Latin letters, '%', '?') -> LATIN. */
LayoutFace layout_face_for(uint32_t cp, LayoutFace context);
/* True when both faces draw cp (it takes the face of the text around it). */
bool layout_face_shared(uint32_t cp);

/* Copies in to out (always terminated) with every ASCII space made a
 * no-break space U+00A0, where layout_build never breaks a line: a short
 * label such as the keypad's «ٹھیک ہے» then shrinks to fit instead of
 * breaking into two lines. out needs 2 * strlen(in) + 1 bytes to hold it
 * all; a shorter out gets a prefix cut before a whole character. Returns out. */
char *layout_no_break(const char *in, char *out, size_t len);

/* The direction of a paragraph from its text (Unicode bidi rules P2, P3):
 * that of its first strong character (L; R or AL), skipping what isolates
 * (U+2066..U+2069) enclose. LAYOUT_DIR_AUTO when it has none (digits and
 * punctuation only), for the caller to choose. */
LayoutDir layout_paragraph_dir(const char *utf8, size_t len);

/* Decodes one UTF-8 character at s[0..len) (len > 0): returns its length in
 * bytes and stores it in *cp; a malformed sequence gives U+FFFD and 1. */
size_t layout_utf8_next(const char *s, size_t len, uint32_t *cp);

/* Text from outside the game (a bank, a player's name) may hold bidi
 * controls that turn a whole line backwards. Returns a copy (the caller
 * frees) without the embeddings and overrides (LRE, RLE, PDF, LRO, RLO) and
 * without the isolates (LRI, RLI, FSI, PDI) that do not pair up within their
 * paragraph; paired isolates stay, they cannot leak. NULL when there is
 * nothing to drop (use utf8 as it is). */
char *layout_clean_bidi(const char *utf8);

#endif
