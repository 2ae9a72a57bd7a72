/* csv: one field of RFC 4180 CSV, for the results exports. */
#ifndef AMAN_CSV_H
#define AMAN_CSV_H

#include <stdbool.h>
#include <stdio.h>

/* Writes s to f, quoted when it holds a comma, quote, CR or LF, or starts or
 * ends with a space (quotes inside doubled), then "," or, when last, CRLF. */
void csv_field(FILE *f, const char *s, bool last);

#endif
