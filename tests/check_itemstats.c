/* Item analysis: facility and discrimination as Moodle's quiz statistics
 * define them (docs/reports.md), against values computed by hand. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "itemstats.h"
#include "testutil.h"

static const ItemStat *find(const ItemStats *s, const char *id)
{
    for (size_t i = 0; i < itemstats_count(s); i++)
        if (strcmp(itemstats_get(s, i)->id, id) == 0)
            return itemstats_get(s, i);
    ck_abort_msg("no item %s", id);
    return NULL;
}

/* marks[a][q] for attempts a = 1.. and questions q1..qn */
static ItemStats *table(int attempts, int questions, const double *marks)
{
    ItemStats *s = itemstats_new();
    for (int a = 0; a < attempts; a++)
        for (int q = 0; q < questions; q++) {
            char id[8];
            snprintf(id, sizeof id, "q%d", q + 1);
            itemstats_add(s, 100 + a, id, marks[a * questions + q],
                          marks[a * questions + q] < 1 ? "2" : "1");
        }
    itemstats_compute(s);
    return s;
}

/* Attempts (q1 q2 q3): A 1 1 1, B 1 0 1, C 0 1 0, D 0 0 0.
 * q1: x = 1 1 0 0, rest = 2 1 1 0; deviations .5 .5 -.5 -.5 and 1 0 0 -1:
 * Cov = 1/3, V(x) = 1/3, V(rest) = 2/3, D = 1/sqrt(2) = 0.707107.
 * q2: x = 1 0 1 0, rest = 2 2 0 0: products .5 -.5 -.5 .5, Cov = 0, D = 0. */
START_TEST(facility_and_discrimination_by_hand)
{
    const double m[] = {1, 1, 1, 1, 0, 1, 0, 1, 0, 0, 0, 0};
    ItemStats *s = table(4, 3, m);
    ck_assert_uint_eq(itemstats_count(s), 3);
    const ItemStat *q1 = find(s, "q1"), *q2 = find(s, "q2"), *q3 = find(s, "q3");
    ck_assert_int_eq(q1->n, 4);
    ck_assert_double_eq_tol(q1->facility, 0.5, 1e-12);
    ck_assert(q1->has_d);
    ck_assert_double_eq_tol(q1->discrimination, 0.707107, 1e-6);
    ck_assert_uint_eq(q1->flags, 0);
    ck_assert_double_eq_tol(q2->discrimination, 0.0, 1e-12);
    ck_assert_uint_eq(q2->flags, ITEM_LOW_DISCRIMINATION);
    ck_assert_double_eq_tol(q3->discrimination, 0.707107, 1e-6);
    itemstats_free(s);
}
END_TEST

/* The weakest get q3 right: (q1 q2 q3) A 1 1 0, B 1 0 0, C 0 0 1, D 0 0 1.
 * q3: x = 0 0 1 1, rest = 2 1 0 0 (mean .75); deviations -.5 -.5 .5 .5 and
 * 1.25 .25 -.75 -.75: sum of products -1.5, sums of squares 1 and 2.75,
 * D = -1.5 / sqrt(2.75) = -0.904534. */
START_TEST(misleading_question_discriminates_negatively)
{
    const double m[] = {1, 1, 0, 1, 0, 0, 0, 0, 1, 0, 0, 1};
    ItemStats *s = table(4, 3, m);
    const ItemStat *q3 = find(s, "q3");
    ck_assert_double_eq_tol(q3->discrimination, -0.904534, 1e-6);
    ck_assert_double_eq_tol(q3->facility, 0.5, 1e-12);
    ck_assert_uint_eq(q3->flags, ITEM_LOW_DISCRIMINATION);
    itemstats_free(s);
}
END_TEST

