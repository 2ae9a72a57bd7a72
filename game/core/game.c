#include "game.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "diag.h"
#include "i18n.h"
#include "kiosk.h"
#include "paths.h"
#include "results_stats.h"
#include "util.h"

/* ---- opening ---- */

void game_load_settings(Game *g, const GameSetup *setup)
{
    const CliOptions *o = setup->opt;
    *g = (Game){0};
    Diag diag = {0};
    g->settings = settings_new();
    if (o->config) {
        settings_load_file(g->settings, o->config, &diag);
    } else if (setup->for_real) {
        char *dir = settings_config_dir(&diag);
        if (dir) {
            char *path = path_join(dir, "settings.conf");
            settings_load_file(g->settings, path, &diag);
            free(path);
            free(dir);
        }
    }
    diag_print(&diag, stderr, NULL);
    diag_clear(&diag);
}

static bool check_mode(Game *g, const CliOptions *o, char *err, size_t errlen)
{
    g->mode = mode_find(o->mode ? o->mode : "play");
    if (!g->mode) {
        snprintf(err, errlen, _("unknown mode '%s' (play, classroom, training or kiosk)"), o->mode);
        return false;
    }
    if (o->trainee && !mode_trainee_valid(o->trainee)) {
        snprintf(err, errlen, _("trainee ID '%s' must be 1 to %d digits"), o->trainee,
                 MODE_TRAINEE_MAX);
        return false;
    }
    return true;
}

static bool load_bank(Game *g, const GameSetup *setup, char *err, size_t errlen)
{
    const CliOptions *o = setup->opt;
    Diag diag = {0};
    g->bank = bank_new();
    if (o->n_banks > 0) {
        for (int i = 0; i < o->n_banks; i++)
            bank_load_path(g->bank, o->banks[i], &diag);
    } else {
        char *dir = path_join(setup->data_dir, "questions");
        bank_load_path(g->bank, dir, &diag);
        free(dir);
    }
    diag_print(&diag, stderr, NULL);
    diag_clear(&diag);
    i18n_set_bank_urdu(bank_urdu, g->bank); /* a teacher's own Urdu before ur.po's */
    /* A kiosk has no keyboard: its pool leaves short answers out, saying so. */
    size_t typed = 0;
    g->pool = xcalloc(bank_count(g->bank) + 1, sizeof *g->pool);
    for (size_t i = 0; i < bank_count(g->bank); i++) {
        const Question *q = bank_question(g->bank, i);
        if (g->mode->kiosk && q->kind == QKIND_SHORT)
            typed++;
        else
            g->pool[g->n_pool++] = q;
    }
    if (typed)
        fprintf(stderr,
                ngettext("amanquiz: note: %zu short-answer question left out: a kiosk has no "
                         "keyboard\n",
                         "amanquiz: note: %zu short-answer questions left out: a kiosk has no "
                         "keyboard\n",
                         typed),
                typed);
    if (g->n_pool == 0) {
        snprintf(err, errlen, "%s", _("no playable question was found in the question bank"));
        return false;
    }
    return true;
}

/* Results go to --data-dir, or to the user's data folder when playing for
 * real; screenshots and the robot without --data-dir store nothing. */
static void open_results(Game *g, const GameSetup *setup)
{
    const char *dir = setup->opt->data_dir;
    if (!dir && !setup->for_real)
        return;
    Diag diag = {0};
    char *d = results_data_dir(dir, &diag);
    if (d) {
        char *path = results_default_path(d);
        g->results = results_open(path, &diag);
        free(path);
        free(d);
    }
    diag_print(&diag, stderr, NULL);
    diag_clear(&diag);
}

