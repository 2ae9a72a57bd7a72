/* fill_cohort: fills a results database with a simulated training cohort,
 * for the report's tests and benchmark.
 *
 *   fill_cohort --data-dir DIR --bank PATH [--seed S] [--trainees 30]
 *               [--sessions 20] [--per-session 15] [--answers N]
 *
 * Each trainee has an ability and learns a little each session; each
 * question a difficulty from its bank metadata. A normal question is
 * answered right with the probability of a two-parameter logistic model,
 * so strong trainees do better on it. Planted among them, and printed one
 * a line ("planted too-easy ID", "planted misleading ID"): questions that
 * everyone gets right, and questions whose attractive wrong answer catches
 * the strong trainees while the weak ones guess right (negative
 * discrimination). --answers stops after N answers in all (more sessions
 * are made as needed). Writes through the game's own results store, in one
 * transaction. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bank.h"
#include "results.h"
#include "results_priv.h"
#include "rng.h"
#include "util.h"

#define N_EASY 3
#define N_MISLEADING 3

typedef enum { NORMAL, TOO_EASY, MISLEADING } Plant;

typedef struct {
    const char *data_dir, *bank;
    long seed, trainees, sessions, per_session, answers;
} Args;

static double uniform(Rng *r)
{
    return (double)(rng_next(r) >> 11) / 9007199254740992.0;
}

static bool parse(Args *a, int argc, char **argv)
{
    *a = (Args){NULL, NULL, 1, 30, 20, 15, 0};
    for (int i = 1; i + 1 < argc; i += 2) {
        const char *k = argv[i], *v = argv[i + 1];
        long n = strtol(v, NULL, 10);
        if (strcmp(k, "--data-dir") == 0)
            a->data_dir = v;
        else if (strcmp(k, "--bank") == 0)
            a->bank = v;
        else if (strcmp(k, "--seed") == 0)
            a->seed = n;
        else if (strcmp(k, "--trainees") == 0 && n > 0)
            a->trainees = n;
        else if (strcmp(k, "--sessions") == 0 && n > 0)
            a->sessions = n;
        else if (strcmp(k, "--per-session") == 0 && n > 0)
            a->per_session = n;
        else if (strcmp(k, "--answers") == 0 && n > 0)
            a->answers = n;
        else {
            fprintf(stderr, "fill_cohort: bad option '%s %s'\n", k, v);
            return false;
        }
    }
    if (argc % 2 == 0 || !a->data_dir || !a->bank) {
        fprintf(stderr, "usage: fill_cohort --data-dir DIR --bank PATH [--seed S] [--trainees N]"
                        " [--sessions N] [--per-session N] [--answers N]\n");
        return false;
    }
    return true;
}

/* The key of the right answer, and of a wrong one (the first wrong choice
 * for a misleading question, else a random one). */
static void keys(const Question *q, Rng *r, bool first_wrong, char *right, char *wrong, size_t size)
{
    right[0] = wrong[0] = '\0';
    switch (q->kind) {
    case QKIND_TRUEFALSE:
        snprintf(right, size, "%s", q->tf_answer ? "true" : "false");
        snprintf(wrong, size, "%s", q->tf_answer ? "false" : "true");
        break;
    case QKIND_NUMERIC:
        snprintf(right, size, "%.15g", q->numeric[0].value);
        snprintf(wrong, size, "%.15g", q->numeric[0].value + 1 + (double)rng_below(r, 9));
        break;
    default: {
        int wrongs[QUESTION_MAX_CHOICES], nw = 0;
        size_t len = 0;
        for (int i = 0; i < q->n_choices; i++) {
            if (q->choices[i].weight > 0 && (q->kind == QKIND_MULTI || q->choices[i].weight >= 1))
                len += (size_t)snprintf(right + len, size - len, "%s%d", len ? "," : "", i + 1);
            else
                wrongs[nw++] = i + 1;
        }
        if (nw)
            snprintf(wrong, size, "%d", wrongs[first_wrong ? 0 : rng_below(r, (uint64_t)nw)]);
    }
    }
}

static const char *plant_name(Plant p)
{
    return p == TOO_EASY ? "too-easy" : "misleading";
}

/* Marks N_EASY + N_MISLEADING questions, misleading ones among those with
 * a wrong choice to be misled by; prints them. */
