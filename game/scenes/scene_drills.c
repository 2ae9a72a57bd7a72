/* Training drills: choose a topic and a difficulty, or practise what is due
 * (FSRS: due questions first, then new ones, then the rest); then start.
 * Touch only. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app_sound.h"
#include "asks.h"
#include "i18n.h"
#include "input.h"
#include "modeflow.h"
#include "results_stats.h"
#include "ui.h"
#include "ui_lang.h"
#include "util.h"

#define MAX_TOPICS 8 /* "All topics" and up to 7 categories */

enum { N_LEVELS = 4 };
enum { BTN_BACK, BTN_MISTAKES, BTN_START, N_BTN };

typedef struct {
    const char *topics[MAX_TOPICS]; /* [0] NULL: every topic; bank-owned names */
    int n_topics;
    int topic, level; /* level 0: any difficulty */
    bool nothing;     /* the last start found no question */
    uint64_t asked;   /* the practice order asked of the results' thread */
} DrillState;

extern const Scene scene_drills; /* its answers check it is still shown */

static const char *const level_names[N_LEVELS] = {N_("Any difficulty"), N_("Easy"), N_("Medium"),
                                                  N_("Hard")};

typedef struct {
    SDL_Rect title, topic_label, topics[MAX_TOPICS], level_label, levels[N_LEVELS];
    SDL_Rect message, buttons[N_BTN];
    SDL_Rect listen; /* "Read aloud": every question read by itself; w 0 without speech */
} DrillLayout;

/* The signed-in trainee, "" for none. */
static const char *trainee(const App *app)
{
    const char *t = session_player_trainee(app->game->session, app->game->player);
    return t ? t : "";
}

static void layout(const App *app, const DrillState *st, DrillLayout *L)
{
    *L = (DrillLayout){0}; /* listen stays w 0 without speech */
    SDL_Rect c = ui_content(app);
    /* Section labels: Nastaliq needs the taller line. */
    const Theme *T = app->theme;
    int gap = ui_px(app, T->gap), bh = ui_px(app, T->drills.button_h),
        lh = ui_px(app, lang_is_rtl() ? T->drills.label_h.urdu : T->drills.label_h.latin);
    L->title = ui_title_rect(app);
    int y = c.y + ui_px(app, T->drills.top);
    L->topic_label = (SDL_Rect){c.x, y, c.w, lh};
    y += lh;
    int cols = 3, tw = (c.w - (cols - 1) * gap) / cols;
    for (int i = 0; i < st->n_topics; i++)
        L->topics[i] =
            (SDL_Rect){c.x + (i % cols) * (tw + gap), y + (i / cols) * (bh + gap), tw, bh};
    y += ((st->n_topics + cols - 1) / cols) * (bh + gap);
    L->level_label = (SDL_Rect){c.x, y, c.w, lh};
    y += lh;
    int lw = (c.w - (N_LEVELS - 1) * gap) / N_LEVELS;
    for (int i = 0; i < N_LEVELS; i++)
        L->levels[i] = (SDL_Rect){c.x + i * (lw + gap), y, lw, bh};
    y += bh + gap;
    /* the bottom row's labels are long: in Urdu their Nastaliq ink needs a
     * taller button to stay on it («مشق: ابھی کچھ دہرانا نہیں») */
    int bbh = ui_px(app, lang_is_rtl() ? T->drills.bottom_h.urdu : T->drills.bottom_h.latin);
    int by = c.y + c.h - bbh, bw = (c.w - 2 * gap) / 3;
    L->message = (SDL_Rect){c.x, y, c.w, by - y - gap};
    L->listen = (SDL_Rect){0, 0, 0, 0}; /* none without speech (not stack garbage) */
    if (app_sound_can_read(app)) {      /* the option at the end of the message row */
        int lw2 = c.w / 3;
        L->message.w -= lw2 + gap;
        L->listen =
            ui_mirror(app, (SDL_Rect){c.x + c.w - lw2, y + (L->message.h - bh) / 2, lw2, bh});
    }
    for (int i = 0; i < N_BTN; i++)
        L->buttons[i] = (SDL_Rect){c.x + i * (bw + gap), by, bw, bbh};
    SDL_Rect *all[] = {&L->title, &L->topic_label, &L->level_label, &L->message};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
        *all[i] = ui_mirror(app, *all[i]);
    for (int i = 0; i < st->n_topics; i++)
        L->topics[i] = ui_mirror(app, L->topics[i]);
    for (int i = 0; i < N_LEVELS; i++)
        L->levels[i] = ui_mirror(app, L->levels[i]);
    for (int i = 0; i < N_BTN; i++)
        L->buttons[i] = ui_mirror(app, L->buttons[i]);
}

