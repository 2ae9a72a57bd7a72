/* The question card: the question, its answers as large buttons (or True /
 * False, or a number pad), progress, score and the timer bar. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "app_sound.h"
#include "hud.h"
#include "i18n.h"
#include "input.h"
#include "registry.h"
#include "scene_question.h"
#include "speaker.h"
#include "textentry.h"
#include "ui.h"
#include "ui_lang.h"
#include "util.h"

#define SLIDE_MS 240
#define FLASH_MS 420

typedef struct {
    int64_t t0;      /* the card started sliding in */
    int focus;       /* keyboard focus: button index, -1 none */
    unsigned multi;  /* QKIND_MULTI: displayed choices ticked */
    char entry[24];  /* QKIND_NUMERIC: what was typed */
    TextEntry typed; /* QKIND_SHORT: the answer typed so far */
    int chosen;      /* the button flashing after an answer, -1 none */
    int64_t flash_t0;
    bool answered;
    bool paused;
    int pause_focus;
    bool reading; /* the speaker button shows it reads */
} QState;

static QState *st(App *app)
{
    return app->scene_data;
}

static float ease_out(float t)
{
    t = t < 0 ? 0 : t > 1 ? 1 : t;
    return 1 - (1 - t) * (1 - t) * (1 - t);
}

static int n_buttons(const Question *q)
{
    switch (q->kind) {
    case QKIND_TRUEFALSE:
        return 2;
    case QKIND_NUMERIC:
    case QKIND_SHORT:
        return 0;
    default:
        return q->n_choices;
    }
}

static bool has_timer(const App *app)
{
    return quiz_time_left_ms(app_quiz(app), app_now(app)) >= 0;
}

/* Nastaliq needs about 1.8 times the line height of Noto Sans: Urdu
 * answers get taller buttons rather than shrinking to an unreadable size;
 * two rows of them hold two lines at the theme's min_urdu (about 90 design
 * pixels of label); three rows hold one line each, leaving the question
 * card room for two lines at 1024x600. */
static int answer_row_h(const App *app, const Question *q)
{
    const Theme *T = app->theme;
    int h = q->kind == QKIND_TRUEFALSE ? T->question.tf_row_h : T->question.row_h;
    bool two_lines = q->kind != QKIND_TRUEFALSE && n_buttons(q) <= 4;
    if (!lang_is_rtl())
        return ui_px(app, h);
    return ui_px(app, q->kind == QKIND_TRUEFALSE ? h * 4 / 3 : two_lines ? h * 3 / 2 : h * 9 / 8);
}

static int answers_height(const App *app, const Question *q, int gap)
{
    const Theme *T = app->theme;
    if (q->kind == QKIND_NUMERIC)
        return ui_px(app, T->question.numeric_h);
    if (q->kind == QKIND_SHORT)
        return ui_px(app, T->question.short_h) + gap;
    int rows = (n_buttons(q) + 1) / 2;
    int row_h = answer_row_h(app, q);
    int extra = q->kind == QKIND_MULTI ? ui_px(app, T->question.submit_h) + gap : 0;
    return rows * row_h + (rows - 1) * gap + extra;
}

static void layout_answers(const App *app, const Question *q, SDL_Rect area, int gap, QLayout *L)
{
    const Theme *T = app->theme;
    int entry_h = ui_px(app, T->question.entry_h);
    int submit_w = ui_px(app, T->question.submit_w), submit_h = ui_px(app, T->question.submit_h);
    SDL_Rect submit = {area.x + area.w - submit_w, area.y + area.h - submit_h, submit_w, submit_h};
    if (q->kind == QKIND_NUMERIC) {
        int pad_w = ui_px(app, T->question.pad_w);
        SDL_Rect pad = {area.x + area.w - pad_w, area.y, pad_w, area.h};
        ui_numpad_layout(app, pad, L->keys);
        L->numpad = true;
        L->entry = (SDL_Rect){area.x, pad.y, area.w - pad_w - gap * 2, entry_h};
        return;
    }
    if (q->kind == QKIND_SHORT) { /* the typed answer, "Check answer" under it */
        L->entry = (SDL_Rect){area.x, area.y, area.w, entry_h};
        L->submit = submit;
        return;
    }
    int row_h = answer_row_h(app, q);
    int col_w = (area.w - gap) / 2;
    for (int i = 0; i < L->n_buttons; i++)
        L->buttons[i] = (SDL_Rect){area.x + (i % 2) * (col_w + gap),
                                   area.y + (i / 2) * (row_h + gap), col_w, row_h};
    if (q->kind == QKIND_MULTI)
        L->submit = submit;
}

