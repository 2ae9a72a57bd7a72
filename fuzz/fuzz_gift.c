/* libFuzzer target for the GIFT parser: any bytes must give either a bank
 * that keeps question.h's promises or errors, never a crash or a leak; a
 * bank that loads must export (gift_export.h) to GIFT that loads again with
 * the same questions; names repeated across files get derived ids. The
 * multilang picker and the short-answer matcher run on the raw bytes too.
 * Built with -DAMAN_FUZZ=ON (clang); run by .ci/steps/fuzz.sh, seeded from
 * the fixtures, the banks and fuzz/seeds/, with fuzz/gift.dict. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "answermatch.h"
#include "bank.h"
#include "gift_export.h"
#include "multilang.h"

static void check(const Bank *b)
{
    for (size_t i = 0; i < bank_count(b); i++) {
        const Question *q = bank_question(b, i);
        if (!q->text[0] || !q->id[0] || bank_find(b, q->id) != q)
            abort();
        if ((q->kind == QKIND_CHOICE || q->kind == QKIND_MULTI) &&
            (q->n_choices < 2 || q->n_choices > QUESTION_MAX_CHOICES))
            abort();
        if (q->kind == QKIND_SHORT && (q->n_choices < 1 || !question_short_answer(q)))
            abort();
        for (int c = 0; q->kind == QKIND_SHORT && c < q->n_choices; c++)
            answermatch(q->choices[c].text, q->text);
    }
}

/* The export of b loads again, as many questions. */
static void round_trip(const Bank *b)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f || !gift_export(b, f, NULL, NULL))
        abort();
    fclose(f);
    Bank *again = bank_new();
    Diag d = {0};
    if (!bank_add_gift(again, "export.gift", buf, len, &d) || bank_count(again) != bank_count(b))
        abort();
    diag_clear(&d);
    bank_free(again);
    free(buf);
}

static void pick(const uint8_t *data, size_t size)
{
    char *out = malloc(size + 1);
    multilang_pick((const char *)data, size, ML_EN, out, NULL);
    multilang_pick((const char *)data, size, ML_UR, out, NULL);
    free(out);
    char *s = malloc(size + 1);
    memcpy(s, data, size);
    s[size] = '\0';
    char *mid = s + strlen(s) / 2;
    answermatch(mid, s);
    free(s);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pick(data, size);
    Bank *b = bank_new();
    Diag d = {0};
    bool ok = bank_add_gift(b, "fuzz.gift", (const char *)data, size, &d);
    size_t n = bank_count(b);
    if (ok && n > 0)
        round_trip(b);
    /* A second file with the same text: every name repeats, and each
     * question gets a derived id of its own. */
    if (ok && n > 0 &&
        (!bank_add_gift(b, "fuzz.gift", (const char *)data, size, &d) || bank_count(b) != 2 * n))
        abort();
    check(b);
    char line[256];
    for (size_t i = 0; i < d.count; i++)
        diag_format(&d.items[i], line, sizeof line);
    diag_clear(&d);
    bank_free(b);
    return 0;
}
