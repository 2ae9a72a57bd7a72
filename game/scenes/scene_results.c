/* Trainer's results: behind the admin PIN (the `kiosk_pin` setting), the
 * cohort's figures and charts, then one trainee at a time (Previous / Next):
 * accuracy over time against the pass mark, accuracy per topic, how many
 * questions are due. The same numbers as the HTML report (core/cohort.h),
 * drawn with the game's shapes, mirrored in Urdu. Reached from the sign-in
 * screen's Trainer button; --scene results shows it unlocked (screenshots),
 * on --trainee's page when given. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "asks.h"
#include "cohort.h"
#include "i18n.h"
#include "keypad.h"
#include "modeflow.h"
#include "registry.h"
#include "results_stats.h"
#include "ui.h"
#include "ui_lang.h"
#include "util.h"

enum { BTN_BACK, BTN_COHORT, BTN_PREV, BTN_NEXT, N_BTN };
enum { N_FIGURES = 4, MAX_WRONG = 5 };

typedef struct {
    bool unlocked;
    char pin[12];
    int wrong; /* wrong PINs in a row; the pad refuses after MAX_WRONG */
    ResultsRows *rows;
    Cohort *cohort;
    int page;       /* 0: the cohort; i > 0: trainee i - 1 */
    uint64_t asked; /* the rows asked of the results' thread */
    bool answered;
} ResultsState;

extern const Scene scene_results; /* its answers check it is still shown */

typedef struct {
    SDL_Rect title, figures[N_FIGURES], line, bars, buttons[N_BTN];
} ResultsLayout;

static void layout(const App *app, ResultsLayout *L)
{
    SDL_Rect c = ui_content(app);
    const Theme *T = app->theme;
    int gap = ui_px(app, T->gap), bh = ui_px(app, T->button_h),
        fh = ui_px(app, lang_is_rtl() ? T->results.figure_h.urdu : T->results.figure_h.latin);
    L->title = (SDL_Rect){c.x, c.y, c.w - ui_px(app, T->title_clear), ui_px(app, T->title_h)};
    int y = c.y + ui_px(app, T->results.figures_top),
        fw = (c.w - (N_FIGURES - 1) * gap) / N_FIGURES;
    for (int i = 0; i < N_FIGURES; i++)
        L->figures[i] = (SDL_Rect){c.x + i * (fw + gap), y, fw, fh};
    y += fh + gap;
    int by = c.y + c.h - bh, ch = by - gap - y, lw = (c.w - gap) / 2;
    L->line = (SDL_Rect){c.x, y, lw, ch};
    L->bars = (SDL_Rect){c.x + lw + gap, y, c.w - lw - gap, ch};
    int bw = (c.w - (N_BTN - 1) * gap) / N_BTN;
    for (int i = 0; i < N_BTN; i++)
        L->buttons[i] = (SDL_Rect){c.x + i * (bw + gap), by, bw, bh};
    L->title = ui_mirror(app, L->title);
    L->line = ui_mirror(app, L->line);
    L->bars = ui_mirror(app, L->bars);
    for (int i = 0; i < N_FIGURES; i++)
        L->figures[i] = ui_mirror(app, L->figures[i]);
    for (int i = 0; i < N_BTN; i++)
        L->buttons[i] = ui_mirror(app, L->buttons[i]);
}

static const char *pct(double v, char *buf, size_t size)
{
    snprintf(buf, size, _("%d%%"), (int)(v * 100 + 0.5));
    lang_digits(buf, size);
    return buf;
}

static const char *count(long n, char *buf, size_t size)
{
    snprintf(buf, size, "%ld", n);
    lang_digits(buf, size);
    return buf;
}

