/* First cut: one line, no wrapping or bidi; replaced by the layout engine. */
#include "text.h"

#include <SDL_ttf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "paths.h"

struct TextEngine {
    SDL_Renderer *r;
    char *font_dir;
};

TextEngine *text_engine_new(SDL_Renderer *r, const char *font_dir, char *err, size_t errlen)
{
    if (!TTF_WasInit() && TTF_Init() != 0) {
        snprintf(err, errlen, "cannot start SDL_ttf: %s", TTF_GetError());
        return NULL;
    }
    TextEngine *te = calloc(1, sizeof *te);
    te->r = r;
    te->font_dir = strdup(font_dir);
    return te;
}

void text_engine_free(TextEngine *te)
{
    if (!te)
        return;
    free(te->font_dir);
    free(te);
}

static bool has_urdu(const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if (*p == 0xD8 || *p == 0xD9 || *p == 0xDA || *p == 0xDB)
            return true;
    return false;
}

static TTF_Font *open_font(TextEngine *te, bool urdu, bool bold, int px)
{
    char name[64];
    snprintf(name, sizeof name, "%s-%s.ttf", urdu ? "NotoNastaliqUrdu" : "NotoSans",
             bold ? "Bold" : "Regular");
    char *path = path_join(te->font_dir, name);
    TTF_Font *f = TTF_OpenFont(path, px);
    free(path);
    if (f && urdu) {
        TTF_SetFontDirection(f, TTF_DIRECTION_RTL);
        TTF_SetFontScriptName(f, "Arab");
    }
    return f;
}

static int draw_or_measure(TextEngine *te, const char *utf8, SDL_Rect box, const TextStyle *st,
                           bool draw, int *ow, int *oh)
{
    if (!utf8 || !*utf8)
        return 0;
    bool urdu = has_urdu(utf8);
    int min = st->min_px ? st->min_px : st->max_px / 2;
    for (int px = st->max_px; px >= min; px -= px > 40 ? 4 : 2) {
        TTF_Font *f = open_font(te, urdu, st->bold, px);
        if (!f)
            return 0;
        int w = 0, h = 0;
        TTF_SizeUTF8(f, utf8, &w, &h);
        if ((w <= box.w && h <= box.h) || px - 2 < min) {
            if (ow)
                *ow = w;
            if (oh)
                *oh = h;
            if (draw) {
                SDL_Surface *s = TTF_RenderUTF8_Blended(f, utf8, st->color);
                SDL_Texture *t = s ? SDL_CreateTextureFromSurface(te->r, s) : NULL;
                int x = box.x + (st->align == TEXT_ALIGN_CENTER ? (box.w - w) / 2 : 0);
                int y = box.y + (st->valign == TEXT_VALIGN_MIDDLE ? (box.h - h) / 2 : 0);
                SDL_Rect dst = {x, y, w, h};
                if (t)
                    SDL_RenderCopy(te->r, t, NULL, &dst);
                SDL_DestroyTexture(t);
                SDL_FreeSurface(s);
            }
            TTF_CloseFont(f);
            return px;
        }
        TTF_CloseFont(f);
    }
    return 0;
}

int text_draw(TextEngine *te, const char *utf8, SDL_Rect box, const TextStyle *style)
{
    return draw_or_measure(te, utf8, box, style, true, NULL, NULL);
}

int text_measure(TextEngine *te, const char *utf8, int box_w, int box_h, const TextStyle *style,
                 int *w, int *h)
{
    SDL_Rect box = {0, 0, box_w, box_h};
    return draw_or_measure(te, utf8, box, style, false, w, h);
}
