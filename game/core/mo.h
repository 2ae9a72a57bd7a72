/* mo: checks a compiled gettext catalog (.mo) before gettext loads it.
 * glibc trusts the offsets in a .mo file: a truncated or damaged catalog
 * crashes the process inside gettext, so every table is bounds-checked
 * here first. Pure: works on bytes in memory. */
#ifndef AMAN_MO_H
#define AMAN_MO_H

#include <stdbool.h>
#include <stddef.h>

/* True when data[0..len) is a well-formed .mo file: magic number, a known
 * revision, string tables and hash table inside the file, every string
 * NUL-terminated. Otherwise false with a short reason in err. */
bool mo_check(const unsigned char *data, size_t len, char *err, size_t errlen);

/* mo_check on a file (read whole, at most 64 MiB). A missing file is not
 * an error here (*exists tells); an unreadable one is. */
bool mo_check_file(const char *path, bool *exists, char *err, size_t errlen);

#endif
