/* question: one playable card, as the bank parser produces it and the quiz,
 * the localization and the SDL layer read it. Plain data: every string is
 * owned by the Bank that holds the question and lives as long as the Bank.
 *
 * Texts come in two forms. The plain field (text, feedback, ...) is the
 * English form, or the only form a text has (an Urdu-only text is there
 * too). Its "_ur" sibling is the Urdu the file itself gives (Moodle
 * multilang), or NULL: then the Urdu comes from locale/ur.po (i18n_bank),
 * or the one form shows in both languages. */
#ifndef AMAN_QUESTION_H
#define AMAN_QUESTION_H

#include <stdbool.h>
#include <stddef.h>

#define QUESTION_MAX_CHOICES 6
#define QUESTION_MAX_NUMERIC 8

typedef enum {
    QKIND_CHOICE,    /* one right answer among 2-6 (GIFT "=right ~wrong") */
    QKIND_MULTI,     /* several right answers with weights (GIFT "~%50%a") */
    QKIND_TRUEFALSE, /* GIFT {T} / {F} */
    QKIND_NUMERIC,   /* GIFT {#value:tolerance}, {#min..max}, graded "=" answers */
    QKIND_SHORT,     /* GIFT short answer {=a =%50%b}: typed, matched by answermatch.h;
                        the accepted answers are the choices */
} QuestionKind;

typedef struct {
    const char *text;                  /* plain text, never empty */
    double weight;                     /* fraction of full marks, -1..1; 1 = the right answer */
    const char *feedback;              /* per-answer feedback, or NULL */
    const char *text_ur, *feedback_ur; /* the file's own Urdu, or NULL */
} Choice;

typedef struct {
    double min, max;      /* accepted closed interval (value +- tolerance, or a range) */
    double value;         /* the value to show as "the answer" */
    double weight;        /* fraction of full marks, 0..1 */
    const char *feedback; /* or NULL */
    const char *feedback_ur;
    bool otherwise; /* Moodle's "~#feedback": any other answer (min -inf, max +inf, weight 0) */
} NumericAnswer;

typedef struct {
    const char *id;               /* stable id: GIFT ::title::, or "<file name>:<line>" */
    const char *category;         /* topic from $CATEGORY:, or "" */
    const char *text;             /* the question, plain text */
    const char *general_feedback; /* GIFT "####...": explains the answer, or NULL */
    const char *source;           /* verbatim sentence of the statement (metadata), or NULL */
    int difficulty;               /* 1..3 (metadata); 2 when not given */
    QuestionKind kind;

    /* QKIND_CHOICE and QKIND_MULTI; QKIND_SHORT: the accepted answers */
    Choice choices[QUESTION_MAX_CHOICES];
    int n_choices;

    /* QKIND_TRUEFALSE */
    bool tf_answer;
    const char *tf_feedback_wrong; /* GIFT {T#wrong#right}, or NULL */
    const char *tf_feedback_right;

    /* QKIND_NUMERIC */
    NumericAnswer numeric[QUESTION_MAX_NUMERIC];
    int n_numeric;

    /* The file's own Urdu of the texts above, or NULL (see the top). */
    const char *text_ur, *general_feedback_ur, *source_ur, *category_ur;
    const char *tf_feedback_wrong_ur, *tf_feedback_right_ur;

    const char *file; /* where it was read, for messages and extraction */
    int line;         /* 1-based line of the question's first character */
    int col;          /* 1-based column of that character, in characters */
} Question;

/* The file's own Urdu of one text of q, by the field names of i18n_bank
 * ("question", "choice.N", "choice.N.feedback", "tf.wrong", "tf.right",
 * "numeric.N.feedback", "general", "source"; N 1-based), or NULL when the
 * file gives none or the field is unknown. q may be NULL. */
const char *question_urdu(const Question *q, const char *field);

/* QKIND_SHORT: the first accepted answer worth full marks (shown as "the
 * answer"), or NULL. */
const Choice *question_short_answer(const Question *q);

/* The English form of that field (the plain member), or NULL. */
const char *question_english(const Question *q, const char *field);

#endif
