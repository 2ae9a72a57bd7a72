/* room: players, answers, grading and places of a phone classroom (room.h). */
#include "room.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

#include "answermatch.h"
#include "i18n.h"
#include "layout.h"
#include "modes.h"

typedef struct {
    RoomPlayer pub;
    int prev_place; /* before the last reveal */
    uint64_t stamp; /* version of the last change of this player's own view */
    char name[ROOM_NAME_MAX * 4 + 1];
    char token[ROOM_TOKEN_LEN + 1];
    int answered_q; /* question index answered, -1 */
    int joined_q;   /* question open when joining, -1 */
    int64_t answer_ms;
} Player;

struct Room {
    int cap;
    char pin[ROOM_PIN_LEN + 1];
    RoomPhase phase;
    uint64_t version; /* of the last change */
    uint64_t shared;  /* of the last change every phone sees */
    Player *players;
    size_t n, alloc;
    char *team_names[ROOM_MAX_TEAMS];
    int n_teams;
    bool trainees;
    RoomQuestion q;
    char *q_strings[2 * (1 + ROOM_MAX_CHOICES)];
    bool has_q;
    int q_index, q_total;
    int64_t q_open_ms;
};

static const struct {
    const char *code, *message;
} errors[ROOM_ERR_COUNT] = {
    [ROOM_OK] = {"ok", N_("done")},
    [ROOM_ERR_PIN] = {"pin", N_("That is not the PIN on the screen")},
    [ROOM_ERR_FULL] = {"full", N_("The room is full")},
    [ROOM_ERR_NAME_EMPTY] = {"name_empty", N_("Type your name")},
    [ROOM_ERR_NAME_LONG] = {"name_long", N_("That name is too long")},
    [ROOM_ERR_NAME_UTF8] = {"name_utf8", N_("That name has broken characters")},
    [ROOM_ERR_NAME_CHARS] = {"name_chars", N_("That name has characters that are not allowed")},
    [ROOM_ERR_NAME_TAKEN] = {"name_taken", N_("Someone already has that name")},
    [ROOM_ERR_TEAM] = {"team", N_("There is no such team")},
    [ROOM_ERR_TOKEN] = {"token", N_("You are not in this game; join again")},
    [ROOM_ERR_NOT_ASKING] = {"not_asking", N_("No question is open")},
    [ROOM_ERR_STALE] = {"stale", N_("That question is over")},
    [ROOM_ERR_ALREADY] = {"already", N_("You already answered")},
    [ROOM_ERR_LATE_JOIN] = {"late_join", N_("You joined during this question; wait for the next")},
    [ROOM_ERR_TIME] = {"time", N_("Time is up")},
    [ROOM_ERR_ANSWER] = {"answer", N_("That is not an answer to this question")},
    [ROOM_ERR_ENDED] = {"ended", N_("The game is over")},
    [ROOM_ERR_TRAINEE] = {"trainee", N_("A trainee ID is digits only, like 1042")},
    [ROOM_ERR_TEXT_EMPTY] = {"answer_empty", N_("Type your answer")},
    [ROOM_ERR_TEXT_LONG] = {"answer_long", N_("That answer is too long")},
    [ROOM_ERR_TEXT_UTF8] = {"answer_utf8", N_("That answer has broken characters")},
    [ROOM_ERR_TEXT_CHARS] = {"answer_chars", N_("That answer has characters that are not allowed")},
};

const char *room_error_message(RoomError e)
{
    return e >= 0 && e < ROOM_ERR_COUNT ? errors[e].message : "error";
}

const char *room_error_code(RoomError e)
{
    return e >= 0 && e < ROOM_ERR_COUNT ? errors[e].code : "error";
}

static void random_bytes(unsigned char *buf, size_t n)
{
    size_t got = 0;
    while (got < n) {
        ssize_t k = getrandom(buf + got, n - got, 0);
        if (k <= 0)
            break;
        got += (size_t)k;
    }
    /* getrandom cannot fail on Linux >= 3.17 for small requests; a zeroed
     * tail would only make tokens guessable, so mix the address in. */
    for (size_t i = got; i < n; i++)
        buf[i] = (unsigned char)(((uintptr_t)buf >> (i % 8)) ^ i * 131u);
}

