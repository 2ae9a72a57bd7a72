/* phones: the embedded web server of a phone classroom (phones.h). */
#include "phones.h"

#include <arpa/inet.h>
#include <errno.h>
#include <ifaddrs.h>
#include <jansson.h>
#include <math.h>
#include <net/if.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "i18n.h"
#include "mhdlib.h"
#include "phonestr.h"

#define STREAM_KEEPALIVE_S 15

typedef struct {
    const char *url, *file, *type, *cache;
    char *data;
    size_t len;
} Asset;

typedef struct Stream Stream;

struct PhoneServer {
    const MhdLib *mhd; /* libmicrohttpd, loaded by phones_start */
    struct MHD_Daemon *daemon;
    pthread_mutex_t lock;
    pthread_cond_t changed; /* wakes the keep-alive thread to stop */
    pthread_t keepalive;
    bool keepalive_started;
    Stream *suspended; /* push streams waiting for a change, a list */
    Room *room;
    PhoneStrings *strings;
    char *strings_json[2]; /* en, ur: built once */
    Asset assets[5];
    int port;
    bool stopping;
    bool wake_pending;
    uint64_t seen_version; /* by phones_unlock, to wake the streams */
    double join_tokens;    /* the join rate limit's bucket */
    int64_t join_refill_ms;
    void (*wake)(void *user);
    void *wake_user;
    PhonesCmd queue[PHONES_QUEUE_MAX]; /* a ring: the commands for the game */
    size_t q_head, q_len;
};

/* A request being read: the body, capped. */
typedef struct {
    char body[PHONES_MAX_BODY + 1];
    size_t len;
    bool too_big;
} Upload;

/* A push stream's state. While it has nothing to send its connection is
 * suspended (no thread, no polling) and the stream is on s->suspended. */
struct Stream {
    PhoneServer *s;
    struct MHD_Connection *conn;
    int player;
    uint64_t sent_version;
    int64_t last_write_ms;
    bool closing;
    bool suspended;
    Stream *next; /* on s->suspended */
};

int64_t phones_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* ---- static files: a fixed table, so no path reaches the disk ---- */

static bool read_file(const char *path, char **data, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return false;
    bool ok = fseek(f, 0, SEEK_END) == 0;
    long n = ok ? ftell(f) : -1;
    ok = n >= 0 && n < (16L << 20) && fseek(f, 0, SEEK_SET) == 0;
    *data = ok ? malloc((size_t)n + 1) : NULL;
    ok = *data && fread(*data, 1, (size_t)n, f) == (size_t)n;
    fclose(f);
    if (!ok) {
        free(*data);
        *data = NULL;
        return false;
    }
    *len = (size_t)n;
    return true;
}

static bool load_assets(PhoneServer *s, const char *data_dir, char *err, size_t errlen)
{
    static const Asset table[5] = {
        {"/", "assets/phone/index.html", "text/html; charset=utf-8", "no-cache", NULL, 0},
        {"/app.js", "assets/phone/app.js", "text/javascript; charset=utf-8", "no-cache", NULL, 0},
        {"/style.css", "assets/phone/style.css", "text/css; charset=utf-8", "no-cache", NULL, 0},
        {"/nastaliq.ttf", "assets/fonts/NotoNastaliqUrdu-Regular.ttf", "font/ttf", "max-age=86400",
         NULL, 0},
        {"/favicon.ico", NULL, "image/x-icon", "max-age=86400", NULL, 0},
    };
    for (int i = 0; i < 5; i++) {
        s->assets[i] = table[i];
        if (!table[i].file) {
            s->assets[i].data = calloc(1, 1);
            continue;
        }
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", data_dir, table[i].file);
        if (!read_file(path, &s->assets[i].data, &s->assets[i].len)) {
            snprintf(err, errlen, "%s: cannot read the phone page: %s", path, strerror(errno));
            return false;
        }
    }
    return true;
}

/* ---- responses ---- */

