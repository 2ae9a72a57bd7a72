#include "app.h"

#include <stdio.h>
#include <stdlib.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "i18n.h"
#include "ui_lang.h"

void app_free_scene_data(App *app)
{
    free(app->scene_data);
    app->scene_data = NULL;
}

static void notice(App *app, AppNotice what)
{
    if (app->on_notice)
        app->on_notice(app, what);
}

static void set_scene(App *app, int id)
{
    if (id < 0 || id >= app->n_scenes)
        id = 0;
    if (app->scene && app->scene->leave)
        app->scene->leave(app);
    app->scene = app->scenes[id];
    app->scene_id = id;
    app->scene_wake_ms = 0;
    if (app->scene->enter)
        app->scene->enter(app);
    notice(app, APP_NOTICE_SCENE);
    app->dirty = true;
#ifdef __GLIBC__
    /* The scene before freed its textures: give the pages back, so a kiosk's
     * RSS stays at what the current screen holds. */
    malloc_trim(0);
#endif
}

void app_go(App *app, int id)
{
    app->n_under = 0; /* a plain switch leaves any overlay behind */
    set_scene(app, id);
}

void app_push(App *app, int id)
{
    bool over = app->scene && app->scene->overlay;
    if (!over && app->scene && app->n_under < APP_OVERLAY_DEPTH)
        app->under[app->n_under++] = app->scene_id;
    set_scene(app, id);
}

void app_pop(App *app)
{
    set_scene(app, app->n_under > 0 ? app->under[--app->n_under] : 0);
}

int64_t app_now(const App *app)
{
    return app->virtual_clock ? app->now_ms : (int64_t)SDL_GetTicks64();
}

const Quiz *app_quiz(const App *app)
{
    return app->game ? game_quiz(app->game) : NULL;
}

QuizConfig *app_quiz_config(App *app)
{
    return session_quiz_config(app->game->session);
}

bool app_new_round(App *app)
{
    if (session_start(app->game->session, app_now(app)) != SESSION_OK)
        return false;
    notice(app, APP_NOTICE_ROUND);
    return true;
}

void app_say_warning(App *app)
{
    const char *why = session_take_warning(app->game->session);
    if (why)
        fprintf(stderr,
                _("amanquiz: an answer could not be saved yet: %s; it is kept and saved as soon "
                  "as the database takes it\n"),
                why);
}

void app_toggle_language(App *app)
{
    if (!lang_is_urdu() && !text_engine_has_urdu(app->text))
        return; /* no Nastaliq font: Urdu would be boxes (said at start-up) */
    lang_toggle();
    notice(app, APP_NOTICE_LANGUAGE);
    session_set_lang(app->game->session, app->game->player,
                     lang_code()); /* stored with the next answers */
    SDL_SetWindowTitle(app->window, _("Aman Quiz"));
    app->dirty = true;
}
