/* bench_speech: time from a tap on the speaker button (speech_say) to the
 * first sample of speech played by the audio device's mixer, for an English
 * and an Urdu question card, cold (synthesised: a new round's empty cache)
 * and cached (the same card again). Target: 150 ms. Not a test: run it by
 * hand, `build/bench_speech [runs]` (default 11; medians). Uses SDL's
 * default audio driver; SDL_AUDIODRIVER=dummy where there is no device
 * (its callback runs on the same period a sound card's would). */
#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>

#include "audio.h"
#include "speech.h"
#include "speech_text.h"

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* One tap: ms until the mixer plays the first speech sample. */
static double tap(Audio *audio, Speech *sp, Lang lang, const char *text)
{
    SpeechPart p = {lang, text};
    Uint64 t0 = SDL_GetPerformanceCounter();
    speech_say(sp, &p, 1);
    Uint64 first = 0;
    while (!(first = audio_stream_first_sound(audio)) &&
           SDL_GetPerformanceCounter() - t0 < SDL_GetPerformanceFrequency() * 5)
        SDL_Delay(1);
    speech_stop(sp);
    return first ? (double)(first - t0) * 1000.0 / (double)SDL_GetPerformanceFrequency() : -1;
}

static double median_of(Audio *audio, Speech *sp, Lang lang, const char *text, bool cold, int runs)
{
    double *t = malloc((size_t)runs * sizeof *t);
    if (!cold) { /* into the cache: one reading to the end */
        size_t n;
        free(speech_render(sp, lang, text, &n));
        SpeechPart p = {lang, text};
        speech_say(sp, &p, 1);
        while (speech_speaking(sp))
            SDL_Delay(5);
    }
    for (int i = 0; i < runs; i++) {
        if (cold)
            speech_new_round(sp);
        t[i] = tap(audio, sp, lang, text);
        SDL_Delay(30);
    }
    qsort(t, (size_t)runs, sizeof *t, cmp_double);
    double m = t[runs / 2];
    free(t);
    return m;
}

int main(int argc, char **argv)
{
    int runs = argc > 1 ? atoi(argv[1]) : 11;
    if (runs < 1)
        runs = 11;
    SDL_Init(0);
    char why[512];
    Audio *audio = audio_open(why, sizeof why);
    if (!audio_has_device(audio)) {
        fprintf(stderr, "bench_speech: %s (try SDL_AUDIODRIVER=dummy)\n", why);
        return 1;
    }
    Speech *sp =
        speech_open(audio, AMAN_SOURCE_DIR "/assets/speech/pronounce.tsv", why, sizeof why);
    if (!sp) {
        fprintf(stderr, "bench_speech: %s\n", why);
        return 1;
    }
    SpeechCard en = {"Since which year has Pakistan contributed troops to UN peacekeeping "
                     "operations, according to the military?",
                     {"1960", "1947", "1971", "2001"},
                     4};
    SpeechCard ur = {"فوج کے مطابق پاکستان کس سال سے اقوامِ متحدہ کی امن کارروائیوں میں فوجی "
                     "بھیج رہا ہے؟",
                     {"1960", "1947", "1971", "2001"},
                     4};
    char *te = speech_text_card(speech_lexicon(sp), LANG_EN, &en);
    char *tu = speech_text_card(speech_lexicon(sp), LANG_UR, &ur);
    printf("bench_speech: driver %s, %d runs, medians (target 150 ms)\n",
           SDL_GetCurrentAudioDriver(), runs);
    printf("tap to first sound, English, cold:  %6.1f ms\n",
           median_of(audio, sp, LANG_EN, te, true, runs));
    printf("tap to first sound, Urdu, cold:     %6.1f ms\n",
           median_of(audio, sp, LANG_UR, tu, true, runs));
    double sw[64];
    int n_sw = runs < 64 ? runs : 64;
    for (int i = 0; i < n_sw; i++) { /* each tap in the other voice: espeak-ng loads it */
        speech_new_round(sp);
        sw[i] = tap(audio, sp, i % 2 ? LANG_UR : LANG_EN, i % 2 ? tu : te);
        SDL_Delay(30);
    }
    qsort(sw, (size_t)n_sw, sizeof sw[0], cmp_double);
    printf("tap to first sound, voice switched: %6.1f ms\n", sw[n_sw / 2]);
    printf("tap to first sound, English, cached: %5.1f ms\n",
           median_of(audio, sp, LANG_EN, te, false, runs));
    printf("tap to first sound, Urdu, cached:    %5.1f ms\n",
           median_of(audio, sp, LANG_UR, tu, false, runs));
    free(te);
    free(tu);
    speech_close(sp);
    audio_close(audio);
    SDL_Quit();
    return 0;
}
