/* Kiosk attract loop: facts from the statement (the source sentences of the
 * bank's questions), the day's and all-time high scores, and "Touch to
 * play" in both languages. The kiosk clock picks the page; a touch is
 * handled by the session's kiosk rules (core/session.h). A kiosk that
 * reads by itself reads each fact once as it appears, and the kiosk holds
 * the page until the reading ends (docs/audio.md). */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "app_sound.h"
#include "asks.h"
#include "i18n.h"
#include "input.h"
#include "modeflow.h"
#include "ui.h"
#include "ui_lang.h"
#include "util.h"

#define MAX_ROWS 5
#define READING_POLL_MS 100 /* how soon the end of a reading lets the page go */

typedef struct {
    long read;  /* the page last read aloud (KioskPage.number), +1; 0 none */
    long shown; /* the page last drawn, +1 */
    bool reading;
    /* The scores page's list, asked of the results' thread as it appears. */
    long scores_for;           /* the page asked for, +1; 0 none */
    KioskPageKind scores_kind; /* its kind */
    uint64_t asked;
    bool answered;
    ResultsScore best[MAX_ROWS];
    size_t n;
} AState;

extern const Scene scene_attract; /* its answers check it is still shown */

static KioskPage current_page(const App *app)
{
    Flow *f = flow_of(app);
    if (f->page_held) /* a screenshot's demo (game/devtools/demo.c) */
        return (KioskPage){.kind = f->held_page};
    /* The kiosk's clock; not a kiosk: the same cycle from the game clock. */
    return session_kiosk_attract_page(app->game->session, app->game->n_facts, app_now(app));
}

static void draw_names(App *app, SDL_Rect r)
{
    TextStyle latin = {.max_px = r.h * 6 / 10,
                       .bold = true,
                       .color = UI_IVORY,
                       .dir = TEXT_DIR_LTR,
                       .align = TEXT_ALIGN_END,
                       .valign = TEXT_VALIGN_MIDDLE};
    TextStyle urdu = latin;
    urdu.dir = TEXT_DIR_RTL;
    urdu.align = TEXT_ALIGN_END; /* the left side for RTL: the two names meet in the middle */
    urdu.max_px = r.h / 2;
    const Theme *T = app->theme;
    int gap = ui_px(app, T->attract.name_gap);
    text_draw(app->text, "Aman Quiz", (SDL_Rect){r.x, r.y, r.w / 2 - gap, r.h}, &latin);
    text_draw(app->text, "امن کوئز", (SDL_Rect){r.x + r.w / 2 + gap, r.y, r.w / 2 - gap, r.h},
              &urdu);
    SDL_SetRenderDrawColor(app->renderer, UI_GOLD.r, UI_GOLD.g, UI_GOLD.b, 0xFF);
    SDL_Rect rule = {r.x + r.w / 2 - 1, r.y + r.h / 6, ui_px(app, T->attract.name_rule),
                     r.h * 2 / 3};
    SDL_RenderFillRect(app->renderer, &rule);
}

static void draw_fact(App *app, SDL_Rect card, int i)
{
    const Theme *T = app->theme;
    int pad = ui_px(app, T->attract.pad);
    SDL_Rect head = {card.x + pad, card.y + pad / 2, card.w - 2 * pad,
                     ui_px(app, T->attract.head_h)};
    ui_text(app, _("Did you know?"), head, T->type.callout, true, UI_GREEN_LIGHT, TEXT_ALIGN_START,
            TEXT_VALIGN_MIDDLE);
    SDL_Rect body = {head.x, head.y + head.h, head.w, card.y + card.h - head.y - head.h - pad};
    if (app->game->n_facts == 0)
        return;
    const char *text = lang_bank(app->game->fact_ids[i], "source", app->game->facts[i]);
    ui_text(app, text, body, T->attract.body, false, UI_INK, TEXT_ALIGN_START, TEXT_VALIGN_MIDDLE);
}

