/* Classroom scoreboard between questions: every team's score as a bar in
 * its colour, and whose turn comes next. */
#include <stdio.h>

#include "i18n.h"
#include "input.h"
#include "modeflow.h"
#include "ui.h"
#include "ui_lang.h"

static SDL_Rect continue_rect(const App *app)
{
    SDL_Rect c = ui_content(app);
    int w = ui_px(app, app->theme->scoreboard.go_w), h = ui_px(app, app->theme->scoreboard.go_h);
    return ui_mirror(app, (SDL_Rect){c.x + c.w - w, c.y + c.h - h, w, h});
}

static void draw_team(App *app, SDL_Rect row, int t, int best, bool next)
{
    int score = quiz_team_score(app_quiz(app), t);
    bool rtl = lang_is_rtl();
    const Theme *T = app->theme;
    int pad = ui_px(app, T->scoreboard.pad), name_w = row.w * 26 / 100,
        num_w = ui_px(app, T->scoreboard.num_w);
    if (next)
        ui_outline_round(app, row, ui_px(app, T->scoreboard.row_radius), ui_px(app, T->line_bold),
                         UI_GOLD);
    SDL_Rect name = {row.x + pad, row.y, name_w, row.h};
    SDL_Rect track = {name.x + name_w + pad, row.y + row.h / 4, row.w - name_w - num_w - 4 * pad,
                      row.h / 2};
    SDL_Rect num = {track.x + track.w + pad, row.y, num_w, row.h};
    if (rtl) {
        name.x = row.x + row.w - pad - name.w;
        num.x = row.x + pad;
        track.x = num.x + num.w + pad;
    }
    ui_text(app, game_team_name(app->game, t), name, app->theme->type.heading, true, UI_IVORY,
            TEXT_ALIGN_START, TEXT_VALIGN_MIDDLE);
    ui_fill_round(app, track, track.h / 2, UI_GREEN_DARK);
    SDL_Rect bar = track;
    bar.w = best > 0 ? track.w * (score > 0 ? score : 0) / best : 0;
    if (bar.w < track.h)
        bar.w = track.h; /* a dot in the team's colour even at zero */
    if (rtl)
        bar.x = track.x + track.w - bar.w;
    ui_fill_round(app, bar, bar.h / 2, ui_team_colour(app, t));
    char buf[32];
    snprintf(buf, sizeof buf, "%d", score);
    lang_digits(buf, sizeof buf);
    ui_text(app, buf, num, T->scoreboard.points, true, UI_GOLD, TEXT_ALIGN_CENTER,
            TEXT_VALIGN_MIDDLE);
}

static void draw_title(App *app)
{
    char buf[128];
    int done = (int)quiz_index(app_quiz(app)), total = (int)quiz_length(app_quiz(app));
    snprintf(buf, sizeof buf, _("Scores after question %d of %d"), done, total);
    lang_digits(buf, sizeof buf);
    ui_screen_title(app, buf);
}

static void scoreboard_draw(App *app)
{
    int n_teams = app->game->n_teams;
    ui_background(app);
    if (!app_quiz(app) || n_teams < 2)
        return;
    SDL_Rect c = ui_content(app);
    draw_title(app);
    int best = 0;
    for (int t = 0; t < n_teams; t++)
        if (quiz_team_score(app_quiz(app), t) > best)
            best = quiz_team_score(app_quiz(app), t);
    SDL_Rect go = continue_rect(app);
    /* two hint lines beside the button; Nastaliq's need more height than
     * the button has, so in Urdu they rise above it */
    const Theme *T = app->theme;
    int hint_h = lang_is_rtl() ? ui_px(app, T->scoreboard.hint_urdu) : go.h;
    SDL_Rect hint =
        ui_mirror(app, (SDL_Rect){c.x, go.y + go.h - hint_h,
                                  c.w - go.w - ui_px(app, T->scoreboard.hint_clear), hint_h / 2});
    int top = c.y + ui_px(app, T->scoreboard.top), gap = ui_px(app, T->scoreboard.gap);
    int bottom = hint.y < go.y ? hint.y : go.y;
    int row_h = (bottom - gap - top) / n_teams - gap;
    if (row_h > ui_px(app, T->scoreboard.row_max))
        row_h = ui_px(app, T->scoreboard.row_max);
    int next = quiz_team(app_quiz(app));
    for (int t = 0; t < n_teams; t++)
        draw_team(app, (SDL_Rect){c.x, top + t * (row_h + gap), c.w, row_h}, t, best, t == next);
    char buf[128];
    snprintf(buf, sizeof buf, _("Next: %s"), game_team_name(app->game, next));
    ui_text(app, buf, hint, app->theme->type.heading, true, UI_IVORY, TEXT_ALIGN_START,
            TEXT_VALIGN_MIDDLE);
    hint.y += hint.h;
    ui_text(app, _("Teacher: press H for the keys"), hint, app->theme->type.small, false,
            UI_MUTED_LIGHT, TEXT_ALIGN_START, TEXT_VALIGN_MIDDLE);
    ui_button(app, go, _("Next question"), true, UI_BTN_FOCUS);
}

static bool scoreboard_event(App *app, const SDL_Event *ev)
{
    Input in = input_map(app, ev);
    if (!app_quiz(app)) { /* reached without a round (--scene): nothing to go on with */
        if (in.kind == IN_CONFIRM || in.kind == IN_BACK || in.kind == IN_POINT) {
            app_go(app, SCENE_TITLE);
            return true;
        }
        return false;
    }
    if (in.kind == IN_CONFIRM || (in.kind == IN_POINT && ui_hit(continue_rect(app), in.x, in.y))) {
        session_next(app->game->session, app_now(app));
        app_go(app, SCENE_QUESTION);
        return true;
    }
    if (in.kind == IN_BACK) {
        session_end(app->game->session, app_now(app));
        app_go(app, SCENE_SUMMARY);
        return true;
    }
    return false;
}

const Scene scene_scoreboard = {
    .name = "scoreboard",
    .event = scoreboard_event,
    .draw = scoreboard_draw,
    .robot = ROBOT_ENTER,
    .demo = DEMO_TEAM_ROUND,
};
