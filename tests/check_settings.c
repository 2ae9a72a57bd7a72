/* The settings table, the key = value reader and command-line overrides. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "quiz.h"
#include "settings.h"
#include "testutil.h"
#include "util.h"

/* True when some message of diag contains every given piece. */
static bool diag_has(const Diag *d, int line, const char *a, const char *b)
{
    for (size_t i = 0; i < d->count; i++) {
        const DiagEntry *e = &d->items[i];
        if ((line == 0 || e->line == line) && strstr(e->msg, a) && (!b || strstr(e->msg, b)))
            return true;
    }
    return false;
}

static Settings *load_fixture(const char *name, Diag *d, bool *ok)
{
    char *path = xasprintf("%s/%s", AMAN_FIXTURES, name);
    Settings *s = settings_new();
    *ok = settings_load_file(s, path, d);
    free(path);
    return s;
}

/* ---- core ---- */

START_TEST(defaults_match_the_table)
{
    Settings *s = settings_new();
    ck_assert_int_eq(settings_get_int(s, "round_length"), 10);
    ck_assert_int_eq(settings_get_int(s, "points"), 100);
    ck_assert_int_eq(settings_get_int(s, "pass_mark"), 80);
    ck_assert_int_eq(settings_get_int(s, "teams"), 2);
    ck_assert_int_eq(settings_get_int(s, "time_limit"), 0);
    ck_assert(settings_get_bool(s, "partial_credit"));
    ck_assert(!settings_get_bool(s, "accelerated"));
    ck_assert_str_eq(settings_get_str(s, "language"), "auto");
    ck_assert_uint_eq(settings_list_count(s, "team_names"), 6);
    for (size_t i = 0; i < settings_count(); i++) {
        const SettingDef *d = settings_def(i);
        ck_assert_ptr_eq(settings_find(d->key), d);
        ck_assert(d->doc && *d->doc);
    }
    ck_assert_ptr_null(settings_def(settings_count()));
    settings_free(s);
}
END_TEST

START_TEST(file_with_comments_and_spacing)
{
    Diag d = {0};
    bool ok;
    Settings *s = load_fixture("settings_good.conf", &d, &ok);
    ck_assert_msg(ok && d.count == 0, "%s", d.count ? d.items[0].msg : "");
    ck_assert_int_eq(settings_get_int(s, "round_length"), 15);
    ck_assert_int_eq(settings_get_int(s, "points"), 200);
    ck_assert(settings_get_bool(s, "speed_bonus"));
    ck_assert_str_eq(settings_get_str(s, "language"), "ur");
    ck_assert_str_eq(settings_get_str(s, "kiosk_pin"), "0042");
    char name[32];
    ck_assert_uint_eq(settings_list_count(s, "team_names"), 3);
    ck_assert(settings_list_item(s, "team_names", 1, name, sizeof name));
    ck_assert_str_eq(name, "Tigers");
    ck_assert(!settings_list_item(s, "team_names", 3, name, sizeof name));
    unsigned rgb;
    ck_assert(settings_colour(s, "team_colours", 0, &rgb));
    ck_assert_uint_eq(rgb, 0xff0000);
    ck_assert(settings_colour(s, "team_colours", 2, &rgb));
    ck_assert_uint_eq(rgb, 0x0000ff);
    ck_assert(!settings_colour(s, "team_colours", 3, &rgb));
    settings_free(s);
    diag_clear(&d);
}
END_TEST

