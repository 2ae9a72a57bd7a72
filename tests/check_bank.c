/* The GIFT question bank: every playable kind, every error, the limits. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bank.h"
#include "testutil.h"
#include "util.h"

/* ---- helpers ---- */

static bool add_str(Bank *b, const char *text, Diag *d)
{
    return bank_add_gift(b, "t.gift", text, strlen(text), d);
}

static bool add_fixture(Bank *b, const char *name, Diag *d)
{
    size_t len;
    char *data = read_fixture(name, &len);
    bool ok = bank_add_gift(b, name, data, len, d);
    free(data);
    return ok;
}

/* Loads one question from text; fails the test unless it loads cleanly. */
static const Question *one(Bank *b, const char *text)
{
    Diag d = {0};
    bool ok = add_str(b, text, &d);
    if (!ok)
        test_diag_dump(&d);
    ck_assert_msg(ok, "refused: %s", text);
    ck_assert_uint_eq(d.count, 0);
    diag_clear(&d);
    ck_assert_uint_ge(bank_count(b), 1);
    return bank_question(b, bank_count(b) - 1);
}

/* Refuses text with an error whose formatted line contains `expect`. */
static void refused(const char *text, const char *expect)
{
    Bank *b = bank_new();
    Diag d = {0};
    bool ok = add_str(b, text, &d);
    if (ok || !test_diag_has(&d, expect))
        test_diag_dump(&d);
    ck_assert_msg(!ok, "accepted: %s", text);
    ck_assert_msg(test_diag_has(&d, expect), "no '%s' for: %s", expect, text);
    ck_assert_uint_eq(bank_count(b), 0);
    diag_clear(&d);
    bank_free(b);
}

#define CLOSE(a, b) ck_assert_msg(fabs((a) - (b)) < 1e-9, "%g != %g", (double)(a), (double)(b))

/* ---- core ---- */

START_TEST(choice_keeps_file_order_weights_and_feedback)
{
    Bank *b = bank_new();
    Diag d = {0};
    ck_assert(add_fixture(b, "bank_all_kinds.gift", &d));
    ck_assert_uint_eq(d.count, 0);
    ck_assert_uint_eq(bank_count(b), 9);
    const Question *q = bank_find(b, "un-choice");
    ck_assert_ptr_nonnull(q);
    ck_assert_int_eq(q->kind, QKIND_CHOICE);
    ck_assert_str_eq(q->text, "Who is expected to join UN peacekeeping missions soon?");
    ck_assert_int_eq(q->n_choices, 4);
    ck_assert_str_eq(q->choices[0].text, "Over a hundred Pakistani police officials");
    ck_assert_str_eq(q->choices[0].feedback, "Right: the statement says so.");
    ck_assert_str_eq(q->choices[2].text, "Some Pakistani officials");
    ck_assert_str_eq(q->choices[3].text, "No one");
    ck_assert_ptr_null(q->choices[3].feedback);
    CLOSE(q->choices[0].weight, 1);
    CLOSE(q->choices[1].weight, 0);
    CLOSE(q->choices[2].weight, 0.25);
    ck_assert_str_eq(q->general_feedback, "The statement opens with this announcement.");
    ck_assert_int_eq(q->difficulty, 1);
    ck_assert_str_eq(q->source, "Over a hundred Pakistani police officials are soon expected to "
                                "join United Nations peacekeeping missions.");
    ck_assert_str_eq(q->category, "UN peacekeeping");
    ck_assert_str_eq(q->file, "bank_all_kinds.gift");
    ck_assert_int_eq(q->line, 6);
    ck_assert_int_eq(q->col, 1);
    bank_free(b);
}
END_TEST

