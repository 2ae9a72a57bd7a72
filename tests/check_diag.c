/* diag: compiler-style messages, and file names that cannot drive the
 * terminal (issue 19, item 15). */
#include <string.h>

#include "diag.h"
#include "testutil.h"

START_TEST(format_is_file_line_col_level_message)
{
    Diag d = {0};
    diag_add(&d, DIAG_ERROR, "un.gift", 42, 7, "answer list has no correct choice");
    diag_add(&d, DIAG_WARNING, NULL, 0, 0, "plain");
    char buf[256];
    diag_format(&d.items[0], buf, sizeof buf);
    ck_assert_str_eq(buf, "un.gift:42:7: error: answer list has no correct choice");
    diag_format(&d.items[1], buf, sizeof buf);
    ck_assert_str_eq(buf, "warning: plain");
    diag_clear(&d);
}
END_TEST

START_TEST(escape_sequences_in_names_are_shown_not_obeyed)
{
    Diag d = {0};
    diag_add(&d, DIAG_ERROR, "x\033[31mred\033[0m.gift", 3, 1, "cannot open '%s'",
             "\033]0;title\007");
    char buf[256];
    diag_format(&d.items[0], buf, sizeof buf);
    ck_assert_str_eq(buf, "x\\x1b[31mred\\x1b[0m.gift:3:1: error: cannot open "
                          "'\\x1b]0;title\\x07'");
    ck_assert_ptr_null(strchr(buf, '\033'));
    diag_clear(&d);
    char out[64];
    diag_escape("a\xC2\x9B"
                "2Jb\nc\x7F",
                out, sizeof out); /* C1 CSI, LF, DEL */
    ck_assert_str_eq(out, "a\\u009b2Jb\\x0ac\\x7f");
    diag_escape("اردو \xE2\x81\xA6"
                "2026"
                "\xE2\x81\xA9",
                out, sizeof out); /* text stays */
    ck_assert_str_eq(out, "اردو \xE2\x81\xA6"
                          "2026"
                          "\xE2\x81\xA9");
    diag_escape("\033\033\033", out, 9); /* cut whole escapes only */
    ck_assert_str_eq(out, "\\x1b\\x1b");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("diag");
    TCase *core = tcase_create("core");
    tcase_add_test(core, format_is_file_line_col_level_message);
    suite_add_tcase(s, core);
    TCase *errors = tcase_create("errors");
    tcase_add_test(errors, escape_sequences_in_names_are_shown_not_obeyed);
    suite_add_tcase(s, errors);
    return run_suite(s);
}
