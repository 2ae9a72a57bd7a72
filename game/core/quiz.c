#include "quiz.h"

#include <assert.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "answermatch.h"
#include "rng.h"
#include "settings.h"
#include "util.h"

/* A weight this close to 1 is full marks (GIFT weights are percentages). */
#define FULL_MARKS QUIZ_FULL_MARKS

struct Quiz {
    QuizConfig cfg; /* scoring fields only; filters cleared */
    size_t n;       /* questions in the round */
    const Question **qs;
    unsigned char (*perm)[QUESTION_MAX_CHOICES]; /* displayed -> original choice */
    QuizOutcome *out;
    bool *has_out;
    size_t cur;
    QuizState state;
    size_t n_asked; /* questions included in the summary */

    int64_t shown_ms;     /* when the current question appeared */
    int64_t paused_ms;    /* pause time so far on the current question */
    int64_t paused_since; /* when the running pause began */
    bool paused;
    int64_t extra_ms; /* teacher's extensions of the current limit */

    int score, streak, best_streak;
    int team_scores[QUIZ_MAX_TEAMS];
    size_t *missed;
    size_t n_missed;
};

void quiz_config_defaults(QuizConfig *cfg)
{
    Settings *s = settings_new();
    quiz_config_from_settings(cfg, s);
    settings_free(s);
}

void quiz_config_from_settings(QuizConfig *cfg, const Settings *s)
{
    *cfg = (QuizConfig){
        .round_length = settings_get_int(s, "round_length"),
        .points = settings_get_int(s, "points"),
        .partial_credit = settings_get_bool(s, "partial_credit"),
        .speed_bonus = settings_get_bool(s, "speed_bonus"),
        .speed_bonus_max = settings_get_int(s, "speed_bonus_max"),
        .streak_bonus = settings_get_bool(s, "streak_bonus"),
        .streak_bonus_step = settings_get_int(s, "streak_bonus_step"),
        .time_limit_s = settings_get_int(s, "time_limit"),
        .pass_mark = settings_get_int(s, "pass_mark"),
    };
}

/* ---- building the round ---- */

static bool wanted(const Question *q, const QuizConfig *cfg)
{
    if (!q)
        return false;
    if (cfg->category && strcmp(q->category ? q->category : "", cfg->category) != 0)
        return false;
    if (cfg->difficulty && q->difficulty != cfg->difficulty)
        return false;
    if (!cfg->ids)
        return true;
    for (size_t i = 0; i < cfg->n_ids; i++)
        if (cfg->ids[i] && strcmp(cfg->ids[i], q->id) == 0)
            return true;
    return false;
}

/* Adds id to an open-addressed set of cap (a power of two) slots; true
 * when it was there already. */
static bool seen_before(const char **set, size_t cap, const char *id)
{
    size_t h = 5381;
    for (const unsigned char *p = (const unsigned char *)id; *p; p++)
        h = h * 33 + *p;
    for (h &= cap - 1; set[h]; h = (h + 1) & (cap - 1))
        if (strcmp(set[h], id) == 0)
            return true;
    set[h] = id;
    return false;
}

/* The questions that pass the filters, each once (by id), in pool order. */
static const Question **filter_pool(const Question *const *pool, size_t n, const QuizConfig *cfg,
                                    size_t *count)
{
    const Question **keep = xmalloc(n * sizeof *keep);
    size_t cap = 16;
    while (cap < 2 * n)
        cap *= 2;
    const char **set = xcalloc(cap, sizeof *set);
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (wanted(pool[i], cfg) && !seen_before(set, cap, pool[i]->id))
            keep[k++] = pool[i];
    free(set);
    *count = k;
    return keep;
}

typedef struct {
    const char *category;
    const Question **qs; /* shuffled; taken ones set to NULL */
    size_t n, left;
} Bucket;

static const char *cat(const Question *q)
{
    return q->category ? q->category : "";
}

static size_t make_buckets(const Question **qs, size_t n, Bucket *b)
{
    size_t nb = 0;
    for (size_t i = 0; i < n; i++) {
        size_t j = 0;
        while (j < nb && strcmp(b[j].category, cat(qs[i])) != 0)
            j++;
        if (j == nb)
            b[nb++] = (Bucket){.category = cat(qs[i]), .qs = xmalloc(n * sizeof(void *))};
        b[j].qs[b[j].n++] = qs[i];
        b[j].left++;
    }
    return nb;
}

static int diff_slot(const Question *q)
{
    return q->difficulty >= 1 && q->difficulty <= 3 ? q->difficulty - 1 : 1;
}

