#include "autoplay.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "hud.h"
#include "modeflow.h"
#include "scene_question.h"
#include "util.h"

struct Autoplay {
    uint64_t rng;
    int right_percent;
    int moves;
    int taps;
    int64_t next_ms; /* the robot "thinks" between moves, on the game clock */
    long target;     /* questions to play in all, over as many rounds as needed */
    int round_length;
    long lang_every, rss_every; /* soak: press L / report memory every N questions */
    long counted; /* questions the soak duties ran for (an answer tried again counts once) */
    /* Totals over the finished rounds. */
    long played, correct, partial, score;
    int best_streak, rounds;
};

Autoplay *autoplay_new(uint64_t seed, int right_percent)
{
    Autoplay *a = xcalloc(1, sizeof *a);
    a->rng = seed * 0x9E3779B97F4A7C15ull + 0x2545F4914F6CDD1Dull;
    a->right_percent = right_percent;
    return a;
}

void autoplay_set_target(Autoplay *a, long questions, int round_length)
{
    a->target = questions;
    a->round_length = round_length > 0 ? round_length : 10;
}

void autoplay_set_soak(Autoplay *a, long lang_every, long rss_every)
{
    a->lang_every = lang_every;
    a->rss_every = rss_every;
}

int autoplay_next_round_length(const Autoplay *a)
{
    long left = a->target - a->played;
    return left < a->round_length ? (int)(left > 0 ? left : 1) : a->round_length;
}

void autoplay_free(Autoplay *a)
{
    free(a);
}

int autoplay_taps(const Autoplay *a)
{
    return a ? a->taps : 0;
}

static uint32_t next_rand(Autoplay *a)
{
    /* splitmix64: small, and the same on every platform. */
    uint64_t z = (a->rng += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return (uint32_t)((z ^ (z >> 31)) >> 32);
}

static void push_key(SDL_Keycode k)
{
    SDL_Event e = {.type = SDL_KEYDOWN};
    e.key.state = SDL_PRESSED;
    e.key.keysym.sym = k;
    e.key.keysym.scancode = SDL_GetScancodeFromKey(k);
    SDL_PushEvent(&e);
    e.type = SDL_KEYUP;
    e.key.state = SDL_RELEASED;
    SDL_PushEvent(&e);
}

/* A click with the mouse, or a tap: a finger event that SDL may also report
 * as a synthesized mouse click, which the game must not count twice. */
static void push_point(Autoplay *a, const App *app, SDL_Rect r, bool finger)
{
    int x = r.x + r.w / 2, y = r.y + r.h / 2;
    SDL_Event e = {.type = SDL_MOUSEBUTTONDOWN};
    e.button.button = SDL_BUTTON_LEFT;
    e.button.state = SDL_PRESSED;
    e.button.clicks = 1;
    e.button.x = x;
    e.button.y = y;
    if (finger) {
        SDL_Event f = {.type = SDL_FINGERDOWN};
        f.tfinger.x = (x + 0.5f) / app->width;
        f.tfinger.y = (y + 0.5f) / app->height;
        f.tfinger.pressure = 1;
        SDL_PushEvent(&f);
        e.button.which = SDL_TOUCH_MOUSEID;
        a->taps++;
    }
    SDL_PushEvent(&e);
    e.type = SDL_MOUSEBUTTONUP;
    e.button.state = SDL_RELEASED;
    SDL_PushEvent(&e);
}

/* Presses button i by key, click or tap, chosen by the seeded generator. */
static void press(Autoplay *a, const App *app, const QLayout *L, int i)
{
    switch (next_rand(a) % 4) {
    case 0:
        push_key(SDLK_1 + i);
        break;
    case 1:
        push_key(SDLK_a + i);
        break;
    default:
        push_point(a, app, L->buttons[i], next_rand(a) % 2);
        break;
    }
}

static void type_number(Autoplay *a, const App *app, const QLayout *L, double v)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%.10g", v); /* typed: ASCII keys */
    bool pad = next_rand(a) % 2;
    for (const char *p = buf; *p; p++) {
        if (!pad) {
            push_key(*p == '-' ? SDLK_MINUS : *p == '.' ? SDLK_PERIOD : (SDL_Keycode)*p);
            continue;
        }
        for (int k = 0; k < UI_NUMPAD_KEYS; k++)
            if (ui_numpad_char(k) == *p)
                push_point(a, app, L->keys[k], false);
    }
    if (pad)
        push_point(a, app, L->keys[UI_NUMPAD_OK], false);
    else
        push_key(SDLK_RETURN);
}

/* What the robot types for accepted answer c (NULL: a wrong answer): its
 * Urdu form half the time when it has one, Moodle's '*' taken as nothing. */
static const char *right_text(Autoplay *a, const Choice *c, char *buf, size_t size)
{
    if (!c)
        return "?";
    const char *t = c->text_ur && next_rand(a) % 2 ? c->text_ur : c->text;
    size_t o = 0;
    for (; *t && o + 1 < size; t++)
        if (*t != '*' && *t != '\\')
            buf[o++] = *t;
    buf[o] = '\0';
    return o ? buf : "x";
}

