/* Reading aloud: espeak-ng on its worker thread, speech of a plausible
 * length in English and Urdu, the Urdu number words for a year, stop at
 * once, the per-round cache. Built without espeak-ng, the suite checks that
 * speech says why it is off. */
#include <SDL.h>
#include <stdlib.h>
#include <string.h>

#include "audio.h"
#include "speech.h"
#include "testutil.h"

#define LEXICON AMAN_SOURCE_DIR "/assets/speech/pronounce.tsv"

#ifdef AMAN_HAVE_ESPEAK

static Audio *audio;
static Speech *sp;

static void setup(void)
{
    char why[256];
    audio = audio_new_offline();
    sp = speech_open(audio, LEXICON, why, sizeof why);
    ck_assert_msg(sp != NULL, "%s", why);
    ck_assert_str_eq(why, "");
}

static void teardown(void)
{
    speech_close(sp);
    audio_close(audio);
}

static double seconds_of_card(Lang lang, const SpeechCard *card)
{
    char *text = speech_text_card(speech_lexicon(sp), lang, card);
    size_t n;
    int16_t *pcm = speech_render(sp, lang, text, &n);
    ck_assert_ptr_nonnull(pcm);
    size_t loud = 0;
    for (size_t i = 0; i < n; i++)
        loud += abs(pcm[i]) > 500;
    ck_assert_uint_gt(loud, n / 10); /* speech, not silence */
    free(pcm);
    free(text);
    return (double)n / AUDIO_RATE;
}

START_TEST(english_question_has_a_plausible_length)
{
    SpeechCard c = {"Since which year has the army counted Pakistan's share in UN peacekeeping?",
                    {"1960", "1947", "1971", "2001"},
                    4};
    double s = seconds_of_card(LANG_EN, &c);
    /* About 18 words with the answers, at 150 words a minute. */
    ck_assert_msg(s > 5.0 && s < 14.0, "%.2f s", s);
}
END_TEST

START_TEST(urdu_question_has_a_plausible_length)
{
    SpeechCard c = {"فوج نے اقوامِ متحدہ کی امن فوج میں پاکستان کے حصے کا شمار کس سال سے کیا؟",
                    {"1960", "1947", "1971", "2001"},
                    4};
    double s = seconds_of_card(LANG_UR, &c);
    ck_assert_msg(s > 5.0 && s < 16.0, "%.2f s", s);
}
END_TEST

START_TEST(urdu_year_is_said_as_a_pakistani_hears_it)
{
    char *raw = speech_phonemes(sp, LANG_UR, "1960");
    ck_assert_msg(strstr(raw, "Haz'a:R"), "espeak-ng changed: %s", raw); /* ek hazaar ... */
    char *text = speech_text_prepare(speech_lexicon(sp), LANG_UR, "شمار ۱۹۶۰ سے");
    char *ph = speech_phonemes(sp, LANG_UR, text);
    /* unnees sau saath */
    ck_assert_msg(strstr(ph, "Unnis") && strstr(ph, "s'o:") && strstr(ph, "s'a:t"), "%s", ph);
    ck_assert_msg(!strstr(ph, "Haz'a:R"), "%s", ph);
    free(raw);
    free(text);
    free(ph);
}
END_TEST

START_TEST(bank_numbers_in_urdu)
{
    static const struct {
        const char *text, *want;
    } cases[] = {
        {"235,000", "l'a:k"},   /* do laakh paintees hazaar */
        {"181", "Ika:s'i:"},    /* ek sau ikaasi */
        {"128", "at#:a:j'i:s"}, /* ek sau atthaais */
        {"2011", "gj'a:RaH"},   /* do hazaar gyaarah */
        {"1997", "Unnis"},      /* unnees sau sattaanve */
        {"2022", "ba:'i:s"},    /* do hazaar baaees */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *text = speech_text_prepare(speech_lexicon(sp), LANG_UR, cases[i].text);
        char *ph = speech_phonemes(sp, LANG_UR, text);
        ck_assert_msg(strstr(ph, cases[i].want), "%s: %s", cases[i].text, ph);
        free(text);
        free(ph);
    }
}
END_TEST

