/* input: turns SDL events into the few actions a scene understands, the same
 * for mouse, touch and keyboard. A tap counts once: SDL's mouse events
 * synthesized from touch are ignored, fingers are handled directly. */
#ifndef AMAN_INPUT_H
#define AMAN_INPUT_H

#include <SDL.h>
#include <stdbool.h>

typedef struct App App;

typedef enum {
    IN_NONE,
    IN_POINT,  /* a click or tap at (x, y) in output pixels */
    IN_CHOOSE, /* 1-6 or A-F: index 0-5; ch holds the digit typed, if any */
    IN_CHAR,   /* '.', '-' (numbers) */
    IN_ERASE,  /* Backspace */
    IN_UP,
    IN_DOWN,
    IN_PREV,      /* toward the start of the reading direction */
    IN_NEXT,      /* toward the end of the reading direction */
    IN_CONFIRM,   /* Enter, keypad Enter, Space */
    IN_BACK,      /* Esc */
    IN_BILINGUAL, /* V: toggles the bilingual view */
} InputKind;

typedef struct {
    InputKind kind;
    int x, y;
    int index;
    char ch;
} Input;

/* Maps one event; kind IN_NONE when it means nothing to a scene. Left and
 * right arrows are mapped to PREV/NEXT in reading order, so they also mirror
 * in Urdu. */
Input input_map(const App *app, const SDL_Event *ev);
/* True for a mouse button event that is a touch's twin, to be ignored: SDL's
 * synthesized one (which == SDL_TOUCH_MOUSEID), or the pointer click an X
 * server emulates from a touchscreen (which == 0) arriving within 500 ms of
 * a finger event and where that finger was (a real mouse click elsewhere
 * counts). Also true for buttons other than the left one. */
bool input_is_touch_twin(const App *app, const SDL_Event *ev);

#endif
