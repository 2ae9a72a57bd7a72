/* Feedback: right or wrong, the correct answer marked, the explanation (with
 * a speaker button that reads it) and the sentence of the statement the
 * question comes from. */
#include "scene_feedback.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "app_sound.h"
#include "hud.h"
#include "i18n.h"
#include "input.h"
#include "modeflow.h"
#include "speaker.h"
#include "textentry.h"
#include "ui.h"
#include "ui_lang.h"
#include "util.h"

#define RISE_MS 260
#define READING_REDRAW_MS 100

/* Keyboard focus: Next (where Enter goes at first) or the speaker. */
enum { FOCUS_NEXT, FOCUS_SPEAKER };

typedef struct {
    int64_t t0;
    int focus;
    bool reading; /* the speaker button shows it reads */
} FState;

typedef struct {
    int index;         /* displayed choice, or -1 for a plain button */
    const char *label; /* owned by the bank / catalog / `buf` */
    const char *sub;
    UiBtnState state;
    char buf[320]; /* a short answer: up to BANK_MAX_CHOICE_CHARS Urdu letters */
} Item;

static const QuizOutcome *outcome(const App *app)
{
    return app_quiz(app) ? quiz_outcome(app_quiz(app), quiz_index(app_quiz(app))) : NULL;
}

static SDL_Rect next_rect(const App *app)
{
    SDL_Rect c = ui_content(app);
    const Theme *T = app->theme;
    int w = ui_px(app, T->feedback.next_w), h = ui_px(app, T->feedback.next_h);
    return ui_mirror(
        app,
        (SDL_Rect){c.x + c.w - w, hud_bottom(app, false) + ui_px(app, T->feedback.next_top), w, h});
}

static const char *verdict_text(const App *app, const QuizOutcome *o)
{
    if (o->timed_out)
        return _("Time is up");
    if (o->skipped && session_revealed_by_teacher(app->game->session))
        return _("The right answer");
    if (o->skipped)
        return _("Skipped");
    switch (o->verdict) {
    case QUIZ_CORRECT:
        return _("Right!");
    case QUIZ_PARTIAL:
        return _("Partly right");
    default:
        return _("Not quite");
    }
}

static SDL_Color verdict_color(const QuizOutcome *o)
{
    if (o->verdict == QUIZ_CORRECT)
        return UI_RIGHT;
    if (o->verdict == QUIZ_PARTIAL)
        return (SDL_Color){0x96, 0x66, 0x05, 0xFF}; /* white on it: 5:1 */
    return UI_WRONG;
}

static void draw_verdict(App *app, const QuizOutcome *o)
{
    SDL_Rect c = ui_content(app), next = next_rect(app);
    const Theme *T = app->theme;
    SDL_Rect v = {c.x, next.y, c.w - next.w - ui_px(app, T->feedback.verdict_gap), next.h};
    v = ui_mirror(app, v);
    ui_fill_round(app, v, ui_px(app, T->feedback.verdict_radius), verdict_color(o));
    int pad = ui_px(app, app->theme->pad);
    SDL_Rect t = {v.x + pad, v.y, v.w * 6 / 10 - pad, v.h};
    SDL_Rect p = {v.x + v.w * 6 / 10, v.y, v.w * 4 / 10 - pad, v.h};
    if (lang_is_rtl()) {
        t.x = v.x + v.w - pad - t.w;
        p.x = v.x + pad;
    }
    ui_text(app, verdict_text(app, o), t, T->feedback.verdict, true, UI_WHITE, TEXT_ALIGN_START,
            TEXT_VALIGN_MIDDLE);
    char buf[64];
    snprintf(buf, sizeof buf, ngettext("+%d point", "+%d points", o->points), o->points);
    lang_digits(buf, sizeof buf);
    ui_text(app, buf, p, app->theme->type.heading, true, UI_WHITE, TEXT_ALIGN_END,
            TEXT_VALIGN_MIDDLE);
    bool last = quiz_index(app_quiz(app)) + 1 >= quiz_length(app_quiz(app));
    bool focused = ((FState *)app->scene_data)->focus == FOCUS_NEXT;
    ui_button(app, next, last ? _("See results") : _("Next"), true,
              focused ? UI_BTN_FOCUS : UI_BTN_NORMAL);
}

