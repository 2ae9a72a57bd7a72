/* fontsum: the shipped fonts checked against the SHA-256 sums CMake
 * recorded when the game was built (a generated fontsums.h), so a
 * bit-flipped or truncated font is named instead of drawing boxes. */
#ifndef AMAN_FONTSUM_H
#define AMAN_FONTSUM_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"

/* How many fonts were recorded, and the name and sum of the i-th. */
size_t fontsum_count(void);
const char *fontsum_name(size_t i);
const char *fontsum_expected(size_t i);

/* Reads every recorded font in dir and adds a warning naming each one
 * whose sum differs (damaged) or that cannot be read as a regular file; a
 * missing font is left to the font loader to report. True when all match. */
bool fontsum_check(const char *dir, Diag *diag);

#endif
