/* Layout with a fake measure: every character is 10 px wide, Latin lines are
 * 10 px tall (ascent 8), Urdu lines 20 px (ascent 14). */
#include <stdlib.h>
#include <string.h>

#include "layout.h"
#include "testutil.h"

#define CHAR_W 10

static int fake_width(void *ctx, const char *s, size_t len, LayoutFace face, bool rtl)
{
    (void)ctx, (void)face, (void)rtl;
    int n = 0;
    uint32_t cp;
    for (size_t i = 0; i < len; i += layout_utf8_next(s + i, len - i, &cp))
        n++;
    return n * CHAR_W;
}

static void fake_metrics(void *ctx, LayoutFace face, int *ascent, int *descent)
{
    (void)ctx;
    *ascent = face == LAYOUT_FACE_URDU ? 14 : 8;
    *descent = face == LAYOUT_FACE_URDU ? 6 : 2;
}

static const LayoutMeasure FAKE = {fake_width, fake_metrics, NULL};

static Layout lay(const char *s, LayoutDir dir, int width)
{
    Layout l;
    layout_build(&l, s, strlen(s), dir, width, &FAKE);
    return l;
}

/* The bytes of run i (visual index within the whole layout). */
static char *run_text(const Layout *l, const char *s, int i)
{
    static char buf[8][512];
    static int next;
    char *b = buf[next++ % 8];
    size_t n = l->runs[i].len < 511 ? l->runs[i].len : 511;
    memcpy(b, s + l->runs[i].start, n);
    b[n] = '\0';
    return b;
}

/* Index of the run whose bytes are exactly `want`, or -1. */
static int find_run(const Layout *l, const char *s, const char *want)
{
    for (int i = 0; i < l->n_runs; i++)
        if (strcmp(run_text(l, s, i), want) == 0)
            return i;
    return -1;
}

static void assert_lines_fit(const Layout *l, int width)
{
    for (int i = 0; i < l->n_lines; i++) {
        const LayoutLine *ln = &l->lines[i];
        ck_assert_int_le(ln->width, width);
        int x = 0;
        for (int r = ln->first_run; r < ln->first_run + ln->n_runs; r++) {
            ck_assert_int_eq(l->runs[r].x, x); /* left to right, no gaps */
            x += l->runs[r].w;
        }
        ck_assert_int_eq(x, ln->width);
    }
}

START_TEST(urdu_sentence_keeps_numbers_left_to_right)
{
    const char *s = "پاکستان نے 1960 سے 235,000 فوجی بھیجے اور 2022 میں";
    Layout l = lay(s, LAYOUT_DIR_AUTO, 10000);
    ck_assert(l.rtl);
    ck_assert_int_eq(l.n_lines, 1);
    int a = find_run(&l, s, "1960"), b = find_run(&l, s, "235,000"), c = find_run(&l, s, "2022");
    ck_assert_int_ge(a, 0);
    ck_assert_int_ge(b, 0);
    ck_assert_int_ge(c, 0);
    for (int i = 0; i < l.n_runs; i++) {
        ck_assert_int_eq(l.runs[i].face, LAYOUT_FACE_URDU); /* Nastaliq has digits */
        ck_assert_int_eq(l.runs[i].rtl, i != a && i != b && i != c);
    }
    /* Read right to left: 1960 first (rightmost), 2022 last (leftmost). */
    ck_assert_int_lt(l.runs[c].x, l.runs[b].x);
    ck_assert_int_lt(l.runs[b].x, l.runs[a].x);
    /* The sentence's first word is at the right end. */
    ck_assert_int_eq(l.runs[l.n_runs - 1].start, 0);
    assert_lines_fit(&l, 10000);
    layout_free(&l);
}
END_TEST

START_TEST(urdu_with_latin_acronym_falls_back_to_latin)
{
    const char *s = "یہ UN کا مشن ہے";
    Layout l = lay(s, LAYOUT_DIR_AUTO, 10000);
    ck_assert(l.rtl);
    ck_assert_int_eq(l.n_runs, 3);
    ck_assert_str_eq(run_text(&l, s, 0), " کا مشن ہے");
    ck_assert_str_eq(run_text(&l, s, 1), "UN");
    ck_assert_str_eq(run_text(&l, s, 2), "یہ ");
    ck_assert_int_eq(l.runs[1].face, LAYOUT_FACE_LATIN);
    ck_assert(!l.runs[1].rtl);
    ck_assert_int_eq(l.runs[0].face, LAYOUT_FACE_URDU);
    ck_assert(l.runs[0].rtl && l.runs[2].rtl);
    ck_assert_int_eq(l.lines[0].height, 20); /* both fonts: tallest ascent + descent */
    layout_free(&l);
}
END_TEST

