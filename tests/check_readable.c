/* Every screen readable on a 7-inch kiosk panel (1024x600): no Urdu text
 * drawn below 18 px and no Latin text below 14 px (Nastaliq needs more than
 * Latin), and every text against what lies under it at WCAG AA (4.5:1, 3:1
 * from 24 px), in both languages, through the real scenes and the real
 * bank. The text engine records the smallest size it draws per script and,
 * reading the frame back under each text, the worst contrast. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "contrast.h"
#include "demo.h"
#include "i18n.h"
#include "phoneplay.h"
#include "shell.h"
#include "testutil.h"
#include "text.h"
#include "theme.h"
#include "ui.h"
#include "ui_lang.h"

/* The figures; the theme's smallest sizes must honour them. */
#define MIN_URDU_PX 18
#define MIN_LATIN_PX 14

/* Each scene in the mode it belongs to, and the title of every mode. */
static const struct {
    const char *scene, *mode;
} SCREENS[] = {
    {"title", "play"},           {"title", "classroom"},
    {"title", "training"},       {"title", "kiosk"},
    {"question", "play"},        {"question", "classroom"},
    {"feedback", "play"},        {"feedback", "training"},
    {"summary", "play"},         {"summary", "training"},
    {"scores", "play"},          {"attract", "kiosk"},
    {"signin", "training"},      {"drills", "training"},
    {"scoreboard", "classroom"}, {"teacher_help", "classroom"},
    {"admin", "kiosk"},          {"stillthere", "kiosk"},
    {"results", "training"},     {"lobby", "classroom"},
    {"lobby", "training"},       {"phoneq", "classroom"},
};

typedef struct {
    int urdu, latin;   /* smallest sizes drawn, 0 for none */
    TextStats st;      /* for the worst contrast */
    char overlap[200]; /* two texts whose ink runs into each other, or "" */
} Least;

/* True when a and b share more than a pixel or two of antialiasing. */
static bool overlap(SDL_Rect a, SDL_Rect b)
{
    SDL_Rect x;
    a.x += 1, a.y += 1, a.w -= 2, a.h -= 2;
    return SDL_IntersectRect(&a, &b, &x) && x.w > 1 && x.h > 1;
}

/* True when text t lies inside shape s (its label). */
static bool inside(SDL_Rect t, SDL_Rect s)
{
    return t.x >= s.x - 2 && t.y >= s.y - 2 && t.x + t.w <= s.x + s.w + 2 &&
           t.y + t.h <= s.y + s.h + 2;
}

/* Names the first two texts whose ink boxes overlap, or a text and a button
 * drawn over part of it or under a label that runs out of it; or leaves out
 * empty. Boxes are in drawing order. */
static void find_overlap(const TextEngine *te, char *out, size_t size)
{
    const TextInk *k;
    int n = text_engine_inks(te, &k);
    out[0] = '\0';
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++) {
            if ((k[i].shape && k[j].shape) || !overlap(k[i].ink, k[j].ink))
                continue;
            if (k[i].shape && inside(k[j].ink, k[i].ink))
                continue; /* a label on its button */
            snprintf(out, size, "\"%s\" (%d,%d %dx%d) and \"%s\" (%d,%d %dx%d)", k[i].text,
                     k[i].ink.x, k[i].ink.y, k[i].ink.w, k[i].ink.h, k[j].text, k[j].ink.x,
                     k[j].ink.y, k[j].ink.w, k[j].ink.h);
            return;
        }
}

/* One frame of scene in mode; bilingual: the other language under each text. */
static const char *shot_size = "1024x600";
static const char *shot_bank = AMAN_SOURCE_DIR "/questions";