static void figure(App *app, SDL_Rect r, const char *name, const char *value)
{
    ui_card(app, r);
    const Theme *T = app->theme;
    int pad = ui_px(app, T->results.figure_pad), inset = ui_px(app, T->results.figure_inset);
    SDL_Rect top = {r.x + pad, r.y + inset, r.w - 2 * pad, r.h / 2 - inset};
    SDL_Rect bottom = {r.x + pad, r.y + r.h / 2, r.w - 2 * pad, r.h / 2 - inset};
    ui_text(app, name, top, T->results.figure_name, false, UI_MUTED, TEXT_ALIGN_START,
            TEXT_VALIGN_MIDDLE);
    ui_text(app, value, bottom, T->results.figure_value, true, UI_INK, TEXT_ALIGN_START,
            TEXT_VALIGN_MIDDLE);
}

/* A dashed horizontal or vertical line of the pass mark. */
static void dashes(App *app, SDL_Rect from, bool vertical)
{
    /* at least the design thickness in real pixels, however small the screen */
    int thick = app->theme->results.dash_line;
    int dash = ui_px(app, app->theme->results.dash),
        t = ui_px(app, thick) > 1 ? ui_px(app, thick) : thick;
    SDL_SetRenderDrawColor(app->renderer, UI_WRONG.r, UI_WRONG.g, UI_WRONG.b, 255);
    int len = vertical ? from.h : from.w;
    for (int d = 0; d < len; d += 2 * dash) {
        int n = d + dash > len ? len - d : dash;
        SDL_Rect r =
            vertical ? (SDL_Rect){from.x, from.y + d, t, n} : (SDL_Rect){from.x + d, from.y, n, t};
        SDL_RenderFillRect(app->renderer, &r);
    }
}

/* The chart card: its title on top, the plot area below. */
static SDL_Rect chart_card(App *app, SDL_Rect r, const char *title)
{
    ui_card(app, r);
    const Theme *T = app->theme;
    int pad = ui_px(app, T->results.panel_pad),
        th = ui_px(app, lang_is_rtl() ? T->results.panel_head.urdu : T->results.panel_head.latin);
    SDL_Rect t = {r.x + pad, r.y + ui_px(app, T->results.panel_head_y), r.w - 2 * pad, th};
    ui_text(app, title, t, T->results.panel_type, true, UI_INK, TEXT_ALIGN_START,
            TEXT_VALIGN_MIDDLE);
    int below = ui_px(app, T->results.panel_head_gap);
    return (SDL_Rect){r.x + pad, r.y + th + below, r.w - 2 * pad, r.h - th - below - pad};
}

/* A line of values 0..1 (time runs towards the reading end), the pass mark
 * dashed, labels 0 / 50 / 100 % on the reading side. */