START_TEST(multi_truefalse_numeric_from_fixture)
{
    Bank *b = bank_new();
    Diag d = {0};
    ck_assert(add_fixture(b, "bank_all_kinds.gift", &d));
    const Question *m = bank_find(b, "un-multi");
    ck_assert_int_eq(m->kind, QKIND_MULTI);
    ck_assert_int_eq(m->n_choices, 3);
    CLOSE(m->choices[0].weight, 0.5);
    CLOSE(m->choices[2].weight, -1);
    ck_assert_str_eq(m->choices[2].feedback, "Not mentioned.");
    ck_assert_int_eq(m->difficulty, 3);
    ck_assert_ptr_null(m->source);
    const Question *tf = bank_find(b, "un-tf");
    ck_assert_int_eq(tf->kind, QKIND_TRUEFALSE);
    ck_assert(tf->tf_answer);
    ck_assert_str_eq(tf->tf_feedback_wrong, "It is dated 8 June 2024.");
    ck_assert_str_eq(tf->tf_feedback_right, "Yes.");
    ck_assert_str_eq(tf->category, "Facts");
    ck_assert_int_eq(tf->difficulty, 2);
    const Question *n = bank_find(b, "un-num");
    ck_assert_int_eq(n->kind, QKIND_NUMERIC);
    ck_assert_int_eq(n->n_numeric, 1);
    CLOSE(n->numeric[0].value, 1960);
    CLOSE(n->numeric[0].min, 1960);
    CLOSE(n->numeric[0].max, 1960);
    ck_assert_str_eq(n->general_feedback, "Since 1960.");
    const Question *r = bank_find(b, "un-range");
    CLOSE(r->numeric[0].min, 25);
    CLOSE(r->numeric[0].max, 30);
    const Question *gr = bank_find(b, "un-graded");
    ck_assert_int_eq(gr->n_numeric, 2);
    CLOSE(gr->numeric[0].weight, 1);
    CLOSE(gr->numeric[1].weight, 0.5);
    CLOSE(gr->numeric[1].min, 118);
    CLOSE(gr->numeric[1].max, 138);
    ck_assert_str_eq(gr->numeric[1].feedback, "Close.");
    bank_free(b);
}
END_TEST

START_TEST(multi_weights_near_100_are_scaled_to_exactly_100)
{
    Bank *b = bank_new();
    const Question *q = one(b, "::m::Pick{~%50%a ~%49.95%b ~%-100%c}");
    ck_assert_int_eq(q->kind, QKIND_MULTI);
    ck_assert(q->choices[0].weight + q->choices[1].weight == 1.0);
    ck_assert(q->choices[2].weight == -1.0);
    bank_free(b);
}
END_TEST

START_TEST(multi_with_a_free_wrong_answer_is_warned)
{
    Bank *b = bank_new();
    Diag d = {0};
    ck_assert(add_str(b, "::m::Pick cities{~%100%Islamabad ~Lahore ~Karachi}", &d));
    ck_assert_uint_eq(diag_count(&d, DIAG_WARNING), 1);
    ck_assert(test_diag_has(&d, "weighs 0%"));
    diag_clear(&d);
    bank_free(b);
}
END_TEST

START_TEST(escapes_and_formats_become_plain_text)
{
    Bank *b = bank_new();
    Diag d = {0};
    ck_assert(add_fixture(b, "bank_all_kinds.gift", &d));
    const Question *e = bank_find(b, "un:escaped");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->text,
                     "Escapes: {braces}, = equals, ~ tilde, # hash, back\\slash\nnew line");
    ck_assert_str_eq(e->choices[0].text, "yes=right");
    ck_assert_str_eq(e->choices[1].text, "no~wrong");
    ck_assert_str_eq(bank_find(b, "un-md")->text, "Is this emphasised text?");
    const Question *h = bank_find(b, "un-html");
    ck_assert_str_eq(h->text, "Is this & that HTML?");
    ck_assert_str_eq(h->choices[0].text, "yes");
    bank_free(b);
}
END_TEST

START_TEST(markdown_keeps_underscores_inside_words)
{
    Bank *b = bank_new();
    const Question *q = one(b, "[markdown] Is snake_case *kept* and 2 * 3 = 6 __bold__?{T}");
    ck_assert_str_eq(q->text, "Is snake_case kept and 2 * 3 = 6 bold?");
    q = one(b, "::h:: [html] A&lt;B &#x41; &#1575;<br>next line{T}");
    ck_assert_str_eq(q->text, "A<B A \xd8\xa7\nnext line");
    bank_free(b);
}
END_TEST