/* Text as a keyboard sends it: SDL_TEXTINPUT events of whole characters. */
static void push_text(const char *s)
{
    SDL_Event e = {.type = SDL_TEXTINPUT};
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        size_t k = 1;
        while (i + k < n && ((unsigned char)s[i + k] & 0xC0) == 0x80)
            k++;
        memcpy(e.text.text, s + i, k);
        e.text.text[k] = '\0';
        SDL_PushEvent(&e);
        i += k;
    }
}

/* A short answer: an accepted one (its Urdu form half the time, when it
 * has one) or a wrong one, then Enter or a click on "Check answer". */
static void type_answer(Autoplay *a, const App *app, const QLayout *L, const Question *q)
{
    char buf[256];
    const char *text = right_text(a, q ? question_short_answer(q) : NULL, buf, sizeof buf);
    push_key(SDLK_l); /* a shortcut key while typing: must not switch the language */
    push_text(text);
    if (next_rand(a) % 2)
        push_key(SDLK_RETURN);
    else
        push_point(a, app, L->submit, false);
}

/* Gives the answer chosen on purpose (session.h) the way a player would:
 * keys, clicks or taps on the buttons, the number pad or typed digits. */
static void answer(Autoplay *a, App *app)
{
    const Question *q = quiz_current(app_quiz(app));
    bool right = (int)(next_rand(a) % 100) < a->right_percent;
    QLayout L;
    question_layout(app, q, 0, &L);
    if (q->kind == QKIND_SHORT) { /* typed: the text of an accepted answer, not the key */
        type_answer(a, app, &L, right ? q : NULL);
        return;
    }
    /* The wrong pick is drawn only for a wrong choice, as it always was. */
    bool draw = q->kind == QKIND_CHOICE && !right && q->n_choices >= 2;
    SessionAnswer ans = session_answer_on_purpose(app_quiz(app), right, draw ? next_rand(a) : 0);
    switch (q->kind) {
    case QKIND_TRUEFALSE:
        press(a, app, &L, ans.value ? 0 : 1);
        break;
    case QKIND_NUMERIC:
        type_number(a, app, &L, ans.number);
        break;
    case QKIND_MULTI:
        for (int d = 0; d < q->n_choices; d++)
            if (ans.mask & (1u << d))
                push_key(SDLK_1 + d);
        push_point(a, app, L.submit, false);
        break;
    default:
        press(a, app, &L, ans.choice);
        break;
    }
}

static long rss_kb(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[128];
    long kb = -1;
    while (f && fgets(line, sizeof line, f))
        if (strncmp(line, "VmRSS:", 6) == 0)
            kb = atol(line + 6);
    if (f)
        fclose(f);
    return kb;
}

/* Soak duties after each answered question: switch language, report memory. */
static void after_question(Autoplay *a, long answered)
{
    if (answered <= a->counted)
        return;
    a->counted = answered;
    if (a->lang_every > 0 && answered % a->lang_every == 0)
        push_key(SDLK_l);
    if (a->rss_every > 0 && answered % a->rss_every == 0) {
        printf("questions %ld rss-kb %ld\n", answered, rss_kb());
        fflush(stdout);
    }
}

/* Adds the finished round to the totals; plays another until the target. */
static void round_done(Autoplay *a, App *app)
{
    QuizSummary s = quiz_summary(app_quiz(app));
    a->rounds++;
    a->played += s.n_questions;
    a->correct += s.n_correct;
    a->partial += s.n_partial;
    a->score += s.score;
    if (s.best_streak > a->best_streak)
        a->best_streak = s.best_streak;
    if (a->played < a->target) {
        app_quiz_config(app)->round_length = autoplay_next_round_length(a);
        push_key(SDLK_RETURN); /* "Play again" has the focus */
        return;
    }
    printf("score %ld correct %ld/%ld partial %ld best-streak %d\n", a->score, a->correct,
           a->played, a->partial, a->best_streak);
    fflush(stdout);
    app->running = false;
}

/* A tap in the middle of the screen (attract loop, "Still there?"). */
static void push_tap(void)
{
    SDL_Event e = {.type = SDL_FINGERDOWN};
    e.tfinger.x = 0.5f;
    e.tfinger.y = 0.6f;
    e.tfinger.pressure = 1;
    SDL_PushEvent(&e);
    e.type = SDL_FINGERUP;
    SDL_PushEvent(&e);
}

void autoplay_step(Autoplay *a, App *app)
{
    int64_t now = app_now(app);
    if (now < a->next_ms)
        return;
    a->next_ms = now + 500;
    a->moves++;
    const Quiz *quiz = app_quiz(app);
    switch (app->scene->robot) {
    case ROBOT_ENTER:
        push_key(SDLK_RETURN);
        break;
    case ROBOT_ESCAPE:
        push_key(SDLK_ESCAPE);
        break;
    case ROBOT_TAP:
        push_tap();
        break;
    case ROBOT_SIGN_IN:
        push_key(SDLK_4), push_key(SDLK_2), push_key(SDLK_RETURN);
        break;
    case ROBOT_ANSWER:
        if (quiz && quiz_state(quiz) == QUIZ_ASKING) {
            answer(a, app);
            after_question(a, a->played + (long)quiz_index(quiz) + 1);
        }
        break;
    case ROBOT_NEXT:
        push_key(a->moves % 3 ? SDLK_RETURN : SDLK_SPACE);
        break;
    case ROBOT_ROUND_DONE:
        if (quiz)
            round_done(a, app);
        break;
    case ROBOT_NONE:
        break;
    }
}
