#include "demo.h"

#include <stdio.h>
#include <string.h>

#include "app.h"
#include "i18n.h"

static int right_choice(const App *app)
{
    const Question *q = quiz_current(app_quiz(app));
    size_t qi = quiz_index(app_quiz(app));
    for (int d = 0; d < q->n_choices; d++)
        if (quiz_choice(app_quiz(app), qi, d)->weight >= 1.0)
            return d;
    return 0;
}

static unsigned multi_mask(const App *app, bool right)
{
    const Question *q = quiz_current(app_quiz(app));
    size_t qi = quiz_index(app_quiz(app));
    unsigned mask = 0;
    for (int d = 0; d < q->n_choices; d++)
        if ((quiz_choice(app_quiz(app), qi, d)->weight > 0) == right)
            mask |= 1u << d;
    return mask ? mask : 1u;
}

static SessionAnswer pick(const App *app, const Question *q, bool right)
{
    switch (q->kind) {
    case QKIND_TRUEFALSE:
        return session_answer_truefalse(right == q->tf_answer);
    case QKIND_NUMERIC:
        return session_answer_number(right ? q->numeric[0].value : q->numeric[0].value * 2 + 7);
    case QKIND_MULTI:
        return session_answer_multi(multi_mask(app, right));
    default: {
        int good = right_choice(app);
        return session_answer_choice(right ? good : good == 0 ? 1 : 0);
    }
    }
}

bool demo_answer(App *app, bool right)
{
    int64_t now = app_now(app) + 4200; /* a few seconds of thought */
    app->now_ms = now;
    SessionAnswer a = pick(app, quiz_current(app_quiz(app)), right);
    return session_answer(app->session, app->player, &a, now) == SESSION_OK;
}

static bool start(App *app, const char *id, char *err, size_t errlen)
{
    int64_t now = app_now(app);
    if ((id ? session_start_one(app->session, id, now) : session_start(app->session, now)) ==
        SESSION_OK)
        return true;
    if (id)
        snprintf(err, errlen, _("no question with id '%s' in the bank"), id);
    else
        snprintf(err, errlen, "%s", _("no playable question was found in the question bank"));
    return false;
}

bool demo_prepare(App *app, const char *name, const char *question_id, char *err, size_t errlen)
{
    const Scene *scene = app_scene_by_name(name);
    if (!scene) {
        char names[512];
        app_scene_names(names, sizeof names);
        snprintf(err, errlen, _("unknown scene '%s' (one of: %s)"), name, names);
        return false;
    }
    if (strcmp(name, "question") == 0 || strcmp(name, "feedback") == 0) {
        if (!start(app, question_id, err, errlen))
            return false;
        if (scene == &scene_feedback)
            demo_answer(app, false);
    } else if (strcmp(name, "summary") == 0) {
        if (!start(app, NULL, err, errlen))
            return false;
        for (int i = 0; session_phase(app->session) == SESSION_ASKING; i++) {
            demo_answer(app, i % 3 != 1);
            session_next(app->session, app_now(app));
            if (session_phase(app->session) == SESSION_SCOREBOARD) /* teams take turns */
                session_next(app->session, app_now(app));
        }
    }
    app_set_scene(app, scene);
    return true;
}
