/* speech: reading aloud with espeak-ng, offline, in English and Urdu.
 *
 * espeak-ng keeps global state and is not thread-safe, so one worker thread
 * owns it: every call here only posts a request and returns (the blocking
 * ones wait for the worker, never for the device). The worker synthesises in
 * small chunks and pushes each one to the Audio's speech stream at once, so
 * the first sound comes before the whole text is made. A text once spoken
 * is kept (per round: speech_new_round empties the cache) and replayed
 * without synthesis.
 *
 * espeak-ng is optional at build time (AMAN_HAVE_ESPEAK): without it
 * speech_open returns NULL and says why. */
#ifndef AMAN_SPEECH_H
#define AMAN_SPEECH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "audio.h"
#include "i18n.h"
#include "speech_text.h"

typedef struct Speech Speech;

/* 1 when this build reads aloud (espeak-ng was found), else 0. */
#ifdef AMAN_HAVE_ESPEAK
#define AMAN_SPEECH_BUILT 1
#else
#define AMAN_SPEECH_BUILT 0
#endif

/* One text to read, already made ready by speech_text_card or
 * speech_text_prepare, in the voice of lang. */
typedef struct {
    Lang lang;
    const char *text;
} SpeechPart;

#define SPEECH_MAX_PARTS 4

/* Starts the worker and espeak-ng in it. One Speech per process at a time
 * (espeak-ng's state is global: a second open returns NULL and says so).
 * The Audio must outlive the Speech; it may be silent. lexicon_path names
 * the pronunciation table (a missing or bad one is said in why, and speech
 * works without it). Returns NULL with one line in why when espeak-ng is
 * not built in or cannot start. */
Speech *speech_open(Audio *audio, const char *lexicon_path, char *why, size_t whylen);
/* Stops reading, ends the worker, frees everything; NULL is fine. */
void speech_close(Speech *sp);
/* The lexicon to prepare texts with; owned by sp. */
const SpeechLexicon *speech_lexicon(const Speech *sp);

/* Stops what is being read, then reads the parts one after another.
 * Returns at once; texts are copied. */
void speech_say(Speech *sp, const SpeechPart *parts, int n);
/* Silence at once: the queued speech is dropped, synthesis is abandoned. */
void speech_stop(Speech *sp);
/* True from speech_say until the last sample has been played (or the
 * worker is still making it). */
bool speech_speaking(Speech *sp);
/* Forgets the texts spoken so far (a new round). */
void speech_new_round(Speech *sp);
/* Texts in the cache, and how many reads were served from it. */
size_t speech_cached(Speech *sp, size_t *hits);

/* Synthesises text in lang's voice into a new buffer of AUDIO_RATE mono
 * samples (*n of them), waiting for the worker. NULL when synthesis
 * failed. The caller frees. */
int16_t *speech_render(Speech *sp, Lang lang, const char *text, size_t *n);
/* espeak-ng's phonemes for text (as `espeak-ng -x` prints them), waiting
 * for the worker. The caller frees. */
char *speech_phonemes(Speech *sp, Lang lang, const char *text);

#endif
