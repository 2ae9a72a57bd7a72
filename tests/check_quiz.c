/* The round rules: drawing, shuffling, grading, bonuses, the clock, teams. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "quiz.h"
#include "testutil.h"

/* ---- questions built in memory, no parser ---- */

#define MAXQ 600
static Question qs[MAXQ];
static const Question *pool[MAXQ];
static char ids[MAXQ][16];
static const char *cats[] = {"history", "law", "people", "places", "numbers"};

/* A one-right-answer question: choice 0 is right, 1-3 wrong. */
static Question *choice_q(int i, const char *cat, int difficulty)
{
    Question *q = &qs[i];
    snprintf(ids[i], sizeof ids[i], "q%d", i);
    *q = (Question){.id = ids[i],
                    .category = cat,
                    .text = "?",
                    .difficulty = difficulty,
                    .kind = QKIND_CHOICE,
                    .n_choices = 4};
    const char *texts[] = {"right", "wrong1", "wrong2", "wrong3"};
    for (int c = 0; c < 4; c++)
        q->choices[c] = (Choice){.text = texts[c], .weight = c == 0 ? 1.0 : 0.0};
    pool[i] = q;
    return q;
}

/* n questions spread over ncat categories and the three difficulties. */
static void make_pool(int n, int ncat)
{
    for (int i = 0; i < n; i++)
        choice_q(i, cats[i % ncat], 1 + (i / ncat) % 3);
}

static QuizConfig config(int round_length)
{
    QuizConfig c;
    quiz_config_defaults(&c);
    c.round_length = round_length;
    return c;
}

/* Displayed index of the choice with the given original index. */
static int displayed_of(const Quiz *z, size_t i, int orig)
{
    for (int d = 0; d < QUESTION_MAX_CHOICES; d++)
        if (quiz_choice_original(z, i, d) == orig)
            return d;
    return -1;
}

static const QuizOutcome *answer_right(Quiz *z, int64_t now)
{
    return quiz_answer_choice(z, displayed_of(z, quiz_index(z), 0), now);
}

static const QuizOutcome *answer_wrong(Quiz *z, int64_t now)
{
    return quiz_answer_choice(z, displayed_of(z, quiz_index(z), 1), now);
}

/* A one-question quiz over q with cfg, started at t=0. */
static Quiz *single(const Question *q, QuizConfig cfg)
{
    cfg.round_length = 1;
    Quiz *z = quiz_new(&q, 1, &cfg, 1);
    ck_assert_ptr_nonnull(z);
    quiz_start(z, 0);
    return z;
}

/* ---- core ---- */

START_TEST(same_seed_same_round_and_choice_order)
{
    make_pool(60, 5);
    QuizConfig c = config(10);
    Quiz *a = quiz_new(pool, 60, &c, 42), *b = quiz_new(pool, 60, &c, 42);
    Quiz *other = quiz_new(pool, 60, &c, 43);
    int same_as_other = 0;
    for (size_t i = 0; i < 10; i++) {
        ck_assert_ptr_eq(quiz_question(a, i), quiz_question(b, i));
        same_as_other += quiz_question(a, i) == quiz_question(other, i);
        for (int d = 0; d < 4; d++)
            ck_assert_int_eq(quiz_choice_original(a, i, d), quiz_choice_original(b, i, d));
    }
    ck_assert_int_lt(same_as_other, 10);
    quiz_free(a), quiz_free(b), quiz_free(other);
}
END_TEST

START_TEST(no_repeats_even_with_duplicates_in_pool)
{
    make_pool(20, 4);
    const Question *dup[40];
    for (int i = 0; i < 40; i++)
        dup[i] = pool[i % 20];
    Question copy = qs[3]; /* same id, other pointer */
    dup[39] = &copy;
    QuizConfig c = config(20);
    for (uint64_t seed = 0; seed < 50; seed++) {
        Quiz *z = quiz_new(dup, 40, &c, seed);
        ck_assert_uint_eq(quiz_length(z), 20);
        for (size_t i = 0; i < 20; i++)
            for (size_t j = i + 1; j < 20; j++)
                ck_assert_str_ne(quiz_question(z, i)->id, quiz_question(z, j)->id);
        quiz_free(z);
    }
}
END_TEST

