/* Moodle's two multilang forms: the pure picker (multilang.h), then the
 * same texts read from GIFT into both forms of every field of a Question,
 * and i18n_bank answering from a bank's own Urdu. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bank.h"
#include "i18n.h"
#include "multilang.h"
#include "testutil.h"
#include "util.h"

#define BUILD_LOCALE AMAN_BUILD_DIR "/locale"

/* The form of s in lang, in a static buffer. */
static const char *pick(const char *s, MlLang lang, MlInfo *info)
{
    static char out[2][1024];
    char *o = out[lang];
    multilang_pick(s, strlen(s), lang, o, info);
    return o;
}

#define SPAN(l, t) "<span lang=\"" l "\" class=\"multilang\">" t "</span>"

/* ---- core: the picker ---- */

START_TEST(span_group_gives_each_language_its_block)
{
    MlInfo info;
    const char *s = SPAN("en", "How many missions?") SPAN("ur", "کتنے مشن؟");
    ck_assert_str_eq(pick(s, ML_EN, &info), "How many missions?");
    ck_assert(info.any && info.en && info.ur);
    ck_assert_str_eq(pick(s, ML_UR, NULL), "کتنے مشن؟");
}
END_TEST

START_TEST(span_text_outside_blocks_is_kept_and_blanks_between_blocks_dropped)
{
    const char *s = "Q1. " SPAN("en", "Yes") " \n " SPAN("ur", "ہاں") " (2024)";
    ck_assert_str_eq(pick(s, ML_EN, NULL), "Q1. Yes (2024)");
    ck_assert_str_eq(pick(s, ML_UR, NULL), "Q1. ہاں (2024)");
}
END_TEST

START_TEST(span_group_without_the_language_shows_its_first_block)
{
    MlInfo info;
    const char *s = SPAN("fr", "Oui") SPAN("ur", "ہاں");
    ck_assert_str_eq(pick(s, ML_EN, &info), "Oui");
    ck_assert(info.ur && !info.en);
}
END_TEST

START_TEST(region_tags_and_attribute_order_and_quotes_count)
{
    const char *s = "<span class='multilang other' lang='ur_PK'>اردو</span>"
                    "<SPAN LANG=\"en-US\" CLASS=\"multilang\">English</SPAN>";
    ck_assert_str_eq(pick(s, ML_UR, NULL), "اردو");
    ck_assert_str_eq(pick(s, ML_EN, NULL), "English");
    ck_assert_str_eq(pick(SPAN("ur-PK", "ا") SPAN("EN_us", "e"), ML_EN, NULL), "e");
}
END_TEST

START_TEST(span_without_multilang_class_is_not_a_block)
{
    MlInfo info;
    const char *s = "<span lang=\"ur\">نہیں</span> and <span class=\"x\">y</span>";
    ck_assert_str_eq(pick(s, ML_EN, &info), s);
    ck_assert(!info.any);
}
END_TEST

START_TEST(nested_spans_stay_inside_their_block)
{
    const char *s = SPAN("en", "a <span style=\"x\">b</span> c") SPAN("ur", "ج");
    ck_assert_str_eq(pick(s, ML_EN, NULL), "a <span style=\"x\">b</span> c");
    ck_assert_str_eq(pick(s, ML_UR, NULL), "ج");
}
END_TEST

START_TEST(mlang_blocks_show_only_their_language)
{
    MlInfo info;
    const char *s = "{mlang en}How many?{mlang}{mlang ur}کتنے؟{mlang} (UN)";
    ck_assert_str_eq(pick(s, ML_EN, &info), "How many? (UN)");
    ck_assert(info.any && info.en && info.ur);
    ck_assert_str_eq(pick(s, ML_UR, NULL), "کتنے؟ (UN)");
}
END_TEST

START_TEST(mlang_other_is_the_fallback_only_when_no_block_names_the_language)
{
    const char *s = "{mlang other}Hello{mlang}{mlang ur}سلام{mlang}";
    ck_assert_str_eq(pick(s, ML_EN, NULL), "Hello");
    ck_assert_str_eq(pick(s, ML_UR, NULL), "سلام");
    ck_assert_str_eq(pick("{MLANG fr,ur_PK}x{mlang}{mlang other}y{mlang}", ML_UR, NULL), "x");
    ck_assert_str_eq(pick("{mlang de}x{mlang}", ML_EN, NULL), "");
}
END_TEST

