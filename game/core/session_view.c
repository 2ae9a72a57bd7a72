#include <string.h>

#include "session_impl.h"

SessionPhase session_phase(const Session *s)
{
    return s->phase;
}

bool session_paused(const Session *s)
{
    return s->round && s->phase == SESSION_ASKING && quiz_paused(s->round);
}

const Question *session_question(const Session *s)
{
    return session_in_round(s) ? quiz_current(s->round) : NULL;
}

size_t session_index(const Session *s)
{
    return s->round ? quiz_index(s->round) : 0;
}

size_t session_length(const Session *s)
{
    return s->round ? quiz_length(s->round) : 0;
}

int64_t session_time_left_ms(const Session *s, int64_t now_ms)
{
    return s->round && s->phase == SESSION_ASKING ? quiz_time_left_ms(s->round, now_ms) : -1;
}

const Quiz *session_round(const Session *s)
{
    return s->round;
}

const Quiz *session_quiz(const Session *s, int id)
{
    const Player *p = session_find(s, id);
    return p ? p->quiz : NULL;
}

const QuizOutcome *session_outcome(const Session *s, int id)
{
    const Player *p = session_find(s, id);
    if (!p || !p->quiz || !session_in_round(s))
        return NULL;
    return quiz_outcome(p->quiz, quiz_index(p->quiz));
}

bool session_revealed_by_teacher(const Session *s)
{
    return s->revealed;
}

size_t session_answers_in(const Session *s)
{
    if (!session_in_round(s))
        return 0;
    size_t n = 0;
    for (size_t i = 0; i < s->n_players; i++) {
        const QuizOutcome *o = session_outcome(s, s->players[i].id);
        n += o && o->answered;
    }
    return n;
}

static void count_outcome(const QuizOutcome *o, const Question *q, int *counts, size_t max)
{
    switch (q->kind) {
    case QKIND_CHOICE:
        if (o->chosen >= 0 && (size_t)o->chosen < max)
            counts[o->chosen]++;
        break;
    case QKIND_MULTI:
        for (size_t c = 0; c < max && c < 32; c++)
            if (o->chosen_mask & (1u << c))
                counts[c]++;
        break;
    case QKIND_TRUEFALSE:
        if (max >= 2)
            counts[o->chosen_tf ? 0 : 1]++;
        break;
    case QKIND_NUMERIC:
    case QKIND_SHORT:
        if (max >= 2)
            counts[o->verdict == QUIZ_CORRECT ? 0 : 1]++;
        break;
    }
}

bool session_distribution(const Session *s, int *counts, size_t max, int *none)
{
    if (s->phase != SESSION_REVEAL)
        return false;
    memset(counts, 0, max * sizeof *counts);
    *none = 0;
    const Question *q = quiz_current(s->round);
    for (size_t i = 0; i < s->n_players; i++) {
        const QuizOutcome *o = session_outcome(s, s->players[i].id);
        if (!o || !o->answered)
            (*none)++;
        else
            count_outcome(o, q, counts, max);
    }
    return true;
}

static int player_score(const Player *p)
{
    return p->quiz ? quiz_score(p->quiz) : 0;
}

size_t session_leaderboard(const Session *s, SessionRank *out, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; i < s->n_players && n < max; i++) {
        const Player *p = &s->players[i];
        SessionRank r = {.id = p->id, .name = p->name, .team = p->team, .score = player_score(p)};
        r.n_correct = p->quiz ? quiz_summary(p->quiz).n_correct : 0;
        size_t k = n++; /* insertion: stable, so ties keep joining order */
        for (; k > 0 && out[k - 1].score < r.score; k--)
            out[k] = out[k - 1];
        out[k] = r;
    }
    for (size_t k = 0; k < n; k++)
        out[k].rank = k > 0 && out[k].score == out[k - 1].score ? out[k - 1].rank : (int)k + 1;
    return n;
}

static bool turns(const Session *s)
{
    return s->round && quiz_teams(s->round) >= 2;
}

int session_team_score(const Session *s, int team)
{
    if (turns(s))
        return s->n_players ? quiz_team_score(s->players[0].quiz, team) : 0;
    int sum = 0;
    for (size_t i = 0; i < s->n_players; i++)
        if (s->players[i].team == team)
            sum += player_score(&s->players[i]);
    return sum;
}

const char *session_team_name(const Session *s, int team)
{
    return team >= 0 && team < QUIZ_MAX_TEAMS ? s->cfg.team_names[team] : "";
}

const char *session_score_name(const Session *s, int id)
{
    const Player *p = session_find(s, id);
    if (!p)
        return "";
    if (p->trainee[0])
        return p->trainee;
    if (turns(s) && p->quiz) { /* the winning team; ties: the first */
        int best = 0, n = quiz_teams(p->quiz);
        for (int t = 1; t < n; t++)
            if (quiz_team_score(p->quiz, t) > quiz_team_score(p->quiz, best))
                best = t;
        return s->cfg.team_names[best];
    }
    return p->name;
}