START_TEST(categories_are_balanced)
{
    make_pool(100, 5); /* 20 per category */
    QuizConfig c = config(10);
    for (uint64_t seed = 0; seed < 30; seed++) {
        Quiz *z = quiz_new(pool, 100, &c, seed);
        int count[5] = {0};
        for (size_t i = 0; i < 10; i++)
            for (int k = 0; k < 5; k++)
                count[k] += strcmp(quiz_question(z, i)->category, cats[k]) == 0;
        for (int k = 0; k < 5; k++)
            ck_assert_int_eq(count[k], 2);
        quiz_free(z);
    }
}
END_TEST

START_TEST(difficulties_are_spread)
{
    make_pool(90, 1); /* one category, 30 of each difficulty */
    QuizConfig c = config(9);
    for (uint64_t seed = 0; seed < 30; seed++) {
        Quiz *z = quiz_new(pool, 90, &c, seed);
        int count[4] = {0};
        for (size_t i = 0; i < 9; i++)
            count[quiz_question(z, i)->difficulty]++;
        ck_assert_int_eq(count[1], 3);
        ck_assert_int_eq(count[2], 3);
        ck_assert_int_eq(count[3], 3);
        quiz_free(z);
    }
    make_pool(90, 3); /* difficulties spread across categories too */
    c = config(6);
    Quiz *z = quiz_new(pool, 90, &c, 7);
    int count[4] = {0};
    for (size_t i = 0; i < 6; i++)
        count[quiz_question(z, i)->difficulty]++;
    ck_assert_int_eq(count[1], 2);
    ck_assert_int_eq(count[3], 2);
    quiz_free(z);
}
END_TEST

START_TEST(choice_shuffle_keeps_the_right_answer)
{
    make_pool(50, 5);
    QuizConfig c = config(10);
    int moved = 0;
    for (uint64_t seed = 0; seed < 20; seed++) {
        Quiz *z = quiz_new(pool, 50, &c, seed);
        quiz_start(z, 0);
        for (size_t i = 0; i < 10; i++) {
            int d = displayed_of(z, i, 0);
            moved += d != 0;
            ck_assert_str_eq(quiz_choice(z, i, d)->text, "right");
            const QuizOutcome *o = quiz_answer_choice(z, d, 1000);
            ck_assert_int_eq(o->verdict, QUIZ_CORRECT);
            ck_assert_uint_eq(o->correct_mask, 1u << d);
            ck_assert_str_eq(o->chosen_key, "1");
            ck_assert(quiz_next(z, 2000));
        }
        quiz_free(z);
    }
    ck_assert_int_gt(moved, 100);                     /* about 3/4 of 200 answers move */
    ck_assert_str_eq(qs[0].choices[0].text, "right"); /* the Question is untouched */
}
END_TEST

START_TEST(filters_by_category_difficulty_and_ids)
{
    make_pool(60, 5);
    QuizConfig c = config(100);
    c.category = "law";
    Quiz *z = quiz_new(pool, 60, &c, 1);
    ck_assert_uint_eq(quiz_length(z), 12);
    for (size_t i = 0; i < 12; i++)
        ck_assert_str_eq(quiz_question(z, i)->category, "law");
    quiz_free(z);
    c.difficulty = 2;
    z = quiz_new(pool, 60, &c, 1);
    ck_assert_uint_eq(quiz_length(z), 4);
    for (size_t i = 0; i < 4; i++)
        ck_assert_int_eq(quiz_question(z, i)->difficulty, 2);
    quiz_free(z);
    const char *want[] = {"q7", "q33", "nope", "q7"};
    c = config(10);
    c.ids = want, c.n_ids = 4;
    z = quiz_new(pool, 60, &c, 1);
    ck_assert_uint_eq(quiz_length(z), 2);
    ck_assert(strcmp(quiz_question(z, 0)->id, "q7") == 0 ||
              strcmp(quiz_question(z, 1)->id, "q7") == 0);
    quiz_free(z);
}
END_TEST

