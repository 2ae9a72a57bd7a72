#include "shell.h"

#include <SDL_ttf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <time.h>

#include "app_sound.h"
#include "autoplay.h"
#include "fontsum.h"
#include "i18n.h"
#include "imglib.h"
#include "input.h"
#include "modeflow.h"
#include "textentry.h"
#include "ui.h"
#include "ui_lang.h"
#include "util.h"

#define DEFAULT_W 1280
#define DEFAULT_H 720
#define FRAME_MS 16

static bool open_window(App *app, bool headless, char *err, size_t errlen)
{
    const CliOptions *o = app->opt;
    int w = o->width ? o->width : DEFAULT_W, h = o->height ? o->height : DEFAULT_H;
    Uint32 flags = headless ? SDL_WINDOW_HIDDEN : SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    if (o->fullscreen && !headless)
        flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
    /* Fullscreen at the origin: without a window manager (a bare X kiosk)
     * SDL keeps the centred position of the windowed size. */
    int pos = o->fullscreen && !headless ? 0 : (int)SDL_WINDOWPOS_CENTERED;
    app->window = SDL_CreateWindow(_("Aman Quiz"), pos, pos, w, h, flags);
    if (!app->window) {
        snprintf(err, errlen, _("cannot open a window: %s"), SDL_GetError());
        return false;
    }
    app->renderer = SDL_CreateRenderer(app->window, -1, SDL_RENDERER_SOFTWARE);
    if (!app->renderer) {
        snprintf(err, errlen, _("cannot create a renderer: %s"), SDL_GetError());
        return false;
    }
    SDL_GetRendererOutputSize(app->renderer, &app->width, &app->height);
    return true;
}

static bool load_bank(App *app, char *err, size_t errlen)
{
    Diag diag = {0};
    app->bank = bank_new();
    if (app->opt->n_banks > 0) {
        for (int i = 0; i < app->opt->n_banks; i++)
            bank_load_path(app->bank, app->opt->banks[i], &diag);
    } else {
        char *dir = path_join(app->paths.data_dir, "questions");
        bank_load_path(app->bank, dir, &diag);
        free(dir);
    }
    diag_print(&diag, stderr, NULL);
    diag_clear(&diag);
    i18n_set_bank_urdu(bank_urdu, app->bank); /* a teacher's own Urdu before ur.po's */
    /* A kiosk has no keyboard: its pool leaves short answers out, saying so. */
    bool kiosk = app->opt->mode && strcmp(app->opt->mode, "kiosk") == 0;
    size_t typed = 0;
    app->pool = xcalloc(bank_count(app->bank) + 1, sizeof *app->pool);
    for (size_t i = 0; i < bank_count(app->bank); i++) {
        const Question *q = bank_question(app->bank, i);
        if (kiosk && q->kind == QKIND_SHORT)
            typed++;
        else
            app->pool[app->n_pool++] = q;
    }
    if (typed)
        fprintf(stderr,
                ngettext("amanquiz: note: %zu short-answer question left out: a kiosk has no "
                         "keyboard\n",
                         "amanquiz: note: %zu short-answer questions left out: a kiosk has no "
                         "keyboard\n",
                         typed),
                typed);
    if (app->n_pool == 0) {
        snprintf(err, errlen, "%s", _("no playable question was found in the question bank"));
        return false;
    }
    return true;
}

/* Results go to --data-dir, or to the user's data folder when playing for
 * real; screenshots and autoplay without --data-dir store nothing. */
static void open_results(App *app)
{
    const char *dir = app->opt->data_dir;
    if (!dir && (app->headless || app->opt->autoplay >= 0))
        return;
    Diag diag = {0};
    char *d = results_data_dir(dir, &diag);
    if (d) {
        char *path = results_default_path(d);
        app->results = results_open(path, &diag);
        free(path);
        free(d);
    }
    diag_print(&diag, stderr, NULL);
    diag_clear(&diag);
}

/* Settings come from --config, else (when playing for real) the user's
 * settings.conf; command-line options override them. */
