/* keypad: the on-screen digit pad of the sign-in and admin screens (no
 * keyboard needed; a keyboard works too), and the layout those two screens
 * share: text on the reading side, the pad on the other, Back below. */
#ifndef AMAN_KEYPAD_H
#define AMAN_KEYPAD_H

#include <SDL.h>
#include <stdbool.h>
#include <stddef.h>

#include "input.h"

typedef struct App App;

/* 7 8 9 / 4 5 6 / 1 2 3 / Erase 0 OK, the same order in both languages. */
enum { KEYPAD_KEYS = 12, KEYPAD_ERASE = 9, KEYPAD_OK = 11 };

typedef struct {
    SDL_Rect title, info, entry, message, back;
    SDL_Rect keys[KEYPAD_KEYS];
} KeypadScreen;

/* Lays out a keypad screen on the current output, mirrored for Urdu. */
void keypad_screen(const App *app, KeypadScreen *L);
/* The digit of key i, or 0 for Erase and OK. */
char keypad_char(int key);
void keypad_draw(App *app, const SDL_Rect keys[KEYPAD_KEYS]);
/* The entry box with text (or a muted placeholder when text is empty). */
void keypad_draw_entry(App *app, SDL_Rect box, const char *text, const char *placeholder);

typedef enum { KEYPAD_NONE, KEYPAD_CHANGED, KEYPAD_SUBMIT, KEYPAD_BACK } KeypadResult;
/* Applies one input (a tap on a key or Back, a digit, Backspace, Enter,
 * Esc) to buf, which holds at most maxlen digits. */
KeypadResult keypad_input(const App *app, const KeypadScreen *L, const Input *in, char *buf,
                          size_t maxlen);

#endif