START_TEST(unclosed_blocks_are_plain_text)
{
    MlInfo info;
    ck_assert_str_eq(pick("{mlang en}open", ML_EN, &info), "{mlang en}open");
    ck_assert(!info.any);
    ck_assert_str_eq(pick("<span lang=\"en\" class=\"multilang\">x", ML_UR, NULL),
                     "<span lang=\"en\" class=\"multilang\">x");
    ck_assert_str_eq(pick("{mlangen}x{mlang}", ML_EN, NULL), "{mlangen}x{mlang}");
}
END_TEST

START_TEST(tag_length_for_the_gift_scanner)
{
    ck_assert_uint_eq(multilang_tag_len("{mlang en}x", 11), 10);
    ck_assert_uint_eq(multilang_tag_len("{mlang}", 7), 7);
    ck_assert_uint_eq(multilang_tag_len("{=a ~b}", 7), 0);
    const char *span = "<span lang=\"ur\" class=\"multilang\">x";
    ck_assert_uint_eq(multilang_tag_len(span, strlen(span)), strlen(span) - 1);
    ck_assert_uint_eq(multilang_tag_len("<b>x</b>", 8), 0);
}
END_TEST

/* ---- core: GIFT texts in both forms ---- */

static Bank *load(const char *text)
{
    Bank *b = bank_new();
    Diag d = {0};
    bool ok = bank_add_gift(b, "t.gift", text, strlen(text), &d);
    char line[1024];
    for (size_t i = 0; i < d.count; i++) {
        diag_format(&d.items[i], line, sizeof line);
        fprintf(stderr, "  %s\n", line);
    }
    ck_assert_msg(ok, "refused: %s", text);
    ck_assert_uint_eq(d.count, 0);
    diag_clear(&d);
    return b;
}

#define ESPAN(l, t) "<span lang\\=\"" l "\" class\\=\"multilang\">" t "</span>"

START_TEST(gift_span_form_with_escaped_equals_in_every_field)
{
    Bank *b = load("// @source: " ESPAN("en", "The statement.") ESPAN(
        "ur", "بیان۔") "\n"
                       "::m::[html]" ESPAN("en", "How many missions?") ESPAN(
                           "ur",
                           "کتنے مشن؟") "{\n"
                                        "=" ESPAN("en", "29") ESPAN("ur", "۲۹") "#" ESPAN("en",
                                                                                          "Right")
                                            ESPAN("ur", "درست") "\n"
                                                                "~30\n"
                                                                "####" ESPAN("en", "Because.")
                                                                    ESPAN("ur", "کیونکہ۔") "}\n");
    const Question *q = bank_find(b, "m");
    ck_assert_str_eq(q->text, "How many missions?");
    ck_assert_str_eq(q->text_ur, "کتنے مشن؟");
    ck_assert_str_eq(q->choices[0].text, "29");
    ck_assert_str_eq(q->choices[0].text_ur, "۲۹");
    ck_assert_str_eq(q->choices[0].feedback, "Right");
    ck_assert_str_eq(q->choices[0].feedback_ur, "درست");
    ck_assert_str_eq(q->choices[1].text, "30");
    ck_assert_ptr_null(q->choices[1].text_ur);
    ck_assert_str_eq(q->general_feedback, "Because.");
    ck_assert_str_eq(q->general_feedback_ur, "کیونکہ۔");
    ck_assert_str_eq(q->source, "The statement.");
    ck_assert_str_eq(q->source_ur, "بیان۔");
    ck_assert_str_eq(question_urdu(q, "choice.1"), "۲۹");
    ck_assert_str_eq(question_urdu(q, "choice.1.feedback"), "درست");
    ck_assert_ptr_null(question_urdu(q, "choice.2"));
    ck_assert_ptr_null(question_urdu(q, "choice.7"));
    ck_assert_str_eq(question_english(q, "general"), "Because.");
    bank_free(b);
}
END_TEST

START_TEST(gift_span_form_with_unescaped_equals_in_the_answers_too)
{
    /* Moodle's exporter escapes '=', a hand-written file may not: a
     * multilang tag is never read as an answer marker. */
    Bank *b = load("::u::" SPAN("en", "Capital?") SPAN("ur", "دارالحکومت؟") "{=" SPAN(
        "en", "Islamabad") SPAN("ur", "اسلام آباد") " ~Karachi}");
    const Question *q = bank_find(b, "u");
    ck_assert_int_eq(q->n_choices, 2);
    ck_assert_str_eq(q->choices[0].text, "Islamabad");
    ck_assert_str_eq(q->choices[0].text_ur, "اسلام آباد");
    ck_assert_str_eq(q->text_ur, "دارالحکومت؟");
    bank_free(b);
}
END_TEST

