#include "audio.h"

#include <SDL.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "sounds.h"
#include "util.h"

#define MAX_VOICES 8
/* 512 samples: 23 ms of latency at 22050 Hz, part of the 150 ms budget
 * from a tap to the first sound of speech. */
#define DEVICE_SAMPLES 512

typedef enum { AUDIO_SILENT, AUDIO_OFFLINE, AUDIO_DEVICE } AudioKind;

typedef struct {
    int16_t *pcm;
    size_t n;
} Clip;

typedef struct {
    SoundId id;
    size_t pos;
    bool on;
} Voice;

struct Audio {
    AudioKind kind;
    SDL_AudioDeviceID dev;
    SDL_mutex *lock; /* everything below: the callback runs on SDL's thread */
    Clip clips[SOUND_COUNT];
    Voice voices[MAX_VOICES];
    int volume;
    bool muted;
    int16_t *stream; /* queued speech, [head, len) not yet played */
    size_t head, len, cap;
    unsigned generation;
    uint64_t first_sound;
};

static void callback(void *user, Uint8 *out, int bytes)
{
    audio_mix(user, (int16_t *)out, (size_t)bytes / sizeof(int16_t));
}

static Audio *audio_alloc(AudioKind kind)
{
    Audio *a = xcalloc(1, sizeof *a);
    a->kind = kind;
    a->volume = 80;
    a->lock = SDL_CreateMutex();
    for (int i = 0; i < SOUND_COUNT; i++)
        a->clips[i].pcm = sounds_synth((SoundId)i, &a->clips[i].n);
    return a;
}

Audio *audio_new_offline(void)
{
    return audio_alloc(AUDIO_OFFLINE);
}

Audio *audio_open(char *why, size_t whylen)
{
    Audio *a = audio_alloc(AUDIO_SILENT);
    *why = '\0';
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
        snprintf(why, whylen, _("no sound: the audio system could not start (%s)"), SDL_GetError());
        return a;
    }
    SDL_AudioSpec want = {.freq = AUDIO_RATE,
                          .format = AUDIO_S16SYS,
                          .channels = 1,
                          .samples = DEVICE_SAMPLES,
                          .callback = callback,
                          .userdata = a};
    a->dev = SDL_OpenAudioDevice(NULL, 0, &want, NULL, 0);
    if (!a->dev) {
        snprintf(why, whylen, _("no sound: no audio device could be opened (%s)"), SDL_GetError());
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
        return a;
    }
    a->kind = AUDIO_DEVICE;
    SDL_PauseAudioDevice(a->dev, 0);
    return a;
}

void audio_close(Audio *a)
{
    if (!a)
        return;
    if (a->kind == AUDIO_DEVICE) {
        SDL_CloseAudioDevice(a->dev);
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
    }
    for (int i = 0; i < SOUND_COUNT; i++)
        free(a->clips[i].pcm);
    free(a->stream);
    SDL_DestroyMutex(a->lock);
    free(a);
}

bool audio_has_device(const Audio *a)
{
    return a && a->kind == AUDIO_DEVICE;
}

void audio_play(Audio *a, SoundId id)
{
    if (!a || a->kind == AUDIO_SILENT || id >= SOUND_COUNT)
        return;
    SDL_LockMutex(a->lock);
    int slot = 0;
    for (int i = 0; i < MAX_VOICES; i++) {
        if (!a->voices[i].on) {
            slot = i;
            break;
        }
        if (a->voices[i].pos > a->voices[slot].pos)
            slot = i; /* the oldest: furthest into its sound */
    }
    a->voices[slot] = (Voice){id, 0, true};
    SDL_UnlockMutex(a->lock);
}

void audio_set_volume(Audio *a, int percent)
{
    if (!a)
        return;
    SDL_LockMutex(a->lock);
    a->volume = percent < 0 ? 0 : percent > 100 ? 100 : percent;
    SDL_UnlockMutex(a->lock);
}

