/* Moodle compatibility of the GIFT reader: what Moodle's importer takes
 * either loads or is skipped with a warning naming its line. The two
 * fixture files are copies of the ones Moodle's own importer tests read. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bank.h"
#include "quiz.h"
#include "testutil.h"
#include "util.h"

static Bank *fixture(const char *name, Diag *d)
{
    size_t len;
    char *data = read_fixture(name, &len);
    Bank *b = bank_new();
    bool ok = bank_add_gift(b, name, data, len, d);
    if (!ok)
        test_diag_dump(d);
    ck_assert_msg(ok, "%s refused", name);
    free(data);
    return b;
}

static Bank *text(const char *s, Diag *d)
{
    Bank *b = bank_new();
    bool ok = bank_add_gift(b, "t.gift", s, strlen(s), d);
    if (!ok)
        test_diag_dump(d);
    ck_assert_msg(ok, "refused: %s", s);
    return b;
}

/* ---- core: Moodle's importer fixtures ---- */

START_TEST(moodle_questions_fixture_loads_every_playable_question)
{
    Diag d = {0};
    Bank *b = fixture("moodle_importer_questions.gift", &d);
    BankStats st = bank_stats(b, 0, &d);
    ck_assert_uint_eq(st.errors, 0);
    /* Q2, colours, Q5, Shortanswer, Q1, and the two "2-08 TSL". */
    ck_assert_uint_eq(bank_count(b), 7);
    ck_assert_uint_eq(st.by_kind[QKIND_CHOICE], 1);
    ck_assert_uint_eq(st.by_kind[QKIND_MULTI], 1);
    ck_assert_uint_eq(st.by_kind[QKIND_TRUEFALSE], 3);
    ck_assert_uint_eq(st.by_kind[QKIND_NUMERIC], 1);
    ck_assert_uint_eq(st.by_kind[QKIND_SHORT], 1);
    const char *f = "moodle_importer_questions.gift";
    char want[256];
    snprintf(want, sizeof want, "%s:2:1: warning: essay question skipped", f);
    ck_assert(test_diag_has(&d, want));
    snprintf(want, sizeof want, "%s:5:1: warning: matching question skipped", f);
    ck_assert(test_diag_has(&d, want));
    snprintf(want, sizeof want, "%s:49:1: warning: duplicate name '2-08 TSL'", f);
    ck_assert(test_diag_has(&d, want));
    ck_assert_uint_eq(st.warnings, 3);
    ck_assert_ptr_nonnull(bank_find(b, "2-08 TSL"));
    ck_assert(bank_find(b, "2-08 TSL#2")->tf_answer);
    diag_clear(&d);
    bank_free(b);
}
END_TEST

START_TEST(moodle_short_answer_with_partial_credit_and_wildcard)
{
    Diag d = {0};
    Bank *b = fixture("moodle_importer_questions.gift", &d);
    const Question *q = bank_find(b, "Shortanswer");
    ck_assert_int_eq(q->kind, QKIND_SHORT);
    ck_assert_int_eq(q->n_choices, 3);
    ck_assert_str_eq(q->choices[2].text, "*");
    ck_assert(q->choices[2].weight == 0);
    QuizConfig cfg;
    quiz_config_defaults(&cfg);
    cfg.round_length = 1;
    const Question *pool[] = {q};
    static const struct {
        const char *typed;
        QuizVerdict verdict;
        const char *feedback;
    } cases[] = {{" frog ", QUIZ_CORRECT, "Good!"},
                 {"CAT", QUIZ_PARTIAL, "What is it with Moodlers and cats?"},
                 {"dog", QUIZ_WRONG, "Completely wrong"}};
    for (size_t i = 0; i < ARRAY_LEN(cases); i++) {
        Quiz *z = quiz_new(pool, 1, &cfg, 1);
        quiz_start(z, 0);
        const QuizOutcome *o = quiz_answer_text(z, cases[i].typed, 10);
        ck_assert_ptr_nonnull(o);
        ck_assert_int_eq(o->verdict, cases[i].verdict);
        ck_assert_str_eq(o->feedback, cases[i].feedback);
        ck_assert_str_eq(o->chosen_text, cases[i].typed);
        quiz_free(z);
    }
    diag_clear(&d);
    bank_free(b);
}
END_TEST

