/* itemstats: item analysis of a set of attempts, as Moodle's quiz
 * statistics define it (docs/reports.md cites the definition):
 *
 *   facility F = mean mark / maximum mark (here marks are fractions 0..1);
 *   discrimination D = Cov(x, X - x) / sqrt(V(x) V(X - x)), the correlation
 *   between the mark for this question, x, and the mark for the rest of the
 *   same attempt, X - x, with sample (n - 1) variances. Undefined (has_d
 *   false) with fewer than two attempts or when either variance is zero.
 *
 * Moodle prints both as percentages; here they are fractions (0.2 = 20%).
 * An attempt is one session; give one response per attempt and question
 * (the latest, as Moodle counts the latest step). Pure: no I/O. */
#ifndef AMAN_ITEMSTATS_H
#define AMAN_ITEMSTATS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The thresholds a question is flagged at. */
#define ITEMSTATS_FACILITY_LOW 0.20
#define ITEMSTATS_FACILITY_HIGH 0.95
#define ITEMSTATS_DISCRIMINATION_LOW 0.20

enum {
    ITEM_TOO_HARD = 1 << 0,          /* facility below 20% */
    ITEM_TOO_EASY = 1 << 1,          /* facility above 95% */
    ITEM_LOW_DISCRIMINATION = 1 << 2 /* discrimination below 0.2 (or negative) */
};

typedef struct {
    const char *key; /* the answer chosen (QuizOutcome.chosen_key), "" for none */
    int count;
} ItemWrong;

typedef struct {
    const char *id; /* the question id (owned by the ItemStats) */
    int n;          /* attempts that include it */
    double facility;
    double discrimination;
    bool has_d;
    unsigned flags;   /* ITEM_* */
    ItemWrong *wrong; /* answers given without full marks, most chosen first */
    size_t n_wrong;
} ItemStat;

typedef struct ItemStats ItemStats;

ItemStats *itemstats_new(void);
void itemstats_free(ItemStats *s);
/* Adds the response to question of one attempt: its mark 0..1 and the key
 * of the answer chosen (NULL or "" for none). Strings are copied. */
void itemstats_add(ItemStats *s, int64_t attempt, const char *question, double mark,
                   const char *chosen);
/* Computes every question's statistics, once, after the last add (adding
 * after it is a programmer error). Items are
 * then in the order their questions were first added. */
void itemstats_compute(ItemStats *s);
size_t itemstats_count(const ItemStats *s);
/* The i-th question's statistics, valid until itemstats_free. */
const ItemStat *itemstats_get(const ItemStats *s, size_t i);
/* The flags for a facility and discrimination (has_d false: no D flag). */
unsigned itemstats_flags(double facility, double discrimination, bool has_d);

#endif