START_TEST(moodle_documentation_examples)
{
    Bank *b = bank_new();
    Diag d = {0};
    ck_assert(add_fixture(b, "bank_moodle_examples.gift", &d));
    ck_assert_uint_eq(d.count, 0);
    ck_assert_uint_eq(bank_count(b), 12);
    const Question *q = bank_question(b, 0);
    ck_assert_str_eq(q->text, "Who's buried in Grant's tomb?");
    ck_assert_str_eq(q->id, "bank_moodle_examples.gift:3");
    ck_assert_str_eq(q->choices[2].text, "no one");
    CLOSE(q->choices[2].weight, 1);
    q = bank_question(b, 1);
    ck_assert_str_eq(q->text, "Grant is _____ in Grant's tomb.");
    ck_assert_str_eq(q->choices[1].text, "entombed");
    q = bank_question(b, 2);
    ck_assert_int_eq(q->kind, QKIND_TRUEFALSE);
    ck_assert(!q->tf_answer);
    ck_assert(bank_question(b, 3)->tf_answer);
    q = bank_question(b, 4);
    CLOSE(q->numeric[0].min, 1817);
    CLOSE(q->numeric[0].max, 1827);
    CLOSE(q->numeric[0].value, 1822);
    q = bank_question(b, 5);
    CLOSE(q->numeric[0].min, 3.141);
    CLOSE(q->numeric[0].max, 3.142);
    ck_assert_int_eq(bank_question(b, 6)->n_numeric, 2);
    q = bank_question(b, 7);
    ck_assert_int_eq(q->kind, QKIND_MULTI);
    ck_assert_str_eq(q->choices[2].text, "Grant's wife");
    q = bank_find(b, "Grant's tomb");
    ck_assert_int_eq(q->n_choices, 5);
    ck_assert_str_eq(q->choices[2].feedback, "He was buried in France");
    ck_assert_str_eq(bank_question(b, 9)->general_feedback, "This is a general feedback");
    ck_assert_str_eq(bank_question(b, 10)->text,
                     "Mahatma Gandhi's birthday is an Indian holiday on _____ of October.");
    q = bank_find(b, "Q1");
    ck_assert_str_eq(q->text, "1+1=2");
    ck_assert_str_eq(q->tf_feedback_wrong, "No, 1+1 does equal 2.");
    bank_free(b);
}
END_TEST

START_TEST(crlf_and_bom_are_accepted)
{
    Bank *b = bank_new();
    Diag d = {0};
    ck_assert(add_fixture(b, "bank_crlf_bom.gift", &d));
    ck_assert_uint_eq(bank_count(b), 2);
    ck_assert_str_eq(bank_question(b, 0)->id, "crlf1");
    const Question *q = bank_find(b, "crlf2");
    ck_assert_str_eq(q->text, "Second over two lines?");
    ck_assert_str_eq(q->choices[1].text, "no");
    ck_assert_int_eq(q->line, 4);
    bank_free(b);
}
END_TEST

START_TEST(unplayable_items_are_skipped_with_warnings)
{
    Bank *b = bank_new();
    Diag d = {0};
    ck_assert(add_fixture(b, "bank_unplayable_kinds.gift", &d));
    ck_assert_uint_eq(bank_count(b), 3); /* the short answer is playable by typing */
    ck_assert_uint_eq(diag_count(&d, DIAG_WARNING), 3);
    ck_assert(test_diag_has(&d, "bank_unplayable_kinds.gift:3:1: warning: matching"));
    ck_assert(test_diag_has(&d, "bank_unplayable_kinds.gift:5:1: warning: essay"));
    ck_assert(test_diag_has(&d, "bank_unplayable_kinds.gift:9:1: warning: description"));
    const Question *q = bank_find(b, "short");
    ck_assert_int_eq(q->kind, QKIND_SHORT);
    ck_assert_int_eq(q->n_choices, 2);
    ck_assert_str_eq(q->choices[1].text, "Guterres");
    ck_assert_ptr_nonnull(bank_find(b, "good2"));
    diag_clear(&d);
    bank_free(b);
}
END_TEST