static void line_chart(App *app, SDL_Rect r, const char *title, const double *v, size_t n)
{
    SDL_Rect plot = chart_card(app, r, title);
    bool rtl = lang_is_rtl();
    const Theme *T = app->theme;
    int lab = ui_px(app, T->results.axis_w), gap = ui_px(app, T->results.axis_gap);
    SDL_Rect area = {rtl ? plot.x : plot.x + lab, plot.y + ui_px(app, T->results.plot_inset),
                     plot.w - lab, plot.h - ui_px(app, T->results.plot_inset * 2)};
    char buf[16];
    for (int k = 0; k <= 2; k++) {
        int y = area.y + area.h - area.h * k / 2;
        SDL_SetRenderDrawColor(app->renderer, UI_MUTED.r, UI_MUTED.g, UI_MUTED.b, 90);
        SDL_RenderDrawLine(app->renderer, area.x, y, area.x + area.w, y);
        SDL_Rect lr = {rtl ? area.x + area.w + gap : plot.x, y - ui_px(app, T->results.axis_h / 2),
                       lab - gap, ui_px(app, T->results.axis_h)};
        ui_text(app, pct(k / 2.0, buf, sizeof buf), lr, T->results.axis_type, false, UI_MUTED,
                TEXT_ALIGN_END, TEXT_VALIGN_MIDDLE);
    }
    int pass_y = area.y + area.h - (int)(area.h * app_quiz_config(app)->pass_mark / 100.0);
    dashes(app, (SDL_Rect){area.x, pass_y, area.w, 0}, false);
    char mark[16], label[64];
    snprintf(label, sizeof label, _("pass mark %s"),
             pct(app_quiz_config(app)->pass_mark / 100.0, mark, sizeof mark));
    const ThemeByScript *above = &T->results.pass_above, *tall = &T->results.pass_h;
    SDL_Rect lr = {area.x, pass_y - ui_px(app, rtl ? above->urdu : above->latin), area.w,
                   ui_px(app, rtl ? tall->urdu : tall->latin)};
    ui_text(app, label, lr, T->results.axis_type, false, UI_WRONG, TEXT_ALIGN_END,
            TEXT_VALIGN_BOTTOM);
    int px = 0, py = 0, dot = ui_px(app, T->results.dot);
    for (size_t i = 0; i < n; i++) {
        double f = n > 1 ? (double)i / (double)(n - 1) : 0.5;
        int x = area.x + (int)(area.w * (rtl ? 1 - f : f));
        int y = area.y + area.h - (int)(area.h * (v[i] < 0 ? 0 : v[i] > 1 ? 1 : v[i]));
        SDL_SetRenderDrawColor(app->renderer, UI_GREEN.r, UI_GREEN.g, UI_GREEN.b, 255);
        for (int t = -ui_px(app, T->results.stroke); i > 0 && t <= ui_px(app, T->results.stroke);
             t++)
            SDL_RenderDrawLine(app->renderer, px, py + t, x, y + t);
        px = x, py = y;
    }
    for (size_t i = 0; i < n && n <= 60; i++) {
        double f = n > 1 ? (double)i / (double)(n - 1) : 0.5;
        int x = area.x + (int)(area.w * (rtl ? 1 - f : f));
        int y = area.y + area.h - (int)(area.h * (v[i] < 0 ? 0 : v[i] > 1 ? 1 : v[i]));
        ui_fill_round(app, (SDL_Rect){x - dot, y - dot, 2 * dot, 2 * dot}, dot,
                      v[i] * 100 + 1e-9 >= app_quiz_config(app)->pass_mark ? UI_GREEN : UI_GOLD);
    }
}

/* One bar per topic, growing from the reading side; the percentage at its
 * end, green at or above the pass mark, gold below. */
static void bar_chart(App *app, SDL_Rect r, const char *title, const CohortTopic *t, size_t n)
{
    SDL_Rect plot = chart_card(app, r, title);
    bool rtl = lang_is_rtl();
    const Theme *T = app->theme;
    int label_w = plot.w * 2 / 5, note_w = ui_px(app, T->results.note_w),
        gap = ui_px(app, T->results.bar_gap);
    int bar_w = plot.w - label_w - note_w - 2 * gap;
    int row = n ? plot.h / (int)n : plot.h, bh = row * 3 / 5;
    if (bh > ui_px(app, T->results.bar_max))
        bh = ui_px(app, T->results.bar_max);
    char buf[16];
    for (size_t i = 0; i < n; i++) {
        int y = plot.y + row * (int)i;
        SDL_Rect label = {plot.x, y, label_w, row};
        const char *name = t[i].name[0] ? lang_category(t[i].name) : _("No topic");
        double v = cohort_accuracy(t[i].all);
        int len = (int)(bar_w * v);
        SDL_Rect bar = {plot.x + label_w + gap, y + (row - bh) / 2, len > 0 ? len : 1, bh};
        /* the notes in a column past the longest bar: clear of the pass line */
        SDL_Rect note = {plot.x + label_w + gap + bar_w + gap, y, note_w, row};
        if (rtl) {
            label.x = plot.x + plot.w - label_w;
            bar.x = label.x - gap - bar.w;
            note.x = plot.x;
        }
        ui_text(app, name, label, T->results.bar_label, false, UI_INK, TEXT_ALIGN_START,
                TEXT_VALIGN_MIDDLE);
        if (t[i].all.n == 0)
            continue;
        ui_fill_round(app, bar, ui_px(app, T->results.bar_radius),
                      v * 100 + 1e-9 >= app_quiz_config(app)->pass_mark ? UI_GREEN : UI_GOLD);
        ui_text(app, pct(v, buf, sizeof buf), note, T->results.bar_note, true, UI_INK,
                TEXT_ALIGN_START, TEXT_VALIGN_MIDDLE);
    }
    int x = plot.x + label_w + gap + (int)(bar_w * app_quiz_config(app)->pass_mark / 100.0);
    if (rtl)
        x = plot.x + plot.w - label_w - gap -
            (int)(bar_w * app_quiz_config(app)->pass_mark / 100.0);
    dashes(app, (SDL_Rect){x, plot.y, 0, plot.h}, true);
}

