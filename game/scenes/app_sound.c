#include "app_sound.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "audio.h"
#include "hud.h"
#include "speech.h"
#include "ui_lang.h"
#include "util.h"

/* The device and espeak-ng, opened on a thread of their own after the
 * first frame (ALSA's probing alone took 100 ms on a machine without a
 * sound card). Its fields are the thread's until `done` is set. */
typedef struct {
    SDL_Thread *thread;
    SDL_atomic_t done;
    char *lexicon;
    Audio *audio;
    Speech *speech;
    char why_audio[512], why_speech[512];
} Opener;

struct AppSound {
    Audio *audio;   /* NULL until the opener's is taken (always, for a picture or a robot) */
    Speech *speech; /* NULL until then, and without a device or espeak-ng */
    bool live;      /* a device is wanted: not --screenshot, not --autoplay */
    bool opened;    /* what the opener made was taken (app_sound_poll) */
    Opener *opener; /* while it runs */
    int volume;
    bool muted;
    char *fact[2];        /* the attract loop's fact (and its other language) asked for before */
    bool fact_waits;      /* the sound opened: read when it has */
    bool auto_read;       /* read every question by itself */
    size_t read_index;    /* the question last read by itself, +1; 0 none */
    size_t sounded_index; /* the question whose right/wrong was played, +1 */
    int last_tick_s;      /* the second last ticked */
    unsigned started[SOUND_COUNT];
};

/* Pushed by the opener when it is done, to wake a loop asleep in SDL_WaitEvent. */
static Uint32 opened_event;

static bool is_kiosk(const App *app)
{
    return app->game->mode->kiosk;
}

void app_sound_init(App *app)
{
    AppSound *s = xcalloc(1, sizeof *s);
    app->sound = s;
    if (app->opt->screenshot || app->opt->autoplay >= 0)
        return; /* a picture or a robot: no device, no worker */
    s->live = true;
    bool kiosk = is_kiosk(app);
    s->volume = settings_get_int(app->game->settings, kiosk ? "kiosk_volume" : "volume");
    s->muted = settings_get_bool(app->game->settings, "mute");
    s->auto_read =
        settings_get_bool(app->game->settings, kiosk ? "kiosk_read_aloud" : "read_aloud");
}

static int open_sound(void *data)
{
    Opener *o = data;
    o->audio = audio_open(o->why_audio, sizeof o->why_audio);
    if (audio_has_device(o->audio)) /* else nothing would be heard: no reason to start espeak-ng */
        o->speech = speech_open(o->audio, o->lexicon, o->why_speech, sizeof o->why_speech);
    SDL_AtomicSet(&o->done, 1);
    SDL_Event ev = {.type = opened_event};
    if (opened_event != (Uint32)-1)
        SDL_PushEvent(&ev); /* thread-safe */
    return 0;
}

void app_sound_open(App *app)
{
    AppSound *s = app->sound;
    if (!s || !s->live || s->opened || s->opener)
        return;
    if (!opened_event)
        opened_event = SDL_RegisterEvents(1);
    Opener *o = xcalloc(1, sizeof *o);
    o->lexicon = path_join(app->paths.data_dir, "assets/speech/pronounce.tsv");
    s->opener = o;
    o->thread = SDL_CreateThread(open_sound, "sound-open", o);
    if (!o->thread) /* no thread to spare: open it here, once */
        open_sound(o);
}

static void forget_fact(AppSound *s)
{
    free(s->fact[0]);
    free(s->fact[1]);
    s->fact[0] = s->fact[1] = NULL;
    s->fact_waits = false;
}

static void read_question(App *app);
static void say_fact(App *app, const char *text, const char *other);

/* Takes what the opener made (it has ended or is about to), says on stderr
 * what is missing, and does what was asked before: the kiosk's fact, or
 * the question on screen when every question is read by itself. */
static void take_opened(App *app)
{
    AppSound *s = app->sound;
    Opener *o = s->opener;
    SDL_WaitThread(o->thread, NULL);
    s->audio = o->audio;
    s->speech = o->speech;
    if (*o->why_audio)
        fprintf(stderr, "amanquiz: %s\n", o->why_audio);
    if (*o->why_speech)
        fprintf(stderr, "amanquiz: %s\n", o->why_speech);
    free(o->lexicon);
    free(o);
    s->opener = NULL;
    s->opened = true;
    audio_set_volume(s->audio, s->volume);
    audio_set_muted(s->audio, s->muted);
    if (s->fact_waits && s->speech && !s->muted)
        say_fact(app, s->fact[0], s->fact[1]);
    else if (s->auto_read && app->scene && app->scene->voice == VOICE_QUESTION && app_quiz(app) &&
             quiz_state(app_quiz(app)) == QUIZ_ASKING)
        read_question(app);
    forget_fact(s);
    app->dirty = true; /* the speaker buttons show now */
}

void app_sound_poll(App *app)
{
    AppSound *s = app->sound;
    if (s && s->opener && SDL_AtomicGet(&s->opener->done))
        take_opened(app);
}

