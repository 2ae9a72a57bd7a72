/* bank_check: the report of `amanquiz --check-bank PATH...` (see bank.h). */
#include <stdlib.h>

#include "bank.h"
#include "i18n.h"

static void print_summary(const char *raw, bool ok, const BankStats *st, FILE *out)
{
    char file[4096];
    diag_escape(raw, file, sizeof file); /* a name cannot drive the terminal */
    if (ok)
        fprintf(out,
                ngettext("%s: %zu playable question (%zu multiple choice, %zu multiple answer, "
                         "%zu true/false, %zu numerical, %zu short answer)\n",
                         "%s: %zu playable questions (%zu multiple choice, %zu multiple answer, "
                         "%zu true/false, %zu numerical, %zu short answer)\n",
                         st->questions),
                file, st->questions, st->by_kind[QKIND_CHOICE], st->by_kind[QKIND_MULTI],
                st->by_kind[QKIND_TRUEFALSE], st->by_kind[QKIND_NUMERIC], st->by_kind[QKIND_SHORT]);
    else
        fprintf(out,
                ngettext("%s: not loaded: %zu error\n", "%s: not loaded: %zu errors\n", st->errors),
                file, st->errors);
}

typedef struct {
    FILE *out;
    size_t total, files;
    BankHasUrduFn has_urdu;
    void *ctx;
} Check;

static void print_lacking_urdu(const Bank *b, size_t first, const char *file, Check *c)
{
    size_t n = bank_count_lacking_urdu(b, first, c->has_urdu, c->ctx);
    if (n == 0)
        return;
    Diag d = {0};
    diag_add(&d, DIAG_NOTE, file, 0, 0,
             ngettext("%zu question has no Urdu text (it shows as written on the Urdu screen)",
                      "%zu questions have no Urdu text (they show as written on the Urdu screen)",
                      n),
             n);
    diag_print(&d, c->out, NULL);
    diag_clear(&d);
}

/* Checks one file or folder; adds to the counts; false on any error. */
static bool check_path(Bank *b, const char *path, Check *c)
{
    FILE *out = c->out;
    Diag d = {0};
    char **list = bank_list_files(path, NULL, &d);
    bool ok = list != NULL;
    diag_print(&d, out, NULL);
    diag_clear(&d);
    for (char **f = list; f && *f; f++) {
        size_t first = bank_count(b);
        bool file_ok = bank_add_file(b, *f, &d);
        BankStats st = bank_stats(b, first, &d);
        print_summary(*f, file_ok, &st, out);
        diag_print(&d, out, NULL);
        diag_clear(&d);
        if (file_ok)
            print_lacking_urdu(b, first, *f, c);
        c->total += st.questions;
        c->files += 1;
        ok &= file_ok;
    }
    bank_free_list(list);
    return ok;
}

bool bank_check(const char *const *paths, size_t n, FILE *out, BankHasUrduFn has_urdu, void *ctx)
{
    Bank *b = bank_new();
    bool ok = true;
    Check c = {.out = out, .has_urdu = has_urdu, .ctx = ctx};
    for (size_t i = 0; i < n; i++)
        ok &= check_path(b, paths[i], &c);
    size_t total = c.total, files = c.files;
    /* Two counts, two plurals: each is formatted on its own. */
    char questions[64], in_files[64];
    snprintf(questions, sizeof questions,
             ngettext("%zu playable question", "%zu playable questions", total), total);
    snprintf(in_files, sizeof in_files, ngettext("%zu file", "%zu files", files), files);
    /* TRANSLATORS: "total: 57 playable questions in 2 files" */
    fprintf(out, _("total: %s in %s\n"), questions, in_files);
    if (total == 0) { /* as --bank refuses it: nothing could be played */
        Diag d = {0};
        diag_add(&d, DIAG_ERROR, NULL, 0, 0, "%s",
                 _("no playable question: the files are empty, hold only comments, or only "
                   "kinds of question the game cannot play"));
        diag_print(&d, out, NULL);
        diag_clear(&d);
        ok = false;
    }
    bank_free(b);
    return ok;
}