static void draw_cohort(App *app, const ResultsState *st, const ResultsLayout *L)
{
    const Cohort *c = st->cohort;
    char a[32], b[32], d[32], e[32];
    ui_text(app, _("Results: the cohort"), L->title, app->theme->results.title_type, true, UI_GOLD,
            TEXT_ALIGN_START, TEXT_VALIGN_MIDDLE);
    figure(app, L->figures[0], _("Trainees"), count((long)c->n_trainees, a, sizeof a));
    figure(app, L->figures[1], _("Sessions"), count((long)c->n_sessions, b, sizeof b));
    figure(app, L->figures[2], _("Accuracy"), pct(cohort_accuracy(c->t), d, sizeof d));
    figure(app, L->figures[3], _("Pass rate"),
           pct(c->n_sessions ? (double)c->n_passed / (double)c->n_sessions : 0, e, sizeof e));
    double *v = xcalloc(c->n_days + 1, sizeof *v);
    for (size_t i = 0; v && i < c->n_days; i++)
        v[i] = cohort_accuracy(c->days[i].t);
    line_chart(app, L->line, _("Accuracy over time"), v, v ? c->n_days : 0);
    free(v);
    bar_chart(app, L->bars, _("Accuracy per topic"), c->topics, c->n_topics);
}

static void draw_trainee(App *app, const ResultsState *st, const ResultsLayout *L)
{
    const CohortTrainee *t = &st->cohort->trainees[st->page - 1];
    char title[96], a[32], b[32], d[32], e[32];
    snprintf(title, sizeof title, _("Trainee %s"), t->id);
    lang_digits(title, sizeof title);
    ui_text(app, title, L->title, app->theme->results.title_type, true, UI_GOLD, TEXT_ALIGN_START,
            TEXT_VALIGN_MIDDLE);
    figure(app, L->figures[0], _("Sessions"), count((long)t->n_sessions, a, sizeof a));
    figure(app, L->figures[1], _("Passed"), count(t->passed, b, sizeof b));
    figure(app, L->figures[2], _("Accuracy"), pct(cohort_accuracy(t->t), d, sizeof d));
    figure(app, L->figures[3], _("Due now"), count((long)t->n_due, e, sizeof e));
    double *v = xcalloc(t->n_sessions + 1, sizeof *v);
    for (size_t i = 0; v && i < t->n_sessions; i++)
        v[i] = cohort_accuracy(t->sessions[i].t);
    line_chart(app, L->line, _("Accuracy per session"), v, v ? t->n_sessions : 0);
    free(v);
    bar_chart(app, L->bars, _("Accuracy per topic"), t->topics, st->cohort->n_topics);
}