START_TEST(moodle_format_prefixes_on_answers_and_feedback)
{
    Diag d = {0};
    Bank *b = fixture("moodle_importer_questions.gift", &d);
    const Question *q = bank_find(b, "Q2");
    ck_assert_str_eq(q->choices[1].text, "red");
    ck_assert_str_eq(q->choices[1].feedback, "wrong, it's yellow");
    ck_assert_str_eq(q->choices[2].text, "blue");
    q = bank_find(b, "colours");
    ck_assert_str_eq(q->choices[3].text, "blue");
    ck_assert_str_eq(q->choices[1].feedback, "wrong");
    q = bank_find(b, "Q1");
    ck_assert(!q->tf_answer);
    ck_assert_str_eq(q->tf_feedback_wrong, "42 is the Ultimate Answer.");
    ck_assert_str_eq(q->general_feedback,
                     "This is, of course, a Hitchiker's Guide to the Galaxy reference.");
    /* Text after the closing brace: Moodle's missing-word form. */
    ck_assert_str_eq(q->text, "42 is the Absolute Answer to everything. _____ \";");
    diag_clear(&d);
    bank_free(b);
}
END_TEST

START_TEST(moodle_numeric_wrong_answer_feedback)
{
    Diag d = {0};
    Bank *b = fixture("moodle_importer_questions.gift", &d);
    const Question *q = bank_find(b, "Q5");
    ck_assert_int_eq(q->kind, QKIND_NUMERIC);
    ck_assert_int_eq(q->n_numeric, 2);
    ck_assert(!q->numeric[0].otherwise);
    ck_assert(q->numeric[0].min == 1 && q->numeric[0].max == 5 && q->numeric[0].value == 3);
    ck_assert(q->numeric[1].otherwise);
    ck_assert_str_eq(q->numeric[1].feedback, "Completely wrong");
    ck_assert(q->numeric[1].weight == 0);

    /* Played: a wrong number gets that feedback and no marks; a right one
     * full marks and no wrong-answer feedback. */
    QuizConfig cfg;
    quiz_config_defaults(&cfg);
    cfg.round_length = 1;
    const Question *pool[] = {q};
    Quiz *z = quiz_new(pool, 1, &cfg, 1);
    quiz_start(z, 0);
    const QuizOutcome *o = quiz_answer_number(z, 9, 10);
    ck_assert_int_eq(o->verdict, QUIZ_WRONG);
    ck_assert_str_eq(o->feedback, "Completely wrong");
    ck_assert(o->correct_number == 3);
    quiz_free(z);
    z = quiz_new(pool, 1, &cfg, 1);
    quiz_start(z, 0);
    o = quiz_answer_number(z, 4, 10);
    ck_assert_int_eq(o->verdict, QUIZ_CORRECT);
    ck_assert_ptr_null(o->feedback);
    quiz_free(z);
    diag_clear(&d);
    bank_free(b);
}
END_TEST

START_TEST(moodle_category_fixture_loads_with_html_and_category)
{
    Diag d = {0};
    Bank *b = fixture("moodle_importer_questions_in_category.gift", &d);
    ck_assert_uint_eq(bank_count(b), 3);
    ck_assert_int_eq(bank_find(b, "Moodle user")->kind, QKIND_SHORT);
    const Question *q = bank_find(b, "Greeting");
    ck_assert_str_eq(q->category, "Default for New Features");
    ck_assert_str_eq(q->text, "Listen to this greeting:\n\nWhat language is being spoken?");
    ck_assert_str_eq(q->choices[1].text, "French");
    q = bank_find(b, "Moodle acronym");
    ck_assert_str_eq(q->text, "Moodle is an acronym for Modular Object-Oriented Dynamic Learning "
                              "Environment.");
    ck_assert(
        test_diag_has(&d, "moodle_importer_questions_in_category.gift:5:1: warning: matching"));
    ck_assert_uint_eq(diag_count(&d, DIAG_WARNING), 1);
    diag_clear(&d);
    bank_free(b);
}
END_TEST