static enum MHD_Result send_buffer(PhoneServer *s, struct MHD_Connection *c, unsigned status,
                                   const char *type, const char *data, size_t len,
                                   enum MHD_ResponseMemoryMode mode, const char *cache)
{
    struct MHD_Response *r = s->mhd->MHD_create_response_from_buffer(len, (void *)data, mode);
    if (!r)
        return MHD_NO;
    s->mhd->MHD_add_response_header(r, "Content-Type", type);
    s->mhd->MHD_add_response_header(r, "Cache-Control", cache ? cache : "no-store");
    s->mhd->MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
    s->mhd->MHD_add_response_header(r, "Content-Security-Policy",
                                    "default-src 'self'; img-src 'self' data:; object-src 'none'");
    enum MHD_Result ok = s->mhd->MHD_queue_response(c, status, r);
    s->mhd->MHD_destroy_response(r);
    return ok;
}

static enum MHD_Result send_json(PhoneServer *s, struct MHD_Connection *c, unsigned status,
                                 json_t *j)
{
    char *text = j ? json_dumps(j, JSON_COMPACT) : NULL;
    json_decref(j);
    if (!text)
        return MHD_NO;
    return send_buffer(s, c, status, "application/json", text, strlen(text), MHD_RESPMEM_MUST_FREE,
                       NULL);
}

/* A refusal: {"error": code, "message": English text the page translates}. */
static enum MHD_Result refuse(PhoneServer *s, struct MHD_Connection *c, unsigned status,
                              const char *code, const char *message)
{
    return send_json(s, c, status, json_pack("{s:s,s:s}", "error", code, "message", message));
}

static unsigned room_status(RoomError e)
{
    switch (e) {
    case ROOM_ERR_PIN:
    case ROOM_ERR_TOKEN:
        return 403;
    case ROOM_ERR_FULL:
    case ROOM_ERR_NAME_TAKEN:
    case ROOM_ERR_NOT_ASKING:
    case ROOM_ERR_STALE:
    case ROOM_ERR_ALREADY:
    case ROOM_ERR_LATE_JOIN:
    case ROOM_ERR_TIME:
    case ROOM_ERR_ENDED:
        return 409;
    default:
        return 400;
    }
}

static enum MHD_Result refuse_room(PhoneServer *s, struct MHD_Connection *c, RoomError e)
{
    return refuse(s, c, room_status(e), room_error_code(e), room_error_message(e));
}

/* ---- the view of a player ---- */

static const char *phase_name(RoomPhase p)
{
    static const char *const names[] = {"lobby", "asking", "revealed", "ended"};
    return names[p];
}

static const char *kind_name(RoomKind k)
{
    static const char *const names[] = {"choice", "multi", "truefalse", "number", "text"};
    return names[k];
}

static json_t *question_json(const Room *room, const RoomPlayer *p, int64_t now_ms)
{
    const RoomQuestion *q = room_question(room);
    json_t *choices = json_array(), *choices_ur = json_array();
    /* A typed answer's accepted answers are the answer: never before the reveal. */
    for (int i = 0; q->kind != RQ_TEXT && i < q->n_choices; i++) {
        json_array_append_new(choices, json_string(q->choices[i]));
        json_array_append_new(choices_ur, json_string(q->choices_ur[i]));
    }
    json_t *j = json_pack("{s:i,s:i,s:s,s:s,s:s,s:o,s:o,s:b,s:b,s:I}", "index",
                          room_question_index(room), "total", room_question_total(room), "kind",
                          kind_name(q->kind), "text", q->text, "text_ur", q->text_ur, "choices",
                          choices, "choices_ur", choices_ur, "answered", p->answered, "late",
                          p->late, "left_ms", (json_int_t)room_time_left(room, now_ms));
    if (room_phase(room) == ROOM_REVEALED) {
        json_t *right = json_array();
        for (int i = 0; q->kind != RQ_TEXT && i < q->n_choices; i++)
            if (q->weights[i] > 0)
                json_array_append_new(right, json_integer(i));
        json_object_set_new(j, "right", right);
        if (q->kind == RQ_TRUEFALSE)
            json_object_set_new(j, "right_tf", json_boolean(q->tf_answer));
        if (q->kind == RQ_NUMBER)
            json_object_set_new(j, "right_number", json_real(q->num_value));
        if (q->kind == RQ_TEXT) {
            json_object_set_new(j, "right_text", json_string(q->choices[0]));
            json_object_set_new(j, "right_text_ur", json_string(q->choices_ur[0]));
        }
        json_object_set_new(j, "fraction", json_real(p->fraction));
        json_object_set_new(j, "points", json_integer(p->last_points));
    }
    return j;
}