/* Columns from the reading side: rank, score, time (today) or date. */
static void draw_cells(App *app, SDL_Rect row, char cells[3][48], bool bold, SDL_Color c)
{
    static const int x[3] = {0, 20, 55}, w[3] = {15, 30, 45};
    for (int k = 0; k < 3; k++) {
        SDL_Rect r = {row.x + row.w * x[k] / 100, row.y, row.w * w[k] / 100, row.h};
        if (lang_is_rtl())
            r.x = row.x + row.w - (r.x - row.x) - r.w;
        ui_text(app, cells[k], r, app->theme->attract.cell, bold, c, TEXT_ALIGN_CENTER,
                TEXT_VALIGN_MIDDLE);
    }
}

static void score_row(App *app, SDL_Rect row, int rank, const ResultsScore *s, bool today)
{
    char cells[3][48];
    snprintf(cells[0], sizeof cells[0], "%d", rank);
    snprintf(cells[1], sizeof cells[1], "%d", s->score);
    /* "2026-11-28T14:05:09+05:00": the time today, else the date. */
    snprintf(cells[2], sizeof cells[2], "%.*s", today ? 5 : 10,
             today && strlen(s->date) > 11 ? s->date + 11 : s->date);
    for (int k = 0; k < 3; k++)
        lang_digits(cells[k], sizeof cells[k]);
    if (rank % 2 == 1)
        ui_fill_round(app, row, ui_px(app, app->theme->attract.row_radius),
                      (SDL_Color){0xEC, 0xE6, 0xD2, 0xFF});
    draw_cells(app, row, cells, rank == 1, rank == 1 ? UI_GREEN : UI_INK);
}

static void scores_answer(ResultsAsk *ask, void *user)
{
    App *app = user;
    AsksScores *a = (AsksScores *)ask;
    AState *s = app->scene == &scene_attract ? app->scene_data : NULL;
    if (!s || s->asked != ask->ticket)
        return; /* another page, or another screen, since */
    s->n = a->n;
    memcpy(s->best, a->best, a->n * sizeof *a->best);
    s->answered = true;
    app->dirty = true;
}

/* A scores page has appeared: ask for its list (today's, or all time). */
static void ask_scores(App *app, AState *s, KioskPage p)
{
    if (p.kind == KIOSK_PAGE_FACT || (s->scores_for == p.number + 1 && s->scores_kind == p.kind))
        return;
    s->scores_for = p.number + 1;
    s->scores_kind = p.kind;
    s->answered = false;
    s->n = 0;
    char day[16];
    results_format_date(time(NULL), day, sizeof day);
    asks_high_scores(app, p.kind == KIOSK_PAGE_DAILY ? day : NULL, MAX_ROWS, scores_answer,
                     &s->asked);
}

static void draw_scores(App *app, SDL_Rect card, bool today)
{
    const Theme *T = app->theme;
    int pad = ui_px(app, T->attract.pad);
    /* A Nastaliq heading needs a taller line, or it sits on the column heads. */
    SDL_Rect head = {
        card.x + pad, card.y + pad / 2, card.w - 2 * pad,
        ui_px(app, lang_is_rtl() ? T->attract.scores_head.urdu : T->attract.scores_head.latin)};
    ui_text(app, today ? _("Today's best scores") : _("Best scores of all time"), head,
            T->type.callout, true, UI_GREEN_LIGHT, TEXT_ALIGN_START, TEXT_VALIGN_MIDDLE);
    const AState *s = app->scene_data;
    if (!s || (app->game->results && !s->answered))
        return; /* a few milliseconds: the list comes with the answer */
    const ResultsScore *best = s->best;
    size_t n = s->n;
    SDL_Rect body = {head.x, head.y + head.h, head.w, card.y + card.h - head.y - head.h - pad};
    if (n == 0) {
        ui_text(app,
                today ? _("No scores yet today. Be the first!") : _("No scores yet. Be the first!"),
                body, T->attract.body, false, UI_MUTED, TEXT_ALIGN_CENTER, TEXT_VALIGN_MIDDLE);
        return;
    }
    int row_h = body.h / (MAX_ROWS + 1);
    char head_cells[3][48];
    snprintf(head_cells[0], sizeof head_cells[0], "#");
    snprintf(head_cells[1], sizeof head_cells[1], "%s", _("Score"));
    snprintf(head_cells[2], sizeof head_cells[2], "%s", today ? _("Time") : _("Date"));
    draw_cells(app, (SDL_Rect){body.x, body.y, body.w, row_h}, head_cells, true, UI_GREEN_LIGHT);
    for (size_t i = 0; i < n; i++)
        score_row(app, (SDL_Rect){body.x, body.y + (int)(i + 1) * row_h, body.w, row_h}, (int)i + 1,
                  &best[i], today);
}