START_TEST(names_in_english)
{
    char *text = speech_text_prepare(speech_lexicon(sp), LANG_EN, "Guterres in Timor-Leste, 1960");
    char *ph = speech_phonemes(sp, LANG_EN, text);
    ck_assert_msg(strstr(ph, "ES") && strstr(ph, "n'aInti:n s'Iksti"), "%s", ph);
    ck_assert_msg(!strstr(ph, "h'VndrI2d"), "%s", ph);
    free(text);
    free(ph);
}
END_TEST

static bool wait_for(bool (*cond)(void), int ms)
{
    for (int t = 0; t < ms; t += 5) {
        if (cond())
            return true;
        SDL_Delay(5);
    }
    return cond();
}

static bool sounding(void)
{
    return audio_stream_pending(audio) > 0;
}

START_TEST(stop_is_at_once)
{
    SpeechPart p = {LANG_EN, "This is a long sentence that would take many seconds to read aloud, "
                             "far longer than the time this test waits for it to begin."};
    speech_say(sp, &p, 1);
    ck_assert(speech_speaking(sp));
    ck_assert(wait_for(sounding, 3000));
    speech_stop(sp); /* the player answered */
    ck_assert_uint_eq(audio_stream_pending(audio), 0);
    SDL_Delay(300); /* the worker abandons synthesis; a late chunk is dropped */
    ck_assert_uint_eq(audio_stream_pending(audio), 0);
    ck_assert(!speech_speaking(sp));
}
END_TEST

/* Plays the stream out as a device would, until speech ends. */
static size_t drain(void)
{
    int16_t buf[2048];
    size_t played = 0;
    for (int i = 0; i < 4000 && speech_speaking(sp); i++) {
        size_t before = audio_stream_pending(audio);
        audio_mix(audio, buf, 2048);
        played += before < 2048 ? before : 2048;
        if (!before)
            SDL_Delay(2);
    }
    return played;
}

START_TEST(a_text_once_spoken_is_cached_for_the_round)
{
    SpeechPart p[2] = {{LANG_EN, "Where did they meet? A: In New York."},
                       {LANG_UR, "ملاقات کہاں ہوئی؟"}};
    speech_say(sp, p, 2);
    size_t first = drain();
    size_t hits;
    ck_assert_uint_eq(speech_cached(sp, &hits), 2);
    ck_assert_uint_eq(hits, 0);
    speech_say(sp, p, 2);
    size_t again = drain();
    ck_assert_uint_eq(speech_cached(sp, &hits), 2);
    ck_assert_uint_eq(hits, 2);
    ck_assert_uint_eq(first, again);
    speech_new_round(sp);
    speech_say(sp, p, 1);
    drain();
    ck_assert_uint_eq(speech_cached(sp, &hits), 1);
}
END_TEST

static Suite *speech_suite(void)
{
    Suite *s = suite_create("speech");
    TCase *core = tcase_create("core");
    tcase_add_checked_fixture(core, setup, teardown);
    tcase_set_timeout(core, 60);
    tcase_add_test(core, english_question_has_a_plausible_length);
    tcase_add_test(core, urdu_question_has_a_plausible_length);
    tcase_add_test(core, urdu_year_is_said_as_a_pakistani_hears_it);
    tcase_add_test(core, bank_numbers_in_urdu);
    tcase_add_test(core, names_in_english);
    tcase_add_test(core, stop_is_at_once);
    tcase_add_test(core, a_text_once_spoken_is_cached_for_the_round);
    suite_add_tcase(s, core);
    return s;
}

#else

START_TEST(without_espeak_speech_says_why)
{
    char why[256];
    Audio *a = audio_new_offline();
    ck_assert_ptr_null(speech_open(a, LEXICON, why, sizeof why));
    ck_assert_msg(strstr(why, "espeak-ng"), "%s", why);
    ck_assert(!speech_speaking(NULL));
    audio_close(a);
}
END_TEST

static Suite *speech_suite(void)
{
    Suite *s = suite_create("speech");
    TCase *core = tcase_create("core");
    tcase_add_test(core, without_espeak_speech_says_why);
    suite_add_tcase(s, core);
    return s;
}

#endif

int main(void)
{
    return run_suite(speech_suite());
}
