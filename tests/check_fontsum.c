/* fontsum and sha256: the shipped fonts against the sums recorded at build
 * time (issue 19, item 10). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fontsum.h"
#include "sha256.h"
#include "testutil.h"
#include "util.h"

START_TEST(sha256_of_known_vectors)
{
    char hex[65];
    sha256_hex("", 0, hex);
    ck_assert_str_eq(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    sha256_hex("abc", 3, hex);
    ck_assert_str_eq(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const char *two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"; /* 56 bytes */
    sha256_hex(two, strlen(two), hex);
    ck_assert_str_eq(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    char *million = xmalloc(1000000);
    memset(million, 'a', 1000000);
    sha256_hex(million, 1000000, hex);
    ck_assert_str_eq(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    free(million);
}
END_TEST

START_TEST(every_shipped_font_is_recorded_and_matches)
{
    ck_assert_uint_eq(fontsum_count(), 4);
    for (size_t i = 0; i < fontsum_count(); i++)
        ck_assert_uint_eq(strlen(fontsum_expected(i)), 64);
    Diag d = {0};
    ck_assert(fontsum_check(AMAN_SOURCE_DIR "/assets/fonts", &d));
    ck_assert_uint_eq(d.count, 0);
}
END_TEST

static char dir[] = "/tmp/aman-fonts-XXXXXX";

/* A copy of the fonts folder with one font changed by damage(). */
static void copy_fonts(void)
{
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char *cmd = xasprintf("cp %s/assets/fonts/*.ttf %s/", AMAN_SOURCE_DIR, dir);
    ck_assert_int_eq(system(cmd), 0);
    free(cmd);
}

static void remove_fonts(void)
{
    char *cmd = xasprintf("rm -rf %s", dir);
    ck_assert_int_eq(system(cmd), 0);
    free(cmd);
}

static void expect_named(const char *font)
{
    Diag d = {0};
    ck_assert(!fontsum_check(dir, &d));
    ck_assert_uint_eq(d.count, 1);
    ck_assert_msg(strstr(d.items[0].file, font) && strstr(d.items[0].msg, "damaged"), "%s: %s",
                  d.items[0].file, d.items[0].msg);
    diag_clear(&d);
}

START_TEST(a_flipped_bit_is_named)
{
    copy_fonts();
    char *path = xasprintf("%s/NotoNastaliqUrdu-Regular.ttf", dir);
    FILE *f = fopen(path, "r+b");
    ck_assert_ptr_nonnull(f);
    fseek(f, 300000, SEEK_SET);
    int c = fgetc(f);
    fseek(f, 300000, SEEK_SET);
    fputc(c ^ 0x10, f);
    fclose(f);
    expect_named("NotoNastaliqUrdu-Regular.ttf");
    free(path);
    remove_fonts();
}
END_TEST

START_TEST(a_truncated_font_is_named_and_a_missing_one_left_to_the_loader)
{
    copy_fonts();
    char *path = xasprintf("%s/NotoSans-Bold.ttf", dir);
    struct stat st;
    ck_assert_int_eq(stat(path, &st), 0);
    ck_assert_int_eq(truncate(path, st.st_size / 2), 0);
    expect_named("NotoSans-Bold.ttf");
    free(path);
    path = xasprintf("%s/NotoSans-Regular.ttf", dir);
    ck_assert_int_eq(unlink(path), 0);
    expect_named("NotoSans-Bold.ttf"); /* the missing one is not this check's to say */
    free(path);
    remove_fonts();
}
END_TEST

int main(void)
{
    Suite *s = suite_create("fontsum");
    TCase *core = tcase_create("core");
    tcase_add_test(core, sha256_of_known_vectors);
    tcase_add_test(core, every_shipped_font_is_recorded_and_matches);
    suite_add_tcase(s, core);
    TCase *errors = tcase_create("errors");
    tcase_add_test(errors, a_flipped_bit_is_named);
    tcase_add_test(errors, a_truncated_font_is_named_and_a_missing_one_left_to_the_loader);
    suite_add_tcase(s, errors);
    return run_suite(s);
}