Room *room_new(int cap, const char *pin)
{
    Room *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    r->cap = cap < 1 ? 1 : cap > ROOM_MAX_CAP ? ROOM_MAX_CAP : cap;
    if (pin) {
        snprintf(r->pin, sizeof r->pin, "%s", pin);
    } else {
        unsigned char b[ROOM_PIN_LEN];
        random_bytes(b, sizeof b);
        for (int i = 0; i < ROOM_PIN_LEN; i++)
            r->pin[i] = (char)('0' + b[i] % 10);
        r->pin[ROOM_PIN_LEN] = '\0';
    }
    r->q_index = -1;
    return r;
}

static void free_question(Room *r)
{
    for (int i = 0; i < 2 * (1 + ROOM_MAX_CHOICES); i++) {
        free(r->q_strings[i]);
        r->q_strings[i] = NULL;
    }
    r->has_q = false;
}

void room_free(Room *r)
{
    if (!r)
        return;
    free_question(r);
    for (int i = 0; i < r->n_teams; i++)
        free(r->team_names[i]);
    free(r->players);
    free(r);
}

const char *room_pin(const Room *r)
{
    return r->pin;
}

int room_cap(const Room *r)
{
    return r->cap;
}

RoomPhase room_phase(const Room *r)
{
    return r->phase;
}

uint64_t room_version(const Room *r)
{
    return r->version;
}

uint64_t room_view_stamp(const Room *r, int player)
{
    uint64_t own = player >= 0 && (size_t)player < r->n ? r->players[player].stamp : 0;
    return own > r->shared ? own : r->shared;
}

void room_set_trainees(Room *r, bool on)
{
    r->trainees = on;
}

bool room_trainees(const Room *r)
{
    return r->trainees;
}

bool room_set_passed(Room *r, int player, bool passed)
{
    if (player < 0 || (size_t)player >= r->n)
        return false;
    r->players[player].pub.passed = passed;
    r->players[player].stamp = ++r->version;
    return true;
}

void room_set_teams(Room *r, const char *const *names, int n)
{
    for (int i = 0; i < r->n_teams; i++)
        free(r->team_names[i]);
    r->n_teams = 0;
    for (int i = 0; i < n && i < ROOM_MAX_TEAMS; i++) {
        r->team_names[i] = strdup(names[i]);
        if (r->team_names[i])
            r->n_teams++;
    }
    r->shared = ++r->version; /* every phone's view changed */
}

int room_teams(const Room *r)
{
    return r->n_teams;
}

const char *room_team_name(const Room *r, int team)
{
    return team >= 0 && team < r->n_teams ? r->team_names[team] : NULL;
}

double room_team_score(const Room *r, int team)
{
    long sum = 0;
    int n = 0;
    for (size_t i = 0; i < r->n; i++)
        if (r->players[i].pub.present && r->players[i].pub.team == team)
            sum += r->players[i].pub.score, n++;
    return n ? (double)sum / n : 0;
}

/* Control characters, and the formatting characters of the bidirectional
 * algorithm (marks, embeddings, overrides, isolates), plus other invisible
 * format characters a prankster could use to look like someone else. */
static bool forbidden(uint32_t cp)
{
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x061C || cp == 0x200B ||
           (cp >= 0x200E && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2060 && cp <= 0x206F) || cp == 0xFEFF || (cp >= 0xFFF9 && cp <= 0xFFFB);
}

/* In a typed answer only what could break a line or reorder it: control
 * characters, bidirectional embeddings and overrides, interlinear
 * annotations. Marks, isolates and joiners an Urdu keyboard may type are
 * fine (answermatch drops them). */
static bool forbidden_in_answer(uint32_t cp)
{
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0xFFF9 && cp <= 0xFFFB);
}

/* What typed text may be (a name, a short answer) and how each fault is
 * refused. */
typedef struct {
    int max_chars;
    size_t max_bytes;
    bool (*refused)(uint32_t cp);
    RoomError empty, too_long, utf8, chars;
} TextRule;

static const TextRule name_rule = {ROOM_NAME_MAX,       ROOM_NAME_BYTES,    forbidden,
                                   ROOM_ERR_NAME_EMPTY, ROOM_ERR_NAME_LONG, ROOM_ERR_NAME_UTF8,
                                   ROOM_ERR_NAME_CHARS};
