/* phoneplay: the game's side of a phone classroom (phoneplay.h). The
 * server's threads check each request against the Room (game/net/room.h)
 * and answer the phone at once; what the Room accepted comes here as a
 * queue of commands, applied on the SDL thread to the game's Session
 * (game/core/session.h: the one the projector shows, its own player gone
 * while the phones play), which scores by the quiz's rules and stores every
 * answer in results. After each reveal the Session's verdicts (points,
 * totals, ranks) are copied back into the Room for the phones to show. */
#include "phoneplay.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app_sound.h"
#include "i18n.h"
#include "layout.h"
#include "modeflow.h"
#include "registry.h"
#include "session.h"
#include "ui.h"
#include "ui_lang.h"
#include "util.h"

struct PhonePlay {
    PhoneServer *server;
    int *ids;      /* the Session's id of each Room player; 0: not (yet) in it */
    size_t n_ids;  /* Room indices covered */
    bool *pending; /* joined during a question: enters at the next one */
};

/* How far the phones' clock may lag the session's before it is moved on
 * (the two are read a few microseconds apart). */
#define FOLLOW_SLACK_MS 250

static Uint32 wake_type;

static void follow_session(App *app);

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
    return app->phones ? app->phones->server : NULL;
}

static bool check_options(const App *app, char *err, size_t errlen)
{
    if (app->game->mode->kiosk) {
        snprintf(err, errlen, "%s", _("a kiosk never opens a network port: '--phones' is refused"));
        return false;
    }
    return true; /* --port and --players are checked with the options (cli.c) */
}

/* Grows the id table to cover Room index i. */
static bool cover(PhonePlay *pp, size_t i)
{
    if (i < pp->n_ids)
        return true;
    size_t n = i + 64;
    int *ids = realloc(pp->ids, n * sizeof *ids);
    if (ids)
        pp->ids = ids;
    bool *pending = realloc(pp->pending, n * sizeof *pending);
    if (pending)
        pp->pending = pending;
    if (!ids || !pending)
        return false;
    memset(ids + pp->n_ids, 0, (n - pp->n_ids) * sizeof *ids);
    memset(pending + pp->n_ids, 0, (n - pp->n_ids) * sizeof *pending);
    pp->n_ids = n;
    return true;
}

/* Room player i into the Session (the Room has checked the name). */
static void add_player(App *app, int i)
{
    PhonePlay *pp = app->phones;
    if ((size_t)i < pp->n_ids && pp->ids[i])
        return; /* in the session already */
    Room *room = phones_lock(pp->server);
    const RoomPlayer *p = room_player(room, i);
    char name[ROOM_NAME_BYTES + 1];
    snprintf(name, sizeof name, "%s", p ? p->name : "");
    int team = p ? p->team : -1;
    bool present = p && p->present, trainee = room_trainees(room);
    phones_unlock(pp->server);
    int id = 0;
    if (present && cover(pp, (size_t)i) &&
        session_add_player(app->game->session, name, team, trainee ? name : NULL, &id,
                           app_now(app)) == SESSION_OK)
        pp->ids[i] = id, pp->pending[i] = false;
}

/* Demo players for --screenshot of the lobby and the question. */
static void demo_players(App *app)
{
    static const char *const names[] = {"Ayesha", "Bilal", "Chen Wei", "Daniyal", "زینب", "Farhan"};
    static const char *const trainees[] = {"1042", "2077", "3150", "4209", "5311", "6420"};
    Room *room = phones_lock(app->phones->server);
    const char *const *who = room_trainees(room) ? trainees : names;
    char token[ROOM_TOKEN_LEN + 1];
    int ids[6], n = 0;
    int teams = room_teams(room);
    for (int i = 0; i < 6; i++)
        if (room_join(room, room_pin(room), who[i], teams ? i % teams : -1, &ids[n], token) ==
            ROOM_OK)
            n++;
    phones_unlock(app->phones->server);
    for (int i = 0; i < n; i++)
        add_player(app, ids[i]);
}

/* Starts the server and the phones' session now (--phones at start-up,
 * or the classroom title's Phones button). */
