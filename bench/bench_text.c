/* bench_text: time to lay out and draw a whole question card (a question
 * and four answers) with the text engine, in English and Urdu, on the
 * software renderer.
 *
 *   bench_text [WIDTHxHEIGHT] [RUNS]      (default 1920x1080, 15)
 *
 * cold-new: a new engine each run (fonts parsed, every cache empty);
 * cold: caches flushed, fonts open (a screen never seen before);
 * cached: the same card again (what every later frame costs);
 * clear: the frame's background alone, the floor under "cached". */
#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>

#include "text.h"

#define FONTS AMAN_SOURCE_DIR "/assets/fonts"

typedef struct {
    const char *name;
    TextDir dir;
    const char *texts[5];
} Card;

static const Card CARDS[] = {
    {"English",
     TEXT_DIR_LTR,
     {"According to the military, how many troops had Pakistan contributed to UN "
      "peacekeeping operations in 48 missions across 29 countries since 1960?",
      "235,000 troops", "128 police officers", "181 Pakistanis", "100,000 troops"}},
    {"Urdu",
     TEXT_DIR_RTL,
     {"فوج کے مطابق پاکستان نے 1960 سے اب تک 29 ممالک میں 48 مشنوں کے ذریعے اقوام متحدہ "
      "(UN) کی امن کارروائیوں میں کتنے فوجی بھیجے ہیں؟",
      "235,000 فوجی", "128 پولیس افسران", "181 پاکستانی", "100,000 فوجی"}},
};

static void draw_card(SDL_Renderer *r, TextEngine *te, int w, int h, const Card *c)
{
    SDL_SetRenderDrawColor(r, 0x0B, 0x3D, 0x2E, 0xFF);
    SDL_RenderClear(r);
    if (!te)
        return;
    int m = w / 40;
    SDL_Rect q = {m, m, w - 2 * m, h * 2 / 5};
    TextStyle st = {.max_px = h / 12,
                    .min_px = h / 36,
                    .color = {0xF4, 0xF1, 0xE8, 0xFF},
                    .dir = c->dir,
                    .valign = TEXT_VALIGN_MIDDLE};
    text_draw(te, c->texts[0], q, &st);
    int bw = (w - 3 * m) / 2, bh = (h - q.h - 4 * m) / 2;
    st.max_px = h / 16;
    for (int i = 0; i < 4; i++) {
        int col = c->dir == TEXT_DIR_RTL ? 1 - i % 2 : i % 2;
        SDL_Rect b = {m + col * (bw + m), q.y + q.h + m + (i / 2) * (bh + m), bw, bh};
        text_draw(te, c->texts[i + 1], b, &st);
    }
}

static double now_ms(void)
{
    return (double)SDL_GetPerformanceCounter() * 1000.0 / (double)SDL_GetPerformanceFrequency();
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static TextEngine *engine(SDL_Renderer *r)
{
    char err[512];
    TextEngine *te = text_engine_new(r, FONTS, err, sizeof err);
    if (!te) {
        fprintf(stderr, "bench_text: error: %s\n", err);
        exit(1);
    }
    return te;
}

/* Median ms of one card draw in mode 0 cold-new, 1 cold, 2 cached,
 * 3 background only. */
static double bench(SDL_Renderer *r, int w, int h, const Card *c, int mode, int runs,
                    TextStats *last)
{
    double *t = malloc(sizeof *t * (size_t)runs);
    TextEngine *te = mode == 0 || mode == 3 ? NULL : engine(r);
    if (mode == 2)
        draw_card(r, te, w, h, c);
    for (int i = 0; i < runs; i++) {
        double t0 = now_ms();
        if (mode == 0)
            te = engine(r);
        else if (mode == 1)
            text_engine_flush(te);
        TextStats before = te ? text_engine_stats(te) : (TextStats){0};
        draw_card(r, te, w, h, c);
        t[i] = now_ms() - t0;
        TextStats after = te ? text_engine_stats(te) : (TextStats){0};
        last->renders = after.renders - before.renders;
        last->shapes = after.shapes - before.shapes;
        last->layouts = after.layouts - before.layouts;
        if (mode == 0) {
            text_engine_free(te);
            te = NULL;
        }
    }
    text_engine_free(te);
    double m = median(t, runs);
    free(t);
    return m;
}

int main(int argc, char **argv)
{
    int w = 1920, h = 1080, runs = 15;
    if (argc > 1 && sscanf(argv[1], "%dx%d", &w, &h) != 2)
        return fprintf(stderr, "usage: bench_text [WIDTHxHEIGHT] [RUNS]\n"), 2;
    if (argc > 2)
        runs = atoi(argv[2]) > 0 ? atoi(argv[2]) : runs;
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    SDL_Renderer *r = SDL_CreateSoftwareRenderer(s);
    if (!r)
        return fprintf(stderr, "bench_text: error: %s\n", SDL_GetError()), 1;
    static const char *modes[] = {"cold-new", "cold", "cached", "clear"};
    printf("question card at %dx%d, software renderer, median of %d runs\n", w, h, runs);
    printf("%-8s %-9s %10s %8s %8s %8s\n", "language", "mode", "ms/card", "layouts", "shapes",
           "renders");
    for (size_t c = 0; c < sizeof CARDS / sizeof *CARDS; c++)
        for (int mode = 0; mode < 4; mode++) {
            TextStats d = {0};
            double ms = bench(r, w, h, &CARDS[c], mode, mode >= 2 ? runs * 10 : runs, &d);
            printf("%-8s %-9s %10.3f %8lu %8lu %8lu\n", CARDS[c].name, modes[mode], ms, d.layouts,
                   d.shapes, d.renders);
        }
    SDL_DestroyRenderer(r);
    SDL_FreeSurface(s);
    return 0;
}
