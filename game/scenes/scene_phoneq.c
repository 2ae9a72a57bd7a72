/* Phone classroom question (--phones): the question and its answers on the
 * projector with a live count of the phones' answers ("23 / 31"). It
 * reveals when everyone answered, the time is up, or on the teacher's R;
 * then how many chose each answer and the top five with their movement;
 * Next (Enter) opens the next question, and after the last a podium. */
#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "input.h"
#include "phoneplay.h"
#include "registry.h"
#include "ui.h"
#include "ui_lang.h"

#define TOP 5

static SDL_Rect next_rect(const App *app)
{
    SDL_Rect c = ui_content(app);
    int w = ui_px(app, app->theme->button_w), h = ui_px(app, app->theme->phoneq.next_h);
    return ui_mirror(app, (SDL_Rect){c.x + c.w - w, c.y + c.h - h, w, h});
}

static void phoneq_enter(App *app)
{
    if (!phoneplay_server(app))
        return;
    Room *room = phones_lock(phoneplay_server(app));
    bool open = room_question(room) != NULL;
    phones_unlock(phoneplay_server(app));
    if (!open) /* reached by --scene: start a round (no phone has answered) */
        phoneplay_begin(app);
}

static void draw_head(App *app, Room *room, SDL_Rect c)
{
    char buf[96];
    snprintf(buf, sizeof buf, _("Question %d of %d"), room_question_index(room) + 1,
             room_question_total(room));
    lang_digits(buf, sizeof buf);
    const Theme *T = app->theme;
    int h = ui_px(app, T->phoneq.head_h);
    SDL_Rect left = ui_mirror(app, (SDL_Rect){c.x, c.y, c.w / 2, h});
    ui_text(app, buf, left, T->type.heading, true, UI_GOLD, TEXT_ALIGN_START, TEXT_VALIGN_MIDDLE);
    if (room_phase(room) != ROOM_ASKING)
        return;
    /* TRANSLATORS: answers in / phones that may answer, on the projector */
    snprintf(buf, sizeof buf, _("Answers: %d / %d"), room_answered(room), room_expected(room));
    int64_t left_ms = room_time_left(room, phones_now());
    if (left_ms >= 0) {
        size_t n = strlen(buf);
        snprintf(buf + n, sizeof buf - n, "  ·  %lld s", (long long)((left_ms + 999) / 1000));
    }
    lang_digits(buf, sizeof buf);
    SDL_Rect right = ui_mirror(
        app, (SDL_Rect){c.x + c.w / 2, c.y, c.w / 2 - ui_px(app, T->phoneq.head_clear), h});
    ui_text(app, buf, right, T->type.callout, true, UI_IVORY, TEXT_ALIGN_END, TEXT_VALIGN_MIDDLE);
}

static const char *choice_text(const RoomQuestion *q, int i)
{
    return lang_is_urdu() ? q->choices_ur[i] : q->choices[i];
}

/* The answers: while asking as on the question card; revealed, each with
 * how many chose it, the right ones marked. */
