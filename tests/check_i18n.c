/* i18n: language choice, activation on a machine without an Urdu locale,
 * live switching, bank texts by context, digits and plurals. Each test runs
 * in its own process (Check's fork mode), so gettext state does not leak. */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bank.h"
#include "i18n.h"
#include "testutil.h"
#include "util.h"

#define BUILD_LOCALE AMAN_BUILD_DIR "/locale"
#define UR_TITLE "امن کوئز"

/* A fake environment: NULL-terminated name/value pairs. */
static const char *const *fake_env;

static const char *fake_getenv(const char *name)
{
    for (const char *const *p = fake_env; p[0]; p += 2)
        if (strcmp(p[0], name) == 0)
            return p[1];
    return NULL;
}

static Lang choose_in(const char *cli, const char *const *env)
{
    fake_env = env;
    char msg[256];
    Lang l = i18n_choose(cli, fake_getenv, msg, sizeof msg);
    ck_assert_str_eq(msg, "");
    return l;
}

START_TEST(cli_beats_every_variable)
{
    const char *env[] = {"LANGUAGE", "ur", "LC_ALL", "ur_PK.UTF-8", "LANG", "ur_PK.UTF-8", NULL};
    ck_assert_int_eq(choose_in("en", env), LANG_EN);
    const char *en_env[] = {"LANGUAGE", "en", "LANG", "en_US.UTF-8", NULL};
    ck_assert_int_eq(choose_in("ur", en_env), LANG_UR);
    ck_assert_int_eq(choose_in("ur_PK.UTF-8", en_env), LANG_UR);
}
END_TEST

START_TEST(variables_in_order_language_lc_all_lc_messages_lang)
{
    const char *a[] = {"LANGUAGE", "ur", "LC_ALL", "en_US.UTF-8", NULL};
    ck_assert_int_eq(choose_in(NULL, a), LANG_UR);
    const char *b[] = {"LANGUAGE", "", "LC_ALL", "ur_PK.UTF-8", "LC_MESSAGES", "en_GB", NULL};
    ck_assert_int_eq(choose_in(NULL, b), LANG_UR);
    const char *c[] = {"LC_ALL", "C", "LC_MESSAGES", "ur_PK", NULL};
    ck_assert_int_eq(choose_in(NULL, c), LANG_EN);
    const char *d[] = {"LC_ALL", "", "LC_MESSAGES", "ur_PK", "LANG", "en_US.UTF-8", NULL};
    ck_assert_int_eq(choose_in(NULL, d), LANG_UR);
    const char *e[] = {"LC_MESSAGES", "POSIX", "LANG", "ur_PK.UTF-8", NULL};
    ck_assert_int_eq(choose_in(NULL, e), LANG_EN);
    const char *f[] = {"LANG", "ur_PK.UTF-8", NULL};
    ck_assert_int_eq(choose_in(NULL, f), LANG_UR);
    const char *none[] = {NULL};
    ck_assert_int_eq(choose_in(NULL, none), LANG_EN);
}
END_TEST

START_TEST(language_list_takes_first_known_entry)
{
    const char *a[] = {"LANGUAGE", "fr:ur_PK:en", "LANG", "en_US.UTF-8", NULL};
    ck_assert_int_eq(choose_in(NULL, a), LANG_UR);
    const char *b[] = {"LANGUAGE", "de:en_GB:ur", "LANG", "ur_PK.UTF-8", NULL};
    ck_assert_int_eq(choose_in(NULL, b), LANG_EN);
    /* No en/ur entry at all: LANGUAGE is passed over. */
    const char *c[] = {"LANGUAGE", "fr:de", "LANG", "ur_PK.UTF-8", NULL};
    ck_assert_int_eq(choose_in(NULL, c), LANG_UR);
    /* "urd" and "english" are not language codes. */
    const char *d[] = {"LANGUAGE", "urd:english", "LANG", "C", NULL};
    ck_assert_int_eq(choose_in(NULL, d), LANG_EN);
}
END_TEST