static void load_settings(App *app)
{
    Diag diag = {0};
    app->settings = settings_new();
    if (app->opt->config) {
        settings_load_file(app->settings, app->opt->config, &diag);
    } else if (!app->headless && app->opt->autoplay < 0) {
        char *dir = settings_config_dir(&diag);
        if (dir) {
            char *path = path_join(dir, "settings.conf");
            settings_load_file(app->settings, path, &diag);
            free(path);
            free(dir);
        }
    }
    diag_print(&diag, stderr, NULL);
    diag_clear(&diag);
}

static bool init_game(App *app, char *err, size_t errlen)
{
    const CliOptions *o = app->opt;
    load_settings(app);
    const char *lang = settings_get_str(app->settings, "language");
    if (!o->lang && strcmp(lang, "auto") != 0)
        lang_init(lang);
    lang_set_urdu_digits(settings_get_bool(app->settings, "urdu_digits"));
    app->bilingual = settings_get_bool(app->settings, "bilingual");
    app->mode = o->mode ? o->mode : "play";
    if (!load_bank(app, err, errlen))
        return false;
    app->virtual_clock = app->headless;
    open_results(app);
    return true;
}

/* Says which font file is missing; without Nastaliq the game stays English. */
static void use_fonts_found(App *app)
{
    const char *missing = text_engine_warning(app->text);
    if (missing)
        fprintf(stderr, "amanquiz: %s\n", missing);
    if (!text_engine_has_urdu(app->text)) {
        if (lang_is_urdu())
            lang_set_urdu(false);
        fprintf(stderr, "%s\n",
                _("amanquiz: the Urdu font is missing, so the game stays in English"));
    }
}

bool app_init(App *app, const CliOptions *opt, const char *exe_dir, bool headless, char *err,
              size_t errlen)
{
    *app = (App){
        .opt = opt, .running = true, .dirty = true, .headless = headless, .theme = theme_default()};
    if (!paths_find(&app->paths, exe_dir, err, errlen))
        return false;
    if (headless) {
        SDL_SetHint(SDL_HINT_VIDEODRIVER, "offscreen");
        SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software");
    }
    /* Without a GPU, OpenGL through llvmpipe costs ~100 MB; the software
     * renderer draws our cards as fast (docs/platform-notes.md). */
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    SDL_SetHint(SDL_HINT_TOUCH_MOUSE_EVENTS, "0");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
        snprintf(err, errlen, _("cannot start the display: %s"), SDL_GetError());
        return false;
    }
    if (!open_window(app, headless, err, errlen))
        return false;
    app->discs = discs_new(app->renderer);
    char *fonts = path_join(app->paths.data_dir, "assets/fonts");
    Diag damaged = {0}; /* the fonts against the sums recorded at build time */
    fontsum_check(fonts, &damaged);
    diag_print(&damaged, stderr, NULL);
    diag_clear(&damaged);
    app->text = text_engine_new(app->renderer, fonts, err, errlen);
    free(fonts);
    if (!app->text || !init_game(app, err, errlen) || !flow_init(app, err, errlen))
        return false;
    use_fonts_found(app);
    app_sound_init(app);
    app->on_notice = app_sound_notice;
    app->scenes = registry_scenes();
    app->n_scenes = SCENE_COUNT;
    app_go(app, flow_first_scene(app));
    watchdog_init(&app->watchdog, NULL);
    watchdog_notify(&app->watchdog, "READY=1");
    return true;
}

void app_quit(App *app)
{
    if (app->scene && app->scene->leave)
        app->scene->leave(app);
    app->scene = NULL;
    watchdog_notify(&app->watchdog, "STOPPING=1");
    app_sound_quit(app);
    /* Window closed or SIGTERM mid-round: the session keeps what was played. */
    if (app->session)
        session_free(app->session, app_now(app));
    app->session = NULL;
    flow_free(app);
    autoplay_free(app->autoplay);
    free(app->pool);
    i18n_set_bank_urdu(NULL, NULL);
    bank_free(app->bank);
    if (app->results) { /* unsaved answers: say how many and where they are kept */
        Diag diag = {0};
        results_save_pending(app->results, &diag);
        diag_print(&diag, stderr, NULL);
        diag_clear(&diag);
    }
    results_close(app->results);
    settings_free(app->settings);
    text_engine_free(app->text);
    discs_free(app->discs);
    lang_free();
    if (app->renderer)
        SDL_DestroyRenderer(app->renderer);
    if (app->window)
        SDL_DestroyWindow(app->window);
    if (TTF_WasInit())
        TTF_Quit();
    SDL_Quit();
    paths_free(&app->paths);
}

