/* Short-answer matching: each folding rule, the wildcard, and what must
 * not match. */
#include <string.h>

#include "answermatch.h"
#include "testutil.h"

#define YES(a, t) ck_assert_msg(answermatch(a, t), "'%s' should match '%s'", t, a)
#define NO(a, t) ck_assert_msg(!answermatch(a, t), "'%s' should not match '%s'", t, a)

START_TEST(latin_case_and_blanks)
{
    YES("Islamabad", "islamabad");
    YES("Islamabad", "  ISLAMABAD \t");
    YES("New York", "new   york");
    YES("Timor-Leste", "TIMOR-leste");
    YES("Éclair", "éCLAIR");
    NO("New York", "NewYork");
    NO("Islamabad", "Islamabad!");
}
END_TEST

START_TEST(arabic_letter_forms_match_urdu_ones)
{
    YES("کراچی", "كراچي");       /* kaf U+0643, yeh U+064A */
    YES("پاکستانی", "پاكستانى"); /* alef maksura U+0649 */
    YES("ہفتہ", "هفته");         /* heh U+0647 */
    YES("كراچي", "کراچی");       /* either side may hold the Arabic forms */
    NO("کراچی", "لاہور");
}
END_TEST

START_TEST(diacritics_are_ignored)
{
    YES("اقوام متحدہ", "اقوامِ مُتّحِدہ"); /* zer, pesh, tashdid */
    YES("امن", "اَمن");                 /* zabar */
    YES("امن", "امـــن");              /* tatweel */
    YES("پاکستان", "پاک\u200cستان");   /* zero-width non-joiner */
    NO("امن", "امين");
}
END_TEST

START_TEST(urdu_arabic_indic_and_ascii_digits_are_equal)
{
    YES("128", "۱۲۸");
    YES("128", "١٢٨");
    YES("۱۲۸", "128");
    YES("2011 میں", "٢٠١١ ميں");
    NO("128", "129");
    NO("128", "1280");
}
END_TEST

START_TEST(moodle_wildcard)
{
    YES("*", "anything at all");
    YES("*", "");
    YES("Guter*", "Guterres");
    YES("*peace*", "UN peacekeeping");
    YES("a*b*c", "abc");
    YES("a*b*c", "a-x-b-y-c");
    NO("a*b*c", "a-x-c");
    YES("5\\*", "5*");
    NO("5\\*", "55");
    YES("اقوام*", "اقوامِ متحدہ");
}
END_TEST

START_TEST(empty_answers_never_match_a_real_pattern)
{
    NO("Islamabad", "");
    NO("Islamabad", "   ");
    NO("", "");
    ck_assert(!answermatch(NULL, "x"));
    ck_assert(!answermatch("x", NULL));
}
END_TEST

START_TEST(fold_shows_the_compared_form)
{
    char buf[64];
    ck_assert_str_eq(answermatch_fold("  Hello   WORLD ", buf, sizeof buf), "hello world");
    ck_assert_str_eq(answermatch_fold("كِتاب ١", buf, sizeof buf), "کتاب 1");
    ck_assert_str_eq(answermatch_fold("abcdef", buf, 4), "abc");
}
END_TEST

START_TEST(long_patterns_stay_fast)
{
    static char p[2001], t[4001];
    memset(p, 0, sizeof p);
    for (int i = 0; i < 1000; i++)
        strcat(p, "*a");
    memset(t, 'a', 4000);
    t[3999] = 'b';
    NO(p, t);
}
END_TEST

static Suite *answermatch_suite(void)
{
    Suite *s = suite_create("answermatch");
    TCase *core = tcase_create("core");
    tcase_add_test(core, latin_case_and_blanks);
    tcase_add_test(core, arabic_letter_forms_match_urdu_ones);
    tcase_add_test(core, diacritics_are_ignored);
    tcase_add_test(core, urdu_arabic_indic_and_ascii_digits_are_equal);
    tcase_add_test(core, moodle_wildcard);
    tcase_add_test(core, fold_shows_the_compared_form);
    suite_add_tcase(s, core);
    TCase *errors = tcase_create("errors");
    tcase_add_test(errors, empty_answers_never_match_a_real_pattern);
    suite_add_tcase(s, errors);
    TCase *limits = tcase_create("limits");
    tcase_add_test(limits, long_patterns_stay_fast);
    suite_add_tcase(s, limits);
    return s;
}

int main(void)
{
    return run_suite(answermatch_suite());
}