/* Words as well as colours mark the answers. */
static const char *mark(bool right, bool chosen)
{
    if (right && chosen)
        return _("Your answer: right");
    if (right) /* a mark on a choice, not the verdict "The right answer" */
        return C_("answer mark", "The right answer");
    return chosen ? _("Your answer") : NULL;
}

static int choice_items(const App *app, const Question *q, const QuizOutcome *o, Item *it)
{
    size_t qi = quiz_index(app_quiz(app));
    int n = 0;
    for (int d = 0; d < q->n_choices; d++) {
        bool right = o->correct_mask & (1u << d);
        bool chosen = q->kind == QKIND_MULTI ? (o->chosen_mask & (1u << d)) != 0
                                             : o->answered && o->chosen == d;
        if (q->kind == QKIND_CHOICE && !right && !chosen)
            continue;
        /* The bilingual view puts the other language under each answer, as
         * on the question card; the tick or cross still marks it. */
        const char *other = app->bilingual ? hud_choice_text(app, qi, d, true) : NULL;
        it[n] = (Item){.index = d,
                       .label = hud_choice_text(app, qi, d, false),
                       .sub = other ? other : mark(right, chosen),
                       .state = right    ? UI_BTN_RIGHT
                                : chosen ? UI_BTN_WRONG
                                         : UI_BTN_DIM};
        n++;
    }
    /* The right answer first. */
    if (q->kind == QKIND_CHOICE && n == 2 && it[1].state == UI_BTN_RIGHT) {
        Item t = it[0];
        it[0] = it[1];
        it[1] = t;
    }
    return n;
}

/* QKIND_SHORT: the accepted answer, then what was typed. */
static int short_items(const Question *q, const QuizOutcome *o, Item *it)
{
    const char *right = textentry_answer_text(q);
    it[0] = (Item){.index = -1, .state = UI_BTN_RIGHT};
    snprintf(it[0].buf, sizeof it[0].buf, _("Answer: %s"), right ? right : "");
    if (!o->answered)
        return 1;
    it[1] = (Item){.index = -1, .state = o->verdict == QUIZ_WRONG ? UI_BTN_WRONG : UI_BTN_RIGHT};
    snprintf(it[1].buf, sizeof it[1].buf, _("You said: %s"), o->chosen_text);
    return 2;
}

static int answer_items(const App *app, const Question *q, const QuizOutcome *o, Item *it)
{
    if (q->kind == QKIND_TRUEFALSE) {
        for (int d = 0; d < 2; d++) {
            const char *msgid = d == 0 ? N_("True") : N_("False");
            bool value = d == 0, right = o->correct_tf == value;
            bool chosen = o->answered && o->chosen_tf == value;
            it[d] = (Item){.index = d,
                           .label = _(msgid),
                           .sub = mark(right, chosen),
                           .state = right    ? UI_BTN_RIGHT
                                    : chosen ? UI_BTN_WRONG
                                             : UI_BTN_DIM};
        }
        return 2;
    }
    if (q->kind == QKIND_SHORT)
        return short_items(q, o, it);
    if (q->kind == QKIND_NUMERIC) {
        char num[32];
        hud_format_number(o->correct_number, num, sizeof num);
        it[0] = (Item){.index = -1, .state = UI_BTN_RIGHT};
        snprintf(it[0].buf, sizeof it[0].buf, _("Answer: %s"), num);
        if (!o->answered)
            return 1;
        hud_format_number(o->chosen_number, num, sizeof num);
        it[1] =
            (Item){.index = -1, .state = o->verdict == QUIZ_WRONG ? UI_BTN_WRONG : UI_BTN_RIGHT};
        snprintf(it[1].buf, sizeof it[1].buf, _("You said: %s"), num);
        return 2;
    }
    return choice_items(app, q, o, it);
}

