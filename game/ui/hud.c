#include "hud.h"

#include <stdio.h>

#include "app.h"
#include "i18n.h"
#include "modes.h"
#include "ui.h"
#include "ui_lang.h"

int hud_bottom(const App *app, bool timer)
{
    SDL_Rect c = ui_content(app);
    const Theme *T = app->theme;
    return c.y + ui_px(app, T->hud.timer_y) + (timer ? ui_px(app, T->hud.timer_room) : 0);
}

static void draw_score(App *app, SDL_Rect c, int bar_h)
{
    char buf[160];
    bool teams = quiz_teams(app_quiz(app)) > 0;
    if (teams) { /* a classroom: the score of the team whose turn it is */
        int t = quiz_team(app_quiz(app));
        /* TRANSLATORS: the score pill in a classroom: a team's name and its score */
        snprintf(buf, sizeof buf, _("%s: %d"),
                 mode_team_display_name(session_team_name(app->game->session, t)),
                 quiz_team_score(app_quiz(app), t));
    } else {
        snprintf(buf, sizeof buf, _("Score %d"), quiz_score(app_quiz(app)));
    }
    lang_digits(buf, sizeof buf);
    SDL_Rect lang = ui_lang_button_rect(app);
    const Theme *T = app->theme;
    int w = ui_px(app, T->hud.score_w);
    /* Laid out from the left, just before the language button, then mirrored. */
    int lang_left = lang_is_rtl() ? app->width - lang.x - lang.w : lang.x;
    SDL_Rect r = {lang_left - ui_px(app, T->gap) - w, c.y, w, bar_h};
    if (lang_is_rtl()) { /* Nastaliq's ink (the rise of ک) is taller than the bar */
        r.y -= bar_h * 3 / 20;
        r.h += bar_h * 3 / 10;
    }
    r = ui_mirror(app, r);
    ui_fill_round(app, r, bar_h / 2, UI_GREEN_DARK);
    /* the ink centred inside the pill: Nastaliq's tall line box centred put
     * the Urdu label above it */
    SDL_Rect in = {r.x + bar_h / 3, r.y, r.w - 2 * (bar_h / 3), r.h};
    ui_text(app, buf, in, T->type.label, true, UI_GOLD, TEXT_ALIGN_CENTER, TEXT_VALIGN_INK_MIDDLE);
    int streak = teams ? 0 : quiz_streak(app_quiz(app)); /* teams take turns: no one's streak */
    if (streak >= 2) {
        snprintf(buf, sizeof buf, _("Streak %d"), streak);
        lang_digits(buf, sizeof buf);
        SDL_Rect s = {r.x - ui_px(app, T->hud.streak_w + T->hud.streak_gap), c.y,
                      ui_px(app, T->hud.streak_w), bar_h};
        if (lang_is_rtl())
            s.x = r.x + r.w + ui_px(app, T->hud.streak_gap);
        ui_text(app, buf, s, T->type.note, false, UI_IVORY, TEXT_ALIGN_CENTER, TEXT_VALIGN_MIDDLE);
    }
}

int hud_draw(App *app, float time_frac)
{
    SDL_Rect c = ui_content(app);
    const Theme *T = app->theme;
    int bar_h = ui_px(app, T->hud.bar_h);
    if (!app_quiz(app))
        return hud_bottom(app, false);
    int total = (int)quiz_length(app_quiz(app));
    int cur = (int)quiz_index(app_quiz(app)) + 1;
    if (cur > total)
        cur = total;
    ui_progress(app, (SDL_Rect){c.x, c.y, c.w * 36 / 100, bar_h}, cur, total);
    draw_score(app, c, bar_h);
    if (time_frac >= 0) {
        SDL_Rect t = {c.x, c.y + ui_px(app, T->hud.timer_y), c.w, ui_px(app, T->hud.timer_h)};
        ui_timer_bar(app, t, time_frac);
    }
    return hud_bottom(app, time_frac >= 0);
}

SDL_Rect pause_button(const App *app, int i)
{
    const Theme *T = app->theme;
    int w = ui_px(app, T->hud.pause_w), h = ui_px(app, T->hud.pause_h);
    return (SDL_Rect){(app->width - w) / 2,
                      app->height / 2 + i * (h + ui_px(app, T->hud.pause_gap)), w, h};
}

