/* svg: the report's charts as inline SVG, drawn by our own code (no script,
 * no library): a line of values against a pass line, and rows of
 * horizontal bars. Values are fractions 0..1. Every text is given already
 * translated and with its digits as they should show; it is escaped here.
 * In right-to-left (rtl) charts time runs right to left and bars grow from
 * the right, as the game's own screens mirror in Urdu. */
#ifndef AMAN_SVG_H
#define AMAN_SVG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#define SVG_MAX_SERIES 3

typedef struct {
    int width, height; /* the line chart's size; bars: width, and height per row */
    bool rtl;
    double pass;             /* the pass line 0..1, or < 0 for none */
    const char *pass_label;  /* text beside the pass line */
    const char *y_labels[3]; /* at 0, 0.5 and 1 */
    const char *title;       /* the chart's accessible name (<title>) */
} SvgChart;

typedef struct {
    const char *label; /* x label (may be NULL: not shown) */
    double value;
} SvgPoint;

typedef struct {
    const char *label;
    double values[SVG_MAX_SERIES];
    const char *notes[SVG_MAX_SERIES]; /* at the bar's end, or NULL */
    bool flagged;                      /* drawn in the warning colour */
} SvgBar;

/* Writes text with &, <, >, " escaped. */
void svg_escape(FILE *f, const char *text);
/* A line of n points (n may be 0: an empty frame). At most about 12 x
 * labels are shown, evenly spaced, the first and the last always. */
void svg_line(FILE *f, const SvgPoint *pts, size_t n, const SvgChart *c);
/* n rows of `series` bars each (1..SVG_MAX_SERIES), series colours from the
 * stylesheet classes s0..s2; labels longer than about 40 characters are
 * cut with an ellipsis. */
void svg_bars(FILE *f, const SvgBar *bars, size_t n, int series, const SvgChart *c);

#endif
