/* extract_bank: writes every translatable text of GIFT question files as a
 * .pot fragment, for msgcat into locale/amanquiz.pot.
 *
 *   extract_bank [--root DIR] [-o OUT.pot] PATH...
 *
 * Each text gets msgctxt "<question id>|<field>" (the field names of
 * i18n_bank in game/core/i18n.h), a "#: file:line" reference relative to
 * --root, and the question's source sentence as a "#. source: " comment so
 * translators see the fact a text is built on. Categories get msgctxt
 * "category", once each, with every question's reference. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bank.h"
#include "i18n.h"
#include "util.h"

typedef struct {
    FILE *out;
    const char *root; /* stripped from file names in references, or NULL */
} Writer;

/* A PO string body: quotes, backslashes and control characters escaped. */
static void put_po_string(FILE *f, const char *s)
{
    fputc('"', f);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        switch (*p) {
        case '"':
            fputs("\\\"", f);
            break;
        case '\\':
            fputs("\\\\", f);
            break;
        case '\n':
            fputs("\\n", f);
            break;
        case '\t':
            fputs("\\t", f);
            break;
        case '\r':
            fputs("\\r", f);
            break;
        default:
            if (*p < 0x20)
                fprintf(f, "\\%03o", *p);
            else
                fputc(*p, f);
        }
    }
    fputc('"', f);
}

/* Comments end at a newline, so the source sentence is put on one line. */
static void put_comment_line(FILE *f, const char *prefix, const char *text)
{
    fputs(prefix, f);
    for (const char *p = text; *p; p++)
        fputc(*p == '\n' || *p == '\r' ? ' ' : *p, f);
    fputc('\n', f);
}

static const char *rel_path(const Writer *w, const char *file)
{
    size_t n = w->root ? strlen(w->root) : 0;
    if (n && strncmp(file, w->root, n) == 0 && file[n] == '/')
        return file + n + 1;
    return file;
}

static void put_entry(const Writer *w, const Question *q, const char *field, const char *text)
{
    if (!text || !*text)
        return;
    FILE *f = w->out;
    if (q->source)
        put_comment_line(f, "#. source: ", q->source);
    fprintf(f, "#: %s:%d\n", rel_path(w, q->file), q->line);
    char *ctx = xasprintf("%s|%s", q->id, field);
    fputs("msgctxt ", f);
    put_po_string(f, ctx);
    fputs("\nmsgid ", f);
    put_po_string(f, text);
    fputs("\nmsgstr \"\"\n\n", f);
    free(ctx);
}

static void put_choices(const Writer *w, const Question *q)
{
    char field[64];
    for (int i = 0; i < q->n_choices; i++) {
        put_entry(w, q, i18n_field_choice(field, sizeof field, i + 1), q->choices[i].text);
        put_entry(w, q, i18n_field_choice_feedback(field, sizeof field, i + 1),
                  q->choices[i].feedback);
    }
}

static void put_question(const Writer *w, const Question *q)
{
    char field[64];
    put_entry(w, q, "question", q->text);
    switch (q->kind) {
    case QKIND_CHOICE:
    case QKIND_MULTI:
    case QKIND_SHORT:
        put_choices(w, q);
        break;
    case QKIND_TRUEFALSE:
        put_entry(w, q, "tf.wrong", q->tf_feedback_wrong);
        put_entry(w, q, "tf.right", q->tf_feedback_right);
        break;
    case QKIND_NUMERIC:
        for (int i = 0; i < q->n_numeric; i++)
            put_entry(w, q, i18n_field_numeric_feedback(field, sizeof field, i + 1),
                      q->numeric[i].feedback);
        break;
    }
    put_entry(w, q, "general", q->general_feedback);
    put_entry(w, q, "source", q->source);
}

/* One entry per category, in order of first use, referencing every question. */
static void put_categories(const Writer *w, const Bank *b)
{
    size_t n = bank_count(b);
    for (size_t i = 0; i < n; i++) {
        const char *cat = bank_question(b, i)->category;
        bool seen = !cat || !*cat;
        for (size_t j = 0; j < i && !seen; j++)
            seen = strcmp(bank_question(b, j)->category, cat) == 0;
        if (seen)
            continue;
        for (size_t j = i; j < n; j++) {
            const Question *q = bank_question(b, j);
            if (strcmp(q->category, cat) == 0)
                fprintf(w->out, "#: %s:%d\n", rel_path(w, q->file), q->line);
        }
        fputs("msgctxt \"category\"\nmsgid ", w->out);
        put_po_string(w->out, cat);
        fputs("\nmsgstr \"\"\n\n", w->out);
    }
}

static void put_header(FILE *f)
{
    fputs("# Texts of the question bank, written by game/devtools/tools/extract_bank.\n"
          "msgid \"\"\n"
          "msgstr \"\"\n"
          "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
          "\"Content-Transfer-Encoding: 8bit\\n\"\n\n",
          f);
}

static int usage(void)
{
    fputs("usage: extract_bank [--root DIR] [-o OUT.pot] PATH...\n", stderr);
    return 2;
}

static bool load_all(Bank *b, char **paths, int n)
{
    Diag diag = {0};
    bool ok = true;
    for (int i = 0; i < n; i++)
        ok = bank_load_path(b, paths[i], &diag) && ok;
    for (size_t i = 0; i < diag.count; i++) {
        char line[1024];
        diag_format(&diag.items[i], line, sizeof line);
        fprintf(stderr, "%s\n", line);
    }
    diag_clear(&diag);
    return ok;
}

int main(int argc, char **argv)
{
    Writer w = {.out = stdout};
    const char *out_path = NULL;
    int i = 1;
    for (; i < argc && argv[i][0] == '-'; i += 2) {
        if (i + 1 >= argc)
            return usage();
        if (strcmp(argv[i], "--root") == 0)
            w.root = argv[i + 1];
        else if (strcmp(argv[i], "-o") == 0)
            out_path = argv[i + 1];
        else
            return usage();
    }
    if (i == argc)
        return usage();
    Bank *b = bank_new();
    int status = 1;
    if (!load_all(b, argv + i, argc - i))
        goto done;
    if (out_path && !(w.out = fopen(out_path, "w"))) {
        perror(out_path);
        goto done;
    }
    put_header(w.out);
    put_categories(&w, b);
    for (size_t k = 0; k < bank_count(b); k++)
        put_question(&w, bank_question(b, k));
    status = ferror(w.out) ? 1 : 0;
    if (out_path && fclose(w.out) != 0)
        status = 1;
done:
    bank_free(b);
    return status;
}