static bool open_server(App *app, char *err, size_t errlen)
{
    if (app->phones)
        return true;
    if (!check_options(app, err, errlen))
        return false;
    if (!wake_type)
        wake_type = SDL_RegisterEvents(1);
    char mo[4096];
    snprintf(mo, sizeof mo, "%s/ur/LC_MESSAGES/%s.mo", app->paths.locale_dir, AMAN_TEXTDOMAIN);
    /* --teams N: each phone joins one of the classroom's teams. */
    const char *teams[QUIZ_MAX_TEAMS];
    int n_teams = app->opt->teams >= 2 ? app->game->n_teams : 0;
    for (int i = 0; i < n_teams; i++)
        teams[i] = game_team_name(app->game, i);
    /* Test knobs: tests listen on loopback only, with a known PIN. */
    PhonesConfig cfg = {.teams = teams,
                        .trainees = app->game->mode->trainee,
                        .n_teams = n_teams,
                        .port = (int)app->opt->port,
                        .bind = getenv("AMAN_PHONES_BIND"),
                        .data_dir = app->paths.data_dir,
                        .mo_ur = mo,
                        .cap = (int)app->opt->players,
                        .pin = getenv("AMAN_PHONES_PIN"),
                        .wake = wake};
    app->phones = xcalloc(1, sizeof *app->phones);
    app->phones->server = phones_start(&cfg, err, errlen);
    if (!app->phones->server) {
        phoneplay_stop(app);
        return false;
    }
    char addr[4][64];
    size_t n = cfg.bind ? 0 : phones_addresses(phones_port(app->phones->server), addr, 4);
    if (n == 0)
        snprintf(addr[0], 64, "http://%s:%d/", cfg.bind ? cfg.bind : "127.0.0.1",
                 phones_port(app->phones->server));
    printf("listening on %s\n", addr[0]);
    fflush(stdout);
    game_hand_to_phones(app->game, app_now(app));
    if (app->opt->screenshot)
        demo_players(app);
    return true;
}

bool phoneplay_start(App *app, char *err, size_t errlen)
{
    return !app->opt->phones || open_server(app, err, errlen);
}

bool phoneplay_offered(const App *app)
{
    return app->game->mode->kind == MODE_CLASSROOM;
}

SDL_Rect phoneplay_button_rect(const App *app)
{
    const Theme *T = app->theme;
    int w = ui_px(app, T->lobby.phones_w), h = ui_px(app, T->lobby.phones_h),
        m = ui_px(app, T->lobby.phones_margin);
    return ui_mirror(app, (SDL_Rect){m, m, w, h});
}

bool phoneplay_open_lobby(App *app)
{
    char err[512];
    if (!open_server(app, err, sizeof err)) {
        fprintf(stderr, "amanquiz: %s\n", err);
        flow_toast(app, err, 6000);
        return true;
    }
    game_hand_to_phones(app->game, app_now(app));
    /* After a class's podium: the same phones wait for another round. */
    Room *room = phones_lock(app->phones->server);
    bool again = room_restart(room);
    size_t n = room_size(room);
    phones_unlock(app->phones->server);
    for (size_t i = 0; again && i < n; i++)
        add_player(app, (int)i); /* the present ones, as when they joined */
    app_go(app, SCENE_LOBBY);
    return true;
}

bool phoneplay_in_class(const App *app)
{
    return app->phones && !app->game->player;
}

void phoneplay_finish(App *app)
{
    PhonePlay *pp = app->phones;
    if (!pp)
        return;
    game_hand_back(app->game, app_now(app));
    for (size_t i = 0; i < pp->n_ids; i++) /* nobody of the Room is in the session now */
        pp->ids[i] = 0, pp->pending[i] = false;
}

void phoneplay_stop(App *app)
{
    PhonePlay *pp = app->phones;
    if (!pp)
        return;
    phones_stop(pp->server); /* first: no thread reads the Room after this */
    free(pp->ids);
    free(pp->pending);
    free(pp);
    app->phones = NULL;
}

/* ---- the question, as the Session's round shows it ---- */

/* Both languages of a bank text: English and Urdu (the English again when
 * it has no Urdu). On the Urdu screen lang_bank_other gives NULL for a text
 * with one form only, so the English is the bank's own text there. */
static void both(const char *id, const char *field, const char *english, const char **en,
                 const char **ur)
{
    const char *here = lang_bank(id, field, english);
    if (lang_is_urdu()) {
        *en = english;
        *ur = here;
    } else {
        *en = here;
        *ur = lang_bank_other(id, field, english);
    }
}

