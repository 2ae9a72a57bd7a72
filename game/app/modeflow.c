#include "modeflow.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "input.h"
#include "ui.h"
#include "ui_lang.h"
#include "util.h"

Flow *flow_of(const App *app)
{
    return app->flow;
}

static const Scene *const mode_scenes[] = {
    &scene_attract, &scene_stillthere, &scene_admin,        &scene_signin,
    &scene_drills,  &scene_scoreboard, &scene_teacher_help, &scene_results};

/* ---- setup ---- */

/* The default team names are translated; names from a settings file are
 * shown as written. */
static const char *const default_names[] = {N_("Red"),    N_("Blue"),   N_("Green"),
                                            N_("Yellow"), N_("Purple"), N_("Orange")};

const char *flow_display_name(const char *stored)
{
    for (size_t k = 0; k < ARRAY_LEN(default_names); k++)
        if (strcmp(stored, default_names[k]) == 0)
            return _(default_names[k]);
    return stored;
}

const char *flow_team_name(const App *app, int i)
{
    const Flow *f = flow_of(app);
    if (!f || i < 0 || i >= f->n_teams)
        return "";
    return flow_display_name(f->teams[i].name);
}

static bool setup_teams(App *app, Flow *f, char *err, size_t errlen)
{
    long n = app->opt->teams ? app->opt->teams : settings_get_int(app->settings, "teams");
    if (n < 2 || n > QUIZ_MAX_TEAMS) {
        snprintf(err, errlen, _("option '--teams' needs a number from 2 to %d, not '%ld'"),
                 QUIZ_MAX_TEAMS, n);
        return false;
    }
    f->n_teams = (int)n;
    static const unsigned fallback[QUIZ_MAX_TEAMS] = {0xe53935, 0x1e88e5, 0x43a047,
                                                      0xfdd835, 0x8e24aa, 0xfb8c00};
    for (int i = 0; i < f->n_teams; i++) {
        FlowTeam *t = &f->teams[i];
        if (!settings_list_item(app->settings, "team_names", (size_t)i, t->name, sizeof t->name))
            snprintf(t->name, sizeof t->name, _("Team %d"), i + 1);
        unsigned rgb;
        if (!settings_colour(app->settings, "team_colours", (size_t)i, &rgb))
            rgb = fallback[i];
        t->colour = (SDL_Color){(Uint8)(rgb >> 16), (Uint8)(rgb >> 8), (Uint8)rgb, 0xFF};
    }
    app->quiz_cfg.teams = f->n_teams;
    return true;
}

/* One fact per distinct source sentence of the bank, in bank order. */
static void collect_facts(App *app, Flow *f)
{
    f->fact_ids = xcalloc(app->n_pool + 1, sizeof *f->fact_ids);
    f->facts = xcalloc(app->n_pool + 1, sizeof *f->facts);
    for (size_t i = 0; i < app->n_pool; i++) {
        const Question *q = app->pool[i];
        bool seen = !q->source || !*q->source;
        for (int k = 0; k < f->n_facts && !seen; k++)
            seen = strcmp(f->facts[k], q->source) == 0;
        if (seen)
            continue;
        f->fact_ids[f->n_facts] = q->id;
        f->facts[f->n_facts++] = q->source;
    }
}

bool flow_init(App *app, char *err, size_t errlen)
{
    Flow *f = xcalloc(1, sizeof *f);
    app->flow = f;
    const CliOptions *o = app->opt;
    f->mode = mode_find(o->mode ? o->mode : "play");
    if (!f->mode) {
        snprintf(err, errlen, _("unknown mode '%s' (play, classroom, training or kiosk)"), o->mode);
        return false;
    }
    app->mode = f->mode->name;
    for (size_t i = 0; i < ARRAY_LEN(mode_scenes); i++)
        app_register_scene(mode_scenes[i]); /* --scene NAME; false when already there */
    if (o->trainee && !mode_trainee_valid(o->trainee)) {
        snprintf(err, errlen, _("trainee ID '%s' must be 1 to %d digits"), o->trainee,
                 MODE_TRAINEE_MAX);
        return false;
    }
    if (o->trainee)
        snprintf(f->trainee, sizeof f->trainee, "%s", o->trainee);
    app->trainee = f->trainee[0] ? f->trainee : NULL;
    if (f->mode->teams && !setup_teams(app, f, err, errlen))
        return false;
    if (!f->mode->teams && o->teams)
        fprintf(stderr, _("amanquiz: warning: --teams is for classroom mode; ignored in %s mode\n"),
                f->mode->name);
    f->urdu = lang_is_urdu();
    collect_facts(app, f);
    if (f->mode->kiosk) {
        KioskConfig kc;
        kiosk_config_from_settings(&kc, app->settings);
        f->kiosk = kiosk_new(&kc, app_now(app));
        f->mouse_moved_ms = app_now(app);
    }
    return true;
}