START_TEST(gift_mlang_form_with_and_without_escaped_braces)
{
    Bank *b = load("::a::{mlang en}Is the sky blue?{mlang}{mlang ur}کیا آسمان نیلا ہے؟{mlang}"
                   "{T#{mlang en}No.{mlang}{mlang ur}نہیں۔{mlang}#Yes.}\n\n"
                   "::b::\\{mlang en\\}Two?\\{mlang\\}\\{mlang ur\\}دو؟\\{mlang\\}{#2}\n\n"
                   "::c::{mlang other}Fallback{mlang}{mlang ur}اردو{mlang}{F}\n");
    const Question *q = bank_find(b, "a");
    ck_assert_str_eq(q->text, "Is the sky blue?");
    ck_assert_str_eq(q->text_ur, "کیا آسمان نیلا ہے؟");
    ck_assert_str_eq(q->tf_feedback_wrong, "No.");
    ck_assert_str_eq(q->tf_feedback_wrong_ur, "نہیں۔");
    ck_assert_str_eq(q->tf_feedback_right, "Yes.");
    ck_assert_ptr_null(q->tf_feedback_right_ur);
    q = bank_find(b, "b");
    ck_assert_str_eq(q->text, "Two?");
    ck_assert_str_eq(q->text_ur, "دو؟");
    ck_assert_int_eq(q->kind, QKIND_NUMERIC);
    q = bank_find(b, "c");
    ck_assert_str_eq(q->text, "Fallback");
    ck_assert_str_eq(q->text_ur, "اردو");
    bank_free(b);
}
END_TEST

START_TEST(one_language_only_shows_in_both)
{
    Bank *b = load("::ur-only::" SPAN(
        "ur", "پاکستان کا دارالحکومت؟") "{=اسلام آباد ~کراچی}\n\n"
                                        "::mlang-ur::{mlang ur}کتنے؟{mlang}{#3}\n\n"
                                        "::plain::Plain English?{T}\n\n"
                                        "::same::" SPAN("en", "UN") SPAN("ur", "UN") "{T}\n");
    const Question *q = bank_find(b, "ur-only");
    ck_assert_str_eq(q->text, "پاکستان کا دارالحکومت؟");
    ck_assert_ptr_null(q->text_ur);
    ck_assert_str_eq(bank_find(b, "mlang-ur")->text, "کتنے؟");
    ck_assert_ptr_null(bank_find(b, "mlang-ur")->text_ur);
    ck_assert_ptr_null(bank_find(b, "plain")->text_ur);
    ck_assert_str_eq(bank_find(b, "same")->text, "UN");
    ck_assert_ptr_null(bank_find(b, "same")->text_ur);
    /* --check-bank's note: the Urdu-only question has Urdu, the others not. */
    ck_assert_uint_eq(bank_count_lacking_urdu(b, 0, NULL, NULL), 2);
    bank_free(b);
}
END_TEST

START_TEST(missing_word_form_composes_each_language)
{
    Bank *b = load("::mw::" SPAN("en", "Pakistan is") SPAN("ur", "پاکستان") " {=first ~last} " SPAN(
        "en", "in the list.") SPAN("ur", "فہرست میں ہے۔") "\n");
    const Question *q = bank_find(b, "mw");
    ck_assert_str_eq(q->text, "Pakistan is _____ in the list.");
    ck_assert_str_eq(q->text_ur, "پاکستان _____ فہرست میں ہے۔");
    bank_free(b);
}
END_TEST

START_TEST(category_in_both_languages)
{
    Bank *b =
        load("$CATEGORY: $course$/top/" ESPAN("en", "Police")
                 ESPAN("ur", "پولیس") "\n\n"
                                      "::p::Q?{T}\n\n$CATEGORY: $course$/top\n\n::r::R?{T}\n");
    ck_assert_str_eq(bank_find(b, "p")->category, "Police");
    ck_assert_str_eq(bank_find(b, "p")->category_ur, "پولیس");
    ck_assert_str_eq(bank_find(b, "r")->category, "");
    bank_free(b);
}
END_TEST

/* ---- errors and limits ---- */

