/* bank: the questions the game can play, read from Moodle GIFT files.
 * Parsing works from memory (bank_add_gift); bank_load_path is a thin
 * wrapper that reads files. Questions live as long as the Bank. */
#ifndef AMAN_BANK_H
#define AMAN_BANK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "diag.h"
#include "question.h"

/* What fits on a card and what a bank file may be; longer is an error. */
#define BANK_MAX_TEXT_CHARS 400     /* question text, in characters */
#define BANK_MAX_CHOICE_CHARS 120   /* one answer choice */
#define BANK_MAX_FEEDBACK_CHARS 600 /* any feedback, and the @source sentence */
#define BANK_MAX_LINE_BYTES 4096
#define BANK_MAX_FILE_BYTES (4u * 1024u * 1024u)
#define BANK_MAX_ERRORS 50 /* per file; parsing stops after that many */

typedef struct Bank Bank;

/* Whether the catalog (or anything beyond the file) has Urdu for q. */
typedef bool (*BankHasUrduFn)(void *ctx, const Question *q);

Bank *bank_new(void);
void bank_free(Bank *b);

/* Parses GIFT text (UTF-8, optional BOM, LF or CRLF) named `name` in
 * messages and derived ids. All or nothing: on any error appends errors to
 * diag, adds no question and returns false. Unplayable items (matching,
 * essay, description) are skipped with a warning. */
bool bank_add_gift(Bank *b, const char *name, const char *data, size_t len, Diag *diag);

/* Adds a .gift file, or every *.gift file in a folder (sorted by name).
 * Returns false when any file had errors; the other files are still added. */
bool bank_load_path(Bank *b, const char *path, Diag *diag);

/* Adds one .gift file (at most BANK_MAX_FILE_BYTES); messages are named
 * after `path`. Returns false when it could not be read or had errors. */
bool bank_add_file(Bank *b, const char *path, Diag *diag);

/* The .gift files `path` names: itself when it is a file, else the *.gift
 * files directly in the folder (hidden ones skipped), sorted by name
 * (strcmp). Returns a NULL-terminated array, freed by the caller with
 * bank_free_list, and its length in *n (may be NULL); or NULL with an
 * error in diag when the path is missing, unreadable or a folder without
 * .gift files. */
char **bank_list_files(const char *path, size_t *n, Diag *diag);
void bank_free_list(char **files);

#define BANK_NKINDS 5 /* QKIND_CHOICE .. QKIND_SHORT */

/* Counts for one file, as --check-bank reports them. */
typedef struct {
    size_t questions;            /* playable questions */
    size_t by_kind[BANK_NKINDS]; /* of them, per QuestionKind */
    size_t warnings, errors;     /* entries of the Diag */
} BankStats;

/* Counts the questions from index `first` to the end of the bank (those a
 * file just added) and the warnings and errors in diag (may be NULL). */
BankStats bank_stats(const Bank *b, size_t first, const Diag *diag);

/* --check-bank: loads every file of `paths` (files or folders, in order)
 * into one Bank (a name repeated across them gets a derived id), and writes
 * to out, per file, a summary line, its messages in compiler style and a
 * note counting its questions without Urdu (bank_count_lacking_urdu with
 * has_urdu and ctx, which may be NULL), then a total line. Returns true
 * when every file loaded without error. */
bool bank_check(const char *const *paths, size_t n, FILE *out, BankHasUrduFn has_urdu, void *ctx);

size_t bank_count(const Bank *b);
/* The i-th question in load order (i < bank_count), or NULL. */
const Question *bank_question(const Bank *b, size_t i);
/* The question with this id, or NULL. */
const Question *bank_find(const Bank *b, const char *id);

/* The file's own Urdu of one text of question `id` (question_urdu), or
 * NULL; with id NULL, the Urdu of the category named `field`. bank is a
 * const Bank *: the shape of I18nBankUrduFn (i18n.h). */
const char *bank_urdu(const void *bank, const char *id, const char *field);

/* How many of the questions from index `first` on have no Urdu question
 * text: neither the file's own nor, when has_urdu is not NULL, one it finds
 * (the catalog's; ctx is passed through). A text written in Urdu script
 * counts as Urdu. */
size_t bank_count_lacking_urdu(const Bank *b, size_t first, BankHasUrduFn has_urdu, void *ctx);

#endif
