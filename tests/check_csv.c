/* csv: RFC 4180 fields as the exports write them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "testutil.h"

/* The fields written one after another, the last one ending the row. */
static char *row(const char *const *fields, size_t n)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    ck_assert_ptr_nonnull(f);
    for (size_t i = 0; i < n; i++)
        csv_field(f, fields[i], i + 1 == n);
    fclose(f);
    return buf;
}

START_TEST(plain_fields_are_written_as_they_are)
{
    const char *f[] = {"1042", "un-7", "A"};
    char *s = row(f, 3);
    ck_assert_str_eq(s, "1042,un-7,A\r\n");
    free(s);
}
END_TEST

START_TEST(commas_quotes_and_newlines_are_quoted)
{
    const char *f[] = {"a,b", "say \"hi\"", "two\nlines", "cr\r"};
    char *s = row(f, 4);
    ck_assert_str_eq(s, "\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\r\"\r\n");
    free(s);
}
END_TEST

START_TEST(edge_spaces_are_quoted_and_empty_is_empty)
{
    const char *f[] = {" lead", "trail ", "", "in side"};
    char *s = row(f, 4);
    ck_assert_str_eq(s, "\" lead\",\"trail \",,in side\r\n");
    free(s);
}
END_TEST

START_TEST(urdu_passes_through_unchanged)
{
    const char *f[] = {"امن، کوئز", "پاکستان"};
    char *s = row(f, 2);
    ck_assert_str_eq(s, "امن، کوئز,پاکستان\r\n");
    free(s);
}
END_TEST

static Suite *csv_suite(void)
{
    Suite *s = suite_create("csv");
    TCase *core = tcase_create("core");
    tcase_add_test(core, plain_fields_are_written_as_they_are);
    tcase_add_test(core, commas_quotes_and_newlines_are_quoted);
    suite_add_tcase(s, core);
    TCase *limits = tcase_create("limits");
    tcase_add_test(limits, edge_spaces_are_quoted_and_empty_is_empty);
    tcase_add_test(limits, urdu_passes_through_unchanged);
    suite_add_tcase(s, limits);
    return s;
}

int main(void)
{
    return run_suite(csv_suite());
}