void app_sound_wait(App *app)
{
    app_sound_open(app);
    if (app->sound && app->sound->opener)
        take_opened(app);
}

void app_sound_quit(App *app)
{
    AppSound *s = app->sound;
    if (!s)
        return;
    if (s->opener) { /* still opening: let it end, then close what it made */
        SDL_WaitThread(s->opener->thread, NULL);
        speech_close(s->opener->speech);
        audio_close(s->opener->audio);
        free(s->opener->lexicon);
        free(s->opener);
    }
    forget_fact(s);
    speech_close(s->speech);
    audio_close(s->audio);
    free(s);
    app->sound = NULL;
}

bool app_sound_can_read(const App *app)
{
    /* A screenshot shows the button as a player with speech would see it. */
    return app->sound && (app->sound->speech || (app->opt->screenshot && AMAN_SPEECH_BUILT));
}

bool app_sound_reading(const App *app)
{
    return app->sound && (app->sound->fact_waits || speech_speaking(app->sound->speech));
}

bool app_sound_muted(const App *app)
{
    return app->sound && app->sound->muted;
}

void app_sound_stop(App *app)
{
    if (!app->sound)
        return;
    forget_fact(app->sound);
    speech_stop(app->sound->speech);
}

static void play(App *app, SoundId id)
{
    if (!app->sound)
        return;
    app->sound->started[id]++;
    audio_play(app->sound->audio, id);
}

bool app_sound_auto(const App *app)
{
    return app->sound && app->sound->auto_read;
}

void app_sound_set_auto(App *app, bool on)
{
    if (app->sound)
        app->sound->auto_read = on;
}

unsigned app_sound_started(const App *app, SoundId id)
{
    return app->sound && id < SOUND_COUNT ? app->sound->started[id] : 0;
}

/* The card of round question qi in one language, as shown. other: the
 * bilingual view's second language. */
static void card_of(const App *app, const Question *q, bool other, SpeechCard *c)
{
    memset(c, 0, sizeof *c);
    size_t qi = quiz_index(app_quiz(app));
    c->question = hud_question_text(app, q, other);
    if (q->kind == QKIND_TRUEFALSE) {
        c->answers[0] = other ? lang_other(N_("True")) : _("True");
        c->answers[1] = other ? lang_other(N_("False")) : _("False");
        c->n_answers = 2;
    } else if (q->kind != QKIND_NUMERIC && q->kind != QKIND_SHORT) { /* never say what to type */
        c->n_answers = q->n_choices;
        for (int i = 0; i < q->n_choices; i++)
            c->answers[i] = hud_choice_text(app, qi, i, other);
    }
}

/* Reads up to two texts: the screen's language, then the other one when
 * the bilingual view is on (other may be NULL). */
static void say_two(App *app, char *mine, char *other)
{
    Lang here = lang_is_urdu() ? LANG_UR : LANG_EN;
    SpeechPart parts[2] = {{here, mine}, {here == LANG_UR ? LANG_EN : LANG_UR, other}};
    speech_say(app->sound->speech, parts, other ? 2 : 1);
    free(mine);
    free(other);
}

static void read_question(App *app)
{
    AppSound *s = app->sound;
    const Question *q = app_quiz(app) ? quiz_current(app_quiz(app)) : NULL;
    if (!s || !s->speech || !q)
        return;
    const SpeechLexicon *lx = speech_lexicon(s->speech);
    Lang here = lang_is_urdu() ? LANG_UR : LANG_EN;
    SpeechCard c;
    card_of(app, q, false, &c);
    char *mine = speech_text_card(lx, here, &c), *other = NULL;
    if (app->bilingual && hud_question_text(app, q, true)) {
        card_of(app, q, true, &c);
        other = speech_text_card(lx, here == LANG_UR ? LANG_EN : LANG_UR, &c);
    }
    say_two(app, mine, other);
}

void app_sound_read_question(App *app)
{
    if (app_sound_reading(app))
        app_sound_stop(app); /* the same button stops it */
    else
        read_question(app);
}

static void read_explanation(App *app)
{
    AppSound *s = app->sound;
    const Question *q = app_quiz(app) ? quiz_current(app_quiz(app)) : NULL;
    const QuizOutcome *o = q ? quiz_outcome(app_quiz(app), quiz_index(app_quiz(app))) : NULL;
    const char *why = q ? hud_explanation(q, o, false) : NULL;
    if (!s || !s->speech || !why)
        return;
    const SpeechLexicon *lx = speech_lexicon(s->speech);
    Lang here = lang_is_urdu() ? LANG_UR : LANG_EN;
    const char *why_other = app->bilingual ? hud_explanation(q, o, true) : NULL;
    char *other =
        why_other ? speech_text_prepare(lx, here == LANG_UR ? LANG_EN : LANG_UR, why_other) : NULL;
    say_two(app, speech_text_prepare(lx, here, why), other);
}

