/* audio: the game's sound through SDL audio: a few sounds synthesised at
 * start-up (sounds.h), one stream of speech PCM that another thread feeds
 * (speech.h), and a mixer with volume and mute. A machine with no audio
 * device gets a silent Audio: every call still works and does nothing, and
 * audio_open says why in one line for the log. docs/audio.md tells why this
 * is plain SDL audio and not SDL2_mixer. */
#ifndef AMAN_AUDIO_H
#define AMAN_AUDIO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Mono, signed 16-bit, espeak-ng's own rate: speech is never resampled. */
#define AUDIO_RATE 22050

typedef enum {
    SOUND_RIGHT,     /* a right answer: two rising notes */
    SOUND_WRONG,     /* a wrong answer: two low falling notes */
    SOUND_TICK,      /* each of the last five seconds of a timed question */
    SOUND_ROUND_END, /* the round's summary: a rising arpeggio */
    SOUND_JOIN,      /* a phone joined the classroom: a bell */
    SOUND_COUNT
} SoundId;

typedef struct Audio Audio;

/* Opens the default output device (SDL_INIT_AUDIO is initialised here).
 * Never NULL: without a device the Audio is silent and why holds one
 * line saying so; why is "" when a device opened. */
Audio *audio_open(char *why, size_t whylen);
/* An Audio without a device, whose samples the caller pulls with audio_mix
 * (tests, benchmarks). */
Audio *audio_new_offline(void);
/* Stops the device and frees everything; NULL is fine. */
void audio_close(Audio *a);
/* True when sound goes to a device (false for silent and offline). */
bool audio_has_device(const Audio *a);

/* Starts a sound from its beginning (up to 8 at once; the oldest gives way). */
void audio_play(Audio *a, SoundId id);
/* 0..100; heard as gain (v/100)^2. Muting keeps time running: a sound
 * muted half-way does not resume later. */
void audio_set_volume(Audio *a, int percent);
int audio_volume(const Audio *a);
void audio_set_muted(Audio *a, bool muted);
bool audio_muted(const Audio *a);
/* Sounds and speech still being played. */
bool audio_busy(const Audio *a);

/* The speech stream. Any thread may push; pcm is copied. A push whose
 * generation is older than the last audio_stream_clear is dropped, so a
 * synthesiser that has not yet noticed a stop cannot sound again. */
void audio_stream_push(Audio *a, unsigned generation, const int16_t *pcm, size_t n);
/* Drops everything queued at once and sets the current generation. */
void audio_stream_clear(Audio *a, unsigned generation);
/* Samples queued and not yet played. */
size_t audio_stream_pending(const Audio *a);
/* SDL_GetPerformanceCounter() when the mixer first played a queued speech
 * sample after the last clear; 0 when it has not yet. */
uint64_t audio_stream_first_sound(const Audio *a);

/* Mixes the next n samples into out: what the device's callback does. */
void audio_mix(Audio *a, int16_t *out, size_t n);

#endif