static void draw_answers(App *app, Room *room, SDL_Rect area, bool revealed)
{
    const RoomQuestion *q = room_question(room);
    int counts[ROOM_MAX_CHOICES];
    int n = room_distribution(room, counts);
    const char *labels[ROOM_MAX_CHOICES];
    char nums[ROOM_MAX_CHOICES][160];
    char shown[160]; /* the right answer's label, apart from nums that it fills */
    bool right[ROOM_MAX_CHOICES] = {0};
    if (q->kind == RQ_CHOICE || q->kind == RQ_MULTI) {
        for (int i = 0; i < n; i++)
            labels[i] = choice_text(q, i), right[i] = q->weights[i] > 0;
    } else if (q->kind == RQ_TRUEFALSE) {
        labels[0] = _("True"), labels[1] = _("False");
        right[0] = q->tf_answer, right[1] = !q->tf_answer;
    } else if (q->kind == RQ_TEXT) {
        /* TRANSLATORS: %s is the accepted short answer, shown after the reveal */
        snprintf(shown, sizeof shown, _("The right answer: %s"), choice_text(q, 0));
        labels[0] = revealed ? shown : _("Type your answer on your phone");
        labels[1] = _("Wrong");
        n = revealed ? 2 : 1, right[0] = true;
    } else {
        snprintf(shown, sizeof shown, _("The right answer: %g"), q->num_value);
        labels[0] = revealed ? shown : _("Type the number on your phone");
        labels[1] = _("Wrong");
        n = revealed ? 2 : 1, right[0] = true;
    }
    int cols = n > 2 && !revealed ? 2 : 1, rows = (n + cols - 1) / cols;
    int gap = ui_px(app, app->theme->phoneq.answer_gap),
        max = ui_px(app, app->theme->phoneq.answer_max);
    int w = (area.w - (cols - 1) * gap) / cols, h = (area.h - (rows - 1) * gap) / rows;
    if (h > max)
        h = max;
    for (int i = 0; i < n; i++) {
        SDL_Rect r = ui_mirror(app, (SDL_Rect){area.x + (i % cols) * (w + gap),
                                               area.y + (i / cols) * (h + gap), w, h});
        const char *label = labels[i];
        if (revealed) {
            /* TRANSLATORS: an answer, then how many phones chose it */
            snprintf(nums[i], sizeof nums[i], _("%s  (%d)"), labels[i], counts[i]);
            lang_digits(nums[i], sizeof nums[i]);
            label = nums[i];
        }
        UiBtnState st = !revealed ? UI_BTN_NORMAL : right[i] ? UI_BTN_RIGHT : UI_BTN_DIM;
        ui_choice(app, r, i, label, NULL, st, 0);
    }
}

/* With teams: each team's mean score, one line under the leaderboard. */
static void draw_teams(App *app, Room *room, SDL_Rect line)
{
    char buf[256] = "";
    size_t used = 0;
    for (int t = 0; t < room_teams(room) && used < sizeof buf; t++) {
        int n = snprintf(buf + used, sizeof buf - used, "%s%s %.0f", t ? "   " : "",
                         room_team_name(room, t), room_team_score(room, t));
        used += n > 0 ? (size_t)n : 0;
    }
    lang_digits(buf, sizeof buf);
    ui_text(app, buf, line, app->theme->type.body, true, UI_GOLD, TEXT_ALIGN_START,
            TEXT_VALIGN_MIDDLE);
}

/* The top five: place, name, score, places gained at this reveal. */
static void draw_board(App *app, Room *room, SDL_Rect area, int n_top)
{
    int top[TOP];
    size_t n = room_leaderboard(room, top, (size_t)n_top);
    const Theme *T = app->theme;
    int gap = ui_px(app, T->phoneq.row_gap),
        teams_h = room_teams(room) ? ui_px(app, T->phoneq.teams_h) : 0;
    int h = (area.h - teams_h - (TOP - 1) * gap) / TOP;
    if (teams_h)
        draw_teams(app, room, (SDL_Rect){area.x, area.y + area.h - teams_h, area.w, teams_h});
    bool rtl = lang_is_rtl();
    for (size_t i = 0; i < n; i++) {
        const RoomPlayer *p = room_player(room, top[i]);
        SDL_Rect row = {area.x, area.y + (int)i * (h + gap), area.w, h};
        ui_fill_round(app, row, h / 3, i == 0 ? UI_GOLD : UI_GREEN_LIGHT);
        SDL_Color ink = i == 0 ? UI_INK : UI_IVORY;
        int pad = ui_px(app, T->phoneq.row_pad), num_w = ui_px(app, T->phoneq.score_w);
        char buf[64];
        snprintf(buf, sizeof buf, "%d", p->place);
        lang_digits(buf, sizeof buf);
        SDL_Rect place = {rtl ? row.x + row.w - pad - h : row.x + pad, row.y, h, h};
        ui_text(app, buf, place, T->type.heading, true, ink, TEXT_ALIGN_CENTER, TEXT_VALIGN_MIDDLE);
        SDL_Rect name = {rtl ? row.x + num_w : place.x + h, row.y, row.w - num_w - h - 2 * pad, h};
        phoneplay_draw_name(app, p->name, name, T->type.label, ink, TEXT_ALIGN_START);
        if (p->move)
            snprintf(buf, sizeof buf, "%d  %+d", p->score, p->move);
        else
            snprintf(buf, sizeof buf, "%d", p->score);
        lang_digits(buf, sizeof buf);
        SDL_Rect num = {rtl ? row.x + pad : row.x + row.w - pad - num_w, row.y, num_w, h};
        ui_text_dir(app, buf, num, T->type.label, true, ink,
                    rtl ? TEXT_ALIGN_START : TEXT_ALIGN_END, TEXT_VALIGN_MIDDLE, false);
    }
}