/* The speaker button: in the card's top corner at the end of the line. */
static void layout_speaker(const App *app, QLayout *L)
{
    if (!app_sound_can_read(app))
        return;
    int size = speaker_size(app), m = ui_px(app, app->theme->speaker.inset);
    L->speaker = (SDL_Rect){L->card.x + L->card.w - size - m, L->card.y + m, size, size};
}

/* The speaker's place in the focus order: after everything else. */
static int speaker_focus(const Question *q);

static void mirror_layout(const App *app, QLayout *L)
{
    L->card = ui_mirror(app, L->card);
    if (L->speaker.w)
        L->speaker = ui_mirror(app, L->speaker);
    L->entry = ui_mirror(app, L->entry);
    L->submit = ui_mirror(app, L->submit);
    for (int i = 0; i < L->n_buttons; i++)
        L->buttons[i] = ui_mirror(app, L->buttons[i]);
    if (L->numpad) {
        /* The pad block moves to the other side, its keys keep phone order. */
        SDL_Rect pad = {L->keys[0].x, L->keys[0].y, L->keys[2].x + L->keys[2].w - L->keys[0].x, 0};
        SDL_Rect m = ui_mirror(app, pad);
        for (int i = 0; i < UI_NUMPAD_KEYS; i++)
            L->keys[i].x += m.x - pad.x;
    }
}

void question_layout(const App *app, const Question *q, int dx, QLayout *L)
{
    memset(L, 0, sizeof *L);
    SDL_Rect c = ui_content(app);
    const Theme *T = app->theme;
    int top = hud_bottom(app, has_timer(app)) + ui_px(app, T->question.top);
    int gap = ui_px(app, T->question.gap), bottom = c.y + c.h;
    L->n_buttons = n_buttons(q);
    int area_h = answers_height(app, q, gap);
    int card_h = bottom - top - area_h - gap;
    int max_card =
        ui_px(app, q->kind == QKIND_NUMERIC ? T->question.numeric_card_max : T->question.card_max);
    if (card_h > max_card)
        card_h = max_card;
    /* Card and answers as one block, a little above the middle. */
    int slack = bottom - top - card_h - gap - area_h;
    top += slack * 2 / 5;
    L->card = (SDL_Rect){c.x + dx, top, c.w, card_h};
    SDL_Rect area = {c.x + dx, top + card_h + gap, c.w, area_h};
    layout_answers(app, q, area, gap, L);
    layout_speaker(app, L);
    mirror_layout(app, L);
}

static void draw_card(App *app, const Question *q, SDL_Rect card, SDL_Rect speaker)
{
    ui_card(app, card);
    const Theme *T = app->theme;
    int pad = ui_px(app, T->question.pad);
    SDL_Rect in = {card.x + pad, card.y + pad / 2, card.w - 2 * pad, card.h - pad};
    if (speaker.w) { /* the text keeps clear of the speaker button */
        in.w -= speaker.w;
        in.x += lang_is_rtl() ? speaker.w : 0;
    }
    const char *cat = q->category && *q->category ? lang_category(q->category) : NULL;
    if (cat) {
        SDL_Rect cr = {
            in.x, in.y, in.w,
            ui_px(app, lang_is_rtl() ? T->question.category_h.urdu : T->question.category_h.latin)};
        ui_text(app, cat, cr, T->question.category, true, UI_GREEN_LIGHT, TEXT_ALIGN_START,
                TEXT_VALIGN_MIDDLE);
        in.y += cr.h;
        in.h -= cr.h;
    }
    const char *sub = app->bilingual ? hud_question_text(app, q, true) : NULL;
    if (sub) {
        SDL_Rect top = {in.x, in.y, in.w, in.h * 62 / 100};
        SDL_Rect bot = {in.x, top.y + top.h, in.w, in.h - top.h};
        ui_text(app, hud_question_text(app, q, false), top, T->question.text_two, true, UI_INK,
                TEXT_ALIGN_START, TEXT_VALIGN_MIDDLE);
        ui_text(app, sub, bot, T->question.text_other, false, UI_MUTED, TEXT_ALIGN_START,
                TEXT_VALIGN_MIDDLE);
    } else {
        ui_text(app, hud_question_text(app, q, false), in, T->question.text, true, UI_INK,
                TEXT_ALIGN_START, TEXT_VALIGN_MIDDLE);
    }
}