START_TEST(metadata_comments)
{
    Bank *b = bank_new();
    Diag d = {0};
    ck_assert(add_fixture(b, "bank_unknown_metadata.gift", &d));
    ck_assert(test_diag_has(&d, "bank_unknown_metadata.gift:2:4: warning: unknown metadata key "
                                "'@colour'"));
    ck_assert_int_eq(bank_find(b, "meta1")->difficulty, 1);
    diag_clear(&d);
    ck_assert(add_str(b, "// @difficulty: 3\n\n::m2:: Lost metadata?{T}\n", &d));
    ck_assert(test_diag_has(&d, "t.gift:1:4: warning: metadata is not followed"));
    ck_assert_int_eq(bank_find(b, "m2")->difficulty, 2);
    diag_clear(&d);
    bank_free(b);
}
END_TEST

START_TEST(answers_over_several_lines_with_comments)
{
    Bank *b = bank_new();
    const Question *q = one(b, "  // leading comment\n::x:: Which\none?{\n  // a comment inside\n"
                               "  =a\n  b#fb\n  ~c\n}\n// trailing comment\n");
    ck_assert_str_eq(q->text, "Which one?");
    ck_assert_str_eq(q->choices[0].text, "a b");
    ck_assert_str_eq(q->choices[0].feedback, "fb");
    ck_assert_int_eq(q->line, 2);
    bank_free(b);
}
END_TEST

START_TEST(derived_ids_use_basename_and_line)
{
    Bank *b = bank_new();
    Diag d = {0};
    const char *text = "\n\n  Q?{T}\n";
    ck_assert(bank_add_gift(b, "some/dir/x.gift", text, strlen(text), &d));
    ck_assert_str_eq(bank_question(b, 0)->id, "x.gift:3");
    ck_assert_int_eq(bank_question(b, 0)->col, 3);
    ck_assert_ptr_null(bank_find(b, "nope"));
    ck_assert_ptr_null(bank_question(b, 1));
    bank_free(b);
}
END_TEST

static char *temp_dir(void)
{
    char tmpl[] = "/tmp/check_bank_XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(tmpl));
    return xstrdup(tmpl);
}

static void write_text(const char *dir, const char *name, const char *text)
{
    char *path = xasprintf("%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    fputs(text, f);
    fclose(f);
    free(path);
}

static void remove_dir(const char *dir, const char *const *names, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char *path = xasprintf("%s/%s", dir, names[i]);
        unlink(path);
        free(path);
    }
    rmdir(dir);
}

START_TEST(folder_loads_gift_files_sorted_and_bad_ones_alone_are_refused)
{
    char *dir = temp_dir();
    const char *names[] = {"b.gift", "a.gift", "c.gift", "notes.txt"};
    write_text(dir, names[0], "::b1:: B?{T}\n");
    write_text(dir, names[1], "::a1:: A?{T}\n\n::a2:: A2?{F}\n");
    write_text(dir, names[2], "::c1:: C?{=x ~y\n");
    write_text(dir, names[3], "::t1:: not a bank {T}\n");
    Bank *b = bank_new();
    Diag d = {0};
    ck_assert(!bank_load_path(b, dir, &d));
    ck_assert_uint_eq(bank_count(b), 3);
    ck_assert_str_eq(bank_question(b, 0)->id, "a1");
    ck_assert_str_eq(bank_question(b, 2)->id, "b1");
    ck_assert(test_diag_has(&d, "c.gift:1:10: error: unclosed '{'"));
    diag_clear(&d);
    size_t n;
    char **files = bank_list_files(dir, &n, &d);
    ck_assert_uint_eq(n, 3);
    ck_assert_ptr_null(files[3]);
    bank_free_list(files);
    bank_free(b);
    remove_dir(dir, names, 4);
    free(dir);
}
END_TEST