static void draw_header(App *app, SDL_Rect title)
{
    ui_screen_title(app, _("Drills"));
    char who[96];
    snprintf(who, sizeof who, _("Trainee %s"), trainee(app));
    lang_digits(who, sizeof who);
    ui_text(app, who, title, app->theme->type.label, false, UI_IVORY, TEXT_ALIGN_END,
            TEXT_VALIGN_MIDDLE);
}

static void drills_draw(App *app)
{
    DrillState *st = app->scene_data;
    ui_background(app);
    if (!st)
        return;
    DrillLayout L;
    layout(app, st, &L);
    draw_header(app, L.title);
    ui_text(app, _("Topic"), L.topic_label, app->theme->type.body, true, UI_GOLD, TEXT_ALIGN_START,
            TEXT_VALIGN_MIDDLE);
    for (int i = 0; i < st->n_topics; i++)
        ui_button(app, L.topics[i], i ? lang_category(st->topics[i]) : _("All topics"), false,
                  i == st->topic ? UI_BTN_PRESSED : UI_BTN_NORMAL);
    ui_text(app, _("Difficulty"), L.level_label, app->theme->type.body, true, UI_GOLD,
            TEXT_ALIGN_START, TEXT_VALIGN_MIDDLE);
    for (int i = 0; i < N_LEVELS; i++)
        ui_button(app, L.levels[i], _(level_names[i]), false,
                  i == st->level ? UI_BTN_PRESSED : UI_BTN_NORMAL);
    if (st->nothing) {
        ui_text(app, _("No question matches this topic and difficulty."), L.message,
                app->theme->type.body, true, UI_GOLD, TEXT_ALIGN_CENTER, TEXT_VALIGN_MIDDLE);
    } else {
        char rule[160];
        int q = app_quiz_config(app)->round_length;
        snprintf(rule, sizeof rule,
                 ngettext("Up to %d question per drill. Pass mark: %d%% right.",
                          "Up to %d questions per drill. Pass mark: %d%% right.", q),
                 q, app_quiz_config(app)->pass_mark);
        lang_digits(rule, sizeof rule);
        ui_text(app, rule, L.message, app->theme->type.body, false, UI_IVORY, TEXT_ALIGN_CENTER,
                TEXT_VALIGN_MIDDLE);
    }
    char mistakes[96];
    int n = (int)app->game->drill.n_practice, due = (int)app->game->drill.n_due;
    snprintf(mistakes, sizeof mistakes,
             due ? ngettext("Practise what is due (%d)", "Practise what is due (%d)", due)
                 : _("Practise: nothing is due"),
             due);
    lang_digits(mistakes, sizeof mistakes);
    ui_button(app, L.buttons[BTN_BACK], app->opt->trainee ? _("Back") : _("Sign out"), false,
              UI_BTN_NORMAL);
    ui_button(app, L.buttons[BTN_MISTAKES], mistakes, false, n ? UI_BTN_NORMAL : UI_BTN_DIM);
    ui_button(app, L.buttons[BTN_START], _("Start drill"), true, UI_BTN_FOCUS);
    if (L.listen.w)
        ui_button(app, L.listen, _("Read aloud"), false,
                  app_sound_auto(app) ? UI_BTN_PRESSED : UI_BTN_NORMAL);
}

