#include "speech.h"

#include <SDL.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

#ifndef AMAN_HAVE_ESPEAK

Speech *speech_open(Audio *audio, const char *lexicon_path, char *why, size_t whylen)
{
    (void)audio;
    (void)lexicon_path;
    snprintf(why, whylen, "%s",
             _("reading aloud is off: the game was built without espeak-ng "
               "(apt-get install libespeak-ng-dev espeak-ng-data, then build again)"));
    return NULL;
}
void speech_close(Speech *sp)
{
    (void)sp;
}
const SpeechLexicon *speech_lexicon(const Speech *sp)
{
    (void)sp;
    return NULL;
}
void speech_say(Speech *sp, const SpeechPart *parts, int n)
{
    (void)sp, (void)parts, (void)n;
}
void speech_stop(Speech *sp)
{
    (void)sp;
}
bool speech_speaking(Speech *sp)
{
    (void)sp;
    return false;
}
void speech_new_round(Speech *sp)
{
    (void)sp;
}
size_t speech_cached(Speech *sp, size_t *hits)
{
    (void)sp;
    *hits = 0;
    return 0;
}
int16_t *speech_render(Speech *sp, Lang lang, const char *text, size_t *n)
{
    (void)sp, (void)lang, (void)text;
    *n = 0;
    return NULL;
}
char *speech_phonemes(Speech *sp, Lang lang, const char *text)
{
    (void)sp, (void)lang, (void)text;
    return NULL;
}

#else

#include <espeak-ng/speak_lib.h>

#include "dynlib.h"

/* libespeak-ng is loaded by the first speech_open (dynlib.h), not linked:
 * a run without a device, a --screenshot or an --autoplay never maps it
 * (0.5 MB and 4 shared objects), and a kiosk with sound maps it on the
 * thread that opens the sound, after the first frame (app_sound.h). */
#define ESPEAKLIB_FUNCTIONS(X, T)                                                                  \
    X(T, espeak_Initialize)                                                                        \
    X(T, espeak_SetParameter)                                                                      \
    X(T, espeak_SetSynthCallback)                                                                  \
    X(T, espeak_SetVoiceByName)                                                                    \
    X(T, espeak_Synth)                                                                             \
    X(T, espeak_TextToPhonemes)
DYNLIB_TABLE(EspeakLib, ESPEAKLIB_FUNCTIONS);
DYNLIB_DEFINE(EspeakLib, ESPEAKLIB_FUNCTIONS, espeak_lib, "libespeak-ng.so.1", "libespeak-ng1");

/* Words per minute: slower than espeak-ng's 175, for the pupils, recruits
 * and visitors who read slowly (issue 15). */
#define SPEECH_RATE 150
/* espeak-ng hands over PCM in chunks of this many ms: small, so the first
 * sound comes soon after the tap. */
#define SPEECH_CHUNK_MS 40
/* A round's cache: at most 48 texts and 2 Mi samples (4 MiB, 95 s of
 * speech: a round of ten cards read in both languages with their
 * explanations); past either it starts over, so a kiosk's memory stays
 * bounded whatever is read. */
#define CACHE_MAX 48
#define CACHE_MAX_SAMPLES (2u << 20)

typedef enum { JOB_NONE, JOB_RENDER, JOB_PHONEMES, JOB_QUIT } JobKind;

typedef struct {
    Lang lang;
    char *text;
    int16_t *pcm;
    size_t n;
} CacheEntry;

typedef struct {
    int16_t *pcm;
    size_t n, cap;
} Pcm;

struct Speech {
    const EspeakLib *es; /* libespeak-ng, loaded */
    Audio *audio;
    SpeechLexicon *lx;
    SDL_Thread *thread;
    SDL_mutex *lock;         /* guards the request fields below */
    SDL_cond *wake;          /* the worker waits on it for a request */
    SDL_cond *done;          /* callers wait on it for start-up and blocking jobs */
    SDL_atomic_t generation; /* bumped by every say and stop */

    /* Requests. */
    bool say_pending;
    unsigned say_gen;
    SpeechPart parts[SPEECH_MAX_PARTS];
    int n_parts;
    bool saying; /* the worker is reading a say */
    bool clear_cache;
    JobKind job;
    Lang job_lang;
    const char *job_text;
    bool job_done;
    int16_t *job_pcm;
    size_t job_n;
    char *job_phonemes;
    bool started, init_ok;
    char init_why[256];

    /* The worker's own. */
    CacheEntry cache[CACHE_MAX];
    size_t n_cache, cache_samples;
    SDL_atomic_t cached, hits; /* n_cache and cache hits, for speech_cached */
    unsigned synth_gen;
    bool synth_to_stream;
    Pcm acc;
};