START_TEST(check_report_counts_kinds_per_file)
{
    char *buf = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&buf, &size);
    const char *paths[] = {AMAN_FIXTURES "/bank_all_kinds.gift",
                           AMAN_FIXTURES "/bank_unplayable_kinds.gift"};
    ck_assert(bank_check(paths, 2, out, NULL, NULL));
    fclose(out);
    ck_assert_msg(strstr(buf, "bank_all_kinds.gift: 9 playable questions (3 multiple choice, 1 "
                              "multiple answer, 2 true/false, 3 numerical, 0 short answer)\n"),
                  "%s", buf);
    ck_assert(strstr(buf, "bank_unplayable_kinds.gift:3:1: warning: matching"));
    ck_assert(strstr(buf, "total: 12 playable questions in 2 files"));
    free(buf);
}
END_TEST

/* ---- errors ---- */

static const struct {
    const char *fixture, *expect;
} bad_fixtures[] = {
    {"bank_unclosed_brace.gift", ":3:28: error: unclosed '{'"},
    {"bank_stray_close_brace.gift", ":3:17: error: stray '}'"},
    {"bank_stray_open_brace.gift", ":3:23: error: stray '{'"},
    {"bank_second_answer_list.gift", ":4:14: error: stray '{'"},
    {"bank_no_correct_answer.gift", ":3:19: error: no correct answer"},
    {"bank_two_right_answers.gift", ":3:19: error: 2 answers are fully right"},
    {"bank_weights_not_100.gift", ":3:20: error: the positive weights add up to 80%"},
    {"bank_empty_question_text.gift", ":3:1: error: empty question text"},
    {"bank_invalid_utf8.gift", ":3:12: error: invalid UTF-8 (byte 0xE9)"},
    {"bank_malformed_number.gift", ":3:31: error: malformed number '18x22'"},
    {"bank_malformed_weight.gift", ":3:22: error: malformed weight"},
    {"bank_too_few_choices.gift", ":3:18: error: 1 answer: a card needs from 2 to 6"},
    {"bank_too_many_choices.gift", ":3:15: error: 7 answers: a card needs from 2 to 6"},
    {"bank_text_too_long.gift", ":3:9: error: question text is too long for a card: 404"},
    {"bank_choice_too_long.gift", ":3:23: error: answer is too long for a card: 121"},
    {"bank_feedback_too_long.gift", ":3:27: error: feedback is too long for a card: 601"},
    {"bank_line_too_long.gift", ":3:4097: error: line is longer than 4096 bytes"},
    {"bank_bad_difficulty.gift", ":3:17: error: difficulty must be 1, 2 or 3, not '4'"},
    {"bank_unclosed_title.gift", ":3:1: error: unclosed title"},
    {"bank_expected_marker.gift", ":3:27: error: expected '=' or '~'"},
};

START_TEST(bad_fixture_is_refused_whole_with_position)
{
    const char *name = bad_fixtures[_i].fixture;
    char *expect = xasprintf("%s%s", name, bad_fixtures[_i].expect);
    Bank *b = bank_new();
    Diag d = {0};
    bool ok = add_fixture(b, name, &d);
    if (ok || !test_diag_has(&d, expect))
        test_diag_dump(&d);
    ck_assert_msg(!ok, "%s accepted", name);
    ck_assert_msg(test_diag_has(&d, expect), "%s: no '%s'", name, expect);
    ck_assert_uint_eq(bank_count(b), 0);
    ck_assert_ptr_null(bank_find(b, "good1"));
    diag_clear(&d);
    free(expect);
    bank_free(b);
}
END_TEST

