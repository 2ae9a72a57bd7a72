/* wav: writes mono 16-bit PCM as a RIFF WAVE file (--speak --wav). */
#ifndef AMAN_WAV_H
#define AMAN_WAV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Writes n samples at rate Hz to path. Returns false with a message naming
 * the path in err when it cannot be written (a partial file is removed). */
bool wav_write(const char *path, const int16_t *pcm, size_t n, int rate, char *err, size_t errlen);

#endif
