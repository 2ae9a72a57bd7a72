/* gift_export: writes a Bank back as Moodle GIFT, both languages in one
 * file as Moodle's multilang spans, so a teacher can take a bilingual bank
 * into Moodle, and this game reads it back as it was (gift.h, multilang.h).
 *
 * Per question: a "$CATEGORY:" line when the category changes, the
 * "// @difficulty" and "// @source" metadata comments, "::id::[html]text",
 * the answers with their weights and feedback, "####" general feedback.
 * Texts are HTML (entities for & < >, <br> for a line break) with GIFT's
 * special characters escaped. */
#ifndef AMAN_GIFT_EXPORT_H
#define AMAN_GIFT_EXPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "bank.h"

/* The Urdu of one text of q beyond the question's own (question_urdu), e.g.
 * the catalog's; NULL when there is none. field is as in question_urdu, or
 * "category" for q->category. Returned strings must live until the export
 * returns. */
typedef const char *(*GiftUrduFn)(void *ctx, const Question *q, const char *field,
                                  const char *english);

/* Writes every question of b to out. urdu may be NULL (then only the
 * questions' own Urdu is written). Returns false when writing failed. */
bool gift_export(const Bank *b, FILE *out, GiftUrduFn urdu, void *ctx);

/* A GiftUrduFn over the gettext catalog (i18n_bank, i18n_category with
 * Urdu active; ctx unused). It switches the process's language to Urdu and
 * back for each lookup, so call it from the main thread only. */
const char *gift_export_catalog_urdu(void *ctx, const Question *q, const char *field,
                                     const char *english);

#endif
