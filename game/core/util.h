/* util: allocation that never returns NULL, and whole-file reading. */
#ifndef AMAN_UTIL_H
#define AMAN_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* These abort with a message on out of memory; the caller frees the result. */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *xvasprintf(const char *fmt, va_list ap);

/* The longest prefix of s[0..len) of at most max bytes that does not cut
 * a UTF-8 character in two. */
size_t utf8_prefix(const char *s, size_t len, size_t max);

/* Writes code point cp (at most U+10FFFF) as UTF-8 to out (room for 4
 * bytes); returns the bytes written. */
size_t utf8_put(unsigned long cp, char *out);

/* Reads a whole file of at most max_bytes into a NUL-terminated buffer the
 * caller frees; *len gets its length. On failure returns NULL and writes a
 * message naming the path into err. */
char *read_file(const char *path, size_t max_bytes, size_t *len, char *err, size_t errlen);

/* True when path names an existing regular file / directory. */
bool is_file(const char *path);
bool is_dir(const char *path);

#endif