static void start(App *app, DrillState *st, bool mistakes)
{
    GameDrill *d = &app->game->drill;
    snprintf(d->category, sizeof d->category, "%s", st->topic ? st->topics[st->topic] : "");
    d->difficulty = st->level;
    game_drill_round(app->game, mistakes);
    if (!flow_play(app)) /* on success the scene (and st) is gone */
        st->nothing = true;
}

/* Back to the title; a trainee who signed in on the keypad signs out, so
 * the next one at a shared screen starts at the sign-in. */
static void back(App *app)
{
    if (!app->opt->trainee) {
        session_set_trainee(app->game->session, app->game->player, NULL);
    }
    app_go(app, SCENE_TITLE);
}

static bool drills_event(App *app, const SDL_Event *ev)
{
    DrillState *st = app->scene_data;
    DrillLayout L;
    layout(app, st, &L);
    Input in = input_map(app, ev);
    if (in.kind == IN_CONFIRM) {
        start(app, st, false);
        return true;
    }
    if (in.kind == IN_BACK) {
        back(app);
        return true;
    }
    if (in.kind != IN_POINT)
        return false;
    for (int i = 0; i < st->n_topics; i++)
        if (ui_hit(L.topics[i], in.x, in.y))
            return st->topic = i, st->nothing = false, true;
    for (int i = 0; i < N_LEVELS; i++)
        if (ui_hit(L.levels[i], in.x, in.y))
            return st->level = i, st->nothing = false, true;
    if (L.listen.w && ui_hit(L.listen, in.x, in.y))
        app_sound_set_auto(app, !app_sound_auto(app));
    else if (ui_hit(L.buttons[BTN_BACK], in.x, in.y))
        back(app);
    else if (ui_hit(L.buttons[BTN_START], in.x, in.y))
        start(app, st, false);
    else if (ui_hit(L.buttons[BTN_MISTAKES], in.x, in.y) && app->game->drill.n_practice)
        start(app, st, true);
    else
        return false;
    return true;
}

static void practice_answer(ResultsAsk *ask, void *user)
{
    App *app = user;
    DrillState *st = app->scene == &scene_drills ? app->scene_data : NULL;
    if (!st || st->asked != ask->ticket)
        return; /* the screen has gone */
    game_take_practice(app->game, ask);
    app->dirty = true;
}

static void drills_enter(App *app)
{
    DrillState *st = xcalloc(1, sizeof *st);
    const GameDrill *d = &app->game->drill;
    st->n_topics = 1;
    for (size_t i = 0; i < app->game->n_pool && st->n_topics < MAX_TOPICS; i++) {
        const char *cat = app->game->pool[i]->category;
        bool seen = !cat || !*cat;
        for (int k = 1; k < st->n_topics && !seen; k++)
            seen = strcmp(st->topics[k], cat) == 0;
        if (!seen)
            st->topics[st->n_topics++] = cat;
    }
    for (int k = 1; k < st->n_topics; k++)
        if (strcmp(st->topics[k], d->category) == 0)
            st->topic = k;
    st->level = d->difficulty;
    /* The practice order, read again each time the screen opens (the
     * memory takes in the answers given since). */
    app->scene_data = st;
    ResultsAsk *ask = game_ask_practice(app->game, results_day_of(time(NULL)), practice_answer);
    if (ask)
        asks_send(app, ask, &st->asked);
}

const Scene scene_drills = {
    .name = "drills",
    .enter = drills_enter,
    .event = drills_event,
    .draw = drills_draw,
    .leave = app_free_scene_data,
    .robot = ROBOT_ENTER,
    .demo = DEMO_TRAINEE,
};
