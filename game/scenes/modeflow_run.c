/* The modes at run time: kiosk input and timers, the teacher's keys (each
 * a command of the session), and what is drawn over the scenes. */
#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "input.h"
#include "modeflow.h"
#include "scene_question.h"
#include "ui.h"
#include "ui_lang.h"
#include "util.h"

#define CURSOR_IDLE_MS 3000
#define EXTEND_MS 15000 /* the teacher's "more time" */
#define LANG_TAP_MS 800 /* a corner press shorter than this on the language button switches */

static bool in_corner(const App *app, int x, int y)
{
    int s = ui_px(app, app->theme->flow.corner);
    return (x < s || x >= app->width - s) && (y < s || y >= app->height - s);
}

/* What the session's kiosk rules decided, as scenes. The session has
 * already abandoned the round for SESSION_EV_ATTRACT. */
static void kiosk_act(App *app, unsigned ev)
{
    if (ev & SESSION_EV_PLAY)
        flow_play(app);
    if (ev & SESSION_EV_ATTRACT) {
        flow_abandon_round(app);
        app_go(app, SCENE_ATTRACT);
    }
    if (ev & SESSION_EV_STILL_THERE)
        flow_overlay(app, SCENE_STILLTHERE);
    if (ev & SESSION_EV_RESUME)
        flow_back(app);
    if (ev & SESSION_EV_PIN)
        flow_overlay(app, SCENE_ADMIN);
    if (ev & SESSION_EV_EXIT) {
        app->exit_status = KIOSK_EXIT_STATUS;
        app->running = false;
    }
}

static void show_cursor(Flow *f, bool show)
{
    if (f->cursor_hidden == !show)
        return;
    SDL_ShowCursor(show ? SDL_ENABLE : SDL_DISABLE);
    f->cursor_hidden = !show;
}

static bool kiosk_pointer_down(App *app, Flow *f, const SDL_Event *ev, int64_t now)
{
    Input in = input_map(app, ev);
    if (in.kind != IN_POINT)
        return false;
    KioskState s = session_kiosk_state(app->game->session);
    bool waiting = s == KIOSK_ATTRACT || s == KIOSK_STILL_THERE;
    /* A corner press starts the admin hold; released soon on the language
     * button (which overlaps a corner), it is a tap on that button. */
    if (in_corner(app, in.x, in.y)) {
        session_kiosk_press(app->game->session, true, now);
        f->lang_press = ui_hit(ui_lang_button_rect(app), in.x, in.y);
        f->lang_press_ms = now;
        return true;
    }
    /* The language button works on the attract loop too. */
    if (waiting && ui_hit(ui_lang_button_rect(app), in.x, in.y)) {
        session_kiosk_activity(app->game->session, false, now);
        return false;
    }
    session_kiosk_press(app->game->session, in_corner(app, in.x, in.y), now);
    return waiting; /* the touch acts when it is lifted */
}

/* Kiosk input. Nothing but the admin gesture and the PIN leaves the game:
 * the window's close, Esc and F11 are swallowed. */
static bool kiosk_event(App *app, Flow *f, const SDL_Event *ev)
{
    int64_t now = app_now(app);
    unsigned a = 0;
    switch (ev->type) {
    case SDL_QUIT:
        return true;
    case SDL_MOUSEMOTION:
        if (ev->motion.which != SDL_TOUCH_MOUSEID) {
            f->mouse_moved_ms = now;
            show_cursor(f, true);
            session_kiosk_activity(app->game->session, false, now);
        }
        return false;
    case SDL_MOUSEBUTTONDOWN:
    case SDL_FINGERDOWN:
        return kiosk_pointer_down(app, f, ev, now);
    case SDL_MOUSEBUTTONUP:
        if (input_is_touch_twin(app, ev))
            return false;
        /* fall through */
    case SDL_FINGERUP: {
        bool lang_tap = f->lang_press && now - f->lang_press_ms < LANG_TAP_MS &&
                        session_kiosk_state(app->game->session) != KIOSK_ADMIN_PIN;
        f->lang_press = false;
        if (lang_tap) {
            session_kiosk_cancel_press(app->game->session, now);
            app_toggle_language(app);
            return true;
        }
        a = session_kiosk_release(app->game->session, now);
        kiosk_act(app, a);
        return a != 0;
    }
    case SDL_KEYDOWN: {
        if (session_kiosk_state(app->game->session) == KIOSK_ADMIN_PIN) {
            session_kiosk_activity(app->game->session, false, now);
            return ev->key.keysym.sym == SDLK_F11; /* the kiosk stays full screen */
        }
        a = session_kiosk_activity(app->game->session, true, now);
        kiosk_act(app, a);
        SDL_Keycode k = ev->key.keysym.sym;
        return a != 0 || k == SDLK_ESCAPE || k == SDLK_AC_BACK || k == SDLK_F11;
    }
    default:
        return false;
    }
}

