/* quiz: the rules of one round. Pure core: no I/O, no clock of its own.
 * Every call that needs the time takes now_ms (any monotonic millisecond
 * clock, e.g. SDL_GetTicks64), so tests drive the clock.
 *
 * A Quiz borrows its questions: the pool array may be freed after quiz_new,
 * but every Question it points to (normally owned by a Bank) must outlive
 * the Quiz. A Quiz never modifies a Question; the shuffled order of the
 * choices is kept as a permutation per question ("displayed" index ->
 * index into Question.choices).
 *
 * Life of a round:
 *   quiz_new -> quiz_start(now) -> [quiz_answer_* | quiz_tick/quiz_timeout |
 *   quiz_skip] -> feedback (quiz_state == QUIZ_FEEDBACK) -> quiz_next(now) ->
 *   ... -> QUIZ_FINISHED -> quiz_summary -> quiz_free. */
#ifndef AMAN_QUIZ_H
#define AMAN_QUIZ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "question.h"

#define QUIZ_MAX_TEAMS 6
/* The credit from which an answer counts as fully correct. */
#define QUIZ_FULL_MARKS 0.9999

typedef struct Quiz Quiz;
typedef struct Settings Settings; /* settings.h */

typedef struct {
    int round_length;      /* questions in the round; fewer if the pool is smaller */
    int points;            /* points for a fully correct answer */
    bool partial_credit;   /* false: only a fully correct answer scores */
    bool speed_bonus;      /* needs time_limit_s > 0 */
    int speed_bonus_max;   /* bonus for an instant answer, falls linearly to 0 */
    bool streak_bonus;     /* from the 3rd consecutive correct answer on */
    int streak_bonus_step; /* bonus = step * (streak - 2) */
    int time_limit_s;      /* per question; 0 = no limit */
    int pass_mark;         /* percent of questions correct to pass (training) */
    int teams;             /* 0 or 1: solo; 2..QUIZ_MAX_TEAMS take turns */

    /* Filters (drills). All given filters must hold. Borrowed pointers: only
     * read during quiz_new. */
    const char *category;   /* exact Question.category, or NULL for any */
    int difficulty;         /* 1..3, or 0 for any */
    const char *const *ids; /* only these question ids ("drill my mistakes"), */
    size_t n_ids;           /* or ids == NULL for any */
} QuizConfig;

/* Fills the defaults of the settings table (10 questions, 100 points, ...). */
void quiz_config_defaults(QuizConfig *cfg);
/* Fills the scoring and round fields from settings; the filters are cleared
 * and teams is 0 (solo): classroom mode sets cfg->teams itself, from the
 * "teams" setting or --teams. */
void quiz_config_from_settings(QuizConfig *cfg, const Settings *s);

typedef enum {
    QUIZ_WRONG,   /* no credit (also: timed out, skipped) */
    QUIZ_PARTIAL, /* 0 < fraction < 1 */
    QUIZ_CORRECT, /* full credit */
} QuizVerdict;

typedef enum {
    QUIZ_READY,    /* built, quiz_start not yet called */
    QUIZ_ASKING,   /* the current question waits for an answer */
    QUIZ_FEEDBACK, /* the current question has its outcome; quiz_next moves on */
    QUIZ_FINISHED, /* past the last question */
} QuizState;

typedef struct {
    QuizVerdict verdict;
    bool timed_out;  /* the time limit expired (verdict is QUIZ_WRONG) */
    bool skipped;    /* quiz_skip (teacher): no score, streak kept */
    double fraction; /* credit 0..1 (0 when partial credit is off and not correct) */
    int base_points; /* round(points * fraction) */
    int speed_bonus;
    int streak_bonus;
    int points;         /* base_points + speed_bonus + streak_bonus */
    int streak;         /* consecutive correct answers including this one */
    int64_t elapsed_ms; /* from question shown to answer, pauses excluded */
    int team;           /* team that answered, 0-based (0 when solo) */

    /* What was chosen, in displayed terms (for the feedback card). */
    int chosen;           /* QKIND_CHOICE: displayed index, -1 if none */
    unsigned chosen_mask; /* QKIND_MULTI: bit i = displayed choice i */
    bool chosen_tf;       /* QKIND_TRUEFALSE */
    double chosen_number; /* QKIND_NUMERIC */
    char chosen_text[96]; /* QKIND_SHORT: what was typed (cut at a character) */
    bool answered;        /* false on timeout / skip: nothing was chosen */

    /* The right answer, in displayed terms. */
    unsigned correct_mask; /* CHOICE/MULTI: bit i set when displayed choice i has
                              weight > 0 (CHOICE: weight == 1) */
    bool correct_tf;
    double correct_number; /* NUMERIC: value of the best graded answer */

    /* Per-answer feedback from the bank (chosen choice, numeric answer or
     * true/false branch), or NULL. Owned by the Question. */
    const char *feedback;
    /* The choice as stored in results (stable across shuffles and
     * languages): CHOICE "2" (1-based index in the GIFT order), MULTI "1+3",
     * TRUEFALSE "true"/"false", NUMERIC "%.15g", SHORT the typed text,
     * timeout/skip "". */
    char chosen_key[32];
} QuizOutcome;

