/* speech_text: what the speech engine is given to read aloud, in which
 * voice. Pure text preparation, no engine: the question card's texts become
 * "question. A: answer. B: answer." in one language, Urdu digits become the
 * ASCII digits espeak-ng reads (it says nothing for U+06F0..06F9), bidi
 * marks are dropped, years are said as years ("19 60" in English, "19 سو 60"
 * in Urdu: a Pakistani listener hears "unnees sau saath", not "ek hazaar nau
 * sau saath"), and the words of a pronunciation lexicon
 * (assets/speech/pronounce.tsv) are replaced by spellings the voice says
 * right. */
#ifndef AMAN_SPEECH_TEXT_H
#define AMAN_SPEECH_TEXT_H

#include <stdbool.h>

#include "diag.h"
#include "i18n.h"
#include "question.h"

typedef struct SpeechLexicon SpeechLexicon;

/* An empty lexicon (no replacements). Free with speech_lexicon_free. */
SpeechLexicon *speech_lexicon_new(void);
void speech_lexicon_free(SpeechLexicon *lx);
/* Adds the rows of a TSV text: `lang<TAB>word<TAB>say` per line, lang "en"
 * or "ur"; '#' starts a comment line; blank lines are skipped. `name` is
 * used in messages ("pronounce.tsv:3:1: error: ..."). A bad row is skipped
 * with an error in diag; returns false when any row was bad. */
bool speech_lexicon_parse(SpeechLexicon *lx, const char *name, const char *text, Diag *diag);
/* Reads a TSV file as above; false with an error naming the path when it
 * cannot be read. */
bool speech_lexicon_load(SpeechLexicon *lx, const char *path, Diag *diag);
/* Number of rows for lang. */
int speech_lexicon_count(const SpeechLexicon *lx, Lang lang);

/* One text made ready for lang's voice (see the top of this header). lx may
 * be NULL. Returns a string the caller frees; never NULL. */
char *speech_text_prepare(const SpeechLexicon *lx, Lang lang, const char *text);

/* The question card in one language, as shown: the answers in displayed
 * order (badge A first). Strings are borrowed for the call. */
typedef struct {
    const char *question;
    const char *answers[QUESTION_MAX_CHOICES];
    int n_answers;
} SpeechCard;

/* The card of q in the active language (i18n_bank), answers in the bank's
 * order; True / False for a true-false question, none for a numeric or a
 * short-answer one (its answers are what the player must type).
 * The strings live as long as the bank and the catalog. */
void speech_card_of(const Question *q, SpeechCard *card);

/* "question. A: answer. B: answer." with the badge letters as lang says them
 * (Urdu: "اے", "بی", ...), prepared as speech_text_prepare does. Returns a
 * string the caller frees. */
char *speech_text_card(const SpeechLexicon *lx, Lang lang, const SpeechCard *card);

/* espeak-ng's voice name for lang ("en", "ur"). */
const char *speech_voice(Lang lang);

#endif