/* Issue 19, item 14: a NUL byte used to end the file silently there. */
START_TEST(nul_byte_is_a_warning_with_file_and_line)
{
    static const char text[] = "round_length = 15\nteams = 3\x00garbage\ntime_limit = 30\n";
    char path[] = "/tmp/aman-settings-XXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    ck_assert_int_eq(write(fd, text, sizeof text - 1), (ssize_t)(sizeof text - 1));
    close(fd);
    Diag d = {0};
    Settings *s = settings_new();
    ck_assert(!settings_load_file(s, path, &d));
    ck_assert_uint_eq(diag_count(&d, DIAG_WARNING), 1);
    ck_assert_str_eq(d.items[0].file, path);
    ck_assert_int_eq(d.items[0].line, 2);
    ck_assert_int_eq(d.items[0].col, 10);
    ck_assert_ptr_nonnull(strstr(d.items[0].msg, "NUL"));
    ck_assert_int_eq(settings_get_int(s, "round_length"), 15);
    ck_assert_int_eq(settings_get_int(s, "time_limit"), 30); /* read after the NUL */
    settings_free(s);
    diag_clear(&d);
    unlink(path);
}
END_TEST

START_TEST(overrides_win_over_the_file)
{
    Diag d = {0};
    Settings *s = settings_new();
    ck_assert(settings_load_string(s, "a.conf", "round_length = 15\n", &d));
    ck_assert(settings_set(s, "round_length", " 5 ", &d));
    ck_assert(settings_set(s, "bilingual", "on", &d));
    ck_assert_int_eq(settings_get_int(s, "round_length"), 5);
    ck_assert(settings_get_bool(s, "bilingual"));
    ck_assert_uint_eq(d.count, 0);
    settings_free(s);
}
END_TEST

START_TEST(every_bool_spelling)
{
    const char *yes[] = {"true", "YES", "On", "1"}, *no[] = {"false", "no", "OFF", "0"};
    Settings *s = settings_new();
    Diag d = {0};
    for (int i = 0; i < 4; i++) {
        ck_assert(settings_set(s, "fullscreen", yes[i], &d));
        ck_assert(settings_get_bool(s, "fullscreen"));
        ck_assert(settings_set(s, "fullscreen", no[i], &d));
        ck_assert(!settings_get_bool(s, "fullscreen"));
    }
    settings_free(s);
}
END_TEST

START_TEST(quiz_config_follows_the_settings)
{
    Settings *s = settings_new();
    Diag d = {0};
    settings_load_string(s, "x", "round_length=7\nstreak_bonus=on\ntime_limit=30\nteams=4", &d);
    QuizConfig c;
    quiz_config_from_settings(&c, s);
    ck_assert_int_eq(c.round_length, 7);
    ck_assert(c.streak_bonus);
    ck_assert_int_eq(c.time_limit_s, 30);
    ck_assert_int_eq(c.teams, 0); /* solo unless classroom mode says otherwise */
    ck_assert_ptr_null(c.category);
    quiz_config_defaults(&c);
    ck_assert_int_eq(c.round_length, 10);
    ck_assert_int_eq(c.teams, 0);
    settings_free(s);
}
END_TEST

START_TEST(written_file_reads_back_the_same)
{
    Settings *s = settings_new(), *t = settings_new();
    Diag d = {0};
    settings_set(s, "team_colours", "#112233, #445566", &d);
    settings_set(s, "round_length", "42", &d);
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    settings_write(s, f);
    fclose(f);
    ck_assert(settings_load_string(t, "written", buf, &d));
    ck_assert_uint_eq(d.count, 0);
    for (size_t i = 0; i < settings_count(); i++) {
        const SettingDef *def = settings_def(i);
        if (def->type == SETTING_INT)
            ck_assert_int_eq(settings_get_int(s, def->key), settings_get_int(t, def->key));
        else if (def->type == SETTING_BOOL)
            ck_assert_int_eq(settings_get_bool(s, def->key), settings_get_bool(t, def->key));
        else
            ck_assert_str_eq(settings_get_str(s, def->key), settings_get_str(t, def->key));
    }
    free(buf);
    settings_free(s);
    settings_free(t);
}
END_TEST

/* ---- errors ---- */