START_TEST(numeric_errors)
{
    refused("Q?{#1..}", "t.gift:1:8: error: malformed number: a number is missing");
    refused("Q?{#5..1}", "error: malformed range");
    refused("Q?{#1:-1}", "t.gift:1:7: error: malformed tolerance");
    refused("Q?{#1:x}", "error: malformed number 'x'");
    refused("Q?{#}", "error: malformed number: the numerical answer is missing");
    refused("Q?{#=%50%1:0}", "error: no correct answer");
    refused("Q?{#=%150%1:0}", "error: malformed weight");
    refused("Q?{#=1 =2 =3 =4 =5 =6 =7 =8 =9}", "error: too many numerical answers");
    refused("Q?{#1e999}", "malformed number '1e999'");
}
END_TEST

START_TEST(choice_errors)
{
    refused("Q?{~%-100%a ~b}", "error: no correct answer");
    refused("Q?{=a ~}", "t.gift:1:7: error: empty answer text");
    refused("Q?{~%50 a ~b}", "error: malformed weight");
    refused("Q?{=a ~b} }", "t.gift:1:11: error: stray '}'");
    refused("// @source:\nQ?{T}", "error: empty @source");
    refused("// @difficulty: two\nQ?{T}", "t.gift:1:17: error: difficulty must be");
    refused("Q?{T####"
            "\xd8\xa7"
            "}\n\nR?{=a ~b}\n\n{T}",
            "t.gift:5:1: error: empty question");
}
END_TEST

START_TEST(duplicate_name_in_a_file_gets_a_derived_id_and_a_warning)
{
    Bank *b = bank_new();
    Diag d = {0};
    ck_assert(add_fixture(b, "bank_duplicate_name.gift", &d));
    ck_assert(
        test_diag_has(&d, "bank_duplicate_name.gift:3:1: warning: duplicate name 'good1' (first "
                          "used at bank_duplicate_name.gift:1): this question's id is 'good1#2'"));
    ck_assert_uint_eq(bank_count(b), 2);
    ck_assert_str_eq(bank_find(b, "good1")->text, "Which city is the capital of Pakistan?");
    ck_assert_str_eq(bank_find(b, "good1#2")->text, "Same id again?");
    diag_clear(&d);
    bank_free(b);
}
END_TEST

START_TEST(duplicate_name_across_files_takes_the_next_free_number)
{
    Bank *b = bank_new();
    Diag d = {0};
    ck_assert(add_str(b, "::same:: One?{T}\n\n::same#2:: Taken?{T}\n", &d));
    const char *u = "::other:: X?{T}\n\n::same:: Two?{F}\n";
    ck_assert(bank_add_gift(b, "u.gift", u, strlen(u), &d));
    ck_assert(test_diag_has(&d,
                            "u.gift:3:1: warning: duplicate name 'same' (first used at t.gift:1): "
                            "this question's id is 'same#3'"));
    ck_assert_uint_eq(bank_count(b), 4);
    ck_assert_str_eq(bank_find(b, "same#3")->text, "Two?");
    ck_assert_uint_eq(diag_count(&d, DIAG_ERROR), 0);
    diag_clear(&d);
    bank_free(b);
}
END_TEST

START_TEST(missing_paths_are_errors)
{
    Bank *b = bank_new();
    Diag d = {0};
    ck_assert(!bank_load_path(b, "/nonexistent/x.gift", &d));
    ck_assert(test_diag_has(&d, "error: no such file or folder: '/nonexistent/x.gift'"));
    diag_clear(&d);
    char *dir = temp_dir();
    ck_assert(!bank_load_path(b, dir, &d));
    ck_assert(test_diag_has(&d, "no .gift files"));
    remove_dir(dir, NULL, 0);
    free(dir);
    diag_clear(&d);
    bank_free(b);
}
END_TEST

/* ---- limits ---- */

static char *repeat(const char *prefix, char c, size_t n, const char *suffix)
{
    size_t lp = strlen(prefix), ls = strlen(suffix);
    char *s = xmalloc(lp + n + ls + 1);
    memcpy(s, prefix, lp);
    memset(s + lp, c, n);
    memcpy(s + lp + n, suffix, ls + 1);
    return s;
}

