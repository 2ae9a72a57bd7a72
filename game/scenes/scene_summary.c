/* Round summary: score, correct count, accuracy, best streak, time taken,
 * the questions missed with their right answers; play again or go back. */
#include <stdio.h>
#include <stdlib.h>

#include "app.h"
#include "hud.h"
#include "i18n.h"
#include "input.h"
#include "modeflow.h"
#include "textentry.h"
#include "ui.h"
#include "ui_lang.h"
#include "util.h"

enum { BTN_AGAIN, BTN_SCORES, BTN_TITLE, N_BTN };

typedef struct {
    int focus;
    int page; /* of the review list */
} SState;

static SDL_Rect button_rect(const App *app, int i)
{
    SDL_Rect c = ui_content(app);
    const Theme *T = app->theme;
    int gap = ui_px(app, T->summary.gap),
        h = ui_px(app, lang_is_rtl() ? T->summary.button_h.urdu : T->summary.button_h.latin);
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
    const Theme *T = app->theme;
    ui_fill_round(app, r, ui_px(app, T->summary.tile_radius), UI_GREEN_DARK);
    SDL_Rect v = {r.x, r.y + r.h / 10, r.w, r.h * 55 / 100};
    SDL_Rect l = {r.x + ui_px(app, T->summary.tile_inset), v.y + v.h,
                  r.w - ui_px(app, T->summary.tile_inset * 2), r.h * 30 / 100};
    TextStyle big = {.max_px = ui_px(app, T->summary.tile_value),
                     .bold = true,
                     .color = UI_GOLD,
                     .dir = TEXT_DIR_LTR,
                     .align = TEXT_ALIGN_CENTER,
                     .valign = TEXT_VALIGN_MIDDLE};
    text_draw(app->text, value, v, &big);
    ui_text(app, label, l, T->type.small, false, UI_IVORY, TEXT_ALIGN_CENTER, TEXT_VALIGN_MIDDLE);
}

static int draw_tiles(App *app, const QuizSummary *s, int y)
{
    SDL_Rect c = ui_content(app);
    int gap = ui_px(app, app->theme->gap), h = ui_px(app, app->theme->summary.tiles_h),
        w = (c.w - 4 * gap) / 5;
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
    const Question *q = quiz_question(app_quiz(app), i);
    const QuizOutcome *o = quiz_outcome(app_quiz(app), i);
    if (q->kind == QKIND_TRUEFALSE)
        return q->tf_answer ? _("True") : _("False");
    if (q->kind == QKIND_SHORT)
        return textentry_answer_text(q);
    if (q->kind == QKIND_NUMERIC) {
        hud_format_number(o ? o->correct_number : q->numeric[0].value, buf, size);
        return buf;
    }
    /* Every answer with a share of the marks: a multiple-answer question
     * has several, and naming one would make the others look wrong. */
    size_t used = 0;
    buf[0] = '\0';
    for (int d = 0; d < q->n_choices; d++) {
        const Choice *ch = quiz_choice(app_quiz(app), i, d);
        if (!ch || ch->weight <= 0 || (q->kind != QKIND_MULTI && ch->weight < 1.0))
            continue;
        /* TRANSLATORS: separates the right answers of a multiple-answer question */
        const char *sep = used ? _("; ") : "";
        int n = snprintf(buf + used, size - used, "%s%s", sep, hud_choice_text(app, i, d, false));
        used = n < 0 ? used : used + (size_t)n < size ? used + (size_t)n : size - 1;
    }
    return buf;
}

/* The review's text size and least row height are the theme's
 * (summary.review_type, review_row: Nastaliq needs a larger size to read).
 * Each row is as tall as its question and right answer need at that size;
 * a page holds the rows that fit. */
#define REVIEW_MAX 64 /* mistakes shown: a round is shorter */

/* Where the review of mistakes goes, page by page. */
typedef struct {
    SDL_Rect card, in, head, more; /* more: the page control (w 0 when one page) */
    int top, pages, n;
    int px;                    /* design size of the rows' text */
    int h[REVIEW_MAX];         /* each row's height */
    int start[REVIEW_MAX + 1]; /* each page's first row; start[pages] == n */
} Review;

/* The question's and the answer's column in row r. */
static void row_columns(SDL_Rect r, SDL_Rect *qt, SDL_Rect *at)
{
    *qt = (SDL_Rect){r.x, r.y, r.w * 58 / 100, r.h};
    *at = (SDL_Rect){r.x + r.w * 60 / 100, r.y, r.w * 40 / 100, r.h};
    if (lang_is_rtl()) {
        qt->x = r.x + r.w - qt->w;
        at->x = r.x;
    }
}

