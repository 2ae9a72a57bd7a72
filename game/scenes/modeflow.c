#include "modeflow.h"
#include "registry.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "i18n.h"
#include "input.h"
#include "ui.h"
#include "ui_lang.h"
#include "util.h"

Flow *flow_of(const App *app)
{
    return app->flow;
}

/* ---- setup ---- */

const char *flow_team_name(const App *app, int i)
{
    const Flow *f = flow_of(app);
    if (!f || i < 0 || i >= f->n_teams)
        return "";
    return mode_team_display_name(f->teams[i].name);
}

static bool setup_teams(App *app, Flow *f, SessionConfig *sc, char *err, size_t errlen)
{
    long n = app->opt->teams ? app->opt->teams : settings_get_int(app->settings, "teams");
    if (n < 2 || n > QUIZ_MAX_TEAMS) {
        snprintf(err, errlen, _("option '--teams' needs a number from 2 to %d, not '%ld'"),
                 QUIZ_MAX_TEAMS, n);
        return false;
    }
    f->n_teams = (int)n;
    sc->quiz.teams = f->n_teams;
    static const unsigned fallback[QUIZ_MAX_TEAMS] = {0xe53935, 0x1e88e5, 0x43a047,
                                                      0xfdd835, 0x8e24aa, 0xfb8c00};
    for (int i = 0; i < f->n_teams; i++) {
        FlowTeam *t = &f->teams[i];
        if (!settings_list_item(app->settings, "team_names", (size_t)i, t->name, sizeof t->name))
            snprintf(t->name, sizeof t->name, _("Team %d"), i + 1);
        snprintf(sc->team_names[i], sizeof sc->team_names[i], "%s", t->name);
        unsigned rgb;
        if (!settings_colour(app->settings, "team_colours", (size_t)i, &rgb))
            rgb = fallback[i];
        t->colour = (SDL_Color){(Uint8)(rgb >> 16), (Uint8)(rgb >> 8), (Uint8)rgb, 0xFF};
    }
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

/* The session of the rounds: the settings' round, the mode's results
 * name, the kiosk's rules, and one player at this screen. */
static void open_session(App *app, Flow *f, SessionConfig *sc)
{
    const CliOptions *o = app->opt;
    sc->seed = o->seed >= 0 ? (uint64_t)o->seed : (uint64_t)time(NULL);
    sc->mode = f->mode->name;
    sc->results = app->results;
    sc->record = !o->screenshot; /* a screenshot's demo round is not a round anyone played */
    sc->lang = lang_code();
    sc->kiosk = f->mode->kiosk;
    if (sc->kiosk)
        kiosk_config_from_settings(&sc->kiosk_cfg, app->settings);
    app->session = session_new(app->pool, app->n_pool, sc, app_now(app));
    session_add_player(app->session, "", -1, app->opt->trainee, &app->player, app_now(app));
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
    if (o->trainee && !mode_trainee_valid(o->trainee)) {
        snprintf(err, errlen, _("trainee ID '%s' must be 1 to %d digits"), o->trainee,
                 MODE_TRAINEE_MAX);
        return false;
    }
    SessionConfig sc;
    session_config_defaults(&sc);
    quiz_config_from_settings(&sc.quiz, app->settings);
    if (f->mode->teams && !setup_teams(app, f, &sc, err, errlen))
        return false;
    if (!f->mode->teams && o->teams)
        fprintf(stderr, _("amanquiz: warning: --teams is for classroom mode; ignored in %s mode\n"),
                f->mode->name);
    f->urdu = lang_is_urdu();
    collect_facts(app, f);
    open_session(app, f, &sc);
    if (f->mode->kiosk)
        f->mouse_moved_ms = app_now(app);
    return true;
}

void flow_free(App *app)
{
    Flow *f = flow_of(app);
    if (!f)
        return;
    results_free_ids(f->mistakes, f->n_mistakes);
    free(f->fact_ids);
    free(f->facts);
    free(f);
    app->flow = NULL;
}

int flow_first_scene(const App *app)
{
    return flow_of(app)->mode->kiosk ? SCENE_ATTRACT : SCENE_TITLE;
}

/* ---- rounds ---- */

bool flow_play(App *app)
{
    if (!app_new_round(app))
        return false;
    app_go(app, SCENE_QUESTION);
    return true;
}

void flow_start(App *app)
{
    Flow *f = flow_of(app);
    if (f && f->mode->trainee)
        app_go(app,
               session_player_trainee(app->session, app->player) ? SCENE_DRILLS : SCENE_SIGNIN);
    else
        flow_play(app);
}

int flow_round_scene(const App *app)
{
    switch (session_phase(app->session)) {
    case SESSION_ASKING:
        return SCENE_QUESTION;
    case SESSION_REVEAL:
        return SCENE_FEEDBACK;
    case SESSION_SCOREBOARD:
        return SCENE_SCOREBOARD;
    case SESSION_SUMMARY:
        return SCENE_SUMMARY;
    default:
        return SCENE_TITLE;
    }
}

void flow_overlay(App *app, int scene)
{
    Flow *f = flow_of(app);
    /* From one overlay to another, the way back stays the same. */
    if (!app->scene->overlay) {
        f->overlay_paused =
            session_phase(app->session) == SESSION_ASKING && !session_paused(app->session);
    }
    if (f->overlay_paused)
        session_pause(app->session, app_now(app));
    app_push(app, scene);
}

void flow_back(App *app)
{
    Flow *f = flow_of(app);
    if (f->overlay_paused)
        session_resume(app->session, app_now(app)); /* only what the overlay paused */
    f->overlay_paused = false;
    app_pop(app);
}

void flow_abandon_round(App *app)
{
    Flow *f = flow_of(app);
    session_abandon(app->session, app_now(app)); /* every answer already given is kept */
    app->n_under = 0;
    /* The next visitor finds the kiosk in its own language again. */
    if (f->mode->kiosk && lang_is_urdu() != f->urdu)
        app_toggle_language(app);
}

void flow_toast(App *app, const char *text, int64_t ms)
{
    Flow *f = flow_of(app);
    snprintf(f->toast, sizeof f->toast, "%s", text);
    f->toast_until = app_now(app) + ms;
    app->dirty = true;
}
