/* Phone classroom lobby (--phones): the join address with its QR code, the
 * room PIN, and the players' names as they join. A tap on a name removes
 * that player; Start (Enter) opens the first question to the phones. */
#include <qrencode.h>
#include <stdio.h>
#include <stdlib.h>

#include "i18n.h"
#include "input.h"
#include "phoneplay.h"
#include "registry.h"
#include "ui.h"
#include "ui_lang.h"

#define LOBBY_MAX_NAMES 30 /* shown; the rest are counted */
#define LOBBY_MAX_ADDRS 3

typedef struct {
    QRcode *qr;
    char addr[LOBBY_MAX_ADDRS][64];
    size_t n_addr;
    SDL_Rect name_rect[LOBBY_MAX_NAMES];
    int name_player[LOBBY_MAX_NAMES];
    int n_names;
} Lobby;

static SDL_Rect start_rect(const App *app)
{
    SDL_Rect c = ui_content(app);
    int w = ui_px(app, app->theme->button_w), h = ui_px(app, app->theme->lobby.start_h);
    return ui_mirror(app, (SDL_Rect){c.x + c.w - w, c.y + c.h - h, w, h});
}

static void lobby_enter(App *app)
{
    Lobby *l = calloc(1, sizeof *l);
    app->scene_data = l;
    PhoneServer *srv = phoneplay_server(app);
    if (!l || !srv)
        return;
    int port = phones_port(srv);
    const char *bind = getenv("AMAN_PHONES_BIND");
    l->n_addr = bind ? 0 : phones_addresses(port, l->addr, LOBBY_MAX_ADDRS);
    if (l->n_addr == 0) { /* no network up: the phones cannot join yet, but say where */
        snprintf(l->addr[0], 64, "http://%s:%d/", bind ? bind : "127.0.0.1", port);
        l->n_addr = 1;
    }
    l->qr = QRcode_encodeString(l->addr[0], 0, QR_ECLEVEL_M, QR_MODE_8, 1);
}

static void lobby_leave(App *app)
{
    Lobby *l = app->scene_data;
    if (l)
        QRcode_free(l->qr);
    app_free_scene_data(app);
}

/* The code's dark modules on white, with the quiet zone of 4 modules. */
static void draw_qr(App *app, const QRcode *qr, SDL_Rect box)
{
    int side = qr->width + 8, m = box.w / side;
    if (m < 1)
        return;
    SDL_Rect white = {box.x, box.y, m * side, m * side};
    SDL_SetRenderDrawColor(app->renderer, 255, 255, 255, 255);
    SDL_RenderFillRect(app->renderer, &white);
    SDL_SetRenderDrawColor(app->renderer, 0, 0, 0, 255);
    for (int y = 0; y < qr->width; y++)
        for (int x = 0; x < qr->width; x++)
            if (qr->data[y * qr->width + x] & 1) {
                SDL_Rect r = {box.x + (x + 4) * m, box.y + (y + 4) * m, m, m};
                SDL_RenderFillRect(app->renderer, &r);
            }
}

static void draw_join(App *app, Lobby *l, SDL_Rect col, const char *pin)
{
    int qr_side = col.w < col.h / 2 ? col.w : col.h / 2;
    SDL_Rect card = {col.x, col.y, col.w, col.h};
    ui_card(app, card);
    const Theme *T = app->theme;
    int pad = ui_px(app, T->lobby.pad);
    if (l->qr)
        draw_qr(app, l->qr,
                (SDL_Rect){col.x + (col.w - qr_side) / 2, col.y + pad, qr_side, qr_side});
    int y = col.y + qr_side + 2 * pad;
    SDL_Rect line = {col.x + pad, y, col.w - 2 * pad, ui_px(app, T->lobby.addr_h)};
    for (size_t i = 0; i < l->n_addr; i++, line.y += line.h)
        ui_text_dir(app, l->addr[i], line, T->lobby.addr, true, UI_INK, TEXT_ALIGN_CENTER,
                    TEXT_VALIGN_MIDDLE, false);
    char buf[64];
    snprintf(buf, sizeof buf, _("PIN %s"), pin);
    lang_digits(buf, sizeof buf);
    line.y += pad / 2;
    line.h = col.y + col.h - line.y - pad;
    ui_text(app, buf, line, T->lobby.pin, true, UI_GREEN, TEXT_ALIGN_CENTER, TEXT_VALIGN_MIDDLE);
}

/* The names in pills, three columns from the reading side; each drawn on
 * its own, so a name in another script cannot reorder the others. */