static UiBtnState button_state(App *app, int i)
{
    QState *s = st(app);
    if (s->answered && i == s->chosen) {
        int phase = (int)((app_now(app) - s->flash_t0) / 70);
        return phase % 2 == 0 ? UI_BTN_PRESSED : UI_BTN_NORMAL;
    }
    if (s->multi & (1u << i))
        return UI_BTN_PRESSED;
    return i == s->focus ? UI_BTN_FOCUS : UI_BTN_NORMAL;
}

static void draw_buttons(App *app, const Question *q, const QLayout *L)
{
    size_t qi = quiz_index(app_quiz(app));
    const char *label[QUESTION_MAX_CHOICES], *sub[QUESTION_MAX_CHOICES];
    for (int i = 0; i < L->n_buttons; i++) {
        sub[i] = NULL;
        if (q->kind == QKIND_TRUEFALSE) {
            const char *msgid = i == 0 ? N_("True") : N_("False");
            label[i] = _(msgid);
            sub[i] = hud_sub(app, msgid);
        } else {
            label[i] = hud_choice_text(app, qi, i, false);
            sub[i] = app->bilingual ? hud_choice_text(app, qi, i, true) : NULL;
        }
    }
    int cap = ui_choices_cap(app, L->buttons, label, sub, L->n_buttons);
    for (int i = 0; i < L->n_buttons; i++)
        ui_choice(app, L->buttons[i], i, label[i], sub[i], button_state(app, i), cap);
    if (q->kind == QKIND_MULTI) {
        ui_button(app, L->submit, _("Check answer"), true,
                  st(app)->focus == L->n_buttons ? UI_BTN_FOCUS : UI_BTN_NORMAL);
        int hint_gap = ui_px(app, app->theme->question.hint_gap);
        SDL_Rect hint = {L->card.x, L->submit.y, L->card.w - L->submit.w - hint_gap, L->submit.h};
        if (lang_is_rtl())
            hint.x = L->submit.x + L->submit.w + hint_gap;
        ui_text(app, _("Choose every right answer, then check."), hint, app->theme->type.note,
                false, UI_IVORY, TEXT_ALIGN_START, TEXT_VALIGN_MIDDLE);
    }
}

static void draw_numeric(App *app, const QLayout *L)
{
    QState *s = st(app);
    ui_card(app, L->entry);
    const Theme *T = app->theme;
    int pad = ui_px(app, T->question.entry_pad);
    SDL_Rect in = {L->entry.x + pad, L->entry.y, L->entry.w - 2 * pad, L->entry.h};
    TextStyle big = {.max_px = ui_px(app, T->question.entry_type),
                     .bold = true,
                     .color = UI_INK,
                     .dir = TEXT_DIR_LTR,
                     .align = TEXT_ALIGN_CENTER,
                     .valign = TEXT_VALIGN_MIDDLE};
    if (!s->entry[0])
        big.color = UI_MUTED;
    text_draw(app->text, s->entry[0] ? s->entry : "_", in, &big);
    SDL_Rect hint = {L->entry.x, L->entry.y + L->entry.h + pad, L->entry.w,
                     ui_px(app, T->question.entry_hint_h)};
    ui_text(app, _("Type the number with the keys or the pad, then OK."), hint, T->type.note, false,
            UI_IVORY, TEXT_ALIGN_START, TEXT_VALIGN_TOP);
    int focus = s->focus >= 0 ? s->focus : -1;
    ui_numpad_draw(app, L->keys, focus);
}

/* QKIND_SHORT: the typed answer, "Check answer" and a hint. */
static void draw_short(App *app, const QLayout *L)
{
    QState *s = st(app);
    textentry_draw(app, &s->typed, L->entry, _("Type your answer"));
    ui_button(app, L->submit, _("Check answer"), true,
              s->focus == 0 ? UI_BTN_FOCUS : UI_BTN_NORMAL);
    int hint_gap = ui_px(app, app->theme->question.hint_gap);
    SDL_Rect hint = {L->card.x, L->submit.y, L->card.w - L->submit.w - hint_gap, L->submit.h};
    if (lang_is_rtl())
        hint.x = L->submit.x + L->submit.w + hint_gap;
    ui_text(app, _("Type the answer with the keyboard, then Enter."), hint, app->theme->type.note,
            false, UI_IVORY, TEXT_ALIGN_START, TEXT_VALIGN_MIDDLE);
}

