/* Round summary: score, correct count, accuracy, best streak, time taken,
 * the questions missed with their right answers; play again or go back. */
#include <stdio.h>
#include <stdlib.h>

#include "app.h"
#include "hud.h"
#include "i18n.h"
#include "input.h"
#include "modeflow.h"
#include "ui.h"
#include "ui_lang.h"

enum { BTN_AGAIN, BTN_SCORES, BTN_TITLE, N_BTN };

typedef struct {
    int focus;
} SState;

static SDL_Rect button_rect(const App *app, int i)
{
    SDL_Rect c = ui_content(app);
    int gap = ui_px(app, 14), h = ui_px(app, 58);
    int w = (c.w - 2 * gap) / 3;
    return ui_mirror(app, (SDL_Rect){c.x + i * (w + gap), c.y + c.h - h, w, h});
}

static void format_time(int64_t ms, char *buf, size_t size)
{
    long s = (long)(ms / 1000);
    snprintf(buf, size, "%ld:%02ld", s / 60, s % 60);
}

static void draw_tile(App *app, SDL_Rect r, const char *label, const char *value)
{
    ui_fill_round(app, r, ui_px(app, 14), UI_GREEN_DARK);
    SDL_Rect v = {r.x, r.y + r.h / 10, r.w, r.h * 55 / 100};
    SDL_Rect l = {r.x + ui_px(app, 6), v.y + v.h, r.w - ui_px(app, 12), r.h * 30 / 100};
    TextStyle big = {.max_px = ui_px(app, 36),
                     .bold = true,
                     .color = UI_GOLD,
                     .dir = TEXT_DIR_LTR,
                     .align = TEXT_ALIGN_CENTER,
                     .valign = TEXT_VALIGN_MIDDLE};
    text_draw(app->text, value, v, &big);
    ui_text(app, label, l, 16, false, UI_IVORY, TEXT_ALIGN_CENTER, TEXT_VALIGN_MIDDLE);
}

static int draw_tiles(App *app, const QuizSummary *s, int y)
{
    SDL_Rect c = ui_content(app);
    int gap = ui_px(app, 12), h = ui_px(app, 96), w = (c.w - 4 * gap) / 5;
    char v[5][32];
    snprintf(v[0], sizeof v[0], "%d", s->score);
    snprintf(v[1], sizeof v[1], "%d / %d", s->n_correct, s->n_questions);
    snprintf(v[2], sizeof v[2], "%d%%", (int)(s->accuracy * 100 + 0.5));
    snprintf(v[3], sizeof v[3], "%d", s->best_streak);
    format_time(s->total_ms, v[4], sizeof v[4]);
    const char *labels[5] = {_("Score"), _("Correct"), _("Accuracy"), _("Best streak"),
                             _("Time taken")};
    for (int i = 0; i < 5; i++) {
        lang_digits(v[i], sizeof v[i]);
        SDL_Rect r = ui_mirror(app, (SDL_Rect){c.x + i * (w + gap), y, w, h});
        draw_tile(app, r, labels[i], v[i]);
    }
    return y + h;
}

/* The right answer of round question i, as text, into buf (or a pointer
 * into the bank). */
static const char *right_answer(const App *app, size_t i, char *buf, size_t size)
{
    const Question *q = quiz_question(app->quiz, i);
    const QuizOutcome *o = quiz_outcome(app->quiz, i);
    if (q->kind == QKIND_TRUEFALSE)
        return q->tf_answer ? _("True") : _("False");
    if (q->kind == QKIND_NUMERIC) {
        hud_format_number(o ? o->correct_number : q->numeric[0].value, buf, size);
        return buf;
    }
    /* Every answer with a share of the marks: a multiple-answer question
     * has several, and naming one would make the others look wrong. */
    size_t used = 0;
    buf[0] = '\0';
    for (int d = 0; d < q->n_choices; d++) {
        const Choice *ch = quiz_choice(app->quiz, i, d);
        if (!ch || ch->weight <= 0 || (q->kind != QKIND_MULTI && ch->weight < 1.0))
            continue;
        /* TRANSLATORS: separates the right answers of a multiple-answer question */
        const char *sep = used ? _("; ") : "";
        int n = snprintf(buf + used, size - used, "%s%s", sep, hud_choice_text(app, i, d, false));
        used = n < 0 ? used : used + (size_t)n < size ? used + (size_t)n : size - 1;
    }
    return buf;
}

