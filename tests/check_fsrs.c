/* FSRS-4.5: the forgetting curve, first reviews and updates against values
 * computed by hand from the formulas in docs/reports.md with the default
 * parameters, and the "practise what is due" order. */
#include <math.h>

#include "fsrs.h"
#include "testutil.h"

#define EPS 1e-4

static FsrsState after(FsrsGrade g, double day)
{
    FsrsState s = {0};
    return fsrs_review(&s, g, day, NULL);
}

START_TEST(curve_is_ninety_percent_at_stability)
{
    ck_assert_double_eq_tol(fsrs_retrievability(3.7145, 3.7145), 0.9, 1e-12);
    ck_assert_double_eq_tol(fsrs_interval(3.7145, 0.9), 3.7145, 1e-12);
    /* (1 + 19/81 * 10 / 3.7145)^-0.5 = 1.63150^-0.5 */
    ck_assert_double_eq_tol(fsrs_retrievability(10, 3.7145), 0.782902, 1e-6);
    ck_assert_double_eq(fsrs_retrievability(0, 3.7145), 1.0);
}
END_TEST

/* S0(G) = w[G-1]; D0(G) = w4 - (G-3) * w5. */
START_TEST(first_review_takes_initial_stability_and_difficulty)
{
    FsrsState good = after(FSRS_GOOD, 100), again = after(FSRS_AGAIN, 100),
              easy = after(FSRS_EASY, 100), hard = after(FSRS_HARD, 100);
    ck_assert_double_eq_tol(good.stability, 3.7145, EPS);
    ck_assert_double_eq_tol(good.difficulty, 5.1618, EPS);
    ck_assert_double_eq(good.due, 104); /* round(3.7145) days */
    ck_assert_double_eq_tol(again.stability, 0.4872, EPS);
    ck_assert_double_eq_tol(again.difficulty, 5.1618 + 2 * 1.2298, EPS); /* 7.6214 */
    ck_assert_double_eq(again.due, 101);                                 /* at least a day */
    ck_assert_double_eq_tol(hard.stability, 1.4003, EPS);
    ck_assert_double_eq_tol(hard.difficulty, 6.3916, EPS);
    ck_assert_double_eq_tol(easy.stability, 13.8206, EPS);
    ck_assert_double_eq_tol(easy.difficulty, 3.932, EPS);
    ck_assert_int_eq(good.reps, 1);
    ck_assert_int_eq(again.lapses, 0); /* a first Again is learning, not a lapse */
}
END_TEST

/* Good on day 0, then on day 4: R = (1 + 19/81 * 4/3.7145)^-0.5 = 0.893500;
 * S' = S * (1 + e^w8 * (11 - D) * S^-w9 * (e^(w10 (1-R)) - 1)) = 14.8081;
 * D stays 5.1618 (Good reverts to D0(Good)). Due on day 4 + 15. */
START_TEST(recall_after_four_days_grows_stability)
{
    FsrsState s = after(FSRS_GOOD, 0);
    FsrsState g = fsrs_review(&s, FSRS_GOOD, 4, NULL);
    ck_assert_double_eq_tol(g.stability, 14.808101, 1e-5);
    ck_assert_double_eq_tol(g.difficulty, 5.1618, EPS);
    ck_assert_double_eq(g.due, 19);
    ck_assert_int_eq(g.reps, 2);
    /* Hard: the same with w15 = 0.2272, and D' = 0.031 * 5.1618 + 0.969 * (5.1618 + 0.8975) */
    FsrsState h = fsrs_review(&s, FSRS_HARD, 4, NULL);
    ck_assert_double_eq_tol(h.stability, 6.234966, 1e-5);
    ck_assert_double_eq_tol(h.difficulty, 6.031478, 1e-5);
}
END_TEST

/* Again on day 4: S' = w11 * D^-w12 * ((S+1)^w13 - 1) * e^(w14 (1-R))
 * = 1.433234; D' = 0.031 * 5.1618 + 0.969 * (5.1618 + 2 * 0.8975) = 6.901155. */
