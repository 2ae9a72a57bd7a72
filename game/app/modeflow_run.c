/* The modes at run time: kiosk input and timers, the teacher's keys, what
 * is drawn over the scenes, and the robot player on the modes' scenes. */
#include <stdio.h>
#include <string.h>

#include "contrast.h"
#include "i18n.h"
#include "input.h"
#include "modeflow.h"
#include "ui.h"
#include "ui_lang.h"
#include "util.h"

#define CURSOR_IDLE_MS 3000
#define CORNER_DESIGN_PX 56
#define LANG_TAP_MS 800 /* a corner press shorter than this on the language button switches */

static bool in_corner(const App *app, int x, int y)
{
    int s = ui_px(app, CORNER_DESIGN_PX);
    return (x < s || x >= app->width - s) && (y < s || y >= app->height - s);
}

static void kiosk_act(App *app, KioskAction a)
{
    switch (a) {
    case KIOSK_GO_PLAY:
        flow_play(app);
        break;
    case KIOSK_GO_ATTRACT:
        flow_abandon_round(app);
        app_set_scene(app, &scene_attract);
        break;
    case KIOSK_GO_STILL_THERE:
        flow_overlay(app, &scene_stillthere);
        break;
    case KIOSK_GO_RESUME:
        flow_back(app);
        break;
    case KIOSK_GO_PIN:
        flow_overlay(app, &scene_admin);
        break;
    case KIOSK_GO_EXIT:
        app->exit_status = KIOSK_EXIT_STATUS;
        app->running = false;
        break;
    default:
        break;
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
    KioskState s = kiosk_state(f->kiosk);
    bool waiting = s == KIOSK_ATTRACT || s == KIOSK_STILL_THERE;
    /* A corner press starts the admin hold; released soon on the language
     * button (which overlaps a corner), it is a tap on that button. */
    if (in_corner(app, in.x, in.y)) {
        kiosk_press(f->kiosk, true, now);
        f->lang_press = ui_hit(ui_lang_button_rect(app), in.x, in.y);
        f->lang_press_ms = now;
        return true;
    }
    /* The language button works on the attract loop too. */
    if (waiting && ui_hit(ui_lang_button_rect(app), in.x, in.y)) {
        kiosk_activity(f->kiosk, false, now);
        return false;
    }
    kiosk_press(f->kiosk, in_corner(app, in.x, in.y), now);
    return waiting; /* the touch acts when it is lifted */
}

/* Kiosk input. Nothing but the admin gesture and the PIN leaves the game:
 * the window's close, Esc and F11 are swallowed. */
static bool kiosk_event(App *app, Flow *f, const SDL_Event *ev)
{
    int64_t now = app_now(app);
    KioskAction a = KIOSK_GO_NONE;
    switch (ev->type) {
    case SDL_QUIT:
        return true;
    case SDL_MOUSEMOTION:
        if (ev->motion.which != SDL_TOUCH_MOUSEID) {
            f->mouse_moved_ms = now;
            show_cursor(f, true);
            kiosk_activity(f->kiosk, false, now);
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
                        kiosk_state(f->kiosk) != KIOSK_ADMIN_PIN;
        f->lang_press = false;
        if (lang_tap) {
            kiosk_cancel_press(f->kiosk, now);
            app_toggle_language(app);
            return true;
        }
        a = kiosk_release(f->kiosk, now);
        kiosk_act(app, a);
        return a != KIOSK_GO_NONE;
    }
    case SDL_KEYDOWN: {
        if (app->scene == &scene_admin) {
            kiosk_activity(f->kiosk, false, now);
            return ev->key.keysym.sym == SDLK_F11; /* the kiosk stays full screen */
        }
        a = kiosk_activity(f->kiosk, true, now);
        kiosk_act(app, a);
        SDL_Keycode k = ev->key.keysym.sym;
        return a != KIOSK_GO_NONE || k == SDLK_ESCAPE || k == SDLK_AC_BACK || k == SDLK_F11;
    }
    default:
        return false;
    }
}

bool flow_event(App *app, const SDL_Event *ev)
{
    Flow *f = flow_of(app);
    if (!f)
        return false;
    if (f->kiosk)
        return kiosk_event(app, f, ev);
    if (f->mode->teams && ev->type == SDL_KEYDOWN && !ev->key.repeat)
        return teacher_key(app, ev->key.keysym.sym);
    return false;
}

static bool round_under_way(const App *app)
{
    if (!app->quiz || quiz_state(app->quiz) == QUIZ_FINISHED)
        return false;
    return app->scene != &scene_attract && app->scene != &scene_title &&
           app->scene != &scene_summary && app->scene != &scene_scores;
}

/* Wakes the sleeping loop at the kiosk's next deadline (idle timeout,
 * countdown second, attract page, hiding the pointer), and redraws when a
 * deadline has passed. */
static void arm_wake(App *app, Flow *f, int64_t now)
{
    if (f->wake_at && now >= f->wake_at)
        app->dirty = true;
    int64_t d = kiosk_next_deadline(f->kiosk, now);
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
    if (!f || !f->kiosk)
        return moving;
    if (!f->cursor_hidden && now - f->mouse_moved_ms >= CURSOR_IDLE_MS)
        show_cursor(f, false);
    kiosk_set_in_round(f->kiosk, round_under_way(app));
    kiosk_act(app, kiosk_update(f->kiosk, now));
    arm_wake(app, f, now);
    return moving || kiosk_hold_progress(f->kiosk, now) > 0;
}

/* ---- drawn over the scenes ---- */

/* A pill in a team's colour, for an ivory label: filled with the colour
 * when ivory on it reads at WCAG AA, else dark with a ring of the colour
 * (yellow, orange, the default red and blue, or a colour from settings). */
static void team_pill(App *app, SDL_Rect r, SDL_Color colour)
{
    Uint32 rgb = (Uint32)colour.r << 16 | (Uint32)colour.g << 8 | colour.b;
    Uint32 ivory = (Uint32)UI_IVORY.r << 16 | (Uint32)UI_IVORY.g << 8 | UI_IVORY.b;
    if (contrast_ratio(rgb, ivory) >= contrast_needed(0)) {
        ui_fill_round(app, r, r.h / 2, colour);
        ui_outline_round(app, r, r.h / 2, ui_px(app, 2), UI_IVORY);
    } else {
        ui_fill_round(app, r, r.h / 2, UI_GREEN_DARK);
        ui_outline_round(app, r, r.h / 2, ui_px(app, 4), colour);
    }
}

static void draw_turn(App *app, Flow *f)
{
    if (f->n_teams < 2 || app->scene != &scene_question || !app->quiz ||
        quiz_state(app->quiz) == QUIZ_FINISHED)
        return;
    int t = quiz_team(app->quiz);
    SDL_Rect c = ui_content(app);
    SDL_Rect r =
        ui_mirror(app, (SDL_Rect){c.x + c.w * 38 / 100, c.y, c.w * 25 / 100, ui_px(app, 40)});
    team_pill(app, r, f->teams[t].colour);
    char buf[128];
    snprintf(buf, sizeof buf, _("%s's turn"), flow_team_name(app, t));
    SDL_Rect in = {r.x + r.h / 2, r.y, r.w - r.h, r.h};
    ui_text(app, buf, in, 20, true, UI_IVORY, TEXT_ALIGN_CENTER, TEXT_VALIGN_INK_MIDDLE);
}

static void draw_toast(App *app, Flow *f)
{
    if (!f->toast_until || app_now(app) >= f->toast_until)
        return;
    int w = ui_px(app, 360), h = ui_px(app, 64);
    SDL_Rect r = {(app->width - w) / 2, app->height - h - ui_px(app, 90), w, h};
    ui_fill_round(app, r, ui_px(app, 16), UI_GREEN_DARK);
    ui_outline_round(app, r, ui_px(app, 16), ui_px(app, 2), UI_GOLD);
    ui_text(app, f->toast, r, 26, true, UI_GOLD, TEXT_ALIGN_CENTER, TEXT_VALIGN_MIDDLE);
}

/* A ring of dots filling as the admin corner is held. */
static void draw_hold(App *app, Flow *f)
{
    double p = f->kiosk ? kiosk_hold_progress(f->kiosk, app_now(app)) : 0;
    if (p <= 0)
        return;
    int s = ui_px(app, 12), n = 10;
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
    draw_turn(app, f);
    draw_toast(app, f);
    draw_hold(app, f);
}

void flow_summary_badge(App *app, SDL_Rect row)
{
    Flow *f = flow_of(app);
    if (!f || !app->quiz || (!f->mode->trainee && f->n_teams < 2))
        return;
    QuizSummary s = quiz_summary(app->quiz);
    char buf[160];
    SDL_Color bg = UI_GREEN_DARK;
    if (f->mode->trainee) {
        int mark = app->quiz_cfg.pass_mark;
        snprintf(buf, sizeof buf,
                 s.passed ? _("Passed: the pass mark is %d%%")
                          : _("Not passed yet: the pass mark is %d%%"),
                 mark);
        bg = s.passed ? UI_RIGHT : UI_WRONG;
    } else {
        int best = 0, tied = 0;
        for (int t = 1; t < f->n_teams; t++)
            if (quiz_team_score(app->quiz, t) > quiz_team_score(app->quiz, best))
                best = t;
        int top = quiz_team_score(app->quiz, best);
        for (int t = 0; t < f->n_teams; t++)
            tied += quiz_team_score(app->quiz, t) == top;
        if (tied > 1)
            snprintf(buf, sizeof buf, _("A tie: %d points each at the top"), top);
        else
            snprintf(buf, sizeof buf, _("Winner: %s, %d points"), flow_team_name(app, best), top);
        if (tied == 1)
            bg = f->teams[best].colour;
    }
    lang_digits(buf, sizeof buf);
    int w = row.w * 48 / 100;
    SDL_Rect r = {lang_is_rtl() ? row.x : row.x + row.w - w, row.y + ui_px(app, 4), w,
                  row.h - ui_px(app, 8)};
    team_pill(app, r, bg);
    SDL_Rect in = {r.x + r.h / 2, r.y, r.w - r.h, r.h};
    ui_text(app, buf, in, 20, true, UI_IVORY, TEXT_ALIGN_CENTER, TEXT_VALIGN_INK_MIDDLE);
}

/* ---- the robot player ---- */

static void push_key(SDL_Keycode k)
{
    SDL_Event e = {.type = SDL_KEYDOWN};
    e.key.state = SDL_PRESSED;
    e.key.keysym.sym = k;
    SDL_PushEvent(&e);
    e.type = SDL_KEYUP;
    e.key.state = SDL_RELEASED;
    SDL_PushEvent(&e);
}

static void push_tap(const App *app)
{
    SDL_Event e = {.type = SDL_FINGERDOWN};
    e.tfinger.x = 0.5f;
    e.tfinger.y = 0.6f;
    e.tfinger.pressure = 1;
    (void)app;
    SDL_PushEvent(&e);
    e.type = SDL_FINGERUP;
    SDL_PushEvent(&e);
}

void flow_autoplay(App *app)
{
    const Scene *s = app->scene;
    if (s == &scene_attract || s == &scene_stillthere) {
        push_tap(app);
    } else if (s == &scene_signin) {
        push_key(SDLK_4), push_key(SDLK_2), push_key(SDLK_RETURN);
    } else if (s == &scene_drills || s == &scene_scoreboard) {
        push_key(SDLK_RETURN);
    } else if (s == &scene_teacher_help || s == &scene_admin) {
        push_key(SDLK_ESCAPE);
    }
}