char *phones_view_json(const Room *room, int player, int64_t now_ms)
{
    const RoomPlayer *p = room_player(room, player);
    if (!p)
        return NULL;
    const char *phase = p->present ? phase_name(room_phase(room)) : "kicked";
    json_t *you =
        json_pack("{s:s,s:i,s:i,s:i,s:i,s:i}", "name", p->name, "team", p->team, "score", p->score,
                  "place", p->place, "move", p->move, "players", room_present(room));
    json_t *teams = json_array();
    for (int t = 0; t < room_teams(room); t++)
        json_array_append_new(teams, json_string(room_team_name(room, t)));
    json_t *j = json_pack("{s:I,s:s,s:o,s:o}", "v", (json_int_t)room_view_stamp(room, player),
                          "phase", phase, "you", you, "teams", teams);
    if (j && room_question(room) && p->present)
        json_object_set_new(j, "q", question_json(room, p, now_ms));
    if (j && p->passed >= 0)
        json_object_set_new(json_object_get(j, "you"), "passed", json_boolean(p->passed));
    char *out = j ? json_dumps(j, JSON_COMPACT) : NULL;
    json_decref(j);
    return out;
}

/* ---- the game's side ---- */

Room *phones_lock(PhoneServer *s)
{
    pthread_mutex_lock(&s->lock);
    return s->room;
}

/* Resumes every suspended push stream: each then sends what changed, a
 * keep-alive, or suspends again. MHD_resume_connection is called without
 * our lock, so it never waits on libmicrohttpd while its thread waits on
 * us; a suspended connection cannot close, so the list stays valid. */
static void resume_streams(PhoneServer *s, bool all)
{
    pthread_mutex_lock(&s->lock);
    Stream *list = NULL, **keep = &s->suspended;
    while (*keep) {
        Stream *st = *keep;
        if (all || room_view_stamp(s->room, st->player) != st->sent_version) {
            *keep = st->next; /* to resume */
            st->suspended = false;
            st->next = list;
            list = st;
        } else {
            keep = &st->next;
        }
    }
    pthread_mutex_unlock(&s->lock);
    while (list) {
        Stream *next = list->next;
        s->mhd->MHD_resume_connection(list->conn);
        list = next;
    }
}

void phones_unlock(PhoneServer *s)
{
    bool changed = room_version(s->room) != s->seen_version;
    s->seen_version = room_version(s->room);
    pthread_mutex_unlock(&s->lock);
    if (changed)
        resume_streams(s, false);
}

bool phones_take_wake(PhoneServer *s)
{
    pthread_mutex_lock(&s->lock);
    bool was = s->wake_pending;
    s->wake_pending = false;
    pthread_mutex_unlock(&s->lock);
    return was;
}

int phones_port(const PhoneServer *s)
{
    return s->port;
}

size_t phones_take_commands(PhoneServer *s, PhonesCmd *out, size_t max)
{
    pthread_mutex_lock(&s->lock);
    size_t n = 0;
    for (; n < max && s->q_len; n++, s->q_len--) {
        out[n] = s->queue[s->q_head];
        s->q_head = (s->q_head + 1) % PHONES_QUEUE_MAX;
    }
    pthread_mutex_unlock(&s->lock);
    return n;
}

