#include "speaker.h"

#include <math.h>

#include "app.h"

int speaker_size(const App *app)
{
    int least = app->theme->speaker.size, s = ui_px(app, least);
    return s < least ? least : s;
}

static void triangle(SDL_Renderer *r, SDL_Color c, float x0, float y0, float x1, float y1, float x2,
                     float y2)
{
    SDL_Vertex v[3] = {{{x0, y0}, c, {0, 0}}, {{x1, y1}, c, {0, 0}}, {{x2, y2}, c, {0, 0}}};
    SDL_RenderGeometry(r, NULL, v, 3, NULL, 0);
}

/* An arc of radius rad around (cx, cy), from -a to +a radians, t thick. */
static void arc(SDL_Renderer *r, SDL_Color c, float cx, float cy, float rad, float a, float t)
{
    int steps = 24;
    for (int i = 0; i < steps; i++) {
        float a0 = -a + 2 * a * (float)i / (float)steps, a1 = -a + 2 * a * (float)(i + 1) / steps;
        float ix0 = cx + (rad - t / 2) * cosf(a0), iy0 = cy + (rad - t / 2) * sinf(a0);
        float ox0 = cx + (rad + t / 2) * cosf(a0), oy0 = cy + (rad + t / 2) * sinf(a0);
        float ix1 = cx + (rad - t / 2) * cosf(a1), iy1 = cy + (rad - t / 2) * sinf(a1);
        float ox1 = cx + (rad + t / 2) * cosf(a1), oy1 = cy + (rad + t / 2) * sinf(a1);
        triangle(r, c, ix0, iy0, ox0, oy0, ox1, oy1);
        triangle(r, c, ix0, iy0, ox1, oy1, ix1, iy1);
    }
}

void speaker_draw(App *app, SDL_Rect r, UiBtnState st, bool reading)
{
    /* A green disc on the ivory card (gold while it reads), an ivory ring
     * around it for keyboard focus, as the other buttons have. */
    const Theme *T = app->theme;
    int ring = ui_px(app, T->speaker.ring);
    if (ring < T->speaker.ring_least)
        ring = T->speaker.ring_least;
    if (st == UI_BTN_FOCUS) {
        SDL_Rect halo = {r.x - 2 * ring, r.y - 2 * ring, r.w + 4 * ring, r.h + 4 * ring};
        ui_fill_round(app, halo, halo.w / 2, UI_GOLD);
    }
    ui_fill_round_shadow(app, r, r.w / 2, ui_px(app, T->speaker.shadow),
                         reading ? UI_GOLD : UI_GREEN);
    SDL_Renderer *rd = app->renderer;
    /* The icon is drawn on its own grid of 48 units across the button,
     * whatever the button's size: its shapes are proportions of it. */
    float u = (float)r.w / 48.0f, x = (float)r.x, y = (float)r.y;
    float cy = y + 24 * u;
    SDL_Color ink = reading ? UI_INK : UI_IVORY, wave = ink;
    /* The box and the cone, facing right (the same in both languages). */
    SDL_Rect box = {(int)lroundf(x + 11 * u), (int)lroundf(cy - 5 * u), (int)lroundf(6 * u),
                    (int)lroundf(10 * u)};
    SDL_SetRenderDrawColor(rd, ink.r, ink.g, ink.b, 255);
    SDL_RenderFillRect(rd, &box);
    triangle(rd, ink, x + 16 * u, cy - 5 * u, x + 25 * u, cy - 12 * u, x + 25 * u, cy + 12 * u);
    triangle(rd, ink, x + 16 * u, cy - 5 * u, x + 25 * u, cy + 12 * u, x + 16 * u, cy + 5 * u);
    arc(rd, wave, x + 24 * u, cy, 6.5f * u, 0.75f, 2.4f * u);
    arc(rd, wave, x + 24 * u, cy, 12.0f * u, 0.8f, 2.4f * u);
}