START_TEST(scoring_base_speed_and_streak)
{
    make_pool(10, 1);
    QuizConfig c = config(5);
    c.points = 100;
    c.time_limit_s = 10;
    c.speed_bonus_max = 50;
    c.streak_bonus_step = 10;
    int expect_plain[] = {100, 100, 100, 100, 100};
    int expect_both[] = {100 + 25, 100 + 25, 100 + 25 + 10, 100 + 25 + 20, 100 + 25 + 30};
    for (int mode = 0; mode < 2; mode++) {
        c.speed_bonus = c.streak_bonus = mode == 1;
        Quiz *z = quiz_new(pool, 10, &c, 3);
        int64_t t = 0;
        quiz_start(z, t);
        for (int i = 0; i < 5; i++) {
            const QuizOutcome *o = answer_right(z, t + 5000); /* half the time left */
            ck_assert_int_eq(o->points, mode ? expect_both[i] : expect_plain[i]);
            ck_assert_int_eq(o->points, o->base_points + o->speed_bonus + o->streak_bonus);
            ck_assert_int_eq(o->streak, i + 1);
            t += 6000;
            quiz_next(z, t);
        }
        ck_assert_int_eq(quiz_score(z), mode ? 625 + 60 : 500);
        quiz_free(z);
    }
}
END_TEST

START_TEST(streak_resets_on_a_miss)
{
    make_pool(10, 1);
    QuizConfig c = config(6);
    c.streak_bonus = true;
    c.streak_bonus_step = 10;
    Quiz *z = quiz_new(pool, 10, &c, 3);
    quiz_start(z, 0);
    int right[] = {1, 1, 1, 0, 1, 1};
    int bonus[] = {0, 0, 10, 0, 0, 0};
    for (int i = 0; i < 6; i++) {
        const QuizOutcome *o = right[i] ? answer_right(z, 100) : answer_wrong(z, 100);
        ck_assert_int_eq(o->streak_bonus, bonus[i]);
        quiz_next(z, 200);
    }
    QuizSummary s = quiz_summary(z);
    ck_assert_int_eq(s.best_streak, 3);
    ck_assert_int_eq(s.score, 500 + 10);
    quiz_free(z);
}
END_TEST

START_TEST(partial_credit_from_weights)
{
    Question m = {.id = "m", .category = "", .text = "?", .kind = QKIND_MULTI, .n_choices = 4};
    double w[] = {0.5, 0.5, -0.5, -0.5};
    for (int k = 0; k < 4; k++)
        m.choices[k] = (Choice){.text = "x", .weight = w[k]};
    QuizConfig c = config(1);
    Quiz *z = single(&m, c);
    unsigned both = 1u << displayed_of(z, 0, 0) | 1u << displayed_of(z, 0, 1);
    const QuizOutcome *o = quiz_answer_multi(z, both, 10);
    ck_assert_int_eq(o->verdict, QUIZ_CORRECT);
    ck_assert_int_eq(o->points, 100);
    ck_assert_uint_eq(o->correct_mask, both);
    ck_assert_str_eq(o->chosen_key, "1+2");
    quiz_free(z);

    z = single(&m, c);
    unsigned one_good_one_bad = 1u << displayed_of(z, 0, 0) | 1u << displayed_of(z, 0, 2);
    ck_assert_int_eq(quiz_answer_multi(z, one_good_one_bad, 10)->verdict, QUIZ_WRONG);
    quiz_free(z);

    z = single(&m, c);
    o = quiz_answer_multi(z, 1u << displayed_of(z, 0, 1), 10);
    ck_assert_int_eq(o->verdict, QUIZ_PARTIAL);
    ck_assert_double_eq_tol(o->fraction, 0.5, 1e-9);
    ck_assert_int_eq(o->points, 50);
    quiz_free(z);

    c.partial_credit = false;
    z = single(&m, c);
    o = quiz_answer_multi(z, 1u << displayed_of(z, 0, 1), 10);
    ck_assert_int_eq(o->verdict, QUIZ_PARTIAL);
    ck_assert_int_eq(o->points, 0);
    quiz_free(z);

    Question s1 = *choice_q(0, "", 2);
    s1.choices[2].weight = 0.25; /* a half-right distractor */
    s1.choices[2].feedback = "nearly";
    z = single(&s1, config(1));
    o = quiz_answer_choice(z, displayed_of(z, 0, 2), 10);
    ck_assert_int_eq(o->verdict, QUIZ_PARTIAL);
    ck_assert_int_eq(o->points, 25);
    ck_assert_str_eq(o->feedback, "nearly");
    quiz_free(z);
}
END_TEST