static Least shoot_as(const char *scene, const char *mode, const char *question, bool urdu,
                      bool bilingual)
{
    char dir[] = "/tmp/aman_readable_XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char png[64], conf[64];
    snprintf(png, sizeof png, "%s/shot.png", dir);
    snprintf(conf, sizeof conf, "%s/aman.conf", dir);
    FILE *f = fopen(conf, "w");
    ck_assert_ptr_nonnull(f);
    fprintf(f, "bilingual = %s\n", bilingual ? "true" : "false");
    fclose(f);
    /* The phones' screens: their server on loopback, with demo players. */
    bool phones = strcmp(scene, "lobby") == 0 || strcmp(scene, "phoneq") == 0;
    char port[16];
    snprintf(port, sizeof port, "%d", 20000 + (int)(getpid() % 20000));
    char *argv[] = {"amanquiz",
                    "--bank",
                    (char *)shot_bank,
                    "--size",
                    (char *)shot_size,
                    "--mode",
                    (char *)mode,
                    "--data-dir",
                    dir,
                    "--screenshot",
                    png,
                    "--seed",
                    "3",
                    "--config",
                    conf,
                    "--phones",
                    "--port",
                    port};
    int argc = (int)(sizeof argv / sizeof *argv) - (phones ? 0 : 3);
    static CliOptions opt;
    static App app;
    char err[1024];
    ck_assert(cli_parse(&opt, argc, argv, err, sizeof err));
    i18n_start(AMAN_BUILD_DIR "/locale", LANG_EN, err, sizeof err);
    ck_assert_msg(app_init(&app, &opt, AMAN_BUILD_DIR "/game/", true, err, sizeof err), "%s", err);
    setenv("AMAN_PHONES_BIND", "127.0.0.1", 1);
    ck_assert_msg(phoneplay_start(&app, err, sizeof err), "%s", err);
    lang_set_urdu(urdu);
    ck_assert_msg(demo_prepare(&app, scene, question, err, sizeof err), "%s", err);
    text_engine_reset_least(app.text);
    text_engine_probe_contrast(app.text, true);
    ck_assert_msg(app_screenshot(&app, png, err, sizeof err), "%s", err);
    TextStats st = text_engine_stats(app.text);
    Least l = {st.least_px_urdu, st.least_px_latin, st, ""};
    find_overlap(app.text, l.overlap, sizeof l.overlap);
    lang_set_urdu(false);
    phoneplay_stop(&app);
    app_quit(&app);
    remove(png);
    remove(conf);
    rmdir(dir);
    return l;
}

static Least shoot(const char *scene, const char *mode, const char *question, bool urdu)
{
    return shoot_as(scene, mode, question, urdu, false);
}

static void check_contrast(const char *scene, const char *mode, const char *lang,
                           const TextStats *st)
{
    ck_assert_msg(st->contrast_margin > 0, "%s/%s (%s): no text probed", scene, mode, lang);
    ck_assert_msg(st->contrast_margin >= 1.0,
                  "%s/%s (%s): #%06x on #%06x at %d px is %.2f of the AA ratio: \"%s\"", scene,
                  mode, lang, st->contrast_fg, st->contrast_bg, st->contrast_px,
                  st->contrast_margin, st->contrast_text);
}

static void check_screen(int i, bool urdu)
{
    Least l = shoot(SCREENS[i].scene, SCREENS[i].mode, NULL, urdu);
    const char *lang = urdu ? "ur" : "en";
    if (urdu) /* an Urdu screen draws Urdu */
        ck_assert_msg(l.urdu > 0, "%s/%s (%s): no Urdu text drawn", SCREENS[i].scene,
                      SCREENS[i].mode, lang);
    ck_assert_msg(l.urdu == 0 || l.urdu >= MIN_URDU_PX, "%s/%s (%s): Urdu text at %d px (least %d)",
                  SCREENS[i].scene, SCREENS[i].mode, lang, l.urdu, MIN_URDU_PX);
    ck_assert_msg(l.latin == 0 || l.latin >= MIN_LATIN_PX,
                  "%s/%s (%s): Latin text at %d px (least %d)", SCREENS[i].scene, SCREENS[i].mode,
                  lang, l.latin, MIN_LATIN_PX);
    check_contrast(SCREENS[i].scene, SCREENS[i].mode, lang, &l.st);
    ck_assert_msg(!l.overlap[0], "%s/%s (%s): texts run into each other: %s", SCREENS[i].scene,
                  SCREENS[i].mode, lang, l.overlap);
}

