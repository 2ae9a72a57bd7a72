/* results: the SQLite store of sessions, answers and high scores.
 *
 * Durability: every answer is committed in its own transaction as it is
 * given, with WAL and synchronous=FULL, so neither kill -9 nor a power cut
 * loses an answer whose results_add_answer returned true. With the writer
 * thread started (results_writer.h, the interactive game) the writes are
 * queued and performed in order on that thread, a few milliseconds later;
 * results_flush, results_save_pending and results_close wait for them.
 *
 * Never in the game's way: results_open always returns a store. When SQLite
 * says the file is damaged (SQLITE_CORRUPT, SQLITE_NOTADB, a failed
 * quick_check) it is moved aside to "<path>.corrupt-YYYYmmdd-HHMMSS", a
 * fresh database is started and every row SQLite can still read is copied
 * into it, with a warning saying how many answers came back. A database of
 * a newer version or another program is left untouched, and the store is
 * disabled. When nothing can be written (read-only folder, no space at the
 * start) the store is "disabled": an error is added to the Diag, writes
 * return false, queries return nothing, and the game plays on.
 *
 * Two games on one file: the schema is read and migrated inside one BEGIN
 * IMMEDIATE, and a busy timeout makes each wait for the other's write.
 *
 * A write that fails once the store is open (a full disk) is queued, not
 * lost: every later write first retries the queue, oldest first. What is
 * still queued at results_save_pending/results_close goes to the side file
 * "<path>.unsaved", which the next results_open reads back and saves.
 *
 * Times are ISO 8601 strings passed in by the caller ("2026-11-28T14:05:09
 * +05:00" style, see results_format_time); dates are "YYYY-MM-DD" and are
 * compared with the first ten characters of a time. */
#ifndef AMAN_RESULTS_H
#define AMAN_RESULTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <time.h>

#include "bank.h"
#include "diag.h"

typedef struct Results Results;

/* The schema version this build writes (PRAGMA user_version). */
#define RESULTS_SCHEMA_VERSION 6

/* High scores kept per mode: the best this many of all time and of each
 * day; the rest are deleted as each new one is added. */
#define RESULTS_KEEP_SCORES 50

/* Opens or creates the database at path, migrating an older schema. Never
 * NULL; see above for damaged and unwritable files. Close with
 * results_close. */
Results *results_open(const char *path, Diag *diag);
/* Opens an existing database only to read it (the export): nothing is
 * migrated, moved, created or written, and it works on a read-only file
 * system. NULL with an error in diag when it cannot be read. */
Results *results_open_readonly(const char *path, Diag *diag);
/* Tries the queued writes once more; what is still unsaved goes to the
 * side file, with a warning in diag saying how many answers and where.
 * Returns the answers that could not be saved (0: all saved). */
size_t results_save_pending(Results *r, Diag *diag);
/* Answers refused and not yet in the database (after results_flush). */
size_t results_unsaved(Results *r);
/* Saves what it can as results_save_pending does (silently), then frees.
 * Both first let the writer thread write everything queued and end it. */
void results_close(Results *r);
/* True when writes go to the database (not disabled, not read-only). */
bool results_enabled(const Results *r);
const char *results_path(const Results *r);
/* The last failure of a write or query, or "" (owned by r). */
const char *results_error(const Results *r);

/* The folder for results: `override` (--data-dir) when not NULL, else
 * $XDG_DATA_HOME/amanquiz or ~/.local/share/amanquiz; created when missing.
 * Returns a string the caller frees, or NULL with an error in diag. */
char *results_data_dir(const char *override, Diag *diag);
/* "<dir>/results.sqlite"; the caller frees. */
char *results_default_path(const char *dir);

/* Local time t as "YYYY-MM-DDTHH:MM:SS+hh:mm" into buf (>= 32 bytes), and
 * its date "YYYY-MM-DD" (>= 11 bytes). */
void results_format_time(time_t t, char *buf, size_t size);
void results_format_date(time_t t, char *buf, size_t size);

/* A session is one round of one player. mode: "play", "classroom",
 * "training", "kiosk"; trainee (the ID) and player (the name a phone or a
 * team goes by) may be NULL. Returns the session id (> 0), a key (< 0)
 * standing for it while the write is queued, or 0 when disabled. */
int64_t results_session_begin(Results *r, const char *mode, const char *trainee, const char *player,
                              const char *lang, const char *started);
bool results_session_end(Results *r, int64_t session, const char *ended, int score);

typedef struct {
    const char *time; /* when it was answered */
    const char *question_id;
    const char *chosen; /* QuizOutcome.chosen_key; "" for a timeout */
    bool correct;       /* full marks */
    double fraction;    /* credit 0..1 */
    int points;
    int64_t ms;       /* time taken */
    const char *lang; /* "en" / "ur" */
} ResultsAnswer;

/* Commits one answer durably (its own transaction) before returning true.
 * False: disabled, or queued (results_error says why) and saved later.
 * With the writer thread: true once queued for it (a refusal is told by
 * results_take_failure). */
bool results_add_answer(Results *r, int64_t session, const ResultsAnswer *a);

typedef struct {
    char name[64]; /* player, trainee or team name */
    int score;
    char date[32]; /* the time it was set */
} ResultsScore;

bool results_add_high_score(Results *r, const char *mode, const char *name, int score,
                            const char *time);
/* Up to max best scores of mode, highest first (ties: earliest first), all
 * time when day is NULL, else only those set on day ("YYYY-MM-DD"). Returns
 * how many were written to out. */
size_t results_high_scores(Results *r, const char *mode, const char *day, ResultsScore *out,
                           size_t max);

/* "Drill my mistakes": ids of the questions whose latest answer by this
 * trainee was not fully correct, latest mistake first. Returns an array of
 * *n strings the caller frees with results_free_ids (NULL when *n == 0). */
char **results_mistakes(Results *r, const char *trainee, size_t *n);
void results_free_ids(char **ids, size_t n);

/* Writes a CSV header and one row per answer, oldest first: trainee,
 * session, time, question_id, chosen, correct (1/0), points, milliseconds,
 * language, question, source, player (RFC 4180 quoting). question and
 * source, in English, come from bank (may be NULL) and are empty for an id
 * it does not hold, so a trainer reviewing a mistake sees the question and
 * the statement's sentence behind it. player (schema 5) is the name the
 * session's player went by (a phone's), empty when none was stored; it is
 * last so that readers of the older eleven columns keep working. trainee
 * and since ("YYYY-MM-DD", answers on or after that date) filter when not
 * NULL. Returns false with an error in diag when the store is disabled,
 * since is malformed or writing fails. */
bool results_export_csv(Results *r, FILE *out, const char *trainee, const char *since,
                        const Bank *bank, Diag *diag);
/* The same export into the file target, through a temporary file beside it
 * renamed over it only when every byte is written: a failed export leaves
 * what was at target as it was. A target that exists and is not a regular
 * file (a device, a FIFO, a folder) is refused. */
bool results_export_file(Results *r, const char *target, const char *trainee, const char *since,
                         const Bank *bank, Diag *diag);
/* The mechanism behind results_export_file for any CSV source (the fleet's
 * central database too): write(out, ctx, diag) fills a temporary file beside
 * target, which replaces target only when write returned true and every byte
 * reached the disk. */
typedef bool (*ResultsWriter)(FILE *out, void *ctx, Diag *diag);
bool results_write_export(const char *target, ResultsWriter write, void *ctx, Diag *diag);

#endif
