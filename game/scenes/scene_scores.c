/* High scores: the best rounds with their date, kept between runs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "asks.h"
#include "i18n.h"
#include "input.h"
#include "modeflow.h"
#include "ui.h"
#include "ui_lang.h"
#include "util.h"

static SDL_Rect back_rect(const App *app)
{
    SDL_Rect c = ui_content(app);
    int w = ui_px(app, app->theme->button_w), h = ui_px(app, app->theme->button_h);
    return ui_mirror(app, (SDL_Rect){c.x, c.y + c.h - h, w, h});
}

/* Columns from the reading side: rank, who (player, team or trainee),
 * score, date. */
enum { N_COLS = 4, COL_NAME = 1, MAX_ROWS = 10 };
static const int col_x[N_COLS] = {0, 9, 45, 63};
static const int col_w[N_COLS] = {9, 36, 18, 37};

static void draw_row(App *app, SDL_Rect row, const char *cells[N_COLS], bool bold, SDL_Color c,
                     bool numeric)
{
    for (int k = 0; k < N_COLS; k++) {
        SDL_Rect r = {row.x + row.w * col_x[k] / 100, row.y, row.w * col_w[k] / 100, row.h};
        if (lang_is_rtl())
            r.x = row.x + row.w - (r.x - row.x) - r.w;
        /* Numbers and dates read left to right in Urdu too; names keep
         * the direction of the language they are written in. */
        bool rtl = numeric && k != COL_NAME ? false : lang_is_rtl();
        ui_text_dir(app, cells[k], r, app->theme->type.body, bold, c, TEXT_ALIGN_CENTER,
                    TEXT_VALIGN_MIDDLE, rtl);
    }
}

/* "2026-11-28T14:05:09+05:00" as "2026-11-28  14:05". */
static void short_date(const char *iso, char *buf, size_t size)
{
    snprintf(buf, size, "%.10s  %.5s", iso, strlen(iso) > 11 ? iso + 11 : "");
}

/* The table as the results' thread last answered (asked on enter). */
typedef struct {
    uint64_t asked;
    bool answered;
    ResultsScore best[MAX_ROWS];
    size_t n;
} ScoresState;

extern const Scene scene_scores; /* its answers check it is still shown */

static void scores_answer(ResultsAsk *ask, void *user)
{
    App *app = user;
    AsksScores *a = (AsksScores *)ask;
    ScoresState *st = app->scene == &scene_scores ? app->scene_data : NULL;
    if (!st || st->asked != ask->ticket)
        return; /* the screen has gone */
    st->n = a->n;
    memcpy(st->best, a->best, a->n * sizeof *a->best);
    st->answered = true;
    app->dirty = true;
}

static void draw_table(App *app, SDL_Rect card)
{
    ui_card(app, card);
    int pad = ui_px(app, app->theme->pad);
    SDL_Rect in = {card.x + pad, card.y + pad / 2, card.w - 2 * pad, card.h - pad};
    int row_h = ui_px(app, app->theme->scores.row_h);
    const char *head[N_COLS] = {"#", _("Player"), _("Score"), _("Date")};
    draw_row(app, (SDL_Rect){in.x, in.y, in.w, row_h}, head, true, UI_GREEN_LIGHT, false);
    const ScoresState *st = app->scene_data;
    if (!st || (app->game->results && !st->answered))
        return; /* a few milliseconds: the table comes with the answer */
    const ResultsScore *best = st->best;
    size_t n = st->n;
    if (n == 0) {
        SDL_Rect m = {in.x, in.y + row_h, in.w, in.h - row_h};
        ui_text(app, _("No rounds played yet. Play one to set the first high score!"), m,
                app->theme->type.label, false, UI_MUTED, TEXT_ALIGN_CENTER, TEXT_VALIGN_MIDDLE);
        return;
    }
    int fit = (in.h - row_h) / row_h;
    for (int i = 0; i < (int)n && i < fit; i++) {
        char v[N_COLS][40];
        snprintf(v[0], sizeof v[0], "%d", i + 1);
        snprintf(v[2], sizeof v[2], "%d", best[i].score);
        short_date(best[i].date, v[3], sizeof v[3]);
        const char *cells[N_COLS];
        for (int k = 0; k < N_COLS; k++) {
            lang_digits(v[k], sizeof v[k]);
            cells[k] = v[k];
        }
        /* TRANSLATORS: a high score kept without a player's name */
        cells[COL_NAME] = best[i].name[0] ? mode_team_display_name(best[i].name) : _("Player");
        SDL_Rect row = {in.x, in.y + (i + 1) * row_h, in.w, row_h};
        if (i % 2 == 0)
            ui_fill_round(app, row, ui_px(app, app->theme->scores.row_radius),
                          (SDL_Color){0xEC, 0xE6, 0xD2, 0xFF});
        draw_row(app, row, cells, i == 0, i == 0 ? UI_GREEN : UI_INK, true);
    }
}

static void scores_draw(App *app)
{
    ui_background(app);
    SDL_Rect c = ui_content(app);
    SDL_Rect title = ui_screen_title(app, _("High scores"));
    SDL_Rect back = back_rect(app);
    int gap = ui_px(app, app->theme->scores.gap);
    SDL_Rect card = {c.x, title.y + title.h + gap, c.w, back.y - title.y - title.h - 2 * gap};
    draw_table(app, card);
    ui_button(app, back, _("Back"), true, UI_BTN_FOCUS);
}

static bool scores_event(App *app, const SDL_Event *ev)
{
    Input in = input_map(app, ev);
    if (in.kind == IN_BACK || in.kind == IN_CONFIRM ||
        (in.kind == IN_POINT && ui_hit(back_rect(app), in.x, in.y))) {
        app_go(app, SCENE_TITLE);
        return true;
    }
    return false;
}

static void scores_enter(App *app)
{
    ScoresState *st = xcalloc(1, sizeof *st);
    app->scene_data = st;
    asks_high_scores(app, NULL, MAX_ROWS, scores_answer, &st->asked);
}

const Scene scene_scores = {
    .name = "scores",
    .enter = scores_enter,
    .event = scores_event,
    .draw = scores_draw,
    .leave = app_free_scene_data,
};