START_TEST(lapse_after_four_days_shrinks_stability)
{
    FsrsState s = after(FSRS_GOOD, 0);
    FsrsState a = fsrs_review(&s, FSRS_AGAIN, 4, NULL);
    ck_assert_double_eq_tol(a.stability, 1.433234, 1e-5);
    ck_assert_double_eq_tol(a.difficulty, 6.901155, 1e-5);
    ck_assert_int_eq(a.lapses, 1);
    ck_assert_double_eq(a.due, 5);
}
END_TEST

/* On the same day R = 1, so a success leaves S as it was (e^0 - 1 = 0). */
START_TEST(same_day_success_keeps_stability)
{
    FsrsState s = after(FSRS_GOOD, 10);
    FsrsState same = fsrs_review(&s, FSRS_GOOD, 10, NULL);
    ck_assert_double_eq_tol(same.stability, 3.7145, 1e-9);
}
END_TEST

START_TEST(grades_of_quiz_answers)
{
    ck_assert_int_eq(fsrs_grade_of(1.0), FSRS_GOOD);
    ck_assert_int_eq(fsrs_grade_of(0.5), FSRS_HARD);
    ck_assert_int_eq(fsrs_grade_of(0.0), FSRS_AGAIN);
    ck_assert_int_eq(fsrs_grade_of(-0.5), FSRS_AGAIN);
}
END_TEST

START_TEST(practice_order_is_due_then_new_then_later)
{
    FsrsState overdue = after(FSRS_AGAIN, 0); /* due day 1 */
    FsrsState due_now = after(FSRS_GOOD, 0);  /* due day 4 */
    FsrsState later = after(FSRS_EASY, 0);    /* due day 14 */
    FsrsState sooner = after(FSRS_GOOD, 2);   /* due day 6 */
    FsrsItem items[] = {
        {.id = "later", .seen = true, .state = later},
        {.id = "new1"},
        {.id = "due_now", .seen = true, .state = due_now},
        {.id = "new2"},
        {.id = "sooner", .seen = true, .state = sooner},
        {.id = "overdue", .seen = true, .state = overdue},
    };
    size_t due = fsrs_practice_order(items, 6, 5);
    ck_assert_uint_eq(due, 2);
    /* overdue: R(5, 0.4872) = 0.5417 is below R(5, 3.7145) = 0.8718 */
    const char *want[] = {"overdue", "due_now", "new1", "new2", "sooner", "later"};
    for (int i = 0; i < 6; i++)
        ck_assert_str_eq(items[i].id, want[i]);
    ck_assert_uint_eq(fsrs_practice_order(items, 0, 5), 0);
}
END_TEST

START_TEST(extreme_inputs_stay_finite)
{
    FsrsState s = after(FSRS_AGAIN, 0);
    for (int i = 0; i < 50; i++)
        s = fsrs_review(&s, FSRS_AGAIN, i * 0.01, NULL);
    ck_assert(isfinite(s.stability) && s.stability >= 0.01);
    ck_assert(s.difficulty <= 10 && s.difficulty >= 1);
    for (int i = 0; i < 40; i++)
        s = fsrs_review(&s, FSRS_EASY, s.due + 365, NULL);
    ck_assert(isfinite(s.stability) && isfinite(s.due));
    ck_assert(s.difficulty >= 1);
    ck_assert_double_eq(fsrs_retrievability(5, 0), 0);
}
END_TEST

static Suite *fsrs_suite(void)
{
    Suite *s = suite_create("fsrs");
    TCase *core = tcase_create("core");
    tcase_add_test(core, curve_is_ninety_percent_at_stability);
    tcase_add_test(core, first_review_takes_initial_stability_and_difficulty);
    tcase_add_test(core, recall_after_four_days_grows_stability);
    tcase_add_test(core, lapse_after_four_days_shrinks_stability);
    tcase_add_test(core, same_day_success_keeps_stability);
    tcase_add_test(core, grades_of_quiz_answers);
    tcase_add_test(core, practice_order_is_due_then_new_then_later);
    suite_add_tcase(s, core);
    TCase *limits = tcase_create("limits");
    tcase_add_test(limits, extreme_inputs_stay_finite);
    suite_add_tcase(s, limits);
    return s;
}

int main(void)
{
    return run_suite(fsrs_suite());
}