/* Lock held. */
static void push(PhoneServer *s, const PhonesCmd *c)
{
    s->queue[(s->q_head + s->q_len++) % PHONES_QUEUE_MAX] = *c;
}

/* After a phone changed the room (lock held): wake the streams and, once
 * until the app takes it, the game. */
static void phone_changed(PhoneServer *s)
{
    bool call = !s->wake_pending && s->wake;
    s->wake_pending = true;
    phones_unlock(s);
    if (call)
        s->wake(s->wake_user);
}

/* ---- requests ---- */

static bool join_allowed(PhoneServer *s)
{
    int64_t now = phones_now();
    s->join_tokens += (double)(now - s->join_refill_ms) * PHONES_JOIN_RATE / 1000.0;
    if (s->join_tokens > PHONES_JOIN_BURST)
        s->join_tokens = PHONES_JOIN_BURST;
    s->join_refill_ms = now;
    if (s->join_tokens < 1)
        return false;
    s->join_tokens -= 1;
    return true;
}

static enum MHD_Result do_join(PhoneServer *s, struct MHD_Connection *c, json_t *body)
{
    const char *pin = json_string_value(json_object_get(body, "pin"));
    const char *name = json_string_value(json_object_get(body, "name"));
    json_t *team = json_object_get(body, "team");
    int t = json_is_integer(team) ? (int)json_integer_value(team) : -1;
    if (!pin || !name)
        return refuse(s, c, 400, "bad_request", "The request is not valid JSON");
    pthread_mutex_lock(&s->lock);
    if (s->q_len == PHONES_QUEUE_MAX) {
        pthread_mutex_unlock(&s->lock);
        return refuse(s, c, 503, "busy", "The server is busy; try again");
    }
    if (!join_allowed(s)) {
        pthread_mutex_unlock(&s->lock);
        return refuse(s, c, 429, "rate",
                      "Too many players are joining at once; try again in a moment");
    }
    int player = -1;
    char token[ROOM_TOKEN_LEN + 1];
    if (t >= 0 && room_teams(s->room) == 0)
        t = -1; /* a team chosen on a page loaded before teams were cleared */
    RoomError e = room_join(s->room, pin, name, t, &player, token);
    if (e != ROOM_OK) {
        pthread_mutex_unlock(&s->lock);
        return refuse_room(s, c, e);
    }
    const RoomPlayer *p = room_player(s->room, player);
    json_t *j = json_pack("{s:s,s:i,s:s}", "token", token, "player", player, "name", p->name);
    push(s, &(PhonesCmd){
                .kind = PHONES_CMD_JOIN, .player = player, .team = p->team, .at_ms = phones_now()});
    phone_changed(s);
    return send_json(s, c, 200, j);
}

/* The answer in the request: ROOM_OK, ROOM_ERR_ANSWER when there is none
 * of a known kind, ROOM_ERR_TEXT_LONG for a text that cannot fit (the
 * Room checks the rest of a text). */
static RoomError parse_answer(json_t *body, RoomAnswer *a)
{
    json_t *v;
    memset(a, 0, sizeof *a);
    if ((v = json_object_get(body, "choice")) && json_is_integer(v)) {
        json_int_t i = json_integer_value(v);
        if (i < 0 || i >= ROOM_MAX_CHOICES)
            return ROOM_ERR_ANSWER;
        a->mask = 1u << i;
    } else if ((v = json_object_get(body, "mask")) && json_is_integer(v)) {
        json_int_t m = json_integer_value(v);
        if (m <= 0 || m >= 1 << ROOM_MAX_CHOICES)
            return ROOM_ERR_ANSWER;
        a->mask = (unsigned)m;
    } else if ((v = json_object_get(body, "tf")) && json_is_boolean(v)) {
        a->tf = json_is_true(v);
    } else if ((v = json_object_get(body, "number")) && json_is_number(v)) {
        a->number = json_number_value(v);
    } else if ((v = json_object_get(body, "text")) && json_is_string(v)) {
        if (json_string_length(v) > ROOM_TEXT_BYTES)
            return ROOM_ERR_TEXT_LONG;
        memcpy(a->text, json_string_value(v), json_string_length(v)); /* jansson: no NUL inside */
    } else {
        return ROOM_ERR_ANSWER;
    }
    return ROOM_OK;
}

