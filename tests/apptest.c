#include "apptest.h"

#include <check.h>

#include "shell.h"

void apptest_settle(App *app)
{
    for (int i = 0; i < 400; i++)
        if (!app_step(app, false) &&
            SDL_PeepEvents(NULL, 0, SDL_PEEKEVENT, SDL_FIRSTEVENT, SDL_LASTEVENT) == 0)
            return;
    ck_abort_msg("the scene never settled");
}

void apptest_push_key(SDL_Keycode k)
{
    SDL_Event e = {.type = SDL_KEYDOWN};
    e.key.keysym.sym = k;
    SDL_PushEvent(&e);
}

static void push_finger(const App *app, Uint32 type, int x, int y)
{
    SDL_Event f = {.type = type};
    f.tfinger.x = (x + 0.5f) / app->width;
    f.tfinger.y = (y + 0.5f) / app->height;
    SDL_PushEvent(&f);
}

void apptest_push_tap(const App *app, int x, int y)
{
    push_finger(app, SDL_FINGERDOWN, x, y);
    push_finger(app, SDL_FINGERUP, x, y);
}

void apptest_push_click(const App *app, int x, int y, bool finger)
{
    SDL_Event e = {.type = SDL_MOUSEBUTTONDOWN};
    e.button.button = SDL_BUTTON_LEFT;
    e.button.x = x;
    e.button.y = y;
    if (finger) {
        push_finger(app, SDL_FINGERDOWN, x, y);
        e.button.which = SDL_TOUCH_MOUSEID;
    }
    SDL_PushEvent(&e);
}
