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

void flow_init(App *app)
{
    Flow *f = xcalloc(1, sizeof *f);
    app->flow = f;
    f->urdu = lang_is_urdu();
    if (app->game->mode->kiosk)
        f->mouse_moved_ms = app_now(app);
}

void flow_free(App *app)
{
    free(app->flow);
    app->flow = NULL;
}

int flow_first_scene(const App *app)
{
    return app->game->mode->kiosk ? SCENE_ATTRACT : SCENE_TITLE;
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
    if (app->game->mode->trainee)
        app_go(app, session_player_trainee(app->game->session, app->game->player) ? SCENE_DRILLS
                                                                                  : SCENE_SIGNIN);
    else
        flow_play(app);
}

int flow_round_scene(const App *app)
{
    SessionPhase phase = session_phase(app->game->session);
    if (!app->game->player) /* the phones hold the session: their screens */
        return phase == SESSION_LOBBY ? SCENE_LOBBY : SCENE_PHONEQ;
    switch (phase) {
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
        f->overlay_paused = session_phase(app->game->session) == SESSION_ASKING &&
                            !session_paused(app->game->session);
    }
    if (f->overlay_paused)
        session_pause(app->game->session, app_now(app));
    app_push(app, scene);
}

void flow_back(App *app)
{
    Flow *f = flow_of(app);
    if (f->overlay_paused)
        session_resume(app->game->session, app_now(app)); /* only what the overlay paused */
    f->overlay_paused = false;
    app_pop(app);
}

void flow_abandon_round(App *app)
{
    session_abandon(app->game->session, app_now(app)); /* every answer already given is kept */
    app->n_under = 0;
    /* The next visitor finds the kiosk in its own language again. */
    if (app->game->mode->kiosk && lang_is_urdu() != flow_of(app)->urdu)
        app_toggle_language(app);
}

void flow_toast(App *app, const char *text, int64_t ms)
{
    Flow *f = flow_of(app);
    snprintf(f->toast, sizeof f->toast, "%s", text);
    f->toast_until = app_now(app) + ms;
    app->dirty = true;
}
