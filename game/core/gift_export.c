/* gift_export: a Bank as bilingual Moodle GIFT (see gift_export.h). */
#include "gift_export.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "gift.h"
#include "i18n.h"
#include "multilang.h"

typedef struct {
    FILE *out;
    GiftUrduFn urdu;
    void *ctx;
    bool html; /* the text being written is [html] (else plain: metadata, titles) */
} Export;

/* One form of a text, GIFT-escaped; in HTML also entities for & < > and
 * <br> for a line break, and &#123; for a '{' that would start an {mlang}
 * tag (GIFT's \{ is undone before multilang blocks are read). A plain text
 * (a category) cannot escape '<', so markup left in its form (a stray
 * multilang tag or </span> of the file it came from) is dropped: written
 * raw, it would be read back as a block of its own. */
static void put_form(const Export *x, const char *s)
{
    FILE *out = x->out;
    for (; *s; s++) {
        if (x->html && *s == '{' && multilang_tag_len(s, strlen(s))) {
            fputs("&#123;", out);
            continue;
        }
        if (!x->html) {
            size_t tag = multilang_tag_len(s, strlen(s));
            if (!tag && strncasecmp(s, "</span>", 7) == 0)
                tag = 7;
            if (tag) {
                s += tag - 1;
                continue;
            }
        }
        const char *html = *s == '&' ? "&amp;" : *s == '<' ? "&lt;" : *s == '>' ? "&gt;" : NULL;
        if (x->html && html) {
            fputs(html, out);
            continue;
        }
        switch (*s) {
        case '\n':
            fputs(x->html ? "<br>" : "\\n", out);
            break;
        case '~':
        case '=':
        case '#':
        case '{':
        case '}':
        case ':':
        case '\\':
            fputc('\\', out);
            fputc(*s, out);
            break;
        default:
            fputc(*s, out);
        }
    }
}

/* True when s holds what a plain text cannot carry: a '<' or an {mlang} tag. */
static bool has_markup(const char *s)
{
    for (; *s; s++)
        if (*s == '<' || (*s == '{' && multilang_tag_len(s, strlen(s))))
            return true;
    return false;
}

/* The Urdu of a field: the question's own, else the lookup's when it
 * differs from the English. */
static const char *urdu_of(const Export *x, const Question *q, const char *field, const char *en)
{
    const char *ur = strcmp(field, "category") == 0 ? q->category_ur : question_urdu(q, field);
    if (!ur && x->urdu)
        ur = x->urdu(x->ctx, q, field, en);
    return ur && strcmp(ur, en) != 0 ? ur : NULL;
}

/* A text in both languages: two multilang spans, or the one form. */
static void put_text(const Export *x, const Question *q, const char *field, const char *en)
{
    const char *ur = urdu_of(x, q, field, en);
    if (!ur) {
        put_form(x, en);
        return;
    }
    fputs("<span lang\\=\"en\" class\\=\"multilang\">", x->out);
    put_form(x, en);
    fputs("</span><span lang\\=\"ur\" class\\=\"multilang\">", x->out);
    put_form(x, ur);
    fputs("</span>", x->out);
}

/* "#feedback" when there is one. */
static void put_feedback(const Export *x, const Question *q, const char *field, const char *fb)
{
    if (!fb)
        return;
    fputs(" #", x->out);
    put_text(x, q, field, fb);
}

/* The shortest of %.15g / %.17g that reads back as v. */
static void put_number(FILE *out, double v)
{
    char buf[40];
    snprintf(buf, sizeof buf, "%.15g", v);
    if (strtod(buf, NULL) != v)
        snprintf(buf, sizeof buf, "%.17g", v);
    fputs(buf, out);
}

static void put_choices(const Export *x, const Question *q)
{
    char field[40];
    for (int i = 0; i < q->n_choices; i++) {
        const Choice *c = &q->choices[i];
        fputs("\n    ", x->out);
        if ((q->kind == QKIND_CHOICE || q->kind == QKIND_SHORT) && c->weight > 0.9999) {
            fputc('=', x->out);
        } else if (q->kind == QKIND_SHORT) {
            fputs("=%", x->out);
            put_number(x->out, c->weight * 100);
            fputc('%', x->out);
        } else if (q->kind == QKIND_CHOICE && c->weight == 0) {
            fputc('~', x->out);
        } else {
            fputs("~%", x->out);
            put_number(x->out, c->weight * 100);
            fputc('%', x->out);
        }
        put_text(x, q, i18n_field_choice(field, sizeof field, i + 1), c->text);
        put_feedback(x, q, i18n_field_choice_feedback(field, sizeof field, i + 1), c->feedback);
    }
}

