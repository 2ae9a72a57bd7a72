#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "testutil.h"

/* Parses a NULL-terminated list of arguments as if typed after "amanquiz". */
static bool parse_args(CliOptions *o, char *err, const char *first, ...)
{
    static char *argv[32];
    int argc = 0;
    argv[argc++] = "amanquiz";
    va_list ap;
    va_start(ap, first);
    for (const char *a = first; a && argc < 31; a = va_arg(ap, const char *))
        argv[argc++] = (char *)a;
    va_end(ap);
    argv[argc] = NULL;
    return cli_parse(o, argc, argv, err, 256);
}

#define PARSE(o, err, ...) parse_args(o, err, __VA_ARGS__, (const char *)NULL)

START_TEST(screenshot_with_size)
{
    CliOptions o;
    char err[256];
    ck_assert(PARSE(&o, err, "--screenshot", "t.png", "--size", "1024x600"));
    ck_assert_str_eq(o.screenshot, "t.png");
    ck_assert_int_eq(o.width, 1024);
    ck_assert_int_eq(o.height, 600);
    ck_assert_int_eq(o.autoplay, -1);
}
END_TEST

START_TEST(equals_form_and_paths_list)
{
    CliOptions o;
    char err[256];
    ck_assert(PARSE(&o, err, "--lang=ur", "--check-bank", "a.gift", "dir", "--seed", "7"));
    ck_assert_str_eq(o.lang, "ur");
    ck_assert_int_eq(o.n_check_bank, 2);
    ck_assert_str_eq(o.check_bank[1], "dir");
    ck_assert_int_eq(o.seed, 7);
    ck_assert(PARSE(&o, err, "--check-bank=one.gift", "two.gift"));
    ck_assert_int_eq(o.n_check_bank, 2);
    ck_assert_str_eq(o.check_bank[0], "one.gift");
}
END_TEST

START_TEST(absurd_sizes_are_clamped)
{
    CliOptions o;
    char err[256];
    ck_assert(PARSE(&o, err, "--size", "1x1"));
    ck_assert_int_eq(o.width, CLI_MIN_WIDTH);
    ck_assert_int_eq(o.height, CLI_MIN_HEIGHT);
    ck_assert(o.size_clamped);
    ck_assert(PARSE(&o, err, "--size", "99999x99999"));
    ck_assert_int_eq(o.width, CLI_MAX_WIDTH);
    ck_assert_int_eq(o.height, CLI_MAX_HEIGHT);
    ck_assert(PARSE(&o, err, "--size", "1024x600"));
    ck_assert(!o.size_clamped);
}
END_TEST

START_TEST(unknown_option_is_named)
{
    CliOptions o;
    char err[256];
    ck_assert(!PARSE(&o, err, "--frobnicate"));
    ck_assert_ptr_nonnull(strstr(err, "'--frobnicate'"));
}
END_TEST

START_TEST(bad_values_are_refused)
{
    CliOptions o;
    char err[256];
    ck_assert(!PARSE(&o, err, "--size", "0x600"));
    ck_assert_ptr_nonnull(strstr(err, "--size"));
    ck_assert(!PARSE(&o, err, "--autoplay", "ten"));
    ck_assert(!PARSE(&o, err, "--bank"));
    ck_assert(!PARSE(&o, err, "--screenshot"));
    ck_assert(!PARSE(&o, err, "--help=yes"));
    ck_assert(!PARSE(&o, err, "stray"));
}
END_TEST

/* Issue 19, item 13: values that used to be taken silently. */
START_TEST(out_of_range_values_are_refused_with_the_option_named)
{
    CliOptions o;
    char err[256];
    const char *bad[][2] = {{"--teams", "0"},
                            {"--teams", "7"},
                            {"--teams", "-3"},
                            {"--seed", "-1"},
                            {"--autoplay", "-1"},
                            {"--port", "0"},
                            {"--port", "70000"},
                            {"--players", "0"},
                            {"--players", "257"},
                            {"--since", "2026-02-30"},
                            {"--since", "2025-02-29"},
                            {"--since", "2026-13-01"},
                            {"--since", "26-01-01"},
                            {"--config", ""},
                            {"--config", "/nonexistent/amanquiz.conf"},
                            {"--config", "/dev/null"}};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        err[0] = '\0';
        ck_assert_msg(!PARSE(&o, err, bad[i][0], bad[i][1]), "%s %s accepted", bad[i][0],
                      bad[i][1]);
        ck_assert_msg(strstr(err, bad[i][0]) && !strchr(err, '\n'), "%s", err);
    }
    ck_assert(
        PARSE(&o, err, "--teams", "2", "--seed", "0", "--autoplay", "0", "--since", "2024-02-29"));
    ck_assert(PARSE(&o, err, "--teams", "6", "--config", AMAN_FIXTURES "/settings_good.conf"));
    ck_assert(PARSE(&o, err, "--port", "65535", "--players", "256"));
    ck_assert(cli_valid_date("2000-02-29"));
    ck_assert(!cli_valid_date("1900-02-29"));
    ck_assert(!cli_valid_date("2026-04-31"));
}
END_TEST

START_TEST(help_lists_every_option)
{
    char *help = cli_help("amanquiz");
    const char *names[] = {"--help", "--version",    "--screenshot", "--size", "--lang",
                           "--bank", "--check-bank", "--autoplay",   "--mode"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        ck_assert_msg(strstr(help, names[i]), "help lacks %s", names[i]);
    free(help);
}
END_TEST

static Suite *cli_suite(void)
{
    Suite *s = suite_create("cli");
    TCase *core = tcase_create("core");
    tcase_add_test(core, screenshot_with_size);
    tcase_add_test(core, equals_form_and_paths_list);
    tcase_add_test(core, help_lists_every_option);
    suite_add_tcase(s, core);
    TCase *errors = tcase_create("errors");
    tcase_add_test(errors, unknown_option_is_named);
    tcase_add_test(errors, bad_values_are_refused);
    tcase_add_test(errors, out_of_range_values_are_refused_with_the_option_named);
    TCase *limits = tcase_create("limits");
    tcase_add_test(limits, absurd_sizes_are_clamped);
    suite_add_tcase(s, limits);
    suite_add_tcase(s, errors);
    return s;
}

int main(void)
{
    return run_suite(cli_suite());
}
