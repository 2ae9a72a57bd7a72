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
 * NUL-terminated and UTF-8, and the content checks below pass. Otherwise
 * false with a short reason in err. */
bool mo_check(const unsigned char *data, size_t len, char *err, size_t errlen);

/* The content checks mo_check runs on every catalog (mo_content.c), each
 * false with a short reason in err:
 * - the header's Plural-Forms: nplurals 1..6, and plural= evaluated for
 *   n = 0..1000 without a syntax error or a division by zero (glibc would
 *   die of SIGFPE), always giving a form below nplurals;
 * - the header's charset is UTF-8 (or absent);
 * - a translation reads the same printf arguments as its msgid (a prefix
 *   of them, same types in the same positions): "%s" for "%d" is a crash. A
 *   msgid that is not a valid format string is not checked. */
bool mo_check_plural(const char *header, char *err, size_t errlen);
bool mo_check_charset(const char *header, char *err, size_t errlen);
bool mo_check_format(const char *msgid, const char *translation, char *err, size_t errlen);
/* True when s[0..len) is well-formed UTF-8 (no overlongs, surrogates). */
bool mo_utf8_valid(const char *s, size_t len);

/* mo_check on a file (read whole, at most 64 MiB). A missing file is not
 * an error here (*exists tells); an unreadable one is. */
bool mo_check_file(const char *path, bool *exists, char *err, size_t errlen);

#endif
