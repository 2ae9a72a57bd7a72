/* The report's charts: escaping, where points and bars go in both reading
 * directions, and limits (no points, values out of range, long labels). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "svg.h"
#include "testutil.h"

static char *buf;
static size_t len;

static FILE *open_buf(void)
{
    free(buf);
    buf = NULL;
    FILE *f = open_memstream(&buf, &len);
    ck_assert_ptr_nonnull(f);
    return f;
}

static SvgChart chart(bool rtl)
{
    return (SvgChart){400, 200, rtl, 0.8, "pass", {"0%", "50%", "100%"}, "A <title> & \"more\""};
}

START_TEST(text_is_escaped)
{
    FILE *f = open_buf();
    svg_escape(f, "a<b>&\"c\"");
    fclose(f);
    ck_assert_str_eq(buf, "a&lt;b&gt;&amp;&quot;c&quot;");
    f = open_buf();
    SvgChart c = chart(false);
    svg_line(f, NULL, 0, &c);
    fclose(f);
    ck_assert_ptr_nonnull(strstr(buf, "<title>A &lt;title&gt; &amp; &quot;more&quot;</title>"));
}
END_TEST

/* Plot 56..384 wide (margins 56 and 16), 14..170 high: the first of two
 * points at the left edge in LTR, at the right edge in RTL; value 1 at the
 * top (y 14), 0 at the bottom (y 170); the pass line at 0.8: y 45.2. */
START_TEST(line_points_follow_the_reading_direction)
{
    SvgPoint pts[] = {{"d1", 0.0}, {"d2", 1.0}};
    FILE *f = open_buf();
    SvgChart c = chart(false);
    svg_line(f, pts, 2, &c);
    fclose(f);
    ck_assert_ptr_nonnull(strstr(buf, "points=\"56.0,170.0 384.0,14.0\""));
    ck_assert_ptr_nonnull(strstr(buf, "y1=\"45.2\""));
    f = open_buf();
    c = chart(true);
    svg_line(f, pts, 2, &c);
    fclose(f);
    ck_assert_ptr_nonnull(strstr(buf, "points=\"344.0,170.0 16.0,14.0\""));
    ck_assert_ptr_nonnull(strstr(buf, "direction=\"rtl\""));
}
END_TEST

/* Labels 36% of 400 = 144 wide; bars 400 - 144 - 64 - 16 = 176 long at 1. */
START_TEST(bars_grow_from_the_reading_side)
{
    SvgBar bars[] = {{.label = "Topic", .values = {0.5}, .notes = {"50%"}}};
    FILE *f = open_buf();
    SvgChart c = chart(false);
    c.height = 30;
    svg_bars(f, bars, 1, 1, &c);
    fclose(f);
    ck_assert_ptr_nonnull(strstr(buf, "<rect x=\"144.0\" y=\"2.0\" width=\"88.0\""));
    f = open_buf();
    c.rtl = true;
    svg_bars(f, bars, 1, 1, &c);
    fclose(f);
    ck_assert_ptr_nonnull(strstr(buf, "<rect x=\"168.0\" y=\"2.0\" width=\"88.0\"")); /* 256 - 88 */
}
END_TEST

START_TEST(limits_clamp_and_cut)
{
    char label[200];
    memset(label, 'x', sizeof label - 1);
    label[sizeof label - 1] = '\0';
    SvgBar bars[] = {{.label = label, .values = {1.7, -0.2}, .flagged = true}};
    FILE *f = open_buf();
    SvgChart c = chart(false);
    c.height = 30;
    svg_bars(f, bars, 1, 2, &c);
    fclose(f);
    ck_assert_ptr_nonnull(strstr(buf, "width=\"176.0\"")); /* clamped to 1 */
    ck_assert_ptr_nonnull(strstr(buf, "width=\"0.0\""));   /* clamped to 0 */
    ck_assert_ptr_nonnull(strstr(buf, "xxxxxxxx\u2026</text>"));
    ck_assert_ptr_null(strstr(buf, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")); /* 41 */
    ck_assert_ptr_nonnull(strstr(buf, "class=\"label flagged\""));
    SvgPoint many[100];
    for (int i = 0; i < 100; i++)
        many[i] = (SvgPoint){"d", i % 2};
    f = open_buf();
    c.height = 200;
    svg_line(f, many, 100, &c);
    fclose(f);
    size_t labels = 0;
    for (const char *p = buf; (p = strstr(p, ">d</text>")); p++)
        labels++;
    ck_assert_uint_le(labels, 13);
    ck_assert_uint_ge(labels, 10);
}
END_TEST

static Suite *svg_suite(void)
{
    Suite *s = suite_create("svg");
    TCase *core = tcase_create("core");
    tcase_add_test(core, text_is_escaped);
    tcase_add_test(core, line_points_follow_the_reading_direction);
    tcase_add_test(core, bars_grow_from_the_reading_side);
    suite_add_tcase(s, core);
    TCase *limits = tcase_create("limits");
    tcase_add_test(limits, limits_clamp_and_cut);
    suite_add_tcase(s, limits);
    return s;
}

int main(void)
{
    int rc = run_suite(svg_suite());
    free(buf);
    return rc;
}
