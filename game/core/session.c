#include "session.h"

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "modes.h"
#include "results.h"
#include "session_impl.h"
#include "util.h"

static const char *const result_texts[] = {
    [SESSION_OK] = N_("ok"),
    [SESSION_UNKNOWN_PLAYER] = N_("no such player"),
    [SESSION_ALREADY_ANSWERED] = N_("second answer to the same question"),
    [SESSION_NOT_ASKING] = N_("no question is open for answers"),
    [SESSION_PAUSED] = N_("the question is paused"),
    [SESSION_BAD_ANSWER] = N_("not an answer to this question"),
    [SESSION_NO_LIMIT] = N_("this question has no time limit"),
    [SESSION_WRONG_PHASE] = N_("not possible at this point of the round"),
    [SESSION_NO_QUESTIONS] = N_("no question passes the filters"),
    [SESSION_NO_PLAYERS] = N_("no player has joined"),
    [SESSION_FULL] = N_("too many players"),
    [SESSION_BAD_PLAYER] = N_("player name, team or trainee ID not valid"),
};

const char *session_result_text(SessionResult r)
{
    return (size_t)r < ARRAY_LEN(result_texts) ? result_texts[r] : "?";
}

void session_config_defaults(SessionConfig *cfg)
{
    *cfg = (SessionConfig){.seed = 1, .mode = "play", .record = true, .lang = "en"};
    quiz_config_defaults(&cfg->quiz);
    for (int t = 0; t < QUIZ_MAX_TEAMS; t++)
        snprintf(cfg->team_names[t], sizeof cfg->team_names[t], "Team %d", t + 1);
    kiosk_config_defaults(&cfg->kiosk_cfg);
}

Session *session_new(const Question *const *pool, size_t n, const SessionConfig *cfg,
                     int64_t now_ms)
{
    Session *s = xcalloc(1, sizeof *s);
    s->cfg = *cfg;
    snprintf(s->lang, sizeof s->lang, "%s", cfg->lang && *cfg->lang ? cfg->lang : "en");
    s->cfg.lang = s->lang;
    s->pool = xcalloc(n ? n : 1, sizeof *s->pool);
    memcpy(s->pool, pool, n * sizeof *pool);
    s->n_pool = n;
    s->next_cfg = cfg->quiz;
    s->seed = cfg->seed;
    s->phase = SESSION_LOBBY;
    session_kiosk_init(s, now_ms);
    return s;
}
/* ---- players ---- */

Player *session_find(const Session *s, int id)
{
    for (size_t i = 0; i < s->n_players; i++)
        if (s->players[i].id == id)
            return &s->players[i];
    return NULL;
}

bool session_in_round(const Session *s)
{
    return s->phase == SESSION_ASKING || s->phase == SESSION_REVEAL ||
           s->phase == SESSION_SCOREBOARD;
}

/* A player's copy of the round, brought to the question shown: the ones
 * before count as skipped. */
static Quiz *join_round(Session *s, int64_t now_ms)
{
    Quiz *q = quiz_new(s->pool, s->n_pool, &s->round_cfg, s->round_seed);
    if (!q)
        return NULL;
    quiz_start(q, now_ms);
    for (size_t i = 0; i < quiz_index(s->round); i++) {
        quiz_skip(q, now_ms);
        quiz_next(q, now_ms);
    }
    if (s->phase == SESSION_REVEAL)
        quiz_skip(q, now_ms);
    if (quiz_paused(s->round))
        quiz_pause(q, now_ms);
    return q;
}

static void free_player(Player *p)
{
    quiz_free(p->quiz);
    p->quiz = NULL;
}

static bool name_ok(const char *name)
{
    return name && strlen(name) < SESSION_NAME_MAX;
}

SessionResult session_add_player(Session *s, const char *name, int team, const char *trainee,
                                 int *id, int64_t now_ms)
{
    if (s->n_players >= SESSION_MAX_PLAYERS)
        return SESSION_FULL;
    if (!name_ok(name) || team < -1 || team >= QUIZ_MAX_TEAMS ||
        (trainee && !mode_trainee_valid(trainee)))
        return SESSION_BAD_PLAYER;
    if (s->n_players == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 4;
        s->players = xrealloc(s->players, s->cap * sizeof *s->players);
    }
    Player *p = &s->players[s->n_players++];
    *p = (Player){.id = ++s->last_id, .team = team};
    snprintf(p->name, sizeof p->name, "%s", name);
    snprintf(p->trainee, sizeof p->trainee, "%s", trainee ? trainee : "");
    snprintf(p->lang, sizeof p->lang, "%s", s->lang);
    if (session_in_round(s)) {
        p->quiz = join_round(s, now_ms);
        p->want_stored = true;
        session_begin_stored(s, p);
    }
    *id = p->id;
    return SESSION_OK;
}