/* The opaque shapes of layout L, for ui_background_under: each is drawn
 * below, in every state, as an opaque rounded shape of radius at most the
 * theme's radius (the card, answer buttons, keys, "Check answer"). A shape
 * left out of the frame, or drawn translucent, must not be listed: the
 * screen behind it would keep the last frame's pixels. */
static int layout_shapes(const QLayout *L, SDL_Rect *out)
{
    int n = 0;
    out[n++] = L->card;
    if (L->numpad) {
        out[n++] = L->entry;
        for (int k = 0; k < UI_NUMPAD_KEYS && n < UI_BACKGROUND_MAX; k++)
            out[n++] = L->keys[k];
        return n;
    }
    if (L->entry.w > 0)
        out[n++] = L->entry;
    for (int i = 0; i < L->n_buttons && n < UI_BACKGROUND_MAX; i++)
        out[n++] = L->buttons[i];
    if (L->submit.w > 0 && n < UI_BACKGROUND_MAX)
        out[n++] = L->submit;
    return n;
}

/* Teams take turns: whose turn it is, over the question. */
static void draw_turn(App *app)
{
    if (app->game->n_teams < 2 || !app_quiz(app) || quiz_state(app_quiz(app)) == QUIZ_FINISHED)
        return;
    int t = quiz_team(app_quiz(app));
    SDL_Rect c = ui_content(app);
    SDL_Rect r = ui_mirror(app, (SDL_Rect){c.x + c.w * 38 / 100, c.y, c.w * 25 / 100,
                                           ui_px(app, app->theme->flow.turn_h)});
    ui_team_pill(app, r, ui_team_colour(app, t));
    char buf[128];
    snprintf(buf, sizeof buf, _("%s's turn"), game_team_name(app->game, t));
    SDL_Rect in = {r.x + r.h / 2, r.y, r.w - r.h, r.h};
    ui_text(app, buf, in, app->theme->type.body, true, UI_IVORY, TEXT_ALIGN_CENTER,
            TEXT_VALIGN_INK_MIDDLE);
}

static void question_draw(App *app)
{
    const Question *q = app_quiz(app) ? quiz_current(app_quiz(app)) : NULL;
    if (!q) {
        ui_background(app);
        return;
    }
    float t = ease_out((float)(app_now(app) - st(app)->t0) / SLIDE_MS);
    int dx = (int)lroundf((1 - t) * ui_px(app, app->theme->question.slide));
    QLayout L;
    question_layout(app, q, lang_is_rtl() ? -dx : dx, &L);
    SDL_Rect shapes[UI_BACKGROUND_MAX];
    ui_background_under(app, shapes, layout_shapes(&L, shapes));
    int64_t left = quiz_time_left_ms(app_quiz(app), app_now(app));
    float frac = left < 0 ? -1.0f : (float)left / (app_quiz_config(app)->time_limit_s * 1000.0f);
    hud_draw(app, frac);
    draw_card(app, q, L.card, L.speaker);
    if (L.speaker.w)
        speaker_draw(app, L.speaker,
                     st(app)->focus == speaker_focus(q) ? UI_BTN_FOCUS : UI_BTN_NORMAL,
                     st(app)->reading);
    if (q->kind == QKIND_NUMERIC)
        draw_numeric(app, &L);
    else if (q->kind == QKIND_SHORT)
        draw_short(app, &L);
    else
        draw_buttons(app, q, &L);
    if (st(app)->paused)
        pause_draw(app, st(app)->pause_focus);
    draw_turn(app);
}

/* A short answer being asked, not paused, has the keyboard. */
static void keyboard_to_field(App *app)
{
    QState *s = st(app);
    const Question *q = app_quiz(app) ? quiz_current(app_quiz(app)) : NULL;
    textentry_focus(app, q && q->kind == QKIND_SHORT && !s->paused && !s->answered &&
                             quiz_state(app_quiz(app)) == QUIZ_ASKING);
}

static void question_enter(App *app)
{
    QState *s = xcalloc(1, sizeof *s);
    s->t0 = app_now(app);
    s->focus = -1;
    s->chosen = -1;
    /* Back from an overlay (the teacher's help): a question paused with P
     * stays paused, with its panel. */
    s->paused = session_paused(app->game->session);
    app->scene_data = s;
    keyboard_to_field(app);
}

static void question_leave(App *app)
{
    textentry_focus(app, false);
    app_free_scene_data(app);
}

static void answered(App *app, int button)
{
    QState *s = st(app);
    s->answered = true;
    s->chosen = button;
    s->flash_t0 = app_now(app);
    app_sound_answered(app); /* stop reading; right or wrong */
    keyboard_to_field(app);  /* the session stored the answer already, before the flash */
}

