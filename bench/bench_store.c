/* bench_store: how long the SDL thread spends storing an answer: the time
 * of session_answer (which stores it, game/core/session_store.c) and
 * session_next (a round's end stores the session's end and score) on the
 * core's Game, with the results in a folder on this disk, first with the
 * store synchronous (an fsync per answer on the caller's thread, as before
 * the writer thread), then with results_start_writer (the interactive
 * game). Prints the median, 95th percentile and worst per answer, and how
 * long the writer then took to drain. bench_store [--answers N] [--dir D]
 * (D: where the temporary data folders go, default the current folder). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "game.h"
#include "results_writer.h"
#include "util.h"

static double now_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* n answers through the session; us[i] the time of the i-th. */
static void play(Game *g, double *us, int n)
{
    int64_t clock = 0;
    for (int i = 0; i < n; i++) {
        if (!session_in_round(g->session) || !game_quiz(g) ||
            quiz_state(game_quiz(g)) == QUIZ_FINISHED)
            session_start(g->session, clock += 10);
        SessionAnswer a = session_answer_on_purpose(game_quiz(g), i % 3 != 0, 0);
        double t = now_us();
        session_answer(g->session, g->player, &a, clock += 10);
        session_next(g->session, clock += 10); /* a round's end stores its end and high score */
        us[i] = now_us() - t;
    }
}

static void report(const char *what, double *us, int n, double drain_us)
{
    qsort(us, (size_t)n, sizeof *us, cmp_double);
    printf("%-28s median %8.1f us  p95 %8.1f us  worst %8.1f us", what, us[n / 2], us[n * 95 / 100],
           us[n - 1]);
    if (drain_us >= 0)
        printf("  (writer drained in %.1f ms)", drain_us / 1000);
    printf("\n");
}

static int run(const char *base, bool writer, int n)
{
    char tmpl[4096];
    snprintf(tmpl, sizeof tmpl, "%s/bench-store-XXXXXX", base);
    char *data = mkdtemp(tmpl);
    if (!data) {
        perror("bench_store: mkdtemp");
        return 1;
    }
    char *argv[] = {"bench_store", "--data-dir", data,        "--seed", "1",
                    "--mode",      "training",   "--trainee", "42",     NULL};
    CliOptions opt;
    char err[1024];
    if (!cli_parse(&opt, 9, argv, err, sizeof err)) {
        fprintf(stderr, "bench_store: %s\n", err);
        return 1;
    }
    GameSetup setup = {.opt = &opt, .data_dir = AMAN_SOURCE_DIR, .for_real = false, .lang = "en"};
    Game g;
    game_load_settings(&g, &setup);
    if (!game_open(&g, &setup, 0, err, sizeof err)) {
        fprintf(stderr, "bench_store: %s\n", err);
        return 1;
    }
    if (writer && !results_start_writer(g.results)) {
        fprintf(stderr, "bench_store: the writer did not start\n");
        return 1;
    }
    double *us = xcalloc((size_t)n, sizeof *us);
    play(&g, us, n);
    double t = now_us();
    results_flush(g.results);
    double drain = writer ? now_us() - t : -1;
    report(writer ? "writer thread (after)" : "synchronous (before)", us, n, drain);
    free(us);
    game_close(&g, 0);
    char *cmd = xasprintf("rm -rf '%s'", data);
    if (system(cmd) != 0)
        fprintf(stderr, "bench_store: could not remove %s\n", data);
    free(cmd);
    return 0;
}

int main(int argc, char **argv)
{
    int n = 200;
    const char *base = ".";
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!strcmp(argv[i], "--answers"))
            n = atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "--dir"))
            base = argv[i + 1];
    }
    if (n < 1)
        n = 1;
    printf("bench_store: %d answers, results in %s\n", n, base);
    return run(base, false, n) || run(base, true, n);
}
