/* The title card: the game's name in both scripts, Start, the mode, the
 * high scores and the bilingual view (the language button is global). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "i18n.h"
#include "input.h"
#include "modeflow.h"
#include "phoneplay.h"

#include "ui.h"
#include "ui_lang.h"
#include "util.h"

enum { BTN_SCORES, BTN_START, BTN_BILINGUAL, N_BTN };

typedef struct {
    int focus;
} TState;

static SDL_Rect button_rect(const App *app, int i)
{
    const Theme *T = app->theme;
    int gap = ui_px(app, T->title.gap), h = ui_px(app, T->title.button_h);
    int wide = ui_px(app, T->title.start_w), side = ui_px(app, T->title.side_w);
    int total = wide + 2 * side + 2 * gap;
    int x = (app->width - total) / 2, y = app->height * 74 / 100;
    SDL_Rect r = {x, y, side, h};
    if (i == BTN_START)
        r = (SDL_Rect){x + side + gap, y - ui_px(app, T->title.start_grow / 2), wide,
                       h + ui_px(app, T->title.start_grow)};
    else if (i == BTN_BILINGUAL)
        r.x = x + side + wide + 2 * gap;
    return ui_mirror(app, r);
}

/* The modes the title can show; issue 7 adds classroom, training, kiosk. */
static const char *mode_label(const char *mode)
{
    static const struct {
        const char *name, *label;
    } modes[] = {{"play", N_("Play")},
                 {"classroom", N_("Classroom")},
                 {"training", N_("Training")},
                 {"kiosk", N_("Kiosk")}};
    for (size_t i = 0; i < sizeof modes / sizeof modes[0]; i++)
        if (strcmp(modes[i].name, mode) == 0)
            return _(modes[i].label);
    return mode;
}

static void draw_names(App *app)
{
    int w = app->width, h = app->height;
    SDL_Renderer *r = app->renderer;
    SDL_SetRenderDrawColor(r, UI_GOLD.r, UI_GOLD.g, UI_GOLD.b, 0xFF);
    SDL_Rect rule = {w / 3, h * 36 / 100, w / 3, h / 120 > 2 ? h / 120 : 2};
    SDL_RenderFillRect(r, &rule);
    TextStyle latin = {.max_px = h / 8,
                       .bold = true,
                       .color = UI_IVORY,
                       .dir = TEXT_DIR_LTR,
                       .align = TEXT_ALIGN_CENTER,
                       .valign = TEXT_VALIGN_MIDDLE};
    text_draw(app->text, "Aman Quiz", (SDL_Rect){w / 10, h * 10 / 100, w * 8 / 10, h * 24 / 100},
              &latin);
    TextStyle urdu = latin;
    urdu.dir = TEXT_DIR_RTL;
    urdu.max_px = h / 10;
    SDL_Rect name = {w / 10, h * 38 / 100, w * 8 / 10, h * 20 / 100};
    if (lang_is_rtl()) { /* room below for the Urdu tagline and mode line */
        urdu.max_px = h / 11;
        name = (SDL_Rect){w / 10, h * 37 / 100, w * 8 / 10, h * 17 / 100};
    }
    text_draw(app->text, "امن کوئز", name, &urdu);
}

static void draw_info(App *app)
{
    int w = app->width, h = app->height;
    /* Nastaliq at its readable size needs more height: in Urdu the tagline
     * and the mode line move up into the room below the name */
    bool ur = lang_is_rtl();
    SDL_Rect sub = {w / 10, h * (ur ? 55 : 58) / 100, w * 8 / 10, h * 7 / 100};
    ui_text(app, _("A quiz on Pakistan and UN peacekeeping"), sub, app->theme->type.heading, false,
            UI_GOLD, TEXT_ALIGN_CENTER, TEXT_VALIGN_MIDDLE);
    char line[160], count[64];
    int n = app_quiz_config(app)->round_length;
    snprintf(count, sizeof count, ngettext("%d question", "%d questions", n), n);
    snprintf(line, sizeof line, _("Mode: %s · %s"), mode_label(app->game->mode->name), count);
    lang_digits(line, sizeof line);
    SDL_Rect mode = {w / 10, h * (ur ? 64 : 65) / 100, w * 8 / 10, h * 6 / 100};
    ui_text(app, line, mode, app->theme->type.note, false, UI_IVORY, TEXT_ALIGN_CENTER,
            TEXT_VALIGN_MIDDLE);
}

static void title_draw(App *app)
{
    ui_background(app);
    draw_names(app);
    draw_info(app);
    TState *st = app->scene_data;
    const char *labels[N_BTN] = {_("High scores"), _("Start"),
                                 app->bilingual ? _("Bilingual: on") : _("Bilingual: off")};
    for (int i = 0; i < N_BTN; i++)
        ui_button(app, button_rect(app, i), labels[i], i == BTN_START,
                  st && st->focus == i ? UI_BTN_FOCUS : UI_BTN_NORMAL);
    if (phoneplay_offered(app))
        ui_button(app, phoneplay_button_rect(app), _("Phones"), false, UI_BTN_NORMAL);
    const Theme *T = app->theme;
    SDL_Rect hint = {0, app->height - ui_px(app, T->title.hint_bottom), app->width,
                     ui_px(app, T->title.hint_h)};
    ui_text(app, _("Enter: start · L: language · V: bilingual view · F11: full screen"), hint,
            T->type.hint, false, UI_MUTED_LIGHT, TEXT_ALIGN_CENTER, TEXT_VALIGN_MIDDLE);
}

static void activate(App *app, int i)
{
    if (i == BTN_START) {
        if (phoneplay_in_class(app))
            phoneplay_open_lobby(app); /* the phones are waiting for their round */
        else
            flow_start(app);
    } else if (i == BTN_SCORES) {
        app_go(app, SCENE_SCORES);
    } else {
        app->bilingual = !app->bilingual;
    }
}

static bool title_event(App *app, const SDL_Event *ev)
{
    TState *st = app->scene_data;
    Input in = input_map(app, ev);
    switch (in.kind) {
    case IN_BACK:
        app->running = false;
        return true;
    case IN_CONFIRM:
        activate(app, st->focus);
        return true;
    case IN_PREV:
        st->focus = (st->focus + N_BTN - 1) % N_BTN;
        return true;
    case IN_NEXT:
        st->focus = (st->focus + 1) % N_BTN;
        return true;
    case IN_POINT:
        if (phoneplay_offered(app) && ui_hit(phoneplay_button_rect(app), in.x, in.y))
            return phoneplay_open_lobby(app);
        for (int i = 0; i < N_BTN; i++)
            if (ui_hit(button_rect(app, i), in.x, in.y)) {
                activate(app, i);
                return true;
            }
        return false;
    default:
        return false;
    }
}

static void title_enter(App *app)
{
    TState *st = xcalloc(1, sizeof *st);
    st->focus = BTN_START;
    app->scene_data = st;
}

const Scene scene_title = {
    .name = "title",
    .enter = title_enter,
    .event = title_event,
    .draw = title_draw,
    .leave = app_free_scene_data,
    .robot = ROBOT_ENTER,
};