/* The answers' rows from y: their rects in r (mirrored), and the y below. */
static int answer_rows(const App *app, int n, int y, SDL_Rect *r)
{
    SDL_Rect c = ui_content(app);
    /* Urdu: taller rows, as on the question card (Nastaliq lines are tall),
     * unless three rows of them would squeeze out the explanation. English:
     * room for a long answer on two lines above "Your answer", except in the
     * bilingual view, whose explanation needs the height. */
    const Theme *T = app->theme;
    int design_h = n > 4            ? T->feedback.row_h
                   : lang_is_rtl()  ? T->feedback.row_urdu
                   : app->bilingual ? T->feedback.row_wide
                                    : T->feedback.row_two;
    int gap = ui_px(app, app->theme->gap), row_h = ui_px(app, design_h);
    int col_w = (c.w - gap) / 2;
    for (int i = 0; i < n; i++) {
        r[i] = (SDL_Rect){c.x + (i % 2) * (col_w + gap), y + (i / 2) * (row_h + gap), col_w, row_h};
        if (n == 1)
            r[i].w = c.w;
        r[i] = ui_mirror(app, r[i]);
    }
    int rows = (n + 1) / 2;
    return y + rows * row_h + (rows - 1) * gap;
}

static void draw_answers(App *app, const Question *q, const QuizOutcome *o, int y)
{
    Item it[QUESTION_MAX_CHOICES];
    int n = answer_items(app, q, o, it);
    SDL_Rect r[QUESTION_MAX_CHOICES];
    answer_rows(app, n, y, r);
    const char *label[QUESTION_MAX_CHOICES], *sub[QUESTION_MAX_CHOICES];
    for (int i = 0; i < n; i++) {
        label[i] = it[i].index >= 0 ? it[i].label : NULL; /* a number's row is a plain button */
        sub[i] = label[i] ? it[i].sub : NULL;
        /* An Urdu answer that needs two lines even at the smallest readable
         * size takes the whole button: its mark's words give way (the tick or
         * cross stays); English has room for two lines and the words. */
        if (sub[i] && lang_is_rtl() && !app->bilingual &&
            ui_text_height(app, label[i], r[i].w - ui_px(app, app->theme->feedback.mark_room), 1,
                           false) > ui_text_height(app, label[i], 1 << 14, 1, false))
            sub[i] = it[i].sub = NULL;
    }
    int cap = ui_choices_cap(app, r, label, sub, n); /* the answers share one size */
    for (int i = 0; i < n; i++) {
        if (it[i].index >= 0)
            ui_choice(app, r[i], it[i].index, it[i].label, it[i].sub, it[i].state, cap);
        else
            ui_button(app, r[i], it[i].buf, false, it[i].state);
    }
}

/* "From the statement:", taller in Nastaliq */
#define SOURCE_LABEL_H(app)                                                                        \
    ui_px(app, lang_is_rtl() ? (app)->theme->feedback.source_h.urdu                                \
                             : (app)->theme->feedback.source_h.latin)

/* The height of the statement's part of the explanation card: what its
 * text needs at its size (Urdu at its readable floor wraps to more lines
 * than English), between 45% and 62% of the card, leaving the explanation
 * what it needs when both fit. */
static int source_height(App *app, const char *why, const char *source, SDL_Rect in,
                         const char *other)
{
    int least = in.h * (other ? 36 : 45) / 100, most = in.h * (other ? 50 : 62) / 100;
    const Theme *T = app->theme;
    int need = SOURCE_LABEL_H(app) + ui_px(app, T->feedback.source_gap) +
               ui_text_height(app, source, in.w, T->feedback.source, false);
    int why_need = why ? ui_text_height(app, why, in.w, T->feedback.why, false) : 0;
    why_need += other ? ui_text_height(app, other, in.w, T->type.small, false) : 0;
    if (need < least && in.h - least >= why_need)
        return least;
    if (need + why_need <= in.h) /* both fit: the rest goes to the explanation */
        return need > least ? need : least;
    if (need > most || in.h - need < why_need) /* the explanation comes first */
        return 0;
    return need > least ? need : least;
}

