#include "cohort.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

double cohort_accuracy(CohortTally t)
{
    return t.n > 0 ? t.sum / t.n : 0.0;
}

static void tally(CohortTally *t, double credit)
{
    t->sum += credit;
    t->n++;
}

/* Rows intern their strings, so equal strings share a pointer; the lists
 * here are short (days, trainees, topics), found by a linear scan from the
 * last one. */
static size_t day_index(Cohort *c, const char *day)
{
    for (size_t i = c->n_days; i-- > 0;)
        if (c->days[i].day == day || strcmp(c->days[i].day, day) == 0)
            return i;
    c->days = xrealloc(c->days, (c->n_days + 1) * sizeof *c->days);
    c->days[c->n_days] = (CohortDay){day, {0, 0}};
    return c->n_days++;
}

static size_t topic_index(Cohort *c, const char *name)
{
    for (size_t i = 0; i < c->n_topics; i++)
        if (strcmp(c->topics[i].name, name) == 0)
            return i;
    c->topics = xrealloc(c->topics, (c->n_topics + 1) * sizeof *c->topics);
    c->topics[c->n_topics] = (CohortTopic){.name = name};
    return c->n_topics++;
}

static CohortTrainee *trainee_of(Cohort *c, const char *id, size_t *last)
{
    if (*last < c->n_trainees && c->trainees[*last].id == id)
        return &c->trainees[*last];
    for (size_t i = 0; i < c->n_trainees; i++)
        if (c->trainees[i].id == id || strcmp(c->trainees[i].id, id) == 0)
            return &c->trainees[*last = i];
    c->trainees = xrealloc(c->trainees, (c->n_trainees + 1) * sizeof *c->trainees);
    c->trainees[c->n_trainees] = (CohortTrainee){.id = id};
    return &c->trainees[*last = c->n_trainees++];
}

static void end_session(Cohort *c, CohortTrainee *tr, int pass_mark)
{
    if (!tr || tr->n_sessions == 0)
        return;
    CohortSession *s = &tr->sessions[tr->n_sessions - 1];
    s->passed = s->t.n > 0 && cohort_accuracy(s->t) * 100 + 1e-9 >= pass_mark;
    tr->passed += s->passed;
    c->n_passed += s->passed;
}

/* Digits-only ids sort as numbers, others after them by text. */
static int by_id(const void *a, const void *b)
{
    const char *x = ((const CohortTrainee *)a)->id, *y = ((const CohortTrainee *)b)->id;
    size_t lx = strlen(x), ly = strlen(y);
    bool nx = lx && strspn(x, "0123456789") == lx, ny = ly && strspn(y, "0123456789") == ly;
    if (nx != ny)
        return nx ? -1 : 1;
    if (nx && lx != ly)
        return lx < ly ? -1 : 1;
    return strcmp(x, y);
}

static int by_day(const void *a, const void *b)
{
    return strcmp(((const CohortDay *)a)->day, ((const CohortDay *)b)->day);
}

static int by_name(const void *a, const void *b)
{
    return strcmp(((const CohortTopic *)a)->name, ((const CohortTopic *)b)->name);
}

/* One pass: sessions, days, topics. Items get each session's latest answer
 * to a question: the rows of one session are consecutive, so a later answer
 * to the same question in the session replaces the earlier one. */