static const TextRule answer_rule = {ROOM_TEXT_MAX,       ROOM_TEXT_BYTES,    forbidden_in_answer,
                                     ROOM_ERR_TEXT_EMPTY, ROOM_ERR_TEXT_LONG, ROOM_ERR_TEXT_UTF8,
                                     ROOM_ERR_TEXT_CHARS};

/* Checks text by rule and writes it trimmed of spaces into out (size >
 * rule->max_bytes). */
static RoomError clean_text(const char *name, const TextRule *rule, char *out, size_t size)
{
    size_t len = strlen(name), start = 0, end = len, chars = 0;
    const unsigned char *s = (const unsigned char *)name;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        i += layout_utf8_next(name + i, len - i, &cp);
        /* malformed input decodes as U+FFFD: text with it is refused as broken */
        if (cp == 0xFFFD)
            return rule->utf8;
        if (rule->refused(cp))
            return rule->chars;
    }
    while (start < end && name[start] == ' ')
        start++;
    while (end > start && name[end - 1] == ' ')
        end--;
    if (start == end)
        return rule->empty;
    for (size_t i = start; i < end; i++)
        chars += (s[i] & 0xC0) != 0x80;
    if (chars > (size_t)rule->max_chars || end - start > rule->max_bytes || end - start >= size)
        return rule->too_long;
    memcpy(out, name + start, end - start);
    out[end - start] = '\0';
    return ROOM_OK;
}

RoomError room_join(Room *r, const char *pin, const char *name, int team, int *player,
                    char token[ROOM_TOKEN_LEN + 1])
{
    char clean[ROOM_NAME_MAX * 4 + 1] = "";
    if (r->phase == ROOM_ENDED)
        return ROOM_ERR_ENDED;
    if (!pin || strcmp(pin, r->pin) != 0)
        return ROOM_ERR_PIN;
    RoomError e = clean_text(name ? name : "", &name_rule, clean, sizeof clean);
    if (e != ROOM_OK && !(r->trainees && e == ROOM_ERR_NAME_EMPTY))
        return e;
    if (r->trainees && !mode_trainee_valid(clean))
        return ROOM_ERR_TRAINEE;
    if (r->n_teams ? team < 0 || team >= r->n_teams : team != -1)
        return ROOM_ERR_TEAM;
    if (room_present(r) >= r->cap)
        return ROOM_ERR_FULL;
    for (size_t i = 0; i < r->n; i++)
        if (r->players[i].pub.present && strcmp(r->players[i].name, clean) == 0)
            return ROOM_ERR_NAME_TAKEN;
    if (r->n == r->alloc) {
        size_t na = r->alloc ? r->alloc * 2 : 16;
        Player *np = realloc(r->players, na * sizeof *np);
        if (!np)
            return ROOM_ERR_FULL;
        r->players = np, r->alloc = na;
    }
    Player *p = &r->players[r->n];
    memset(p, 0, sizeof *p);
    snprintf(p->name, sizeof p->name, "%s", clean);
    unsigned char b[ROOM_TOKEN_LEN / 2];
    random_bytes(b, sizeof b);
    for (size_t i = 0; i < sizeof b; i++)
        snprintf(p->token + 2 * i, 3, "%02x", b[i]);
    p->pub.team = r->n_teams ? team : -1;
    p->pub.present = true;
    p->pub.passed = -1;
    p->answered_q = -1;
    p->joined_q = r->phase == ROOM_ASKING ? r->q_index : -1;
    p->pub.place = 0;
    *player = (int)r->n++;
    snprintf(token, ROOM_TOKEN_LEN + 1, "%s", p->token);
    p->stamp = ++r->version; /* only this phone's view changed */
    return ROOM_OK;
}

int room_player_by_token(const Room *r, const char *token)
{
    if (!token || strlen(token) != ROOM_TOKEN_LEN)
        return -1;
    int found = -1;
    for (size_t i = 0; i < r->n; i++) {
        unsigned diff = 0;
        for (int k = 0; k < ROOM_TOKEN_LEN; k++)
            diff |= (unsigned)(r->players[i].token[k] ^ token[k]);
        if (diff == 0)
            found = (int)i;
    }
    return found;
}

