#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "util.h"

void diag_add(Diag *d, DiagLevel level, const char *file, int line, int col, const char *fmt, ...)
{
    if (d->count == d->cap) {
        d->cap = d->cap ? d->cap * 2 : 8;
        d->items = xrealloc(d->items, d->cap * sizeof *d->items);
    }
    va_list ap;
    va_start(ap, fmt);
    char *msg = xvasprintf(fmt, ap);
    va_end(ap);
    d->items[d->count++] = (DiagEntry){
        .level = level,
        .file = file ? xstrdup(file) : NULL,
        .line = line,
        .col = col,
        .msg = msg,
    };
}

size_t diag_count(const Diag *d, DiagLevel level)
{
    size_t n = 0;
    for (size_t i = 0; i < d->count; i++)
        n += d->items[i].level == level;
    return n;
}

void diag_escape(const char *in, char *out, size_t size)
{
    if (size == 0)
        return;
    size_t o = 0;
    for (const unsigned char *p = (const unsigned char *)in; *p; p++) {
        char esc[8] = "";
        if (*p < 0x20 || *p == 0x7F)
            snprintf(esc, sizeof esc, "\\x%02x", *p);
        else if (*p == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F) /* C1: U+0080..U+009F, CSI */
            snprintf(esc, sizeof esc, "\\u%04x", *++p);
        size_t n = esc[0] ? strlen(esc) : 1;
        if (o + n >= size)
            break;
        if (esc[0])
            memcpy(out + o, esc, n);
        else
            out[o] = (char)*p;
        o += n;
    }
    out[o] = '\0';
}

void diag_format(const DiagEntry *e, char *buf, size_t size)
{
    char *raw = NULL;
    const char *word = e->level == DIAG_ERROR     ? _("error")
                       : e->level == DIAG_WARNING ? _("warning")
                                                  : _("note");
    if (e->file && e->line > 0 && e->col > 0)
        raw = xasprintf("%s:%d:%d: %s: %s", e->file, e->line, e->col, word, e->msg);
    else if (e->file && e->line > 0)
        raw = xasprintf("%s:%d: %s: %s", e->file, e->line, word, e->msg);
    else if (e->file)
        raw = xasprintf("%s: %s: %s", e->file, word, e->msg);
    else
        raw = xasprintf("%s: %s", word, e->msg);
    diag_escape(raw, buf, size); /* a file name cannot drive the terminal */
    free(raw);
}

void diag_clear(Diag *d)
{
    for (size_t i = 0; i < d->count; i++) {
        free(d->items[i].file);
        free(d->items[i].msg);
    }
    free(d->items);
    *d = (Diag){0};
}

void diag_print(const Diag *d, FILE *f, const char *prefix)
{
    char line[8192];
    for (size_t i = 0; i < d->count; i++) {
        diag_format(&d->items[i], line, sizeof line);
        if (prefix)
            fprintf(f, "%s: %s\n", prefix, line);
        else
            fprintf(f, "%s\n", line);
    }
}