static void take_rows(Cohort *c, const ResultsRows *rows, const Bank *bank, int pass_mark)
{
    size_t n = results_rows_count(rows), last = 0;
    CohortTrainee *tr = NULL;
    int64_t session = -1;
    size_t first = 0; /* the first row of the current session */
    for (size_t i = 0; i <= n; i++) {
        const ResultsRow *r = i < n ? results_rows_get(rows, i) : NULL;
        if (!r || r->session != session) {
            for (size_t j = first; j < i; j++) { /* the finished session's items */
                const ResultsRow *a = results_rows_get(rows, j);
                bool later = false;
                for (size_t k = j + 1; k < i && !later; k++)
                    later = results_rows_get(rows, k)->question_id == a->question_id;
                if (!later)
                    itemstats_add(c->items, a->session, a->question_id, a->fraction, a->chosen);
            }
            end_session(c, tr, pass_mark);
            if (!r)
                break;
            first = i;
            session = r->session;
            tr = trainee_of(c, r->trainee, &last);
            tr->sessions = xrealloc(tr->sessions, (tr->n_sessions + 1) * sizeof *tr->sessions);
            tr->sessions[tr->n_sessions++] = (CohortSession){.id = r->session, .day = r->day};
            c->n_sessions++;
        }
        const Question *q = bank ? bank_find(bank, r->question_id) : NULL;
        int d = q && q->difficulty >= 1 && q->difficulty <= 3 ? q->difficulty : 2;
        size_t k = topic_index(c, q && q->category ? q->category : ""), day = day_index(c, r->day);
        CohortTopic *topic = &c->topics[k];
        tally(&topic->all, r->fraction);
        tally(&topic->by_difficulty[d - 1], r->fraction);
        tally(&tr->sessions[tr->n_sessions - 1].t, r->fraction);
        tally(&tr->t, r->fraction);
        tally(&c->days[day].t, r->fraction);
        tally(&c->t, r->fraction);
        c->n_answers++;
    }
}

/* Each trainee's per-topic tallies, in the cohort's (sorted) topic order. */
static void trainee_topics(Cohort *c, const ResultsRows *rows, const Bank *bank)
{
    for (size_t t = 0; t < c->n_trainees; t++) {
        c->trainees[t].topics = xcalloc(c->n_topics ? c->n_topics : 1, sizeof(CohortTopic));
        for (size_t k = 0; k < c->n_topics; k++)
            c->trainees[t].topics[k].name = c->topics[k].name;
    }
    size_t last = 0;
    for (size_t i = 0; i < results_rows_count(rows); i++) {
        const ResultsRow *r = results_rows_get(rows, i);
        const Question *q = bank ? bank_find(bank, r->question_id) : NULL;
        const char *name = q && q->category ? q->category : "";
        CohortTrainee *tr = trainee_of(c, r->trainee, &last);
        for (size_t k = 0; k < c->n_topics; k++)
            if (strcmp(c->topics[k].name, name) == 0) {
                int d = q && q->difficulty >= 1 && q->difficulty <= 3 ? q->difficulty : 2;
                tally(&tr->topics[k].all, r->fraction);
                tally(&tr->topics[k].by_difficulty[d - 1], r->fraction);
                break;
            }
    }
}

Cohort *cohort_build(const ResultsRows *rows, const Bank *bank, int pass_mark)
{
    Cohort *c = xcalloc(1, sizeof *c);
    c->items = itemstats_new();
    take_rows(c, rows, bank, pass_mark);
    itemstats_compute(c->items);
    if (c->n_days)
        qsort(c->days, c->n_days, sizeof *c->days, by_day);
    if (c->n_topics)
        qsort(c->topics, c->n_topics, sizeof *c->topics, by_name);
    if (c->n_trainees)
        qsort(c->trainees, c->n_trainees, sizeof *c->trainees, by_id);
    trainee_topics(c, rows, bank);
    return c;
}

CohortTrainee *cohort_trainee(const Cohort *c, const char *id)
{
    for (size_t i = 0; i < c->n_trainees; i++)
        if (strcmp(c->trainees[i].id, id) == 0)
            return &c->trainees[i];
    return NULL;
}

void cohort_free(Cohort *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->n_trainees; i++) {
        free(c->trainees[i].sessions);
        free(c->trainees[i].topics);
        for (size_t k = 0; c->trainees[i].due && k < c->trainees[i].n_due; k++)
            free(c->trainees[i].due[k]);
        free(c->trainees[i].due);
    }
    free(c->trainees);
    free(c->days);
    free(c->topics);
    itemstats_free(c->items);
    free(c);
}