START_TEST(urdu_screens_are_big_enough_to_read)
{
    check_screen(_i, true);
}
END_TEST

/* The projector size: nothing runs into anything, contrast holds. */
START_TEST(urdu_screens_at_1920x1080_stay_clear)
{
    shot_size = "1920x1080";
    Least l = shoot(SCREENS[_i].scene, SCREENS[_i].mode, NULL, true);
    shot_size = "1024x600";
    check_contrast(SCREENS[_i].scene, SCREENS[_i].mode, "ur 1920x1080", &l.st);
    ck_assert_msg(!l.overlap[0], "%s/%s (ur, 1920x1080): texts run into each other: %s",
                  SCREENS[_i].scene, SCREENS[_i].mode, l.overlap);
}
END_TEST

START_TEST(english_screens_are_big_enough_to_read)
{
    check_screen(_i, false);
}
END_TEST

/* The longest texts of the bank on the busiest screens: a long question
 * with four long answers, and the feedback with the statement quoted. */
START_TEST(long_bank_texts_stay_readable_in_the_bilingual_view)
{
    static const char *const ids[] = {"police-numbers-multi", "role-only-after-tf",
                                      "contrib-lives"};
    for (size_t i = 0; i < sizeof ids / sizeof *ids; i++)
        for (int urdu = 0; urdu < 2; urdu++)
            for (int s = 0; s < 2; s++) {
                const char *scene = s ? "feedback" : "question";
                Least l = shoot_as(scene, "play", ids[i], urdu, true);
                ck_assert_msg(l.urdu == 0 || l.urdu >= MIN_URDU_PX, "%s: Urdu at %d px", ids[i],
                              l.urdu);
                ck_assert_msg(l.latin == 0 || l.latin >= MIN_LATIN_PX, "%s: Latin at %d px", ids[i],
                              l.latin);
                check_contrast(scene, ids[i], urdu ? "ur" : "en", &l.st);
                ck_assert_msg(!l.overlap[0], "%s %s (%s, bilingual): %s", scene, ids[i],
                              urdu ? "ur" : "en", l.overlap);
            }
}
END_TEST

START_TEST(long_bank_texts_stay_readable)
{
    static const char *const ids[] = {"meeting-ct-reasons-multi", "contrib-figures-multi",
                                      "gulfam-award", "police-numbers-multi"};
    for (size_t i = 0; i < sizeof ids / sizeof *ids; i++)
        for (int urdu = 0; urdu < 2; urdu++) {
            Least q = shoot("question", "play", ids[i], urdu);
            Least f = shoot("feedback", "play", ids[i], urdu);
            int u = q.urdu && (!f.urdu || q.urdu < f.urdu) ? q.urdu : f.urdu;
            int la = q.latin && (!f.latin || q.latin < f.latin) ? q.latin : f.latin;
            ck_assert_msg(u == 0 || u >= MIN_URDU_PX, "%s: Urdu at %d px", ids[i], u);
            ck_assert_msg(la == 0 || la >= MIN_LATIN_PX, "%s: Latin at %d px", ids[i], la);
            check_contrast("question", ids[i], urdu ? "ur" : "en", &q.st);
            check_contrast("feedback", ids[i], urdu ? "ur" : "en", &f.st);
            ck_assert_msg(!q.overlap[0], "question %s: %s", ids[i], q.overlap);
            ck_assert_msg(!f.overlap[0], "feedback %s: %s", ids[i], f.overlap);
        }
}
END_TEST

/* A short answer: the text entry on the question card, with its Check
 * button and hint, and the typed answer beside the right one after it. */
START_TEST(short_answers_stay_readable)
{
    shot_bank = AMAN_SOURCE_DIR "/questions/examples";
    for (int urdu = 0; urdu < 2; urdu++)
        for (int s = 0; s < 2; s++) {
            const char *scene = s ? "feedback" : "question";
            Least l = shoot(scene, "play", "ex-short-city", urdu);
            ck_assert_msg(l.urdu == 0 || l.urdu >= MIN_URDU_PX, "%s: Urdu at %d px", scene, l.urdu);
            ck_assert_msg(l.latin == 0 || l.latin >= MIN_LATIN_PX, "%s: Latin at %d px", scene,
                          l.latin);
            check_contrast(scene, "ex-short-city", urdu ? "ur" : "en", &l.st);
            ck_assert_msg(!l.overlap[0], "%s ex-short-city (%s): %s", scene, urdu ? "ur" : "en",
                          l.overlap);
        }
    shot_bank = AMAN_SOURCE_DIR "/questions";
}
END_TEST

