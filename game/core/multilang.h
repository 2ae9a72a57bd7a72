/* multilang: the two ways Moodle sites keep several languages in one text,
 * read into the form of one language.
 *
 *  - Moodle's core multilang filter: consecutive
 *    <span lang="en" class="multilang">...</span> blocks (only blanks between
 *    them) form a group; a language shows its own block of each group, else
 *    the group's first block.
 *  - filter_multilang2: {mlang en}...{mlang} blocks (a list "en,ur" allowed);
 *    a language shows the blocks naming it; {mlang other} shows when no block
 *    of the text names the language. Other blocks vanish.
 *
 * Language tags count by their first part: "ur", "ur_PK", "ur-PK", "UR" are
 * Urdu; "en_US" is English. Pure functions over memory; the text is GIFT
 * with its escapes already undone. Nested multilang blocks are not read (the
 * inner tags stay as text). */
#ifndef AMAN_MULTILANG_H
#define AMAN_MULTILANG_H

#include <stdbool.h>
#include <stddef.h>

typedef enum { ML_EN, ML_UR } MlLang;

/* What the blocks of a text name. */
typedef struct {
    bool any;    /* the text has a multilang block */
    bool en, ur; /* some block names English / Urdu */
} MlInfo;

/* Writes the form of s[0..n) in `lang` to out (room for n + 1 bytes; it is
 * terminated) and returns its length; *info (may be NULL) gets what the
 * blocks name. Text outside blocks is kept as it is. */
size_t multilang_pick(const char *s, size_t n, MlLang lang, char *out, MlInfo *info);

/* For a scanner of raw GIFT: the length of a multilang tag starting at s
 * ("{mlang xx}", "{mlang}", or an opening <span ...> tag whose class is
 * multilang), so that its braces and '=' are not read as GIFT syntax; 0 when
 * s does not start one. n is what is left of the text. */
size_t multilang_tag_len(const char *s, size_t n);

#endif
