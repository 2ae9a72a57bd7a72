#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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

/* A catalog compiled by msgfmt from po text (msgfmt without -c accepts what
 * glibc then crashes on); written to path when path is not NULL. */
static unsigned char *compile_po(const char *po, size_t *len, const char *path)
{
    char src[] = "/tmp/aman-mo-XXXXXX";
    int fd = mkstemp(src);
    ck_assert_int_ge(fd, 0);
    ck_assert_int_eq(write(fd, po, strlen(po)), (ssize_t)strlen(po));
    close(fd);
    char out[64];
    snprintf(out, sizeof out, "%s.mo", src);
    char *cmd = xasprintf("msgfmt -o '%s' '%s'", path ? path : out, src);
    ck_assert_int_eq(system(cmd), 0);
    free(cmd);
    char err[256];
    unsigned char *data =
        (unsigned char *)read_file(path ? path : out, 1 << 20, len, err, sizeof err);
    ck_assert_msg(data != NULL, "%s", err);
    unlink(src);
    unlink(out);
    return data;
}

static char *po_with(const char *charset, const char *plural, const char *entries)
{
    return xasprintf("msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=%s\\n\"\n"
                     "\"Plural-Forms: nplurals=2; plural=%s;\\n\"\n\n%s",
                     charset, plural, entries);
}

/* Returns mo_check's verdict on the catalog; err gets the reason. */
static bool check_po(const char *charset, const char *plural, const char *entries, char *err)
{
    char *po = po_with(charset, plural, entries);
    size_t len;
    unsigned char *mo = compile_po(po, &len, NULL);
    err[0] = '\0';
    bool ok = mo_check(mo, len, err, 256);
    free(mo);
    free(po);
    return ok;
}

static const char plain_entry[] = "msgid \"Aman Quiz\"\nmsgstr \"امن کوئز\"\n";

START_TEST(plural_division_by_zero_is_refused)
{
    char err[256];
    ck_assert_msg(check_po("UTF-8", "(n != 1)", plain_entry, err), "%s", err);
    ck_assert(!check_po("UTF-8", "n/0", plain_entry, err));
    ck_assert_ptr_nonnull(strstr(err, "division by zero"));
    ck_assert(!check_po("UTF-8", "n % (n - n)", plain_entry, err));
    ck_assert(!check_po("UTF-8", "(n > 500) ? n / (n - 1000) : 0", plain_entry, err));
    ck_assert_ptr_nonnull(strstr(err, "n = 1000"));
    ck_assert(!check_po("UTF-8", "n > 1 ? 2 : 0", plain_entry, err)); /* form 2 of 2 */
    ck_assert_ptr_nonnull(strstr(err, "form 2"));
    ck_assert(!check_po("UTF-8", "(n != 1", plain_entry, err));
    ck_assert(!check_po("UTF-8", "n ! 1", plain_entry, err));
}
END_TEST

START_TEST(plural_expressions_of_real_languages_pass)
{
    char err[256] = "";
    ck_assert(mo_check_plural("Plural-Forms: nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 "
                              ": n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);\n",
                              err, sizeof err));
    ck_assert_msg(mo_check_plural("Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 "
                                  ": n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n",
                                  err, sizeof err),
                  "%s", err);
    ck_assert(mo_check_plural("Plural-Forms: nplurals=1; plural=0;\n", err, sizeof err));
    ck_assert(!mo_check_plural("Plural-Forms: nplurals=0; plural=0;\n", err, sizeof err));
    ck_assert(mo_check_plural("Content-Type: text/plain\n", err, sizeof err)); /* none */
}
END_TEST

START_TEST(translation_reading_other_arguments_is_refused)
{
    char err[256];
    ck_assert(!check_po("UTF-8", "(n != 1)", "msgid \"Score %d\"\nmsgstr \"اسکور %s\"\n", err));
    ck_assert_ptr_nonnull(strstr(err, "Score %d"));
    ck_assert(check_po("UTF-8", "(n != 1)", "msgid \"Score %d\"\nmsgstr \"اسکور %d\"\n", err));
    ck_assert(!check_po("UTF-8", "(n != 1)",
                        "msgid \"%zu answer\"\nmsgid_plural \"%zu answers\"\n"
                        "msgstr[0] \"%zu جواب\"\nmsgstr[1] \"%d جواب\"\n",
                        err));
    ck_assert(mo_check_format("%s of %d", "%2$d / %1$s", err, sizeof err));
    ck_assert(mo_check_format("%s of %d", "%s", err, sizeof err)); /* fewer: safe */
    ck_assert(!mo_check_format("%s of %d", "%2$s", err, sizeof err));
    ck_assert(!mo_check_format("%d points", "%ld", err, sizeof err));
    ck_assert(!mo_check_format("Aman Quiz", "%s", err, sizeof err));
    ck_assert(!mo_check_format("%d%%", "%n", err, sizeof err));
    ck_assert(mo_check_format("%5.2f%% done", "%5.2f%% مکمل", err, sizeof err));
    ck_assert(mo_check_format("100%!", "anything %s", err, sizeof err)); /* not a format */
}
END_TEST

START_TEST(catalog_not_in_utf8_is_refused)
{
    char err[256];
    ck_assert(!check_po("ISO-8859-1", "(n != 1)", "msgid \"Yes\"\nmsgstr \"S\xed\"\n", err));
    ck_assert_ptr_nonnull(strstr(err, "ISO-8859-1"));
    ck_assert(!mo_utf8_valid("\xc3", 1));
    ck_assert(!mo_utf8_valid("\xc0\xaf", 2));     /* overlong '/' */
    ck_assert(!mo_utf8_valid("\xed\xa0\x80", 3)); /* a surrogate */
    ck_assert(mo_utf8_valid("\xdb\x81 ok", 5));
    /* A UTF-8 header over a Latin-1 byte: refused by the byte check. */
    char *po = po_with("UTF-8", "(n != 1)", "msgid \"Yes\"\nmsgstr \"S@@\"\n");
    size_t len;
    unsigned char *mo = compile_po(po, &len, NULL);
    unsigned char *at = NULL;
    for (size_t i = 0; i + 3 <= len && !at; i++)
        at = memcmp(mo + i, "S@@", 3) == 0 ? mo + i : NULL;
    ck_assert_ptr_nonnull(at);
    at[1] = 0xed;
    ck_assert(!mo_check(mo, len, err, sizeof err));
    ck_assert_ptr_nonnull(strstr(err, "UTF-8"));
    free(mo);
    free(po);
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
    tcase_add_test(errors, plural_division_by_zero_is_refused);
    tcase_add_test(errors, plural_expressions_of_real_languages_pass);
    tcase_add_test(errors, translation_reading_other_arguments_is_refused);
    tcase_add_test(errors, catalog_not_in_utf8_is_refused);
    suite_add_tcase(s, errors);
    return run_suite(s);
}