static void draw_explanation(App *app, const Question *q, const QuizOutcome *o, const FLayout *L)
{
    SDL_Rect card = L->card;
    ui_card(app, card);
    int pad = ui_px(app, app->theme->pad);
    SDL_Rect in = {card.x + pad, card.y + pad / 2, card.w - 2 * pad, card.h - pad};
    const char *why = hud_explanation(q, o, false);
    const char *source = q->source ? lang_bank(q->id, "source", q->source) : NULL;
    const char *other = app->bilingual ? hud_explanation(q, o, true) : NULL;
    int src_h = source ? source_height(app, why, source, in, other) : 0;
    if (src_h == 0)
        source = NULL;
    SDL_Rect e = {in.x, in.y, in.w, in.h - src_h};
    if (L->speaker.w) { /* the explanation keeps clear of the speaker button */
        int clear = L->speaker.w + ui_px(app, app->theme->speaker.inset);
        e.w -= clear;
        e.x += lang_is_rtl() ? clear : 0;
    }
    if (other) { /* the bilingual view: the explanation in the other language too */
        /* each language its share of the height it needs */
        int oh = ui_text_height(app, other, e.w, app->theme->type.small, false);
        int wh = why ? ui_text_height(app, why, e.w, app->theme->feedback.why, false) : 0;
        int sub_h = oh + wh > 0 ? e.h * oh / (oh + wh) : e.h * 48 / 100;
        SDL_Rect sub = {e.x, e.y + e.h - sub_h, e.w, sub_h};
        if (oh + wh <= e.h) { /* else the screen's own language alone */
            e.h -= sub.h;
            ui_text(app, other, sub, app->theme->type.small, false, UI_MUTED, TEXT_ALIGN_START,
                    TEXT_VALIGN_MIDDLE);
        }
    }
    if (why)
        ui_text(app, why, e, app->theme->feedback.why, false, UI_INK, TEXT_ALIGN_START,
                TEXT_VALIGN_MIDDLE);
    if (!source)
        return;
    const Theme *T = app->theme;
    SDL_Rect rule = {in.x, in.y + in.h - src_h, in.w, ui_px(app, T->feedback.source_rule)};
    SDL_SetRenderDrawColor(app->renderer, UI_GOLD.r, UI_GOLD.g, UI_GOLD.b, 0xFF);
    SDL_RenderFillRect(app->renderer, &rule);
    SDL_Rect lab = {in.x, rule.y + ui_px(app, T->feedback.source_y), in.w, SOURCE_LABEL_H(app)};
    ui_text(app, _("From the statement:"), lab, T->feedback.source_label, true, UI_GREEN_LIGHT,
            TEXT_ALIGN_START, TEXT_VALIGN_MIDDLE);
    SDL_Rect s = {in.x, lab.y + lab.h, in.w, in.y + in.h - lab.y - lab.h};
    ui_text(app, source, s, T->feedback.source, false, UI_MUTED, TEXT_ALIGN_START,
            TEXT_VALIGN_MIDDLE);
}

/* The explanation card rises into place: its offset now. */
static int rise_offset(const App *app)
{
    float t = (float)(app_now(app) - ((FState *)app->scene_data)->t0) / RISE_MS;
    t = t < 0 ? 0 : t > 1 ? 1 : t;
    return (int)lroundf((1 - t) * (1 - t) * ui_px(app, app->theme->feedback.rise));
}

extern const Scene scene_feedback; /* this scene (its row is at the end) */

