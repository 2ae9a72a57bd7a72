/* speak: `amanquiz --speak QUESTION_ID --lang en|ur --wav FILE.wav` reads one
 * question and its answers aloud into a WAV file, as the speaker button
 * would (answers in the bank's order). No display, no audio device. */
#ifndef AMAN_SPEAK_H
#define AMAN_SPEAK_H

#include "cli.h"

/* Returns the process exit status: 0 written, 1 on any error (said on
 * stderr, compiler-style where there is a place to name). */
int speak_main(const CliOptions *opt, const char *exe_dir);

#endif
