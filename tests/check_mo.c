#include <stdlib.h>
#include <string.h>

#include "mo.h"
#include "testutil.h"
#include "util.h"

static unsigned char *good;
static size_t good_len;

static void load_catalog(void)
{
    char err[512];
    good = (unsigned char *)read_file(AMAN_BUILD_DIR "/locale/ur/LC_MESSAGES/amanquiz.mo",
                                      64u << 20, &good_len, err, sizeof err);
    ck_assert_msg(good != NULL, "%s", err);
}

static void free_catalog(void)
{
    free(good);
}

START_TEST(the_built_catalog_passes)
{
    char err[256] = "";
    ck_assert_msg(mo_check(good, good_len, err, sizeof err), "%s", err);
}
END_TEST

START_TEST(every_truncation_is_refused)
{
    char err[256];
    size_t cuts[] = {0, 4, 27, 28, 100, good_len / 3, good_len / 2, good_len - 2, good_len - 1};
    for (size_t i = 0; i < sizeof cuts / sizeof *cuts; i++)
        ck_assert_msg(!mo_check(good, cuts[i], err, sizeof err), "accepted %zu of %zu bytes",
                      cuts[i], good_len);
}
END_TEST

START_TEST(wrong_magic_is_named)
{
    unsigned char *copy = xmalloc(good_len);
    memcpy(copy, good, good_len);
    copy[0] ^= 0xFF;
    char err[256];
    ck_assert(!mo_check(copy, good_len, err, sizeof err));
    ck_assert_ptr_nonnull(strstr(err, "magic"));
    free(copy);
}
END_TEST

START_TEST(offsets_pointing_outside_are_refused)
{
    unsigned char *copy = xmalloc(good_len);
    memcpy(copy, good, good_len);
    /* The translation table's offset (bytes 16..19, little-endian) far past the end. */
    copy[19] = 0x7F;
    char err[256];
    ck_assert(!mo_check(copy, good_len, err, sizeof err));
    free(copy);
}
END_TEST

START_TEST(random_damage_never_crashes)
{
    unsigned char *copy = xmalloc(good_len);
    srand(7);
    for (int round = 0; round < 2000; round++) {
        memcpy(copy, good, good_len);
        for (int k = 0; k < 4; k++)
            copy[(size_t)rand() % (round % 2 ? 64 : good_len)] = (unsigned char)rand();
        char err[256];
        mo_check(copy, good_len, err, sizeof err); /* either answer; never a crash */
    }
    free(copy);
}
END_TEST

START_TEST(a_missing_file_is_not_an_error)
{
    bool exists = true;
    char err[256];
    ck_assert(mo_check_file("/nonexistent/amanquiz.mo", &exists, err, sizeof err));
    ck_assert(!exists);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("mo");
    TCase *core = tcase_create("core");
    tcase_add_checked_fixture(core, load_catalog, free_catalog);
    tcase_add_test(core, the_built_catalog_passes);
    tcase_add_test(core, a_missing_file_is_not_an_error);
    suite_add_tcase(s, core);
    TCase *errors = tcase_create("errors");
    tcase_add_checked_fixture(errors, load_catalog, free_catalog);
    tcase_add_test(errors, every_truncation_is_refused);
    tcase_add_test(errors, wrong_magic_is_named);
    tcase_add_test(errors, offsets_pointing_outside_are_refused);
    tcase_add_test(errors, random_damage_never_crashes);
    suite_add_tcase(s, errors);
    return run_suite(s);
}
