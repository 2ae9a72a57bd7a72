/* The cohort's numbers from a handful of answers worked by hand: sessions
 * and their pass, days, topics and difficulty, trainees in numeric order,
 * and items over each session's latest answer. */
#include <stdlib.h>
#include <string.h>

#include "cohort.h"
#include "testutil.h"
#include "util.h"

static char dir[64];

static const char bank_text[] = "$CATEGORY: Alpha\n\n"
                                "// @difficulty: 1\n::a1:: A1? {T}\n\n"
                                "// @difficulty: 3\n::a3:: A3? {T}\n\n"
                                "$CATEGORY: Beta\n\n"
                                "::b2:: B2? {T}\n";

static void add(Results *r, int64_t s, const char *t, const char *q, double fraction)
{
    ResultsAnswer a = {t, q, fraction >= 1 ? "true" : "false", fraction >= 1, fraction, 0, 1, "en"};
    ck_assert(results_add_answer(r, s, &a));
}

/* Trainee 10: day 1 a1 right, a3 wrong, b2 right (2/3 = 67 %: fails 80);
 * day 2 a1 right, b2 right, a1 wrong again (the latest a1 counts for items).
 * Trainee 9: day 2 a3 right, b2 wrong. */
START_TEST(numbers_of_a_small_cohort)
{
    snprintf(dir, sizeof dir, "/tmp/aman-cohort-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char *path = results_default_path(dir);
    Diag diag = {0};
    Results *r = results_open(path, &diag);
    Bank *bank = bank_new();
    ck_assert(bank_add_gift(bank, "t.gift", bank_text, strlen(bank_text), &diag));
    const char *d1 = "2026-03-01T10:00:00+05:00", *d2 = "2026-03-02T10:00:00+05:00";
    int64_t s1 = results_session_begin(r, "training", "10", NULL, "en", d1);
    add(r, s1, d1, "a1", 1), add(r, s1, d1, "a3", 0), add(r, s1, d1, "b2", 1);
    int64_t s2 = results_session_begin(r, "training", "10", NULL, "en", d2);
    add(r, s2, d2, "a1", 1), add(r, s2, d2, "b2", 1), add(r, s2, d2, "a1", 0);
    int64_t s3 = results_session_begin(r, "training", "9", NULL, "en", d2);
    add(r, s3, d2, "a3", 1), add(r, s3, d2, "b2", 0);
    ResultsRows *rows = results_rows(r, NULL, NULL, &diag);
    Cohort *c = cohort_build(rows, bank, 80);
    ck_assert_uint_eq(c->n_answers, 8);
    ck_assert_uint_eq(c->n_sessions, 3);
    ck_assert_uint_eq(c->n_passed, 0); /* 2/3, 2/3, 1/2 */
    ck_assert_double_eq_tol(cohort_accuracy(c->t), 5.0 / 8, 1e-12);
    ck_assert_uint_eq(c->n_days, 2);
    ck_assert_str_eq(c->days[0].day, "2026-03-01");
    ck_assert_double_eq_tol(cohort_accuracy(c->days[1].t), 3.0 / 5, 1e-12);
    ck_assert_uint_eq(c->n_trainees, 2);
    ck_assert_str_eq(c->trainees[0].id, "9"); /* numeric order: 9 before 10 */
    ck_assert_str_eq(c->trainees[1].id, "10");
    ck_assert_uint_eq(c->trainees[1].n_sessions, 2);
    ck_assert_int_eq(c->trainees[1].t.n, 6);
    ck_assert_uint_eq(c->n_topics, 2);
    ck_assert_str_eq(c->topics[0].name, "Alpha");
    /* Alpha: a1 right, right, wrong (easy 2/3); a3 wrong, right (hard 1/2) */
    ck_assert_int_eq(c->topics[0].by_difficulty[0].n, 3);
    ck_assert_double_eq_tol(cohort_accuracy(c->topics[0].by_difficulty[0]), 2.0 / 3, 1e-12);
    ck_assert_double_eq_tol(cohort_accuracy(c->topics[0].by_difficulty[2]), 0.5, 1e-12);
    ck_assert_int_eq(c->topics[1].by_difficulty[1].n, 3); /* b2: medium by default */
    ck_assert_double_eq_tol(cohort_accuracy(c->trainees[0].topics[1].all), 0, 1e-12);
    /* items: a1 appears in 2 sessions (right, then wrong as the latest) */
    const ItemStat *a1 = NULL;
    for (size_t i = 0; i < itemstats_count(c->items); i++)
        if (strcmp(itemstats_get(c->items, i)->id, "a1") == 0)
            a1 = itemstats_get(c->items, i);
    ck_assert_ptr_nonnull(a1);
    ck_assert_int_eq(a1->n, 2);
    ck_assert_double_eq_tol(a1->facility, 0.5, 1e-12);
    ck_assert_ptr_nonnull(cohort_trainee(c, "9"));
    ck_assert_ptr_null(cohort_trainee(c, "11"));
    cohort_free(c);
    results_rows_free(rows);
    bank_free(bank);
    results_close(r);
    diag_clear(&diag);
    free(path);
    char *cmd = xasprintf("rm -rf '%s'", dir);
    ck_assert_int_eq(system(cmd), 0);
    free(cmd);
}
END_TEST

START_TEST(no_rows_and_no_bank)
{
    Cohort *c = cohort_build(NULL, NULL, 80);
    ck_assert_uint_eq(c->n_answers, 0);
    ck_assert_uint_eq(c->n_trainees, 0);
    ck_assert_double_eq(cohort_accuracy(c->t), 0);
    cohort_free(c);
    cohort_free(NULL);
}
END_TEST

static Suite *cohort_suite(void)
{
    Suite *s = suite_create("cohort");
    TCase *core = tcase_create("core");
    tcase_add_test(core, numbers_of_a_small_cohort);
    suite_add_tcase(s, core);
    TCase *limits = tcase_create("limits");
    tcase_add_test(limits, no_rows_and_no_bank);
    suite_add_tcase(s, limits);
    return s;
}

int main(void)
{
    return run_suite(cohort_suite());
}
