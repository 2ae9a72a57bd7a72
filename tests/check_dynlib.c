/* dynlib: a library's table is filled whole on the first load and the
 * answer is kept; a library that is not installed, or lacks a function,
 * leaves the table empty and says which library, which package and why. */
#include <math.h>
#include <stddef.h>
#include <string.h>

#include "dynlib.h"
#include "testutil.h"

/* libm, always installed: two functions with known answers. */
#define MATH_FUNCTIONS(X, T) X(T, cos) X(T, sqrt)
DYNLIB_TABLE(MathLib, MATH_FUNCTIONS);
DYNLIB_DEFINE(MathLib, MATH_FUNCTIONS, libm, "libm.so.6", "libc6");
DYNLIB_DEFINE(MathLib, MATH_FUNCTIONS, absent, "libaman-not-installed.so.7",
              "libaman-not-installed7");
DYNLIB_DEFINE(MathLib, MATH_FUNCTIONS, absent_short, "libaman-not-installed.so.8", "x");

/* Declared, never defined: libm has no such function. */
double aman_no_such_function(double x);
#define PARTIAL_FUNCTIONS(X, T) X(T, cos) X(T, aman_no_such_function)
DYNLIB_TABLE(PartialLib, PARTIAL_FUNCTIONS);
DYNLIB_DEFINE(PartialLib, PARTIAL_FUNCTIONS, partial, "libm.so.6", "libc6");

START_TEST(fills_the_table_and_keeps_it)
{
    char err[512] = "";
    ck_assert(dynlib_load(&libm, err, sizeof err));
    ck_assert_str_eq(err, "");
    ck_assert(libm_table.cos(0.0) == 1.0);
    ck_assert(libm_table.sqrt(81.0) == 9.0);
    double (*first)(double) = libm_table.cos;
    ck_assert(dynlib_load(&libm, err, sizeof err)); /* loaded once, then kept */
    ck_assert(libm_table.cos == first);
}
END_TEST

START_TEST(missing_library_names_it_and_its_package)
{
    char err[512] = "";
    ck_assert(!dynlib_load(&absent, err, sizeof err));
    ck_assert_msg(strstr(err, "cannot load libaman-not-installed.so.7 (apt-get install "
                              "libaman-not-installed7): "),
                  "%s", err);
    ck_assert_msg(strstr(err, "No such file"), "%s", err); /* the loader's own reason */
    ck_assert(absent_table.cos == NULL);
    char again[512] = "";
    ck_assert(!dynlib_load(&absent, again, sizeof again)); /* the same answer, kept */
    ck_assert_str_eq(again, err);
}
END_TEST

START_TEST(missing_function_names_it_and_leaves_the_table_empty)
{
    char err[512] = "";
    ck_assert(!dynlib_load(&partial, err, sizeof err));
    ck_assert_str_eq(err, "cannot load libm.so.6: it has no function aman_no_such_function "
                          "(apt-get install libc6)");
    ck_assert(partial_table.cos == NULL); /* all or nothing */
}
END_TEST

START_TEST(short_message_buffer_is_cut_not_overrun)
{
    char err[16];
    memset(err, 'z', sizeof err);
    ck_assert(!dynlib_load(&absent_short, err, 12));
    ck_assert_str_eq(err, "cannot load");
    ck_assert_int_eq(err[12], 'z');
}
END_TEST

int main(void)
{
    Suite *s = suite_create("dynlib");
    TCase *core = tcase_create("core");
    tcase_add_test(core, fills_the_table_and_keeps_it);
    suite_add_tcase(s, core);
    TCase *errors = tcase_create("errors");
    tcase_add_test(errors, missing_library_names_it_and_its_package);
    tcase_add_test(errors, missing_function_names_it_and_leaves_the_table_empty);
    suite_add_tcase(s, errors);
    TCase *limits = tcase_create("limits");
    tcase_add_test(limits, short_message_buffer_is_cut_not_overrun);
    suite_add_tcase(s, limits);
    return run_suite(s);
}