static const NumericAnswer *best_numeric(const Question *q)
{
    const NumericAnswer *best = q->n_numeric ? &q->numeric[0] : NULL;
    for (int i = 1; i < q->n_numeric; i++)
        if (q->numeric[i].weight > best->weight)
            best = &q->numeric[i];
    return best;
}

/* A short answer's accepted answers with credit, the one the reveal shows
 * first (the fully right one, else the best); the Room grades by them for
 * its own count, the Session (quiz_answer_text) for the score. */
static void fill_typed(const Question *q, RoomQuestion *rq)
{
    const Choice *shown = question_short_answer(q);
    for (int i = 0; !shown && i < q->n_choices; i++)
        if (q->choices[i].weight > 0 && (!shown || q->choices[i].weight > shown->weight))
            shown = &q->choices[i];
    if (!shown)
        return; /* no answer earns credit: a malformed question, refused by room_open */
    const Choice *order[ROOM_MAX_CHOICES] = {shown};
    int n = 1;
    for (int i = 0; i < q->n_choices && n < ROOM_MAX_CHOICES; i++)
        if (&q->choices[i] != shown && q->choices[i].weight > 0)
            order[n++] = &q->choices[i];
    for (int i = 0; i < n; i++) {
        /* The Urdu: the file's own, else the bundled bank's from ur.po (as
         * the keyboard's feedback shows it, textentry_answer_text). */
        char field[32];
        const char *en, *ur;
        i18n_field_choice(field, sizeof field, (int)(order[i] - q->choices) + 1);
        both(q->id, field, order[i]->text, &en, &ur);
        rq->choices[i] = order[i]->text;
        rq->choices_ur[i] = order[i]->text_ur ? order[i]->text_ur : ur;
        rq->weights[i] = order[i]->weight;
    }
    rq->n_choices = n;
}

static void fill_question(App *app, RoomQuestion *rq)
{
    const Session *s = app->game->session;
    const Quiz *round = session_round(s);
    const Question *q = session_question(s);
    size_t qi = session_index(s);
    memset(rq, 0, sizeof *rq);
    both(q->id, "question", q->text, &rq->text, &rq->text_ur);
    static const RoomKind kinds[] = {
        [QKIND_CHOICE] = RQ_CHOICE,  [QKIND_MULTI] = RQ_MULTI, [QKIND_TRUEFALSE] = RQ_TRUEFALSE,
        [QKIND_NUMERIC] = RQ_NUMBER, [QKIND_SHORT] = RQ_TEXT,
    };
    rq->kind = kinds[q->kind];
    if (q->kind == QKIND_SHORT)
        fill_typed(q, rq);
    if (q->kind == QKIND_CHOICE || q->kind == QKIND_MULTI) {
        rq->n_choices = q->n_choices;
        for (int i = 0; i < q->n_choices; i++) {
            const Choice *c = quiz_choice(round, qi, i);
            char field[32];
            i18n_field_choice(field, sizeof field, quiz_choice_original(round, qi, i) + 1);
            both(q->id, field, c->text, &rq->choices[i], &rq->choices_ur[i]);
            rq->weights[i] = c->weight;
        }
    }
    rq->tf_answer = q->tf_answer;
    const NumericAnswer *na = best_numeric(q);
    if (na)
        rq->num_min = na->min, rq->num_max = na->max, rq->num_value = na->value;
    rq->points = app_quiz_config(app)->points;
    rq->time_limit_ms = (int64_t)app_quiz_config(app)->time_limit_s * 1000;
}

static bool open_question(App *app)
{
    PhonePlay *pp = app->phones;
    if (session_phase(app->game->session) != SESSION_ASKING)
        return false;
    for (size_t i = 0; i < pp->n_ids; i++) /* late joiners enter now */
        if (pp->pending[i])
            add_player(app, (int)i);
    RoomQuestion rq;
    fill_question(app, &rq);
    Room *room = phones_lock(pp->server);
    RoomError e = room_open(room, &rq, (int)session_index(app->game->session),
                            (int)session_length(app->game->session), phones_now());
    phones_unlock(pp->server);
    return e == ROOM_OK;
}

/* Once the Session closed the question: the Room reveals too, with the
 * Session's points, totals and ranks. */
