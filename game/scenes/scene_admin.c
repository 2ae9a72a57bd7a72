/* Kiosk admin: after the corner hold, the PIN on the on-screen pad. The
 * right PIN leaves the game; wrong ones are refused, and too many lock the
 * pad for a while (the session's kiosk rules, core/session.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "keypad.h"
#include "modeflow.h"
#include "sync_panel.h"
#include "ui.h"
#include "ui_lang.h"
#include "util.h"

typedef struct {
    char pin[12];
    KioskPinResult last; /* of the last try; KIOSK_PIN_OK before any */
    bool tried;
} AdminState;

static void draw_message(App *app, const AdminState *st, SDL_Rect r)
{
    int64_t locked = session_kiosk_lockout_left(app->game->session, app_now(app));
    char buf[160];
    if (locked > 0) {
        int s = (int)((locked + 999) / 1000);
        snprintf(buf, sizeof buf,
                 ngettext("Too many wrong PINs. Try again in %d second.",
                          "Too many wrong PINs. Try again in %d seconds.", s),
                 s);
    } else if (st->tried && st->last == KIOSK_PIN_WRONG) {
        snprintf(buf, sizeof buf, "%s", _("Wrong PIN. Try again."));
    } else {
        return;
    }
    lang_digits(buf, sizeof buf);
    ui_text(app, buf, r, app->theme->type.body, true, UI_GOLD, TEXT_ALIGN_START,
            TEXT_VALIGN_MIDDLE);
}

static void admin_draw(App *app)
{
    AdminState *st = app->scene_data;
    KeypadScreen L;
    keypad_screen(app, &L);
    ui_background(app);
    ui_screen_title(app, _("Kiosk administration"));
    ui_text(app, _("Type the PIN to leave the kiosk."), L.info, app->theme->type.heading, false,
            UI_IVORY, TEXT_ALIGN_START, TEXT_VALIGN_MIDDLE);
    char dots[64] = "";
    size_t n = st ? strlen(st->pin) : 0;
    for (size_t i = 0; i < n && i < 12; i++)
        strcat(dots, i ? " \u2022" : "\u2022");
    keypad_draw_entry(app, L.entry, dots, _("PIN"));
    if (st)
        draw_message(app, st, L.message);
    keypad_draw(app, L.keys);
    ui_button(app, L.back, _("Cancel"), false, UI_BTN_NORMAL);
    int top = L.message.y + L.message.h;
    sync_panel_draw(app, (SDL_Rect){L.message.x, top, L.message.w, L.back.y - top});
}

static bool admin_update(App *app, Uint32 now_ms)
{
    (void)now_ms;
    sync_panel_wake(app);
    return false;
}

static bool admin_event(App *app, const SDL_Event *ev)
{
    AdminState *st = app->scene_data;
    KeypadScreen L;
    keypad_screen(app, &L);
    Input in = input_map(app, ev);
    switch (keypad_input(app, &L, &in, st->pin, 8)) {
    case KEYPAD_CHANGED:
        return true;
    case KEYPAD_SUBMIT:
        if (session_kiosk_state(app->game->session) == KIOSK_NONE)
            return true;
        st->tried = true;
        st->last = session_kiosk_pin(app->game->session, st->pin, app_now(app));
        st->pin[0] = '\0';
        if (st->last == KIOSK_PIN_OK) {
            app->exit_status = KIOSK_EXIT_STATUS;
            app->running = false;
        }
        return true;
    case KEYPAD_BACK:
        if (session_kiosk_state(app->game->session) != KIOSK_NONE)
            session_kiosk_pin_cancel(app->game->session, app_now(app));
        flow_abandon_round(app);
        app_go(app, SCENE_ATTRACT);
        return true;
    default:
        return false;
    }
}

static void admin_enter(App *app)
{
    app->scene_data = xcalloc(1, sizeof(AdminState));
}

const Scene scene_admin = {
    .name = "admin",
    .enter = admin_enter,
    .event = admin_event,
    .update = admin_update,
    .draw = admin_draw,
    .leave = app_free_scene_data,
    .overlay = true,
    .robot = ROBOT_ESCAPE,
};
