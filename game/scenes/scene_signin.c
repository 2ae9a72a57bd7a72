/* Training sign-in: the trainee types a numeric ID on the on-screen pad
 * (no keyboard needed); --trainee ID skips this screen. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "asks.h"
#include "i18n.h"
#include "keypad.h"
#include "modeflow.h"
#include "results_stats.h"
#include "ui.h"
#include "ui_lang.h"
#include "util.h"

typedef struct {
    char id[MODE_TRAINEE_MAX + 1];
    bool refused; /* OK was pressed with nothing typed */
} SignState;

/* The trainer's way to the results (behind the admin PIN): beside Back. */
static SDL_Rect trainer_button(const App *app, const KeypadScreen *L)
{
    SDL_Rect back = ui_mirror(app, L->back);
    return ui_mirror(
        app, (SDL_Rect){back.x + back.w + ui_px(app, app->theme->gap), back.y, back.w, back.h});
}

static void signin_draw(App *app)
{
    SignState *st = app->scene_data;
    KeypadScreen L;
    keypad_screen(app, &L);
    ui_background(app);
    ui_screen_title(app, _("Trainee sign-in"));
    ui_text(app, _("Type your trainee number on the pad, then press OK."), L.info,
            app->theme->type.heading, false, UI_IVORY, TEXT_ALIGN_START, TEXT_VALIGN_MIDDLE);
    char shown[MODE_TRAINEE_MAX + 1];
    snprintf(shown, sizeof shown, "%s", st ? st->id : "");
    lang_digits(shown, sizeof shown);
    keypad_draw_entry(app, L.entry, shown, _("Trainee number"));
    if (st && st->refused)
        ui_text(app, _("Type your number first."), L.message, app->theme->type.body, true, UI_GOLD,
                TEXT_ALIGN_START, TEXT_VALIGN_MIDDLE);
    keypad_draw(app, L.keys);
    ui_button(app, L.back, _("Back"), false, UI_BTN_NORMAL);
    ui_button(app, trainer_button(app, &L), _("Trainer"), false, UI_BTN_NORMAL);
}

typedef struct {
    ResultsAsk ask;
    char trainee[MODE_TRAINEE_MAX + 1];
    double today;
    size_t due;
} DueAsk;

static void run_due(Results *r, ResultsAsk *ask)
{
    DueAsk *a = (DueAsk *)ask;
    a->due = results_due_count(r, a->trainee, a->today);
}

/* The welcome, on whatever screen the trainee has reached since, unless
 * they have signed out. */
static void due_answer(ResultsAsk *ask, void *user)
{
    App *app = user;
    DueAsk *a = (DueAsk *)ask;
    const char *now = session_player_trainee(app->game->session, app->game->player);
    if (!now || strcmp(now, a->trainee) != 0)
        return;
    int due = (int)a->due;
    char msg[96];
    snprintf(
        msg, sizeof msg,
        due ? ngettext("%d question is due for practice", "%d questions are due for practice", due)
            : _("Nothing is due for practice"),
        due);
    lang_digits(msg, sizeof msg);
    flow_toast(app, msg, 4000);
}

/* Welcomes the trainee with how many questions are due for practice. */
static void say_due(App *app, const char *trainee)
{
    DueAsk *a = xcalloc(1, sizeof *a);
    a->ask = (ResultsAsk){.run = run_due, .done = due_answer};
    snprintf(a->trainee, sizeof a->trainee, "%s", trainee);
    a->today = results_day_of(time(NULL));
    asks_send(app, &a->ask, NULL);
}

static bool signin_event(App *app, const SDL_Event *ev)
{
    SignState *st = app->scene_data;
    KeypadScreen L;
    keypad_screen(app, &L);
    Input in = input_map(app, ev);
    if (in.kind == IN_POINT && ui_hit(trainer_button(app, &L), in.x, in.y)) {
        app_go(app, SCENE_RESULTS);
        return true;
    }
    switch (keypad_input(app, &L, &in, st->id, MODE_TRAINEE_MAX)) {
    case KEYPAD_CHANGED:
        st->refused = false;
        return true;
    case KEYPAD_SUBMIT:
        if (!mode_trainee_valid(st->id)) {
            st->refused = true;
            return true;
        }
        session_set_trainee(app->game->session, app->game->player, st->id);
        say_due(app, st->id);
        app_go(app, SCENE_DRILLS);
        return true;
    case KEYPAD_BACK:
        app_go(app, SCENE_TITLE);
        return true;
    default:
        return false;
    }
}

static void signin_enter(App *app)
{
    app->scene_data = xcalloc(1, sizeof(SignState));
}

const Scene scene_signin = {
    .name = "signin",
    .enter = signin_enter,
    .event = signin_event,
    .draw = signin_draw,
    .leave = app_free_scene_data,
    .robot = ROBOT_SIGN_IN,
};
