/* textentry: a one-line text field for typed answers (short answers), in
 * any script: SDL's text input gives whole UTF-8 characters (an Urdu
 * keyboard layout included); Backspace removes the last character, Enter
 * submits. While a field has the keyboard (App.typing), the keys it types
 * with are its own: the game's letter shortcuts (L, V, a teacher's P S R)
 * do not fire; Esc still pauses. */
#ifndef AMAN_TEXTENTRY_H
#define AMAN_TEXTENTRY_H

#include <SDL.h>
#include <stdbool.h>

#include "question.h"

typedef struct App App;

#define TEXTENTRY_MAX 128 /* bytes, terminator included */

typedef struct {
    char text[TEXTENTRY_MAX];
} TextEntry;

typedef enum {
    TEXTENTRY_NONE,     /* not an event of the field */
    TEXTENTRY_CONSUMED, /* the field's key, nothing changed */
    TEXTENTRY_EDITED,   /* the text changed */
    TEXTENTRY_SUBMIT,   /* Enter with some text */
} TextEntryResult;

/* Applies one event. Text that would not fit is refused whole. */
TextEntryResult textentry_event(TextEntry *te, const SDL_Event *ev);

/* True when ev is a key or text event a field types with (printable keys,
 * Backspace, Enter, text input), which shortcuts must leave alone. */
bool textentry_owns(const SDL_Event *ev);

/* True when the text is empty or blanks only. */
bool textentry_blank(const TextEntry *te);

/* Gives the keyboard to a field (on) or takes it back: SDL text input and
 * App.typing. */
void textentry_focus(App *app, bool on);

/* Draws the field in box: the text in its own direction (first strong
 * character) with a caret, or a muted placeholder when empty. */
void textentry_draw(App *app, const TextEntry *te, SDL_Rect box, const char *placeholder);

/* The accepted short answer shown as "the answer", in the screen's
 * language (the file's Urdu or the catalog's), or NULL. */
const char *textentry_answer_text(const Question *q);

#endif