START_TEST(typed_text_is_stored_cut_at_a_character)
{
    Diag d = {0};
    Bank *b = text("::s::Who?{=Guterres}", &d);
    const Question *pool[] = {bank_find(b, "s")};
    QuizConfig cfg;
    quiz_config_defaults(&cfg);
    Quiz *z = quiz_new(pool, 1, &cfg, 1);
    quiz_start(z, 0);
    char typed[200] = "x"; /* one byte, then two-byte letters: 32 cuts one in half */
    for (int i = 0; i < 60; i++)
        strcat(typed, "گ");
    const QuizOutcome *o = quiz_answer_text(z, typed, 10);
    ck_assert_int_eq(o->verdict, QUIZ_WRONG);
    ck_assert_uint_eq(strlen(o->chosen_key), 31);
    ck_assert_uint_eq(strlen(o->chosen_text), 95);
    ck_assert(strncmp(o->chosen_text, typed, 95) == 0);
    quiz_free(z);
    diag_clear(&d);
    bank_free(b);
}
END_TEST

START_TEST(numeric_wrong_feedback_in_the_list_form)
{
    Diag d = {0};
    Bank *b = text("::n::How many? {#\n=%100%128:0#Right\n=%50%120..130\n~#Not at all\n}", &d);
    const Question *q = bank_find(b, "n");
    ck_assert_int_eq(q->n_numeric, 3);
    ck_assert(q->numeric[2].otherwise);
    ck_assert_str_eq(q->numeric[2].feedback, "Not at all");
    ck_assert_uint_eq(d.count, 0);
    diag_clear(&d);
    bank_free(b);
}
END_TEST

START_TEST(text_between_tilde_and_hash_is_dropped_with_a_warning)
{
    Diag d = {0};
    Bank *b = text("N?{#5~oops#No}", &d);
    ck_assert(test_diag_has(&d,
                            "t.gift:1:7: warning: text between '~' and '#' in a numerical question "
                            "ignored"));
    ck_assert_str_eq(bank_question(b, 0)->numeric[1].feedback, "No");
    diag_clear(&d);
    bank_free(b);
}
END_TEST

START_TEST(html_entities_and_breaks)
{
    Diag d = {0};
    Bank *b = text("::h::[html]A &amp; B&nbsp;&lt;C&gt;<br/>line &#1575; &#x6A9;{T}", &d);
    ck_assert_str_eq(bank_find(b, "h")->text, "A & B <C>\nline ا ک");
    diag_clear(&d);
    bank_free(b);
}
END_TEST

START_TEST(category_paths_keep_their_last_segment)
{
    Diag d = {0};
    Bank *b = text("$CATEGORY: $course$/top/Police/Women in the police/\n\n::a::A?{T}\n\n"
                   "$CATEGORY: $system$/top/UN\n::b::B?{T}",
                   &d);
    ck_assert_str_eq(bank_find(b, "a")->category, "Women in the police");
    ck_assert_str_eq(bank_find(b, "b")->category, "UN");
    diag_clear(&d);
    bank_free(b);
}
END_TEST

static Suite *gift_suite(void)
{
    Suite *s = suite_create("gift");
    TCase *core = tcase_create("core");
    tcase_add_test(core, moodle_questions_fixture_loads_every_playable_question);
    tcase_add_test(core, moodle_format_prefixes_on_answers_and_feedback);
    tcase_add_test(core, moodle_short_answer_with_partial_credit_and_wildcard);
    tcase_add_test(core, moodle_numeric_wrong_answer_feedback);
    tcase_add_test(core, moodle_category_fixture_loads_with_html_and_category);
    tcase_add_test(core, numeric_wrong_feedback_in_the_list_form);
    tcase_add_test(core, typed_text_is_stored_cut_at_a_character);
    tcase_add_test(core, html_entities_and_breaks);
    tcase_add_test(core, category_paths_keep_their_last_segment);
    suite_add_tcase(s, core);
    TCase *errors = tcase_create("errors");
    tcase_add_test(errors, text_between_tilde_and_hash_is_dropped_with_a_warning);
    suite_add_tcase(s, errors);
    return s;
}

int main(void)
{
    return run_suite(gift_suite());
}