static void close_question(Session *s, int64_t now_ms, bool revealed);

static size_t answered_count(const Session *s)
{
    size_t n = 0;
    for (size_t i = 0; i < s->n_players; i++)
        n += s->players[i].quiz && quiz_state(s->players[i].quiz) != QUIZ_ASKING;
    return n;
}

SessionResult session_remove_player(Session *s, int id, int64_t now_ms)
{
    Player *p = session_find(s, id);
    if (!p)
        return SESSION_UNKNOWN_PLAYER;
    if (p->quiz && session_in_round(s)) {
        session_store_player(s, p, false);
        quiz_end(p->quiz);
        session_store_player(s, p, false); /* closes its results session, no high score */
    }
    free_player(p);
    size_t i = (size_t)(p - s->players);
    memmove(p, p + 1, (s->n_players - i - 1) * sizeof *p);
    s->n_players--;
    if (s->phase == SESSION_ASKING && s->n_players > 0 && answered_count(s) == s->n_players)
        close_question(s, now_ms, false);
    return SESSION_OK;
}

SessionResult session_set_trainee(Session *s, int id, const char *trainee)
{
    Player *p = session_find(s, id);
    if (!p)
        return SESSION_UNKNOWN_PLAYER;
    if (session_in_round(s))
        return SESSION_WRONG_PHASE;
    if (trainee && !mode_trainee_valid(trainee))
        return SESSION_BAD_PLAYER;
    snprintf(p->trainee, sizeof p->trainee, "%s", trainee ? trainee : "");
    return SESSION_OK;
}

SessionResult session_set_lang(Session *s, int id, const char *lang)
{
    Player *p = session_find(s, id);
    if (!p)
        return SESSION_UNKNOWN_PLAYER;
    if (!lang || !*lang || strlen(lang) >= SESSION_LANG_MAX)
        return SESSION_BAD_PLAYER;
    snprintf(p->lang, sizeof p->lang, "%s", lang);
    return SESSION_OK;
}

size_t session_player_count(const Session *s)
{
    return s->n_players;
}

size_t session_players(const Session *s, int *out, size_t max)
{
    size_t n = 0;
    for (; n < s->n_players && n < max; n++)
        out[n] = s->players[n].id;
    return n;
}

bool session_has_player(const Session *s, int id)
{
    return session_find(s, id) != NULL;
}

const char *session_player_name(const Session *s, int id)
{
    const Player *p = session_find(s, id);
    return p ? p->name : NULL;
}

const char *session_player_trainee(const Session *s, int id)
{
    const Player *p = session_find(s, id);
    return p && p->trainee[0] ? p->trainee : NULL;
}

int session_player_team(const Session *s, int id)
{
    const Player *p = session_find(s, id);
    return p ? p->team : -1;
}

/* ---- the round ---- */

QuizConfig *session_quiz_config(Session *s)
{
    return &s->next_cfg;
}

uint64_t session_next_seed(const Session *s)
{
    return s->seed;
}

static void free_round_filters(Session *s)
{
    free(s->round_category);
    s->round_category = NULL;
    for (size_t i = 0; i < s->n_round_ids; i++)
        free(s->round_ids[i]);
    free(s->round_ids);
    s->round_ids = NULL;
    s->n_round_ids = 0;
}

/* The round's settings own their filters: players may join after the
 * caller's strings are gone. */
static void copy_round_filters(Session *s, const QuizConfig *cfg)
{
    free_round_filters(s);
    s->round_cfg = *cfg;
    if (cfg->category)
        s->round_category = xstrdup(cfg->category);
    s->round_cfg.category = s->round_category;
    if (cfg->ids) {
        s->round_ids = xcalloc(cfg->n_ids ? cfg->n_ids : 1, sizeof *s->round_ids);
        for (size_t i = 0; i < cfg->n_ids; i++)
            s->round_ids[i] = xstrdup(cfg->ids[i]);
        s->n_round_ids = cfg->n_ids;
    }
    s->round_cfg.ids = (const char *const *)s->round_ids;
}

static SessionResult start_with(Session *s, const QuizConfig *cfg, int64_t now_ms)
{
    if (s->n_players == 0)
        return SESSION_NO_PLAYERS;
    Quiz *round = quiz_new(s->pool, s->n_pool, cfg, s->seed);
    if (!round)
        return SESSION_NO_QUESTIONS;
    if (session_in_round(s))
        session_abandon(s, now_ms);
    copy_round_filters(s, cfg);
    s->round_seed = s->seed++;
    quiz_free(s->round);
    s->round = round;
    quiz_start(round, now_ms);
    for (size_t i = 0; i < s->n_players; i++) {
        Player *p = &s->players[i];
        free_player(p);
        p->quiz = quiz_new(s->pool, s->n_pool, &s->round_cfg, s->round_seed);
        assert(p->quiz); /* the same pool, settings and seed as the round */
        quiz_start(p->quiz, now_ms);
        p->stored = 0;
        p->logged = 0;
        p->closed = false;
        p->want_stored = true;
        session_begin_stored(s, p);
    }
    s->phase = SESSION_ASKING;
    s->revealed = false;
    return SESSION_OK;
}

