/* The HTML report of a tiny cohort: one self-contained page, no script,
 * the font embedded when given, flags on the rows, and in Urdu dir="rtl"
 * with Urdu digits when the setting is on. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "report.h"
#include "testutil.h"
#include "util.h"

static char dir[64];
static char *html;
static size_t html_len;

static const char bank_text[] = "$CATEGORY: Alpha\n\n::easy:: Easy? {T}\n\n::hard:: Hard? {F}\n\n"
                                "::mid:: Mid? {=one ~two ~three}\n";

/* Three trainees, 4 sessions: everyone gets "easy" right (facility 100%). */
static void write_report(bool urdu, bool digits, const unsigned char *font, size_t font_len)
{
    char msg[256];
    i18n_start(AMAN_BUILD_DIR "/locale", urdu ? LANG_UR : LANG_EN, msg, sizeof msg);
    i18n_set_urdu_digits(digits);
    snprintf(dir, sizeof dir, "/tmp/aman-report-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char *path = results_default_path(dir);
    Diag diag = {0};
    Results *r = results_open(path, &diag);
    Bank *bank = bank_new();
    ck_assert(bank_add_gift(bank, "t.gift", bank_text, strlen(bank_text), &diag));
    const char *who[] = {"3", "1", "2", "3"};
    const char *t = "2026-03-01T10:00:00+05:00";
    for (int s = 0; s < 4; s++) {
        int64_t id = results_session_begin(r, "training", who[s], NULL, "en", t);
        ResultsAnswer e = {t, "easy", "true", true, 1, 0, 1, "en"};
        ResultsAnswer h = {t, "hard", s % 2 ? "false" : "true", s % 2, s % 2, 0, 1, "en"};
        ResultsAnswer m = {t, "mid", s < 2 ? "1" : "2", s < 2, s < 2, 0, 1, "en"};
        ck_assert(results_add_answer(r, id, &e) && results_add_answer(r, id, &h) &&
                  results_add_answer(r, id, &m));
    }
    ResultsRows *rows = results_rows(r, NULL, NULL, &diag);
    Cohort *c = cohort_build(rows, bank, 80);
    ReportOptions o = {80, "2026-03-02", NULL, NULL, font, font_len, NULL};
    free(html);
    FILE *f = open_memstream(&html, &html_len);
    ck_assert(report_write(f, c, bank, &o));
    fclose(f);
    cohort_free(c);
    results_rows_free(rows);
    bank_free(bank);
    results_close(r);
    diag_clear(&diag);
    free(path);
    char *cmd = xasprintf("rm -rf '%s'", dir);
    ck_assert_int_eq(system(cmd), 0);
    free(cmd);
}

START_TEST(english_page_is_self_contained)
{
    write_report(false, false, NULL, 0);
    ck_assert(strncmp(html, "<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">", 41) == 0);
    ck_assert_ptr_null(strstr(html, "<script"));
    ck_assert_ptr_nonnull(strstr(html, "content=\"default-src 'none';"));
    ck_assert_ptr_null(strstr(html, "@font-face"));
    ck_assert_ptr_null(strstr(html, "src=\"http")); /* nothing fetched */
    ck_assert_ptr_null(strstr(html, "url(http"));
    ck_assert_ptr_nonnull(strstr(html, "data-question=\"easy\" data-flags=\"too-easy\""));
    /* "mid": wrong answer 2 ("two") chosen twice */
    ck_assert_ptr_nonnull(strstr(html, "two <span class=\"ltr\">&#215; 2</span>"));
    /* session totals 2 3 1 2: "hard" (0 1 0 1) against the rest (2 2 1 1) and
     * "mid" (1 1 0 0) against (1 2 1 2) both have covariance 0, so D = 0 */
    ck_assert_ptr_nonnull(strstr(html, "3 of 3 questions flagged"));
    ck_assert_ptr_nonnull(strstr(html, "data-question=\"hard\" data-flags=\"low-discrimination\""));
    ck_assert_ptr_nonnull(strstr(html, "<dd>3</dd>")); /* trainees */
    ck_assert_ptr_nonnull(strstr(html, "data-trainee=\"1\""));
    ck_assert(strstr(html, "data-trainee=\"1\"") < strstr(html, "data-trainee=\"3\""));
    /* the figures for tools: trainee 3 played two sessions of three */
    ck_assert_ptr_nonnull(
        strstr(html, "id=\"cohort\" data-trainees=\"3\" data-sessions=\"4\" data-answers=\"12\""));
    ck_assert_ptr_nonnull(
        strstr(html, "data-trainee=\"3\" data-sessions=\"2\" data-answers=\"6\""));
    ck_assert_ptr_null(strstr(html, "class=\"source\"")); /* this device's results */
    ck_assert_ptr_nonnull(strstr(html, "data-question=\"mid\" data-flags=\"low-discrimination\""
                                       " data-attempts=\"4\""));
    ck_assert(strstr(html, "</html>\n") == html + html_len - 8);
}
END_TEST

START_TEST(urdu_page_is_right_to_left_with_the_font)
{
    const unsigned char font[] = "abcd";
    write_report(true, true, font, 4);
    ck_assert(strncmp(html, "<!DOCTYPE html>\n<html lang=\"ur\" dir=\"rtl\">", 41) == 0);
    ck_assert_ptr_nonnull(strstr(html, "url(data:font/ttf;base64,YWJjZA==)"));
    ck_assert_ptr_nonnull(strstr(html, "<dd>\u06f3</dd>")); /* 3 trainees in Urdu digits */
    ck_assert_ptr_nonnull(strstr(html, "\u2066\u06f2\u06f0\u06f2\u06f6-")); /* the date, isolated */
    ck_assert_ptr_nonnull(strstr(html, "direction=\"rtl\""));
}
END_TEST

START_TEST(flag_words)
{
    char b[64];
    ck_assert_str_eq(report_flag_words(0, b, sizeof b), "");
    ck_assert_str_eq(report_flag_words(ITEM_TOO_EASY | ITEM_LOW_DISCRIMINATION, b, sizeof b),
                     "too-easy low-discrimination");
    ck_assert_str_eq(report_flag_words(ITEM_TOO_HARD, b, sizeof b), "too-hard");
}
END_TEST

static Suite *report_suite(void)
{
    Suite *s = suite_create("report");
    TCase *core = tcase_create("core");
    tcase_add_test(core, english_page_is_self_contained);
    tcase_add_test(core, urdu_page_is_right_to_left_with_the_font);
    tcase_add_test(core, flag_words);
    suite_add_tcase(s, core);
    return s;
}

int main(void)
{
    int rc = run_suite(report_suite());
    free(html);
    return rc;
}