static bool setup_teams(Game *g, const CliOptions *o, SessionConfig *sc, char *err, size_t errlen)
{
    long n = o->teams ? o->teams : settings_get_int(g->settings, "teams");
    if (n < 2 || n > QUIZ_MAX_TEAMS) {
        snprintf(err, errlen, _("option '--teams' needs a number from 2 to %d, not '%ld'"),
                 QUIZ_MAX_TEAMS, n);
        return false;
    }
    g->n_teams = (int)n;
    sc->quiz.teams = g->n_teams;
    static const unsigned fallback[QUIZ_MAX_TEAMS] = {0xe53935, 0x1e88e5, 0x43a047,
                                                      0xfdd835, 0x8e24aa, 0xfb8c00};
    for (int i = 0; i < g->n_teams; i++) {
        GameTeam *t = &g->teams[i];
        if (!settings_list_item(g->settings, "team_names", (size_t)i, t->name, sizeof t->name))
            snprintf(t->name, sizeof t->name, _("Team %d"), i + 1);
        snprintf(sc->team_names[i], sizeof sc->team_names[i], "%s", t->name);
        if (!settings_colour(g->settings, "team_colours", (size_t)i, &t->rgb))
            t->rgb = fallback[i];
    }
    return true;
}

/* One fact per distinct source sentence of the bank, in bank order. */
static void collect_facts(Game *g)
{
    g->fact_ids = xcalloc(g->n_pool + 1, sizeof *g->fact_ids);
    g->facts = xcalloc(g->n_pool + 1, sizeof *g->facts);
    for (size_t i = 0; i < g->n_pool; i++) {
        const Question *q = g->pool[i];
        bool seen = !q->source || !*q->source;
        for (int k = 0; k < g->n_facts && !seen; k++)
            seen = strcmp(g->facts[k], q->source) == 0;
        if (seen)
            continue;
        g->fact_ids[g->n_facts] = q->id;
        g->facts[g->n_facts++] = q->source;
    }
}

/* The session of the rounds: the settings' round, the mode's results
 * name, the kiosk's rules, and one player at the projector. */
static void open_session(Game *g, const GameSetup *setup, SessionConfig *sc, int64_t now_ms)
{
    const CliOptions *o = setup->opt;
    sc->seed = o->seed >= 0 ? (uint64_t)o->seed : (uint64_t)time(NULL);
    sc->mode = g->mode->name;
    sc->results = g->results;
    sc->record = !o->screenshot; /* a screenshot's demo round is not a round anyone played */
    sc->lang = setup->lang;
    sc->kiosk = g->mode->kiosk;
    if (sc->kiosk)
        kiosk_config_from_settings(&sc->kiosk_cfg, g->settings);
    g->session = session_new(g->pool, g->n_pool, sc, now_ms);
    snprintf(g->trainee, sizeof g->trainee, "%s", o->trainee ? o->trainee : "");
    session_add_player(g->session, "", -1, o->trainee, &g->player, now_ms);
}

bool game_open(Game *g, const GameSetup *setup, int64_t now_ms, char *err, size_t errlen)
{
    const CliOptions *o = setup->opt;
    if (!check_mode(g, o, err, errlen) || !load_bank(g, setup, err, errlen))
        return false;
    open_results(g, setup);
    SessionConfig sc;
    session_config_defaults(&sc);
    quiz_config_from_settings(&sc.quiz, g->settings);
    if (g->mode->teams && !setup_teams(g, o, &sc, err, errlen))
        return false;
    if (!g->mode->teams && o->teams)
        fprintf(stderr, _("amanquiz: warning: --teams is for classroom mode; ignored in %s mode\n"),
                g->mode->name);
    collect_facts(g);
    open_session(g, setup, &sc, now_ms);
    return true;
}

void game_close(Game *g, int64_t now_ms)
{
    /* Window closed or SIGTERM mid-round: the session keeps what was played. */
    if (g->session)
        session_free(g->session, now_ms);
    results_free_ids(g->drill.practice, g->drill.n_practice);
    free(g->fact_ids);
    free(g->facts);
    free(g->pool);
    if (g->bank)
        i18n_set_bank_urdu(NULL, NULL);
    bank_free(g->bank);
    if (g->results) { /* unsaved answers: say how many and where they are kept */
        Diag diag = {0};
        results_save_pending(g->results, &diag);
        diag_print(&diag, stderr, NULL);
        diag_clear(&diag);
    }
    results_close(g->results);
    settings_free(g->settings);
    *g = (Game){0};
}

