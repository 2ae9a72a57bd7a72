/* The GIFT export: bilingual multilang output, and the round trip (reading
 * the export gives the same questions in both languages) over the bundled
 * bank with its Urdu from the catalog, the example bank, and hard texts. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bank.h"
#include "gift_export.h"
#include "i18n.h"
#include "testutil.h"
#include "util.h"

#define BUILD_LOCALE AMAN_BUILD_DIR "/locale"

static char *export(const Bank *b, GiftUrduFn urdu)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    ck_assert(gift_export(b, f, urdu, NULL));
    fclose(f);
    return buf;
}

static Bank *reread(const char *gift)
{
    Bank *b = bank_new();
    Diag d = {0};
    bool ok = bank_add_gift(b, "export.gift", gift, strlen(gift), &d);
    if (!ok || d.count)
        test_diag_dump(&d);
    ck_assert(ok);
    ck_assert_uint_eq(d.count, 0);
    diag_clear(&d);
    return b;
}

static void same_str(const char *a, const char *b, const char *id, const char *field)
{
    ck_assert_msg((!a && !b) || (a && b && strcmp(a, b) == 0), "%s %s: '%s' != '%s'", id, field,
                  a ? a : "(null)", b ? b : "(null)");
}

static void close_to(double a, double b, const char *id)
{
    ck_assert_msg(a == b || fabs(a - b) <= 1e-12 * fmax(1, fabs(a)), "%s: %.17g != %.17g", id, a,
                  b);
}

/* Every text field of q by its i18n_bank name, into names (40 bytes each). */
static int field_names(const Question *q, char names[][40])
{
    static const char *const fixed[] = {"question", "general", "source", "tf.wrong", "tf.right"};
    int n = 0;
    for (size_t i = 0; i < ARRAY_LEN(fixed); i++)
        snprintf(names[n++], 40, "%s", fixed[i]);
    for (int i = 0; i < q->n_choices; i++) {
        i18n_field_choice(names[n++], 40, i + 1);
        i18n_field_choice_feedback(names[n++], 40, i + 1);
    }
    for (int i = 0; i < q->n_numeric; i++)
        i18n_field_numeric_feedback(names[n++], 40, i + 1);
    return n;
}

/* The Urdu a text had before the export: its own, else the lookup's. */
static const char *urdu_before(const Question *q, const char *field, GiftUrduFn urdu)
{
    const char *en = question_english(q, field), *ur = question_urdu(q, field);
    if (!ur && urdu && en)
        ur = urdu(NULL, q, field, en);
    return ur && en && strcmp(ur, en) != 0 ? ur : NULL;
}

/* Compares a and b question by question; returns the Urdu texts seen. */
static int same_banks(const Bank *a, const Bank *b, GiftUrduFn urdu)
{
    int urdu_texts = 0;
    ck_assert_uint_eq(bank_count(a), bank_count(b));
    for (size_t i = 0; i < bank_count(a); i++) {
        const Question *p = bank_question(a, i), *q = bank_question(b, i);
        same_str(p->id, q->id, p->id, "id");
        same_str(p->category, q->category, p->id, "category");
        ck_assert_int_eq(p->kind, q->kind);
        ck_assert_int_eq(p->difficulty, q->difficulty);
        ck_assert_int_eq(p->tf_answer, q->tf_answer);
        ck_assert_int_eq(p->n_choices, q->n_choices);
        ck_assert_int_eq(p->n_numeric, q->n_numeric);
        for (int k = 0; k < p->n_choices; k++)
            close_to(p->choices[k].weight, q->choices[k].weight, p->id);
        for (int k = 0; k < p->n_numeric; k++) {
            close_to(p->numeric[k].min, q->numeric[k].min, p->id);
            close_to(p->numeric[k].max, q->numeric[k].max, p->id);
            close_to(p->numeric[k].value, q->numeric[k].value, p->id);
            close_to(p->numeric[k].weight, q->numeric[k].weight, p->id);
            ck_assert_int_eq(p->numeric[k].otherwise, q->numeric[k].otherwise);
        }
        char names[40][40];
        int n = field_names(p, names);
        for (int k = 0; k < n; k++) {
            same_str(question_english(p, names[k]), question_english(q, names[k]), p->id, names[k]);
            const char *ur = urdu_before(p, names[k], urdu);
            same_str(ur, question_urdu(q, names[k]), p->id, names[k]);
            urdu_texts += ur != NULL;
        }
    }
    return urdu_texts;
}

/* ---- core ---- */

