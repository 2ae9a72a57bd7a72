#include <stdio.h>
#include <time.h>

#include "results.h"
#include "results_writer.h"
#include "session_impl.h"

/* The session's recording: every answer as it is given, one results
 * session per player and round, a high score once per finished round. */

static void when_now(const Session *s, char *buf, size_t size)
{
    results_format_time(s->cfg.wall_clock ? s->cfg.wall_clock() : time(NULL), buf, size);
}

bool session_storing(const Session *s)
{
    return s->cfg.results && s->cfg.record;
}

/* Remembers the first failure to save for the screen to say, once. */
static void save_failed(Session *s)
{
    if (s->warned || !results_enabled(s->cfg.results))
        return; /* a disabled store said why when it was opened */
    s->warned = true;
    const char *why = results_error(s->cfg.results);
    s->warning = why && *why ? why : "?";
}

static void begin_at(Session *s, Player *p, const char *when)
{
    p->stored =
        results_session_begin(s->cfg.results, s->cfg.mode, p->trainee[0] ? p->trainee : NULL,
                              p->name[0] ? p->name : NULL, p->lang, when);
}

void session_begin_stored(Session *s, Player *p)
{
    if (!session_storing(s))
        return;
    char when[32];
    when_now(s, when, sizeof when);
    begin_at(s, p, when);
}

static void log_answers(Session *s, Player *p, const char *when)
{
    size_t n = quiz_length(p->quiz);
    for (; p->logged < n; p->logged++) {
        const QuizOutcome *o = quiz_outcome(p->quiz, p->logged);
        if (!o)
            break;
        ResultsAnswer a = {.time = when,
                           .question_id = quiz_question(p->quiz, p->logged)->id,
                           .chosen = o->chosen_key,
                           .correct = o->verdict == QUIZ_CORRECT,
                           .fraction = o->fraction,
                           .points = o->points,
                           .ms = o->elapsed_ms,
                           .lang = p->lang};
        if (!results_add_answer(s->cfg.results, p->stored, &a))
            save_failed(s); /* queued by the store: the next write retries it */
    }
}

/* Stores the player's answers given so far, and once the round is finished
 * its end and high score (high_score false: abandoned, no high score). */
void session_store_player(Session *s, Player *p, bool high_score)
{
    if (!session_storing(s) || !p->quiz || !p->want_stored)
        return;
    char when[32];
    when_now(s, when, sizeof when);
    if (!p->stored) /* the round's start could not be saved: try again now */
        begin_at(s, p, when);
    if (!p->stored) {
        save_failed(s);
        return;
    }
    log_answers(s, p, when);
    if (p->closed || quiz_state(p->quiz) != QUIZ_FINISHED)
        return;
    p->closed = true;
    int score = quiz_score(p->quiz);
    results_session_end(s->cfg.results, p->stored, when, score);
    if (high_score)
        results_add_high_score(s->cfg.results, s->cfg.mode, session_score_name(s, p->id), score,
                               when);
}

void session_store_all(Session *s, bool high_score)
{
    for (size_t i = 0; i < s->n_players; i++)
        session_store_player(s, &s->players[i], high_score);
}

const char *session_take_warning(Session *s)
{
    /* the results' writer thread refused a write since we last looked */
    if (session_storing(s) && results_take_failure(s->cfg.results))
        save_failed(s);
    const char *w = s->warning;
    s->warning = NULL;
    return w;
}