START_TEST(percent_and_question_mark_use_latin_inside_urdu)
{
    const char *s = "کیا 50% درست ہے?";
    Layout l = lay(s, LAYOUT_DIR_RTL, 10000);
    int pct = -1, q = -1;
    for (int i = 0; i < l.n_runs; i++) {
        if (strchr(run_text(&l, s, i), '%'))
            pct = i;
        if (strchr(run_text(&l, s, i), '?'))
            q = i;
    }
    ck_assert_int_ge(pct, 0);
    ck_assert_int_ge(q, 0);
    ck_assert_str_eq(run_text(&l, s, pct), "%");
    ck_assert_int_eq(l.runs[pct].face, LAYOUT_FACE_LATIN);
    ck_assert_str_eq(run_text(&l, s, q), "?");
    ck_assert_int_eq(l.runs[q].face, LAYOUT_FACE_LATIN);
    ck_assert_int_eq(l.runs[find_run(&l, s, "50")].face, LAYOUT_FACE_URDU);
    ck_assert_int_eq(q, 0); /* the sentence's end is at the left */
    layout_free(&l);
}
END_TEST

START_TEST(english_with_urdu_name_uses_nastaliq_for_the_name)
{
    const char *s = "Minister Naqvi (محسن نقوی) met the UN";
    Layout l = lay(s, LAYOUT_DIR_AUTO, 10000);
    ck_assert(!l.rtl);
    ck_assert_int_eq(l.n_runs, 3);
    ck_assert_str_eq(run_text(&l, s, 0), "Minister Naqvi (");
    ck_assert_str_eq(run_text(&l, s, 1), "محسن نقوی");
    ck_assert_str_eq(run_text(&l, s, 2), ") met the UN");
    ck_assert_int_eq(l.runs[1].face, LAYOUT_FACE_URDU);
    ck_assert(l.runs[1].rtl);
    ck_assert_int_eq(l.runs[0].face, LAYOUT_FACE_LATIN);
    ck_assert_int_eq(l.runs[2].face, LAYOUT_FACE_LATIN);
    layout_free(&l);
}
END_TEST

START_TEST(auto_direction_follows_first_strong_character)
{
    Layout l = lay("1960 میں", LAYOUT_DIR_AUTO, 1000);
    ck_assert(l.rtl);
    layout_free(&l);
    l = lay("UN کا مشن", LAYOUT_DIR_AUTO, 1000);
    ck_assert(!l.rtl);
    layout_free(&l);
    l = lay("1960", LAYOUT_DIR_AUTO, 1000);
    ck_assert(!l.rtl);
    layout_free(&l);
    l = lay("abc", LAYOUT_DIR_RTL, 1000);
    ck_assert(l.rtl);
    layout_free(&l);
}
END_TEST

static char *line_text(const Layout *l, const char *s, int i)
{
    static char buf[4][512];
    static int next;
    char *b = buf[next++ % 4];
    memcpy(b, s + l->lines[i].start, l->lines[i].len);
    b[l->lines[i].len] = '\0';
    return b;
}

START_TEST(lines_break_at_spaces)
{
    const char *s = "the quick brown fox jumps";
    Layout l = lay(s, LAYOUT_DIR_LTR, 100);
    ck_assert_int_eq(l.n_lines, 3);
    ck_assert_str_eq(line_text(&l, s, 0), "the quick ");
    ck_assert_str_eq(line_text(&l, s, 1), "brown fox ");
    ck_assert_str_eq(line_text(&l, s, 2), "jumps");
    ck_assert_int_eq(l.lines[0].width, 90); /* trailing space hangs */
    ck_assert_int_eq(l.lines[1].y, 10);
    ck_assert_int_eq(l.height, 30);
    assert_lines_fit(&l, 100);
    layout_free(&l);
}
END_TEST