void flow_free(App *app)
{
    Flow *f = flow_of(app);
    if (!f)
        return;
    kiosk_free(f->kiosk);
    results_free_ids(f->mistakes, f->n_mistakes);
    free(f->fact_ids);
    free(f->facts);
    free(f);
    app->flow = NULL;
}

const Scene *flow_first_scene(App *app)
{
    return flow_of(app)->kiosk ? &scene_attract : &scene_title;
}

const Scene *flow_scene_by_name(const char *name)
{
    for (size_t i = 0; i < ARRAY_LEN(mode_scenes); i++)
        if (strcmp(mode_scenes[i]->name, name) == 0)
            return mode_scenes[i];
    return NULL;
}

/* ---- rounds ---- */

bool flow_play(App *app)
{
    if (!app_new_round(app))
        return false;
    app_set_scene(app, &scene_question);
    return true;
}

void flow_start(App *app)
{
    Flow *f = flow_of(app);
    if (f && f->mode->trainee)
        app_set_scene(app, f->trainee[0] ? &scene_drills : &scene_signin);
    else
        flow_play(app);
}

const Scene *flow_between_questions(App *app)
{
    Flow *f = flow_of(app);
    return f && f->n_teams >= 2 ? &scene_scoreboard : &scene_question;
}

static bool asking(const App *app)
{
    return app->quiz && quiz_state(app->quiz) == QUIZ_ASKING;
}

void flow_overlay(App *app, const Scene *scene)
{
    Flow *f = flow_of(app);
    /* From one overlay to another, the way back stays the same. */
    bool overlay = app->scene == &scene_stillthere || app->scene == &scene_admin ||
                   app->scene == &scene_teacher_help;
    if (!overlay) {
        f->resume = app->scene;
        f->overlay_paused = asking(app) && !quiz_paused(app->quiz);
    }
    if (f->overlay_paused && !quiz_paused(app->quiz))
        quiz_pause(app->quiz, app_now(app));
    app_set_scene(app, scene);
}

void flow_back(App *app)
{
    Flow *f = flow_of(app);
    if (f->overlay_paused && asking(app) && quiz_paused(app->quiz))
        quiz_resume(app->quiz, app_now(app)); /* only what the overlay paused */
    f->overlay_paused = false;
    const Scene *to = f->resume ? f->resume : &scene_title;
    f->resume = NULL;
    app_set_scene(app, to);
}

void flow_abandon_round(App *app)
{
    Flow *f = flow_of(app);
    app_abandon_round(app); /* every answer already given is kept */
    f->resume = NULL;
    /* The next visitor finds the kiosk in its own language again. */
    if (f->kiosk && lang_is_urdu() != f->urdu)
        app_toggle_language(app);
}

const char *flow_score_name(const App *app)
{
    const Flow *f = flow_of(app);
    if (!f)
        return "";
    if (f->trainee[0])
        return f->trainee;
    if (f->n_teams >= 2 && app->quiz) { /* the winning team; ties: the first */
        int best = 0;
        for (int t = 1; t < f->n_teams; t++)
            if (quiz_team_score(app->quiz, t) > quiz_team_score(app->quiz, best))
                best = t;
        return f->teams[best].name;
    }
    return "";
}

void flow_demo_round(App *app, int answered)
{
    if (app->quiz || !app_new_round(app))
        return;
    for (int i = 0; i < answered && quiz_state(app->quiz) == QUIZ_ASKING; i++) {
        app->now_ms += 3000;
        const Question *q = quiz_current(app->quiz);
        if (q->kind == QKIND_TRUEFALSE)
            quiz_answer_truefalse(app->quiz, i % 2 ? !q->tf_answer : q->tf_answer, app->now_ms);
        else if (q->kind == QKIND_NUMERIC)
            quiz_answer_number(app->quiz, q->numeric[0].value, app->now_ms);
        else if (q->kind == QKIND_SHORT)
            quiz_answer_text(app->quiz, question_short_answer(q)->text, app->now_ms);
        else if (q->kind == QKIND_MULTI)
            quiz_answer_multi(app->quiz, 1u, app->now_ms);
        else
            quiz_answer_choice(app->quiz, i % 3 == 1, app->now_ms);
        quiz_next(app->quiz, app->now_ms);
    }
}

void flow_toast(App *app, const char *text, int64_t ms)
{
    Flow *f = flow_of(app);
    snprintf(f->toast, sizeof f->toast, "%s", text);
    f->toast_until = app_now(app) + ms;
    app->dirty = true;
}