static void draw_question(App *app, Room *room, SDL_Rect card)
{
    const RoomQuestion *q = room_question(room);
    ui_card(app, card);
    int pad = ui_px(app, app->theme->phoneq.card_pad);
    SDL_Rect in = {card.x + pad, card.y + pad / 2, card.w - 2 * pad, card.h - pad};
    ui_text(app, lang_is_urdu() ? q->text_ur : q->text, in, app->theme->phoneq.question, true,
            UI_INK, TEXT_ALIGN_START, TEXT_VALIGN_MIDDLE);
}

/* Training: every trainee and whether they reached the pass mark, in
 * order of joining, two columns. */
static void draw_passed(App *app, Room *room, SDL_Rect c)
{
    SDL_Rect title = ui_screen_title(app, _("Who passed"));
    const Theme *T = app->theme;
    int top = title.y + title.h + ui_px(app, T->gap), h = ui_px(app, T->phoneq.row_h),
        gap = ui_px(app, T->phoneq.row_gap);
    int rows = (c.h - ui_px(app, T->phoneq.passed_room)) / (h + gap), w = (c.w - gap) / 2,
        shown = 0;
    bool rtl = lang_is_rtl();
    for (size_t i = 0; i < room_size(room) && shown < 2 * rows; i++) {
        const RoomPlayer *p = room_player(room, (int)i);
        if (!p->present || p->passed < 0)
            continue;
        SDL_Rect row = ui_mirror(app, (SDL_Rect){c.x + (shown / rows) * (w + gap),
                                                 top + (shown % rows) * (h + gap), w, h});
        shown++;
        ui_fill_round(app, row, h / 3, p->passed ? UI_RIGHT : UI_GREEN_LIGHT);
        int pad = ui_px(app, T->phoneq.passed_pad), verdict_w = row.w * 45 / 100;
        SDL_Rect id = {rtl ? row.x + verdict_w : row.x + pad, row.y, row.w - verdict_w - pad, h};
        phoneplay_draw_name(app, p->name, id, T->type.label, UI_IVORY, TEXT_ALIGN_START);
        SDL_Rect v = {rtl ? row.x + pad : row.x + row.w - pad - verdict_w, row.y, verdict_w, h};
        ui_text(app, p->passed ? _("Passed") : _("Not passed"), v, T->type.body, true, UI_IVORY,
                TEXT_ALIGN_END, TEXT_VALIGN_MIDDLE);
    }
}

