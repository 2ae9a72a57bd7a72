/* report: the trainer's report as one self-contained HTML file: the
 * cohort, topics, item analysis and each trainee, with charts as inline SVG
 * (svg.h), no script, the Nastaliq font embedded as a data: URL when given,
 * and in Urdu dir="rtl" with Urdu digits when that setting is on. Texts are
 * in the active language (i18n.h). Writing is pure formatting of a Cohort
 * (cohort.h); docs/reports.md describes what each part shows. */
#ifndef AMAN_REPORT_H
#define AMAN_REPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "bank.h"
#include "cohort.h"

typedef struct {
    int pass_mark;         /* percent */
    const char *generated; /* "YYYY-MM-DD", shown in the header */
    const char *since;     /* the --since filter, or NULL */
    const char *trainee;   /* the --trainee filter, or NULL */
    /* The Urdu font to embed (a TrueType file's bytes), or NULL. */
    const unsigned char *font;
    size_t font_len;
    /* Where the answers come from when not this device (the central
     * database's redacted URL), shown in the header; NULL for none. */
    const char *source;
} ReportOptions;

/* Writes the report of c (questions' texts from bank, which may be NULL).
 * Returns false when writing fails (errno tells why). */
bool report_write(FILE *out, const Cohort *c, const Bank *bank, const ReportOptions *opt);

/* The CSS class word of an item's flags ("too-hard too-easy low-discrimination"
 * subsets, "" for none) into buf; returns buf. */
const char *report_flag_words(unsigned flags, char *buf, size_t size);

#endif