/* The text cache holds one screen's area of text (coverage byte + ARGB
 * pixel per pixel): text covers well under half of a screen, so that is the
 * screen shown and most of the one before. Sized to the window, never
 * below 4 MiB; memory, not speed, is what a kiosk runs out of. */
static void size_text_cache(App *app)
{
    if (app->width == app->cache_w && app->height == app->cache_h)
        return;
    app->cache_w = app->width;
    app->cache_h = app->height;
    size_t bytes = 5u * (size_t)app->width * (size_t)app->height;
    text_engine_set_cache_budget(app->text, bytes > (4u << 20) ? bytes : (4u << 20));
}

void app_draw(App *app)
{
    SDL_GetRendererOutputSize(app->renderer, &app->width, &app->height);
    size_text_cache(app);
    app->scene->draw(app);
    ui_lang_button(app);
    flow_draw_overlay(app);
}

static void draw_frame(App *app)
{
    app_draw(app);
    SDL_RenderPresent(app->renderer);
    app->frames_presented++;
    app->dirty = false;
    /* bench/run.sh times start-up to this line, as it does for bench/floor. */
    static bool marked;
    if (!marked && getenv("AMAN_BENCH_MARK")) {
        marked = true;
        fputs("first-frame\n", stdout);
        fflush(stdout);
    }
    if (app->frames_presented == 1)
        app_sound_open(app); /* on its own thread, now that something is on screen */
}

static void toggle_fullscreen(App *app)
{
    Uint32 fs = SDL_GetWindowFlags(app->window) & SDL_WINDOW_FULLSCREEN_DESKTOP;
    SDL_SetWindowFullscreen(app->window, fs ? 0 : SDL_WINDOW_FULLSCREEN_DESKTOP);
}

/* Keys and the language button that work the same on every screen. */
static bool handle_global(App *app, const SDL_Event *ev)
{
    if (ev->type == SDL_QUIT) {
        app->running = false;
        return true;
    }
    if (ev->type == SDL_WINDOWEVENT) {
        if (ev->window.event == SDL_WINDOWEVENT_SIZE_CHANGED ||
            ev->window.event == SDL_WINDOWEVENT_EXPOSED) {
            SDL_GetRendererOutputSize(app->renderer, &app->width, &app->height);
            app->dirty = true;
        }
        return true;
    }
    if (app_sound_key(app, ev))
        return true;
    if (ev->type == SDL_KEYDOWN && !ev->key.repeat) {
        switch (ev->key.keysym.sym) {
        case SDLK_F11:
            toggle_fullscreen(app);
            return true;
        case SDLK_l:
            app_toggle_language(app);
            return true;
        default:
            break;
        }
    }
    Input in = input_map(app, ev);
    if (in.kind == IN_POINT && ui_hit(ui_lang_button_rect(app), in.x, in.y)) {
        app_toggle_language(app);
        return true;
    }
    if (in.kind == IN_BILINGUAL) {
        app->bilingual = !app->bilingual;
        app->dirty = true;
        return true;
    }
    return false;
}

void app_handle_event(App *app, const SDL_Event *ev)
{
    if (ev->type == SDL_FINGERDOWN || ev->type == SDL_FINGERUP) {
        app->last_finger_ts = ev->tfinger.timestamp;
        app->last_finger_x = (int)(ev->tfinger.x * app->width);
        app->last_finger_y = (int)(ev->tfinger.y * app->height);
    }
    if (app->typing && textentry_owns(ev)) { /* letters type: no shortcuts */
        if (app->scene->event && app->scene->event(app, ev))
            app->dirty = true;
        return;
    }
    if (flow_event(app, ev)) {
        app->dirty = true;
        return;
    }
    if (!handle_global(app, ev) && app->scene->event && app->scene->event(app, ev))
        app->dirty = true;
}

/* Sleeps until an event, a scene's wake-up time or the watchdog's next ping,
 * whichever comes first; true when an event came. */