static void draw_names(App *app, Lobby *l, Room *room, SDL_Rect area)
{
    int cols = 3, gap = ui_px(app, app->theme->lobby.name_gap),
        h = ui_px(app, app->theme->lobby.name_h);
    int w = (area.w - (cols - 1) * gap) / cols, rows = (area.h + gap) / (h + gap);
    int max = rows * cols < LOBBY_MAX_NAMES ? rows * cols : LOBBY_MAX_NAMES;
    l->n_names = 0;
    int shown = 0, present = room_present(room);
    for (size_t i = 0; i < room_size(room); i++) {
        const RoomPlayer *p = room_player(room, (int)i);
        if (!p->present)
            continue;
        if (shown == max - 1 && present > max)
            break;
        SDL_Rect r = {area.x + (shown % cols) * (w + gap), area.y + (shown / cols) * (h + gap), w,
                      h};
        r = lang_is_rtl() ? (SDL_Rect){area.x + area.w - (r.x - area.x) - w, r.y, w, h} : r;
        ui_fill_round(app, r, h / 2, UI_GREEN_LIGHT);
        SDL_Rect t = {r.x + h / 3, r.y, r.w - 2 * h / 3, r.h};
        phoneplay_draw_name(app, p->name, t, app->theme->type.body, UI_IVORY, TEXT_ALIGN_CENTER);
        l->name_rect[l->n_names] = r;
        l->name_player[l->n_names++] = (int)i;
        shown++;
    }
    if (present > shown) {
        char buf[64];
        snprintf(buf, sizeof buf, _("and %d more"), present - shown);
        lang_digits(buf, sizeof buf);
        SDL_Rect r = {area.x + (shown % cols) * (w + gap), area.y + (shown / cols) * (h + gap), w,
                      h};
        ui_text(app, buf, ui_mirror(app, r), app->theme->type.body, false, UI_IVORY,
                TEXT_ALIGN_CENTER, TEXT_VALIGN_MIDDLE);
    }
}

static void lobby_draw(App *app)
{
    Lobby *l = app->scene_data;
    PhoneServer *srv = phoneplay_server(app);
    ui_background(app);
    if (!l || !srv)
        return;
    SDL_Rect c = ui_content(app);
    int gap = ui_px(app, app->theme->gap), head = ui_px(app, app->theme->title_h + app->theme->gap);
    ui_screen_title(app, _("Join on your phone"));
    SDL_Rect join = ui_mirror(app, (SDL_Rect){c.x, c.y + head, c.w * 36 / 100, c.h - head});
    Room *room = phones_lock(srv);
    draw_join(app, l, join, room_pin(room));
    int present = room_present(room);
    SDL_Rect right = {c.x + join.w + gap, c.y + head, c.w - join.w - gap, c.h - head};
    char buf[96];
    snprintf(buf, sizeof buf, ngettext("%d player", "%d players", present), present);
    lang_digits(buf, sizeof buf);
    SDL_Rect count = ui_mirror(
        app, (SDL_Rect){right.x, right.y, right.w, ui_px(app, app->theme->lobby.count_h)});
    ui_text(app, buf, count, app->theme->type.callout, true, UI_IVORY, TEXT_ALIGN_START,
            TEXT_VALIGN_MIDDLE);
    SDL_Rect go = start_rect(app);
    int names_top = ui_px(app, app->theme->lobby.names_top);
    SDL_Rect names = {right.x, right.y + names_top, right.w, go.y - gap - right.y - names_top};
    draw_names(app, l, room, ui_mirror(app, names));
    phones_unlock(srv);
    SDL_Rect hint = ui_mirror(app, (SDL_Rect){right.x, go.y, right.w - go.w - gap, go.h});
    ui_text(app, _("Tap a name to remove that player"), hint, app->theme->type.small, false,
            UI_MUTED_LIGHT, TEXT_ALIGN_START, TEXT_VALIGN_MIDDLE);
    ui_button(app, go, _("Start"), true, present > 0 ? UI_BTN_FOCUS : UI_BTN_DIM);
}

static bool start(App *app)
{
    Room *room = phones_lock(phoneplay_server(app));
    int present = room_present(room);
    phones_unlock(phoneplay_server(app));
    if (present == 0 || !phoneplay_begin(app))
        return false;
    app_go(app, SCENE_PHONEQ);
    return true;
}

static bool lobby_event(App *app, const SDL_Event *ev)
{
    Lobby *l = app->scene_data;
    if (!l || !phoneplay_server(app))
        return false;
    if (phoneplay_is_wake(ev))
        return phoneplay_poll(app);
    Input in = input_map(app, ev);
    if (in.kind == IN_CONFIRM)
        return start(app);
    if (in.kind == IN_BACK) { /* the server stays up: the phones keep their places */
        app_go(app, SCENE_TITLE);
        return true;
    }
    if (in.kind != IN_POINT)
        return false;
    if (ui_hit(start_rect(app), in.x, in.y))
        return start(app);
    for (int i = 0; i < l->n_names; i++)
        if (ui_hit(l->name_rect[i], in.x, in.y))
            return phoneplay_kick(app, l->name_player[i]);
    return false;
}

const Scene scene_lobby = {
    .name = "lobby",
    .demo = DEMO_PHONES,
    .enter = lobby_enter,
    .event = lobby_event,
    .draw = lobby_draw,
    .leave = lobby_leave,
};
