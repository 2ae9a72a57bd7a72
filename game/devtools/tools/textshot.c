/* textshot: renders a question card (a question and up to four answers)
 * into a PNG without a window, to look at what the text engine draws.
 *
 *   textshot OUT.png WIDTHxHEIGHT ltr|rtl QUESTION [ANSWER...]
 *
 * Boxes are outlined so clipping and overflow show. */
#include <SDL.h>
#include <SDL_image.h>
#include <stdio.h>
#include <stdlib.h>

#include "paths.h"
#include "text.h"

static void outline(SDL_Renderer *r, SDL_Rect box)
{
    SDL_SetRenderDrawColor(r, 0x2E, 0x6B, 0x55, 0xFF);
    SDL_RenderFillRect(r, &box);
    SDL_SetRenderDrawColor(r, 0xF2, 0xC1, 0x4E, 0xFF);
    SDL_RenderDrawRect(r, &box);
}

static void draw_card(SDL_Renderer *r, TextEngine *te, int w, int h, bool rtl, char **texts, int n)
{
    SDL_SetRenderDrawColor(r, 0x0B, 0x3D, 0x2E, 0xFF);
    SDL_RenderClear(r);
    int m = w / 40;
    SDL_Rect q = {m, m, w - 2 * m, h * 2 / 5};
    outline(r, q);
    TextStyle st = {.max_px = h / 12,
                    .min_px = h / 36,
                    .color = {0xF4, 0xF1, 0xE8, 0xFF},
                    .dir = rtl ? TEXT_DIR_RTL : TEXT_DIR_LTR,
                    .valign = TEXT_VALIGN_MIDDLE};
    int px = text_draw(te, texts[0], (SDL_Rect){q.x + m / 2, q.y, q.w - m, q.h}, &st);
    printf("question: %d px\n", px);
    int bw = (w - 3 * m) / 2, bh = (h - q.h - 4 * m) / 2;
    st.max_px = h / 16;
    for (int i = 1; i < n && i <= 4; i++) {
        int col = (i - 1) % 2, row = (i - 1) / 2;
        if (rtl)
            col = 1 - col; /* the first answer is on the start side */
        SDL_Rect b = {m + col * (bw + m), q.y + q.h + m + row * (bh + m), bw, bh};
        outline(r, b);
        SDL_Rect inner = {b.x + m / 2, b.y + m / 4, b.w - m, b.h - m / 2};
        printf("answer %d: %d px\n", i, text_draw(te, texts[i], inner, &st));
    }
}

int main(int argc, char **argv)
{
    int w, h;
    if (argc < 5 || sscanf(argv[2], "%dx%d", &w, &h) != 2 || w <= 0 || h <= 0) {
        fprintf(stderr, "usage: textshot OUT.png WIDTHxHEIGHT ltr|rtl QUESTION [ANSWER...]\n");
        return 2;
    }
    char err[512];
    Paths paths;
    char *base = SDL_GetBasePath();
    if (!paths_find(&paths, base, err, sizeof err)) {
        fprintf(stderr, "textshot: error: %s\n", err);
        return 1;
    }
    SDL_free(base);
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    SDL_Renderer *r = s ? SDL_CreateSoftwareRenderer(s) : NULL;
    char *fonts = path_join(paths.data_dir, "assets/fonts");
    TextEngine *te = r ? text_engine_new(r, fonts, err, sizeof err) : NULL;
    free(fonts);
    if (!te) {
        fprintf(stderr, "textshot: error: %s\n", r ? err : SDL_GetError());
        return 1;
    }
    draw_card(r, te, w, h, argv[3][0] == 'r', argv + 4, argc - 4);
    SDL_RenderPresent(r);
    int rc = IMG_SavePNG(s, argv[1]) == 0 ? 0 : 1;
    if (rc)
        fprintf(stderr, "textshot: error: cannot write '%s': %s\n", argv[1], IMG_GetError());
    text_engine_free(te);
    SDL_DestroyRenderer(r);
    SDL_FreeSurface(s);
    paths_free(&paths);
    return rc;
}