/* The theme's smallest sizes are the issue's. */
START_TEST(theme_floors_are_readable)
{
    const Theme *t = theme_default();
    ck_assert_int_ge(t->type.min_urdu, MIN_URDU_PX);
    ck_assert_int_ge(t->type.min_latin, MIN_LATIN_PX);
    ck_assert_int_ge(t->type.small, t->type.min_latin);
}
END_TEST

static unsigned rgb(SDL_Color c)
{
    return (unsigned)c.r << 16 | (unsigned)c.g << 8 | c.b;
}

/* Every text colour of the palette on the backgrounds the widgets put it
 * on, at WCAG AA for text below 24 px (the screens are probed as well). */
START_TEST(palette_pairs_reach_aa)
{
    static const SDL_Color ROW = {0xEC, 0xE6, 0xD2, 0xFF}; /* scene_scores.c, scene_attract.c */
    const struct {
        const char *what;
        SDL_Color fg, bg;
    } pairs[] = {
        {"ink on a card", UI_INK, UI_IVORY},
        {"muted on a card", UI_MUTED, UI_IVORY},
        {"muted on a table row", UI_MUTED, ROW},
        {"muted on a faded answer", UI_MUTED, UI_DIM},
        {"light muted hint on green", UI_MUTED_LIGHT, UI_GREEN},
        {"light muted hint on dark green", UI_MUTED_LIGHT, UI_GREEN_DARK},
        {"gold on the score pill", UI_GOLD, UI_GREEN_DARK},
        {"gold title on green", UI_GOLD, UI_GREEN},
        {"ivory on green", UI_IVORY, UI_GREEN},
        {"ink on a gold button", UI_INK, UI_GOLD},
        {"white on a right answer", UI_WHITE, UI_RIGHT},
        {"ivory on a right answer", UI_IVORY, UI_RIGHT},
        {"white on a wrong answer", UI_WHITE, UI_WRONG},
        {"ivory on a wrong answer", UI_IVORY, UI_WRONG},
        {"right answer text on a card", UI_RIGHT, UI_IVORY},
        {"light green label on a card", UI_GREEN_LIGHT, UI_IVORY},
        {"ivory on the page pill", UI_IVORY, UI_GREEN_LIGHT},
    };
    for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++) {
        double r = contrast_ratio(rgb(pairs[i].fg), rgb(pairs[i].bg));
        ck_assert_msg(r >= contrast_needed(0), "%s: %.2f:1", pairs[i].what, r);
    }
}
END_TEST

static Suite *readable_suite(void)
{
    Suite *s = suite_create("readable");
    TCase *core = tcase_create("core");
    tcase_set_timeout(core, 60);
    int n = (int)(sizeof SCREENS / sizeof *SCREENS);
    tcase_add_loop_test(core, urdu_screens_are_big_enough_to_read, 0, n);
    tcase_add_loop_test(core, english_screens_are_big_enough_to_read, 0, n);
    tcase_add_loop_test(core, urdu_screens_at_1920x1080_stay_clear, 0, n);
    suite_add_tcase(s, core);
    tcase_add_test(core, theme_floors_are_readable);
    tcase_add_test(core, palette_pairs_reach_aa);
    TCase *limits = tcase_create("limits");
    tcase_set_timeout(limits, 60);
    tcase_add_test(limits, long_bank_texts_stay_readable);
    tcase_add_test(limits, long_bank_texts_stay_readable_in_the_bilingual_view);
    tcase_add_test(limits, short_answers_stay_readable);
    suite_add_tcase(s, limits);
    return s;
}

int main(void)
{
    return run_suite(readable_suite());
}