SessionResult session_start(Session *s, int64_t now_ms)
{
    return start_with(s, &s->next_cfg, now_ms);
}

SessionResult session_start_one(Session *s, const char *question_id, int64_t now_ms)
{
    QuizConfig cfg = s->next_cfg;
    const char *ids[1] = {question_id};
    cfg.ids = ids;
    cfg.n_ids = 1;
    cfg.round_length = 1;
    return start_with(s, &cfg, now_ms);
}

SessionAnswer session_answer_choice(int displayed)
{
    return (SessionAnswer){.kind = QKIND_CHOICE, .choice = displayed};
}

SessionAnswer session_answer_multi(unsigned mask)
{
    return (SessionAnswer){.kind = QKIND_MULTI, .mask = mask};
}

SessionAnswer session_answer_truefalse(bool value)
{
    return (SessionAnswer){.kind = QKIND_TRUEFALSE, .value = value};
}

SessionAnswer session_answer_number(double value)
{
    return (SessionAnswer){.kind = QKIND_NUMERIC, .number = value};
}

SessionAnswer session_answer_text(const char *typed)
{
    return (SessionAnswer){.kind = QKIND_SHORT, .text = typed};
}

SessionAnswer session_answer_on_purpose(const Quiz *quiz, bool right, unsigned wrong_pick)
{
    const Question *q = quiz_current(quiz);
    size_t qi = quiz_index(quiz);
    if (q->kind == QKIND_TRUEFALSE)
        return session_answer_truefalse(right == q->tf_answer);
    if (q->kind == QKIND_NUMERIC)
        return session_answer_number(right ? q->numeric[0].value : q->numeric[0].value * 2 + 7);
    if (q->kind == QKIND_SHORT)
        return session_answer_text(right ? question_short_answer(q)->text : "?");
    if (q->kind == QKIND_MULTI) {
        unsigned mask = 0;
        for (int d = 0; d < q->n_choices; d++)
            if ((quiz_choice(quiz, qi, d)->weight > 0) == right)
                mask |= 1u << d;
        return session_answer_multi(mask ? mask : 1u);
    }
    int good = 0, n = q->n_choices;
    for (int d = 0; d < n; d++)
        if (quiz_choice(quiz, qi, d)->weight >= QUIZ_FULL_MARKS)
            good = d;
    if (right || n < 2)
        return session_answer_choice(good);
    int bad = (int)(wrong_pick % (unsigned)(n - 1));
    return session_answer_choice(bad >= good ? bad + 1 : bad);
}

static const QuizOutcome *give(Quiz *q, const SessionAnswer *a, int64_t now_ms)
{
    switch (a->kind) {
    case QKIND_CHOICE:
        return quiz_answer_choice(q, a->choice, now_ms);
    case QKIND_MULTI:
        return quiz_answer_multi(q, a->mask, now_ms);
    case QKIND_TRUEFALSE:
        return quiz_answer_truefalse(q, a->value, now_ms);
    case QKIND_NUMERIC:
        return quiz_answer_number(q, a->number, now_ms);
    case QKIND_SHORT:
        return a->text ? quiz_answer_text(q, a->text, now_ms) : NULL;
    }
    return NULL;
}

static void close_question(Session *s, int64_t now_ms, bool revealed)
{
    for (size_t i = 0; i < s->n_players; i++)
        if (s->players[i].quiz)
            quiz_skip(s->players[i].quiz, now_ms); /* NULL for those who answered */
    quiz_skip(s->round, now_ms);
    session_store_all(s, true);
    s->phase = SESSION_REVEAL;
    s->revealed = revealed;
}

SessionResult session_answer(Session *s, int id, const SessionAnswer *a, int64_t now_ms)
{
    Player *p = session_find(s, id);
    if (!p)
        return SESSION_UNKNOWN_PLAYER;
    if (s->phase != SESSION_ASKING || !p->quiz)
        return SESSION_NOT_ASKING;
    if (quiz_state(p->quiz) != QUIZ_ASKING)
        return SESSION_ALREADY_ANSWERED;
    if (quiz_paused(s->round))
        return SESSION_PAUSED;
    if (!give(p->quiz, a, now_ms))
        return SESSION_BAD_ANSWER;
    session_store_player(s, p, true);
    if (answered_count(s) == s->n_players)
        close_question(s, now_ms, false);
    return SESSION_OK;
}