static void draw_touch(App *app, SDL_Rect r)
{
    ui_fill_round(app, r, r.h / 2, UI_GOLD);
    SDL_Rect top = {r.x + r.h / 2, r.y + r.h / 12, r.w - r.h, r.h * 50 / 100};
    SDL_Rect bot = {top.x, top.y + top.h, top.w, r.h * 36 / 100};
    ui_text(app, _("Touch to play"), top, app->theme->type.display, true, UI_INK, TEXT_ALIGN_CENTER,
            TEXT_VALIGN_MIDDLE);
    ui_text_dir(app, lang_other(N_("Touch to play")), bot, app->theme->attract.touch_other, false,
                UI_GREEN_DARK, TEXT_ALIGN_CENTER, TEXT_VALIGN_MIDDLE, !lang_is_rtl());
}

static void attract_draw(App *app)
{
    ui_background(app);
    SDL_Rect c = ui_content(app);
    const Theme *T = app->theme;
    int gap = ui_px(app, T->attract.gap), inset = ui_px(app, T->attract.names_inset);
    SDL_Rect names = {c.x + inset, c.y, c.w - 2 * inset, ui_px(app, T->attract.names_h)};
    draw_names(app, names);
    int touch_h = ui_px(app, T->attract.touch_h);
    SDL_Rect touch = {c.x + c.w / 8, c.y + c.h - touch_h, c.w * 3 / 4, touch_h};
    SDL_Rect card = {c.x, names.y + names.h + gap, c.w, touch.y - names.y - names.h - 2 * gap};
    ui_card(app, card);
    KioskPage p = current_page(app);
    if (p.kind == KIOSK_PAGE_FACT)
        draw_fact(app, card, p.fact);
    else
        draw_scores(app, card, p.kind == KIOSK_PAGE_DAILY);
    draw_touch(app, touch);
}

/* Reads a fact page once as it appears, and holds it while it is read. */
static bool attract_update(App *app, Uint32 now_ms)
{
    (void)now_ms;
    AState *s = app->scene_data;
    if (!s)
        return false;
    int64_t now = app_now(app);
    session_kiosk_attract_hold(app->game->session, app_sound_reading(app), now); /* ended: let go */
    KioskPage p = current_page(app);
    if (s->shown != p.number + 1) { /* a held page let go: the next one shows now */
        s->shown = p.number + 1;
        app->dirty = true;
    }
    ask_scores(app, s, p);
    if (p.kind == KIOSK_PAGE_FACT && app->game->n_facts > 0 && s->read != p.number + 1) {
        s->read = p.number + 1;
        const char *id = app->game->fact_ids[p.fact], *en = app->game->facts[p.fact];
        app_sound_read_fact(app, lang_bank(id, "source", en),
                            app->bilingual ? lang_bank_other(id, "source", en) : NULL);
    }
    bool reading = app_sound_reading(app);
    session_kiosk_attract_hold(app->game->session, reading, now);
    /* While it reads, look again soon; when it has ended, one more turn so
     * the loop's wake-up is set for the page now shown. */
    if ((reading || s->reading) && !app->scene_wake_ms)
        app->scene_wake_ms = now + (reading ? READING_POLL_MS : 1);
    s->reading = reading;
    return false;
}

static void attract_enter(App *app)
{
    app->scene_data = xcalloc(1, sizeof(AState));
}

const Scene scene_attract = {
    .name = "attract",
    .enter = attract_enter,
    .update = attract_update,
    .leave = app_free_scene_data,
    .draw = attract_draw,
    .robot = ROBOT_TAP,
    .demo = DEMO_ATTRACT_PAGE,
};
