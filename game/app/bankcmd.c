/* bankcmd: --check-bank and --export-bank (see bankcmd.h). */
#include "bankcmd.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bank.h"
#include "gift_export.h"
#include "i18n.h"
#include "paths.h"
#include "util.h"

/* A question has Urdu in the catalog when its question text translates. */
static bool catalog_has_urdu(void *ctx, const Question *q)
{
    const char *ur = gift_export_catalog_urdu(ctx, q, "question", q->text);
    return ur && strcmp(ur, q->text) != 0;
}

int bankcmd_check(const CliOptions *opt)
{
    return bank_check(opt->check_bank, (size_t)opt->n_check_bank, stdout, catalog_has_urdu, NULL)
               ? 0
               : 1;
}

/* The banks of --bank, else the bundled questions folder. */
static bool load(Bank *b, const CliOptions *opt, const char *exe_dir, Diag *diag)
{
    bool ok = true;
    for (int i = 0; i < opt->n_banks; i++)
        ok &= bank_load_path(b, opt->banks[i], diag);
    if (opt->n_banks > 0)
        return ok;
    Paths paths;
    char err[512];
    if (!paths_find(&paths, exe_dir, err, sizeof err)) {
        diag_add(diag, DIAG_ERROR, NULL, 0, 0, "%s", err);
        return false;
    }
    char *questions = path_join(paths.data_dir, "questions");
    ok = bank_load_path(b, questions, diag);
    free(questions);
    paths_free(&paths);
    return ok;
}

int bankcmd_export(const CliOptions *opt, const char *exe_dir)
{
    Diag diag = {0};
    Bank *b = bank_new();
    const char *file = opt->export_bank;
    bool to_stdout = strcmp(file, "-") == 0;
    FILE *out = NULL;
    bool ok = load(b, opt, exe_dir, &diag);
    if (ok && bank_count(b) == 0) {
        diag_add(&diag, DIAG_ERROR, NULL, 0, 0, "%s", _("no playable question to export"));
        ok = false;
    }
    if (ok && !(out = to_stdout ? stdout : fopen(file, "w"))) {
        diag_add(&diag, DIAG_ERROR, file, 0, 0, _("cannot write: %s"), strerror(errno));
        ok = false;
    }
    if (ok && !gift_export(b, out, gift_export_catalog_urdu, NULL)) {
        diag_add(&diag, DIAG_ERROR, file, 0, 0, _("cannot write: %s"), strerror(errno));
        ok = false;
    }
    if (out && !to_stdout && fclose(out) != 0 && ok) {
        diag_add(&diag, DIAG_ERROR, file, 0, 0, _("cannot write: %s"), strerror(errno));
        ok = false;
    }
    if (!ok && out && !to_stdout)
        remove(file);
    diag_print(&diag, stderr, "amanquiz");
    if (ok && !to_stdout)
        fprintf(stderr,
                ngettext("amanquiz: %zu question written to '%s'\n",
                         "amanquiz: %zu questions written to '%s'\n", bank_count(b)),
                bank_count(b), file);
    diag_clear(&diag);
    bank_free(b);
    return ok ? 0 : 1;
}