const Quiz *game_quiz(const Game *g)
{
    return g->session && g->player ? session_quiz(g->session, g->player) : NULL;
}

/* ---- phones ---- */

void game_hand_to_phones(Game *g, int64_t now_ms)
{
    if (g->player)
        session_remove_player(g->session, g->player, now_ms);
    g->player = 0;
    session_quiz_config(g->session)->teams = 0;
}

void game_hand_back(Game *g, int64_t now_ms)
{
    int ids[SESSION_MAX_PLAYERS];
    size_t n = session_players(g->session, ids, SESSION_MAX_PLAYERS);
    for (size_t i = 0; i < n; i++)
        if (ids[i] != g->player)
            session_remove_player(g->session, ids[i], now_ms);
    if (!g->player)
        session_add_player(g->session, "", -1, g->trainee[0] ? g->trainee : NULL, &g->player,
                           now_ms);
    session_quiz_config(g->session)->teams = g->mode->teams ? g->n_teams : 0;
}

/* ---- training ---- */

/* The practice order as the results' thread reads it. */
typedef struct {
    ResultsAsk ask;
    char trainee[MODE_TRAINEE_MAX + 1];
    const Bank *bank; /* read only, on the store's thread too */
    double today;
    char **ids;
    size_t n, n_due;
} PracticeAsk;

static void run_practice(Results *r, ResultsAsk *ask)
{
    PracticeAsk *a = (PracticeAsk *)ask;
    a->ids = results_practice_ids(r, a->trainee, a->bank, a->today, &a->n, &a->n_due);
}

static void drop_practice(ResultsAsk *ask)
{
    PracticeAsk *a = (PracticeAsk *)ask;
    results_free_ids(a->ids, a->n);
    free(a);
}

ResultsAsk *game_ask_practice(Game *g, double today, void (*done)(ResultsAsk *ask, void *user))
{
    QuizConfig *cfg = session_quiz_config(g->session);
    cfg->ids = NULL;
    cfg->n_ids = 0;
    GameDrill *d = &g->drill;
    results_free_ids(d->practice, d->n_practice);
    d->practice = NULL;
    d->n_practice = d->n_due = 0;
    const char *trainee = g->player ? session_player_trainee(g->session, g->player) : NULL;
    if (!g->results || !trainee || !*trainee)
        return NULL;
    PracticeAsk *a = xcalloc(1, sizeof *a);
    a->ask = (ResultsAsk){.run = run_practice, .done = done, .drop = drop_practice};
    snprintf(a->trainee, sizeof a->trainee, "%s", trainee);
    a->bank = g->bank;
    a->today = today;
    return &a->ask;
}

void game_take_practice(Game *g, ResultsAsk *ask)
{
    PracticeAsk *a = (PracticeAsk *)ask;
    GameDrill *d = &g->drill;
    results_free_ids(d->practice, d->n_practice);
    d->practice = a->ids;
    d->n_practice = a->n;
    d->n_due = a->n_due;
    a->ids = NULL;
    a->n = 0;
}

void game_load_practice(Game *g, double today)
{
    ResultsAsk *a = game_ask_practice(g, today, NULL);
    if (!a)
        return;
    a->run(g->results, a);
    game_take_practice(g, a);
    a->drop(a);
}

void game_drill_round(Game *g, bool practice)
{
    QuizConfig *cfg = session_quiz_config(g->session);
    const GameDrill *d = &g->drill;
    cfg->category = practice || !d->category[0] ? NULL : d->category;
    cfg->difficulty = practice ? 0 : d->difficulty;
    cfg->ids = practice ? (const char *const *)d->practice : NULL;
    /* the first round's worth of the practice order */
    size_t round = cfg->round_length > 0 ? (size_t)cfg->round_length : 0;
    cfg->n_ids = practice ? (d->n_practice < round ? d->n_practice : round) : 0;
}

const char *game_team_name(const Game *g, int i)
{
    if (i < 0 || i >= g->n_teams)
        return "";
    return mode_team_display_name(g->teams[i].name);
}
