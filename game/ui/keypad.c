#include "keypad.h"

#include <string.h>

#include "app.h"
#include "i18n.h"
#include "layout.h"
#include "ui.h"
#include "ui_lang.h"

static const char digits[KEYPAD_KEYS] = {'7', '8', '9', '4', '5', '6', '1', '2', '3', 0, '0', 0};

char keypad_char(int key)
{
    return key >= 0 && key < KEYPAD_KEYS ? digits[key] : 0;
}

void keypad_screen(const App *app, KeypadScreen *L)
{
    SDL_Rect c = ui_content(app);
    const Theme *T = app->theme;
    int gap = ui_px(app, T->keypad.gap), pad_w = ui_px(app, T->keypad.pad_w);
    int top = c.y + ui_px(app, T->keypad.top);
    SDL_Rect pad = {c.x + c.w - pad_w, top, pad_w, c.y + c.h - top};
    int kw = (pad.w - 2 * gap) / 3, kh = (pad.h - 3 * gap) / 4;
    for (int i = 0; i < KEYPAD_KEYS; i++)
        L->keys[i] = (SDL_Rect){pad.x + (i % 3) * (kw + gap), pad.y + (i / 3) * (kh + gap), kw, kh};
    int left_w = c.w - pad_w - ui_px(app, T->keypad.side_gap);
    L->title = ui_title_rect(app);
    L->info = (SDL_Rect){c.x, top, left_w, ui_px(app, T->keypad.info_h)};
    L->entry = (SDL_Rect){c.x, L->info.y + L->info.h + gap, left_w, ui_px(app, T->keypad.entry_h)};
    L->message =
        (SDL_Rect){c.x, L->entry.y + L->entry.h + gap, left_w, ui_px(app, T->keypad.message_h)};
    L->back = (SDL_Rect){c.x, c.y + c.h - ui_px(app, T->button_h), ui_px(app, T->keypad.back_w),
                         ui_px(app, T->button_h)};
    L->title = ui_mirror(app, L->title);
    L->info = ui_mirror(app, L->info);
    L->entry = ui_mirror(app, L->entry);
    L->message = ui_mirror(app, L->message);
    L->back = ui_mirror(app, L->back);
    /* The pad moves to the other side; its keys keep phone order. */
    SDL_Rect m = ui_mirror(app, pad);
    for (int i = 0; i < KEYPAD_KEYS; i++)
        L->keys[i].x += m.x - pad.x;
}

void keypad_draw(App *app, const SDL_Rect keys[KEYPAD_KEYS])
{
    for (int i = 0; i < KEYPAD_KEYS; i++) {
        char s[2] = {digits[i], 0};
        const char *label = i == KEYPAD_ERASE ? _("Erase") : i == KEYPAD_OK ? _("OK") : s;
        char one_line[128]; /* a key's label shrinks rather than break in two («ٹھیک ہے») */
        ui_button(app, keys[i], layout_no_break(label, one_line, sizeof one_line), i == KEYPAD_OK,
                  UI_BTN_NORMAL);
    }
}

void keypad_draw_entry(App *app, SDL_Rect box, const char *text, const char *placeholder)
{
    ui_card(app, box);
    const Theme *T = app->theme;
    SDL_Rect in = {box.x + ui_px(app, T->keypad.entry_inset), box.y,
                   box.w - ui_px(app, T->keypad.entry_inset * 2), box.h};
    if (*text) {
        TextStyle big = {.max_px = ui_px(app, T->keypad.digits),
                         .bold = true,
                         .color = UI_INK,
                         .dir = TEXT_DIR_LTR,
                         .align = TEXT_ALIGN_CENTER,
                         .valign = TEXT_VALIGN_MIDDLE};
        text_draw(app->text, text, in, &big);
    } else {
        ui_text(app, placeholder, in, T->type.label, false, UI_MUTED, TEXT_ALIGN_CENTER,
                TEXT_VALIGN_MIDDLE);
    }
}

static KeypadResult press(char *buf, size_t maxlen, int key, char ch)
{
    size_t n = strlen(buf);
    if (key == KEYPAD_OK)
        return KEYPAD_SUBMIT;
    if (key == KEYPAD_ERASE) {
        if (n == 0)
            return KEYPAD_NONE;
        buf[n - 1] = '\0';
        return KEYPAD_CHANGED;
    }
    if (ch < '0' || ch > '9' || n >= maxlen)
        return KEYPAD_NONE;
    buf[n] = ch;
    buf[n + 1] = '\0';
    return KEYPAD_CHANGED;
}

KeypadResult keypad_input(const App *app, const KeypadScreen *L, const Input *in, char *buf,
                          size_t maxlen)
{
    (void)app;
    switch (in->kind) {
    case IN_POINT:
        if (ui_hit(L->back, in->x, in->y))
            return KEYPAD_BACK;
        for (int i = 0; i < KEYPAD_KEYS; i++)
            if (ui_hit(L->keys[i], in->x, in->y))
                return press(buf, maxlen, i, digits[i]);
        return KEYPAD_NONE;
    case IN_CHOOSE:
    case IN_CHAR:
        return press(buf, maxlen, -1, in->ch);
    case IN_ERASE:
        return press(buf, maxlen, KEYPAD_ERASE, 0);
    case IN_CONFIRM:
        return KEYPAD_SUBMIT;
    case IN_BACK:
        return KEYPAD_BACK;
    default:
        return KEYPAD_NONE;
    }
}