/* Takes from the bucket the first question (in its shuffled order) of the
 * difficulty drawn least so far in the round. */
static const Question *take(Bucket *b, int used[3])
{
    size_t best = b->n;
    for (size_t i = 0; i < b->n; i++)
        if (b->qs[i] && (best == b->n || used[diff_slot(b->qs[i])] < used[diff_slot(b->qs[best])]))
            best = i;
    const Question *q = b->qs[best];
    b->qs[best] = NULL;
    b->left--;
    used[diff_slot(q)]++;
    return q;
}

/* Round-robin over shuffled category buckets: categories differ in count by
 * at most one until a bucket runs dry; difficulties are spread by take(). */
static size_t draw(const Question **qs, size_t n, size_t want, Rng *rng, const Question **out)
{
    Bucket *b = xcalloc(n, sizeof *b);
    size_t nb = make_buckets(qs, n, b);
    rng_shuffle(rng, b, nb, sizeof *b);
    for (size_t i = 0; i < nb; i++)
        rng_shuffle(rng, b[i].qs, b[i].n, sizeof *b[i].qs);
    int used[3] = {0};
    size_t got = 0;
    for (bool any = true; any && got < want;) {
        any = false;
        for (size_t i = 0; i < nb && got < want; i++)
            if (b[i].left) {
                out[got++] = take(&b[i], used);
                any = true;
            }
    }
    for (size_t i = 0; i < nb; i++)
        free(b[i].qs);
    free(b);
    return got;
}

static void shuffle_choices(Quiz *q, Rng *rng)
{
    for (size_t i = 0; i < q->n; i++) {
        for (int c = 0; c < QUESTION_MAX_CHOICES; c++)
            q->perm[i][c] = (unsigned char)c;
        const Question *qq = q->qs[i];
        if (qq->kind == QKIND_CHOICE || qq->kind == QKIND_MULTI)
            rng_shuffle(rng, q->perm[i], (size_t)qq->n_choices, 1);
    }
}

Quiz *quiz_new(const Question *const *pool, size_t n, const QuizConfig *cfg, uint64_t seed)
{
    size_t count;
    const Question **keep = filter_pool(pool, n, cfg, &count);
    size_t want = cfg->round_length > 0 ? (size_t)cfg->round_length : 0;
    if (count == 0 || want == 0) {
        free(keep);
        return NULL;
    }
    Rng rng;
    rng_seed(&rng, seed);
    Quiz *q = xcalloc(1, sizeof *q);
    q->cfg = *cfg;
    q->cfg.category = NULL, q->cfg.ids = NULL, q->cfg.n_ids = 0, q->cfg.difficulty = 0;
    if (q->cfg.teams > QUIZ_MAX_TEAMS)
        q->cfg.teams = QUIZ_MAX_TEAMS;
    q->qs = xmalloc((want < count ? want : count) * sizeof *q->qs);
    q->n = draw(keep, count, want, &rng, q->qs);
    free(keep);
    rng_shuffle(&rng, q->qs, q->n, sizeof *q->qs);
    q->perm = xmalloc(q->n * sizeof *q->perm);
    shuffle_choices(q, &rng);
    q->out = xcalloc(q->n, sizeof *q->out);
    q->has_out = xcalloc(q->n, sizeof *q->has_out);
    q->missed = xmalloc(q->n * sizeof *q->missed);
    q->n_asked = q->n;
    q->state = QUIZ_READY;
    return q;
}

void quiz_free(Quiz *q)
{
    if (!q)
        return;
    free(q->qs);
    free(q->perm);
    free(q->out);
    free(q->has_out);
    free(q->missed);
    free(q);
}

/* ---- reading the state ---- */

static void show(Quiz *q, int64_t now_ms)
{
    q->state = QUIZ_ASKING;
    q->shown_ms = now_ms;
    q->paused_ms = 0;
    q->paused = false;
    q->extra_ms = 0;
}

void quiz_start(Quiz *q, int64_t now_ms)
{
    if (q->state == QUIZ_READY)
        show(q, now_ms);
}

QuizState quiz_state(const Quiz *q)
{
    return q->state;
}

size_t quiz_length(const Quiz *q)
{
    return q->n;
}

size_t quiz_index(const Quiz *q)
{
    return q->cur;
}

const Question *quiz_current(const Quiz *q)
{
    return q->state == QUIZ_FINISHED ? NULL : q->qs[q->cur];
}

const Question *quiz_question(const Quiz *q, size_t i)
{
    return i < q->n ? q->qs[i] : NULL;
}

static int team_of(const Quiz *q, size_t i)
{
    return q->cfg.teams >= 2 ? (int)(i % (size_t)q->cfg.teams) : 0;
}

