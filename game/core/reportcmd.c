#include "reportcmd.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cohort.h"
#include "i18n.h"
#include "paths.h"
#include "report.h"
#include "results_stats.h"
#include "settings.h"
#include "util.h"

#define FONT_FILE "assets/fonts/NotoNastaliqUrdu-Regular.ttf"
#define FONT_MAX (8u << 20)

static bool valid_date(const char *s)
{
    int y, m, d;
    char end;
    return sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &end) == 3 && strlen(s) == 10 && m >= 1 &&
           m <= 12 && d >= 1 && d <= 31;
}

/* The settings the report uses: the pass mark and Urdu digits. */
static Settings *load_settings(const CliOptions *opt, Diag *diag)
{
    Settings *s = settings_new();
    if (opt->config) {
        settings_load_file(s, opt->config, diag);
    } else {
        char *dir = settings_config_dir(diag);
        char *path = dir ? path_join(dir, "settings.conf") : NULL;
        if (path)
            settings_load_file(s, path, diag);
        free(path);
        free(dir);
    }
    return s;
}

/* --bank, else the bundled questions; NULL (texts and topics left out,
 * with a warning) when none can be read. */
static Bank *load_bank(const CliOptions *opt, const Paths *paths, Diag *diag)
{
    Bank *b = bank_new();
    for (int i = 0; i < opt->n_banks; i++)
        bank_load_path(b, opt->banks[i], diag);
    if (opt->n_banks == 0 && paths) {
        char *questions = path_join(paths->data_dir, "questions");
        bank_load_path(b, questions, diag);
        free(questions);
    }
    if (bank_count(b) > 0)
        return b;
    bank_free(b);
    diag_add(diag, DIAG_WARNING, NULL, 0, 0, "%s",
             _("no question bank could be read: the report shows question ids without topics "
               "or texts"));
    return NULL;
}

static unsigned char *load_font(const Paths *paths, size_t *len, Diag *diag)
{
    if (!paths || !i18n_is_rtl())
        return NULL;
    char *path = path_join(paths->data_dir, FONT_FILE), err[512];
    unsigned char *font = (unsigned char *)read_file(path, FONT_MAX, len, err, sizeof err);
    if (!font)
        diag_add(diag, DIAG_WARNING, NULL, 0, 0,
                 _("the Urdu font is not embedded (%s): a browser may show boxes"), err);
    free(path);
    return font;
}

/* From the memory table of r, else replayed from all (every answer). */
static void due_lists(Results *r, const ResultsRows *all, Cohort *c, double now)
{
    if (r)
        results_memory_sync_all(r);
    for (size_t i = 0; i < c->n_trainees; i++) {
        CohortTrainee *t = &c->trainees[i];
        t->due = r ? results_due_ids(r, t->id, now, &t->n_due)
                   : results_rows_due_ids(all, t->id, now, &t->n_due);
    }
}

/* The answers of the report from the local results database (*r opened),
 * else from src; *all gets every answer for the memory when src has to
 * read them again (since set). NULL with the reason in diag. */
static ResultsRows *read_rows(const CliOptions *opt, const ReportSource *src, Results **r,
                              ResultsRows **all, Diag *diag)
{
    if (src) {
        ResultsRows *rows = src->read(src->ctx, opt->trainee, opt->since, diag);
        if (rows && opt->since && !(*all = src->read(src->ctx, opt->trainee, NULL, diag))) {
            results_rows_free(rows);
            rows = NULL;
        }
        return rows;
    }
    char *dir = results_data_dir(opt->data_dir, diag);
    char *path = dir ? results_default_path(dir) : NULL;
    ResultsRows *rows = NULL;
    if (path && !is_file(path))
        diag_add(diag, DIAG_ERROR, NULL, 0, 0, _("no results to report: '%s' does not exist"),
                 path);
    else if (path)
        rows = results_rows(*r = results_open(path, diag), opt->trainee, opt->since, diag);
    free(path);
    free(dir);
    return rows;
}

static bool write_file(const char *name, const Cohort *c, const Bank *bank, const ReportOptions *ro,
                       Diag *diag)
{
    bool to_stdout = strcmp(name, "-") == 0;
    FILE *out = to_stdout ? stdout : fopen(name, "w");
    if (!out) {
        diag_add(diag, DIAG_ERROR, name, 0, 0, _("cannot write: %s"), strerror(errno));
        return false;
    }
    bool ok = report_write(out, c, bank, ro);
    if ((to_stdout ? fflush(out) : fclose(out)) != 0)
        ok = false;
    if (!ok) {
        diag_add(diag, DIAG_ERROR, name, 0, 0, _("cannot write: %s"), strerror(errno));
        if (!to_stdout)
            remove(name);
    }
    return ok;
}

int reportcmd_run(const CliOptions *opt, const char *exe_dir, time_t now, const ReportSource *src)
{
    Diag diag = {0};
    int status = 1;
    Paths paths;
    char err[512];
    bool have_paths = paths_find(&paths, exe_dir, err, sizeof err);
    Settings *settings = load_settings(opt, &diag);
    i18n_set_urdu_digits(settings_get_bool(settings, "urdu_digits"));
    Results *r = NULL;
    ResultsRows *rows = NULL, *all = NULL;
    Bank *bank = NULL;
    Cohort *c = NULL;
    unsigned char *font = NULL;
    if (opt->since && !valid_date(opt->since)) {
        diag_add(&diag, DIAG_ERROR, NULL, 0, 0, _("'%s' is not a date like 2026-01-31"),
                 opt->since);
        goto done;
    }
    rows = read_rows(opt, src, &r, &all, &diag);
    if (!rows)
        goto done;
    bank = load_bank(opt, have_paths ? &paths : NULL, &diag);
    int pass_mark = settings_get_int(settings, "pass_mark");
    c = cohort_build(rows, bank, pass_mark);
    due_lists(r, all ? all : rows, c, results_day_of(now));
    size_t font_len = 0;
    font = load_font(have_paths ? &paths : NULL, &font_len, &diag);
    char today[16];
    results_format_date(now, today, sizeof today);
    ReportOptions ro = {
        pass_mark, today, opt->since, opt->trainee, font, font_len, src ? src->name : NULL};
    if (write_file(opt->report, c, bank, &ro, &diag)) {
        status = 0;
        if (strcmp(opt->report, "-") != 0)
            fprintf(stderr, _("amanquiz: report written to '%s'\n"), opt->report);
    }
done:
    diag_print(&diag, stderr, "amanquiz");
    diag_clear(&diag);
    free(font);
    cohort_free(c);
    bank_free(bank);
    results_rows_free(rows);
    results_rows_free(all);
    results_close(r);
    settings_free(settings);
    if (have_paths)
        paths_free(&paths);
    return status;
}