static void draw_review(App *app, const QuizSummary *s, SDL_Rect card)
{
    ui_card(app, card);
    int pad = ui_px(app, 18);
    SDL_Rect in = {card.x + pad, card.y + pad / 2, card.w - 2 * pad, card.h - pad};
    SDL_Rect head = {in.x, in.y, in.w, ui_px(app, 30)};
    if (s->n_missed == 0) {
        ui_text(app, _("No mistakes: every answer was right."), in, 24, true, UI_RIGHT,
                TEXT_ALIGN_CENTER, TEXT_VALIGN_MIDDLE);
        return;
    }
    ui_text(app, _("Questions to review"), head, 20, true, UI_GREEN_LIGHT, TEXT_ALIGN_START,
            TEXT_VALIGN_MIDDLE);
    int row_h = ui_px(app, lang_is_rtl() ? 70 : 50), y = head.y + head.h + ui_px(app, 4);
    int fit = (in.y + in.h - y) / row_h;
    if (fit > 0 && (int)s->n_missed < fit) { /* few mistakes: taller rows, larger text */
        int grown = (in.y + in.h - y) / (int)s->n_missed;
        row_h = grown < row_h * 8 / 5 ? grown : row_h * 8 / 5;
        fit = (int)s->n_missed;
    }
    for (size_t k = 0; k < s->n_missed && (int)k < fit; k++) {
        size_t i = s->missed[k];
        const Question *q = quiz_question(app->quiz, i);
        char num[512];
        SDL_Rect r = {in.x, y + (int)k * row_h, in.w, row_h};
        SDL_Rect qt = {r.x, r.y, r.w * 58 / 100, r.h};
        SDL_Rect at = {r.x + r.w * 60 / 100, r.y, r.w * 40 / 100, r.h};
        if (lang_is_rtl()) {
            qt.x = r.x + r.w - qt.w;
            at.x = r.x;
        }
        if (k > 0) { /* a hairline between rows */
            SDL_Rect line = {r.x, r.y, r.w, ui_px(app, 1)};
            ui_fill_round(app, line, 0, (SDL_Color){0xDD, 0xD5, 0xBC, 0xFF});
        }
        /* Nastaliq needs a larger size to read; taller rows allow more. */
        int px = (lang_is_rtl() ? 19 : 16) * row_h / ui_px(app, lang_is_rtl() ? 70 : 50);
        ui_text(app, hud_question_text(app, q, false), qt, px, false, UI_INK, TEXT_ALIGN_START,
                TEXT_VALIGN_MIDDLE);
        ui_text(app, right_answer(app, i, num, sizeof num), at, px, true, UI_RIGHT,
                TEXT_ALIGN_START, TEXT_VALIGN_MIDDLE);
    }
    if ((int)s->n_missed > fit && fit > 0) {
        char more[64];
        int rest = (int)s->n_missed - fit;
        snprintf(more, sizeof more, ngettext("and %d more", "and %d more", rest), rest);
        SDL_Rect m = {in.x, in.y, in.w, head.h};
        ui_text(app, more, m, 16, false, UI_MUTED, TEXT_ALIGN_END, TEXT_VALIGN_MIDDLE);
    }
}

static void summary_draw(App *app)
{
    ui_background(app);
    if (!app->quiz)
        return;
    SDL_Rect c = ui_content(app);
    QuizSummary s = quiz_summary(app->quiz);
    SDL_Rect title = ui_mirror(app, (SDL_Rect){c.x, c.y, c.w - ui_px(app, 120), ui_px(app, 52)});
    ui_text(app, _("Round complete"), title, 34, true, UI_GOLD, TEXT_ALIGN_START,
            TEXT_VALIGN_MIDDLE);
    flow_summary_badge(app, title);
    int y = draw_tiles(app, &s, c.y + ui_px(app, 64));
    SDL_Rect b0 = button_rect(app, 0);
    int gap = ui_px(app, 14);
    SDL_Rect card = {c.x, y + gap, c.w, b0.y - y - 2 * gap};
    draw_review(app, &s, card);
    const char *labels[N_BTN] = {_("Play again"), _("High scores"), _("Title")};
    SState *st = app->scene_data;
    for (int i = 0; i < N_BTN; i++)
        ui_button(app, button_rect(app, i), labels[i], i == BTN_AGAIN,
                  st && st->focus == i ? UI_BTN_FOCUS : UI_BTN_NORMAL);
}

static void activate(App *app, int i)
{
    if (i == BTN_AGAIN && app_new_round(app))
        app_set_scene(app, &scene_question);
    else if (i == BTN_SCORES)
        app_set_scene(app, &scene_scores);
    else if (i == BTN_TITLE)
        app_set_scene(app, &scene_title);
}

static bool summary_event(App *app, const SDL_Event *ev)
{
    SState *st = app->scene_data;
    Input in = input_map(app, ev);
    switch (in.kind) {
    case IN_POINT:
        for (int i = 0; i < N_BTN; i++)
            if (ui_hit(button_rect(app, i), in.x, in.y)) {
                activate(app, i);
                return true;
            }
        return false;
    case IN_PREV:
    case IN_UP:
        st->focus = (st->focus + N_BTN - 1) % N_BTN;
        return true;
    case IN_NEXT:
    case IN_DOWN:
        st->focus = (st->focus + 1) % N_BTN;
        return true;
    case IN_CONFIRM:
        activate(app, st->focus);
        return true;
    case IN_BACK:
        activate(app, BTN_TITLE);
        return true;
    default:
        return false;
    }
}

static void summary_enter(App *app)
{
    app->scene_data = calloc(1, sizeof(SState));
    if (app->quiz && !app->round_end_ms)
        app->round_end_ms = app_now(app);
    app_record_round(app);
}

const Scene scene_summary = {
    .name = "summary",
    .enter = summary_enter,
    .event = summary_event,
    .draw = summary_draw,
    .leave = app_free_scene_data,
};
