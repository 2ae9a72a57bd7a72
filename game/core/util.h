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

/* Opens path for reading only when it is a regular file: opened without
 * blocking (a FIFO would wait for a writer forever), then fstat'ed. Returns
 * a blocking fd the caller closes, or -1 with a message naming the file and
 * what it is ("a FIFO", "a character device"...) in err. */
int open_regular(const char *path, char *err, size_t errlen);
/* open_regular, then close: true when path can be read as a regular file. */
bool check_regular(const char *path, char *err, size_t errlen);

/* Writes data[0..len) to path whole or not at all: into a temporary file
 * beside it, fsync'ed, then renamed over it, so a full disk never leaves a
 * partial file nor harms what was there. A character device (/dev/null) is
 * written in place; a FIFO, folder or socket is refused. False with a
 * message naming the path and the reason in err. */
bool write_file_replace(const char *path, const void *data, size_t len, char *err, size_t errlen);

/* True when path names an existing regular file / directory. */
bool is_file(const char *path);
bool is_dir(const char *path);

#endif