START_TEST(bundled_bank_round_trips_with_its_urdu_from_the_catalog)
{
    char msg[512];
    ck_assert_msg(i18n_start(BUILD_LOCALE, LANG_EN, msg, sizeof msg), "%s", msg);
    Bank *a = bank_new();
    Diag d = {0};
    ck_assert(bank_load_path(a, AMAN_SOURCE_DIR "/questions/un-peacekeeping.gift", &d));
    char *gift = export(a, gift_export_catalog_urdu);
    ck_assert_ptr_nonnull(strstr(gift, "<span lang\\=\"ur\" class\\=\"multilang\">"));
    Bank *b = reread(gift);
    int urdu = same_banks(a, b, gift_export_catalog_urdu);
    /* Every question's text has its Urdu: the round trip is not vacuous. */
    ck_assert_int_ge(urdu, (int)bank_count(a) * 3);
    for (size_t i = 0; i < bank_count(b); i++)
        ck_assert_ptr_nonnull(bank_question(b, i)->text_ur);
    ck_assert_uint_eq(bank_count_lacking_urdu(b, 0, NULL, NULL), 0);
    ck_assert_str_eq(bank_question(b, 0)->category_ur, "ملاقات");
    ck_assert_int_eq(i18n_lang(), LANG_EN); /* the lookups switched back */
    free(gift);
    diag_clear(&d);
    bank_free(a);
    bank_free(b);
}
END_TEST

START_TEST(example_banks_round_trip)
{
    Bank *a = bank_new();
    Diag d = {0};
    ck_assert(bank_load_path(a, AMAN_SOURCE_DIR "/questions/examples", &d));
    ck_assert_uint_ge(bank_count(a), 5);
    char *gift = export(a, NULL);
    Bank *b = reread(gift);
    ck_assert_int_ge(same_banks(a, b, NULL), 5);
    free(gift);
    diag_clear(&d);
    bank_free(a);
    bank_free(b);
}
END_TEST

START_TEST(hard_texts_round_trip)
{
    const char *src =
        "$CATEGORY: $course$/top/A & B\n\n"
        "// @source: a \\{b\\} c \\= d \\~ e \\# f \\: g \\\\ h <i>\n"
        "::odd\\:id\\#1::[html]Line one<br>x &lt; y &amp;&amp; \\{z\\}: 100% \\~ \\= \\# ok?{\n"
        "=%100%{mlang en}A{mlang}{mlang ur}ا{mlang}#fine\n"
        "~%-50%<b>bold</b> \\\\ slash#\n"
        "~%25.5%quarter\n"
        "~%74.5%three\n"
        "}\n\n"
        "::num::N?{#=%100%0.1:0.05#a ~#other\n=%50%-3..1e3}\n\n"
        "::tf::T?{F##only right}\n";
    Bank *a = bank_new();
    Diag d = {0};
    ck_assert(bank_add_gift(a, "hard.gift", src, strlen(src), &d));
    if (d.count)
        test_diag_dump(&d);
    const Question *q = bank_find(a, "odd:id#1");
    ck_assert_str_eq(q->text, "Line one\nx < y && {z}: 100% ~ = # ok?");
    char *gift = export(a, NULL);
    Bank *b = reread(gift);
    same_banks(a, b, NULL);
    ck_assert_str_eq(bank_find(b, "odd:id#1")->source, "a {b} c = d ~ e # f : g \\ h <i>");
    free(gift);
    diag_clear(&d);
    bank_free(a);
    bank_free(b);
}
END_TEST

START_TEST(export_writes_metadata_and_spans)
{
    const char *src = "// @difficulty: 3\n::m::{mlang en}Yes?{mlang}{mlang ur}ہاں؟{mlang}{T}\n";
    Bank *a = bank_new();
    Diag d = {0};
    ck_assert(bank_add_gift(a, "t.gift", src, strlen(src), &d));
    char *gift = export(a, NULL);
    ck_assert_ptr_nonnull(strstr(gift, "// @difficulty: 3\n::m::[html]<span lang\\=\"en\" "
                                       "class\\=\"multilang\">Yes?</span><span lang\\=\"ur\" "
                                       "class\\=\"multilang\">ہاں؟</span> {TRUE\n}\n"));
    free(gift);
    diag_clear(&d);
    bank_free(a);
}
END_TEST

static Suite *gift_export_suite(void)
{
    Suite *s = suite_create("gift_export");
    TCase *core = tcase_create("core");
    tcase_add_test(core, bundled_bank_round_trips_with_its_urdu_from_the_catalog);
    tcase_add_test(core, example_banks_round_trip);
    tcase_add_test(core, hard_texts_round_trip);
    tcase_add_test(core, export_writes_metadata_and_spans);
    suite_add_tcase(s, core);
    return s;
}

int main(void)
{
    return run_suite(gift_export_suite());
}