START_TEST(urdu_form_counts_for_the_length_limits)
{
    char *s = xmalloc(4000);
    char *ur = xmalloc(3000);
    size_t n = 0;
    for (int i = 0; i < 130; i++)
        n += (size_t)snprintf(ur + n, 3000 - n, "ب");
    snprintf(s, 4000, "Q?{=" ESPAN("en", "short") ESPAN("ur", "%s") " ~b}", ur);
    Bank *b = bank_new();
    Diag d = {0};
    ck_assert(!bank_add_gift(b, "t.gift", s, strlen(s), &d));
    char line[512];
    diag_format(&d.items[0], line, sizeof line);
    ck_assert_msg(strstr(line, "answer is too long for a card: 130 characters"), "%s", line);
    diag_clear(&d);
    bank_free(b);
    free(s);
    free(ur);
}
END_TEST

START_TEST(empty_english_and_urdu_is_an_empty_question)
{
    const char *s = "{mlang de}nur Deutsch{mlang}{T}";
    Bank *b = bank_new();
    Diag d = {0};
    ck_assert(!bank_add_gift(b, "t.gift", s, strlen(s), &d));
    char line[512];
    diag_format(&d.items[0], line, sizeof line);
    ck_assert_msg(strstr(line, "t.gift:1:1: error: empty question text"), "%s", line);
    diag_clear(&d);
    bank_free(b);
}
END_TEST

/* ---- i18n_bank asks the bank first ---- */

START_TEST(i18n_bank_prefers_the_files_own_urdu)
{
    Bank *b = load("$CATEGORY: " SPAN("en", "Police")
                       SPAN("ur", "پولیس") "\n"
                                           "::own::" SPAN("en", "How many missions?")
                                               SPAN("ur", "کتنے مشن؟") "{#29}\n");
    char msg[512];
    ck_assert_msg(i18n_start(BUILD_LOCALE, LANG_UR, msg, sizeof msg), "%s", msg);
    const Question *q = bank_find(b, "own");
    ck_assert_str_eq(i18n_bank("own", "question", q->text), "How many missions?");
    i18n_set_bank_urdu(bank_urdu, b);
    ck_assert_str_eq(i18n_bank("own", "question", q->text), "کتنے مشن؟");
    ck_assert_str_eq(i18n_bank("nope", "question", "x"), "x");
    ck_assert_str_eq(i18n_category("Police"), "پولیس");
    ck_assert_str_eq(i18n_category("Other"), "Other");
    i18n_set_lang(LANG_EN, msg, sizeof msg);
    ck_assert_str_eq(i18n_bank("own", "question", q->text), "How many missions?");
    i18n_set_bank_urdu(NULL, NULL);
    bank_free(b);
}
END_TEST

static Suite *multilang_suite(void)
{
    Suite *s = suite_create("multilang");
    TCase *core = tcase_create("core");
    tcase_add_test(core, span_group_gives_each_language_its_block);
    tcase_add_test(core, span_text_outside_blocks_is_kept_and_blanks_between_blocks_dropped);
    tcase_add_test(core, span_group_without_the_language_shows_its_first_block);
    tcase_add_test(core, region_tags_and_attribute_order_and_quotes_count);
    tcase_add_test(core, span_without_multilang_class_is_not_a_block);
    tcase_add_test(core, nested_spans_stay_inside_their_block);
    tcase_add_test(core, mlang_blocks_show_only_their_language);
    tcase_add_test(core, mlang_other_is_the_fallback_only_when_no_block_names_the_language);
    tcase_add_test(core, unclosed_blocks_are_plain_text);
    tcase_add_test(core, tag_length_for_the_gift_scanner);
    tcase_add_test(core, gift_span_form_with_escaped_equals_in_every_field);
    tcase_add_test(core, gift_span_form_with_unescaped_equals_in_the_answers_too);
    tcase_add_test(core, gift_mlang_form_with_and_without_escaped_braces);
    tcase_add_test(core, one_language_only_shows_in_both);
    tcase_add_test(core, missing_word_form_composes_each_language);
    tcase_add_test(core, category_in_both_languages);
    tcase_add_test(core, i18n_bank_prefers_the_files_own_urdu);
    suite_add_tcase(s, core);
    TCase *errors = tcase_create("errors");
    tcase_add_test(errors, empty_english_and_urdu_is_an_empty_question);
    suite_add_tcase(s, errors);
    TCase *limits = tcase_create("limits");
    tcase_add_test(limits, urdu_form_counts_for_the_length_limits);
    suite_add_tcase(s, limits);
    return s;
}

int main(void)
{
    return run_suite(multilang_suite());
}