int quiz_teams(const Quiz *q)
{
    return q->cfg.teams >= 2 ? q->cfg.teams : 0;
}

int quiz_team(const Quiz *q)
{
    return team_of(q, q->cur);
}

int quiz_team_score(const Quiz *q, int team)
{
    return team >= 0 && team < QUIZ_MAX_TEAMS ? q->team_scores[team] : 0;
}

int quiz_score(const Quiz *q)
{
    return q->score;
}

int quiz_streak(const Quiz *q)
{
    return q->streak;
}

int quiz_choice_original(const Quiz *q, size_t i, int displayed)
{
    if (i >= q->n || displayed < 0 || displayed >= q->qs[i]->n_choices)
        return -1;
    return q->perm[i][displayed];
}

const Choice *quiz_choice(const Quiz *q, size_t i, int displayed)
{
    int o = quiz_choice_original(q, i, displayed);
    return o < 0 ? NULL : &q->qs[i]->choices[o];
}

const QuizOutcome *quiz_outcome(const Quiz *q, size_t i)
{
    return i < q->n && q->has_out[i] ? &q->out[i] : NULL;
}

/* ---- the clock ---- */

static int64_t limit_ms(const Quiz *q)
{
    return q->cfg.time_limit_s > 0 ? (int64_t)q->cfg.time_limit_s * 1000 + q->extra_ms : 0;
}

static int64_t elapsed(const Quiz *q, int64_t now_ms)
{
    int64_t until = q->paused ? q->paused_since : now_ms;
    int64_t e = until - q->shown_ms - q->paused_ms;
    return e > 0 ? e : 0;
}

int64_t quiz_time_left_ms(const Quiz *q, int64_t now_ms)
{
    int64_t lim = limit_ms(q);
    if (!lim || q->state != QUIZ_ASKING)
        return -1;
    int64_t left = lim - elapsed(q, now_ms);
    return left > 0 ? left : 0;
}

void quiz_pause(Quiz *q, int64_t now_ms)
{
    if (q->state == QUIZ_ASKING && !q->paused) {
        q->paused = true;
        q->paused_since = now_ms;
    }
}

void quiz_resume(Quiz *q, int64_t now_ms)
{
    if (q->paused) {
        q->paused = false;
        if (now_ms > q->paused_since)
            q->paused_ms += now_ms - q->paused_since;
    }
}

bool quiz_paused(const Quiz *q)
{
    return q->paused;
}

void quiz_extend(Quiz *q, int64_t extra_ms)
{
    if (q->state == QUIZ_ASKING && limit_ms(q) && extra_ms > 0)
        q->extra_ms += extra_ms;
}

/* ---- grading: fraction of full marks for what was chosen ---- */

static double clamp01(double x)
{
    return x < 0 ? 0 : x > 1 ? 1 : x;
}

static unsigned correct_mask(const Quiz *q, size_t i)
{
    const Question *qq = q->qs[i];
    double need = qq->kind == QKIND_CHOICE ? FULL_MARKS : 1e-9;
    unsigned m = 0;
    for (int d = 0; d < qq->n_choices; d++)
        if (qq->choices[q->perm[i][d]].weight >= need)
            m |= 1u << d;
    return m;
}

static bool in_range(const NumericAnswer *a, double x)
{
    double eps = 1e-9 * fmax(1.0, fabs(x));
    return x >= a->min - eps && x <= a->max + eps;
}

/* Best graded numeric answer containing x (or NULL); *best gets the answer
 * with the highest weight, shown as the right one. */
static const NumericAnswer *numeric_match(const Question *qq, double x, double *best)
{
    const NumericAnswer *hit = NULL, *top = NULL;
    for (int k = 0; k < qq->n_numeric; k++) {
        const NumericAnswer *a = &qq->numeric[k];
        if (!top || a->weight > top->weight)
            top = a;
        if (in_range(a, x) && (!hit || a->weight > hit->weight))
            hit = a;
    }
    *best = top ? top->value : 0;
    return hit;
}

/* ---- recording an outcome ---- */

static void add_points(Quiz *q, QuizOutcome *o, int64_t now_ms)
{
    const QuizConfig *c = &q->cfg;
    if (!c->partial_credit && o->verdict != QUIZ_CORRECT)
        o->fraction = 0;
    o->base_points = (int)lround(c->points * o->fraction);
    int64_t lim = limit_ms(q);
    if (c->speed_bonus && lim && o->fraction > 0) {
        double left = (double)(lim - elapsed(q, now_ms)) / (double)lim;
        o->speed_bonus = (int)lround(c->speed_bonus_max * o->fraction * clamp01(left));
    }
    if (o->verdict == QUIZ_CORRECT)
        q->streak++;
    else if (!o->skipped)
        q->streak = 0;
    o->streak = q->streak;
    if (q->streak > q->best_streak)
        q->best_streak = q->streak;
    if (c->streak_bonus && o->verdict == QUIZ_CORRECT && q->streak >= 3)
        o->streak_bonus = c->streak_bonus_step * (q->streak - 2);
    o->points = o->base_points + o->speed_bonus + o->streak_bonus;
}