/* Fills v->h at design size px; returns their sum. */
static int measure_rows(App *app, const QuizSummary *s, Review *v, int room)
{
    SDL_Rect qt, at;
    row_columns(v->in, &qt, &at);
    const Theme *T = app->theme;
    int least =
        ui_px(app, lang_is_rtl() ? T->summary.review_row.urdu : T->summary.review_row.latin);
    int total = 0;
    char num[512];
    for (int k = 0; k < v->n; k++) {
        size_t i = s->missed[k];
        const char *q = hud_question_text(app, quiz_question(app_quiz(app), i), false);
        int hq = ui_text_height(app, q, qt.w, v->px, false);
        int ha = ui_text_height(app, right_answer(app, i, num, sizeof num), at.w, v->px, true);
        int h = (hq > ha ? hq : ha) + ui_px(app, T->summary.review_lead);
        h = h > least ? h : least;
        v->h[k] = h < room ? h : room;
        total += v->h[k];
    }
    return total;
}

static Review review_layout(App *app, const QuizSummary *s)
{
    Review v = {0};
    SDL_Rect c = ui_content(app), b0 = button_rect(app, 0);
    const Theme *T = app->theme;
    bool rtl = lang_is_rtl();
    int gap = ui_px(app, T->summary.gap),
        y = c.y + ui_px(app, T->summary.tiles_top) + ui_px(app, T->summary.tiles_h);
    v.card = (SDL_Rect){c.x, y + gap, c.w, b0.y - y - 2 * gap};
    int pad = ui_px(app, T->summary.review_pad);
    v.in = (SDL_Rect){v.card.x + pad, v.card.y + pad / 2, v.card.w - 2 * pad, v.card.h - pad};
    v.head =
        (SDL_Rect){v.in.x, v.in.y, v.in.w,
                   ui_px(app, rtl ? T->summary.review_head.urdu : T->summary.review_head.latin)};
    v.top = v.head.y + v.head.h + ui_px(app, T->summary.review_gap);
    int room = v.in.y + v.in.h - v.top;
    v.n = s->n_missed < REVIEW_MAX ? (int)s->n_missed : REVIEW_MAX;
    if (v.n == 0 || room <= 0)
        return v;
    int base = rtl ? T->summary.review_type.urdu : T->summary.review_type.latin;
    /* few mistakes: larger text, as large as lets them all fit on one page */
    for (v.px = base * 8 / 5; v.px > base; v.px -= (base + 4) / 5)
        if (measure_rows(app, s, &v, room) <= room)
            break;
    if (v.px <= base) {
        v.px = base;
        measure_rows(app, s, &v, room);
    }
    for (int k = 0, acc = 0; k < v.n; k++) {
        if (k == 0 || acc + v.h[k] > room) {
            v.start[v.pages++] = k;
            acc = 0;
        }
        acc += v.h[k];
    }
    v.start[v.pages] = v.n;
    if (v.pages > 1) { /* a pill at the end of the heading line */
        int w = ui_px(app, T->summary.more_w);
        v.more = ui_mirror(app, (SDL_Rect){v.in.x + v.in.w - w, v.in.y, w, v.head.h});
    }
    return v;
}

static void draw_row(App *app, size_t i, SDL_Rect r, int px, bool first)
{
    const Question *q = quiz_question(app_quiz(app), i);
    char num[512];
    SDL_Rect qt, at;
    row_columns(r, &qt, &at);
    if (!first) { /* a hairline between rows */
        SDL_Rect line = {r.x, r.y, r.w, ui_px(app, app->theme->rule)};
        ui_fill_round(app, line, 0, (SDL_Color){0xDD, 0xD5, 0xBC, 0xFF});
    }
    ui_text(app, hud_question_text(app, q, false), qt, px, false, UI_INK, TEXT_ALIGN_START,
            TEXT_VALIGN_MIDDLE);
    ui_text(app, right_answer(app, i, num, sizeof num), at, px, true, UI_RIGHT, TEXT_ALIGN_START,
            TEXT_VALIGN_MIDDLE);
}

