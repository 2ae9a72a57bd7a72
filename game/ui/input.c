#include "input.h"

#include "app.h"
#include "ui_lang.h"

static Input point(const App *app, float x, float y, bool normalized)
{
    Input in = {.kind = IN_POINT};
    if (normalized) {
        in.x = (int)(x * app->width);
        in.y = (int)(y * app->height);
        return in;
    }
    /* Window coordinates to output pixels (they differ on high-dpi). */
    int ww = app->width, wh = app->height;
    if (app->window)
        SDL_GetWindowSize(app->window, &ww, &wh);
    in.x = ww > 0 ? (int)(x * app->width / ww) : (int)x;
    in.y = wh > 0 ? (int)(y * app->height / wh) : (int)y;
    return in;
}

static Input key(const App *app, SDL_Keycode k)
{
    Input in = {.kind = IN_NONE};
    if (k >= SDLK_1 && k <= SDLK_6)
        return (Input){.kind = IN_CHOOSE, .index = (int)(k - SDLK_1), .ch = (char)k};
    if (k >= SDLK_KP_1 && k <= SDLK_KP_6)
        return (Input){
            .kind = IN_CHOOSE, .index = (int)(k - SDLK_KP_1), .ch = (char)('1' + (k - SDLK_KP_1))};
    if (k >= SDLK_a && k <= SDLK_f)
        return (Input){.kind = IN_CHOOSE, .index = (int)(k - SDLK_a)};
    if ((k >= SDLK_7 && k <= SDLK_9) || k == SDLK_0)
        return (Input){.kind = IN_CHAR, .ch = (char)k};
    bool rtl = lang_is_rtl();
    switch (k) {
    case SDLK_KP_7:
    case SDLK_KP_8:
    case SDLK_KP_9:
        return (Input){.kind = IN_CHAR, .ch = (char)('7' + (k - SDLK_KP_7))};
    case SDLK_KP_0:
        return (Input){.kind = IN_CHAR, .ch = '0'};
    case SDLK_PERIOD:
    case SDLK_KP_PERIOD:
    case SDLK_COMMA:
        return (Input){.kind = IN_CHAR, .ch = '.'};
    case SDLK_MINUS:
    case SDLK_KP_MINUS:
        return (Input){.kind = IN_CHAR, .ch = '-'};
    case SDLK_BACKSPACE:
    case SDLK_DELETE:
        return (Input){.kind = IN_ERASE};
    case SDLK_UP:
        return (Input){.kind = IN_UP};
    case SDLK_DOWN:
        return (Input){.kind = IN_DOWN};
    case SDLK_LEFT:
        return (Input){.kind = rtl ? IN_NEXT : IN_PREV};
    case SDLK_RIGHT:
        return (Input){.kind = rtl ? IN_PREV : IN_NEXT};
    case SDLK_TAB:
        return (Input){.kind = IN_NEXT};
    case SDLK_RETURN:
    case SDLK_KP_ENTER:
    case SDLK_SPACE:
        return (Input){.kind = IN_CONFIRM};
    case SDLK_ESCAPE:
    case SDLK_AC_BACK:
        return (Input){.kind = IN_BACK};
    case SDLK_v:
        return (Input){.kind = IN_BILINGUAL};
    default:
        (void)app;
        return in;
    }
}

/* An X server's emulated click comes within a few ms of its touch, where
 * the finger was; a real mouse click elsewhere, however soon, is its own. */
#define TOUCH_TWIN_MS 500

bool input_is_touch_twin(const App *app, const SDL_Event *ev)
{
    if (ev->button.which == SDL_TOUCH_MOUSEID || ev->button.button != SDL_BUTTON_LEFT)
        return true;
    if (!app->last_finger_ts || ev->button.timestamp - app->last_finger_ts >= TOUCH_TWIN_MS)
        return false;
    Input at = point(app, (float)ev->button.x, (float)ev->button.y, false);
    int near = app->width / 64 > 8 ? app->width / 64 : 8;
    return abs(at.x - app->last_finger_x) <= near && abs(at.y - app->last_finger_y) <= near;
}

Input input_map(const App *app, const SDL_Event *ev)
{
    switch (ev->type) {
    case SDL_MOUSEBUTTONDOWN:
        /* A tap also arrives as a mouse event, synthesized by SDL or emulated
         * by the X server: count it once. */
        if (input_is_touch_twin(app, ev))
            break;
        return point(app, (float)ev->button.x, (float)ev->button.y, false);
    case SDL_FINGERDOWN:
        return point(app, ev->tfinger.x, ev->tfinger.y, true);
    case SDL_KEYDOWN: {
        Input in = key(app, ev->key.keysym.sym);
        /* A held key repeats only where repeating makes sense. */
        bool moves = in.kind == IN_ERASE || (in.kind >= IN_UP && in.kind <= IN_NEXT);
        if (ev->key.repeat && !moves)
            in.kind = IN_NONE;
        return in;
    }
    default:
        break;
    }
    return (Input){.kind = IN_NONE};
}
