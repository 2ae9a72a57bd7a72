/* bench_bank: times bank_add_gift on 10,000 generated questions (a mix of
 * every playable kind, with feedback and metadata). Not a test: run it by
 * hand, `build/bench_bank [runs]`; prints the median of the runs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bank.h"
#include "util.h"

#define N_QUESTIONS 10000

static const char *const kinds[] = {
    ("// @difficulty: %d\n// @source: Sentence number %d of the statement.\n"
     "::q%d:: Which answer is right for question %d?{\n=right#Yes ~wrong one#No\n"
     "~%%25%%partly right ~wrong two\n####Because it is.\n}\n\n"),
    ("// @difficulty: %d\n::q%d:: Which two of these are right (%d)?{~%%50%%first ~%%50%%second "
     "~%%-100%%third}\n\n"),
    "// @difficulty: %d\n::q%d:: Statement %d is true.{T#It is true.#Right.}\n\n",
    "// @difficulty: %d\n::q%d:: In which year did event %d happen?{#=1960:0 =%%50%%1960:2}\n\n",
};

static char *generate(size_t *len)
{
    size_t cap = (size_t)N_QUESTIONS * 256, n = 0;
    char *s = xmalloc(cap);
    for (int i = 0; i < N_QUESTIONS; i++) {
        int d = i % 3 + 1, k = i % 4;
        if (k == 0)
            n += (size_t)snprintf(s + n, cap - n, kinds[0], d, i, i, i);
        else
            n += (size_t)snprintf(s + n, cap - n, kinds[k], d, i, i);
    }
    *len = n;
    return s;
}

static double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
    int runs = argc > 1 ? atoi(argv[1]) : 9;
    if (runs < 1 || runs > 1000)
        runs = 9;
    size_t len;
    char *text = generate(&len);
    double *ms = xmalloc((size_t)runs * sizeof *ms);
    for (int r = 0; r < runs; r++) {
        Bank *b = bank_new();
        Diag d = {0};
        double t0 = now_ms();
        bool ok = bank_add_gift(b, "bench.gift", text, len, &d);
        ms[r] = now_ms() - t0;
        if (!ok || bank_count(b) != N_QUESTIONS || d.count) {
            fprintf(stderr, "bench_bank: generated bank did not load cleanly\n");
            return 1;
        }
        diag_clear(&d);
        bank_free(b);
    }
    qsort(ms, (size_t)runs, sizeof *ms, cmp_double);
    printf("bench_bank: %d questions (%zu bytes): median %.2f ms over %d runs (min %.2f, max "
           "%.2f)\n",
           N_QUESTIONS, len, ms[runs / 2], runs, ms[0], ms[runs - 1]);
    free(ms);
    free(text);
    return 0;
}