static enum MHD_Result do_answer(PhoneServer *s, struct MHD_Connection *c, json_t *body)
{
    const char *token = json_string_value(json_object_get(body, "token"));
    json_t *q = json_object_get(body, "q");
    RoomAnswer a;
    if (!token || !json_is_integer(q))
        return refuse(s, c, 400, "bad_request", "The request is not valid JSON");
    RoomError parsed = parse_answer(body, &a);
    pthread_mutex_lock(&s->lock);
    if (s->q_len == PHONES_QUEUE_MAX) {
        pthread_mutex_unlock(&s->lock);
        return refuse(s, c, 503, "busy", "The server is busy; try again");
    }
    int player;
    int64_t now = phones_now();
    RoomError e = parsed == ROOM_OK
                      ? room_answer(s->room, token, (int)json_integer_value(q), &a, now, &player)
                      : parsed;
    if (parsed != ROOM_OK && room_player_by_token(s->room, token) < 0)
        e = ROOM_ERR_TOKEN;
    if (e != ROOM_OK) {
        pthread_mutex_unlock(&s->lock);
        return refuse_room(s, c, e);
    }
    const char *lang = json_string_value(json_object_get(body, "lang"));
    push(s, &(PhonesCmd){.kind = PHONES_CMD_ANSWER,
                         .urdu = lang && strcmp(lang, "ur") == 0,
                         .player = player,
                         .question = (int)json_integer_value(q),
                         .answer = a,
                         .at_ms = now});
    phone_changed(s);
    return send_json(s, c, 200, json_pack("{s:b}", "ok", 1));
}

static enum MHD_Result do_state(PhoneServer *s, struct MHD_Connection *c)
{
    const char *token = s->mhd->MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "token");
    pthread_mutex_lock(&s->lock);
    int player = token ? room_player_by_token(s->room, token) : -1;
    char *view = player >= 0 ? phones_view_json(s->room, player, phones_now()) : NULL;
    pthread_mutex_unlock(&s->lock);
    if (player < 0)
        return refuse_room(s, c, ROOM_ERR_TOKEN);
    if (!view)
        return refuse(s, c, 503, "busy", "The server is busy; try again");
    return send_buffer(s, c, 200, "application/json", view, strlen(view), MHD_RESPMEM_MUST_FREE,
                       NULL);
}

/* The push stream: an SSE event "state" with the player's view each time
 * the room's version moves, a comment after STREAM_KEEPALIVE_S seconds of
 * silence; in between the connection is suspended. */
static ssize_t stream_read(void *cls, uint64_t pos, char *buf, size_t max)
{
    (void)pos;
    Stream *st = cls;
    PhoneServer *s = st->s;
    ssize_t n = MHD_CONTENT_READER_END_OF_STREAM;
    int64_t now = phones_now();
    pthread_mutex_lock(&s->lock);
    if (s->stopping || st->closing) {
        /* the end: the page's EventSource reconnects or gives up */
    } else if (room_view_stamp(s->room, st->player) != st->sent_version) {
        char *view = phones_view_json(s->room, st->player, now);
        const RoomPlayer *p = room_player(s->room, st->player);
        uint64_t stamp = room_view_stamp(s->room, st->player);
        int k = view ? snprintf(buf, max, "id: %llu\nevent: state\ndata: %s\n\n",
                                (unsigned long long)stamp, view)
                     : -1;
        free(view);
        n = k < 0 || (size_t)k >= max ? MHD_CONTENT_READER_END_WITH_ERROR : k;
        st->sent_version = stamp;
        st->closing = !p->present || room_phase(s->room) == ROOM_ENDED;
        st->last_write_ms = now;
    } else if (now - st->last_write_ms >= STREAM_KEEPALIVE_S * 1000 - 100) {
        n = snprintf(buf, max, ": keep-alive\n\n");
        st->last_write_ms = now;
    } else {
        st->suspended = true;
        st->next = s->suspended;
        s->suspended = st;
        s->mhd->MHD_suspend_connection(st->conn);
        n = 0; /* called again once resumed */
    }
    pthread_mutex_unlock(&s->lock);
    return n;
}

