/* The audio layer: every sound is made and mixed, volume and mute, the
 * speech stream's generations; SDL's disk driver as a real device, and no
 * device at all. */
#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "audio.h"
#include "sounds.h"
#include "testutil.h"

/* Mixes `ms` of audio and returns the peak; *nonzero counts loud samples. */
static int mix_peak(Audio *a, int ms, size_t *nonzero)
{
    size_t n = (size_t)AUDIO_RATE * (size_t)ms / 1000;
    int16_t *buf = malloc(n * sizeof *buf);
    audio_mix(a, buf, n);
    int peak = 0;
    *nonzero = 0;
    for (size_t i = 0; i < n; i++) {
        int v = abs(buf[i]);
        peak = v > peak ? v : peak;
        *nonzero += v > 64;
    }
    free(buf);
    return peak;
}

START_TEST(each_sound_plays)
{
    Audio *a = audio_new_offline();
    audio_set_volume(a, 100);
    for (int id = 0; id < SOUND_COUNT; id++) {
        size_t len;
        int16_t *pcm = sounds_synth((SoundId)id, &len);
        ck_assert_msg(len > AUDIO_RATE / 50 && len < AUDIO_RATE, "%s: %zu samples",
                      sounds_name((SoundId)id), len);
        free(pcm);
        size_t loud;
        ck_assert_int_eq(mix_peak(a, 50, &loud), 0);
        audio_play(a, (SoundId)id);
        ck_assert(audio_busy(a));
        int peak = mix_peak(a, 1000, &loud);
        ck_assert_msg(peak > 1000 && peak < 32767, "%s peak %d", sounds_name((SoundId)id), peak);
        ck_assert_msg(loud > len / 4, "%s: %zu loud samples", sounds_name((SoundId)id), loud);
        ck_assert(!audio_busy(a)); /* every sound is under a second */
    }
    audio_close(a);
}
END_TEST

START_TEST(mute_silences_and_time_runs_on)
{
    Audio *a = audio_new_offline();
    audio_set_muted(a, true);
    audio_play(a, SOUND_ROUND_END);
    size_t loud;
    ck_assert_int_eq(mix_peak(a, 500, &loud), 0);
    audio_set_muted(a, false);
    /* The muted part is gone: only the rest of the sound is heard. */
    int rest = mix_peak(a, 1000, &loud);
    ck_assert_int_gt(rest, 0);
    ck_assert_uint_lt(loud, (size_t)(AUDIO_RATE * 35 / 100));
    ck_assert_int_eq(mix_peak(a, 100, &loud), 0);
    audio_close(a);
}
END_TEST

START_TEST(volume_is_a_square_law)
{
    Audio *a = audio_new_offline();
    size_t loud;
    audio_set_volume(a, 100);
    audio_play(a, SOUND_RIGHT);
    int full = mix_peak(a, 600, &loud);
    audio_set_volume(a, 50);
    ck_assert_int_eq(audio_volume(a), 50);
    audio_play(a, SOUND_RIGHT);
    int half = mix_peak(a, 600, &loud);
    ck_assert_int_ge(half, full / 4 - 2);
    ck_assert_int_le(half, full / 4 + 2);
    audio_set_volume(a, 0);
    audio_play(a, SOUND_RIGHT);
    ck_assert_int_eq(mix_peak(a, 600, &loud), 0);
    audio_set_volume(a, 400);
    ck_assert_int_eq(audio_volume(a), 100);
    audio_close(a);
}
END_TEST

