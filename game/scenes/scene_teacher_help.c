/* Classroom: the help screen that lists the teacher's keys (what they do
 * is flow_teacher_key's, game/scenes/modeflow_run.c). */
#include <stdio.h>

#include "i18n.h"
#include "input.h"
#include "modeflow.h"
#include "scene_question.h"
#include "ui.h"
#include "ui_lang.h"
#include "util.h"

typedef struct {
    const char *keys; /* as printed on the keyboard */
    const char *what; /* N_() */
} KeyHelp;

static const KeyHelp teacher_keys[] = {
    {"P", N_("Pause or resume the question")},
    {"S", N_("Skip the question, no points")},
    {"R", N_("Reveal the right answer")},
    {"+  T", N_("Give 15 more seconds")},
    {"X", N_("End the round")},
    {"H  F1", N_("Show or hide these keys")},
};

static const KeyHelp everyone_keys[] = {
    {"1-6  A-F", N_("Answer")},   {"Enter", N_("Next")},       {"Esc", N_("Pause menu, back")},
    {"L", N_("Switch language")}, {"V", N_("Bilingual view")}, {"F11", N_("Full screen")},
};

/* ---- the help screen ---- */

static SDL_Rect back_rect(const App *app)
{
    SDL_Rect c = ui_content(app);
    int w = ui_px(app, app->theme->button_w), h = ui_px(app, app->theme->button_h);
    return ui_mirror(app, (SDL_Rect){c.x + c.w - w, c.y + c.h - h, w, h});
}

static void draw_column(App *app, SDL_Rect col, const char *head, const KeyHelp *k, size_t n)
{
    const Theme *T = app->theme;
    int row_h = ui_px(app, T->help.row_h), cap_w = ui_px(app, T->help.cap_w),
        gap = ui_px(app, T->help.cap_gap);
    SDL_Rect h = ui_mirror(app, (SDL_Rect){col.x, col.y, col.w, ui_px(app, T->help.head_h)});
    ui_text(app, head, h, T->type.label, true, UI_GOLD, TEXT_ALIGN_START, TEXT_VALIGN_MIDDLE);
    for (size_t i = 0; i < n; i++) {
        int y = col.y + ui_px(app, T->help.rows_top) + (int)i * row_h;
        SDL_Rect cap = ui_mirror(app, (SDL_Rect){col.x, y + ui_px(app, T->help.cap_inset), cap_w,
                                                 row_h - ui_px(app, T->help.cap_inset * 2)});
        SDL_Rect what =
            ui_mirror(app, (SDL_Rect){col.x + cap_w + gap, y, col.w - cap_w - gap, row_h});
        ui_fill_round(app, cap, ui_px(app, T->help.cap_radius), UI_IVORY);
        TextStyle st = {.max_px = ui_px(app, T->help.cap_type),
                        .bold = true,
                        .color = UI_INK,
                        .dir = TEXT_DIR_LTR,
                        .align = TEXT_ALIGN_CENTER,
                        .valign = TEXT_VALIGN_MIDDLE};
        text_draw(app->text, k[i].keys, cap, &st);
        ui_text(app, _(k[i].what), what, T->help.what, false, UI_IVORY, TEXT_ALIGN_START,
                TEXT_VALIGN_MIDDLE);
    }
}

static void help_draw(App *app)
{
    ui_background(app);
    SDL_Rect c = ui_content(app);
    ui_screen_title(app, _("Keys for the teacher"));
    const Theme *T = app->theme;
    int gap = ui_px(app, T->help.col_gap), top = c.y + ui_px(app, T->help.top);
    int w = (c.w - gap) / 2, h = c.h - ui_px(app, T->help.top);
    draw_column(app, (SDL_Rect){c.x, top, w, h}, _("Teacher"), teacher_keys,
                ARRAY_LEN(teacher_keys));
    draw_column(app, (SDL_Rect){c.x + w + gap, top, w, h}, _("Everyone"), everyone_keys,
                ARRAY_LEN(everyone_keys));
    SDL_Rect back = back_rect(app);
    SDL_Rect hint = ui_mirror(app, (SDL_Rect){c.x, back.y, c.w - back.w - gap, back.h});
    ui_text(app, _("The round is paused while this help is open."), hint, T->type.note, false,
            UI_MUTED_LIGHT, TEXT_ALIGN_START, TEXT_VALIGN_MIDDLE);
    ui_button(app, back, _("Back"), true, UI_BTN_FOCUS);
}

static bool help_event(App *app, const SDL_Event *ev)
{
    Input in = input_map(app, ev);
    bool help_key = ev->type == SDL_KEYDOWN && !ev->key.repeat &&
                    (ev->key.keysym.sym == SDLK_h || ev->key.keysym.sym == SDLK_F1);
    if (help_key || in.kind == IN_BACK || in.kind == IN_CONFIRM ||
        (in.kind == IN_POINT && ui_hit(back_rect(app), in.x, in.y))) {
        flow_back(app);
        return true;
    }
    return false;
}

static void help_enter(App *app)
{
    flow_of(app)->help_shown = true;
}

static void help_leave(App *app)
{
    flow_of(app)->help_shown = false;
}

const Scene scene_teacher_help = {
    .name = "teacher_help",
    .enter = help_enter,
    .leave = help_leave,
    .event = help_event,
    .draw = help_draw,
    .overlay = true,
    .robot = ROBOT_ESCAPE,
};