static const QuizOutcome *record(Quiz *q, QuizOutcome o, int64_t now_ms)
{
    size_t i = q->cur;
    const Question *qq = q->qs[i];
    if (o.skipped || o.timed_out)
        o.fraction = 0, o.answered = false, o.chosen_key[0] = '\0', o.chosen_text[0] = '\0',
        o.feedback = NULL;
    o.verdict = o.fraction >= FULL_MARKS ? QUIZ_CORRECT
                : o.fraction > 0         ? QUIZ_PARTIAL
                                         : QUIZ_WRONG;
    o.elapsed_ms = elapsed(q, now_ms);
    if (o.timed_out && limit_ms(q))
        o.elapsed_ms = limit_ms(q);
    o.team = team_of(q, i);
    if (qq->kind == QKIND_CHOICE || qq->kind == QKIND_MULTI)
        o.correct_mask = correct_mask(q, i);
    o.correct_tf = qq->tf_answer;
    if (qq->kind == QKIND_NUMERIC)
        numeric_match(qq, 0, &o.correct_number);
    add_points(q, &o, now_ms);
    q->score += o.points;
    q->team_scores[o.team] += o.points;
    if (o.verdict != QUIZ_CORRECT && !o.skipped)
        q->missed[q->n_missed++] = i;
    q->out[i] = o;
    q->has_out[i] = true;
    q->paused = false;
    q->state = QUIZ_FEEDBACK;
    return &q->out[i];
}

static bool asking(const Quiz *q, QuestionKind kind)
{
    return q->state == QUIZ_ASKING && !q->paused && q->qs[q->cur]->kind == kind;
}

static bool expired(const Quiz *q, int64_t now_ms)
{
    return limit_ms(q) && elapsed(q, now_ms) > limit_ms(q);
}

/* Records an answer, or a timeout when it came after the limit. */
static const QuizOutcome *answer(Quiz *q, QuizOutcome o, int64_t now_ms)
{
    o.answered = true;
    o.timed_out = expired(q, now_ms);
    return record(q, o, now_ms);
}

const QuizOutcome *quiz_answer_choice(Quiz *q, int displayed, int64_t now_ms)
{
    if (!asking(q, QKIND_CHOICE))
        return NULL;
    int orig = quiz_choice_original(q, q->cur, displayed);
    if (orig < 0)
        return NULL;
    const Choice *c = &q->qs[q->cur]->choices[orig];
    QuizOutcome o = {.chosen = displayed, .fraction = clamp01(c->weight), .feedback = c->feedback};
    snprintf(o.chosen_key, sizeof o.chosen_key, "%d", orig + 1);
    return answer(q, o, now_ms);
}

const QuizOutcome *quiz_answer_multi(Quiz *q, unsigned mask, int64_t now_ms)
{
    if (!asking(q, QKIND_MULTI))
        return NULL;
    int n = q->qs[q->cur]->n_choices;
    if (mask == 0 || (n < 32 && (mask >> n) != 0))
        return NULL;
    QuizOutcome o = {.chosen = -1, .chosen_mask = mask};
    double sum = 0;
    /* The key lists original indices in GIFT order, so it does not depend
     * on the shuffle. */
    size_t len = 0;
    for (int orig = 0; orig < n; orig++) {
        int d = 0;
        while (q->perm[q->cur][d] != orig)
            d++;
        if (!(mask & (1u << d)))
            continue;
        sum += q->qs[q->cur]->choices[orig].weight;
        len += (size_t)snprintf(o.chosen_key + len, sizeof o.chosen_key - len, "%s%d",
                                len ? "+" : "", orig + 1);
    }
    o.fraction = clamp01(sum);
    return answer(q, o, now_ms);
}

const QuizOutcome *quiz_answer_truefalse(Quiz *q, bool value, int64_t now_ms)
{
    if (!asking(q, QKIND_TRUEFALSE))
        return NULL;
    const Question *qq = q->qs[q->cur];
    bool right = value == qq->tf_answer;
    QuizOutcome o = {.chosen = -1, .chosen_tf = value, .fraction = right ? 1 : 0};
    o.feedback = right ? qq->tf_feedback_right : qq->tf_feedback_wrong;
    snprintf(o.chosen_key, sizeof o.chosen_key, "%s", value ? "true" : "false");
    return answer(q, o, now_ms);
}