static void put_numeric(const Export *x, const Question *q)
{
    char field[40];
    fputc('#', x->out);
    for (int i = 0; i < q->n_numeric; i++) {
        const NumericAnswer *a = &q->numeric[i];
        fputs("\n    ", x->out);
        if (a->otherwise) {
            fputc('~', x->out);
        } else {
            fputs("=%", x->out);
            put_number(x->out, a->weight * 100);
            fputc('%', x->out);
            if (a->min == a->max) {
                put_number(x->out, a->value);
            } else if (a->value == (a->min + a->max) / 2) {
                put_number(x->out, a->min);
                fputs("..", x->out);
                put_number(x->out, a->max);
            } else {
                put_number(x->out, a->value);
                fputc(':', x->out);
                put_number(x->out, a->max - a->value);
            }
        }
        const char *fb = a->feedback ? a->feedback : a->otherwise ? "" : NULL;
        if (fb && !*fb)
            fputs(" #", x->out);
        else
            put_feedback(x, q, i18n_field_numeric_feedback(field, sizeof field, i + 1), fb);
    }
}

static void put_answers(const Export *x, const Question *q)
{
    fputc('{', x->out);
    switch (q->kind) {
    case QKIND_TRUEFALSE:
        fputs(q->tf_answer ? "TRUE" : "FALSE", x->out);
        if (q->tf_feedback_wrong || q->tf_feedback_right) {
            put_feedback(x, q, "tf.wrong", q->tf_feedback_wrong ? q->tf_feedback_wrong : "");
            put_feedback(x, q, "tf.right", q->tf_feedback_right ? q->tf_feedback_right : "");
        }
        break;
    case QKIND_NUMERIC:
        put_numeric(x, q);
        break;
    default:
        put_choices(x, q);
        break;
    }
    if (q->general_feedback) {
        fputs("\n    ####", x->out);
        put_text(x, q, "general", q->general_feedback);
    }
    fputs("\n}\n", x->out);
}

static void put_question(Export *x, const Question *q, const char **category)
{
    x->html = false;
    if (strcmp(q->category, *category) != 0) {
        fputs("$CATEGORY: $course$/top", x->out);
        if (*q->category) {
            fputc('/', x->out);
            put_text(x, q, "category", q->category);
        }
        fputs("\n\n", x->out);
        *category = q->category;
    }
    fprintf(x->out, "// @difficulty: %d\n", q->difficulty);
    if (q->source) {
        /* Markup in the sentence (a stray tag of the file it came from) is
         * kept as text through [html] and entities. */
        const char *ur = urdu_of(x, q, "source", q->source);
        x->html = has_markup(q->source) || (ur && has_markup(ur));
        fputs(x->html ? "// @source: [html]" : "// @source: ", x->out);
        put_text(x, q, "source", q->source);
        x->html = false;
        fputc('\n', x->out);
    }
    fputs("::", x->out);
    put_form(x, q->id);
    fputs("::[html]", x->out);
    x->html = true;
    put_text(x, q, "question", q->text);
    fputc(' ', x->out);
    put_answers(x, q);
    fputc('\n', x->out);
}

bool gift_export(const Bank *b, FILE *out, GiftUrduFn urdu, void *ctx)
{
    Export x = {out, urdu, ctx, false};
    const char *category = "";
    fprintf(out,
            "// Aman Quiz question bank: %zu questions, English and Urdu as Moodle "
            "multilang spans.\n\n",
            bank_count(b));
    for (size_t i = 0; i < bank_count(b); i++)
        put_question(&x, bank_question(b, i), &category);
    return fflush(out) == 0 && !ferror(out);
}

const char *gift_export_catalog_urdu(void *ctx, const Question *q, const char *field,
                                     const char *english)
{
    (void)ctx;
    Lang was = i18n_lang();
    char msg[256];
    if (was != LANG_UR && !i18n_set_lang(LANG_UR, msg, sizeof msg)) {
        i18n_set_lang(was, msg, sizeof msg);
        return NULL;
    }
    const char *ur =
        strcmp(field, "category") == 0 ? i18n_category(english) : i18n_bank(q->id, field, english);
    if (was != LANG_UR)
        i18n_set_lang(was, msg, sizeof msg);
    return ur;
}