static void pcm_add(Pcm *p, const int16_t *s, size_t n)
{
    if (p->n + n > p->cap) {
        p->cap = (p->n + n) * 2;
        p->pcm = xrealloc(p->pcm, p->cap * sizeof *p->pcm);
    }
    memcpy(p->pcm + p->n, s, n * sizeof *s);
    p->n += n;
}

/* espeak-ng's callback, on the worker: each chunk goes to the speaker at
 * once and into the text's cache entry. Returning 1 abandons synthesis. */
static int synth_chunk(short *wav, int n, espeak_EVENT *events)
{
    Speech *sp = events ? events->user_data : NULL;
    if (!sp)
        return 0;
    if (sp->synth_to_stream && (unsigned)SDL_AtomicGet(&sp->generation) != sp->synth_gen)
        return 1;
    if (wav && n > 0) {
        if (sp->synth_to_stream)
            audio_stream_push(sp->audio, sp->synth_gen, wav, (size_t)n);
        pcm_add(&sp->acc, wav, (size_t)n);
    }
    return 0;
}

static bool synth(Speech *sp, Lang lang, const char *text)
{
    sp->acc.n = 0;
    if (sp->es->espeak_SetVoiceByName(speech_voice(lang)) != EE_OK)
        return false;
    sp->es->espeak_SetParameter(espeakRATE, SPEECH_RATE, 0);
    espeak_ERROR e = sp->es->espeak_Synth(text, strlen(text) + 1, 0, POS_CHARACTER, 0,
                                          espeakCHARS_UTF8, NULL, sp);
    return e == EE_OK;
}

static const CacheEntry *cache_find(Speech *sp, Lang lang, const char *text)
{
    for (size_t i = 0; i < sp->n_cache; i++)
        if (sp->cache[i].lang == lang && strcmp(sp->cache[i].text, text) == 0)
            return &sp->cache[i];
    return NULL;
}

static void cache_clear(Speech *sp)
{
    for (size_t i = 0; i < sp->n_cache; i++) {
        free(sp->cache[i].text);
        free(sp->cache[i].pcm);
    }
    sp->n_cache = 0;
    sp->cache_samples = 0;
    SDL_AtomicSet(&sp->cached, 0);
}

static void cache_store(Speech *sp, Lang lang, const char *text)
{
    if (sp->acc.n > CACHE_MAX_SAMPLES)
        return; /* a text longer than the whole cache is read, not kept */
    if (sp->n_cache == CACHE_MAX || sp->cache_samples + sp->acc.n > CACHE_MAX_SAMPLES)
        cache_clear(sp); /* a round far longer than most: start over */
    sp->cache_samples += sp->acc.n;
    int16_t *pcm = xmalloc((sp->acc.n ? sp->acc.n : 1) * sizeof *pcm);
    memcpy(pcm, sp->acc.pcm, sp->acc.n * sizeof *pcm);
    sp->cache[sp->n_cache++] = (CacheEntry){lang, xstrdup(text), pcm, sp->acc.n};
    SDL_AtomicSet(&sp->cached, (int)sp->n_cache);
}

static bool still_current(Speech *sp, unsigned gen)
{
    return (unsigned)SDL_AtomicGet(&sp->generation) == gen;
}

static void read_part(Speech *sp, unsigned gen, const SpeechPart *p)
{
    const CacheEntry *c = cache_find(sp, p->lang, p->text);
    if (c) {
        SDL_AtomicIncRef(&sp->hits);
        audio_stream_push(sp->audio, gen, c->pcm, c->n);
        return;
    }
    sp->synth_gen = gen;
    sp->synth_to_stream = true;
    bool ok = synth(sp, p->lang, p->text);
    sp->synth_to_stream = false;
    if (ok && still_current(sp, gen))
        cache_store(sp, p->lang, p->text);
}

/* Reads the pending say (the lock is held on entry and on return). */
static void do_say(Speech *sp)
{
    SpeechPart parts[SPEECH_MAX_PARTS];
    int n = sp->n_parts;
    unsigned gen = sp->say_gen;
    memcpy(parts, sp->parts, sizeof parts);
    sp->n_parts = 0;
    sp->say_pending = false;
    sp->saying = true;
    SDL_UnlockMutex(sp->lock);
    for (int i = 0; i < n; i++) {
        if (still_current(sp, gen))
            read_part(sp, gen, &parts[i]);
        free((char *)parts[i].text);
    }
    SDL_LockMutex(sp->lock);
    sp->saying = false;
}

static char *phonemes(Speech *sp, Lang lang, const char *text)
{
    if (sp->es->espeak_SetVoiceByName(speech_voice(lang)) != EE_OK)
        return NULL;
    size_t len = 0, cap = 256;
    char *out = xmalloc(cap);
    out[0] = '\0';
    const void *p = text;
    while (p) {
        const char *ph = sp->es->espeak_TextToPhonemes(&p, espeakCHARS_UTF8, 0);
        size_t n = ph ? strlen(ph) : 0;
        if (len + n + 2 > cap) {
            cap = (len + n + 2) * 2;
            out = xrealloc(out, cap);
        }
        memcpy(out + len, ph ? ph : "", n);
        len += n;
        out[len++] = ' ';
        out[len] = '\0';
    }
    return out;
}

