/* app_sound: the game's sounds and reading aloud, wired to the App. The
 * scenes and the loop only call these hooks; the sound itself is
 * game/audio/ (audio.h, speech.h). Every hook is safe without a device or
 * without espeak-ng: then it does nothing. */
#ifndef AMAN_APP_SOUND_H
#define AMAN_APP_SOUND_H

#include <SDL.h>
#include <stdbool.h>
#include <stdint.h>

#include "app.h"
#include "audio.h"

typedef struct AppSound AppSound;

/* Reads the settings (volume, mute, read_aloud; kiosk_volume and
 * kiosk_read_aloud in kiosk mode). Opens nothing: the device and the
 * speech worker are opened by app_sound_open, never for --screenshot or
 * --autoplay. */
void app_sound_init(App *app);
/* Starts opening the audio device and then espeak-ng on a thread of their
 * own, so that the loop never waits for them (ALSA's probing alone can take
 * 100 ms): the shell calls it once its first frame is presented. Once only;
 * nothing for --screenshot and --autoplay. */
void app_sound_open(App *app);
/* Each turn of the loop, before it draws: when the opener has ended, takes
 * what it opened (never waits), says on stderr in one line each when there
 * is no sound or no reading aloud, marks the frame dirty (the speaker
 * buttons show now), and reads what was asked before: the attract loop's
 * fact, or the question on screen when every question is read by itself.
 * Until then the hooks below act as with no device, except that a fact
 * asked for is kept (app_sound_reading is true: the page is held). */
void app_sound_poll(App *app);
/* app_sound_open, then waits for the opener and takes what it opened: for
 * tests and tools that need the sound at once, never for the loop. */
void app_sound_wait(App *app);
/* Waits for an opener still running, then closes everything. */
void app_sound_quit(App *app);
/* The App's listener (App.on_notice, set by the shell): a new scene, a new
 * round or a language switch, each sent on to the function below. */
void app_sound_notice(App *app, AppNotice what);

/* A new round began: stop reading, forget what was read and sounded. */
void app_sound_new_round(App *app);
/* After every scene change: stops reading; the summary plays the round's
 * end; a new question is read by itself when the setting is on. */
void app_sound_scene(App *app);
/* The player answered the current question: stop reading, right or wrong. */
void app_sound_answered(App *app);
/* Each frame of a timed question: a soft tick on each of the last 5 s. */
void app_sound_tick(App *app, int64_t left_ms);
/* The language switched: stop at once (and read again in the new one only
 * when reading every question by itself). */
void app_sound_language(App *app);
/* A phone joined the classroom. */
void app_sound_join(App *app);
/* Keys that work everywhere: M mutes and unmutes; Q reads the question
 * (or the feedback's explanation) aloud. True when the key was taken. */
bool app_sound_key(App *app, const SDL_Event *ev);

/* The speaker button: reads the current question and its answers in the
 * screen's language (and then in the other with the bilingual view); when
 * it is already reading, stops. */
void app_sound_read_question(App *app);
/* The feedback's speaker button and Q: reads the explanation shown (in
 * both languages with the bilingual view); when it is already reading,
 * stops. */
void app_sound_read_explanation(App *app);
/* The kiosk's attract loop shows a fact: text in the screen's language,
 * other the same in the other one with the bilingual view (or NULL). Reads
 * it by itself in a kiosk that reads by itself (kiosk_read_aloud), unless
 * muted or without speech. True when it reads. */
bool app_sound_read_fact(App *app, const char *text, const char *other);
void app_sound_stop(App *app);
/* True when reading aloud works (the speaker button shows). */
bool app_sound_can_read(const App *app);
bool app_sound_reading(const App *app);
bool app_sound_muted(const App *app);
/* Reading every question by itself: from the settings at start-up; the
 * drills' "Read aloud" option switches it. */
bool app_sound_auto(const App *app);
void app_sound_set_auto(App *app, bool on);
/* How many times the game started sound id (heard or not: muted, or no
 * device); for the log and the tests. */
unsigned app_sound_started(const App *app, SoundId id);
/* Texts synthesised and kept this round, and how many reads the cache
 * served (speech_cached); 0 without speech. For the log and the tests. */
size_t app_sound_cached(const App *app, size_t *hits);

#endif