START_TEST(a_3mb_line_is_an_error)
{
    char *s = repeat("::a:: Q?{T}\n// ", 'a', 3u << 20, "\n");
    refused(s, "t.gift:2:4097: error: line is longer than 4096 bytes");
    free(s);
    s = repeat("// ", 'b', 4093, "\n::a:: Q?{T}\n");
    Bank *b = bank_new();
    one(b, s);
    free(s);
    bank_free(b);
}
END_TEST

START_TEST(a_file_over_4_mib_is_an_error)
{
    size_t n = BANK_MAX_FILE_BYTES + 1;
    char *s = repeat("", '\n', n, "");
    Bank *b = bank_new();
    Diag d = {0};
    ck_assert(!bank_add_gift(b, "big.gift", s, n, &d));
    ck_assert(test_diag_has(&d, "big.gift: error: file is larger than 4194304 bytes"));
    diag_clear(&d);
    bank_free(b);
    free(s);
}
END_TEST

START_TEST(lengths_are_counted_in_characters)
{
    Bank *b = bank_new();
    /* 400 two-byte Urdu letters fit; 401 do not. */
    char text[2048] = "", *p = text;
    for (int i = 0; i < 400; i++)
        p += sprintf(p, "\xd8\xa7");
    char *src = xasprintf("%s{T}", text);
    ck_assert_int_eq(one(b, src)->kind, QKIND_TRUEFALSE);
    free(src);
    src = xasprintf("%s\xd8\xa7{T}", text);
    refused(src, "t.gift:1:1: error: question text is too long for a card: 401 characters");
    free(src);
    src = repeat("::c:: Q?{~b =", 'c', BANK_MAX_CHOICE_CHARS, "}");
    one(b, src);
    free(src);
    src = repeat("::f:: Q?{T####", 'f', BANK_MAX_FEEDBACK_CHARS, "}");
    one(b, src);
    free(src);
    src = repeat("Q?{T####", 'f', BANK_MAX_FEEDBACK_CHARS + 1, "}");
    refused(src, "t.gift:1:9: error: feedback is too long");
    free(src);
    bank_free(b);
}
END_TEST

START_TEST(six_choices_and_eight_numeric_answers_fit)
{
    Bank *b = bank_new();
    ck_assert_int_eq(one(b, "Q?{=a ~b ~c ~d ~e ~f}")->n_choices, 6);
    ck_assert_int_eq(one(b, "::r:: R?{#=1 =2 =3 =4 =5 =6 =7 =%10%8}")->n_numeric, 8);
    bank_free(b);
}
END_TEST

START_TEST(too_many_errors_stop_the_file)
{
    char *s = xmalloc(200 * 16 + 1), *p = s;
    for (int i = 0; i < 200; i++)
        p += sprintf(p, "Q%03d?{~a ~b}\n\n", i);
    Bank *b = bank_new();
    Diag d = {0};
    ck_assert(!add_str(b, s, &d));
    ck_assert_uint_eq(diag_count(&d, DIAG_ERROR), BANK_MAX_ERRORS);
    ck_assert(test_diag_has(&d, "too many errors"));
    diag_clear(&d);
    bank_free(b);
    free(s);
}
END_TEST