static bool wait_event(App *app, SDL_Event *ev)
{
    int timeout = watchdog_timeout_ms(&app->watchdog, SDL_GetTicks64());
    int64_t wakes[2] = {app->wake_at_ms, app->scene_wake_ms};
    for (int i = 0; i < 2; i++) {
        if (!wakes[i])
            continue;
        int64_t left = wakes[i] - app_now(app);
        int t = left < 0 ? 0 : left > 60000 ? 60000 : (int)left;
        timeout = timeout < 0 || t < timeout ? t : timeout;
    }
    return timeout < 0 ? SDL_WaitEvent(ev) != 0 : SDL_WaitEventTimeout(ev, timeout) != 0;
}

bool app_step(App *app, bool may_wait)
{
    if (app->autoplay && SDL_PeepEvents(NULL, 0, SDL_PEEKEVENT, SDL_FIRSTEVENT, SDL_LASTEVENT) == 0)
        autoplay_step(app->autoplay, app);
    SDL_Event ev;
    /* When nothing moves, sleep in the event queue: no CPU while idle. */
    bool got = may_wait ? wait_event(app, &ev) : SDL_PollEvent(&ev);
    while (got && app->running) {
        app_handle_event(app, &ev);
        got = SDL_PollEvent(&ev);
    }
    if (app->virtual_clock)
        app->now_ms += app->clock_step_ms ? app->clock_step_ms : FRAME_MS;
    watchdog_tick(&app->watchdog, SDL_GetTicks64());
    if (app->scene_wake_ms && app_now(app) >= app->scene_wake_ms) {
        app->scene_wake_ms = 0;
        app->dirty = true;
    }
    app_sound_poll(app); /* the sound opened: take it, never wait for it */
    Uint32 frame_start = SDL_GetTicks();
    bool moving = flow_update(app);
    bool animating = (app->scene->update && app->scene->update(app, frame_start)) || moving;
    if (app->dirty || animating)
        draw_frame(app);
    if (animating && !app->virtual_clock) { /* no vsync in software: cap at ~60 fps */
        Uint32 spent = SDL_GetTicks() - frame_start;
        if (spent < FRAME_MS)
            SDL_Delay(FRAME_MS - spent);
    }
    return animating;
}

int app_run(App *app)
{
    bool animating = false;
    while (app->running)
        animating = app_step(app, !animating && !app->autoplay);
    return app->exit_status;
}

bool app_screenshot(App *app, const char *png_path, char *err, size_t errlen)
{
    /* Let every animation settle before the frame is taken; the question
     * clock is stopped first so a timer bar still shows its full time. */
    session_pause(app->session, app->now_ms);
    app->now_ms += 60000;
    if (app->scene->update)
        app->scene->update(app, (Uint32)app->now_ms);
    app_draw(app);
    SDL_Surface *s =
        SDL_CreateRGBSurfaceWithFormat(0, app->width, app->height, 32, SDL_PIXELFORMAT_ARGB8888);
    bool ok = s && SDL_RenderReadPixels(app->renderer, NULL, SDL_PIXELFORMAT_ARGB8888, s->pixels,
                                        s->pitch) == 0;
    if (!ok) {
        snprintf(err, errlen, _("cannot read the frame back: %s"), SDL_GetError());
        SDL_FreeSurface(s);
        return false;
    }
    /* Encoded in memory (at most the raw pixels plus zlib's and PNG's
     * overhead), then written whole or not at all. */
    size_t cap = (size_t)s->pitch * (size_t)s->h * 2 + 65536;
    char *png = xmalloc(cap);
    SDL_RWops *rw = SDL_RWFromMem(png, (int)cap);
    char why[512]; /* SDL2_image, loaded now (imglib.h) */
    if (!rw || !imglib_save_png(s, rw, why, sizeof why)) {
        snprintf(err, errlen, _("cannot write '%s': %s"), png_path, rw ? why : SDL_GetError());
        ok = false;
    } else {
        ok = write_file_replace(png_path, png, (size_t)SDL_RWtell(rw), err, errlen);
    }
    if (rw)
        SDL_RWclose(rw);
    free(png);
    SDL_FreeSurface(s);
    return ok;
}
