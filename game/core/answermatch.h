/* answermatch: whether a typed short answer matches an accepted one, the
 * forgiving way a teacher means it in both scripts. Both sides are folded
 * first:
 *  - surrounding blanks dropped, inner runs of blanks made one space;
 *  - Latin letters compared without case (ASCII and Latin-1);
 *  - Arabic letter forms as their Urdu ones: kaf U+0643 as keheh U+06A9,
 *    yeh U+064A and alef maksura U+0649 as Farsi yeh U+06CC, heh U+0647 as
 *    heh goal U+06C1;
 *  - diacritics dropped: the harakat U+064B..U+065F (zabar, zer, pesh,
 *    tashdid, jazm, tanwin...), superscript alef U+0670, tatweel U+0640,
 *    and the invisible marks ZWNJ, ZWJ, LRM, RLM, LRI..PDI;
 *  - Urdu digits U+06F0..U+06F9 and Arabic-Indic digits U+0660..U+0669 as
 *    ASCII digits.
 * Then Moodle's '*' in the accepted answer matches any run of characters
 * (none included); "\*" is a literal star. Pure; UTF-8 in, invalid bytes
 * compare as themselves. */
#ifndef AMAN_ANSWERMATCH_H
#define AMAN_ANSWERMATCH_H

#include <stdbool.h>
#include <stddef.h>

/* True when `typed` matches `accepted` (a Moodle short-answer pattern). */
bool answermatch(const char *accepted, const char *typed);

/* The folded form of s (as above, '*' kept), into out (always terminated,
 * cut at a character boundary); returns out. For tests and messages. */
char *answermatch_fold(const char *s, char *out, size_t size);

#endif
