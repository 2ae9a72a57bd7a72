/* The title card: the game's name in both scripts. */
#include "app.h"
#include "i18n.h"

static const SDL_Color INK = {0xF4, 0xF1, 0xE8, 0xFF};
static const SDL_Color ACCENT = {0xF2, 0xC1, 0x4E, 0xFF};

static void title_draw(App *app)
{
    SDL_Renderer *r = app->renderer;
    int w = app->width, h = app->height;
    SDL_SetRenderDrawColor(r, 0x0B, 0x3D, 0x2E, 0xFF); /* deep green */
    SDL_RenderClear(r);
    SDL_SetRenderDrawColor(r, ACCENT.r, ACCENT.g, ACCENT.b, 0xFF);
    SDL_Rect rule = {w / 4, h / 2 - h / 160, w / 2, h / 80 > 2 ? h / 80 : 2};
    SDL_RenderFillRect(r, &rule);

    TextStyle latin = {.max_px = h / 7, .bold = true, .color = INK, .dir = TEXT_DIR_LTR,
                       .align = TEXT_ALIGN_CENTER, .valign = TEXT_VALIGN_MIDDLE};
    SDL_Rect top = {w / 10, h / 10, w * 8 / 10, h * 3 / 10};
    text_draw(app->text, "Aman Quiz", top, &latin);

    TextStyle urdu = latin;
    urdu.dir = TEXT_DIR_RTL;
    urdu.max_px = h / 8;
    SDL_Rect bottom = {w / 10, h / 2 + h / 20, w * 8 / 10, h * 3 / 10};
    text_draw(app->text, "امن کوئز", bottom, &urdu);

    TextStyle small = latin;
    small.bold = false;
    small.max_px = h / 24;
    small.color = ACCENT;
    SDL_Rect foot = {w / 10, h * 88 / 100, w * 8 / 10, h / 10};
    text_draw(app->text, _("A quiz on Pakistan and UN peacekeeping"), foot, &small);
}

static bool title_event(App *app, const SDL_Event *ev)
{
    if (ev->type == SDL_KEYDOWN && ev->key.keysym.sym == SDLK_ESCAPE) {
        app->running = false;
        return true;
    }
    return false;
}

const Scene scene_title = {
    .name = "title",
    .event = title_event,
    .draw = title_draw,
};