/* ---- the teacher's keys (a classroom or a class on phones; from the
 * keyboard or a presenter remote). Each is a command of the session; the screen then shows the
 * session's phase. E is not used for "extend": it answers choice E. ---- */

static void show_phase(App *app)
{
    app_go(app, flow_round_scene(app));
}

static void skip(App *app, int64_t now)
{
    if (session_skip(app->game->session, now) != SESSION_OK)
        return;
    session_next(app->game->session, now);
    flow_toast(app, _("Skipped"), 1500);
    show_phase(app);
}

static void extend(App *app)
{
    if (session_more_time(app->game->session, EXTEND_MS) != SESSION_OK) {
        flow_toast(app, _("This question has no time limit"), 1500);
        return;
    }
    flow_toast(app, _("15 more seconds"), 1500);
}

/* True when the key was the teacher's. Over an overlay (the pause menu,
 * the help) only H and F1 are, to open the help; the help closes itself.
 * The same keys work when the phones play (the projector has no player):
 * their server follows the session (game/scenes/phoneplay.c), except for
 * the pause and the help, which would stop the session's clock while the
 * phones still take answers. */
static bool teacher_key(App *app, SDL_Keycode key)
{
    Session *s = app->game->session;
    int64_t now = app_now(app);
    bool over = app->scene->overlay, phones = !app->game->player;
    if (phones && (key == SDLK_h || key == SDLK_F1 || key == SDLK_p)) {
        if (key == SDLK_p && session_phase(s) == SESSION_ASKING)
            flow_toast(app, _("A question on the phones cannot be paused"), 2000);
        return key == SDLK_p;
    }
    if (key == SDLK_h || key == SDLK_F1) {
        if (flow_of(app)->help_shown)
            return false; /* the help's own key closes it */
        flow_overlay(app, SCENE_TEACHER_HELP);
        return true;
    }
    bool asking = !over && session_phase(s) == SESSION_ASKING;
    switch (key) {
    case SDLK_p:
        if (asking)
            question_toggle_pause(app);
        return asking;
    case SDLK_s:
        if (asking)
            skip(app, now);
        return asking;
    case SDLK_r:
        if (asking && session_reveal(s, now) == SESSION_OK)
            show_phase(app);
        return asking;
    case SDLK_PLUS:
    case SDLK_EQUALS:
    case SDLK_KP_PLUS:
    case SDLK_t:
        if (asking)
            extend(app);
        return asking;
    case SDLK_x:
        if (over || !session_in_round(s) || session_end(s, now) != SESSION_OK)
            return false;
        show_phase(app);
        return true;
    default:
        return false;
    }
}

bool flow_event(App *app, const SDL_Event *ev)
{
    Flow *f = flow_of(app);
    if (!f)
        return false;
    if (app->game->mode->kiosk)
        return kiosk_event(app, f, ev);
    /* The teacher's keys: a classroom, and any class on phones (a trainer
     * running a drill on the recruits' phones skips and ends the same way). */
    bool teacher = app->game->mode->teams || !app->game->player;
    if (teacher && ev->type == SDL_KEYDOWN && !ev->key.repeat)
        return teacher_key(app, ev->key.keysym.sym);
    return false;
}

/* Wakes the sleeping loop at the kiosk's next deadline (idle timeout,
 * countdown second, attract page, hiding the pointer), and redraws when a
 * deadline has passed. */
static void arm_wake(App *app, Flow *f, int64_t now)
{
    if (f->wake_at && now >= f->wake_at)
        app->dirty = true;
    int64_t d = session_kiosk_next_deadline(app->game->session, now);
    if (!f->cursor_hidden) {
        int64_t c = f->mouse_moved_ms + CURSOR_IDLE_MS - now;
        d = d < 0 || c < d ? (c > 0 ? c : 0) : d;
    }
    f->wake_at = d < 0 ? 0 : now + (d > 0 ? d : 1);
    app->wake_at_ms = f->wake_at;
}

