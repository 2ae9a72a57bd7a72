#include "sounds.h"

#include <math.h>
#include <stdlib.h>

#include "util.h"

typedef struct {
    float start_s, dur_s; /* when the note begins, how long it rings */
    float freq, amp;      /* Hz, 0..1 */
    float decay;          /* e-folds over the note: larger is drier */
    int partials;         /* 1: pure; more: 1/k harmonics (brighter, buzzier) */
    float bell;           /* amplitude of an inharmonic partial at 2.76 f */
} Note;

typedef struct {
    const char *name;
    float length_s;
    Note notes[4];
    int n;
} SoundDef;

/* Pleasant and short: the whole table is the sound design. */
static const SoundDef defs[SOUND_COUNT] = {
    [SOUND_RIGHT] = {"right",
                     0.36f,
                     {{0, 0.12f, 659.3f, 0.30f, 3, 2, 0}, {0.09f, 0.27f, 880.0f, 0.32f, 4, 2, 0}},
                     2},
    [SOUND_WRONG] = {"wrong",
                     0.42f,
                     {{0, 0.16f, 311.1f, 0.26f, 3, 4, 0}, {0.13f, 0.29f, 233.1f, 0.28f, 4, 4, 0}},
                     2},
    [SOUND_TICK] = {"tick", 0.04f, {{0, 0.04f, 1760.0f, 0.16f, 9, 1, 0}}, 1},
    [SOUND_ROUND_END] = {"round_end",
                         0.85f,
                         {{0, 0.20f, 523.3f, 0.24f, 3, 2, 0},
                          {0.11f, 0.20f, 659.3f, 0.24f, 3, 2, 0},
                          {0.22f, 0.20f, 784.0f, 0.24f, 3, 2, 0},
                          {0.33f, 0.52f, 1046.5f, 0.28f, 4, 2, 0}},
                         4},
    [SOUND_JOIN] = {"join",
                    0.70f,
                    {{0, 0.45f, 987.8f, 0.22f, 5, 1, 0.25f},
                     {0.12f, 0.58f, 1318.5f, 0.22f, 5, 1, 0.25f}},
                    2},
};

static void add_note(float *buf, size_t n, const Note *nt)
{
    const float pi2 = 6.2831853f;
    size_t s0 = (size_t)(nt->start_s * AUDIO_RATE);
    size_t len = (size_t)(nt->dur_s * AUDIO_RATE);
    size_t attack = AUDIO_RATE / 200; /* 5 ms: no click at the start */
    for (size_t i = 0; i < len && s0 + i < n; i++) {
        float t = (float)i / AUDIO_RATE;
        float env = expf(-nt->decay * (float)i / (float)len);
        if (i < attack)
            env *= (float)i / (float)attack;
        if (len - i < attack) /* and none at the end */
            env *= (float)(len - i) / (float)attack;
        float v = 0;
        for (int k = 1; k <= nt->partials; k++)
            v += sinf(pi2 * nt->freq * (float)k * t) / (float)k;
        v += nt->bell * sinf(pi2 * nt->freq * 2.76f * t);
        buf[s0 + i] += nt->amp * env * v;
    }
}

int16_t *sounds_synth(SoundId id, size_t *n)
{
    const SoundDef *d = &defs[id];
    *n = (size_t)(d->length_s * AUDIO_RATE);
    float *buf = xcalloc(*n, sizeof *buf);
    for (int i = 0; i < d->n; i++)
        add_note(buf, *n, &d->notes[i]);
    int16_t *out = xmalloc(*n * sizeof *out);
    for (size_t i = 0; i < *n; i++) {
        float v = buf[i] > 1 ? 1 : buf[i] < -1 ? -1 : buf[i];
        out[i] = (int16_t)lrintf(v * 32767.0f);
    }
    free(buf);
    return out;
}

const char *sounds_name(SoundId id)
{
    return id < SOUND_COUNT ? defs[id].name : "?";
}