const QuizOutcome *quiz_answer_number(Quiz *q, double value, int64_t now_ms)
{
    if (!asking(q, QKIND_NUMERIC) || !isfinite(value))
        return NULL;
    double best;
    const NumericAnswer *a = numeric_match(q->qs[q->cur], value, &best);
    QuizOutcome o = {.chosen = -1, .chosen_number = value};
    o.fraction = a ? clamp01(a->weight) : 0;
    o.feedback = a ? a->feedback : NULL;
    snprintf(o.chosen_key, sizeof o.chosen_key, "%.15g", value);
    return answer(q, o, now_ms);
}

/* Copies s into out (size bytes), cut at a character boundary. */
static void copy_cut(char *out, size_t size, const char *s)
{
    size_t n = utf8_prefix(s, strlen(s), size - 1);
    memcpy(out, s, n);
    out[n] = '\0';
}

const QuizOutcome *quiz_answer_text(Quiz *q, const char *typed, int64_t now_ms)
{
    if (!asking(q, QKIND_SHORT) || !typed)
        return NULL;
    const Question *qq = q->qs[q->cur];
    QuizOutcome o = {.chosen = -1};
    const Choice *best = NULL;
    for (int i = 0; i < qq->n_choices; i++) {
        const Choice *c = &qq->choices[i];
        bool hit = answermatch(c->text, typed) || (c->text_ur && answermatch(c->text_ur, typed));
        if (hit && (!best || c->weight > best->weight))
            best = c;
    }
    o.fraction = best ? clamp01(best->weight) : 0;
    o.feedback = best ? best->feedback : NULL;
    copy_cut(o.chosen_key, sizeof o.chosen_key, typed);
    copy_cut(o.chosen_text, sizeof o.chosen_text, typed);
    return answer(q, o, now_ms);
}

const QuizOutcome *quiz_timeout(Quiz *q, int64_t now_ms)
{
    if (q->state != QUIZ_ASKING)
        return NULL;
    return record(q, (QuizOutcome){.chosen = -1, .timed_out = true}, now_ms);
}

const QuizOutcome *quiz_skip(Quiz *q, int64_t now_ms)
{
    if (q->state != QUIZ_ASKING)
        return NULL;
    return record(q, (QuizOutcome){.chosen = -1, .skipped = true}, now_ms);
}

const QuizOutcome *quiz_tick(Quiz *q, int64_t now_ms)
{
    if (q->state != QUIZ_ASKING || q->paused || !limit_ms(q))
        return NULL;
    return elapsed(q, now_ms) >= limit_ms(q) ? quiz_timeout(q, now_ms) : NULL;
}

bool quiz_next(Quiz *q, int64_t now_ms)
{
    if (q->state != QUIZ_FEEDBACK)
        return false;
    if (q->cur + 1 >= q->n) {
        q->state = QUIZ_FINISHED;
        return true;
    }
    q->cur++;
    show(q, now_ms);
    return true;
}

void quiz_end(Quiz *q)
{
    if (q->state == QUIZ_FINISHED)
        return;
    q->n_asked = q->cur + (q->state == QUIZ_FEEDBACK);
    q->paused = false;
    q->state = QUIZ_FINISHED;
}

QuizSummary quiz_summary(const Quiz *q)
{
    QuizSummary s = {
        .score = q->score,
        .n_questions = (int)q->n_asked,
        .best_streak = q->best_streak,
        .n_teams = q->cfg.teams >= 2 ? q->cfg.teams : 0,
        .n_missed = q->n_missed,
        .missed = q->missed,
    };
    for (size_t i = 0; i < q->n_asked; i++) {
        const QuizOutcome *o = quiz_outcome(q, i);
        if (!o)
            continue;
        s.n_skipped += o->skipped;
        s.n_correct += o->verdict == QUIZ_CORRECT;
        s.n_partial += o->verdict == QUIZ_PARTIAL;
        s.n_wrong += o->verdict == QUIZ_WRONG && !o->skipped;
        s.total_ms += o->elapsed_ms;
    }
    int counted = s.n_questions - s.n_skipped;
    s.accuracy = counted > 0 ? (double)s.n_correct / counted : 0;
    s.passed = counted > 0 && s.accuracy * 100 + 1e-9 >= q->cfg.pass_mark;
    memcpy(s.team_scores, q->team_scores, sizeof s.team_scores);
    return s;
}