typedef struct {
    int score;       /* all points, bonuses included (solo) */
    int n_questions; /* in the round */
    int n_correct;   /* fully correct */
    int n_partial;
    int n_wrong; /* wrong, timed out */
    int n_skipped;
    double accuracy; /* n_correct / (n_questions - n_skipped), 0..1; 0 if none */
    bool passed;     /* accuracy * 100 >= pass_mark */
    int best_streak;
    int64_t total_ms; /* sum of elapsed_ms */
    int team_scores[QUIZ_MAX_TEAMS];
    int n_teams;          /* 0 when solo */
    size_t n_missed;      /* round indices not fully correct (skips excluded) */
    const size_t *missed; /* in round order; owned by the Quiz, valid until quiz_free */
} QuizSummary;

/* Builds a round from pool[0..n): applies cfg's filters, then draws up to
 * cfg->round_length questions without repeats (duplicated pointers or ids
 * in the pool count once), round-robin over category buckets, each pick
 * taking the difficulty drawn least so far, then shuffles the order and each
 * question's choices, all from seed: the same pool, cfg and seed give the
 * same round. Returns NULL when no question passes the filters. The caller
 * frees with quiz_free. */
Quiz *quiz_new(const Question *const *pool, size_t n, const QuizConfig *cfg, uint64_t seed);
void quiz_free(Quiz *q);

/* Shows the first question: its clock starts at now_ms. */
void quiz_start(Quiz *q, int64_t now_ms);
QuizState quiz_state(const Quiz *q);
size_t quiz_length(const Quiz *q);                      /* questions in the round */
size_t quiz_index(const Quiz *q);                       /* 0-based current question */
const Question *quiz_current(const Quiz *q);            /* NULL when finished */
const Question *quiz_question(const Quiz *q, size_t i); /* round order; NULL past the end */
int quiz_teams(const Quiz *q);                          /* teams taking turns; 0 when solo */
int quiz_team(const Quiz *q);                           /* team whose turn it is, 0-based */
int quiz_team_score(const Quiz *q, int team);
int quiz_score(const Quiz *q);  /* running total */
int quiz_streak(const Quiz *q); /* current streak */

/* Choice `displayed` of round question i as shown on screen, and the index
 * into Question.choices it stands for (-1 / NULL when out of range). */
const Choice *quiz_choice(const Quiz *q, size_t i, int displayed);
int quiz_choice_original(const Quiz *q, size_t i, int displayed);

/* Answering: only in QUIZ_ASKING and with an answer of the current
 * question's kind. Returns the outcome (owned by the Quiz, valid until
 * quiz_free), state becomes QUIZ_FEEDBACK; or NULL when the answer is not
 * accepted (wrong state, kind or index, empty multi mask, or paused),
 * nothing changes. An answer given after the time limit counts as a
 * timeout. */
const QuizOutcome *quiz_answer_choice(Quiz *q, int displayed, int64_t now_ms);
const QuizOutcome *quiz_answer_multi(Quiz *q, unsigned displayed_mask, int64_t now_ms);
const QuizOutcome *quiz_answer_truefalse(Quiz *q, bool value, int64_t now_ms);
const QuizOutcome *quiz_answer_number(Quiz *q, double value, int64_t now_ms);
/* QKIND_SHORT: the typed text against every accepted answer, English and
 * Urdu forms (answermatch.h); the best weight that matches counts, and its
 * feedback. chosen_key is the typed text (cut to fit). */
const QuizOutcome *quiz_answer_text(Quiz *q, const char *typed, int64_t now_ms);
/* Ends the current question unanswered as timed out (NULL if not asking). */
const QuizOutcome *quiz_timeout(Quiz *q, int64_t now_ms);
/* Teacher's skip: no points, not a miss, the streak is kept. */
const QuizOutcome *quiz_skip(Quiz *q, int64_t now_ms);
/* Call every frame: when the limit has run out, records the timeout and
 * returns its outcome; otherwise NULL. */
const QuizOutcome *quiz_tick(Quiz *q, int64_t now_ms);
/* Milliseconds left on the current question's limit (0 when expired), or -1
 * when there is no limit or no question is being asked. */
int64_t quiz_time_left_ms(const Quiz *q, int64_t now_ms);
/* Pause / resume stop the question clock (classroom pause, "Still there?"). */
void quiz_pause(Quiz *q, int64_t now_ms);
void quiz_resume(Quiz *q, int64_t now_ms);
bool quiz_paused(const Quiz *q);
/* Adds time to the current question's limit (teacher: extend the timer). */
void quiz_extend(Quiz *q, int64_t extra_ms);

/* Outcome of round question i, or NULL while it has none. */
const QuizOutcome *quiz_outcome(const Quiz *q, size_t i);
/* From QUIZ_FEEDBACK: next question (its clock starts at now_ms), or
 * QUIZ_FINISHED after the last. Returns false when not in QUIZ_FEEDBACK. */
bool quiz_next(Quiz *q, int64_t now_ms);
/* Ends the round early (teacher): unasked questions are left out of the summary. */
void quiz_end(Quiz *q);
/* Totals so far (complete once QUIZ_FINISHED). */
QuizSummary quiz_summary(const Quiz *q);

#endif