START_TEST(activation_yields_urdu_without_an_urdu_locale)
{
    /* LOCPATH hides the locale archive: ur_PK.UTF-8 cannot load, as on a
     * machine that never ran locale-gen; only the C.UTF-8 fallback is left. */
    setenv("LOCPATH", "/nonexistent-aman-locales", 1);
    setenv("LANG", "ur_PK.UTF-8", 1);
    unsetenv("LANGUAGE");
    unsetenv("LC_ALL");
    unsetenv("LC_MESSAGES");
    ck_assert_ptr_null(setlocale(LC_ALL, "ur_PK.UTF-8"));
    char msg[512];
    Lang lang = i18n_choose(NULL, NULL, msg, sizeof msg);
    ck_assert_int_eq(lang, LANG_UR);
    ck_assert_msg(i18n_start(BUILD_LOCALE, lang, msg, sizeof msg), "%s", msg);
    ck_assert_str_eq(_("Aman Quiz"), UR_TITLE);
    ck_assert_int_eq(i18n_lang(), LANG_UR);
    ck_assert(i18n_is_rtl());
}
END_TEST

START_TEST(activation_yields_urdu_from_cli_in_c_locale)
{
    setenv("LC_ALL", "C", 1);
    unsetenv("LANGUAGE");
    char msg[512];
    ck_assert_msg(
        i18n_start(BUILD_LOCALE, i18n_choose("ur", NULL, msg, sizeof msg), msg, sizeof msg), "%s",
        msg);
    ck_assert_str_eq(_("Aman Quiz"), UR_TITLE);
    ck_assert_str_eq(_("error"), "خرابی");
}
END_TEST

START_TEST(live_switch_changes_gettext_at_once)
{
    unsetenv("LANGUAGE");
    char msg[512];
    ck_assert(i18n_start(BUILD_LOCALE, LANG_EN, msg, sizeof msg));
    ck_assert_str_eq(_("error"), "error");
    ck_assert(!i18n_is_rtl());
    ck_assert(i18n_set_lang(LANG_UR, msg, sizeof msg));
    ck_assert_str_eq(_("error"), "خرابی");
    ck_assert_str_eq(i18n_lang_name(LANG_EN), "انگریزی");
    ck_assert(i18n_set_lang(LANG_EN, msg, sizeof msg));
    ck_assert_str_eq(_("error"), "error");
    ck_assert_str_eq(i18n_lang_name(LANG_UR), "Urdu");
    ck_assert(i18n_set_lang(LANG_UR, msg, sizeof msg));
    ck_assert_str_eq(_("warning"), "انتباہ");
    ck_assert_str_eq(i18n_lang_autonym(LANG_UR), "اردو");
    ck_assert_str_eq(i18n_lang_code(i18n_lang()), "ur");
}
END_TEST

START_TEST(plural_forms_in_both_languages)
{
    char msg[512], out[64];
    ck_assert(i18n_start(BUILD_LOCALE, LANG_EN, msg, sizeof msg));
    ck_assert_str_eq(i18n_count(I18N_QUESTIONS, 0, out, sizeof out), "0 questions");
    ck_assert_str_eq(i18n_count(I18N_QUESTIONS, 1, out, sizeof out), "1 question");
    ck_assert_str_eq(i18n_count(I18N_QUESTIONS, 2, out, sizeof out), "2 questions");
    ck_assert_str_eq(i18n_count(I18N_POINTS, 1, out, sizeof out), "1 point");
    ck_assert(i18n_set_lang(LANG_UR, msg, sizeof msg));
    ck_assert_str_eq(i18n_count(I18N_QUESTIONS, 0, out, sizeof out), "0 سوالات");
    ck_assert_str_eq(i18n_count(I18N_QUESTIONS, 1, out, sizeof out), "1 سوال");
    ck_assert_str_eq(i18n_count(I18N_QUESTIONS, 2, out, sizeof out), "2 سوالات");
    ck_assert_str_eq(ngettext("%ld second", "%ld seconds", 2), "%ld سیکنڈ");
}
END_TEST

START_TEST(digits_turn_urdu_only_when_asked_and_urdu)
{
    char msg[512], out[64];
    ck_assert(i18n_start(BUILD_LOCALE, LANG_UR, msg, sizeof msg));
    ck_assert_str_eq(i18n_digits("1960 & 235,000", out, sizeof out), "1960 & 235,000");
    i18n_set_urdu_digits(true);
    ck_assert(i18n_urdu_digits());
    ck_assert_str_eq(i18n_digits("1960 & 235,000", out, sizeof out), "۱۹۶۰ & ۲۳۵٬۰۰۰");
    ck_assert_str_eq(i18n_digits("سال 2024", out, sizeof out), "سال ۲۰۲۴");
    ck_assert_str_eq(i18n_count(I18N_QUESTIONS, 10, out, sizeof out), "۱۰ سوالات");
    ck_assert_str_eq(i18n_format(out, sizeof out, "%d/%d", 7, 10), "۷/۱۰");
    ck_assert(i18n_set_lang(LANG_EN, msg, sizeof msg));
    ck_assert_str_eq(i18n_digits("1960", out, sizeof out), "1960");
}
END_TEST