void pause_draw(App *app, int focus)
{
    SDL_SetRenderDrawBlendMode(app->renderer, SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(app->renderer, 0x03, 0x16, 0x10, 0xE0);
    SDL_RenderFillRect(app->renderer, NULL);
    SDL_Rect b0 = pause_button(app, 0), b1 = pause_button(app, 1);
    const Theme *T = app->theme;
    int pad = ui_px(app, T->hud.pause_pad), head = ui_px(app, T->hud.pause_head);
    SDL_Rect panel = {b0.x - pad, b0.y - head, b0.w + 2 * pad, b1.y + b1.h + pad - (b0.y - head)};
    int radius = ui_px(app, T->hud.pause_radius);
    ui_fill_round(app, panel, radius, UI_GREEN);
    ui_outline_round(app, panel, radius, ui_px(app, T->line), UI_GOLD);
    SDL_Rect t = {panel.x, panel.y + ui_px(app, T->hud.pause_head_y), panel.w,
                  ui_px(app, T->hud.pause_head_h)};
    ui_text(app, _("Paused"), t, T->type.display, true, UI_GOLD, TEXT_ALIGN_CENTER,
            TEXT_VALIGN_MIDDLE);
    ui_button(app, b0, _("Resume"), true, focus == 0 ? UI_BTN_FOCUS : UI_BTN_NORMAL);
    ui_button(app, b1, _("End round"), false, focus == 1 ? UI_BTN_FOCUS : UI_BTN_NORMAL);
}

PauseAction pause_event(App *app, const Input *in, int *focus)
{
    switch (in->kind) {
    case IN_BACK:
        return PAUSE_RESUME;
    case IN_UP:
    case IN_DOWN:
    case IN_PREV:
    case IN_NEXT:
        *focus = *focus == 0 ? 1 : 0;
        return PAUSE_NONE;
    case IN_CONFIRM:
        return *focus == 1 ? PAUSE_QUIT : PAUSE_RESUME;
    case IN_POINT:
        for (int i = 0; i < 2; i++)
            if (ui_hit(pause_button(app, i), in->x, in->y))
                return i == 0 ? PAUSE_RESUME : PAUSE_QUIT;
        return PAUSE_NONE;
    default:
        return PAUSE_NONE;
    }
}

const char *hud_question_text(const App *app, const Question *q, bool other)
{
    (void)app;
    return other ? lang_bank_other(q->id, "question", q->text)
                 : lang_bank(q->id, "question", q->text);
}

const char *hud_choice_text(const App *app, size_t i, int displayed, bool other)
{
    const Question *q = quiz_question(app_quiz(app), i);
    const Choice *c = quiz_choice(app_quiz(app), i, displayed);
    if (!q || !c)
        return NULL;
    char field[32];
    i18n_field_choice(field, sizeof field, quiz_choice_original(app_quiz(app), i, displayed) + 1);
    return other ? lang_bank_other(q->id, field, c->text) : lang_bank(q->id, field, c->text);
}

/* The bank field of feedback text fb of q (which text of the question it
 * is), for its translation. */
static const char *feedback_field(const Question *q, const char *fb, char *field, size_t size)
{
    if (fb == q->general_feedback)
        return "general";
    if (fb == q->tf_feedback_wrong)
        return "tf.wrong";
    if (fb == q->tf_feedback_right)
        return "tf.right";
    for (int i = 0; i < q->n_choices; i++)
        if (fb == q->choices[i].feedback)
            return i18n_field_choice_feedback(field, size, i + 1);
    for (int i = 0; i < q->n_numeric; i++)
        if (fb == q->numeric[i].feedback)
            return i18n_field_numeric_feedback(field, size, i + 1);
    return NULL;
}

const char *hud_explanation(const Question *q, const QuizOutcome *o, bool other)
{
    const char *fb = o && o->feedback ? o->feedback : q->general_feedback;
    if (!fb)
        return NULL;
    char buf[40];
    const char *field = feedback_field(q, fb, buf, sizeof buf);
    if (!field)
        return other ? NULL : fb;
    return other ? lang_bank_other(q->id, field, fb) : lang_bank(q->id, field, fb);
}

void hud_format_number(double v, char *buf, size_t size)
{
    snprintf(buf, size, "%.10g", v);
    lang_digits(buf, size);
}

const char *hud_sub(const App *app, const char *msgid)
{
    return app->bilingual ? lang_other(msgid) : NULL;
}