START_TEST(every_bad_value_keeps_the_default_and_names_the_key)
{
    Diag d = {0};
    bool ok;
    Settings *s = load_fixture("settings_bad_values.conf", &d, &ok);
    ck_assert(!ok);
    const char *keys[] = {"round_length", "points", "partial_credit", "language",   "team_colours",
                          "kiosk_pin",    "teams",  "team_names",     "time_limit", "fullscreen"};
    ck_assert_uint_eq(diag_count(&d, DIAG_WARNING), 10);
    for (int i = 0; i < 10; i++) {
        ck_assert_msg(diag_has(&d, i + 1, keys[i], "keeping"), "line %d: no warning for %s", i + 1,
                      keys[i]);
        ck_assert(!strstr(d.items[i].msg, "1234")); /* the PIN is never echoed */
        ck_assert(strstr(d.items[i].file, "settings_bad_values.conf"));
    }
    ck_assert(diag_has(&d, 1, "'ten'", "from 1 to 100"));
    ck_assert_int_eq(settings_get_int(s, "round_length"), 10);
    ck_assert_int_eq(settings_get_int(s, "points"), 100);
    ck_assert(settings_get_bool(s, "partial_credit"));
    ck_assert_str_eq(settings_get_str(s, "language"), "auto");
    ck_assert_str_eq(settings_get_str(s, "kiosk_pin"), "1234");
    ck_assert_int_eq(settings_get_int(s, "teams"), 2);
    ck_assert_int_eq(settings_get_int(s, "time_limit"), 0);
    ck_assert_uint_eq(settings_list_count(s, "team_colours"), 6);
    char buf[128];
    diag_format(&d.items[0], buf, sizeof buf);
    ck_assert_msg(strstr(buf, "settings_bad_values.conf:1: warning: "), "%s", buf);
    settings_free(s);
    diag_clear(&d);
}
END_TEST

START_TEST(unknown_key_is_named_and_the_rest_applies)
{
    Diag d = {0};
    bool ok;
    Settings *s = load_fixture("settings_unknown_key.conf", &d, &ok);
    ck_assert(!ok);
    ck_assert_uint_eq(d.count, 1);
    ck_assert(diag_has(&d, 2, "'colour_scheme'", NULL));
    ck_assert_int_eq(settings_get_int(s, "round_length"), 12);
    settings_free(s);
    diag_clear(&d);
}
END_TEST

START_TEST(lines_without_key_or_equals)
{
    Diag d = {0};
    bool ok;
    Settings *s = load_fixture("settings_no_equals.conf", &d, &ok);
    ck_assert(!ok);
    ck_assert_uint_eq(d.count, 2);
    ck_assert(diag_has(&d, 1, "key = value", "'round_length' without"));
    ck_assert(!diag_has(&d, 1, "12", NULL)); /* the rest may be a PIN: never echoed */
    ck_assert_int_eq(d.items[1].line, 2);
    ck_assert_int_eq(settings_get_int(s, "points"), 150);
    ck_assert_int_eq(settings_get_int(s, "round_length"), 10);
    settings_free(s);
    diag_clear(&d);
}
END_TEST

START_TEST(bad_override_keeps_the_old_value)
{
    Diag d = {0};
    Settings *s = settings_new();
    ck_assert(!settings_set(s, "pass_mark", "101", &d));
    ck_assert(!settings_set(s, "no_such_key", "1", &d));
    ck_assert_int_eq(settings_get_int(s, "pass_mark"), 80);
    ck_assert(diag_has(&d, 0, "pass_mark", "from 0 to 100"));
    ck_assert(diag_has(&d, 0, "no_such_key", NULL));
    ck_assert_ptr_null(d.items[0].file);
    settings_free(s);
    diag_clear(&d);
}
END_TEST

START_TEST(missing_file_is_fine_unreadable_is_not)
{
    Diag d = {0};
    Settings *s = settings_new();
    ck_assert(settings_load_file(s, "/nonexistent/amanquiz.conf", &d));
    ck_assert_uint_eq(d.count, 0);
    ck_assert(!settings_load_file(s, AMAN_FIXTURES, &d)); /* a folder */
    ck_assert_uint_eq(diag_count(&d, DIAG_WARNING), 1);
    settings_free(s);
    diag_clear(&d);
}
END_TEST

/* ---- limits ---- */