/* Compiles the bank fixture into <dir>/ur/LC_MESSAGES/amanquiz.mo. */
static const char *fixture_catalog(void)
{
    static char dir[] = "/tmp/aman_i18n_XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char cmd[1024];
    snprintf(cmd, sizeof cmd,
             "mkdir -p %s/ur/LC_MESSAGES && msgfmt -c -o %s/ur/LC_MESSAGES/amanquiz.mo "
             "%s/i18n_bank.po",
             dir, dir, AMAN_FIXTURES);
    ck_assert_int_eq(system(cmd), 0);
    return dir;
}

static void remove_catalog(const char *dir)
{
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    ck_assert_int_eq(system(cmd), 0);
}

START_TEST(bank_texts_are_found_by_context)
{
    const char *dir = fixture_catalog();
    char msg[512];
    ck_assert_msg(i18n_start(dir, LANG_UR, msg, sizeof msg), "%s", msg);
    const char *en = "Antonio Guterres";
    ck_assert_str_eq(i18n_bank("un-01", "choice.1", en), "انتونیو گوتریس");
    ck_assert_str_eq(i18n_bank("un-02", "choice.1", en), "انتونیو گوتریس (دوسرا سوال)");
    ck_assert_str_eq(i18n_bank("un-01", "question", "Who is the UN Secretary-General?"),
                     "اقوامِ متحدہ کے سیکرٹری جنرل کون ہیں؟");
    ck_assert_str_eq(i18n_category("Pakistan in UN peacekeeping"),
                     "اقوامِ متحدہ کی امن فوج میں پاکستان");
    ck_assert(i18n_set_lang(LANG_EN, msg, sizeof msg));
    ck_assert_ptr_eq(i18n_bank("un-01", "choice.1", en), en);
    remove_catalog(dir);
}
END_TEST

START_TEST(bank_text_without_translation_stays_english)
{
    const char *dir = fixture_catalog();
    char msg[512];
    ck_assert(i18n_start(dir, LANG_UR, msg, sizeof msg));
    const char *en = "Antonio Guterres";
    /* Right msgid, unknown context; known context, other msgid. */
    ck_assert_ptr_eq(i18n_bank("un-03", "choice.1", en), en);
    const char *other = "Ban Ki-moon";
    ck_assert_ptr_eq(i18n_bank("un-01", "choice.1", other), other);
    ck_assert_str_eq(i18n_category(""), "");
    ck_assert_str_eq(i18n_category("Unknown"), "Unknown");
    remove_catalog(dir);
}
END_TEST

/* Counts the texts of q that have no Urdu in the active catalog. */
static int untranslated_fields(const Question *q)
{
    char f[64];
    int missing = 0;
#define CHECK_FIELD(field, text)                                                                   \
    do {                                                                                           \
        const char *t_ = (text);                                                                   \
        if (t_ && *t_ && i18n_bank(q->id, (field), t_) == t_) {                                    \
            fprintf(stderr, "%s:%d: no Urdu for %s|%s\n", q->file, q->line, q->id, (field));       \
            missing++;                                                                             \
        }                                                                                          \
    } while (0)
    CHECK_FIELD("question", q->text);
    for (int i = 0; i < q->n_choices; i++) {
        CHECK_FIELD(i18n_field_choice(f, sizeof f, i + 1), q->choices[i].text);
        CHECK_FIELD(i18n_field_choice_feedback(f, sizeof f, i + 1), q->choices[i].feedback);
    }
    for (int i = 0; i < q->n_numeric; i++)
        CHECK_FIELD(i18n_field_numeric_feedback(f, sizeof f, i + 1), q->numeric[i].feedback);
    if (q->kind == QKIND_TRUEFALSE) {
        CHECK_FIELD("tf.wrong", q->tf_feedback_wrong);
        CHECK_FIELD("tf.right", q->tf_feedback_right);
    }
    CHECK_FIELD("general", q->general_feedback);
    CHECK_FIELD("source", q->source);
#undef CHECK_FIELD
    if (q->category[0] && i18n_category(q->category) == q->category) {
        fprintf(stderr, "%s:%d: no Urdu for category '%s'\n", q->file, q->line, q->category);
        missing++;
    }
    return missing;
}