/* A blocking job (the lock is held on entry and on return). */
static void do_job(Speech *sp)
{
    SDL_UnlockMutex(sp->lock);
    int16_t *pcm = NULL;
    size_t n = 0;
    char *ph = NULL;
    if (sp->job == JOB_RENDER && synth(sp, sp->job_lang, sp->job_text)) {
        n = sp->acc.n;
        pcm = xmalloc((n ? n : 1) * sizeof *pcm);
        memcpy(pcm, sp->acc.pcm, n * sizeof *pcm);
    } else if (sp->job == JOB_PHONEMES) {
        ph = phonemes(sp, sp->job_lang, sp->job_text);
    }
    SDL_LockMutex(sp->lock);
    sp->job_pcm = pcm;
    sp->job_n = n;
    sp->job_phonemes = ph;
    sp->job = JOB_NONE;
    sp->job_done = true;
    SDL_CondBroadcast(sp->done);
}

/* espeak-ng 1.51 deadlocks in espeak_Terminate after a second
 * espeak_Initialize in one process, so the engine starts once and stays
 * up until the process ends; a Speech only owns it while it is open (one
 * at a time, see speech_open). */
static int engine_rate;

static bool start_engine(Speech *sp)
{
    if (!engine_rate)
        engine_rate = sp->es->espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, SPEECH_CHUNK_MS, NULL,
                                                espeakINITIALIZE_DONT_EXIT);
    int rate = engine_rate;
    if (rate != AUDIO_RATE) {
        snprintf(sp->init_why, sizeof sp->init_why, "%s",
                 _("reading aloud is off: espeak-ng could not start (is espeak-ng-data "
                   "installed?)"));
        return false;
    }
    if (sp->es->espeak_SetVoiceByName("ur") != EE_OK ||
        sp->es->espeak_SetVoiceByName("en") != EE_OK) {
        snprintf(sp->init_why, sizeof sp->init_why, "%s",
                 _("reading aloud is off: espeak-ng has no English or no Urdu voice"));
        return false;
    }
    sp->es->espeak_SetSynthCallback(synth_chunk);
    return true;
}

static int worker(void *data)
{
    Speech *sp = data;
    bool ok = start_engine(sp);
    SDL_LockMutex(sp->lock);
    sp->init_ok = ok;
    sp->started = true;
    SDL_CondBroadcast(sp->done);
    while (ok && sp->job != JOB_QUIT) {
        if (sp->clear_cache) {
            cache_clear(sp);
            sp->clear_cache = false;
        } else if (sp->job != JOB_NONE) {
            do_job(sp);
        } else if (sp->say_pending) {
            do_say(sp);
        } else {
            SDL_CondWait(sp->wake, sp->lock);
        }
    }
    SDL_UnlockMutex(sp->lock);
    cache_clear(sp);
    free(sp->acc.pcm);
    return 0;
}

/* Set while a Speech is open: espeak-ng has one state per process. */
static SDL_atomic_t engine_owned;

static void free_speech(Speech *sp)
{
    SDL_AtomicSet(&engine_owned, 0);
    speech_lexicon_free(sp->lx);
    SDL_DestroyCond(sp->wake);
    SDL_DestroyCond(sp->done);
    SDL_DestroyMutex(sp->lock);
    free(sp);
}

static void load_lexicon(Speech *sp, const char *path, char *why, size_t whylen)
{
    Diag diag = {0};
    sp->lx = speech_lexicon_new();
    if (path && !speech_lexicon_load(sp->lx, path, &diag) && diag.count > 0)
        diag_format(&diag.items[0], why, whylen);
    diag_clear(&diag);
}

Speech *speech_open(Audio *audio, const char *lexicon_path, char *why, size_t whylen)
{
    char lib_why[384];
    if (!dynlib_load(&espeak_lib, lib_why, sizeof lib_why)) {
        snprintf(why, whylen, _("reading aloud is off: %s"), lib_why);
        return NULL;
    }
    if (!SDL_AtomicCAS(&engine_owned, 0, 1)) {
        snprintf(why, whylen, "%s",
                 _("reading aloud is off: another reader already uses espeak-ng"));
        return NULL;
    }
    Speech *sp = xcalloc(1, sizeof *sp);
    sp->es = &espeak_lib_table;
    sp->audio = audio;
    sp->lock = SDL_CreateMutex();
    sp->wake = SDL_CreateCond();
    sp->done = SDL_CreateCond();
    *why = '\0';
    load_lexicon(sp, lexicon_path, why, whylen);
    sp->thread = SDL_CreateThread(worker, "speech", sp);
    if (!sp->thread) {
        snprintf(why, whylen, _("reading aloud is off: no thread for speech (%s)"), SDL_GetError());
        free_speech(sp);
        return NULL;
    }
    SDL_LockMutex(sp->lock);
    while (!sp->started)
        SDL_CondWait(sp->done, sp->lock);
    SDL_UnlockMutex(sp->lock);
    if (!sp->init_ok) {
        snprintf(why, whylen, "%s", sp->init_why);
        SDL_WaitThread(sp->thread, NULL);
        free_speech(sp);
        return NULL;
    }
    return sp;
}