START_TEST(numeric_tolerance_ranges_and_grades)
{
    Question n = {.id = "n", .category = "", .text = "?", .kind = QKIND_NUMERIC, .n_numeric = 3};
    n.numeric[0] = (NumericAnswer){.min = 1958, .max = 1962, .value = 1960, .weight = 1};
    n.numeric[1] = (NumericAnswer){.min = 1950, .max = 1970, .value = 1960, .weight = 0.5};
    n.numeric[2] = (NumericAnswer){.min = 0.1, .max = 0.3, .value = 0.2, .weight = 0.1};
    struct {
        double x;
        QuizVerdict v;
        int points;
    } cases[] = {
        {1960, QUIZ_CORRECT, 100},     {1958, QUIZ_CORRECT, 100}, {1962, QUIZ_CORRECT, 100},
        {1962.5, QUIZ_PARTIAL, 50},    {1970, QUIZ_PARTIAL, 50},  {1971, QUIZ_WRONG, 0},
        {0.1 + 0.2, QUIZ_PARTIAL, 10}, {-5, QUIZ_WRONG, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        Quiz *z = single(&n, config(1));
        const QuizOutcome *o = quiz_answer_number(z, cases[i].x, 10);
        ck_assert_msg(o->verdict == cases[i].v, "%g: verdict %d", cases[i].x, o->verdict);
        ck_assert_int_eq(o->points, cases[i].points);
        ck_assert_double_eq(o->correct_number, 1960);
        quiz_free(z);
    }
}
END_TEST

START_TEST(true_false_and_its_feedback)
{
    Question t = {.id = "t",
                  .category = "",
                  .text = "?",
                  .kind = QKIND_TRUEFALSE,
                  .tf_answer = false,
                  .tf_feedback_wrong = "no",
                  .tf_feedback_right = "yes"};
    Quiz *z = single(&t, config(1));
    const QuizOutcome *o = quiz_answer_truefalse(z, true, 10);
    ck_assert_int_eq(o->verdict, QUIZ_WRONG);
    ck_assert_str_eq(o->feedback, "no");
    ck_assert_str_eq(o->chosen_key, "true");
    ck_assert(!o->correct_tf);
    quiz_free(z);
    z = single(&t, config(1));
    ck_assert_str_eq(quiz_answer_truefalse(z, false, 10)->feedback, "yes");
    quiz_free(z);
}
END_TEST

START_TEST(time_limit_expires_with_the_given_clock)
{
    make_pool(5, 1);
    QuizConfig c = config(3);
    c.time_limit_s = 10;
    Quiz *z = quiz_new(pool, 5, &c, 9);
    quiz_start(z, 1000);
    ck_assert_int_eq(quiz_time_left_ms(z, 4000), 7000);
    ck_assert_ptr_null(quiz_tick(z, 10999));
    const QuizOutcome *o = quiz_tick(z, 11000);
    ck_assert_ptr_nonnull(o);
    ck_assert(o->timed_out && !o->answered);
    ck_assert_int_eq(o->verdict, QUIZ_WRONG);
    ck_assert_int_eq(o->elapsed_ms, 10000);
    ck_assert_int_eq(quiz_state(z), QUIZ_FEEDBACK);
    ck_assert_ptr_null(answer_right(z, 11001)); /* too late: already over */

    quiz_next(z, 20000); /* pause and extension move the deadline */
    quiz_pause(z, 25000);
    ck_assert_ptr_null(quiz_tick(z, 40000));
    ck_assert_ptr_null(answer_right(z, 40000)); /* refused while paused */
    ck_assert_int_eq(quiz_time_left_ms(z, 40000), 5000);
    quiz_resume(z, 40000);
    quiz_extend(z, 3000);
    ck_assert_int_eq(quiz_time_left_ms(z, 41000), 7000);
    o = answer_right(z, 41000);
    ck_assert_int_eq(o->verdict, QUIZ_CORRECT);
    ck_assert_int_eq(o->elapsed_ms, 6000);

    quiz_next(z, 50000); /* an answer that arrives late is a timeout */
    o = answer_right(z, 60001);
    ck_assert(o->timed_out);
    ck_assert_int_eq(o->points, 0);
    quiz_free(z);
}
END_TEST

START_TEST(teams_take_turns_and_score_apart)
{
    make_pool(12, 2);
    QuizConfig c = config(9);
    c.teams = 3;
    Quiz *z = quiz_new(pool, 12, &c, 5);
    quiz_start(z, 0);
    for (int i = 0; i < 9; i++) {
        ck_assert_int_eq(quiz_team(z), i % 3);
        const QuizOutcome *o = i % 3 == 1 ? answer_wrong(z, 10) : answer_right(z, 10);
        ck_assert_int_eq(o->team, i % 3);
        quiz_next(z, 20);
    }
    ck_assert_int_eq(quiz_team_score(z, 0), 300);
    ck_assert_int_eq(quiz_team_score(z, 1), 0);
    ck_assert_int_eq(quiz_team_score(z, 2), 300);
    QuizSummary s = quiz_summary(z);
    ck_assert_int_eq(s.n_teams, 3);
    ck_assert_int_eq(s.team_scores[2], 300);
    quiz_free(z);
}
END_TEST

START_TEST(summary_counts_and_lists_misses)
{
    make_pool(10, 2);
    QuizConfig c = config(5);
    c.pass_mark = 60;
    Quiz *z = quiz_new(pool, 10, &c, 11);
    quiz_start(z, 0);
    int64_t t = 0;
    for (int i = 0; i < 5; i++) {
        t += 1000 * (i + 1);
        if (i == 1 || i == 3)
            answer_wrong(z, t);
        else
            answer_right(z, t);
        quiz_next(z, t);
    }
    ck_assert_int_eq(quiz_state(z), QUIZ_FINISHED);
    ck_assert_ptr_null(quiz_current(z));
    QuizSummary s = quiz_summary(z);
    ck_assert_int_eq(s.n_questions, 5);
    ck_assert_int_eq(s.n_correct, 3);
    ck_assert_int_eq(s.n_wrong, 2);
    ck_assert_double_eq_tol(s.accuracy, 0.6, 1e-9);
    ck_assert(s.passed);
    ck_assert_int_eq(s.score, 300);
    ck_assert_int_eq(s.total_ms, 15000);
    ck_assert_uint_eq(s.n_missed, 2);
    ck_assert_uint_eq(s.missed[0], 1);
    ck_assert_uint_eq(s.missed[1], 3);
    const QuizOutcome *o = quiz_outcome(z, s.missed[0]);
    ck_assert_str_eq(o->chosen_key, "2");
    ck_assert_uint_eq(o->correct_mask, 1u << displayed_of(z, 1, 0));
    quiz_free(z);
}
END_TEST

/* ---- errors ---- */

START_TEST(answers_of_the_wrong_kind_or_state_are_refused)
{
    make_pool(3, 1);
    QuizConfig c = config(2);
    Quiz *z = quiz_new(pool, 3, &c, 1);
    ck_assert_ptr_null(answer_right(z, 0)); /* not started */
    quiz_start(z, 0);
    ck_assert(!quiz_next(z, 0));
    ck_assert_ptr_null(quiz_answer_truefalse(z, true, 1));
    ck_assert_ptr_null(quiz_answer_number(z, 1, 1));
    ck_assert_ptr_null(quiz_answer_multi(z, 1, 1));
    ck_assert_ptr_null(quiz_answer_choice(z, 4, 1));
    ck_assert_ptr_null(quiz_answer_choice(z, -1, 1));
    ck_assert_int_eq(quiz_state(z), QUIZ_ASKING);
    ck_assert_ptr_nonnull(answer_right(z, 1));
    ck_assert_ptr_null(answer_right(z, 2)); /* only once */
    ck_assert_int_eq(quiz_score(z), 100);
    quiz_free(z);
}
END_TEST

START_TEST(empty_or_bad_multi_masks_are_refused)
{
    Question m = {.id = "m", .category = "", .text = "?", .kind = QKIND_MULTI, .n_choices = 3};
    for (int k = 0; k < 3; k++)
        m.choices[k] = (Choice){.text = "x", .weight = k ? 0.5 : -1};
    Quiz *z = single(&m, config(1));
    ck_assert_ptr_null(quiz_answer_multi(z, 0, 1));
    ck_assert_ptr_null(quiz_answer_multi(z, 1u << 3, 1));
    ck_assert_ptr_null(quiz_answer_number(z, NAN, 1));
    ck_assert_ptr_nonnull(quiz_answer_multi(z, 7, 1));
    quiz_free(z);
}
END_TEST

START_TEST(no_matching_question_gives_no_quiz)
{
    make_pool(10, 2);
    QuizConfig c = config(10);
    c.category = "astronomy";
    ck_assert_ptr_null(quiz_new(pool, 10, &c, 1));
    c = config(10);
    ck_assert_ptr_null(quiz_new(pool, 0, &c, 1));
    c.round_length = 0;
    ck_assert_ptr_null(quiz_new(pool, 10, &c, 1));
    const char *none[] = {"zz"};
    c = config(10);
    c.ids = none, c.n_ids = 1;
    ck_assert_ptr_null(quiz_new(pool, 10, &c, 1));
    const Question *holes[3] = {NULL, pool[0], NULL};
    ck_assert_ptr_null(quiz_new(holes, 3, &c, 1));
}
END_TEST

/* ---- limits ---- */

START_TEST(small_pool_gives_a_shorter_round)
{
    make_pool(3, 2);
    QuizConfig c = config(10);
    Quiz *z = quiz_new(pool, 3, &c, 1);
    ck_assert_uint_eq(quiz_length(z), 3);
    quiz_free(z);
    const Question *one[] = {NULL, pool[1], NULL};
    c.ids = NULL;
    z = quiz_new(one, 3, &c, 1);
    ck_assert_uint_eq(quiz_length(z), 1);
    ck_assert_ptr_eq(quiz_question(z, 0), pool[1]);
    ck_assert_ptr_null(quiz_question(z, 1));
    quiz_free(z);
}
END_TEST

START_TEST(large_pool_and_long_round)
{
    make_pool(MAXQ, 5);
    QuizConfig c = config(100);
    Quiz *z = quiz_new(pool, MAXQ, &c, UINT64_MAX);
    ck_assert_uint_eq(quiz_length(z), 100);
    quiz_start(z, 0);
    for (int i = 0; i < 100; i++) {
        ck_assert_ptr_nonnull(answer_right(z, 1));
        quiz_next(z, 2);
    }
    QuizSummary s = quiz_summary(z);
    ck_assert_int_eq(s.best_streak, 100);
    ck_assert_int_eq(s.n_missed, 0);
    quiz_free(z);
}
END_TEST

START_TEST(ending_early_and_skipping)
{
    make_pool(10, 1);
    QuizConfig c = config(5);
    Quiz *z = quiz_new(pool, 10, &c, 2);
    quiz_start(z, 0);
    answer_right(z, 1);
    quiz_next(z, 2);
    answer_right(z, 3);
    quiz_next(z, 4);
    const QuizOutcome *o = quiz_skip(z, 5);
    ck_assert(o->skipped);
    ck_assert_int_eq(o->points, 0);
    quiz_next(z, 6);
    ck_assert_int_eq(answer_right(z, 7)->streak, 3); /* a skip keeps the streak */
    quiz_next(z, 8);
    quiz_end(z); /* the 5th question was shown, never answered */
    QuizSummary s = quiz_summary(z);
    ck_assert_int_eq(s.n_questions, 4);
    ck_assert_int_eq(s.n_skipped, 1);
    ck_assert_int_eq(s.n_correct, 3);
    ck_assert_double_eq_tol(s.accuracy, 1.0, 1e-9);
    ck_assert_uint_eq(s.n_missed, 0);
    ck_assert_int_eq(quiz_state(z), QUIZ_FINISHED);
    quiz_free(z);
}
END_TEST

START_TEST(six_choices_all_reachable)
{
    Question q = *choice_q(0, "", 1);
    q.n_choices = 6;
    const char *t[] = {"a", "b", "c", "d", "e", "f"};
    for (int k = 0; k < 6; k++)
        q.choices[k] = (Choice){.text = t[k], .weight = k == 5};
    int seen_pos[6] = {0};
    for (uint64_t seed = 0; seed < 200; seed++) {
        QuizConfig c = config(1);
        const Question *p = &q;
        Quiz *z = quiz_new(&p, 1, &c, seed);
        seen_pos[displayed_of(z, 0, 5)]++;
        quiz_free(z);
    }
    for (int k = 0; k < 6; k++)
        ck_assert_int_gt(seen_pos[k], 10);
}
END_TEST

static Suite *quiz_suite(void)
{
    Suite *s = suite_create("quiz");
    TCase *core = tcase_create("core");
    tcase_add_test(core, same_seed_same_round_and_choice_order);
    tcase_add_test(core, no_repeats_even_with_duplicates_in_pool);
    tcase_add_test(core, categories_are_balanced);
    tcase_add_test(core, difficulties_are_spread);
    tcase_add_test(core, choice_shuffle_keeps_the_right_answer);
    tcase_add_test(core, filters_by_category_difficulty_and_ids);
    tcase_add_test(core, scoring_base_speed_and_streak);
    tcase_add_test(core, streak_resets_on_a_miss);
    tcase_add_test(core, partial_credit_from_weights);
    tcase_add_test(core, numeric_tolerance_ranges_and_grades);
    tcase_add_test(core, true_false_and_its_feedback);
    tcase_add_test(core, time_limit_expires_with_the_given_clock);
    tcase_add_test(core, teams_take_turns_and_score_apart);
    tcase_add_test(core, summary_counts_and_lists_misses);
    suite_add_tcase(s, core);
    TCase *errors = tcase_create("errors");
    tcase_add_test(errors, answers_of_the_wrong_kind_or_state_are_refused);
    tcase_add_test(errors, empty_or_bad_multi_masks_are_refused);
    tcase_add_test(errors, no_matching_question_gives_no_quiz);
    suite_add_tcase(s, errors);
    TCase *limits = tcase_create("limits");
    tcase_add_test(limits, small_pool_gives_a_shorter_round);
    tcase_add_test(limits, large_pool_and_long_round);
    tcase_add_test(limits, ending_early_and_skipping);
    tcase_add_test(limits, six_choices_all_reachable);
    suite_add_tcase(s, limits);
    return s;
}

int main(void)
{
    return run_suite(quiz_suite());
}
