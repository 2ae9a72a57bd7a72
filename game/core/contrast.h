/* contrast: WCAG 2 contrast between a text colour and its background, so
 * tests can hold every screen to AA (issue 18). Colours are 0xRRGGBB. */
#ifndef AMAN_CONTRAST_H
#define AMAN_CONTRAST_H

#include <stdint.h>

/* WCAG 2 relative luminance of an sRGB colour, 0 (black) to 1 (white). */
double contrast_luminance(uint32_t rgb);
/* (L1 + 0.05) / (L2 + 0.05) with L1 the lighter: 1 (same) to 21. */
double contrast_ratio(uint32_t a, uint32_t b);
/* The ratio AA asks of text drawn at px pixels: 3 for large text (24 px
 * and over, the rule), 4.5 below. */
double contrast_needed(int px);

#endif