static uint64_t rng_state;
static uint64_t rng_next(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

/* Every question a bank holds keeps the promises of question.h. */
static void check_invariants(const Bank *b)
{
    for (size_t i = 0; i < bank_count(b); i++) {
        const Question *q = bank_question(b, i);
        ck_assert(q->text[0] && q->id[0]);
        ck_assert_ptr_eq(bank_find(b, q->id), q);
        ck_assert(q->difficulty >= 1 && q->difficulty <= 3);
        if (q->kind == QKIND_CHOICE || q->kind == QKIND_MULTI) {
            ck_assert(q->n_choices >= 2 && q->n_choices <= QUESTION_MAX_CHOICES);
            for (int c = 0; c < q->n_choices; c++)
                ck_assert(q->choices[c].text[0]);
        }
        if (q->kind == QKIND_NUMERIC)
            ck_assert(q->n_numeric >= 1 && q->n_numeric <= QUESTION_MAX_NUMERIC);
    }
}

START_TEST(random_bytes_never_crash)
{
    static const char alphabet[] = "{}=~#%:\\/\n\n \t-.>0123456789TFa\xd8\xa7\r@$";
    rng_state = 0x9E3779B97F4A7C15u;
    char buf[4096];
    for (int round = 0; round < 3000; round++) {
        size_t n = rng_next() % sizeof buf;
        bool raw = round % 3 == 0;
        for (size_t i = 0; i < n; i++)
            buf[i] = raw ? (char)rng_next() : alphabet[rng_next() % (sizeof alphabet - 1)];
        Bank *b = bank_new();
        Diag d = {0};
        bank_add_gift(b, "r.gift", buf, n, &d);
        check_invariants(b);
        diag_clear(&d);
        bank_free(b);
    }
}
END_TEST

START_TEST(ten_thousand_questions_load)
{
    size_t cap = 10000 * 64, len = 0;
    char *s = xmalloc(cap);
    for (int i = 0; i < 10000; i++)
        len += (size_t)snprintf(s + len, cap - len, "::q%d:: Question %d?{=a ~b ~c}\n\n", i, i);
    Bank *b = bank_new();
    Diag d = {0};
    ck_assert(bank_add_gift(b, "big.gift", s, len, &d));
    ck_assert_uint_eq(bank_count(b), 10000);
    ck_assert_str_eq(bank_find(b, "q9999")->text, "Question 9999?");
    check_invariants(b);
    bank_free(b);
    free(s);
}
END_TEST

static Suite *bank_suite(void)
{
    Suite *s = suite_create("bank");
    TCase *core = tcase_create("core");
    tcase_add_test(core, choice_keeps_file_order_weights_and_feedback);
    tcase_add_test(core, multi_truefalse_numeric_from_fixture);
    tcase_add_test(core, escapes_and_formats_become_plain_text);
    tcase_add_test(core, markdown_keeps_underscores_inside_words);
    tcase_add_test(core, moodle_documentation_examples);
    tcase_add_test(core, crlf_and_bom_are_accepted);
    tcase_add_test(core, unplayable_items_are_skipped_with_warnings);
    tcase_add_test(core, metadata_comments);
    tcase_add_test(core, answers_over_several_lines_with_comments);
    tcase_add_test(core, derived_ids_use_basename_and_line);
    tcase_add_test(core, folder_loads_gift_files_sorted_and_bad_ones_alone_are_refused);
    tcase_add_test(core, check_report_counts_kinds_per_file);
    tcase_add_test(core, multi_weights_near_100_are_scaled_to_exactly_100);
    tcase_add_test(core, multi_with_a_free_wrong_answer_is_warned);
    suite_add_tcase(s, core);
    TCase *errors = tcase_create("errors");
    tcase_add_loop_test(errors, bad_fixture_is_refused_whole_with_position, 0,
                        (int)ARRAY_LEN(bad_fixtures));
    tcase_add_test(errors, numeric_errors);
    tcase_add_test(errors, choice_errors);
    tcase_add_test(core, duplicate_name_in_a_file_gets_a_derived_id_and_a_warning);
    tcase_add_test(core, duplicate_name_across_files_takes_the_next_free_number);
    tcase_add_test(errors, missing_paths_are_errors);
    suite_add_tcase(s, errors);
    TCase *limits = tcase_create("limits");
    tcase_set_timeout(limits, 60);
    tcase_add_test(limits, a_3mb_line_is_an_error);
    tcase_add_test(limits, a_file_over_4_mib_is_an_error);
    tcase_add_test(limits, lengths_are_counted_in_characters);
    tcase_add_test(limits, six_choices_and_eight_numeric_answers_fit);
    tcase_add_test(limits, too_many_errors_stop_the_file);
    tcase_add_test(limits, random_bytes_never_crash);
    tcase_add_test(limits, ten_thousand_questions_load);
    suite_add_tcase(s, limits);
    return s;
}

int main(void)
{
    return run_suite(bank_suite());
}