/* Places after the podium, one row each: place, name, score. */
static void draw_rest(App *app, Room *room, const int *players, size_t n, SDL_Rect area)
{
    const Theme *T = app->theme;
    int h = ui_px(app, T->phoneq.row_h), gap = ui_px(app, T->phoneq.row_gap);
    bool rtl = lang_is_rtl();
    for (size_t i = 0; i < n; i++) {
        const RoomPlayer *p = room_player(room, players[i]);
        SDL_Rect row = {area.x, area.y + (int)i * (h + gap), area.w, h};
        ui_fill_round(app, row, h / 3, UI_GREEN_LIGHT);
        char buf[64];
        snprintf(buf, sizeof buf, "%d", p->place);
        lang_digits(buf, sizeof buf);
        SDL_Rect place = {rtl ? row.x + row.w - h : row.x, row.y, h, h};
        ui_text(app, buf, place, T->type.body, true, UI_IVORY, TEXT_ALIGN_CENTER,
                TEXT_VALIGN_MIDDLE);
        SDL_Rect name = {row.x + h, row.y, row.w - 2 * h - ui_px(app, T->phoneq.rest_clear), h};
        if (rtl)
            name.x = row.x + h + ui_px(app, T->phoneq.rest_clear);
        phoneplay_draw_name(app, p->name, name, T->type.body, UI_IVORY, TEXT_ALIGN_START);
        snprintf(buf, sizeof buf, "%d", p->score);
        lang_digits(buf, sizeof buf);
        SDL_Rect score = {rtl ? row.x + ui_px(app, T->phoneq.rest_pad)
                              : row.x + row.w -
                                    ui_px(app, T->phoneq.rest_pad + T->phoneq.rest_score_w),
                          row.y, ui_px(app, T->phoneq.rest_score_w), h};
        ui_text(app, buf, score, T->type.body, true, UI_IVORY, TEXT_ALIGN_END, TEXT_VALIGN_MIDDLE);
    }
}

/* One step of the podium: the name above, the place and the score on it. */
static void draw_step(App *app, Room *room, int player, SDL_Rect step)
{
    const RoomPlayer *p = room_player(room, player);
    const Theme *T = app->theme;
    int name_h = ui_px(app, T->phoneq.step_name_h);
    SDL_Rect name = {step.x - step.w / 4, step.y - name_h, step.w * 3 / 2, name_h};
    phoneplay_draw_name(app, p->name, name, T->type.heading, UI_IVORY, TEXT_ALIGN_CENTER);
    ui_fill_round(app, step, ui_px(app, T->phoneq.step_radius),
                  p->place == 1 ? UI_GOLD : UI_GREEN_LIGHT);
    SDL_Color ink = p->place == 1 ? UI_INK : UI_IVORY;
    char buf[32];
    snprintf(buf, sizeof buf, "%d", p->place);
    lang_digits(buf, sizeof buf);
    SDL_Rect place = {step.x, step.y, step.w, step.h / 2};
    ui_text(app, buf, place, T->type.display, true, ink, TEXT_ALIGN_CENTER, TEXT_VALIGN_MIDDLE);
    snprintf(buf, sizeof buf, "%d", p->score);
    lang_digits(buf, sizeof buf);
    SDL_Rect score = {step.x, step.y + step.h / 2, step.w, step.h / 2};
    ui_text(app, buf, score, T->type.heading, true, ink, TEXT_ALIGN_CENTER, TEXT_VALIGN_TOP);
}

/* The end of a classroom round: the best three on a podium (second on the
 * reading side, first in the middle), then the fourth and fifth. */
static void draw_podium(App *app, Room *room, SDL_Rect c)
{
    if (room_trainees(room)) {
        draw_passed(app, room, c);
        return;
    }
    SDL_Rect title = ui_screen_title(app, _("Final standings"));
    int top[TOP];
    size_t n = room_leaderboard(room, top, TOP);
    int floor_y = c.y + c.h * 70 / 100,
        tall = floor_y - title.y - title.h - ui_px(app, app->theme->phoneq.podium_head);
    int w = c.w / 5, gap = ui_px(app, app->theme->gap);
    static const int slot[3] = {1, 0, 2}; /* columns of 1st, 2nd, 3rd */
    static const int height[3] = {100, 72, 52};
    for (size_t i = 0; i < n && i < 3; i++) {
        int h = tall * height[i] / 100;
        SDL_Rect step = {c.x + c.w / 2 - w * 3 / 2 - gap + slot[i] * (w + gap), floor_y - h, w, h};
        draw_step(app, room, top[i], ui_mirror(app, step));
    }
    if (n > 3) {
        SDL_Rect rest = {c.x + c.w / 4, floor_y + gap, c.w / 2, c.y + c.h - floor_y - gap};
        draw_rest(app, room, top + 3, n - 3, rest);
    }
}