/* The bundled bank, read by the real parser, is Urdu at run time: the
 * extractor's field names and i18n_bank's agree for every text. */
START_TEST(bundled_bank_is_urdu_at_run_time)
{
    char msg[512];
    ck_assert_msg(i18n_start(BUILD_LOCALE, LANG_UR, msg, sizeof msg), "%s", msg);
    Bank *b = bank_new();
    Diag d = {0};
    ck_assert(bank_load_path(b, AMAN_SOURCE_DIR "/questions", &d));
    ck_assert_uint_gt(bank_count(b), 0);
    int missing = 0;
    for (size_t i = 0; i < bank_count(b); i++)
        missing += untranslated_fields(bank_question(b, i));
    ck_assert_int_eq(missing, 0);
    diag_clear(&d);
    bank_free(b);
}
END_TEST

START_TEST(unknown_cli_language_falls_back_with_message)
{
    const char *env[] = {"LANG", "ur_PK.UTF-8", NULL};
    fake_env = env;
    char msg[256];
    ck_assert_int_eq(i18n_choose("fr", fake_getenv, msg, sizeof msg), LANG_EN);
    ck_assert_ptr_nonnull(strstr(msg, "'fr'"));
    ck_assert_int_eq(i18n_choose("urdu", fake_getenv, msg, sizeof msg), LANG_EN);
    ck_assert_ptr_nonnull(strstr(msg, "'urdu'"));
    Lang l = LANG_UR;
    ck_assert(!i18n_parse_lang("fr_FR", &l));
    ck_assert(i18n_parse_lang("en_GB.UTF-8", &l));
    ck_assert_int_eq(l, LANG_EN);
}
END_TEST

START_TEST(missing_catalog_says_so_and_shows_english)
{
    char msg[512];
    ck_assert(!i18n_start("/nonexistent-aman-catalog", LANG_UR, msg, sizeof msg));
    ck_assert_ptr_nonnull(strstr(msg, "Urdu translations could not be activated"));
    ck_assert_ptr_nonnull(strstr(msg, "/nonexistent-aman-catalog/ur/LC_MESSAGES/amanquiz.mo"));
    ck_assert_ptr_nonnull(strstr(msg, "showing English"));
    ck_assert_int_eq(i18n_lang(), LANG_EN);
    ck_assert(!i18n_is_rtl());
    ck_assert_str_eq(_("Aman Quiz"), "Aman Quiz");
    ck_assert(!i18n_set_lang(LANG_UR, msg, sizeof msg));
    ck_assert_int_eq(i18n_lang(), LANG_EN);
}
END_TEST

START_TEST(thousands_separator_only_between_digit_groups)
{
    char msg[512], out[128];
    ck_assert(i18n_start(BUILD_LOCALE, LANG_UR, msg, sizeof msg));
    i18n_set_urdu_digits(true);
    ck_assert_str_eq(i18n_digits("1,234,567", out, sizeof out), "۱٬۲۳۴٬۵۶۷");
    /* list commas, odd groups and commas at the ends stay commas */
    ck_assert_str_eq(i18n_digits("1, 2 or 3", out, sizeof out), "۱, ۲ or ۳");
    ck_assert_str_eq(i18n_digits("12,34 1,2345 ,000 7,", out, sizeof out), "۱۲,۳۴ ۱,۲۳۴۵ ,۰۰۰ ۷,");
    ck_assert_str_eq(i18n_digits("a,000", out, sizeof out), "a,۰۰۰");
    /* the separator is two bytes: it is cut whole, like a digit */
    char small[8];
    ck_assert_str_eq(i18n_digits("1,000", small, sizeof small), "۱٬۰");
    /* Urdu shown under English (bilingual view) converts whatever the setting */
    ck_assert(i18n_set_lang(LANG_EN, msg, sizeof msg));
    i18n_set_urdu_digits(false);
    ck_assert_str_eq(i18n_to_urdu_digits("235,000 فوجی", out, sizeof out), "۲۳۵٬۰۰۰ فوجی");
    ck_assert_str_eq(i18n_digits("235,000", out, sizeof out), "235,000");
}
END_TEST