bool room_kick(Room *r, int player)
{
    if (player < 0 || (size_t)player >= r->n || !r->players[player].pub.present)
        return false;
    r->players[player].pub.present = false;
    r->players[player].stamp = ++r->version;
    return true;
}

size_t room_size(const Room *r)
{
    return r->n;
}

const RoomPlayer *room_player(const Room *r, int i)
{
    if (i < 0 || (size_t)i >= r->n)
        return NULL;
    Player *p = &r->players[i];
    p->pub.name = p->name;
    p->pub.answered = r->has_q && p->answered_q == r->q_index;
    p->pub.late = r->has_q && p->joined_q == r->q_index;
    return &p->pub;
}

int room_present(const Room *r)
{
    int n = 0;
    for (size_t i = 0; i < r->n; i++)
        n += r->players[i].pub.present;
    return n;
}

static bool question_ok(const RoomQuestion *q)
{
    if (!q->text || q->points < 0 || q->time_limit_ms < 0)
        return false;
    if (q->kind == RQ_CHOICE || q->kind == RQ_MULTI || q->kind == RQ_TEXT) {
        if (q->n_choices < (q->kind == RQ_TEXT ? 1 : 2) || q->n_choices > ROOM_MAX_CHOICES)
            return false;
        for (int i = 0; i < q->n_choices; i++)
            if (!q->choices[i])
                return false;
    }
    return q->kind >= RQ_CHOICE && q->kind <= RQ_TEXT;
}

/* A copy of s in *slot; "" when out of memory. */
static const char *keep(char **slot, const char *s)
{
    *slot = strdup(s);
    return *slot ? *slot : "";
}

RoomError room_open(Room *r, const RoomQuestion *q, int index, int total, int64_t now_ms)
{
    if (r->phase == ROOM_ENDED)
        return ROOM_ERR_ENDED;
    if (!question_ok(q) || index < 0 || index >= total)
        return ROOM_ERR_ANSWER;
    free_question(r);
    r->q = *q;
    r->q.n_choices =
        q->kind == RQ_CHOICE || q->kind == RQ_MULTI || q->kind == RQ_TEXT ? q->n_choices : 0;
    const int ur = 1 + ROOM_MAX_CHOICES;
    r->q.text = keep(&r->q_strings[0], q->text);
    r->q.text_ur = keep(&r->q_strings[ur], q->text_ur ? q->text_ur : q->text);
    for (int i = 0; i < r->q.n_choices; i++) {
        r->q.choices[i] = keep(&r->q_strings[1 + i], q->choices[i]);
        r->q.choices_ur[i] =
            keep(&r->q_strings[ur + 1 + i], q->choices_ur[i] ? q->choices_ur[i] : q->choices[i]);
    }
    r->has_q = true;
    r->q_index = index, r->q_total = total;
    r->q_open_ms = now_ms;
    r->phase = ROOM_ASKING;
    for (size_t i = 0; i < r->n; i++)
        r->players[i].pub.fraction = 0, r->players[i].pub.last_points = 0;
    r->shared = ++r->version; /* every phone's view changed */
    return ROOM_OK;
}

const RoomQuestion *room_question(const Room *r)
{
    return r->has_q ? &r->q : NULL;
}

int room_question_index(const Room *r)
{
    return r->has_q ? r->q_index : -1;
}

int room_question_total(const Room *r)
{
    return r->q_total;
}

int64_t room_time_left(const Room *r, int64_t now_ms)
{
    if (r->phase != ROOM_ASKING || r->q.time_limit_ms <= 0)
        return -1;
    int64_t left = r->q_open_ms + r->q.time_limit_ms - now_ms;
    return left > 0 ? left : 0;
}

static bool answer_ok(const RoomQuestion *q, const RoomAnswer *a)
{
    unsigned all = (1u << q->n_choices) - 1;
    switch (q->kind) {
    case RQ_CHOICE:
        return a->mask && (a->mask & ~all) == 0 && (a->mask & (a->mask - 1)) == 0;
    case RQ_MULTI:
        return a->mask && (a->mask & ~all) == 0;
    case RQ_NUMBER:
        return isfinite(a->number);
    default:
        return true;
    }
}