START_TEST(range_edges_and_crlf_and_bom)
{
    Diag d = {0};
    Settings *s = settings_new();
    ck_assert(settings_load_string(
        s, "x", "\xEF\xBB\xBFround_length = 100\r\npoints = 1\r\npass_mark=0\r\n\r\n", &d));
    ck_assert_msg(d.count == 0, "%s", d.count ? d.items[0].msg : "");
    ck_assert_int_eq(settings_get_int(s, "round_length"), 100);
    ck_assert_int_eq(settings_get_int(s, "points"), 1);
    ck_assert_int_eq(settings_get_int(s, "pass_mark"), 0);
    ck_assert(!settings_set(s, "round_length", "101", &d));
    ck_assert(!settings_set(s, "round_length", "0", &d));
    ck_assert(!settings_set(s, "round_length", "-1", &d));
    ck_assert(!settings_set(s, "round_length", "5x", &d));
    ck_assert(settings_set(s, "kiosk_pin", "12345678", &d));
    ck_assert(!settings_set(s, "kiosk_pin", "123456789", &d));
    ck_assert(!settings_set(s, "kiosk_pin", "123", &d));
    ck_assert(settings_set(s, "team_names", "A, B, C, D, E, F", &d));
    ck_assert(!settings_set(s, "team_names", "A, B, C, D, E, F, G", &d));
    ck_assert(settings_load_string(s, "x", "", &d));
    ck_assert(settings_load_string(s, "x", "# only a comment", &d));
    settings_free(s);
    diag_clear(&d);
}
END_TEST

START_TEST(config_dir_follows_xdg_and_is_created)
{
    char tmp[] = "/tmp/aman-settings-XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(tmp));
    char *xdg = xasprintf("%s/deep/config", tmp);
    setenv("XDG_CONFIG_HOME", xdg, 1);
    Diag d = {0};
    char *dir = settings_config_dir(&d);
    ck_assert_ptr_nonnull(dir);
    ck_assert(strstr(dir, "/deep/config/amanquiz"));
    struct stat st;
    ck_assert(stat(dir, &st) == 0 && S_ISDIR(st.st_mode));
    setenv("XDG_CONFIG_HOME", "relative/ignored", 1);
    setenv("HOME", tmp, 1);
    char *home_dir = settings_config_dir(&d);
    ck_assert(strstr(home_dir, "/.config/amanquiz"));
    ck_assert(!settings_make_dirs("/proc/amanquiz/x", &d));
    ck_assert_uint_eq(diag_count(&d, DIAG_ERROR), 1);
    free(dir);
    free(home_dir);
    free(xdg);
    diag_clear(&d);
}
END_TEST

static Suite *settings_suite(void)
{
    Suite *s = suite_create("settings");
    TCase *core = tcase_create("core");
    tcase_add_test(core, defaults_match_the_table);
    tcase_add_test(core, file_with_comments_and_spacing);
    tcase_add_test(core, overrides_win_over_the_file);
    tcase_add_test(core, every_bool_spelling);
    tcase_add_test(core, quiz_config_follows_the_settings);
    tcase_add_test(core, written_file_reads_back_the_same);
    suite_add_tcase(s, core);
    TCase *errors = tcase_create("errors");
    tcase_add_test(errors, every_bad_value_keeps_the_default_and_names_the_key);
    tcase_add_test(errors, nul_byte_is_a_warning_with_file_and_line);
    tcase_add_test(errors, unknown_key_is_named_and_the_rest_applies);
    tcase_add_test(errors, lines_without_key_or_equals);
    tcase_add_test(errors, bad_override_keeps_the_old_value);
    tcase_add_test(errors, missing_file_is_fine_unreadable_is_not);
    suite_add_tcase(s, errors);
    TCase *limits = tcase_create("limits");
    tcase_add_test(limits, range_edges_and_crlf_and_bom);
    tcase_add_test(limits, config_dir_follows_xdg_and_is_created);
    suite_add_tcase(s, limits);
    return s;
}

int main(void)
{
    return run_suite(settings_suite());
}