bool flow_update(App *app)
{
    Flow *f = flow_of(app);
    int64_t now = app_now(app);
    bool moving = false;
    if (f && f->toast_until) {
        moving = now < f->toast_until;
        if (!moving) {
            f->toast_until = 0;
            app->dirty = true;
        }
    }
    /* The session's clock: a question's time limit (not while a screenshot
     * is prepared), the kiosk's timers. A timed-out question is shown by
     * the question scene, which sees its outcome. */
    if (!app->opt->screenshot || app->game->mode->kiosk)
        kiosk_act(app, session_tick(app->game->session, now));
    app_say_warning(app);
    if (!f || !app->game->mode->kiosk)
        return moving;
    if (!f->cursor_hidden && now - f->mouse_moved_ms >= CURSOR_IDLE_MS)
        show_cursor(f, false);
    arm_wake(app, f, now);
    return moving || session_kiosk_hold_progress(app->game->session, now) > 0;
}

/* ---- drawn over the scenes ---- */

static void draw_toast(App *app, Flow *f)
{
    if (!f->toast_until || app_now(app) >= f->toast_until)
        return;
    const Theme *T = app->theme;
    int w = ui_px(app, T->flow.toast_w), h = ui_px(app, T->flow.toast_h);
    SDL_Rect r = {(app->width - w) / 2, app->height - h - ui_px(app, T->flow.toast_bottom), w, h};
    ui_fill_round(app, r, ui_px(app, T->radius), UI_GREEN_DARK);
    ui_outline_round(app, r, ui_px(app, T->radius), ui_px(app, T->line), UI_GOLD);
    ui_text(app, f->toast, r, T->type.callout, true, UI_GOLD, TEXT_ALIGN_CENTER,
            TEXT_VALIGN_MIDDLE);
}

/* A ring of dots filling as the admin corner is held. */
static void draw_hold(App *app)
{
    double p = session_kiosk_hold_progress(app->game->session, app_now(app));
    if (p <= 0)
        return;
    int s = ui_px(app, app->theme->flow.hold_dot), n = 10;
    SDL_Rect bar = {(app->width - n * 2 * s) / 2, app->height / 2, 0, s};
    for (int i = 0; i < n; i++) {
        SDL_Rect d = {bar.x + i * 2 * s, bar.y, s, s};
        ui_fill_round(app, d, s / 2, i < (int)(p * n + 0.5) ? UI_GOLD : UI_MUTED);
    }
}

void flow_draw_overlay(App *app)
{
    Flow *f = flow_of(app);
    if (!f)
        return;
    draw_toast(app, f);
    draw_hold(app);
}

void flow_summary_badge(App *app, SDL_Rect row)
{
    Flow *f = flow_of(app);
    const Quiz *quiz = app_quiz(app);
    const Game *g = app->game;
    if (!f || !quiz || (!g->mode->trainee && g->n_teams < 2))
        return;
    QuizSummary s = quiz_summary(quiz);
    char buf[160];
    SDL_Color bg = UI_GREEN_DARK;
    if (g->mode->trainee) {
        int mark = app_quiz_config(app)->pass_mark;
        snprintf(buf, sizeof buf,
                 s.passed ? _("Passed: the pass mark is %d%%")
                          : _("Not passed yet: the pass mark is %d%%"),
                 mark);
        bg = s.passed ? UI_RIGHT : UI_WRONG;
    } else {
        int best = 0, tied = 0;
        for (int t = 1; t < g->n_teams; t++)
            if (quiz_team_score(quiz, t) > quiz_team_score(quiz, best))
                best = t;
        int top = quiz_team_score(quiz, best);
        for (int t = 0; t < g->n_teams; t++)
            tied += quiz_team_score(quiz, t) == top;
        if (tied > 1)
            snprintf(buf, sizeof buf, _("A tie: %d points each at the top"), top);
        else
            snprintf(buf, sizeof buf, _("Winner: %s, %d points"), game_team_name(g, best), top);
        if (tied == 1)
            bg = ui_team_colour(app, best);
    }
    lang_digits(buf, sizeof buf);
    int w = row.w * 48 / 100;
    SDL_Rect r = {lang_is_rtl() ? row.x : row.x + row.w - w,
                  row.y + ui_px(app, app->theme->pill_inset), w,
                  row.h - ui_px(app, app->theme->pill_inset * 2)};
    ui_team_pill(app, r, bg);
    SDL_Rect in = {r.x + r.h / 2, r.y, r.w - r.h, r.h};
    ui_text(app, buf, in, app->theme->type.body, true, UI_IVORY, TEXT_ALIGN_CENTER,
            TEXT_VALIGN_INK_MIDDLE);
}