RoomError room_answer(Room *r, const char *token, int index, const RoomAnswer *a, int64_t now_ms,
                      int *player)
{
    int i = room_player_by_token(r, token);
    *player = i;
    if (i < 0 || !r->players[i].pub.present)
        return ROOM_ERR_TOKEN;
    Player *p = &r->players[i];
    if (r->phase == ROOM_ENDED)
        return ROOM_ERR_ENDED;
    if (r->phase != ROOM_ASKING)
        return index == r->q_index && p->answered_q == index ? ROOM_ERR_ALREADY
                                                             : ROOM_ERR_NOT_ASKING;
    if (index != r->q_index)
        return ROOM_ERR_STALE;
    if (p->answered_q == index)
        return ROOM_ERR_ALREADY;
    if (p->joined_q == index)
        return ROOM_ERR_LATE_JOIN;
    if (room_time_left(r, now_ms) == 0)
        return ROOM_ERR_TIME;
    if (!answer_ok(&r->q, a))
        return ROOM_ERR_ANSWER;
    char text[ROOM_TEXT_BYTES + 1] = "";
    if (r->q.kind == RQ_TEXT) {
        if (!memchr(a->text, '\0', sizeof a->text))
            return ROOM_ERR_TEXT_LONG;
        RoomError e = clean_text(a->text, &answer_rule, text, sizeof text);
        if (e != ROOM_OK)
            return e;
    }
    p->answered_q = index;
    p->pub.answer = *a;
    memcpy(p->pub.answer.text, text, sizeof text);
    p->answer_ms = now_ms - r->q_open_ms;
    r->version++; /* the phone learns it from the reply: its stream is not woken */
    return ROOM_OK;
}

int room_answered(const Room *r)
{
    int n = 0;
    for (size_t i = 0; i < r->n; i++)
        n += r->has_q && r->players[i].pub.present && r->players[i].answered_q == r->q_index;
    return n;
}

int room_expected(const Room *r)
{
    int n = 0;
    for (size_t i = 0; i < r->n; i++)
        n += r->players[i].pub.present && !(r->has_q && r->players[i].joined_q == r->q_index);
    return n;
}

bool room_all_answered(const Room *r)
{
    return r->phase == ROOM_ASKING && room_expected(r) > 0 && room_answered(r) >= room_expected(r);
}

static double clamp01(double x)
{
    return x < 0 ? 0 : x > 1 ? 1 : x;
}

double room_grade(const RoomQuestion *q, const RoomAnswer *a)
{
    double sum = 0;
    switch (q->kind) {
    case RQ_CHOICE:
    case RQ_MULTI:
        for (int i = 0; i < q->n_choices; i++)
            if (a->mask & 1u << i)
                sum += q->weights[i];
        return q->kind == RQ_CHOICE ? (sum >= 1 ? 1 : clamp01(sum)) : clamp01(sum);
    case RQ_TRUEFALSE:
        return a->tf == q->tf_answer ? 1 : 0;
    case RQ_NUMBER:
        return a->number >= q->num_min && a->number <= q->num_max ? 1 : 0;
    case RQ_TEXT: /* as quiz_answer_text: the best weight matched, in either language */
        for (int i = 0; i < q->n_choices; i++)
            if ((answermatch(q->choices[i], a->text) || answermatch(q->choices_ur[i], a->text)) &&
                q->weights[i] > sum)
                sum = q->weights[i];
        return clamp01(sum);
    }
    return 0;
}

/* Places by score, ties sharing a place (1, 2, 2, 4). */
static void update_places(Room *r)
{
    for (size_t i = 0; i < r->n; i++) {
        Player *p = &r->players[i];
        if (!p->pub.present)
            continue;
        int place = 1;
        for (size_t k = 0; k < r->n; k++)
            place += r->players[k].pub.present && r->players[k].pub.score > p->pub.score;
        p->prev_place = p->pub.place;
        p->pub.move = p->pub.place ? p->pub.place - place : 0;
        p->pub.place = place;
    }
}