/* Part marks count as the mark: (.5 + 1 + 0 + .25) / 4 = 0.4375. */
START_TEST(part_marks_and_wrong_answer_counts)
{
    ItemStats *s = itemstats_new();
    itemstats_add(s, 1, "q", 0.5, "1,3");
    itemstats_add(s, 2, "q", 1.0, "1,2");
    itemstats_add(s, 3, "q", 0.0, "4");
    itemstats_add(s, 4, "q", 0.25, "1,3");
    itemstats_add(s, 5, "p", 0.0, NULL);
    itemstats_compute(s);
    const ItemStat *q = find(s, "q");
    ck_assert_double_eq_tol(q->facility, 0.4375, 1e-12);
    ck_assert_uint_eq(q->n_wrong, 2);
    ck_assert_str_eq(q->wrong[0].key, "1,3");
    ck_assert_int_eq(q->wrong[0].count, 2);
    ck_assert_str_eq(q->wrong[1].key, "4");
    ck_assert_int_eq(q->wrong[1].count, 1);
    const ItemStat *p = find(s, "p");
    ck_assert_str_eq(p->wrong[0].key, "");
    ck_assert(!p->has_d); /* one attempt */
    ck_assert_uint_eq(p->flags, ITEM_TOO_HARD);
    itemstats_free(s);
}
END_TEST

START_TEST(flags_at_the_thresholds)
{
    ck_assert_uint_eq(itemstats_flags(0.19, 0.5, true), ITEM_TOO_HARD);
    ck_assert_uint_eq(itemstats_flags(0.20, 0.5, true), 0);
    ck_assert_uint_eq(itemstats_flags(0.95, 0.20, true), 0);
    ck_assert_uint_eq(itemstats_flags(0.96, 0.19, true), ITEM_TOO_EASY | ITEM_LOW_DISCRIMINATION);
    ck_assert_uint_eq(itemstats_flags(0.5, -0.3, false), 0);
}
END_TEST

/* Everyone right: V(x) = 0, so D is undefined; the facility flags it. */
START_TEST(constant_item_has_no_discrimination)
{
    const double m[] = {1, 1, 1, 0, 1, 1};
    ItemStats *s = table(3, 2, m);
    const ItemStat *q1 = find(s, "q1");
    ck_assert(!q1->has_d);
    ck_assert_uint_eq(q1->flags, ITEM_TOO_EASY);
    ck_assert_uint_eq(q1->n_wrong, 0);
    itemstats_free(s);
}
END_TEST

START_TEST(empty_and_many)
{
    ItemStats *s = itemstats_new();
    itemstats_compute(s);
    ck_assert_uint_eq(itemstats_count(s), 0);
    ck_assert_ptr_null(itemstats_get(s, 0));
    itemstats_free(s);
    s = itemstats_new();
    char id[16];
    for (int a = 0; a < 2000; a++)
        for (int q = 0; q < 50; q++) {
            snprintf(id, sizeof id, "id%d", q);
            itemstats_add(s, a, id, (a * 7 + q * 3) % 5 == 0 ? 0 : 1, "x");
        }
    itemstats_compute(s);
    ck_assert_uint_eq(itemstats_count(s), 50);
    ck_assert_int_eq(itemstats_get(s, 49)->n, 2000);
    ck_assert(isfinite(itemstats_get(s, 0)->discrimination));
    itemstats_free(s);
}
END_TEST

static Suite *itemstats_suite(void)
{
    Suite *s = suite_create("itemstats");
    TCase *core = tcase_create("core");
    tcase_add_test(core, facility_and_discrimination_by_hand);
    tcase_add_test(core, misleading_question_discriminates_negatively);
    tcase_add_test(core, part_marks_and_wrong_answer_counts);
    tcase_add_test(core, flags_at_the_thresholds);
    suite_add_tcase(s, core);
    TCase *limits = tcase_create("limits");
    tcase_add_test(limits, constant_item_has_no_discrimination);
    tcase_add_test(limits, empty_and_many);
    suite_add_tcase(s, limits);
    return s;
}

int main(void)
{
    return run_suite(itemstats_suite());
}
