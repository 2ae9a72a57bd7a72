/* bench_frame: what a question card costs the real game to draw, at
 * 1920x1080 with the software renderer, headless: the first (cold) frame,
 * then forced redraws of the unchanged card (warm). The loop itself never
 * redraws an unchanged screen; this forces it to price what a redraw would
 * cost (the median of the forced frames). Also prints how many text textures a frame copies, so
 * bench/floor can draw the same number for the ratio. bench_frame [--lang en|ur] [--question ID]
 * [--frames N] [--size WxH] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "demo.h"
#include "i18n.h"
#include "paths.h"
#include "registry.h"
#include "shell.h"
#include "ui_lang.h"

static double now_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

#define IDLE_TURNS 300

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double draw_us(App *app)
{
    double t = now_us();
    app_draw(app);
    SDL_RenderPresent(app->renderer);
    return now_us() - t;
}

int main(int argc, char **argv)
{
    const char *lang = "en", *question = NULL, *size = "1920x1080";
    int frames = 200;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!strcmp(argv[i], "--lang"))
            lang = argv[i + 1];
        else if (!strcmp(argv[i], "--question"))
            question = argv[i + 1];
        else if (!strcmp(argv[i], "--frames"))
            frames = atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "--size"))
            size = argv[i + 1];
    }
    char *fake_argv[] = {"bench_frame", "--size", (char *)size, "--seed", "1", NULL};
    CliOptions opt;
    char err[1024];
    if (!cli_parse(&opt, 5, fake_argv, err, sizeof err))
        return 1;
    opt.screenshot = "unused.png"; /* headless, as for a screenshot */
    App app;
    char *base = SDL_GetBasePath(); /* the build folder: locale/ is beside us */
    char *locale = path_join(base, "locale");
    bool urdu = !strcmp(lang, "ur");
    if (!i18n_start(locale, urdu ? LANG_UR : LANG_EN, err, sizeof err))
        fprintf(stderr, "bench_frame: %s\n", err);
    free(locale);
    bool ok = app_init(&app, &opt, base, true, err, sizeof err);
    SDL_free(base);
    if (!ok || !demo_prepare(&app, "question", question, err, sizeof err)) {
        fprintf(stderr, "bench_frame: %s\n", err);
        return 1;
    }
    double cold = draw_us(&app);
    TextStats before = text_engine_stats(app.text);
    double warm = draw_us(&app);
    TextStats after = text_engine_stats(app.text);
    /* The median frame: a frame the scheduler interrupted does not count. */
    if (frames < 1)
        frames = 1;
    double *t = calloc((size_t)frames, sizeof *t);
    if (!t)
        return 1;
    for (int f = 0; f < frames; f++)
        t[f] = draw_us(&app);
    qsort(t, (size_t)frames, sizeof *t, cmp_double);
    /* The loop itself, left alone on the card once its slide-in is over:
     * how many of its turns draw a frame (the answer should be none). */
    for (int i = 0; i < 1000 && app_step(&app, false); i++) {
    }
    unsigned long drawn = app.frames_presented;
    for (int i = 0; i < IDLE_TURNS; i++)
        app_step(&app, false);
    printf("lang %s cold-us %.0f warm-us %.0f textures %lu idle-redraws %lu/%d\n", lang, cold,
           frames > 0 ? t[frames / 2] : warm, after.hits - before.hits,
           app.frames_presented - drawn, IDLE_TURNS);
    free(t);
    app_quit(&app);
    return 0;
}