bool feedback_layout(const App *app, FLayout *L)
{
    memset(L, 0, sizeof *L);
    const QuizOutcome *o = outcome(app);
    const Question *q = app_quiz(app) ? quiz_current(app_quiz(app)) : NULL;
    if (!o || !q || !app->scene_data || app->scene != &scene_feedback) /* scene_data is ours */
        return false;
    SDL_Rect c = ui_content(app);
    L->next = next_rect(app);
    const Theme *T = app->theme;
    int gap = ui_px(app, T->gap);
    L->question =
        (SDL_Rect){c.x, L->next.y + L->next.h + gap, c.w, ui_px(app, T->feedback.question_h)};
    /* two lines at most */
    int q_need = ui_text_height((App *)app, hud_question_text(app, q, false), c.w,
                                T->feedback.question, true);
    int q_max = ui_px(app, T->feedback.question_max);
    if (q_need > L->question.h)
        L->question.h = q_need < q_max ? q_need : q_max;
    Item it[QUESTION_MAX_CHOICES];
    L->n_answers = answer_items(app, q, o, it);
    int y = answer_rows(app, L->n_answers, L->question.y + L->question.h + gap, L->answers);
    int top = y + gap + ui_px(app, T->feedback.card_gap);
    L->card = (SDL_Rect){c.x, top + rise_offset(app), c.w, c.y + c.h - top};
    if (app_sound_can_read(app) && hud_explanation(q, o, false)) {
        /* In the card's top corner at the end of the line, as on the question card. */
        int size = speaker_size(app), m = ui_px(app, T->speaker.inset);
        SDL_Rect r = {L->card.x + L->card.w - size - m, L->card.y + m, size, size};
        L->speaker = ui_mirror(app, r);
    }
    return true;
}

static void feedback_draw(App *app)
{
    ui_background(app);
    FLayout L;
    if (!feedback_layout(app, &L))
        return;
    const QuizOutcome *o = outcome(app);
    const Question *q = quiz_current(app_quiz(app));
    hud_draw(app, -1);
    draw_verdict(app, o);
    ui_text(app, hud_question_text(app, q, false), L.question, app->theme->feedback.question, true,
            UI_IVORY, TEXT_ALIGN_START, TEXT_VALIGN_MIDDLE);
    draw_answers(app, q, o, L.question.y + L.question.h + ui_px(app, app->theme->gap));
    draw_explanation(app, q, o, &L);
    FState *s = app->scene_data;
    if (L.speaker.w)
        speaker_draw(app, L.speaker, s->focus == FOCUS_SPEAKER ? UI_BTN_FOCUS : UI_BTN_NORMAL,
                     s->reading);
}

static void go_next(App *app)
{
    if (session_next(app->game->session, app_now(app)) == SESSION_OK)
        app_go(app, flow_round_scene(app));
}

static bool feedback_event(App *app, const SDL_Event *ev)
{
    FState *s = app->scene_data;
    Input in = input_map(app, ev);
    FLayout L;
    feedback_layout(app, &L);
    bool on_speaker = L.speaker.w && ((in.kind == IN_POINT && ui_hit(L.speaker, in.x, in.y)) ||
                                      (in.kind == IN_CONFIRM && s->focus == FOCUS_SPEAKER));
    if (on_speaker) {
        app_sound_read_explanation(app);
        return true;
    }
    if (in.kind == IN_CONFIRM || (in.kind == IN_POINT && ui_hit(L.next, in.x, in.y))) {
        go_next(app);
        return true;
    }
    if ((in.kind == IN_NEXT || in.kind == IN_PREV) && L.speaker.w) {
        s->focus = s->focus == FOCUS_NEXT ? FOCUS_SPEAKER : FOCUS_NEXT;
        return true;
    }
    if (in.kind == IN_BACK) {
        session_end(app->game->session, app_now(app));
        app_go(app, SCENE_SUMMARY);
        return true;
    }
    return false;
}

static bool feedback_update(App *app, Uint32 now_ms)
{
    (void)now_ms;
    FState *s = app->scene_data;
    if (!s)
        return false;
    if (s->reading != app_sound_reading(app)) { /* the speaker button lights up or goes out */
        s->reading = !s->reading;
        app->dirty = true;
    }
    if (s->reading && !app->scene_wake_ms)
        app->scene_wake_ms = app_now(app) + READING_REDRAW_MS;
    return app_now(app) - s->t0 < RISE_MS;
}

static void feedback_enter(App *app)
{
    FState *s = xcalloc(1, sizeof *s);
    s->t0 = app_now(app);
    app->scene_data = s;
}

const Scene scene_feedback = {
    .name = "feedback",
    .enter = feedback_enter,
    .event = feedback_event,
    .update = feedback_update,
    .draw = feedback_draw,
    .leave = app_free_scene_data,
    .robot = ROBOT_NEXT,
    .demo = DEMO_FEEDBACK,
    .voice = VOICE_FEEDBACK,
};
