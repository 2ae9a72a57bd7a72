/* The floor: the least an SDL2 + SDL2_ttf program can do to show what the
 * game shows. Opens a window, loads Noto Sans and Noto Nastaliq Urdu, draws
 * one line of each and presents. Every benchmark figure is a ratio to this.
 *
 *   floor FONT_DIR [--frames N] [--textures K] [--size WxH]
 * Prints "first-frame" on stdout once the first frame is presented; with
 * --frames it then redraws N frames of K textures and prints "frame-us X",
 * the median frame. */
#include <SDL.h>
#include <SDL_ttf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

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

static SDL_Texture *line(SDL_Renderer *r, TTF_Font *f, const char *s)
{
    SDL_Color ink = {0xF4, 0xF1, 0xE8, 0xFF};
    SDL_Surface *surf = TTF_RenderUTF8_Blended(f, s, ink);
    SDL_Texture *t = surf ? SDL_CreateTextureFromSurface(r, surf) : NULL;
    SDL_FreeSurface(surf);
    return t;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: floor FONT_DIR [--frames N] [--textures K] [--size WxH]\n");
        return 2;
    }
    int frames = 0, textures = 2, w = 1280, h = 720;
    for (int i = 2; i + 1 < argc; i += 2) {
        if (!strcmp(argv[i], "--frames"))
            frames = atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "--textures"))
            textures = atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "--size"))
            sscanf(argv[i + 1], "%dx%d", &w, &h);
    }
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    if (SDL_Init(SDL_INIT_VIDEO) != 0 || TTF_Init() != 0) {
        fprintf(stderr, "floor: %s\n", SDL_GetError());
        return 1;
    }
    SDL_Window *win =
        SDL_CreateWindow("floor", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, w, h, 0);
    SDL_Renderer *r = win ? SDL_CreateRenderer(win, -1, SDL_RENDERER_SOFTWARE) : NULL;
    char path[1024];
    snprintf(path, sizeof path, "%s/NotoSans-Regular.ttf", argv[1]);
    TTF_Font *latin = TTF_OpenFont(path, h / 14);
    snprintf(path, sizeof path, "%s/NotoNastaliqUrdu-Regular.ttf", argv[1]);
    TTF_Font *urdu = TTF_OpenFont(path, h / 14);
    if (!r || !latin || !urdu) {
        fprintf(stderr, "floor: %s\n", SDL_GetError());
        return 1;
    }
    TTF_SetFontDirection(urdu, TTF_DIRECTION_RTL);
    TTF_SetFontScriptName(urdu, "Arab");
    SDL_Texture *t[2] = {line(r, latin, "Aman Quiz"), line(r, urdu, "امن کوئز")};
    SDL_SetRenderDrawColor(r, 0x0B, 0x3D, 0x2E, 0xFF);
    SDL_RenderClear(r);
    for (int i = 0; i < 2; i++) {
        int tw, th;
        SDL_QueryTexture(t[i], NULL, NULL, &tw, &th);
        SDL_Rect dst = {(w - tw) / 2, h / 4 + i * h / 3, tw, th};
        SDL_RenderCopy(r, t[i], NULL, &dst);
    }
    SDL_RenderPresent(r);
    printf("first-frame\n");
    fflush(stdout);
    if (frames > 0) {
        double *times = calloc((size_t)frames, sizeof *times);
        for (int f = 0; f < frames && times; f++) {
            double start = now_us();
            SDL_RenderClear(r);
            for (int k = 0; k < textures; k++) {
                int tw, th;
                SDL_QueryTexture(t[k % 2], NULL, NULL, &tw, &th);
                SDL_Rect dst = {(k * 37) % (w - tw > 0 ? w - tw : 1), (k * 53) % (h - th), tw, th};
                SDL_RenderCopy(r, t[k % 2], NULL, &dst);
            }
            SDL_RenderPresent(r);
            times[f] = now_us() - start;
        }
        /* The median frame, as bench_frame reports the game's. */
        if (times) {
            qsort(times, (size_t)frames, sizeof *times, cmp_double);
            printf("frame-us %.1f\n", times[frames / 2]);
        }
        free(times);
    }
    if (getenv("FLOOR_WAIT")) { /* stay up for memory and idle-CPU sampling */
        SDL_Event ev;
        while (SDL_WaitEvent(&ev) && ev.type != SDL_QUIT) {
        }
    }
    SDL_DestroyTexture(t[0]);
    SDL_DestroyTexture(t[1]);
    TTF_CloseFont(latin);
    TTF_CloseFont(urdu);
    SDL_DestroyRenderer(r);
    SDL_DestroyWindow(win);
    TTF_Quit();
    SDL_Quit();
    return 0;
}
