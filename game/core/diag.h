/* diag: the one error model of the core. A Diag collects compiler-style
 * messages ("file:line:col: error: message"); functions that can fail return
 * bool/NULL and append what went wrong here. */
#ifndef AMAN_DIAG_H
#define AMAN_DIAG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

typedef enum { DIAG_NOTE, DIAG_WARNING, DIAG_ERROR } DiagLevel;

typedef struct {
    DiagLevel level;
    char *file; /* may be NULL: the message has no location */
    int line;   /* 1-based; 0 when unknown */
    int col;    /* 1-based, in characters; 0 when unknown */
    char *msg;
} DiagEntry;

typedef struct {
    DiagEntry *items;
    size_t count, cap;
} Diag;

/* Appends a message; file may be NULL. Never fails (aborts on out of memory). */
void diag_add(Diag *d, DiagLevel level, const char *file, int line, int col, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));
/* Number of entries at `level`. */
size_t diag_count(const Diag *d, DiagLevel level);
/* Formats one entry as "file:line:col: error: msg" into buf (always
 * terminated), control characters escaped (diag_escape).
 * The level word is translated through gettext. */
void diag_format(const DiagEntry *e, char *buf, size_t size);
/* Writes every entry to f, one line each, as "<prefix>: <diag_format>"
 * (the bare line when prefix is NULL). */
void diag_print(const Diag *d, FILE *f, const char *prefix);
/* Copies in to out (always terminated, cut at size) with every C0 and C1
 * control byte, ESC and CSI among them, written as \xNN or \uNNNN: a file
 * named with a terminal escape sequence is shown, not obeyed. */
void diag_escape(const char *in, char *out, size_t size);
/* Frees every entry; the Diag can be reused. */
void diag_clear(Diag *d);

#endif