START_TEST(lines_break_after_hyphen_and_slash)
{
    const char *s = "Timor-Leste and/or";
    Layout l = lay(s, LAYOUT_DIR_LTR, 80);
    ck_assert_str_eq(line_text(&l, s, 0), "Timor-");
    ck_assert_str_eq(line_text(&l, s, 1), "Leste ");
    ck_assert_str_eq(line_text(&l, s, 2), "and/or");
    layout_free(&l);
}
END_TEST

START_TEST(long_word_is_broken_by_characters)
{
    const char *s = "a abcdefghijklmnopqrstuvwxyz b";
    Layout l = lay(s, LAYOUT_DIR_LTR, 100);
    assert_lines_fit(&l, 100);
    ck_assert_str_eq(line_text(&l, s, 0), "a ");
    ck_assert_str_eq(line_text(&l, s, 1), "abcdefghij");
    ck_assert_str_eq(line_text(&l, s, 2), "klmnopqrst");
    ck_assert_str_eq(line_text(&l, s, 3), "uvwxyz b");
    layout_free(&l);
}
END_TEST

START_TEST(rtl_lines_wrap_in_logical_order_and_reorder_each)
{
    const char *s = "پاکستان نے 1960 سے اب تک 48 مشنوں میں 235,000 فوجی بھیجے ہیں";
    Layout l = lay(s, LAYOUT_DIR_AUTO, 120);
    ck_assert_int_gt(l.n_lines, 3);
    assert_lines_fit(&l, 120);
    ck_assert_int_eq(l.lines[0].start, 0);
    for (int i = 0; i < l.n_lines; i++) {
        const LayoutLine *ln = &l.lines[i];
        if (i > 0) /* each line continues where the one above ended */
            ck_assert_int_eq(ln->start, l.lines[i - 1].start + l.lines[i - 1].len);
        /* the line's logical first run is its rightmost one */
        const LayoutRun *last = &l.runs[ln->first_run + ln->n_runs - 1];
        ck_assert_int_eq(last->start, ln->start);
        ck_assert_int_eq(ln->height, 20);
    }
    int n = find_run(&l, s, "235,000"); /* numbers are never split */
    ck_assert_int_ge(n, 0);
    ck_assert(!l.runs[n].rtl);
    ck_assert_int_ge(find_run(&l, s, "1960"), 0);
    layout_free(&l);
}
END_TEST

START_TEST(newline_ends_a_line)
{
    const char *s = "one\n\nتین";
    Layout l = lay(s, LAYOUT_DIR_LTR, 1000);
    ck_assert_int_eq(l.n_lines, 3);
    ck_assert_int_eq(l.lines[1].n_runs, 0);
    ck_assert_int_eq(l.lines[2].height, 20);
    layout_free(&l);
}
END_TEST

START_TEST(empty_text_has_no_lines)
{
    Layout l = lay("", LAYOUT_DIR_AUTO, 100);
    ck_assert_int_eq(l.n_lines, 0);
    ck_assert_int_eq(l.height, 0);
    layout_free(&l);
    layout_build(&l, NULL, 0, LAYOUT_DIR_RTL, 100, &FAKE);
    ck_assert_int_eq(l.n_lines, 0);
    layout_free(&l);
}
END_TEST

START_TEST(invalid_utf8_does_not_crash)
{
    const char *bad[] = {"\xff\xfe abc", "ab\xc3", "\xe0\x80\x80 x", "\xed\xa0\x80", "\xf4\x90\x80\x80",
                         "\xd9", "پا\xdaک"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        Layout l = lay(bad[i], LAYOUT_DIR_AUTO, 20);
        ck_assert_int_ge(l.n_lines, 1);
        size_t covered = 0;
        for (int k = 0; k < l.n_lines; k++)
            covered += l.lines[k].len;
        ck_assert_uint_eq(covered, strlen(bad[i]));
        layout_free(&l);
    }
    uint32_t cp;
    ck_assert_uint_eq(layout_utf8_next("\xc3\xa9", 2, &cp), 2);
    ck_assert_uint_eq(cp, 0xE9);
    ck_assert_uint_eq(layout_utf8_next("\xc3", 1, &cp), 1);
    ck_assert_uint_eq(cp, 0xFFFD);
}
END_TEST

