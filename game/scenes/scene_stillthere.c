/* Kiosk: "Still there?" when a visitor walks away in the middle of a round.
 * A touch anywhere goes back to the round (the session's kiosk rules,
 * core/session.h, handle the touch); when the countdown runs out the round
 * is left for the attract loop. */
#include <stdio.h>

#include "i18n.h"
#include "input.h"
#include "modeflow.h"
#include "ui.h"
#include "ui_lang.h"

static int64_t left_ms(const App *app, int64_t *total)
{
    *total = (int64_t)settings_get_int(app->game->settings, "kiosk_countdown") * 1000;
    if (session_kiosk_state(app->game->session) == KIOSK_STILL_THERE)
        return session_kiosk_countdown_left(app->game->session, app_now(app));
    return *total;
}

static void draw_count(App *app, SDL_Rect r, int64_t left)
{
    ui_fill_round(app, r, r.w / 2, UI_GOLD);
    SDL_Rect in = {r.x + r.w / 14, r.y + r.h / 14, r.w - r.w / 7, r.h - r.h / 7};
    ui_fill_round(app, in, in.w / 2, UI_GREEN_DARK);
    char buf[16];
    snprintf(buf, sizeof buf, "%d", (int)((left + 999) / 1000));
    lang_digits(buf, sizeof buf);
    TextStyle st = {.max_px = r.h / 2,
                    .bold = true,
                    .color = UI_GOLD,
                    .dir = TEXT_DIR_LTR,
                    .align = TEXT_ALIGN_CENTER,
                    .valign = TEXT_VALIGN_MIDDLE};
    text_draw(app->text, buf, in, &st);
}

static void stillthere_draw(App *app)
{
    ui_background(app);
    int64_t total, left = left_ms(app, &total);
    int w = app->width, h = app->height;
    SDL_Rect head = {w / 10, h * 8 / 100, w * 8 / 10, h * 16 / 100};
    const Theme *T = app->theme;
    ui_text(app, _("Still there?"), head, T->stillthere.head, true, UI_GOLD, TEXT_ALIGN_CENTER,
            TEXT_VALIGN_MIDDLE);
    SDL_Rect other = {w / 10, head.y + head.h, w * 8 / 10, h * 9 / 100};
    ui_text_dir(app, lang_other(N_("Still there?")), other, T->stillthere.other, false, UI_IVORY,
                TEXT_ALIGN_CENTER, TEXT_VALIGN_MIDDLE, !lang_is_rtl());
    int d = h * 30 / 100;
    draw_count(app, (SDL_Rect){(w - d) / 2, other.y + other.h + h * 3 / 100, d, d}, left);
    SDL_Rect bar =
        ui_mirror(app, (SDL_Rect){w / 5, h * 76 / 100, w * 3 / 5, ui_px(app, T->stillthere.bar_h)});
    ui_timer_bar(app, bar, total > 0 ? (float)left / (float)total : 0);
    SDL_Rect msg = {w / 10, h * 80 / 100, w * 8 / 10, h * 8 / 100};
    ui_text(app, _("Touch the screen to keep playing."), msg, T->type.callout, true, UI_IVORY,
            TEXT_ALIGN_CENTER, TEXT_VALIGN_MIDDLE);
    SDL_Rect msg2 = {w / 10, msg.y + msg.h, w * 8 / 10, h * 7 / 100};
    ui_text_dir(app, lang_other(N_("Touch the screen to keep playing.")), msg2, T->type.body, false,
                UI_MUTED_LIGHT, TEXT_ALIGN_CENTER, TEXT_VALIGN_MIDDLE, !lang_is_rtl());
}

/* Outside a kiosk (a screenshot) any touch or key goes back. */
static bool stillthere_event(App *app, const SDL_Event *ev)
{
    Input in = input_map(app, ev);
    if (in.kind == IN_POINT || in.kind == IN_CONFIRM || in.kind == IN_BACK) {
        flow_back(app);
        return true;
    }
    return false;
}

static bool stillthere_update(App *app, Uint32 now_ms)
{
    (void)now_ms;
    /* The countdown changes once a second: wake for it instead of drawing
     * 60 frames a second for up to two minutes. */
    if (session_kiosk_state(app->game->session) == KIOSK_STILL_THERE && !app->scene_wake_ms)
        app->scene_wake_ms = app_now(app) + 250;
    return false;
}

const Scene scene_stillthere = {
    .name = "stillthere",
    .event = stillthere_event,
    .update = stillthere_update,
    .draw = stillthere_draw,
    .overlay = true,
    .robot = ROBOT_TAP,
};