static bool give(App *app, SessionAnswer a)
{
    return session_answer(app->game->session, app->game->player, &a, app_now(app)) == SESSION_OK;
}

static void submit_text(App *app)
{
    QState *s = st(app);
    if (!textentry_blank(&s->typed) && give(app, session_answer_text(s->typed.text)))
        answered(app, -1);
}

static void submit_number(App *app)
{
    QState *s = st(app);
    char *end;
    double v = strtod(s->entry, &end);
    if (!s->entry[0] || *end != '\0')
        return;
    if (give(app, session_answer_number(v)))
        answered(app, -1);
}

static void press_button(App *app, const Question *q, int i)
{
    if (i < 0 || i > n_buttons(q))
        return;
    if (q->kind == QKIND_MULTI) {
        if (i == n_buttons(q)) {
            if (st(app)->multi && give(app, session_answer_multi(st(app)->multi)))
                answered(app, -1);
        } else {
            st(app)->multi ^= 1u << i;
        }
        return;
    }
    if (i == n_buttons(q))
        return;
    if (give(app, q->kind == QKIND_TRUEFALSE ? session_answer_truefalse(i == 0)
                                             : session_answer_choice(i)))
        answered(app, i);
}

static void type_char(App *app, char ch)
{
    QState *s = st(app);
    size_t n = strlen(s->entry);
    if (ch == '-' && n > 0)
        return;
    if (ch == '.' && strchr(s->entry, '.'))
        return;
    if (n + 1 < sizeof s->entry && n < 14) {
        s->entry[n] = ch;
        s->entry[n + 1] = '\0';
    }
}

static void pad_key(App *app, int key)
{
    QState *s = st(app);
    if (key == UI_NUMPAD_OK)
        submit_number(app);
    else if (key == UI_NUMPAD_ERASE && s->entry[0])
        s->entry[strlen(s->entry) - 1] = '\0';
    else if (ui_numpad_char(key))
        type_char(app, ui_numpad_char(key));
}

static bool point(App *app, const Question *q, int x, int y)
{
    QLayout L;
    question_layout(app, q, 0, &L);
    if (L.speaker.w && ui_hit(L.speaker, x, y)) {
        app_sound_read_question(app);
        return true;
    }
    if (L.numpad) {
        for (int k = 0; k < UI_NUMPAD_KEYS; k++)
            if (ui_hit(L.keys[k], x, y)) {
                pad_key(app, k);
                return true;
            }
        return false;
    }
    for (int i = 0; i < L.n_buttons; i++)
        if (ui_hit(L.buttons[i], x, y)) {
            press_button(app, q, i);
            return true;
        }
    if (q->kind == QKIND_SHORT && ui_hit(L.submit, x, y)) {
        submit_text(app);
        return true;
    }
    if (q->kind == QKIND_MULTI && ui_hit(L.submit, x, y)) {
        press_button(app, q, L.n_buttons);
        return true;
    }
    return false;
}

static int speaker_focus(const Question *q)
{
    return q->kind == QKIND_NUMERIC ? UI_NUMPAD_KEYS
           : q->kind == QKIND_SHORT ? 1
                                    : n_buttons(q) + (q->kind == QKIND_MULTI);
}

static void move_focus(App *app, const Question *q, int step)
{
    int n = speaker_focus(q) + app_sound_can_read(app);
    QState *s = st(app);
    s->focus = s->focus < 0 ? 0 : (s->focus + step + n) % n;
}

static bool numeric_input(App *app, const Input *in)
{
    switch (in->kind) {
    case IN_CHOOSE:
        if (!in->ch)
            return false;
        type_char(app, in->ch);
        return true;
    case IN_CHAR:
        type_char(app, in->ch);
        return true;
    case IN_ERASE:
        pad_key(app, UI_NUMPAD_ERASE);
        return true;
    case IN_CONFIRM:
        pad_key(app, st(app)->focus >= 0 ? st(app)->focus : UI_NUMPAD_OK);
        return true;
    default:
        return false;
    }
}

static bool handle_pause(App *app, const Input *in)
{
    QState *s = st(app);
    PauseAction a = pause_event(app, in, &s->pause_focus);
    if (a == PAUSE_RESUME) {
        s->paused = false;
        session_resume(app->game->session, app_now(app));
    } else if (a == PAUSE_QUIT) {
        session_abandon(app->game->session, app_now(app));
        app_go(app, SCENE_TITLE);
    }
    return true;
}

