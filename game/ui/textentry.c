/* textentry: the typed-answer field (see textentry.h). */
#include "textentry.h"

#include <string.h>

#include "app.h"
#include "i18n.h"
#include "ui.h"
#include "ui_lang.h"

static bool is_text_key(SDL_Keycode k)
{
    return (k >= 32 && k < 127) || k == SDLK_BACKSPACE || k == SDLK_RETURN || k == SDLK_KP_ENTER ||
           (k >= SDLK_KP_1 && k <= SDLK_KP_0) || k == SDLK_KP_PERIOD || k == SDLK_KP_MINUS;
}

bool textentry_owns(const SDL_Event *ev)
{
    if (ev->type == SDL_TEXTINPUT || ev->type == SDL_TEXTEDITING)
        return true;
    return (ev->type == SDL_KEYDOWN || ev->type == SDL_KEYUP) && is_text_key(ev->key.keysym.sym);
}

static void erase_last(TextEntry *te)
{
    size_t n = strlen(te->text);
    while (n > 0 && ((unsigned char)te->text[n - 1] & 0xC0) == 0x80)
        n--;
    if (n > 0)
        n--;
    te->text[n] = '\0';
}

TextEntryResult textentry_event(TextEntry *te, const SDL_Event *ev)
{
    if (ev->type == SDL_TEXTINPUT) {
        size_t n = strlen(te->text), add = strlen(ev->text.text);
        if (add == 0 || n + add >= sizeof te->text)
            return TEXTENTRY_CONSUMED;
        memcpy(te->text + n, ev->text.text, add + 1);
        return TEXTENTRY_EDITED;
    }
    if (!textentry_owns(ev))
        return TEXTENTRY_NONE;
    if (ev->type != SDL_KEYDOWN)
        return TEXTENTRY_CONSUMED;
    SDL_Keycode k = ev->key.keysym.sym;
    if (k == SDLK_BACKSPACE && te->text[0]) {
        erase_last(te);
        return TEXTENTRY_EDITED;
    }
    if ((k == SDLK_RETURN || k == SDLK_KP_ENTER) && !textentry_blank(te))
        return TEXTENTRY_SUBMIT;
    return TEXTENTRY_CONSUMED;
}

bool textentry_blank(const TextEntry *te)
{
    return te->text[strspn(te->text, " \t")] == '\0';
}

void textentry_focus(App *app, bool on)
{
    if (on == app->typing)
        return;
    app->typing = on;
    if (on)
        SDL_StartTextInput();
    else
        SDL_StopTextInput();
}

void textentry_draw(App *app, const TextEntry *te, SDL_Rect box, const char *placeholder)
{
    ui_card(app, box);
    int pad = ui_px(app, app->theme->pad);
    SDL_Rect in = {box.x + pad, box.y, box.w - 2 * pad, box.h};
    if (!te->text[0]) {
        ui_text(app, placeholder, in, app->theme->type.label, false, UI_MUTED, TEXT_ALIGN_START,
                TEXT_VALIGN_MIDDLE);
        return;
    }
    char shown[TEXTENTRY_MAX + 4];
    snprintf(shown, sizeof shown, "%s|", te->text);
    ui_text(app, shown, in, app->theme->typed, true, UI_INK, TEXT_ALIGN_START, TEXT_VALIGN_MIDDLE);
}

const char *textentry_answer_text(const Question *q)
{
    const Choice *c = question_short_answer(q);
    if (!c)
        return NULL;
    char field[32];
    i18n_field_choice(field, sizeof field, (int)(c - q->choices) + 1);
    return lang_bank(q->id, field, c->text);
}
