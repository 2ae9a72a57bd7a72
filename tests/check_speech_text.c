#include <stdlib.h>
#include <string.h>

#include "speech_text.h"
#include "testutil.h"

static SpeechLexicon *bundled(void)
{
    SpeechLexicon *lx = speech_lexicon_new();
    Diag d = {0};
    ck_assert(speech_lexicon_load(lx, AMAN_SOURCE_DIR "/assets/speech/pronounce.tsv", &d));
    ck_assert_uint_eq(d.count, 0);
    diag_clear(&d);
    return lx;
}

/* Prepares text for lang with the bundled lexicon and compares. */
static void says(Lang lang, const char *in, const char *want)
{
    SpeechLexicon *lx = bundled();
    char *got = speech_text_prepare(lx, lang, in);
    ck_assert_str_eq(got, want);
    free(got);
    speech_lexicon_free(lx);
}

START_TEST(years_are_said_as_years)
{
    says(LANG_EN, "since 1960.", "since 19 60.");
    says(LANG_EN, "In 1997 and 2011", "In 19 97 and 2011");
    says(LANG_EN, "1900 and 1905", "19 hundred and 19 oh 5");
    says(LANG_UR, "1960 سے", "19 سو 60 سے");
    says(LANG_UR, "1900", "19 سو");
}
END_TEST

START_TEST(counts_are_not_years)
{
    says(LANG_EN, "235,000 troops", "235,000 troops");
    says(LANG_EN, "181 and 128 and 2022", "181 and 128 and 2022");
    says(LANG_EN, "1,960 or 19600 or 1960.5", "1,960 or 19600 or 1960.5");
    says(LANG_UR, "235,000 فوجی", "235,000 فوجی");
}
END_TEST

START_TEST(urdu_digits_become_ascii)
{
    /* espeak-ng says nothing at all for U+06F0..06F9. */
    says(LANG_UR, "۲۳۵,۰۰۰ اور ۱۸۱", "235,000 اور 181");
    says(LANG_UR, "سال ۱۹۶۰", "سال 19 سو 60");
}
END_TEST

START_TEST(bidi_marks_are_dropped)
{
    says(LANG_UR,
         "تاریخ \xe2\x81\xa6"
         "2024-06-08\xe2\x81\xa9 درج",
         "تاریخ 2024-06-08 درج");
}
END_TEST

START_TEST(lexicon_replaces_whole_words_only)
{
    says(LANG_EN, "Antonio Guterres, the UN chief", "Antonio Gooterresh, the UN chief");
    says(LANG_EN, "Guterresque", "Guterresque");
    says(LANG_EN, "Timor-Leste.", "Teemor Leshtay.");
    says(LANG_UR, "UN کا مشن", "یو این کا مشن");
    says(LANG_UR, "UNICEF", "UNICEF");
    /* English rows never apply to the Urdu voice and back. */
    says(LANG_EN, "UN", "UN");
}
END_TEST

START_TEST(card_reads_question_then_lettered_answers)
{
    SpeechCard c = {"Since when?", {"1960", "235,000"}, 2};
    char *en = speech_text_card(NULL, LANG_EN, &c);
    ck_assert_str_eq(en, "Since when? A: 19 60. B: 235,000.");
    free(en);
    SpeechCard u = {"کب سے؟", {"1960", "جون"}, 2};
    char *ur = speech_text_card(NULL, LANG_UR, &u);
    ck_assert_str_eq(ur, "کب سے؟ اے، 19 سو 60۔ بی، جون۔");
    free(ur);
}
END_TEST

START_TEST(card_without_answers)
{
    SpeechCard c = {"  How many?  ", {0}, 0};
    char *s = speech_text_card(NULL, LANG_EN, &c);
    ck_assert_str_eq(s, "How many?");
    free(s);
}
END_TEST

START_TEST(card_of_a_question_never_says_what_to_type)
{
    Question q = {.id = "t", .text = "Where?", .kind = QKIND_CHOICE, .n_choices = 2};
    q.choices[0].text = "Here";
    q.choices[1].text = "There";
    SpeechCard c;
    speech_card_of(&q, &c);
    ck_assert_str_eq(c.question, "Where?");
    ck_assert_int_eq(c.n_answers, 2);
    ck_assert_str_eq(c.answers[1], "There");
    q.kind = QKIND_SHORT; /* the accepted answers are what the player types */
    speech_card_of(&q, &c);
    ck_assert_int_eq(c.n_answers, 0);
    q.kind = QKIND_TRUEFALSE;
    speech_card_of(&q, &c);
    ck_assert_int_eq(c.n_answers, 2);
}
END_TEST

START_TEST(bad_rows_are_named)
{
    SpeechLexicon *lx = speech_lexicon_new();
    Diag d = {0};
    ck_assert(!speech_lexicon_parse(lx, "p.tsv", "# c\nen\tok\tfine\nfr\tx\ty\nen\tonly\n", &d));
    ck_assert_uint_eq(d.count, 2);
    char line[256];
    diag_format(&d.items[0], line, sizeof line);
    ck_assert_msg(strstr(line, "p.tsv:3:1: error: unknown language 'fr'"), "%s", line);
    diag_format(&d.items[1], line, sizeof line);
    ck_assert_msg(strstr(line, "p.tsv:4:"), "%s", line);
    ck_assert_int_eq(speech_lexicon_count(lx, LANG_EN), 1);
    diag_clear(&d);
    speech_lexicon_free(lx);
}
END_TEST

START_TEST(missing_file_is_an_error)
{
    SpeechLexicon *lx = speech_lexicon_new();
    Diag d = {0};
    ck_assert(!speech_lexicon_load(lx, "/nonexistent/pronounce.tsv", &d));
    ck_assert_uint_eq(d.count, 1);
    diag_clear(&d);
    speech_lexicon_free(lx);
}
END_TEST

START_TEST(limits_empty_and_broken_utf8)
{
    says(LANG_EN, "", "");
    char *s = speech_text_prepare(NULL, LANG_UR, "\xff\xd8 1960");
    ck_assert_str_eq(s, "\xff\xd8 19 سو 60");
    free(s);
}
END_TEST

static Suite *speech_text_suite(void)
{
    Suite *s = suite_create("speech_text");
    TCase *core = tcase_create("core");
    tcase_add_test(core, years_are_said_as_years);
    tcase_add_test(core, counts_are_not_years);
    tcase_add_test(core, urdu_digits_become_ascii);
    tcase_add_test(core, bidi_marks_are_dropped);
    tcase_add_test(core, lexicon_replaces_whole_words_only);
    tcase_add_test(core, card_reads_question_then_lettered_answers);
    tcase_add_test(core, card_without_answers);
    tcase_add_test(core, card_of_a_question_never_says_what_to_type);
    suite_add_tcase(s, core);
    TCase *errors = tcase_create("errors");
    tcase_add_test(errors, bad_rows_are_named);
    tcase_add_test(errors, missing_file_is_an_error);
    suite_add_tcase(s, errors);
    TCase *limits = tcase_create("limits");
    tcase_add_test(limits, limits_empty_and_broken_utf8);
    suite_add_tcase(s, limits);
    return s;
}

int main(void)
{
    return run_suite(speech_text_suite());
}
