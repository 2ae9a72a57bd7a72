#include "demo.h"

#include <stdio.h>
#include <string.h>

#include "app.h"
#include "i18n.h"

static int right_choice(const App *app)
{
    const Question *q = quiz_current(app->quiz);
    size_t qi = quiz_index(app->quiz);
    for (int d = 0; d < q->n_choices; d++)
        if (quiz_choice(app->quiz, qi, d)->weight >= 1.0)
            return d;
    return 0;
}

static unsigned multi_mask(const App *app, bool right)
{
    const Question *q = quiz_current(app->quiz);
    size_t qi = quiz_index(app->quiz);
    unsigned mask = 0;
    for (int d = 0; d < q->n_choices; d++)
        if ((quiz_choice(app->quiz, qi, d)->weight > 0) == right)
            mask |= 1u << d;
    return mask ? mask : 1u;
}

bool demo_answer(App *app, bool right)
{
    const Question *q = quiz_current(app->quiz);
    int64_t now = app_now(app) + 4200; /* a few seconds of thought */
    app->now_ms = now;
    switch (q->kind) {
    case QKIND_TRUEFALSE:
        return quiz_answer_truefalse(app->quiz, right == q->tf_answer, now);
    case QKIND_NUMERIC:
        return quiz_answer_number(app->quiz,
                                  right ? q->numeric[0].value : q->numeric[0].value * 2 + 7, now);
    case QKIND_MULTI:
        return quiz_answer_multi(app->quiz, multi_mask(app, right), now);
    case QKIND_SHORT:
        return quiz_answer_text(app->quiz, right ? question_short_answer(q)->text : "?", now);
    default: {
        int good = right_choice(app);
        int bad = good == 0 ? 1 : 0;
        return quiz_answer_choice(app->quiz, right ? good : bad, now);
    }
    }
}

static bool start(App *app, const char *id, char *err, size_t errlen)
{
    if (id ? app_round_of(app, id) : app_new_round(app))
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
        for (int i = 0; quiz_state(app->quiz) == QUIZ_ASKING; i++) {
            demo_answer(app, i % 3 != 1);
            quiz_next(app->quiz, app_now(app));
        }
    }
    app_set_scene(app, scene);
    return true;
}