START_TEST(stream_drops_older_generations)
{
    Audio *a = audio_new_offline();
    int16_t pcm[1000];
    for (int i = 0; i < 1000; i++)
        pcm[i] = (int16_t)(i % 2 ? 8000 : -8000);
    audio_stream_clear(a, 3);
    audio_stream_push(a, 3, pcm, 1000);
    ck_assert_uint_eq(audio_stream_pending(a), 1000);
    ck_assert_uint_eq(audio_stream_first_sound(a), 0);
    size_t loud;
    ck_assert_int_gt(mix_peak(a, 10, &loud), 1000);
    ck_assert_uint_ne(audio_stream_first_sound(a), 0);
    audio_stream_clear(a, 4); /* a stop: at once, nothing is left */
    ck_assert_uint_eq(audio_stream_pending(a), 0);
    audio_stream_push(a, 3, pcm, 1000); /* a late chunk of the old text */
    ck_assert_uint_eq(audio_stream_pending(a), 0);
    audio_stream_push(a, 4, pcm, 500);
    ck_assert_uint_eq(audio_stream_pending(a), 500);
    audio_close(a);
}
END_TEST

/* SDL's disk driver is a real device that writes what it plays to a file. */
START_TEST(disk_device_plays_and_mute_silences)
{
    char path[] = "/tmp/aman-audio-XXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    close(fd);
    setenv("SDL_AUDIODRIVER", "disk", 1);
    setenv("SDL_DISKAUDIOFILE", path, 1);
    setenv("SDL_DISKAUDIODELAY", "1", 1);
    ck_assert_int_eq(SDL_Init(0), 0);
    char why[256];
    Audio *a = audio_open(why, sizeof why);
    ck_assert_msg(audio_has_device(a), "%s", why);
    ck_assert_str_eq(why, "");
    audio_set_muted(a, true);
    audio_play(a, SOUND_WRONG);
    for (int i = 0; i < 200 && audio_busy(a); i++)
        SDL_Delay(10);
    audio_set_muted(a, false);
    audio_play(a, SOUND_RIGHT);
    for (int i = 0; i < 200 && audio_busy(a); i++)
        SDL_Delay(10);
    ck_assert(!audio_busy(a));
    audio_close(a);
    SDL_Quit();
    FILE *f = fopen(path, "rb");
    ck_assert_ptr_nonnull(f);
    int16_t s;
    size_t total = 0, loud = 0, first_loud = 0;
    while (fread(&s, sizeof s, 1, f) == 1) {
        if (abs(s) > 64 && !loud++)
            first_loud = total;
        total++;
    }
    fclose(f);
    remove(path);
    size_t wrong_len, right_len;
    free(sounds_synth(SOUND_WRONG, &wrong_len));
    free(sounds_synth(SOUND_RIGHT, &right_len));
    /* The muted wrong sound left silence; the right one was heard after it. */
    ck_assert_uint_ge(total, wrong_len + right_len);
    ck_assert_uint_gt(loud, right_len / 4);
    ck_assert_uint_ge(first_loud, wrong_len);
}
END_TEST

START_TEST(no_device_is_survived)
{
    setenv("SDL_AUDIODRIVER", "no-such-driver", 1);
    ck_assert_int_eq(SDL_Init(0), 0);
    char why[256];
    Audio *a = audio_open(why, sizeof why);
    ck_assert_ptr_nonnull(a);
    ck_assert(!audio_has_device(a));
    ck_assert_msg(strstr(why, "no sound"), "%s", why);
    int16_t pcm[16] = {1000};
    audio_play(a, SOUND_TICK);
    audio_stream_push(a, 0, pcm, 16);
    ck_assert(!audio_busy(a));
    ck_assert_uint_eq(audio_stream_pending(a), 0);
    audio_close(a);
    SDL_Quit();
}
END_TEST

static Suite *audio_suite(void)
{
    Suite *s = suite_create("audio");
    TCase *core = tcase_create("core");
    tcase_add_test(core, each_sound_plays);
    tcase_add_test(core, mute_silences_and_time_runs_on);
    tcase_add_test(core, volume_is_a_square_law);
    tcase_add_test(core, stream_drops_older_generations);
    tcase_add_test(core, disk_device_plays_and_mute_silences);
    suite_add_tcase(s, core);
    TCase *errors = tcase_create("errors");
    tcase_add_test(errors, no_device_is_survived);
    suite_add_tcase(s, errors);
    return s;
}

int main(void)
{
    return run_suite(audio_suite());
}