void speech_close(Speech *sp)
{
    if (!sp)
        return;
    speech_stop(sp);
    SDL_LockMutex(sp->lock);
    while (sp->job != JOB_NONE) /* a blocking job from another thread ends first */
        SDL_CondWait(sp->done, sp->lock);
    sp->job = JOB_QUIT;
    SDL_CondSignal(sp->wake);
    SDL_UnlockMutex(sp->lock);
    SDL_WaitThread(sp->thread, NULL);
    free_speech(sp);
}

const SpeechLexicon *speech_lexicon(const Speech *sp)
{
    return sp ? sp->lx : NULL;
}

/* Drops pending parts (the lock is held). */
static void drop_parts(Speech *sp)
{
    for (int i = 0; i < sp->n_parts; i++)
        free((char *)sp->parts[i].text);
    sp->n_parts = 0;
    sp->say_pending = false;
}

void speech_stop(Speech *sp)
{
    if (!sp)
        return;
    unsigned gen = (unsigned)SDL_AtomicAdd(&sp->generation, 1) + 1;
    audio_stream_clear(sp->audio, gen);
    SDL_LockMutex(sp->lock);
    drop_parts(sp);
    SDL_UnlockMutex(sp->lock);
}

void speech_say(Speech *sp, const SpeechPart *parts, int n)
{
    if (!sp)
        return;
    unsigned gen = (unsigned)SDL_AtomicAdd(&sp->generation, 1) + 1;
    audio_stream_clear(sp->audio, gen);
    SDL_LockMutex(sp->lock);
    drop_parts(sp);
    for (int i = 0; i < n && i < SPEECH_MAX_PARTS; i++)
        sp->parts[sp->n_parts++] = (SpeechPart){parts[i].lang, xstrdup(parts[i].text)};
    sp->say_gen = gen;
    sp->say_pending = sp->n_parts > 0;
    SDL_CondSignal(sp->wake);
    SDL_UnlockMutex(sp->lock);
}

bool speech_speaking(Speech *sp)
{
    if (!sp)
        return false;
    SDL_LockMutex(sp->lock);
    bool busy = sp->say_pending || (sp->saying && still_current(sp, sp->say_gen));
    SDL_UnlockMutex(sp->lock);
    return busy || audio_stream_pending(sp->audio) > 0;
}

void speech_new_round(Speech *sp)
{
    if (!sp)
        return;
    SDL_LockMutex(sp->lock);
    sp->clear_cache = true;
    SDL_CondSignal(sp->wake);
    SDL_UnlockMutex(sp->lock);
}

size_t speech_cached(Speech *sp, size_t *hits)
{
    if (!sp) {
        *hits = 0;
        return 0;
    }
    *hits = (size_t)SDL_AtomicGet(&sp->hits);
    return (size_t)SDL_AtomicGet(&sp->cached);
}

/* Posts a blocking job and waits for its result (returns with the lock held). */
static void run_job(Speech *sp, JobKind kind, Lang lang, const char *text)
{
    SDL_LockMutex(sp->lock);
    while (sp->job != JOB_NONE)
        SDL_CondWait(sp->done, sp->lock);
    sp->job = kind;
    sp->job_lang = lang;
    sp->job_text = text;
    sp->job_done = false;
    SDL_CondSignal(sp->wake);
    while (!sp->job_done)
        SDL_CondWait(sp->done, sp->lock);
}

int16_t *speech_render(Speech *sp, Lang lang, const char *text, size_t *n)
{
    *n = 0;
    if (!sp)
        return NULL;
    run_job(sp, JOB_RENDER, lang, text);
    int16_t *pcm = sp->job_pcm;
    *n = sp->job_n;
    sp->job_pcm = NULL;
    SDL_UnlockMutex(sp->lock);
    return pcm;
}

char *speech_phonemes(Speech *sp, Lang lang, const char *text)
{
    if (!sp)
        return NULL;
    run_job(sp, JOB_PHONEMES, lang, text);
    char *ph = sp->job_phonemes;
    sp->job_phonemes = NULL;
    SDL_UnlockMutex(sp->lock);
    return ph;
}

#endif
