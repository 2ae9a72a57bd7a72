#include "demo.h"

#include <stdio.h>
#include <string.h>

#include "app.h"
#include "i18n.h"
#include "modeflow.h"
#include "registry.h"

bool demo_answer(App *app, bool right)
{
    int64_t now = app_now(app) + 4200; /* a few seconds of thought */
    app->now_ms = now;
    SessionAnswer a = session_answer_on_purpose(app_quiz(app), right, 0);
    return session_answer(app->game->session, app->game->player, &a, now) == SESSION_OK;
}

/* On to the next question; past the scoreboard when teams take turns. */
static void next(App *app)
{
    session_next(app->game->session, app_now(app));
    if (session_phase(app->game->session) == SESSION_SCOREBOARD)
        session_next(app->game->session, app_now(app));
}

static bool start(App *app, const char *id, char *err, size_t errlen)
{
    int64_t now = app_now(app);
    if ((id ? session_start_one(app->game->session, id, now) : session_start(app->game->session, now)) ==
        SESSION_OK)
        return true;
    if (id)
        snprintf(err, errlen, _("no question with id '%s' in the bank"), id);
    else
        snprintf(err, errlen, "%s", _("no playable question was found in the question bank"));
    return false;
}

/* Three questions of a classroom round answered, the scoreboard after them. */
static void team_round(App *app)
{
    if (!app_new_round(app))
        return;
    for (int i = 0; i < 3 && session_in_round(app->game->session); i++) {
        if (session_phase(app->game->session) == SESSION_SCOREBOARD)
            session_next(app->game->session, app->now_ms);
        app->now_ms += 3000;
        /* Red right, Blue right, Red wrong: a level scoreboard, Blue next. */
        SessionAnswer a = session_answer_on_purpose(app_quiz(app), i < 2, 0);
        session_answer(app->game->session, app->game->player, &a, app->now_ms);
        session_next(app->game->session, app->now_ms);
    }
}

static bool prepare(App *app, SceneDemo demo, const char *question_id, char *err, size_t errlen)
{
    Flow *f = flow_of(app);
    switch (demo) {
    case DEMO_QUESTION:
    case DEMO_FEEDBACK:
        if (!start(app, question_id, err, errlen))
            return false;
        if (demo == DEMO_FEEDBACK)
            demo_answer(app, false);
        return true;
    case DEMO_SUMMARY:
        if (!start(app, NULL, err, errlen))
            return false;
        for (int i = 0; session_phase(app->game->session) == SESSION_ASKING; i++) {
            demo_answer(app, i % 3 != 1);
            next(app);
        }
        return true;
    case DEMO_TEAM_ROUND:
        team_round(app);
        return true;
    case DEMO_TRAINEE:
        if (!session_player_trainee(app->game->session, app->game->player))
            session_set_trainee(app->game->session, app->game->player, "4242");
        return true;
    case DEMO_ATTRACT_PAGE:
        /* --seed 1 shows the day's best, 2 the all-time best, others a fact. */
        f->page_held = app->opt->seed % 3 > 0;
        f->held_page = app->opt->seed % 3 == 1 ? KIOSK_PAGE_DAILY : KIOSK_PAGE_ALLTIME;
        return true;
    case DEMO_UNLOCKED:
        f->results_unlocked = true;
        return true;
    case DEMO_PHONES:
        if (!app->phones) {
            snprintf(err, errlen, "%s", _("this scene shows the phones' room: add --phones"));
            return false;
        }
        return true;
    case DEMO_NONE:
        return true;
    }
    return true;
}

bool demo_prepare(App *app, const char *name, const char *question_id, char *err, size_t errlen)
{
    int id = registry_find(name);
    if (id < 0) {
        char names[512];
        registry_names(names, sizeof names);
        snprintf(err, errlen, _("unknown scene '%s' (one of: %s)"), name, names);
        return false;
    }
    if (!prepare(app, registry_scenes()[id]->demo, question_id, err, errlen))
        return false;
    app_go(app, id);
    return true;
}