START_TEST(only_spaces_give_one_empty_line)
{
    Layout l = lay("    ", LAYOUT_DIR_RTL, 100);
    ck_assert_int_eq(l.n_lines, 1);
    ck_assert_int_eq(l.n_runs, 0);
    ck_assert_int_eq(l.width, 0);
    ck_assert_int_eq(l.height, 20);
    layout_free(&l);
}
END_TEST

START_TEST(width_below_one_character_puts_one_per_line)
{
    const char *s = "abc";
    Layout l = lay(s, LAYOUT_DIR_LTR, 5);
    ck_assert_int_eq(l.n_lines, 3);
    layout_free(&l);
}
END_TEST

START_TEST(combining_marks_stay_with_their_letter)
{
    /* bāb with zabar and zer marks: ب + U+064E, ا, ب + U+0650 */
    const char *s = "بَابِبَابِ";
    Layout l = lay(s, LAYOUT_DIR_RTL, 10);
    for (int i = 0; i < l.n_lines; i++) {
        uint32_t cp;
        layout_utf8_next(s + l.lines[i].start, l.lines[i].len, &cp);
        ck_assert(cp != 0x064E && cp != 0x0650);
    }
    layout_free(&l);
}
END_TEST

START_TEST(measures_stay_near_linear)
{
    /* Word guesses plus a few whole-line measures per line: doubling the
     * text about doubles the work (a measure per word per line would not). */
    static char s[8000];
    int measures[2];
    for (int round = 0; round < 2; round++) {
        s[0] = '\0';
        for (int i = 0; i < 400 * (round + 1); i++)
            strcat(s, i % 2 ? "امن " : "word ");
        Layout l = lay(s, LAYOUT_DIR_AUTO, 400);
        measures[round] = l.measures;
        layout_free(&l);
    }
    ck_assert_int_lt(measures[1], measures[0] * 9 / 4);
}
END_TEST

START_TEST(face_table_classifies)
{
    ck_assert_int_eq(layout_face_for(0x06A9, LAYOUT_FACE_LATIN), LAYOUT_FACE_URDU);
    ck_assert_int_eq(layout_face_for('A', LAYOUT_FACE_URDU), LAYOUT_FACE_LATIN);
    ck_assert_int_eq(layout_face_for('%', LAYOUT_FACE_URDU), LAYOUT_FACE_LATIN);
    ck_assert_int_eq(layout_face_for('7', LAYOUT_FACE_URDU), LAYOUT_FACE_URDU);
    ck_assert_int_eq(layout_face_for('7', LAYOUT_FACE_LATIN), LAYOUT_FACE_LATIN);
}
END_TEST

static Suite *layout_suite(void)
{
    Suite *s = suite_create("layout");
    TCase *core = tcase_create("core");
    tcase_add_test(core, urdu_sentence_keeps_numbers_left_to_right);
    tcase_add_test(core, urdu_with_latin_acronym_falls_back_to_latin);
    tcase_add_test(core, percent_and_question_mark_use_latin_inside_urdu);
    tcase_add_test(core, english_with_urdu_name_uses_nastaliq_for_the_name);
    tcase_add_test(core, auto_direction_follows_first_strong_character);
    tcase_add_test(core, lines_break_at_spaces);
    tcase_add_test(core, lines_break_after_hyphen_and_slash);
    tcase_add_test(core, long_word_is_broken_by_characters);
    tcase_add_test(core, rtl_lines_wrap_in_logical_order_and_reorder_each);
    tcase_add_test(core, newline_ends_a_line);
    tcase_add_test(core, face_table_classifies);
    suite_add_tcase(s, core);
    TCase *errors = tcase_create("errors");
    tcase_add_test(errors, empty_text_has_no_lines);
    tcase_add_test(errors, invalid_utf8_does_not_crash);
    suite_add_tcase(s, errors);
    TCase *limits = tcase_create("limits");
    tcase_add_test(limits, only_spaces_give_one_empty_line);
    tcase_add_test(limits, width_below_one_character_puts_one_per_line);
    tcase_add_test(limits, combining_marks_stay_with_their_letter);
    tcase_add_test(limits, measures_stay_near_linear);
    suite_add_tcase(s, limits);
    return s;
}

int main(void)
{
    return run_suite(layout_suite());
}