static void phoneq_draw(App *app)
{
    ui_background(app);
    if (!phoneplay_server(app))
        return;
    SDL_Rect c = ui_content(app);
    Room *room = phones_lock(phoneplay_server(app));
    RoomPhase phase = room_phase(room);
    if (phase == ROOM_ENDED) {
        draw_podium(app, room, c);
    } else if (room_question(room)) {
        draw_head(app, room, c);
        const Theme *T = app->theme;
        int top = c.y + ui_px(app, T->phoneq.top);
        bool revealed = phase == ROOM_REVEALED;
        int card_h = ui_px(app, revealed ? T->phoneq.card_revealed_h : T->phoneq.card_h);
        draw_question(app, room, (SDL_Rect){c.x, top, c.w, card_h});
        int y = top + card_h + ui_px(app, T->phoneq.card_gap),
            bottom = c.y + c.h - ui_px(app, T->phoneq.bottom);
        int answers_w = revealed ? c.w * 55 / 100 : c.w;
        draw_answers(app, room, (SDL_Rect){c.x, y, answers_w, bottom - y}, revealed);
        if (revealed) {
            int bx = c.x + answers_w + ui_px(app, T->phoneq.board_gap);
            draw_board(app, room, ui_mirror(app, (SDL_Rect){bx, y, c.x + c.w - bx, bottom - y}),
                       TOP);
        }
    }
    phones_unlock(phoneplay_server(app));
    const char *label = phase == ROOM_ASKING  ? _("Reveal")
                        : phase == ROOM_ENDED ? _("Finish")
                                              : _("Next question");
    ui_button(app, next_rect(app), label, true, UI_BTN_FOCUS);
    if (phase == ROOM_ASKING) {
        SDL_Rect hint = ui_mirror(
            app, (SDL_Rect){c.x, next_rect(app).y, c.w / 2, ui_px(app, app->theme->phoneq.next_h)});
        ui_text(app, _("Answer on your phone"), hint, app->theme->type.body, false, UI_IVORY,
                TEXT_ALIGN_START, TEXT_VALIGN_MIDDLE);
    }
}

/* Enter, R or the button: reveal while asking, then the next question,
 * then after the podium back to the title. */
static bool advance(App *app)
{
    Room *room = phones_lock(phoneplay_server(app));
    RoomPhase phase = room_phase(room);
    phones_unlock(phoneplay_server(app));
    if (phase == ROOM_ASKING)
        return phoneplay_reveal(app);
    if (phase == ROOM_REVEALED) {
        phoneplay_next(app);
        return true;
    }
    phoneplay_finish(app);
    app_go(app, SCENE_TITLE);
    return true;
}

static bool phoneq_event(App *app, const SDL_Event *ev)
{
    if (!phoneplay_server(app))
        return false;
    if (phoneplay_is_wake(ev))
        return phoneplay_poll(app);
    if (ev->type == SDL_KEYDOWN && !ev->key.repeat && ev->key.keysym.sym == SDLK_r) {
        Room *room = phones_lock(phoneplay_server(app));
        bool asking = room_phase(room) == ROOM_ASKING;
        phones_unlock(phoneplay_server(app));
        return asking && phoneplay_reveal(app);
    }
    Input in = input_map(app, ev);
    if (in.kind == IN_CONFIRM || (in.kind == IN_POINT && ui_hit(next_rect(app), in.x, in.y)))
        return advance(app);
    return false;
}

/* The countdown: a redraw each second while a limit runs, and the reveal
 * when it ends (the session's clock); nothing in between (the loop sleeps). */
static bool phoneq_update(App *app, Uint32 now)
{
    (void)now;
    if (!phoneplay_server(app))
        return false;
    if (phoneplay_poll(app))
        app->dirty = true;
    int64_t left = phoneplay_time_left(app);
    if (left > 0)
        app->scene_wake_ms = app_now(app) + (left % 1000 ? left % 1000 : 1000);
    else if (left == 0)
        app->dirty = true;
    return false;
}

const Scene scene_phoneq = {
    .name = "phoneq",
    .demo = DEMO_PHONES,
    .enter = phoneq_enter,
    .event = phoneq_event,
    .update = phoneq_update,
    .draw = phoneq_draw,
};