bool room_reveal(Room *r)
{
    if (r->phase != ROOM_ASKING)
        return false;
    for (size_t i = 0; i < r->n; i++) {
        Player *p = &r->players[i];
        if (p->answered_q != r->q_index)
            continue;
        double f = room_grade(&r->q, &p->pub.answer);
        int pts = (int)lround(r->q.points * f);
        if (f > 0 && r->q.time_limit_ms > 0 && r->q.speed_bonus_max > 0) {
            double left = 1.0 - (double)p->answer_ms / (double)r->q.time_limit_ms;
            pts += (int)lround(r->q.speed_bonus_max * f * clamp01(left));
        }
        p->pub.fraction = f;
        p->pub.last_points = pts;
        p->pub.score += pts;
    }
    update_places(r);
    r->phase = ROOM_REVEALED;
    r->shared = ++r->version; /* every phone's view changed */
    return true;
}

int room_distribution(const Room *r, int counts[ROOM_MAX_CHOICES])
{
    memset(counts, 0, sizeof(int) * ROOM_MAX_CHOICES);
    if (!r->has_q)
        return 0;
    int n = r->q.kind == RQ_CHOICE || r->q.kind == RQ_MULTI ? r->q.n_choices : 2;
    for (size_t i = 0; i < r->n; i++) {
        const Player *p = &r->players[i];
        if (!p->pub.present || p->answered_q != r->q_index)
            continue;
        if (r->q.kind == RQ_TRUEFALSE)
            counts[p->pub.answer.tf ? 0 : 1]++;
        else if (r->q.kind == RQ_NUMBER)
            counts[room_grade(&r->q, &p->pub.answer) > 0 ? 0 : 1]++;
        else if (r->q.kind == RQ_TEXT)
            counts[p->pub.fraction > 0 ? 0 : 1]++;
        else
            for (int c = 0; c < n; c++)
                counts[c] += (p->pub.answer.mask >> c) & 1;
    }
    return n;
}

size_t room_leaderboard(const Room *r, int *players, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; i < r->n; i++) {
        if (!r->players[i].pub.present)
            continue;
        /* insertion by score, stable for equal scores (order of joining) */
        size_t at = n < max ? n : max;
        while (at > 0 && r->players[players[at - 1]].pub.score < r->players[i].pub.score)
            at--;
        if (at >= max)
            continue;
        size_t last = n < max ? n : max - 1;
        memmove(players + at + 1, players + at, (last - at) * sizeof *players);
        players[at] = (int)i;
        if (n < max)
            n++;
    }
    return n;
}

void room_end(Room *r)
{
    if (r->phase == ROOM_ASKING)
        room_reveal(r);
    r->phase = ROOM_ENDED;
    r->shared = ++r->version; /* every phone's view changed */
}

bool room_more_time(Room *r, int64_t extra_ms)
{
    if (r->phase != ROOM_ASKING || r->q.time_limit_ms <= 0 || extra_ms <= 0)
        return false;
    r->q.time_limit_ms += extra_ms;
    r->shared = ++r->version; /* every phone's clock changed */
    return true;
}

bool room_restart(Room *r)
{
    if (r->phase != ROOM_ENDED)
        return false;
    free_question(r);
    r->q_index = -1, r->q_total = 0;
    r->phase = ROOM_LOBBY;
    for (size_t i = 0; i < r->n; i++) {
        Player *p = &r->players[i];
        RoomPlayer keep = p->pub;
        memset(&p->pub, 0, sizeof p->pub);
        p->pub.name = keep.name, p->pub.team = keep.team, p->pub.present = keep.present;
        p->pub.passed = -1;
        p->prev_place = 0;
        p->answered_q = -1, p->joined_q = -1;
        p->answer_ms = 0;
    }
    r->shared = ++r->version; /* every phone's view changed */
    return true;
}

bool room_set_result(Room *r, int player, double fraction, int points, int score, int place)
{
    if (player < 0 || (size_t)player >= r->n)
        return false;
    Player *p = &r->players[player];
    p->pub.fraction = fraction;
    p->pub.last_points = points;
    p->pub.score = score;
    p->pub.move = p->prev_place ? p->prev_place - place : 0;
    p->pub.place = place;
    p->stamp = ++r->version;
    return true;
}