START_TEST(digits_cut_at_a_character_boundary)
{
    char msg[512];
    ck_assert(i18n_start(BUILD_LOCALE, LANG_UR, msg, sizeof msg));
    i18n_set_urdu_digits(true);
    char out[4];
    ck_assert_str_eq(i18n_digits("123", out, sizeof out), "۱");
    ck_assert_str_eq(i18n_digits("اردو", out, sizeof out), "ا");
    char one[1];
    ck_assert_str_eq(i18n_digits("9", one, sizeof one), "");
}
END_TEST

START_TEST(long_context_and_language_list)
{
    const char *dir = fixture_catalog();
    char msg[512];
    ck_assert(i18n_start(dir, LANG_UR, msg, sizeof msg));
    char id[600];
    memset(id, 'q', sizeof id - 1);
    id[sizeof id - 1] = '\0';
    const char *en = "Antonio Guterres";
    ck_assert_ptr_eq(i18n_bank(id, "choice.1", en), en);
    char list[300];
    memset(list, 'x', sizeof list - 1);
    list[sizeof list - 1] = '\0';
    memcpy(list + sizeof list - 4, ":ur", 3);
    const char *env[] = {"LANGUAGE", list, NULL};
    ck_assert_int_eq(choose_in(NULL, env), LANG_UR);
    remove_catalog(dir);
}
END_TEST

/* Issue 19, item 8: a catalog whose plural expression divides by zero is
 * refused before gettext sees it (glibc would die of SIGFPE in ngettext). */
START_TEST(catalog_dividing_by_zero_is_refused_and_english_shown)
{
    char dir[] = "/tmp/aman-locale-XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char *cmd = xasprintf("mkdir -p %s/ur/LC_MESSAGES && sed 's|plural=(n != 1);|plural=n/0;|'"
                          " %s/locale/ur.po | msgfmt -o %s/ur/LC_MESSAGES/amanquiz.mo -",
                          dir, AMAN_SOURCE_DIR, dir);
    ck_assert_int_eq(system(cmd), 0);
    free(cmd);
    char msg[1024];
    ck_assert(!i18n_start(dir, LANG_UR, msg, sizeof msg));
    ck_assert_msg(strstr(msg, "could not be activated") && strstr(msg, "division by zero"), "%s",
                  msg);
    ck_assert_int_eq(i18n_lang(), LANG_EN);
    char buf[64];
    ck_assert_str_eq(i18n_count(I18N_POINTS, 5, buf, sizeof buf), "5 points");
    cmd = xasprintf("rm -rf %s", dir);
    ck_assert_int_eq(system(cmd), 0);
    free(cmd);
}
END_TEST

static Suite *i18n_suite(void)
{
    Suite *s = suite_create("i18n");
    TCase *core = tcase_create("core");
    tcase_add_test(core, cli_beats_every_variable);
    tcase_add_test(core, variables_in_order_language_lc_all_lc_messages_lang);
    tcase_add_test(core, language_list_takes_first_known_entry);
    tcase_add_test(core, activation_yields_urdu_without_an_urdu_locale);
    tcase_add_test(core, activation_yields_urdu_from_cli_in_c_locale);
    tcase_add_test(core, live_switch_changes_gettext_at_once);
    tcase_add_test(core, plural_forms_in_both_languages);
    tcase_add_test(core, digits_turn_urdu_only_when_asked_and_urdu);
    tcase_add_test(core, thousands_separator_only_between_digit_groups);
    tcase_add_test(core, bank_texts_are_found_by_context);
    tcase_add_test(core, bundled_bank_is_urdu_at_run_time);
    suite_add_tcase(s, core);
    TCase *errors = tcase_create("errors");
    tcase_add_test(errors, unknown_cli_language_falls_back_with_message);
    tcase_add_test(errors, missing_catalog_says_so_and_shows_english);
    tcase_add_test(errors, catalog_dividing_by_zero_is_refused_and_english_shown);
    tcase_add_test(errors, bank_text_without_translation_stays_english);
    suite_add_tcase(s, errors);
    TCase *limits = tcase_create("limits");
    tcase_add_test(limits, digits_cut_at_a_character_boundary);
    tcase_add_test(limits, long_context_and_language_list);
    suite_add_tcase(s, limits);
    return s;
}

int main(void)
{
    return run_suite(i18n_suite());
}