/* Every STREAM_KEEPALIVE_S seconds the suspended streams wake to send a
 * keep-alive (and to notice a phone gone without a word); the only timer. */
static void *keepalive_main(void *arg)
{
    PhoneServer *s = arg;
    pthread_mutex_lock(&s->lock);
    while (!s->stopping) {
        struct timespec until;
        clock_gettime(CLOCK_REALTIME, &until);
        until.tv_sec += STREAM_KEEPALIVE_S;
        if (pthread_cond_timedwait(&s->changed, &s->lock, &until) == ETIMEDOUT) {
            pthread_mutex_unlock(&s->lock);
            resume_streams(s, true);
            pthread_mutex_lock(&s->lock);
        }
    }
    pthread_mutex_unlock(&s->lock);
    return NULL;
}

static enum MHD_Result do_events(PhoneServer *s, struct MHD_Connection *c)
{
    const char *token = s->mhd->MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "token");
    const char *last = s->mhd->MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Last-Event-ID");
    pthread_mutex_lock(&s->lock);
    int player = token ? room_player_by_token(s->room, token) : -1;
    bool present = player >= 0 && room_player(s->room, player)->present;
    pthread_mutex_unlock(&s->lock);
    if (!present)
        return refuse_room(s, c, ROOM_ERR_TOKEN);
    Stream *st = calloc(1, sizeof *st);
    if (!st)
        return refuse(s, c, 503, "busy", "The server is busy; try again");
    st->s = s;
    st->conn = c;
    st->player = player;
    st->last_write_ms = phones_now();
    /* A reconnecting EventSource sends the id of the last event it saw:
     * nothing is sent again until the room moves past it. */
    st->sent_version = last ? strtoull(last, NULL, 10) : 0;
    struct MHD_Response *r =
        s->mhd->MHD_create_response_from_callback(MHD_SIZE_UNKNOWN, 16384, stream_read, st, free);
    if (!r) {
        free(st);
        return MHD_NO;
    }
    s->mhd->MHD_add_response_header(r, "Content-Type", "text/event-stream");
    s->mhd->MHD_add_response_header(r, "Cache-Control", "no-store");
    enum MHD_Result ok = s->mhd->MHD_queue_response(c, 200, r);
    s->mhd->MHD_destroy_response(r);
    return ok;
}

static enum MHD_Result do_get(PhoneServer *s, struct MHD_Connection *c, const char *url)
{
    if (strcmp(url, "/api/strings") == 0) {
        const char *lang = s->mhd->MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "lang");
        const char *j = s->strings_json[lang && strcmp(lang, "ur") == 0];
        return send_buffer(s, c, 200, "application/json", j, strlen(j), MHD_RESPMEM_PERSISTENT,
                           "no-cache");
    }
    if (strcmp(url, "/api/state") == 0)
        return do_state(s, c);
    if (strcmp(url, "/api/teams") == 0) {
        json_t *teams = json_array();
        pthread_mutex_lock(&s->lock);
        for (int t = 0; t < room_teams(s->room); t++)
            json_array_append_new(teams, json_string(room_team_name(s->room, t)));
        pthread_mutex_unlock(&s->lock);
        return send_json(
            s, c, 200, json_pack("{s:o,s:b}", "teams", teams, "trainees", room_trainees(s->room)));
    }
    if (strcmp(url, "/api/events") == 0)
        return do_events(s, c);
    for (int i = 0; i < 5; i++)
        if (strcmp(url, s->assets[i].url) == 0 || (i == 0 && strcmp(url, "/index.html") == 0))
            return send_buffer(s, c, 200, s->assets[i].type, s->assets[i].data, s->assets[i].len,
                               MHD_RESPMEM_PERSISTENT, s->assets[i].cache);
    return refuse(s, c, 404, "not_found", "No such page");
}

