/* WCAG 2 contrast, the figures the readability test holds every screen to. */
#include <math.h>

#include "contrast.h"
#include "testutil.h"

#define NEAR(a, b) ck_assert_double_eq_tol((a), (b), 0.01)

START_TEST(black_on_white_is_21_and_a_colour_on_itself_is_1)
{
    NEAR(contrast_ratio(0x000000, 0xFFFFFF), 21.0);
    NEAR(contrast_ratio(0xFFFFFF, 0x000000), 21.0); /* either order */
    NEAR(contrast_ratio(0x0B3D2E, 0x0B3D2E), 1.0);
    NEAR(contrast_luminance(0xFFFFFF), 1.0);
    NEAR(contrast_luminance(0x000000), 0.0);
}
END_TEST

START_TEST(known_pairs_match_the_wcag_figures)
{
    NEAR(contrast_ratio(0x777777, 0xFFFFFF), 4.48); /* the classic just-failing grey */
    NEAR(contrast_ratio(0x767676, 0xFFFFFF), 4.54); /* and the lightest that passes */
    NEAR(contrast_ratio(0xFF0000, 0xFFFFFF), 4.00);
    NEAR(contrast_luminance(0x808080), 0.2159);
}
END_TEST

START_TEST(large_text_needs_three_small_text_four_and_a_half)
{
    NEAR(contrast_needed(23), 4.5);
    NEAR(contrast_needed(24), 3.0);
    NEAR(contrast_needed(14), 4.5);
    NEAR(contrast_needed(60), 3.0);
}
END_TEST

START_TEST(channels_outside_the_colour_are_ignored)
{
    NEAR(contrast_ratio(0xFF000000u | 0x777777, 0xFFFFFF), 4.48); /* an alpha byte */
}
END_TEST

static Suite *contrast_suite(void)
{
    Suite *s = suite_create("contrast");
    TCase *core = tcase_create("core");
    tcase_add_test(core, black_on_white_is_21_and_a_colour_on_itself_is_1);
    tcase_add_test(core, known_pairs_match_the_wcag_figures);
    tcase_add_test(core, large_text_needs_three_small_text_four_and_a_half);
    suite_add_tcase(s, core);
    TCase *limits = tcase_create("limits");
    tcase_add_test(limits, channels_outside_the_colour_are_ignored);
    suite_add_tcase(s, limits);
    return s;
}

int main(void)
{
    return run_suite(contrast_suite());
}
