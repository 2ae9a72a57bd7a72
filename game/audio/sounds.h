/* sounds: the game's sounds, synthesised in code at AUDIO_RATE (no files,
 * no licence to carry): sine notes with a soft attack and an exponential
 * decay, a few partials each. */
#ifndef AMAN_SOUNDS_H
#define AMAN_SOUNDS_H

#include <stddef.h>
#include <stdint.h>

#include "audio.h"

/* The samples of sound id; *n gets their count. The caller frees. */
int16_t *sounds_synth(SoundId id, size_t *n);
/* Its name ("right", "wrong", "tick", "round_end", "join"). */
const char *sounds_name(SoundId id);

#endif
