#include "shell.h"

#include <SDL_ttf.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <time.h>

#include "app_sound.h"
#include "asks.h"
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

/* SIGTERM without SDL's handlers (the kiosk turns them off, as its window's
 * close is swallowed): left alone it ends the process at once, before the
 * results' thread has written the answers it holds. So it is blocked in
 * every thread (they inherit the mask; none is made before this), and one
 * thread waits for it and asks the loop to quit, which goes through
 * game_close as a closed window does. */
static atomic_bool term_asked;
static Uint32 term_type;

static void *wait_term(void *arg)
{
    sigset_t *set = arg;
    int sig;
    if (sigwait(set, &sig) == 0) {
        atomic_store(&term_asked, true);
        SDL_Event ev = {.type = term_type};
        SDL_PushEvent(&ev); /* wakes the loop; thread-safe */
    }
    return NULL;
}

static void catch_term(bool headless)
{
    static sigset_t set;
    if (headless || !SDL_GetHintBoolean(SDL_HINT_NO_SIGNAL_HANDLERS, SDL_FALSE) || term_type)
        return;
    term_type = SDL_RegisterEvents(1);
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    pthread_t t;
    if (term_type == (Uint32)-1 || pthread_sigmask(SIG_BLOCK, &set, NULL) != 0)
        return;
    if (pthread_create(&t, NULL, wait_term, &set) != 0)
        pthread_sigmask(SIG_UNBLOCK, &set, NULL);
    else
        pthread_detach(t);
}

/* The game: settings first (they may choose the language), then the
 * mode, the bank, the results and the session. */
static bool init_game(App *app, char *err, size_t errlen)
{
    const CliOptions *o = app->opt;
    app->game = xcalloc(1, sizeof *app->game);
    GameSetup setup = {
        .opt = o, .data_dir = app->paths.data_dir, .for_real = !app->headless && o->autoplay < 0};
    game_load_settings(app->game, &setup);
    Settings *settings = app->game->settings;
    const char *lang = settings_get_str(settings, "language");
    if (!o->lang && strcmp(lang, "auto") != 0)
        lang_init(lang);
    lang_set_urdu_digits(settings_get_bool(settings, "urdu_digits"));
    app->bilingual = settings_get_bool(settings, "bilingual");
    app->virtual_clock = app->headless;
    setup.lang = lang_code();
    return game_open(app->game, &setup, app_now(app), err, errlen);
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

/* The fonts in dir (freed here) against the sums recorded at build time:
 * a damaged one is named on stderr. About 8 ms for the shipped 2.2 MB, so
 * a game on screen does it on a thread after its first frame. */
static int check_fonts(void *dir)
{
    Diag damaged = {0};
    fontsum_check(dir, &damaged);
    diag_print(&damaged, stderr, NULL);
    diag_clear(&damaged);
    free(dir);
    return 0;
}

static void check_fonts_later(App *app)
{
    char *dir = path_join(app->paths.data_dir, "assets/fonts");
    app->font_check = SDL_CreateThread(check_fonts, "fontsum", dir);
    if (!app->font_check) /* no thread: now, rather than never */
        check_fonts(dir);
}

bool app_init(App *app, const CliOptions *opt, const char *exe_dir, bool headless, char *err,
              size_t errlen)
{
    *app = (App){
        .opt = opt, .running = true, .dirty = true, .headless = headless, .theme = theme_default()};
    if (!paths_find(&app->paths, exe_dir, err, errlen))
        return false;
    catch_term(headless); /* before SDL_Init makes any thread */
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
    if (headless) /* a screenshot names a damaged font before its frame */
        check_fonts(xstrdup(fonts));
    app->text = text_engine_new(app->renderer, fonts, err, errlen);
    free(fonts);
    if (!app->text || !init_game(app, err, errlen))
        return false;
    asks_start(app); /* the results' own thread: the loop never waits on the disk */
    flow_init(app);
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
    if (app->font_check)
        SDL_WaitThread(app->font_check, NULL);
    app->font_check = NULL;
    app_sound_quit(app);
    if (app->game)
        game_close(app->game, app_now(app));
    free(app->game);
    app->game = NULL;
    flow_free(app);
    autoplay_free(app->autoplay);
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
    if (app->frames_presented == 1) { /* on their own threads, now that something is on screen */
        app_sound_open(app);
        if (!app->headless)
            check_fonts_later(app);
    }
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
    if (asks_event(app, ev))
        return;
    if (term_type && ev->type == term_type) {
        app->running = false;
        return;
    }
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
    asks_poll(app);               /* answers of the results' thread, should a wake-up be lost */
    if (atomic_load(&term_asked)) /* SIGTERM before SDL could take its event */
        app->running = false;
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
    session_pause(app->game->session, app->now_ms);
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
