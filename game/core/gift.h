/* gift: the Moodle GIFT parser behind bank.h (internal to the core).
 * gift.c reads the structure (paragraphs, comments, titles, braces),
 * gift_answers.c what is between the braces, and gift_text.c the pieces
 * they are made of: an arena for the strings, UTF-8 checks, positions, text
 * reduction and numbers. */
#ifndef AMAN_GIFT_H
#define AMAN_GIFT_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "question.h"

/* Bump allocator: everything a parsed file owns lives in one arena, so a
 * refused file is dropped whole and an accepted one is spliced into the Bank. */
typedef struct GiftChunk GiftChunk;
typedef struct {
    GiftChunk *chunks;
} GiftArena;

void *gift_arena_alloc(GiftArena *a, size_t n); /* zeroed, aligned for any type */
char *gift_arena_strndup(GiftArena *a, const char *s, size_t n);
void gift_arena_splice(GiftArena *dst, GiftArena *src); /* moves src's chunks into dst */
void gift_arena_free(GiftArena *a);

/* The questions read from one file; on success the Bank takes them over. */
typedef struct {
    Question **items;
    size_t count, cap;
    GiftArena arena;
} GiftBatch;

/* Parses one file into *out (which must be zeroed). Appends warnings and
 * errors to diag; returns false when there was any error (out then holds
 * whatever was read, to be freed with gift_batch_free). */
bool gift_parse(GiftBatch *out, const char *name, const char *data, size_t len, Diag *diag);
void gift_batch_free(GiftBatch *b);

/* ---- gift_text.c ---- */

/* Text formats of GIFT's [plain] [markdown] [html] [moodle] prefixes. */
typedef enum { GIFT_FMT_PLAIN, GIFT_FMT_MARKDOWN, GIFT_FMT_HTML } GiftFormat;

/* Offset of the first invalid UTF-8 sequence (or NUL byte) in s, or len. */
size_t gift_utf8_check(const char *s, size_t len);
/* Number of characters (code points) in valid UTF-8. */
size_t gift_utf8_len(const char *s, size_t len);
/* Line (1-based) and column (1-based, in characters) of byte `off`, counted
 * from `start`, which lies at line `line0`, column 1. */
void gift_position(const char *start, size_t off, int line0, int *line, int *col);

/* Reduces raw GIFT source text to the plain text of a card: undoes escapes
 * (\n is a line break, source line breaks are spaces), strips HTML tags or
 * Markdown emphasis, collapses blanks and trims. Returns a string in the
 * arena; *nchars gets its length in characters. */
const char *gift_plain(GiftArena *a, const char *s, size_t n, GiftFormat fmt, size_t *nchars);

/* A text in its two forms (multilang.h): en is the English form or the only
 * one (never NULL, maybe ""); ur the Urdu form when the text gives one that
 * differs, else NULL. Lengths in characters. A leading [html] (etc.) of the
 * text itself overrides fmt, as in Moodle. Strings in the arena. */
typedef struct {
    const char *en, *ur;
    size_t en_chars, ur_chars;
} GiftText;
GiftText gift_text(GiftArena *a, const char *s, size_t n, GiftFormat fmt);

/* Length of a leading "[html]" (etc., after blanks) of s, setting *fmt; 0
 * when there is none. */
size_t gift_format_len(const char *s, size_t n, GiftFormat *fmt);

/* Parses a decimal number ("-12", "3.5", "1e3") filling all of s[0..n)
 * after trimming blanks; locale-independent. False when malformed. */
bool gift_number(const char *s, size_t n, double *out);

/* ---- shared by gift.c and gift_answers.c only ---- */

typedef struct {
    GiftBatch *out;
    Diag *diag;
    const char *name; /* as given, for messages */
    const char *file; /* arena copy of name, for Question.file */
    const char *base; /* name without its folders, for derived ids */
    char *buf;        /* the file without BOM, CRLF turned to LF; ours */
    size_t len;
    const char *category, *category_ur;
    int nerrors;
    /* the paragraph being read */
    size_t bstart;
    int bline;
    size_t qs, ob; /* question start, its '{' */
    int difficulty;
    const char *source, *source_ur;
    bool has_meta;
    size_t meta_at;
} Gift;

typedef enum { ANS_OK, ANS_SKIP, ANS_ERROR } AnsResult;

/* Messages at byte `off` of g->buf, located by line and column. */
void gift_error(Gift *g, size_t off, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void gift_warn(Gift *g, size_t off, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* First unescaped char of `set` / occurrence of `str` in [from, to), or to. */
size_t gift_find_any(const Gift *g, size_t from, size_t to, const char *set);
size_t gift_find_str(const Gift *g, size_t from, size_t to, const char *str);
size_t gift_skip_blank(const Gift *g, size_t i, size_t to);
size_t gift_trim_end(const Gift *g, size_t from, size_t to);
/* gift_plain / gift_text of g->buf[s..e) into the batch's arena. */
const char *gift_plain_at(Gift *g, size_t s, size_t e, GiftFormat fmt, size_t *nchars);
GiftText gift_text_at(Gift *g, size_t s, size_t e, GiftFormat fmt);
/* Feedback text of [s,e) into *out and its Urdu into *ur (NULL when blank
 * or none); false (with an error) when a form is too long. */
bool gift_feedback(Gift *g, size_t s, size_t e, GiftFormat fmt, const char **out, const char **ur);
/* Reads the answer list in [a, b) (between the braces at g->ob and b) into
 * q: its kind and answers, its general feedback. */
AnsResult gift_answers(Gift *g, Question *q, size_t a, size_t b, GiftFormat fmt);

#endif
