/* libFuzzer target for the GIFT parser: any bytes must give either a bank
 * that keeps question.h's promises or errors, never a crash or a leak.
 * Built with -DAMAN_FUZZ=ON (clang); run by .ci/steps/fuzz.sh. */
#include <stdint.h>
#include <stdlib.h>

#include "bank.h"

static void check(const Bank *b)
{
    for (size_t i = 0; i < bank_count(b); i++) {
        const Question *q = bank_question(b, i);
        if (!q->text[0] || !q->id[0] || bank_find(b, q->id) != q)
            abort();
        if ((q->kind == QKIND_CHOICE || q->kind == QKIND_MULTI) &&
            (q->n_choices < 2 || q->n_choices > QUESTION_MAX_CHOICES))
            abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Bank *b = bank_new();
    Diag d = {0};
    bank_add_gift(b, "fuzz.gift", (const char *)data, size, &d);
    /* A second file with the same text: every id is a duplicate. */
    if (bank_count(b) > 0 && bank_add_gift(b, "fuzz.gift", (const char *)data, size, &d))
        abort();
    check(b);
    char line[256];
    for (size_t i = 0; i < d.count; i++)
        diag_format(&d.items[i], line, sizeof line);
    diag_clear(&d);
    bank_free(b);
    return 0;
}