static enum MHD_Result do_post(PhoneServer *s, struct MHD_Connection *c, const char *url, Upload *u)
{
    if (u->too_big)
        return refuse(s, c, 413, "too_large", "The request is too large");
    bool join = strcmp(url, "/api/join") == 0, answer = strcmp(url, "/api/answer") == 0;
    if (!join && !answer)
        return refuse(s, c, 404, "not_found", "No such page");
    json_error_t jerr;
    json_t *body = json_loadb(u->body, u->len, JSON_REJECT_DUPLICATES, &jerr);
    if (!json_is_object(body)) {
        json_decref(body);
        return refuse(s, c, 400, "bad_json", "The request is not valid JSON");
    }
    enum MHD_Result r = join ? do_join(s, c, body) : do_answer(s, c, body);
    json_decref(body);
    return r;
}

static enum MHD_Result handle(void *cls, struct MHD_Connection *c, const char *url,
                              const char *method, const char *version, const char *upload,
                              size_t *upload_size, void **con_cls)
{
    (void)version;
    PhoneServer *s = cls;
    bool post = strcmp(method, MHD_HTTP_METHOD_POST) == 0;
    if (!post) {
        if (strcmp(method, MHD_HTTP_METHOD_GET) != 0 && strcmp(method, MHD_HTTP_METHOD_HEAD) != 0)
            return refuse(s, c, 405, "method", "That method is not allowed here");
        return do_get(s, c, url);
    }
    Upload *u = *con_cls;
    if (!u) {
        u = calloc(1, sizeof *u);
        if (!u)
            return MHD_NO;
        *con_cls = u;
        const char *cl = s->mhd->MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Content-Length");
        if (cl && strtoull(cl, NULL, 10) > PHONES_MAX_BODY)
            u->too_big = true; /* refused at once, the body is not read */
        else
            return MHD_YES;
    }
    if (*upload_size) {
        /* Past the cap the rest is read and dropped: libmicrohttpd takes a
         * response only before the body or after all of it. */
        if (u->len + *upload_size > PHONES_MAX_BODY)
            u->too_big = true;
        else if (!u->too_big)
            memcpy(u->body + u->len, upload, *upload_size), u->len += *upload_size;
        *upload_size = 0;
        return MHD_YES;
    }
    return do_post(s, c, url, u);
}

static void request_done(void *cls, struct MHD_Connection *c, void **con_cls,
                         enum MHD_RequestTerminationCode toe)
{
    (void)cls, (void)c, (void)toe;
    free(*con_cls);
    *con_cls = NULL;
}

/* ---- start and stop ---- */

static void free_server(PhoneServer *s)
{
    for (int i = 0; i < 5; i++)
        free(s->assets[i].data);
    free(s->strings_json[0]);
    free(s->strings_json[1]);
    phonestr_free(s->strings);
    room_free(s->room);
    pthread_cond_destroy(&s->changed);
    pthread_mutex_destroy(&s->lock);
    free(s);
}

