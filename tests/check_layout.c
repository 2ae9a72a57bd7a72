/* Layout with a fake measure: every character is 10 px wide, Latin lines are
 * 10 px tall (ascent 8), Urdu lines 20 px (ascent 14). */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "layout.h"
#include "testutil.h"

#define CHAR_W 10

/* Every character is CHAR_W wide; a '^' overshoots the line by 3 px. */
static int fake_width(void *ctx, const char *s, size_t len, LayoutFace face, bool rtl, int *height)
{
    (void)ctx, (void)rtl;
    int n = 0;
    uint32_t cp;
    *height = face == LAYOUT_FACE_URDU ? 20 : 10;
    for (size_t i = 0; i < len; i += layout_utf8_next(s + i, len - i, &cp)) {
        n++;
        if (s[i] == '^')
            *height = 13;
    }
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

START_TEST(urdu_digits_read_left_to_right_too)
{
    const char *s = "سال ۱۹۶۰ میں";
    Layout l = lay(s, LAYOUT_DIR_AUTO, 10000);
    int d = find_run(&l, s, "۱۹۶۰");
    ck_assert_int_eq(d, 1);
    ck_assert(!l.runs[d].rtl);
    ck_assert_int_eq(l.runs[d].face, LAYOUT_FACE_URDU);
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

/* Asserts the lines' logical text, a NULL-terminated list. */
static void assert_lines(const Layout *l, const char *s, ...)
{
    va_list ap;
    va_start(ap, s);
    int i = 0;
    for (const char *want = va_arg(ap, const char *); want; want = va_arg(ap, const char *))
        ck_assert_str_eq(line_text(l, s, i++), want);
    va_end(ap);
    ck_assert_int_eq(l->n_lines, i);
}

START_TEST(lines_break_at_spaces)
{
    const char *s = "the quick brown fox jumps over";
    Layout l = lay(s, LAYOUT_DIR_LTR, 100);
    assert_lines(&l, s, "the quick ", "brown fox ", "jumps over", NULL);
    ck_assert_int_eq(l.lines[0].width, 90); /* trailing space hangs */
    ck_assert_int_eq(l.lines[1].y, 10);
    ck_assert_int_eq(l.height, 30);
    assert_lines_fit(&l, 100);
    layout_free(&l);
}
END_TEST

START_TEST(last_line_is_never_one_lonely_word)
{
    /* greedy: "the quick " "brown fox " "jumps" */
    const char *s = "the quick brown fox jumps";
    Layout l = lay(s, LAYOUT_DIR_LTR, 100);
    assert_lines(&l, s, "the quick ", "brown ", "fox jumps", NULL);
    assert_lines_fit(&l, 100);
    layout_free(&l);
    /* Urdu: greedy would leave «ہے۔» alone on the last line */
    const char *u = "یہ بیان کا حصہ ہے۔";
    l = lay(u, LAYOUT_DIR_AUTO, 150);
    assert_lines(&l, u, "یہ بیان کا ", "حصہ ہے۔", NULL);
    assert_lines_fit(&l, 150);
    layout_free(&l);
    /* each paragraph on its own */
    const char *p = "the quick brown fox jumps\nover it";
    l = lay(p, LAYOUT_DIR_LTR, 100);
    assert_lines(&l, p, "the quick ", "brown ", "fox jumps", "over it", NULL);
    layout_free(&l);
}
END_TEST

START_TEST(lonely_word_stays_when_moving_would_not_help)
{
    /* the two last words do not fit one line */
    const char *s = "aaaa bbbbbbb cccccccc";
    Layout l = lay(s, LAYOUT_DIR_LTR, 130);
    assert_lines(&l, s, "aaaa bbbbbbb ", "cccccccc", NULL);
    layout_free(&l);
    /* the line above has one word: moving it would leave that line empty */
    const char *t = "abcdefghi jklmnopq";
    l = lay(t, LAYOUT_DIR_LTR, 100);
    assert_lines(&l, t, "abcdefghi ", "jklmnopq", NULL);
    layout_free(&l);
}
END_TEST

START_TEST(closing_punctuation_never_starts_a_line)
{
    /* a stray space before "!" or «؟» must not let them wrap alone */
    const char *s = "abc defgh !";
    Layout l = lay(s, LAYOUT_DIR_LTR, 90);
    assert_lines(&l, s, "abc ", "defgh !", NULL);
    layout_free(&l);
    const char *u = "کیا آپ ہیں ؟";
    l = lay(u, LAYOUT_DIR_AUTO, 100); /* "ہیں ؟" is one word: it takes آپ along */
    assert_lines(&l, u, "کیا ", "آپ ہیں ؟", NULL);
    layout_free(&l);
}
END_TEST

START_TEST(no_break_space_keeps_a_label_on_one_line)
{
    char buf[64];
    const char *ok = layout_no_break("ٹھیک ہے", buf, sizeof buf);
    ck_assert_str_eq(ok, "ٹھیک\u00A0ہے");
    Layout l = lay(ok, LAYOUT_DIR_AUTO, 70);
    ck_assert_int_eq(l.n_lines, 1);
    layout_free(&l);
    l = lay(ok, LAYOUT_DIR_AUTO, 60); /* too narrow: cut, and the host is told */
    ck_assert(l.broke_words);
    layout_free(&l);
    l = lay("ٹھیک ہے", LAYOUT_DIR_AUTO, 60); /* an ordinary space breaks */
    ck_assert_int_eq(l.n_lines, 2);
    ck_assert(!l.broke_words);
    layout_free(&l);
    /* a short buffer gets a prefix of whole characters, terminated */
    char small[6];
    ck_assert_str_eq(layout_no_break("a bcd", small, sizeof small), "a\u00A0bc");
    ck_assert_str_eq(layout_no_break("ٹھیک", small, sizeof small), "ٹ");
}
END_TEST

/* Nastaliq's '!' stands a space away from the word before it: Noto Sans
 * draws it, right against the word («بنائیں!»). */
START_TEST(exclamation_inside_urdu_is_drawn_by_noto_sans)
{
    const char *s = "پہلا اسکور آپ بنائیں!";
    Layout l = lay(s, LAYOUT_DIR_AUTO, 1000);
    int n = find_run(&l, s, "!");
    ck_assert_int_ge(n, 0);
    ck_assert_int_eq(l.runs[n].face, LAYOUT_FACE_LATIN);
    ck_assert(l.runs[n].rtl); /* still in the Urdu line's order: at its left end */
    ck_assert_int_eq(l.runs[n].x, 0);
    ck_assert_int_eq(layout_face_for('!', LAYOUT_FACE_URDU), LAYOUT_FACE_LATIN);
    layout_free(&l);
}
END_TEST

START_TEST(lines_break_after_hyphen_and_slash)
{
    const char *s = "Timor-Leste and/or";
    Layout l = lay(s, LAYOUT_DIR_LTR, 80);
    assert_lines(&l, s, "Timor-", "Leste ", "and/or", NULL);
    layout_free(&l);
}
END_TEST

START_TEST(long_word_is_broken_by_characters)
{
    const char *s = "a abcdefghijklmnopqrstuvwxyz b";
    Layout l = lay(s, LAYOUT_DIR_LTR, 100);
    assert_lines_fit(&l, 100);
    assert_lines(&l, s, "a ", "abcdefghij", "klmnopqrst", "uvwxyz b", NULL);
    ck_assert(l.broke_words);
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

START_TEST(overshooting_ink_makes_the_line_taller_on_both_sides)
{
    const char *s = "a ^am\nno";
    Layout l = lay(s, LAYOUT_DIR_LTR, 1000);
    ck_assert_int_eq(l.lines[0].ascent, 8 + 3);
    ck_assert_int_eq(l.lines[0].height, 10 + 2 * 3);
    ck_assert_int_eq(l.lines[1].height, 10);
    ck_assert_int_eq(l.runs[0].overshoot, 3);
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
    const char *bad[] = {"\xff\xfe abc",     "ab\xc3", "\xe0\x80\x80 x", "\xed\xa0\x80",
                         "\xf4\x90\x80\x80", "\xd9",   "پا\xdaک"};
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

/* fake_width, counting the bytes it is asked to shape in *ctx. */
static int counting_width(void *ctx, const char *s, size_t len, LayoutFace face, bool rtl,
                          int *height)
{
    *(size_t *)ctx += len;
    return fake_width(NULL, s, len, face, rtl, height);
}

START_TEST(shaping_work_stays_a_few_times_the_text)
{
    /* Word guesses plus a few whole-line measures per line shape each byte
     * about four times; measuring every candidate line from its start, word
     * by word, would shape a 20-word line's bytes about ten times. */
    static char s[8000];
    s[0] = '\0';
    for (int i = 0; i < 800; i++)
        strcat(s, i % 3 ? "امن " : "word ");
    size_t shaped = 0;
    LayoutMeasure m = {counting_width, fake_metrics, &shaped};
    Layout l;
    layout_build(&l, s, strlen(s), LAYOUT_DIR_AUTO, 1000, &m);
    ck_assert_int_gt(l.n_lines, 30);
    ck_assert_uint_lt(shaped, 5 * strlen(s));
    layout_free(&l);
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

/* A text that fits up to `limit` px; counts the sizes tried. */
typedef struct {
    int limit, calls, last_fit;
    bool fits_grow;
} FitProbe;

static double probe_overflow(void *ctx, int px)
{
    FitProbe *p = ctx;
    p->calls++;
    double o = (double)px * px / ((double)p->limit * p->limit);
    if (o <= 1.0) {
        ck_assert_int_gt(px, p->last_fit); /* each fit is larger than the last */
        p->last_fit = px;
    }
    return o;
}

START_TEST(fit_finds_the_largest_fitting_size)
{
    for (int limit = 8; limit <= 120; limit++) {
        FitProbe p = {.limit = limit};
        ck_assert_int_eq(layout_fit_px(8, 120, probe_overflow, &p), limit);
        ck_assert_int_le(p.calls, 8);
    }
    FitProbe typical = {.limit = 57};
    layout_fit_px(20, 90, probe_overflow, &typical);
    ck_assert_int_le(typical.calls, 3);
}
END_TEST

START_TEST(fit_falls_back_to_the_minimum)
{
    FitProbe p = {.limit = 5};
    ck_assert_int_eq(layout_fit_px(8, 120, probe_overflow, &p), 8);
    FitProbe q = {.limit = 500};
    ck_assert_int_eq(layout_fit_px(8, 120, probe_overflow, &q), 120);
    ck_assert_int_eq(q.calls, 1);
    FitProbe r = {.limit = 5};
    ck_assert_int_eq(layout_fit_px(30, 30, probe_overflow, &r), 30);
}
END_TEST

/* Characters other than spaces and Arabic combining marks in s[0..len). */
static int letters(const char *s, size_t len)
{
    int n = 0;
    uint32_t cp;
    for (size_t i = 0; i < len; i += layout_utf8_next(s + i, len - i, &cp)) {
        layout_utf8_next(s + i, len - i, &cp);
        n += cp != ' ' && !(cp >= 0x064B && cp <= 0x065F);
    }
    return n;
}

/* Random mixes of Urdu, Latin, digits, marks, spaces, newlines and broken
 * bytes: every byte lands in exactly one line, lines fit unless they hold
 * one character, and runs stay inside their line. */
START_TEST(random_mixed_text_is_laid_out_whole)
{
    static const char *const parts[] = {"پاکستان", "UN",   "1960",   " ", " ", "235,000",
                                        "\n",      "ِ",     "?",      "%", "-", "/",
                                        "\xff",    "\xd9", "(نقوی)", "«", "،", "x"};
    unsigned seed = 12345;
    for (int round = 0; round < 300; round++) {
        char s[400] = "";
        int n = (int)(seed % 30);
        for (int i = 0; i < n; i++) {
            seed = seed * 1103515245u + 12345u;
            strcat(s, parts[(seed >> 16) % (sizeof parts / sizeof *parts)]);
        }
        seed = seed * 1103515245u + 12345u;
        int width = 1 + (int)((seed >> 16) % 300);
        Layout l = lay(s, (LayoutDir)(round % 3), width);
        size_t next = 0;
        for (int i = 0; i < l.n_lines; i++) {
            const LayoutLine *ln = &l.lines[i];
            ck_assert_uint_ge(ln->start, next);
            ck_assert_uint_le(ln->start - next, 1); /* only a '\n' between lines */
            next = ln->start + ln->len;
            if (letters(s + ln->start, ln->len) > 1)
                ck_assert_msg(ln->width <= width, "line %d \"%.*s\" at %d: %d", i, (int)ln->len,
                              s + ln->start, width, ln->width);
            for (int r = ln->first_run; r < ln->first_run + ln->n_runs; r++) {
                ck_assert_uint_ge(l.runs[r].start, ln->start);
                ck_assert_uint_le(l.runs[r].start + l.runs[r].len, ln->start + ln->len);
            }
        }
        ck_assert_uint_eq(next, strlen(s));
        layout_free(&l);
    }
}
END_TEST

/* Issue 19, item 15: bidi controls from a bank or a name. */
START_TEST(bidi_overrides_and_stray_isolates_are_dropped)
{
    ck_assert_ptr_null(layout_clean_bidi("plain text, اردو"));
    const char *cases[][2] = {
        {"\xE2\x80\xAE"
         "evil"
         "\xE2\x80\xAC",
         "evil"}, /* RLO ... PDF */
        {"a\xE2\x80\xAA"
         "b\xE2\x80\xAB"
         "c\xE2\x80\xAD",
         "abc"},                      /* LRE RLE LRO */
        {"name\xE2\x81\xA7", "name"}, /* RLI never closed */
        {"x\xE2\x81\xA9y", "xy"},     /* PDI with nothing open */
        {"\xE2\x81\xA7"
         "a\n"
         "b\xE2\x81\xA9",
         "a\nb"}, /* no pairing across lines */
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *got = layout_clean_bidi(cases[i][0]);
        ck_assert_ptr_nonnull(got);
        ck_assert_str_eq(got, cases[i][1]);
        free(got);
    }
    /* A paired isolate (as the Urdu catalog puts around a date) stays. */
    ck_assert_ptr_null(layout_clean_bidi("\xD8\xAA\xD8\xA7\xD8\xB1\xDB\x8C\xD8\xAE "
                                         "\xE2\x81\xA6"
                                         "2026-01-31"
                                         "\xE2\x81\xA9"));
    char *got = layout_clean_bidi("\xE2\x81\xA6"
                                  "a"
                                  "\xE2\x81\xA9\xE2\x81\xA8");
    ck_assert_str_eq(got, "\xE2\x81\xA6"
                          "a"
                          "\xE2\x81\xA9");
    free(got);
}
END_TEST

START_TEST(paragraph_direction_is_that_of_the_first_strong_character)
{
#define DIR(s) layout_paragraph_dir(s, strlen(s))
    ck_assert_int_eq(DIR("کتنے مشن؟ 29"), LAYOUT_DIR_RTL);
    ck_assert_int_eq(DIR("2024: کتنے"), LAYOUT_DIR_RTL); /* digits are not strong */
    ck_assert_int_eq(DIR("How many? کتنے"), LAYOUT_DIR_LTR);
    ck_assert_int_eq(DIR("UN کی امن فوج"), LAYOUT_DIR_LTR); /* the rule, even for Urdu */
    ck_assert_int_eq(DIR("\u2066UN 2024\u2069 کی امن فوج"), LAYOUT_DIR_RTL); /* isolate skipped */
    ck_assert_int_eq(DIR("128 / ۱۲۸ (-5.5%)"), LAYOUT_DIR_AUTO);
    ck_assert_int_eq(DIR(""), LAYOUT_DIR_AUTO);
#undef DIR
}
END_TEST

static Suite *layout_suite(void)
{
    Suite *s = suite_create("layout");
    TCase *core = tcase_create("core");
    tcase_add_test(core, urdu_sentence_keeps_numbers_left_to_right);
    tcase_add_test(core, paragraph_direction_is_that_of_the_first_strong_character);
    tcase_add_test(core, urdu_digits_read_left_to_right_too);
    tcase_add_test(core, urdu_with_latin_acronym_falls_back_to_latin);
    tcase_add_test(core, percent_and_question_mark_use_latin_inside_urdu);
    tcase_add_test(core, english_with_urdu_name_uses_nastaliq_for_the_name);
    tcase_add_test(core, auto_direction_follows_first_strong_character);
    tcase_add_test(core, lines_break_at_spaces);
    tcase_add_test(core, last_line_is_never_one_lonely_word);
    tcase_add_test(core, lonely_word_stays_when_moving_would_not_help);
    tcase_add_test(core, closing_punctuation_never_starts_a_line);
    tcase_add_test(core, no_break_space_keeps_a_label_on_one_line);
    tcase_add_test(core, exclamation_inside_urdu_is_drawn_by_noto_sans);
    tcase_add_test(core, lines_break_after_hyphen_and_slash);
    tcase_add_test(core, long_word_is_broken_by_characters);
    tcase_add_test(core, rtl_lines_wrap_in_logical_order_and_reorder_each);
    tcase_add_test(core, newline_ends_a_line);
    tcase_add_test(core, overshooting_ink_makes_the_line_taller_on_both_sides);
    tcase_add_test(core, face_table_classifies);
    tcase_add_test(core, fit_finds_the_largest_fitting_size);
    suite_add_tcase(s, core);
    TCase *errors = tcase_create("errors");
    tcase_add_test(errors, empty_text_has_no_lines);
    tcase_add_test(errors, bidi_overrides_and_stray_isolates_are_dropped);
    tcase_add_test(errors, invalid_utf8_does_not_crash);
    suite_add_tcase(s, errors);
    TCase *limits = tcase_create("limits");
    tcase_add_test(limits, only_spaces_give_one_empty_line);
    tcase_add_test(limits, fit_falls_back_to_the_minimum);
    tcase_add_test(limits, random_mixed_text_is_laid_out_whole);
    tcase_add_test(limits, width_below_one_character_puts_one_per_line);
    tcase_add_test(limits, combining_marks_stay_with_their_letter);
    tcase_add_test(limits, shaping_work_stays_a_few_times_the_text);
    suite_add_tcase(s, limits);
    return s;
}

int main(void)
{
    return run_suite(layout_suite());
}