static void draw_locked(App *app, const ResultsState *st)
{
    KeypadScreen K;
    keypad_screen(app, &K);
    ui_text(app, _("Trainer's results"), K.title, app->theme->type.title, true, UI_GOLD,
            TEXT_ALIGN_START, TEXT_VALIGN_MIDDLE);
    ui_text(app, _("Type the admin PIN to see the results."), K.info, app->theme->type.heading,
            false, UI_IVORY, TEXT_ALIGN_START, TEXT_VALIGN_MIDDLE);
    char dots[64] = "";
    for (size_t i = 0; i < strlen(st->pin) && i < 12; i++)
        strcat(dots, i ? " \u2022" : "\u2022");
    keypad_draw_entry(app, K.entry, dots, _("PIN"));
    if (st->wrong)
        ui_text(
            app, st->wrong >= MAX_WRONG ? _("Too many wrong PINs.") : _("Wrong PIN. Try again."),
            K.message, app->theme->type.body, true, UI_GOLD, TEXT_ALIGN_START, TEXT_VALIGN_MIDDLE);
    keypad_draw(app, K.keys);
    ui_button(app, K.back, _("Back"), false, UI_BTN_NORMAL);
}

static void results_draw(App *app)
{
    ResultsState *st = app->scene_data;
    ui_background(app);
    if (!st)
        return;
    if (!st->unlocked) {
        draw_locked(app, st);
        return;
    }
    ResultsLayout L;
    layout(app, &L);
    if (app->game->results && !st->answered) { /* a few milliseconds */
        ui_text(app, _("Results: the cohort"), L.title, app->theme->results.title_type, true,
                UI_GOLD, TEXT_ALIGN_START, TEXT_VALIGN_MIDDLE);
    } else if (!st->cohort || st->cohort->n_answers == 0) {
        SDL_Rect msg = {L.line.x < L.bars.x ? L.line.x : L.bars.x, L.line.y,
                        L.line.w + L.bars.w + ui_px(app, app->theme->gap), L.line.h};
        ui_text(app, _("Results: the cohort"), L.title, app->theme->results.title_type, true,
                UI_GOLD, TEXT_ALIGN_START, TEXT_VALIGN_MIDDLE);
        ui_text(app, _("No training answers yet."), msg, app->theme->type.heading, false, UI_IVORY,
                TEXT_ALIGN_CENTER, TEXT_VALIGN_MIDDLE);
    } else if (st->page == 0) {
        draw_cohort(app, st, &L);
    } else {
        draw_trainee(app, st, &L);
    }
    size_t n = st->cohort ? st->cohort->n_trainees : 0;
    ui_button(app, L.buttons[BTN_BACK], _("Back"), false, UI_BTN_NORMAL);
    ui_button(app, L.buttons[BTN_COHORT], _("Cohort"), false,
              st->page ? UI_BTN_NORMAL : UI_BTN_PRESSED);
    ui_button(app, L.buttons[BTN_PREV], _("Previous trainee"), false,
              st->page > 1 ? UI_BTN_NORMAL : UI_BTN_DIM);
    ui_button(app, L.buttons[BTN_NEXT], _("Next trainee"), true,
              (size_t)st->page < n ? UI_BTN_FOCUS : UI_BTN_DIM);
}

/* The cohort as the results' thread reads it. */
typedef struct {
    ResultsAsk ask;
    const Bank *bank; /* read only, on the store's thread too */
    int pass_mark;
    double today;
    ResultsRows *rows;
    Cohort *cohort;
} CohortAsk;

/* Reads every training answer and brings each trainee's memory up to date
 * (one query and a replay of what is new: milliseconds for a cohort). */
static void run_cohort(Results *r, ResultsAsk *ask)
{
    CohortAsk *a = (CohortAsk *)ask;
    Diag diag = {0};
    a->rows = results_rows(r, NULL, NULL, &diag);
    diag_clear(&diag);
    if (!a->rows)
        return;
    a->cohort = cohort_build(a->rows, a->bank, a->pass_mark);
    for (size_t i = 0; i < a->cohort->n_trainees; i++)
        a->cohort->trainees[i].n_due = results_due_count(r, a->cohort->trainees[i].id, a->today);
}