PhoneServer *phones_start(const PhonesConfig *cfg, char *err, size_t errlen)
{
    char why[512];
    const MhdLib *mhd = mhdlib_load(why, sizeof why);
    if (!mhd) {
        snprintf(err, errlen, _("the phones' classroom cannot start: %s"), why);
        return NULL;
    }
    PhoneServer *s = calloc(1, sizeof *s);
    if (!s) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    s->mhd = mhd;
    pthread_mutex_init(&s->lock, NULL);
    pthread_cond_init(&s->changed, NULL);
    s->port = cfg->port ? cfg->port : PHONES_DEFAULT_PORT;
    s->wake = cfg->wake, s->wake_user = cfg->wake_user;
    s->join_tokens = PHONES_JOIN_BURST, s->join_refill_ms = phones_now();
    s->room = room_new(cfg->cap ? cfg->cap : ROOM_DEFAULT_CAP, cfg->pin);
    if (!s->room || !load_assets(s, cfg->data_dir, err, errlen))
        goto fail;
    if (cfg->n_teams > 0)
        room_set_teams(s->room, cfg->teams, cfg->n_teams);
    room_set_trainees(s->room, cfg->trainees);
    s->strings = phonestr_load(cfg->mo_ur, err, errlen);
    if (!s->strings)
        goto fail;
    s->strings_json[0] = phonestr_json(s->strings, "en");
    s->strings_json[1] = phonestr_json(s->strings, "ur");
    if (!s->strings_json[0] || !s->strings_json[1])
        goto fail;
    /* A phone that vanishes mid-write must not end the game. */
    signal(SIGPIPE, SIG_IGN);
    struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = htons((uint16_t)s->port)};
    addr.sin_addr.s_addr = htonl(INADDR_ANY);
    if (cfg->bind && inet_pton(AF_INET, cfg->bind, &addr.sin_addr) != 1) {
        snprintf(err, errlen, "'%s' is not an IPv4 address", cfg->bind);
        goto fail;
    }
    int cap = room_cap(s->room);
    s->daemon = s->mhd->MHD_start_daemon(
        MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_ALLOW_SUSPEND_RESUME,
        (uint16_t)s->port, NULL, NULL, handle, s, MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&addr,
        MHD_OPTION_NOTIFY_COMPLETED, request_done, s, MHD_OPTION_CONNECTION_LIMIT,
        (unsigned)(3 * cap + 64), MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)60,
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)8192, MHD_OPTION_LISTENING_ADDRESS_REUSE, 1,
        MHD_OPTION_END);
    if (!s->daemon) {
        snprintf(err, errlen,
                 "cannot listen on port %d: %s (another program may use it; try --port)", s->port,
                 strerror(errno));
        goto fail;
    }
    s->seen_version = room_version(s->room);
    if (pthread_create(&s->keepalive, NULL, keepalive_main, s) != 0) {
        snprintf(err, errlen, "cannot start a thread: %s", strerror(errno));
        s->mhd->MHD_stop_daemon(s->daemon);
        goto fail;
    }
    s->keepalive_started = true;
    return s;
fail:
    free_server(s);
    return NULL;
}

void phones_stop(PhoneServer *s)
{
    if (!s)
        return;
    pthread_mutex_lock(&s->lock);
    s->stopping = true;
    pthread_cond_broadcast(&s->changed);
    pthread_mutex_unlock(&s->lock);
    if (s->keepalive_started)
        pthread_join(s->keepalive, NULL);
    /* Stopping a daemon with suspended connections is an API violation:
     * resumed, each stream ends (stopping is set). */
    resume_streams(s, true);
    s->mhd->MHD_stop_daemon(s->daemon);
    free_server(s);
}

size_t phones_addresses(int port, char out[][64], size_t max)
{
    struct ifaddrs *ifs = NULL, *i;
    size_t n = 0;
    if (getifaddrs(&ifs) != 0)
        return 0;
    for (i = ifs; i && n < max; i = i->ifa_next) {
        if (!i->ifa_addr || i->ifa_addr->sa_family != AF_INET || !(i->ifa_flags & IFF_UP) ||
            (i->ifa_flags & IFF_LOOPBACK))
            continue;
        char ip[INET_ADDRSTRLEN];
        const struct sockaddr_in *a = (const struct sockaddr_in *)i->ifa_addr;
        if (inet_ntop(AF_INET, &a->sin_addr, ip, sizeof ip))
            snprintf(out[n++], 64, "http://%s:%d/", ip, port);
    }
    freeifaddrs(ifs);
    return n;
}
