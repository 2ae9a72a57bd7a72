/* dynlib: a library's table is filled whole on the first load and the
 * answer is kept; a library that is not installed, or lacks a function,
 * leaves the table empty and says which library, which package and why. */
#include <math.h>
#include <stddef.h>
#include <string.h>

#include "dynlib.h"
#include "testutil.h"
#include "util.h"

/* libm, always installed: two functions with known answers. */
typedef struct {
    double (*cos)(double);
    double (*sqrt)(double);
} MathLib;

static const DynlibSymbol math_symbols[] = {{"cos", offsetof(MathLib, cos)},
                                            {"sqrt", offsetof(MathLib, sqrt)}};

START_TEST(fills_the_table_and_keeps_it)
{
    static MathLib m;
    static Dynlib lib = {.soname = "libm.so.6",
                         .package = "libc6",
                         .symbols = math_symbols,
                         .n_symbols = ARRAY_LEN(math_symbols),
                         .table = &m,
                         .table_size = sizeof m};
    char err[512] = "";
    ck_assert(dynlib_load(&lib, err, sizeof err));
    ck_assert_str_eq(err, "");
    ck_assert(m.cos(0.0) == 1.0);
    ck_assert(m.sqrt(81.0) == 9.0);
    double (*first)(double) = m.cos;
    ck_assert(dynlib_load(&lib, err, sizeof err)); /* loaded once, then kept */
    ck_assert(m.cos == first);
}
END_TEST

START_TEST(missing_library_names_it_and_its_package)
{
    static MathLib m;
    static Dynlib lib = {.soname = "libaman-not-installed.so.7",
                         .package = "libaman-not-installed7",
                         .symbols = math_symbols,
                         .n_symbols = ARRAY_LEN(math_symbols),
                         .table = &m,
                         .table_size = sizeof m};
    char err[512] = "";
    ck_assert(!dynlib_load(&lib, err, sizeof err));
    ck_assert_msg(strstr(err, "cannot load libaman-not-installed.so.7 (apt-get install "
                              "libaman-not-installed7): "),
                  "%s", err);
    ck_assert_msg(strstr(err, "No such file"), "%s", err); /* the loader's own reason */
    ck_assert(m.cos == NULL);
    char again[512] = "";
    ck_assert(!dynlib_load(&lib, again, sizeof again)); /* the same answer, kept */
    ck_assert_str_eq(again, err);
}
END_TEST

START_TEST(missing_function_names_it_and_leaves_the_table_empty)
{
    typedef struct {
        double (*cos)(double);
        double (*nothing)(double);
    } Partial;
    static const DynlibSymbol symbols[] = {{"cos", offsetof(Partial, cos)},
                                           {"aman_no_such_function", offsetof(Partial, nothing)}};
    static Partial p;
    static Dynlib lib = {.soname = "libm.so.6",
                         .package = "libc6",
                         .symbols = symbols,
                         .n_symbols = ARRAY_LEN(symbols),
                         .table = &p,
                         .table_size = sizeof p};
    char err[512] = "";
    ck_assert(!dynlib_load(&lib, err, sizeof err));
    ck_assert_str_eq(err, "cannot load libm.so.6: it has no function aman_no_such_function "
                          "(apt-get install libc6)");
    ck_assert(p.cos == NULL); /* all or nothing */
}
END_TEST

START_TEST(short_message_buffer_is_cut_not_overrun)
{
    static MathLib m;
    static Dynlib lib = {.soname = "libaman-not-installed.so.8",
                         .package = "x",
                         .symbols = math_symbols,
                         .n_symbols = ARRAY_LEN(math_symbols),
                         .table = &m,
                         .table_size = sizeof m};
    char err[16];
    memset(err, 'z', sizeof err);
    ck_assert(!dynlib_load(&lib, err, 12));
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