static void open_pause(App *app)
{
    st(app)->paused = true;
    st(app)->pause_focus = 0;
    session_pause(app->game->session, app_now(app));
    app_sound_stop(app);
}

void question_toggle_pause(App *app)
{
    QState *s = st(app);
    if (!s || s->answered)
        return;
    if (s->paused) {
        s->paused = false;
        session_resume(app->game->session, app_now(app));
    } else {
        open_pause(app);
    }
    app->dirty = true;
}

static bool question_input(App *app, const Question *q, const SDL_Event *ev)
{
    QState *s = st(app);
    Input in = input_map(app, ev);
    if (!q || in.kind == IN_NONE || s->answered)
        return false;
    if (s->paused)
        return handle_pause(app, &in);
    if (in.kind == IN_BACK) {
        open_pause(app);
        return true;
    }
    if (in.kind == IN_CONFIRM && s->focus == speaker_focus(q)) {
        app_sound_read_question(app);
        return true;
    }
    if (q->kind == QKIND_NUMERIC && numeric_input(app, &in))
        return true;
    switch (in.kind) {
    case IN_POINT:
        return point(app, q, in.x, in.y);
    case IN_CHOOSE:
        if (q->kind != QKIND_NUMERIC && q->kind != QKIND_SHORT)
            press_button(app, q, in.index < n_buttons(q) ? in.index : -1);
        return true;
    case IN_PREV:
    case IN_UP:
        move_focus(app, q, q->kind == QKIND_NUMERIC && in.kind == IN_UP ? -3 : -1);
        return true;
    case IN_NEXT:
    case IN_DOWN:
        move_focus(app, q, q->kind == QKIND_NUMERIC && in.kind == IN_DOWN ? 3 : 1);
        return true;
    case IN_CONFIRM:
        if (s->focus >= 0 && q->kind == QKIND_SHORT)
            submit_text(app);
        else if (s->focus >= 0)
            press_button(app, q, s->focus);
        return true;
    default:
        return false;
    }
}

/* QKIND_SHORT: the field's own events; true when it took ev. */
static bool short_input(App *app, const SDL_Event *ev)
{
    if (!app->typing)
        return false;
    TextEntryResult r = textentry_event(&st(app)->typed, ev);
    if (r == TEXTENTRY_SUBMIT)
        submit_text(app);
    return r != TEXTENTRY_NONE;
}

static bool question_event(App *app, const SDL_Event *ev)
{
    QState *s = st(app);
    const Question *q = app_quiz(app) ? quiz_current(app_quiz(app)) : NULL;
    if (q && q->kind == QKIND_SHORT && !s->answered && !s->paused && short_input(app, ev))
        return true;
    bool handled = question_input(app, q, ev);
    keyboard_to_field(app);
    return handled;
}

#define TIMER_REDRAW_MS 100

static bool question_update(App *app, Uint32 now_ms)
{
    (void)now_ms;
    QState *s = st(app);
    int64_t now = app_now(app);
    if (!app_quiz(app) || !s)
        return false;
    if (!s->answered && quiz_state(app_quiz(app)) == QUIZ_FEEDBACK) {
        /* Timed out (the session's clock), revealed, or answered before an
         * overlay opened: its feedback is next. */
        app_go(app, SCENE_FEEDBACK);
        return false;
    }
    if (s->answered) {
        if (now - s->flash_t0 >= FLASH_MS)
            app_go(app, SCENE_FEEDBACK);
        return true;
    }
    if (s->paused)
        return false;
    app_sound_tick(app, quiz_time_left_ms(app_quiz(app), now));
    if (s->reading != app_sound_reading(app)) { /* the speaker button lights up or goes out */
        s->reading = !s->reading;
        app->dirty = true;
    }
    if (s->reading && !app->scene_wake_ms)
        app->scene_wake_ms = now + TIMER_REDRAW_MS;
    if (now - s->t0 < SLIDE_MS)
        return true;
    /* The timer bar moves, but 10 redraws a second show it well: between
     * them the loop sleeps instead of drawing 60 frames a second. */
    if (has_timer(app) && !app->scene_wake_ms)
        app->scene_wake_ms = now + TIMER_REDRAW_MS;
    return false;
}

const Scene scene_question = {
    .name = "question",
    .enter = question_enter,
    .event = question_event,
    .update = question_update,
    .draw = question_draw,
    .leave = question_leave,
    .robot = ROBOT_ANSWER,
    .demo = DEMO_QUESTION,
    .voice = VOICE_QUESTION,
};
