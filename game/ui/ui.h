/* ui: the widgets every scene draws with, and the layout helpers.
 * Sizes are given in "design pixels" of a 1024x600 kiosk panel and scaled
 * with ui_px to the real output (1.8x at 1920x1080, 3.6x at 4K). Scenes lay
 * out left to right and pass each rectangle through ui_mirror, which flips
 * it when the language reads right to left. */
#ifndef AMAN_UI_H
#define AMAN_UI_H

#include <SDL.h>
#include <stdbool.h>

#include "text.h"

typedef struct App App;

/* The palette of the title card: deep green, ivory, gold. */
extern const SDL_Color UI_GREEN, UI_GREEN_DARK, UI_GREEN_LIGHT, UI_IVORY, UI_GOLD, UI_INK, UI_MUTED,
    UI_MUTED_LIGHT, UI_DIM, UI_RIGHT, UI_WRONG, UI_WHITE;

typedef enum {
    UI_BTN_NORMAL,
    UI_BTN_FOCUS,   /* keyboard focus: gold outline */
    UI_BTN_PRESSED, /* the answer just chosen, flashing */
    UI_BTN_RIGHT,   /* marked as the correct answer */
    UI_BTN_WRONG,   /* the player's wrong choice */
    UI_BTN_DIM,     /* neither: faded after answering */
} UiBtnState;

/* Scales a design size (1024x600 units) to output pixels; never below 1. */
int ui_px(const App *app, int design);
/* Mirrors r across the vertical centre line when the language is RTL. */
SDL_Rect ui_mirror(const App *app, SDL_Rect r);
bool ui_hit(SDL_Rect r, int x, int y);
/* The content area: the screen minus margins, at most ~1.9x as wide as high. */
SDL_Rect ui_content(const App *app);
/* A screen's title row: the top of the content, clear of the language
 * button (not mirrored). */
SDL_Rect ui_title_rect(const App *app);
/* Draws a screen's title in its row, at the reading end; returns the row
 * (mirrored). */
SDL_Rect ui_screen_title(App *app, const char *text);

/* A filled rectangle with round corners (anti-aliased when the radius is at
 * most DISCS_MAX_RADIUS). */
void ui_fill_round(App *app, SDL_Rect rect, int radius, SDL_Color c);
/* The shadow of the rounded rect `rect` dropped `drop` pixels down: only the
 * part that shows below the shape, which must be drawn over it next. */
void ui_fill_round_shadow(App *app, SDL_Rect rect, int radius, int drop, SDL_Color c);
/* A rounded outline of thickness t drawn inside rect. */
void ui_outline_round(App *app, SDL_Rect rect, int radius, int t, SDL_Color c);
/* The smallest size in pixels s may be drawn at: the theme's floor for
 * Nastaliq when s has Urdu letters, else for Latin (type.min_urdu,
 * type.min_latin). */
int ui_text_floor(const App *app, const char *s);
/* A pill in a team's colour, for an ivory label: filled with the colour
 * when ivory on it reads at WCAG AA, else dark with a ring of the colour. */
void ui_team_pill(App *app, SDL_Rect r, SDL_Color colour);
/* Team i's colour (game_team_name gives its name). */
SDL_Color ui_team_colour(const App *app, int i);
void ui_background(App *app);
/* The same background, left out where the n rounded shapes (cards, buttons:
 * opaque, radius at most ui_px(16)) about to be drawn will cover it: a
 * redraw then paints those pixels once, not twice. At most
 * UI_BACKGROUND_MAX shapes count; the rest get background under them. */
void ui_background_under(App *app, const SDL_Rect *shapes, int n);
#define UI_BACKGROUND_MAX 16

/* The height s takes wrapped at width w at its design size (never below
 * the readable floor), as ui_text would draw it with room to spare. */
int ui_text_height(App *app, const char *s, int w, int design_px, bool bold);
/* Draws text in the current language's direction; align START is the
 * reading side. Returns the pixel size used (0 when nothing drawn). */
int ui_text(App *app, const char *s, SDL_Rect box, int design_px, bool bold, SDL_Color c,
            TextAlign align, TextVAlign valign);
/* Same, in a given direction (for the other language of the bilingual view). */
int ui_text_dir(App *app, const char *s, SDL_Rect box, int design_px, bool bold, SDL_Color c,
                TextAlign align, TextVAlign valign, bool rtl);

/* A text button (Start, Next, Play again...). primary: gold, else ivory. */
void ui_button(App *app, SDL_Rect r, const char *label, bool primary, UiBtnState st);
/* An answer button: a badge with the letter A-F on a coloured shape (colour
 * is never the only cue), the label, and an optional second-language line.
 * Returns the label's pixel size. With cap_px > 0 (see ui_choices_cap) it
 * is at most cap_px and the same in every state; 0: the largest that fits. */
int ui_choice(App *app, SDL_Rect r, int index, const char *label, const char *sub, UiBtnState st,
              int cap_px);
/* The size a screen of n answers (buttons r, labels, second lines or NULL)
 * is drawn at, as ui_choice's cap_px: the smallest at which every label
 * fits, with room for a tick in every state, so answers look alike and
 * marking one changes nothing; but never below 3/4 of the largest fit (a
 * very long answer then shrinks alone). 0 when there is no label. */
int ui_choices_cap(App *app, const SDL_Rect *r, const char *const *label, const char *const *sub,
                   int n);
/* The badge alone (letter + shape + colour) inside box. */
void ui_badge(App *app, SDL_Rect box, int index);

/* "3 / 10" and a row of segments filling from the reading side. */
void ui_progress(App *app, SDL_Rect r, int current, int total);
/* A bar that empties toward the reading side; frac in 0..1. */
void ui_timer_bar(App *app, SDL_Rect r, float frac);

/* The language button in the top corner of every screen (the app handles
 * clicks on it). Shows the name of the language it switches to. */
SDL_Rect ui_lang_button_rect(const App *app);
void ui_lang_button(App *app);

/* On-screen number pad: 7 8 9 / 4 5 6 / 1 2 3 / - 0 . / erase OK. */
enum { UI_NUMPAD_KEYS = 14, UI_NUMPAD_ERASE = 12, UI_NUMPAD_OK = 13 };
void ui_numpad_layout(const App *app, SDL_Rect area, SDL_Rect keys[UI_NUMPAD_KEYS]);
/* The character a key types ('0'-'9', '-', '.'), or 0 for erase/OK. */
char ui_numpad_char(int key);
void ui_numpad_draw(App *app, const SDL_Rect keys[UI_NUMPAD_KEYS], int focus);

/* A rounded ivory card with a soft shadow. */
void ui_card(App *app, SDL_Rect r);

#endif