static void sync_reveal(App *app)
{
    PhonePlay *pp = app->phones;
    SessionPhase ph = session_phase(app->game->session);
    if (ph != SESSION_REVEAL && ph != SESSION_SUMMARY && ph != SESSION_SCOREBOARD)
        return;
    static SessionRank ranks[SESSION_MAX_PLAYERS];
    size_t n = session_leaderboard(app->game->session, ranks, SESSION_MAX_PLAYERS);
    Room *room = phones_lock(pp->server);
    if (room_reveal(room)) {
        for (size_t i = 0; i < pp->n_ids; i++) {
            if (!pp->ids[i])
                continue;
            const QuizOutcome *o = session_outcome(app->game->session, pp->ids[i]);
            int place = 0;
            for (size_t k = 0; k < n && !place; k++)
                if (ranks[k].id == pp->ids[i])
                    place = ranks[k].rank;
            const Quiz *q = session_quiz(app->game->session, pp->ids[i]);
            room_set_result(room, (int)i, o ? o->fraction : 0, o ? o->points : 0,
                            q ? quiz_score(q) : 0, place);
        }
    }
    phones_unlock(pp->server);
}

static SessionAnswer session_answer_of(QuestionKind kind, const RoomAnswer *a)
{
    switch (kind) {
    case QKIND_CHOICE:
        return session_answer_choice(__builtin_ctz(a->mask ? a->mask : 1));
    case QKIND_MULTI:
        return session_answer_multi(a->mask);
    case QKIND_TRUEFALSE:
        return session_answer_truefalse(a->tf);
    case QKIND_SHORT:
        return session_answer_text(a->text); /* borrowed: a lives through the call */
    default:
        return session_answer_number(a->number);
    }
}

static void apply(App *app, const PhonesCmd *c)
{
    PhonePlay *pp = app->phones;
    /* The Session's clock at the moment the phone's request came. */
    int64_t at = app_now(app) - (phones_now() - c->at_ms);
    if (c->kind == PHONES_CMD_JOIN) {
        if (!session_in_round(app->game->session))
            app_sound_join(app); /* the join chime (issue 15); not over a question */
        if (session_in_round(app->game->session) && cover(pp, (size_t)c->player))
            pp->pending[c->player] = true;
        else
            add_player(app, c->player);
        return;
    }
    const Question *q = session_question(app->game->session);
    if (!q || (size_t)c->player >= pp->n_ids || !pp->ids[c->player] ||
        c->question != (int)session_index(app->game->session))
        return;
    SessionAnswer a = session_answer_of(q->kind, &c->answer);
    /* Stored with the language the phone showed the question in. */
    session_set_lang(app->game->session, pp->ids[c->player], c->urdu ? "ur" : "en");
    session_answer(app->game->session, pp->ids[c->player], &a, at);
}

bool phoneplay_poll(App *app)
{
    PhonePlay *pp = app->phones;
    if (!pp)
        return false;
    bool changed = phones_take_wake(pp->server);
    PhonesCmd cmds[256];
    size_t n;
    while ((n = phones_take_commands(pp->server, cmds, 256)) > 0)
        for (size_t i = 0; i < n; i++)
            apply(app, &cmds[i]);
    if (session_tick(app->game->session, app_now(app)) & SESSION_EV_TIMED_OUT)
        changed = true;
    follow_session(app);
    return changed;
}

/* The end of the phones' round: in training, who reached the pass mark
 * (session_quiz's summary); the podium. */
static void end_room(App *app)
{
    PhonePlay *pp = app->phones;
    Room *room = phones_lock(pp->server);
    for (size_t i = 0; i < pp->n_ids && room_trainees(room); i++) {
        const Quiz *q = pp->ids[i] ? session_quiz(app->game->session, pp->ids[i]) : NULL;
        if (q)
            room_set_passed(room, (int)i, quiz_summary(q).passed);
    }
    room_end(room);
    phones_unlock(pp->server);
}

/* The phones' clock shows the session's: time the teacher added reaches
 * them (the two clocks run at the same rate, so only that moves them
 * apart). */
static void follow_clock(App *app)
{
    int64_t want = session_time_left_ms(app->game->session, app_now(app));
    Room *room = phones_lock(app->phones->server);
    int64_t have = room_time_left(room, phones_now());
    if (want > 0 && have >= 0 && want - have > FOLLOW_SLACK_MS)
        room_more_time(room, want - have);
    phones_unlock(app->phones->server);
}

/* The Room follows the session, whoever moved it (the phones' scenes or
 * the teacher's keys, game/scenes/modeflow_run.c): a question the session
 * opened is opened to the phones, one it closed is revealed with its
 * verdicts, a finished round ends on the podium. */
