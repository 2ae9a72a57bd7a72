/* phoneplay: the game's side of a phone classroom (phoneplay.h). */
#include "phoneplay.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hud.h"
#include "i18n.h"
#include "modeflow.h"
#include "ui_lang.h"

static Uint32 wake_type;

static void wake(void *user)
{
    (void)user;
    SDL_Event ev = {.type = wake_type};
    SDL_PushEvent(&ev); /* thread-safe; the only SDL call off the main thread */
}

bool phoneplay_is_wake(const SDL_Event *ev)
{
    return wake_type && ev->type == wake_type;
}

PhoneServer *phoneplay_server(const App *app)
{
    return app->phones;
}

static bool check_mode(const App *app, char *err, size_t errlen)
{
    const char *mode = app->opt->mode ? app->opt->mode : "play";
    if (strcmp(mode, "kiosk") == 0) {
        snprintf(err, errlen, "%s", _("a kiosk never opens a network port: '--phones' is refused"));
        return false;
    }
    if (strcmp(mode, "training") == 0) {
        snprintf(err, errlen, "%s",
                 _("'--phones' is for classroom mode; training does not take phones yet"));
        return false;
    }
    if (app->opt->port && (app->opt->port < 1 || app->opt->port > 65535)) {
        snprintf(err, errlen, _("option '--port' needs a number from 1 to 65535, not '%ld'"),
                 app->opt->port);
        return false;
    }
    if (app->opt->players && (app->opt->players < 1 || app->opt->players > ROOM_MAX_CAP)) {
        snprintf(err, errlen, _("option '--players' needs a number from 1 to %d, not '%ld'"),
                 ROOM_MAX_CAP, app->opt->players);
        return false;
    }
    return true;
}

bool phoneplay_start(App *app, char *err, size_t errlen)
{
    if (!app->opt->phones)
        return true;
    if (!check_mode(app, err, errlen))
        return false;
    if (!wake_type)
        wake_type = SDL_RegisterEvents(1);
    char mo[4096];
    snprintf(mo, sizeof mo, "%s/ur/LC_MESSAGES/%s.mo", app->paths.locale_dir, AMAN_TEXTDOMAIN);
    const char *names[QUIZ_MAX_TEAMS];
    Flow *f = flow_of(app);
    int n_teams = f && app->opt->teams >= 2 ? f->n_teams : 0;
    for (int i = 0; i < n_teams; i++)
        names[i] = f->teams[i].name;
    /* Test knobs: tests listen on loopback only, with a known PIN. */
    PhonesConfig cfg = {.port = (int)app->opt->port,
                        .bind = getenv("AMAN_PHONES_BIND"),
                        .data_dir = app->paths.data_dir,
                        .mo_ur = mo,
                        .cap = (int)app->opt->players,
                        .pin = getenv("AMAN_PHONES_PIN"),
                        .teams = names,
                        .n_teams = n_teams,
                        .wake = wake};
    app->phones = phones_start(&cfg, err, errlen);
    if (!app->phones)
        return false;
    char addr[4][64];
    size_t n = cfg.bind ? 0 : phones_addresses(phones_port(app->phones), addr, 4);
    if (n == 0)
        snprintf(addr[0], 64, "http://%s:%d/", cfg.bind ? cfg.bind : "127.0.0.1",
                 phones_port(app->phones));
    printf("listening on %s\n", addr[0]);
    fflush(stdout);
    app_register_scene(&scene_lobby);
    app_register_scene(&scene_phoneq);
    return true;
}

void phoneplay_stop(App *app)
{
    phones_stop(app->phones);
    app->phones = NULL;
}

/* The question's best numeric answer: the interval with the most credit. */
static const NumericAnswer *best_numeric(const Question *q)
{
    const NumericAnswer *best = q->n_numeric ? &q->numeric[0] : NULL;
    for (int i = 1; i < q->n_numeric; i++)
        if (q->numeric[i].weight > best->weight)
            best = &q->numeric[i];
    return best;
}

/* Both languages of a bank text: this screen's and the other. */
static void both(bool urdu, const char *here, const char *other, const char **en, const char **ur)
{
    *en = urdu ? other : here;
    *ur = urdu ? here : other;
}

static void fill_question(App *app, RoomQuestion *rq)
{
    size_t qi = quiz_index(app->quiz);
    const Question *q = quiz_current(app->quiz);
    bool urdu = lang_is_urdu();
    memset(rq, 0, sizeof *rq);
    both(urdu, hud_question_text(app, q, false), hud_question_text(app, q, true), &rq->text,
         &rq->text_ur);
    static const RoomKind kinds[] = {RQ_CHOICE, RQ_MULTI, RQ_TRUEFALSE, RQ_NUMBER};
    rq->kind = kinds[q->kind];
    if (q->kind == QKIND_CHOICE || q->kind == QKIND_MULTI) {
        rq->n_choices = q->n_choices;
        for (int i = 0; i < q->n_choices; i++) {
            both(urdu, hud_choice_text(app, qi, i, false), hud_choice_text(app, qi, i, true),
                 &rq->choices[i], &rq->choices_ur[i]);
            rq->weights[i] = quiz_choice(app->quiz, qi, i)->weight;
        }
    }
    rq->tf_answer = q->tf_answer;
    const NumericAnswer *na = best_numeric(q);
    if (na)
        rq->num_min = na->min, rq->num_max = na->max, rq->num_value = na->value;
    rq->points = app->quiz_cfg.points;
    rq->speed_bonus_max = app->quiz_cfg.speed_bonus ? app->quiz_cfg.speed_bonus_max : 0;
    rq->time_limit_ms = (int64_t)app->quiz_cfg.time_limit_s * 1000;
}

static bool open_current(App *app)
{
    if (!app->quiz || quiz_state(app->quiz) != QUIZ_ASKING)
        return false;
    RoomQuestion rq;
    fill_question(app, &rq);
    Room *room = phones_lock(app->phones);
    RoomError e =
        room_open(room, &rq, (int)quiz_index(app->quiz), (int)quiz_length(app->quiz), phones_now());
    phones_unlock(app->phones);
    return e == ROOM_OK;
}

bool phoneplay_begin(App *app)
{
    QuizConfig saved = app->quiz_cfg;
    app->quiz_cfg.teams = 0; /* every phone plays for itself (or its team's mean) */
    bool ok = app_new_round(app);
    app->quiz_cfg = saved;
    return ok && open_current(app);
}

bool phoneplay_reveal(App *app)
{
    Room *room = phones_lock(app->phones);
    bool ok = room_reveal(room);
    phones_unlock(app->phones);
    /* The quiz only orders the questions: its own outcome is a skip. */
    if (ok && app->quiz && quiz_state(app->quiz) == QUIZ_ASKING)
        quiz_skip(app->quiz, app_now(app));
    return ok;
}

bool phoneplay_next(App *app)
{
    if (app->quiz && quiz_state(app->quiz) == QUIZ_FEEDBACK)
        quiz_next(app->quiz, app_now(app));
    if (open_current(app))
        return true;
    Room *room = phones_lock(app->phones);
    room_end(room);
    phones_unlock(app->phones);
    return false;
}

int64_t phoneplay_time_left(App *app)
{
    Room *room = phones_lock(app->phones);
    int64_t left = room_time_left(room, phones_now());
    phones_unlock(app->phones);
    return left;
}