static void finish(Session *s)
{
    s->phase = SESSION_SUMMARY;
    s->revealed = false;
    session_store_all(s, true);
}

SessionResult session_next(Session *s, int64_t now_ms)
{
    if (s->phase == SESSION_SCOREBOARD) {
        s->phase = SESSION_ASKING;
        return SESSION_OK;
    }
    if (s->phase != SESSION_REVEAL)
        return SESSION_WRONG_PHASE;
    /* The next question's clock starts now, also behind a scoreboard. */
    quiz_next(s->round, now_ms);
    for (size_t i = 0; i < s->n_players; i++)
        if (s->players[i].quiz)
            quiz_next(s->players[i].quiz, now_ms);
    s->revealed = false;
    if (quiz_state(s->round) == QUIZ_FINISHED)
        finish(s);
    else
        s->phase = s->round_cfg.teams >= 2 ? SESSION_SCOREBOARD : SESSION_ASKING;
    return SESSION_OK;
}

/* ---- the teacher's commands ---- */

static void each_quiz(Session *s, void (*fn)(Quiz *, int64_t), int64_t now_ms)
{
    fn(s->round, now_ms);
    for (size_t i = 0; i < s->n_players; i++)
        if (s->players[i].quiz)
            fn(s->players[i].quiz, now_ms);
}

/* Applies fn to every quiz of the open question; refused outside ASKING. */
static SessionResult while_asking(Session *s, void (*fn)(Quiz *, int64_t), int64_t now_ms)
{
    if (s->phase != SESSION_ASKING)
        return SESSION_WRONG_PHASE;
    each_quiz(s, fn, now_ms);
    return SESSION_OK;
}

SessionResult session_pause(Session *s, int64_t now_ms)
{
    return while_asking(s, quiz_pause, now_ms);
}

SessionResult session_resume(Session *s, int64_t now_ms)
{
    return while_asking(s, quiz_resume, now_ms);
}

/* Skip and reveal: the open question closes, unanswered players skipped. */
static SessionResult close_open(Session *s, int64_t now_ms, bool revealed)
{
    if (s->phase != SESSION_ASKING)
        return SESSION_NOT_ASKING;
    close_question(s, now_ms, revealed);
    return SESSION_OK;
}

SessionResult session_skip(Session *s, int64_t now_ms)
{
    return close_open(s, now_ms, false);
}

SessionResult session_reveal(Session *s, int64_t now_ms)
{
    return close_open(s, now_ms, true);
}

SessionResult session_more_time(Session *s, int64_t extra_ms)
{
    if (s->phase != SESSION_ASKING)
        return SESSION_NOT_ASKING;
    if (s->round_cfg.time_limit_s <= 0)
        return SESSION_NO_LIMIT;
    quiz_extend(s->round, extra_ms);
    for (size_t i = 0; i < s->n_players; i++)
        if (s->players[i].quiz)
            quiz_extend(s->players[i].quiz, extra_ms);
    return SESSION_OK;
}

static void end_quiz(Quiz *q, int64_t now_ms)
{
    (void)now_ms;
    quiz_end(q);
}

SessionResult session_end(Session *s, int64_t now_ms)
{
    if (!session_in_round(s))
        return SESSION_WRONG_PHASE;
    each_quiz(s, end_quiz, now_ms);
    finish(s);
    return SESSION_OK;
}

void session_abandon(Session *s, int64_t now_ms)
{
    if (!session_in_round(s))
        return;
    session_store_all(s, false); /* the answers given so far */
    each_quiz(s, end_quiz, now_ms);
    session_store_all(s, false); /* ended with the score so far, not a high score */
    s->phase = SESSION_LOBBY;
    s->revealed = false;
}
/* ---- the clock ---- */

unsigned session_tick(Session *s, int64_t now_ms)
{
    unsigned ev = session_kiosk_tick(s, now_ms);
    if (s->phase != SESSION_ASKING || quiz_paused(s->round))
        return ev;
    bool timed_out = false;
    for (size_t i = 0; i < s->n_players; i++)
        if (s->players[i].quiz && quiz_tick(s->players[i].quiz, now_ms))
            timed_out = true;
    if (timed_out)
        session_store_all(s, true);
    bool nobody = s->n_players == 0 && quiz_time_left_ms(s->round, now_ms) == 0;
    if ((timed_out || nobody) && answered_count(s) == s->n_players) {
        close_question(s, now_ms, false);
        ev |= SESSION_EV_TIMED_OUT;
    }
    return ev;
}
void session_free(Session *s, int64_t now_ms)
{
    if (!s)
        return;
    session_abandon(s, now_ms);
    for (size_t i = 0; i < s->n_players; i++)
        free_player(&s->players[i]);
    free(s->players);
    quiz_free(s->round);
    free_round_filters(s);
    free(s->pool);
    free(s);
}