static void follow_session(App *app)
{
    if (!phoneplay_in_class(app))
        return; /* the projector's own round, or the class is over */
    Session *s = app->game->session;
    Room *room = phones_lock(app->phones->server);
    RoomPhase rp = room_phase(room);
    int ri = room_question_index(room);
    phones_unlock(app->phones->server);
    SessionPhase ph = session_phase(s);
    /* Ended, or waiting in the lobby while the session still shows the
     * last round's summary (another round is about to start). */
    if (rp == ROOM_ENDED || (rp == ROOM_LOBBY && ph != SESSION_ASKING))
        return;
    if (ph == SESSION_ASKING && (rp != ROOM_ASKING || ri != (int)session_index(s))) {
        if (!open_question(app)) { /* a question the phones cannot show ends the class */
            session_end(s, app_now(app));
            sync_reveal(app);
            end_room(app);
        }
        return;
    }
    if (ph == SESSION_ASKING)
        follow_clock(app);
    sync_reveal(app);
    if (ph == SESSION_SUMMARY)
        end_room(app);
}

bool phoneplay_begin(App *app)
{
    phoneplay_poll(app);
    if (session_start(app->game->session, app_now(app)) != SESSION_OK)
        return false;
    follow_session(app);
    Room *room = phones_lock(app->phones->server);
    bool asking = room_phase(room) == ROOM_ASKING;
    phones_unlock(app->phones->server);
    return asking;
}

bool phoneplay_reveal(App *app)
{
    phoneplay_poll(app); /* answers already acknowledged count */
    if (session_phase(app->game->session) == SESSION_ASKING &&
        session_reveal(app->game->session, app_now(app)) != SESSION_OK)
        return false;
    follow_session(app);
    return true;
}

bool phoneplay_next(App *app)
{
    session_next(app->game->session, app_now(app));
    follow_session(app);
    return session_phase(app->game->session) == SESSION_ASKING;
}

bool phoneplay_kick(App *app, int player)
{
    PhonePlay *pp = app->phones;
    Room *room = phones_lock(pp->server);
    bool ok = room_kick(room, player);
    phones_unlock(pp->server);
    if (ok && (size_t)player < pp->n_ids) {
        if (pp->ids[player])
            session_remove_player(app->game->session, pp->ids[player], app_now(app));
        pp->ids[player] = 0, pp->pending[player] = false;
    }
    follow_session(app); /* the removed one may have been the last to answer */
    return ok;
}

int64_t phoneplay_time_left(App *app)
{
    return session_time_left_ms(app->game->session, app_now(app));
}

/* Right-to-left scripts' letters (Hebrew, Arabic and its supplements and
 * presentation forms). */
static bool strong_rtl(uint32_t cp)
{
    return (cp >= 0x0590 && cp <= 0x08FF) || (cp >= 0xFB1D && cp <= 0xFDFF) ||
           (cp >= 0xFE70 && cp <= 0xFEFF);
}

/* True when the first strong letter of s is right-to-left (the bidi
 * algorithm's rule for a paragraph's direction, P2-P3); digits, spaces
 * and punctuation are not strong. */
static bool first_strong_rtl(const char *s)
{
    size_t len = strlen(s);
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        i += layout_utf8_next(s + i, len - i, &cp);
        if (strong_rtl(cp))
            return true;
        if ((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') || cp >= 0x00C0)
            return false;
    }
    return false;
}

void phoneplay_draw_name(App *app, const char *name, SDL_Rect box, int design_px, SDL_Color c,
                         TextAlign align)
{
    bool rtl = first_strong_rtl(name);
    /* START means the screen's reading side; the style's START is the
     * name's own start side. */
    if (align != TEXT_ALIGN_CENTER && rtl != lang_is_rtl())
        align = align == TEXT_ALIGN_START ? TEXT_ALIGN_END : TEXT_ALIGN_START;
    int px = ui_px(app, design_px), floor_px = ui_text_floor(app, name);
    px = px > floor_px ? px : floor_px;
    TextStyle st = {.max_px = px,
                    .min_px = px / 2 > floor_px ? px / 2 : floor_px,
                    .bold = true,
                    .color = c,
                    .dir = rtl ? TEXT_DIR_RTL : TEXT_DIR_LTR,
                    .align = align,
                    .valign = TEXT_VALIGN_MIDDLE};
    text_draw(app->text, name, box, &st);
}
