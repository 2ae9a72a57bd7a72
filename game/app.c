#include "app.h"

#include <SDL_image.h>
#include <SDL_ttf.h>
#include <stdio.h>
#include <stdlib.h>

#include "i18n.h"

#define DEFAULT_W 1280
#define DEFAULT_H 720

static bool open_window(App *app, bool headless, char *err, size_t errlen)
{
    const CliOptions *o = app->opt;
    int w = o->width ? o->width : DEFAULT_W, h = o->height ? o->height : DEFAULT_H;
    Uint32 flags = headless ? SDL_WINDOW_HIDDEN : SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    if (o->fullscreen && !headless)
        flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
    app->window = SDL_CreateWindow(_("Aman Quiz"), SDL_WINDOWPOS_CENTERED,
                                   SDL_WINDOWPOS_CENTERED, w, h, flags);
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

bool app_init(App *app, const CliOptions *opt, const char *exe_dir, bool headless, char *err,
              size_t errlen)
{
    *app = (App){.opt = opt, .running = true, .dirty = true};
    if (!paths_find(&app->paths, exe_dir, err, errlen))
        return false;
    if (headless) {
        SDL_SetHint(SDL_HINT_VIDEODRIVER, "offscreen");
        SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software");
    }
    /* Without a GPU, OpenGL through llvmpipe costs ~100 MB; the software
     * renderer draws our cards as fast (PITFALLS.md). */
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    SDL_SetHint(SDL_HINT_TOUCH_MOUSE_EVENTS, "0");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
        snprintf(err, errlen, _("cannot start the display: %s"), SDL_GetError());
        return false;
    }
    if (!open_window(app, headless, err, errlen))
        return false;
    char *fonts = path_join(app->paths.data_dir, "assets/fonts");
    app->text = text_engine_new(app->renderer, fonts, err, errlen);
    free(fonts);
    if (!app->text)
        return false;
    app_set_scene(app, &scene_title);
    return true;
}

void app_quit(App *app)
{
    if (app->scene && app->scene->leave)
        app->scene->leave(app);
    text_engine_free(app->text);
    if (app->renderer)
        SDL_DestroyRenderer(app->renderer);
    if (app->window)
        SDL_DestroyWindow(app->window);
    if (TTF_WasInit())
        TTF_Quit();
    SDL_Quit();
    paths_free(&app->paths);
}

void app_set_scene(App *app, const Scene *scene)
{
    if (app->scene && app->scene->leave)
        app->scene->leave(app);
    app->scene = scene;
    if (scene->enter)
        scene->enter(app);
    app->dirty = true;
}

static void draw_frame(App *app)
{
    SDL_GetRendererOutputSize(app->renderer, &app->width, &app->height);
    app->scene->draw(app);
    SDL_RenderPresent(app->renderer);
    app->dirty = false;
}

static bool handle_global(App *app, const SDL_Event *ev)
{
    if (ev->type == SDL_QUIT) {
        app->running = false;
        return true;
    }
    if (ev->type == SDL_WINDOWEVENT && (ev->window.event == SDL_WINDOWEVENT_SIZE_CHANGED ||
                                        ev->window.event == SDL_WINDOWEVENT_EXPOSED)) {
        app->dirty = true;
        return true;
    }
    if (ev->type == SDL_KEYDOWN && ev->key.keysym.sym == SDLK_F11) {
        Uint32 fs = SDL_GetWindowFlags(app->window) & SDL_WINDOW_FULLSCREEN_DESKTOP;
        SDL_SetWindowFullscreen(app->window, fs ? 0 : SDL_WINDOW_FULLSCREEN_DESKTOP);
        return true;
    }
    return false;
}

int app_run(App *app)
{
    bool animating = false;
    while (app->running) {
        SDL_Event ev;
        /* When nothing moves, sleep in the event queue: no CPU while idle. */
        bool got = animating ? SDL_PollEvent(&ev) : SDL_WaitEvent(&ev);
        while (got) {
            if (!handle_global(app, &ev) && app->scene->event && app->scene->event(app, &ev))
                app->dirty = true;
            got = SDL_PollEvent(&ev);
        }
        Uint32 frame_start = SDL_GetTicks();
        animating = app->scene->update && app->scene->update(app, frame_start);
        if (app->dirty || animating)
            draw_frame(app);
        if (animating) { /* the software renderer has no vsync: cap at ~60 fps */
            Uint32 spent = SDL_GetTicks() - frame_start;
            if (spent < 16)
                SDL_Delay(16 - spent);
        }
    }
    return 0;
}

bool app_screenshot(App *app, const char *png_path, char *err, size_t errlen)
{
    if (app->scene->update)
        app->scene->update(app, SDL_GetTicks() + 60000); /* animations settled */
    SDL_GetRendererOutputSize(app->renderer, &app->width, &app->height);
    app->scene->draw(app);
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, app->width, app->height, 32,
                                                    SDL_PIXELFORMAT_ARGB8888);
    bool ok = s && SDL_RenderReadPixels(app->renderer, NULL, SDL_PIXELFORMAT_ARGB8888,
                                        s->pixels, s->pitch) == 0;
    if (ok && IMG_SavePNG(s, png_path) != 0) {
        snprintf(err, errlen, _("cannot write '%s': %s"), png_path, IMG_GetError());
        ok = false;
    } else if (!ok) {
        snprintf(err, errlen, _("cannot read the frame back: %s"), SDL_GetError());
    }
    SDL_FreeSurface(s);
    return ok;
}