int audio_volume(const Audio *a)
{
    return a ? a->volume : 0;
}

void audio_set_muted(Audio *a, bool muted)
{
    if (!a)
        return;
    SDL_LockMutex(a->lock);
    a->muted = muted;
    SDL_UnlockMutex(a->lock);
}

bool audio_muted(const Audio *a)
{
    return a && a->muted;
}

bool audio_busy(const Audio *a)
{
    if (!a || a->kind == AUDIO_SILENT)
        return false;
    SDL_LockMutex(a->lock);
    bool busy = a->len > a->head;
    for (int i = 0; i < MAX_VOICES; i++)
        busy |= a->voices[i].on;
    SDL_UnlockMutex(a->lock);
    return busy;
}

void audio_stream_push(Audio *a, unsigned generation, const int16_t *pcm, size_t n)
{
    if (!a || a->kind == AUDIO_SILENT || n == 0)
        return;
    SDL_LockMutex(a->lock);
    if (generation == a->generation) {
        if (a->head > 0 && a->head == a->len)
            a->head = a->len = 0;
        if (a->len + n > a->cap) {
            a->cap = (a->len + n) * 2;
            a->stream = xrealloc(a->stream, a->cap * sizeof *a->stream);
        }
        memcpy(a->stream + a->len, pcm, n * sizeof *pcm);
        a->len += n;
    }
    SDL_UnlockMutex(a->lock);
}

void audio_stream_clear(Audio *a, unsigned generation)
{
    if (!a)
        return;
    SDL_LockMutex(a->lock);
    a->generation = generation;
    a->head = a->len = 0;
    a->first_sound = 0;
    SDL_UnlockMutex(a->lock);
}

size_t audio_stream_pending(const Audio *a)
{
    if (!a)
        return 0;
    SDL_LockMutex(a->lock);
    size_t n = a->len - a->head;
    SDL_UnlockMutex(a->lock);
    return n;
}

uint64_t audio_stream_first_sound(const Audio *a)
{
    if (!a)
        return 0;
    SDL_LockMutex(a->lock);
    uint64_t t = a->first_sound;
    SDL_UnlockMutex(a->lock);
    return t;
}

/* Adds the playing sounds into acc, advancing them. */
static void mix_voices(Audio *a, int32_t *acc, size_t n)
{
    for (int v = 0; v < MAX_VOICES; v++) {
        Voice *vc = &a->voices[v];
        if (!vc->on)
            continue;
        const Clip *c = &a->clips[vc->id];
        size_t k = 0;
        for (; k < n && vc->pos < c->n; k++)
            acc[k] += c->pcm[vc->pos++];
        vc->on = vc->pos < c->n;
    }
}

static void mix_stream(Audio *a, int32_t *acc, size_t n)
{
    size_t avail = a->len - a->head;
    size_t take = avail < n ? avail : n;
    if (take && !a->first_sound)
        a->first_sound = SDL_GetPerformanceCounter();
    for (size_t k = 0; k < take; k++)
        acc[k] += a->stream[a->head + k];
    a->head += take;
}

void audio_mix(Audio *a, int16_t *out, size_t n)
{
    int32_t acc[1024];
    SDL_LockMutex(a->lock);
    /* Gain in 1/65536: (volume/100)^2, 0 when muted. */
    int64_t gain = a->muted ? 0 : (int64_t)a->volume * a->volume * 65536 / 10000;
    for (size_t done = 0; done < n;) {
        size_t m = n - done < ARRAY_LEN(acc) ? n - done : ARRAY_LEN(acc);
        memset(acc, 0, m * sizeof *acc);
        mix_voices(a, acc, m);
        mix_stream(a, acc, m);
        for (size_t k = 0; k < m; k++) {
            int64_t v = (int64_t)acc[k] * gain / 65536;
            out[done + k] = (int16_t)(v > 32767 ? 32767 : v < -32768 ? -32768 : v);
        }
        done += m;
    }
    SDL_UnlockMutex(a->lock);
}