static void draw_review(App *app, const QuizSummary *s, int page)
{
    Review v = review_layout(app, s);
    ui_card(app, v.card);
    if (s->n_missed == 0) {
        ui_text(app, _("No mistakes: every answer was right."), v.in, app->theme->type.heading,
                true, UI_RIGHT, TEXT_ALIGN_CENTER, TEXT_VALIGN_MIDDLE);
        return;
    }
    SDL_Rect head = v.head;
    if (v.pages > 1) { /* the page pill sits at the heading's end */
        head.w -= v.more.w + ui_px(app, app->theme->gap);
        if (lang_is_rtl())
            head.x += v.more.w + ui_px(app, app->theme->gap);
    }
    ui_text(app, _("Questions to review"), head, app->theme->type.body, true, UI_GREEN_LIGHT,
            TEXT_ALIGN_START, TEXT_VALIGN_MIDDLE);
    if (v.pages <= 0)
        return;
    page %= v.pages;
    for (int k = v.start[page], y = v.top; k < v.start[page + 1]; y += v.h[k++]) {
        SDL_Rect r = {v.in.x, y, v.in.w, v.h[k]};
        draw_row(app, s->missed[k], r, v.px, k == v.start[page]);
    }
    if (v.pages > 1) {
        char more[96];
        /* TRANSLATORS: the review of mistakes shows one page at a time; a tap
         * (or Page Down, or the mouse wheel) shows the next */
        snprintf(more, sizeof more, _("Page %d of %d: more"), page + 1, v.pages);
        lang_digits(more, sizeof more);
        ui_fill_round(app, v.more, v.more.h / 2, UI_GREEN_LIGHT);
        ui_text(app, more, v.more, app->theme->summary.more_type, true, UI_IVORY, TEXT_ALIGN_CENTER,
                TEXT_VALIGN_INK_MIDDLE);
    }
}

/* Shows the next (or previous) page of mistakes; false when one page. */
static bool turn_page(App *app, int step)
{
    SState *st = app->scene_data;
    QuizSummary s = quiz_summary(app_quiz(app));
    Review v = review_layout(app, &s);
    if (!st || v.pages <= 1)
        return false;
    st->page = ((st->page + step) % v.pages + v.pages) % v.pages;
    return true;
}

static void summary_draw(App *app)
{
    ui_background(app);
    if (!app_quiz(app))
        return;
    SDL_Rect c = ui_content(app);
    QuizSummary s = quiz_summary(app_quiz(app));
    SDL_Rect title = ui_screen_title(app, _("Round complete"));
    flow_summary_badge(app, title);
    draw_tiles(app, &s, c.y + ui_px(app, app->theme->summary.tiles_top));
    SState *st = app->scene_data;
    draw_review(app, &s, st ? st->page : 0);
    const char *labels[N_BTN] = {_("Play again"), _("High scores"), _("Title")};
    for (int i = 0; i < N_BTN; i++)
        ui_button(app, button_rect(app, i), labels[i], i == BTN_AGAIN,
                  st && st->focus == i ? UI_BTN_FOCUS : UI_BTN_NORMAL);
}

static void activate(App *app, int i)
{
    if (i == BTN_AGAIN && app_new_round(app))
        app_go(app, SCENE_QUESTION);
    else if (i == BTN_SCORES)
        app_go(app, SCENE_SCORES);
    else if (i == BTN_TITLE)
        app_go(app, SCENE_TITLE);
}

static bool summary_event(App *app, const SDL_Event *ev)
{
    SState *st = app->scene_data;
    if (ev->type == SDL_MOUSEWHEEL && app_quiz(app)) /* y 0: sideways, or a touchpad's fraction */
        return ev->wheel.y != 0 && turn_page(app, ev->wheel.y > 0 ? -1 : 1);
    if (ev->type == SDL_KEYDOWN && app_quiz(app) &&
        (ev->key.keysym.sym == SDLK_PAGEDOWN || ev->key.keysym.sym == SDLK_PAGEUP))
        return turn_page(app, ev->key.keysym.sym == SDLK_PAGEUP ? -1 : 1);
    Input in = input_map(app, ev);
    switch (in.kind) {
    case IN_POINT:
        for (int i = 0; i < N_BTN; i++)
            if (ui_hit(button_rect(app, i), in.x, in.y)) {
                activate(app, i);
                return true;
            }
        if (app_quiz(app)) {
            QuizSummary s = quiz_summary(app_quiz(app));
            Review v = review_layout(app, &s);
            if (v.pages > 1 && ui_hit(v.more, in.x, in.y))
                return turn_page(app, 1);
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
    app->scene_data = xcalloc(1, sizeof(SState));
}

const Scene scene_summary = {
    .name = "summary",
    .enter = summary_enter,
    .event = summary_event,
    .draw = summary_draw,
    .leave = app_free_scene_data,
    .robot = ROBOT_ROUND_DONE,
    .demo = DEMO_SUMMARY,
    .voice = VOICE_SUMMARY,
};
