/* theme: the sizes of the look in one struct, as microui's mu_Style: type
 * sizes (points at the 1024x600 design size, scaled by the text engine)
 * and spacing (design pixels, scaled with ui_px). The colours are the
 * palette in ui.h. Widgets and scenes read sizes from app->theme instead of
 * writing them down. */
#ifndef AMAN_THEME_H
#define AMAN_THEME_H

typedef struct {
    struct {
        int title;   /* a screen's title row */
        int heading; /* a section's label, a card's headline */
        int body;    /* running text, table rows */
        int small;   /* hints under a button */
        /* The smallest text ui_text draws (issue 18: readable on a 7-inch
         * panel; Nastaliq needs more than Latin): a text that does not fit
         * at it wraps past its box rather than shrink. */
        int min_urdu, min_latin;
    } type;
    int margin;      /* around the content area */
    int gap;         /* between neighbouring widgets */
    int pad;         /* inside a card, around its text */
    int radius;      /* of cards and panels */
    int title_h;     /* the title row's height */
    int title_clear; /* room left at the title row's end for the language button */
    int button_w;    /* a screen's own buttons (Back, Cancel) */
    int button_h;
} Theme;

/* The game's one theme (static, lives as long as the program). */
const Theme *theme_default(void);

#endif