static Plant *plant(const Bank *b, Rng *r)
{
    size_t n = bank_count(b);
    Plant *p = xcalloc(n, sizeof *p);
    size_t *order = xmalloc(n * sizeof *order);
    for (size_t i = 0; i < n; i++)
        order[i] = i;
    rng_shuffle(r, order, n, sizeof *order);
    int easy = 0, misleading = 0;
    for (size_t k = 0; k < n; k++) {
        const Question *q = bank_question(b, order[k]);
        if (misleading < N_MISLEADING && q->kind == QKIND_CHOICE && q->n_choices >= 3)
            p[order[k]] = MISLEADING, misleading++;
        else if (easy < N_EASY)
            p[order[k]] = TOO_EASY, easy++;
        else
            continue;
        printf("planted %s %s\n", plant_name(p[order[k]]), q->id);
    }
    free(order);
    return p;
}

/* The chance a trainee of ability theta gets q right. */
static double p_right(const Question *q, Plant p, double theta)
{
    if (p == TOO_EASY)
        return 0.995;
    if (p == MISLEADING) /* the strong fall for the distractor */
        return 1 / (1 + exp(1.6 * theta));
    double b = (q->difficulty - 2) * 0.8;
    return 1 / (1 + exp(-1.6 * (theta - b)));
}

static void stamp(time_t t, char *buf, size_t size)
{
    struct tm tm;
    t += 5 * 3600; /* Pakistan time */
    gmtime_r(&t, &tm);
    strftime(buf, size, "%Y-%m-%dT%H:%M:%S+05:00", &tm);
}

static bool fill(Results *res, const Bank *b, const Args *a, Rng *r)
{
    size_t n = bank_count(b);
    Plant *planted = plant(b, r);
    size_t *order = xmalloc(n * sizeof *order);
    double *ability = xmalloc((size_t)a->trainees * sizeof *ability);
    for (long t = 0; t < a->trainees; t++)
        ability[t] = -2.2 + 4.4 * uniform(r);
    const time_t start = 1788220800; /* 2026-09-01T00:00:00Z */
    long total = 0;
    bool ok = true;
    for (long s = 0; ok && (a->answers ? total < a->answers : s < a->sessions); s++) {
        for (long t = 0; ok && t < a->trainees && (!a->answers || total < a->answers); t++) {
            char id[24], when[40];
            snprintf(id, sizeof id, "%ld", 1001 + t);
            time_t at = start + s * 86400 + 9 * 3600 + t * 600;
            stamp(at, when, sizeof when);
            int64_t session = results_session_begin(res, "training", id, NULL, "en", when);
            double theta = ability[t] + 0.03 * (double)s;
            for (size_t i = 0; i < n; i++)
                order[i] = i;
            rng_shuffle(r, order, n, sizeof *order);
            long k;
            for (k = 0;
                 ok && k < a->per_session && (size_t)k < n && (!a->answers || total < a->answers);
                 k++) {
                const Question *q = bank_question(b, order[k]);
                char right[32], wrong[32];
                keys(q, r, planted[order[k]] == MISLEADING, right, wrong, sizeof right);
                bool correct = uniform(r) < p_right(q, planted[order[k]], theta);
                stamp(at + 20 * k, when, sizeof when);
                ResultsAnswer ans = {when,
                                     q->id,
                                     correct ? right : wrong,
                                     correct,
                                     correct,
                                     correct ? 100 : 0,
                                     4000 + (int64_t)rng_below(r, 9000),
                                     "en"};
                ok = results_add_answer(res, session, &ans);
                total++;
            }
            stamp(at + 20 * k, when, sizeof when);
            results_session_end(res, session, when, 0);
        }
    }
    free(ability);
    free(order);
    free(planted);
    fprintf(stderr, "fill_cohort: %ld answers\n", total);
    return ok;
}

int main(int argc, char **argv)
{
    Args a;
    if (!parse(&a, argc, argv))
        return 2;
    Diag diag = {0};
    Bank *b = bank_new();
    bank_load_path(b, a.bank, &diag);
    char *path = results_default_path(a.data_dir);
    Results *r = results_open(path, &diag);
    int status = 1;
    if (bank_count(b) < N_EASY + N_MISLEADING + 2 || !results_enabled(r)) {
        fprintf(stderr, "fill_cohort: no bank at '%s' or cannot write '%s'\n", a.bank, path);
        goto done;
    }
    Rng rng;
    rng_seed(&rng, (uint64_t)a.seed);
    sqlite3 *db = results_db(r);
    sqlite3_exec(db, "PRAGMA synchronous = OFF; BEGIN", NULL, NULL, NULL);
    bool ok = fill(r, b, &a, &rng);
    ok = sqlite3_exec(db, ok ? "COMMIT" : "ROLLBACK", NULL, NULL, NULL) == SQLITE_OK && ok;
    if (!ok)
        fprintf(stderr, "fill_cohort: %s\n", results_error(r));
    status = ok ? 0 : 1;
done:
    results_close(r);
    free(path);
    bank_free(b);
    diag_clear(&diag);
    return status;
}