static void drop_cohort(ResultsAsk *ask)
{
    CohortAsk *a = (CohortAsk *)ask;
    cohort_free(a->cohort);
    results_rows_free(a->rows);
    free(a);
}

static void cohort_answer(ResultsAsk *ask, void *user)
{
    App *app = user;
    CohortAsk *a = (CohortAsk *)ask;
    ResultsState *st = app->scene == &scene_results ? app->scene_data : NULL;
    if (!st || st->asked != ask->ticket)
        return; /* the screen has gone */
    st->answered = true;
    st->rows = a->rows;
    st->cohort = a->cohort;
    a->rows = NULL;
    a->cohort = NULL;
    const char *want = app->opt->trainee;
    for (size_t i = 0; want && st->cohort && i < st->cohort->n_trainees; i++)
        if (strcmp(st->cohort->trainees[i].id, want) == 0)
            st->page = (int)i + 1;
    app->dirty = true;
}

static void load(App *app, ResultsState *st)
{
    CohortAsk *a = xcalloc(1, sizeof *a);
    a->ask = (ResultsAsk){.run = run_cohort, .done = cohort_answer, .drop = drop_cohort};
    a->bank = app->game->bank;
    a->pass_mark = app_quiz_config(app)->pass_mark;
    a->today = results_day_of(time(NULL));
    asks_send(app, &a->ask, &st->asked);
}

static bool pin_event(App *app, ResultsState *st, const Input *in)
{
    KeypadScreen K;
    keypad_screen(app, &K);
    switch (keypad_input(app, &K, in, st->pin, 8)) {
    case KEYPAD_CHANGED:
        return true;
    case KEYPAD_SUBMIT:
        if (st->wrong >= MAX_WRONG)
            return true;
        if (strcmp(st->pin, settings_get_str(app->game->settings, "kiosk_pin")) == 0) {
            st->unlocked = true;
            load(app, st);
        } else {
            st->wrong++;
        }
        st->pin[0] = '\0';
        return true;
    case KEYPAD_BACK:
        app_go(app, SCENE_SIGNIN);
        return true;
    default:
        return false;
    }
}

static bool results_event(App *app, const SDL_Event *ev)
{
    ResultsState *st = app->scene_data;
    Input in = input_map(app, ev);
    if (!st->unlocked)
        return pin_event(app, st, &in);
    ResultsLayout L;
    layout(app, &L);
    int n = st->cohort ? (int)st->cohort->n_trainees : 0;
    if (in.kind == IN_BACK || (in.kind == IN_POINT && ui_hit(L.buttons[BTN_BACK], in.x, in.y))) {
        app_go(app, SCENE_SIGNIN);
        return true;
    }
    if (in.kind != IN_POINT)
        return false;
    if (ui_hit(L.buttons[BTN_COHORT], in.x, in.y))
        st->page = 0;
    else if (ui_hit(L.buttons[BTN_PREV], in.x, in.y) && st->page > 1)
        st->page--;
    else if (ui_hit(L.buttons[BTN_NEXT], in.x, in.y) && st->page < n)
        st->page++;
    else
        return false;
    return true;
}

static void results_enter(App *app)
{
    ResultsState *st = xcalloc(1, sizeof *st);
    app->scene_data = st;
    if (flow_of(app)->results_unlocked) { /* --scene results: the unlocked view */
        st->unlocked = true;
        load(app, st);
    }
}

static void results_leave(App *app)
{
    ResultsState *st = app->scene_data;
    if (st) {
        cohort_free(st->cohort);
        results_rows_free(st->rows);
    }
    app_free_scene_data(app);
}

const Scene scene_results = {
    .name = "results",
    .enter = results_enter,
    .event = results_event,
    .draw = results_draw,
    .leave = results_leave,
    .demo = DEMO_UNLOCKED,
};
