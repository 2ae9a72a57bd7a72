/* question: the field names of a question's texts (see question.h), shared
 * by the bank's own Urdu, the catalog lookups and the GIFT export. */
#include "question.h"

#include <stdlib.h>
#include <string.h>

/* The pair of pointers behind one field name, or false. */
static bool field_pair(const Question *q, const char *field, const char **en, const char **ur)
{
    static const struct {
        const char *name;
        size_t en, ur;
    } plain[] = {
        {"question", offsetof(Question, text), offsetof(Question, text_ur)},
        {"general", offsetof(Question, general_feedback), offsetof(Question, general_feedback_ur)},
        {"source", offsetof(Question, source), offsetof(Question, source_ur)},
        {"tf.wrong", offsetof(Question, tf_feedback_wrong),
         offsetof(Question, tf_feedback_wrong_ur)},
        {"tf.right", offsetof(Question, tf_feedback_right),
         offsetof(Question, tf_feedback_right_ur)},
    };
    const char *base = (const char *)q;
    for (size_t i = 0; i < sizeof plain / sizeof plain[0]; i++) {
        if (strcmp(field, plain[i].name) == 0) {
            *en = *(const char *const *)(base + plain[i].en);
            *ur = *(const char *const *)(base + plain[i].ur);
            return true;
        }
    }
    bool choice = strncmp(field, "choice.", 7) == 0, numeric = strncmp(field, "numeric.", 8) == 0;
    if (!choice && !numeric)
        return false;
    char *end;
    long n = strtol(field + (choice ? 7 : 8), &end, 10);
    bool fb = strcmp(end, ".feedback") == 0;
    if (n < 1 || n > (choice ? q->n_choices : q->n_numeric) || (*end && !fb) || (numeric && !fb))
        return false;
    if (numeric) {
        *en = q->numeric[n - 1].feedback;
        *ur = q->numeric[n - 1].feedback_ur;
    } else {
        *en = fb ? q->choices[n - 1].feedback : q->choices[n - 1].text;
        *ur = fb ? q->choices[n - 1].feedback_ur : q->choices[n - 1].text_ur;
    }
    return true;
}

const char *question_urdu(const Question *q, const char *field)
{
    const char *en, *ur;
    return q && field && field_pair(q, field, &en, &ur) ? ur : NULL;
}

const char *question_english(const Question *q, const char *field)
{
    const char *en, *ur;
    return q && field && field_pair(q, field, &en, &ur) ? en : NULL;
}

const Choice *question_short_answer(const Question *q)
{
    for (int i = 0; q && q->kind == QKIND_SHORT && i < q->n_choices; i++)
        if (q->choices[i].weight > 0.9999)
            return &q->choices[i];
    return NULL;
}
