/* bank: the questions the game can play, read from Moodle GIFT files.
 * Parsing works from memory (bank_add_gift); bank_load_path is a thin
 * wrapper that reads files. Questions live as long as the Bank. */
#ifndef AMAN_BANK_H
#define AMAN_BANK_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "question.h"

typedef struct Bank Bank;

Bank *bank_new(void);
void bank_free(Bank *b);

/* Parses GIFT text (UTF-8, optional BOM, LF or CRLF) named `name` in
 * messages and derived ids. All or nothing: on any error appends errors to
 * diag, adds no question and returns false. Unplayable items (matching,
 * essay, short answer, description) are skipped with a warning. */
bool bank_add_gift(Bank *b, const char *name, const char *data, size_t len, Diag *diag);

/* Adds a .gift file, or every *.gift file in a folder (sorted by name).
 * Returns false when any file had errors; the other files are still added. */
bool bank_load_path(Bank *b, const char *path, Diag *diag);

size_t bank_count(const Bank *b);
/* The i-th question in load order (i < bank_count), or NULL. */
const Question *bank_question(const Bank *b, size_t i);
/* The question with this id, or NULL. */
const Question *bank_find(const Bank *b, const char *id);

#endif