void app_sound_read_explanation(App *app)
{
    if (app_sound_reading(app))
        app_sound_stop(app);
    else
        read_explanation(app);
}

static void say_fact(App *app, const char *text, const char *other)
{
    const SpeechLexicon *lx = speech_lexicon(app->sound->speech);
    Lang here = lang_is_urdu() ? LANG_UR : LANG_EN;
    char *o = other ? speech_text_prepare(lx, here == LANG_UR ? LANG_EN : LANG_UR, other) : NULL;
    say_two(app, speech_text_prepare(lx, here, text), o);
}

bool app_sound_read_fact(App *app, const char *text, const char *other)
{
    AppSound *s = app->sound;
    if (!s || !s->live || !s->auto_read || !is_kiosk(app) || s->muted || !text)
        return false;
    if (!s->opened) { /* the first fact comes with the first frame: read once open */
        forget_fact(s);
        s->fact[0] = xstrdup(text);
        s->fact[1] = other ? xstrdup(other) : NULL;
        s->fact_waits = true;
        return true;
    }
    if (!s->speech)
        return false;
    say_fact(app, text, other);
    return true;
}

size_t app_sound_cached(const App *app, size_t *hits)
{
    *hits = 0;
    return app->sound ? speech_cached(app->sound->speech, hits) : 0;
}

static void answer_sound(App *app)
{
    AppSound *s = app->sound;
    size_t qi = quiz_index(app_quiz(app));
    const QuizOutcome *o = quiz_outcome(app_quiz(app), qi);
    if (!o || o->skipped || s->sounded_index == qi + 1)
        return;
    s->sounded_index = qi + 1;
    play(app, o->verdict == QUIZ_CORRECT ? SOUND_RIGHT : SOUND_WRONG);
}

void app_sound_answered(App *app)
{
    if (!app->sound || !app_quiz(app))
        return;
    app_sound_stop(app);
    answer_sound(app);
}

void app_sound_new_round(App *app)
{
    AppSound *s = app->sound;
    if (!s)
        return;
    app_sound_stop(app);
    speech_new_round(s->speech);
    s->read_index = 0;
    s->sounded_index = 0;
    s->last_tick_s = 0;
}

void app_sound_scene(App *app)
{
    AppSound *s = app->sound;
    if (!s)
        return;
    app_sound_stop(app);
    if (!app_quiz(app))
        return;
    SceneVoice voice = app->scene ? app->scene->voice : VOICE_NONE;
    if (voice == VOICE_FEEDBACK) {
        answer_sound(app); /* the time ran out: no tap played it */
    } else if (voice == VOICE_SUMMARY) {
        play(app, SOUND_ROUND_END);
    } else if (voice == VOICE_QUESTION && quiz_state(app_quiz(app)) == QUIZ_ASKING) {
        size_t qi = quiz_index(app_quiz(app)) + 1;
        s->last_tick_s = 0;
        if (s->auto_read && s->read_index != qi)
            read_question(app);
        s->read_index = qi;
    }
}

void app_sound_tick(App *app, int64_t left_ms)
{
    AppSound *s = app->sound;
    if (!s || left_ms <= 0 || left_ms > 5000)
        return;
    int sec = (int)((left_ms + 999) / 1000); /* 5, 4, 3, 2, 1 */
    if (sec != s->last_tick_s) {
        s->last_tick_s = sec;
        play(app, SOUND_TICK);
    }
}

void app_sound_language(App *app)
{
    AppSound *s = app->sound;
    if (!s)
        return;
    app_sound_stop(app);
    if (s->auto_read && app->scene && app->scene->voice == VOICE_QUESTION && app_quiz(app) &&
        quiz_state(app_quiz(app)) == QUIZ_ASKING)
        read_question(app);
}

void app_sound_join(App *app)
{
    play(app, SOUND_JOIN);
}

bool app_sound_key(App *app, const SDL_Event *ev)
{
    if (!app->sound || ev->type != SDL_KEYDOWN || ev->key.repeat)
        return false;
    if (ev->key.keysym.sym == SDLK_m) {
        AppSound *s = app->sound;
        s->muted = s->live && !s->muted; /* a picture or a robot has nothing to mute */
        audio_set_muted(s->audio, s->muted);
        if (s->muted)
            forget_fact(s);
        return true;
    }
    if (ev->key.keysym.sym != SDLK_q || !app_sound_can_read(app))
        return false;
    SceneVoice voice = app->scene ? app->scene->voice : VOICE_NONE;
    if (voice == VOICE_QUESTION)
        app_sound_read_question(app);
    else if (voice == VOICE_FEEDBACK)
        app_sound_read_explanation(app);
    else
        return false;
    return true;
}

void app_sound_notice(App *app, AppNotice what)
{
    switch (what) {
    case APP_NOTICE_SCENE:
        app_sound_scene(app);
        break;
    case APP_NOTICE_ROUND:
        app_sound_new_round(app);
        break;
    case APP_NOTICE_LANGUAGE:
        app_sound_language(app);
        break;
    }
}
