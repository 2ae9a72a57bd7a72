#include "ui.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "app.h"
#include "contrast.h"
#include "discs.h"
#include "i18n.h"
#include "layout.h"
#include "ui_lang.h"

const SDL_Color UI_GREEN = {0x0B, 0x3D, 0x2E, 0xFF};
const SDL_Color UI_GREEN_DARK = {0x06, 0x2A, 0x1F, 0xFF};
const SDL_Color UI_GREEN_LIGHT = {0x1C, 0x5C, 0x46, 0xFF};
const SDL_Color UI_IVORY = {0xF7, 0xF3, 0xE6, 0xFF};
const SDL_Color UI_GOLD = {0xF2, 0xC1, 0x4E, 0xFF};
const SDL_Color UI_INK = {0x14, 0x2A, 0x22, 0xFF};
/* WCAG AA for text (tests/check_readable.c): UI_MUTED is for ivory and the
 * light rows, UI_MUTED_LIGHT for the greens; white on UI_RIGHT 5.6:1. */
const SDL_Color UI_MUTED = {0x4F, 0x5E, 0x57, 0xFF};
const SDL_Color UI_MUTED_LIGHT = {0xA7, 0xBF, 0xB3, 0xFF};
const SDL_Color UI_DIM = {0xD6, 0xDB, 0xD3, 0xFF}; /* a faded answer: muted text on it 4.9:1 */
const SDL_Color UI_RIGHT = {0x18, 0x76, 0x44, 0xFF};
const SDL_Color UI_WRONG = {0xC0, 0x39, 0x2B, 0xFF};
const SDL_Color UI_WHITE = {0xFF, 0xFF, 0xFF, 0xFF};

typedef enum {
    SHAPE_TRIANGLE,
    SHAPE_DIAMOND,
    SHAPE_CIRCLE,
    SHAPE_SQUARE,
    SHAPE_STAR,
    SHAPE_HEXAGON
} Shape;

/* One row per answer slot: letter, colour and shape, so that colour is
 * never the only cue. */
static const struct {
    const char *letter;
    SDL_Color color;
    Shape shape;
} choice_style[6] = {
    {"A", {0xC0, 0x39, 0x2B, 0xFF}, SHAPE_TRIANGLE}, {"B", {0x25, 0x63, 0xA8, 0xFF}, SHAPE_DIAMOND},
    {"C", {0x8F, 0x62, 0x04, 0xFF}, SHAPE_CIRCLE},   {"D", {0x1F, 0x7A, 0x52, 0xFF}, SHAPE_SQUARE},
    {"E", {0x7B, 0x3F, 0xA0, 0xFF}, SHAPE_STAR},     {"F", {0xB8, 0x55, 0x12, 0xFF}, SHAPE_HEXAGON},
};

int ui_px(const App *app, int design)
{
    float sx = app->width / 1024.0f, sy = app->height / 600.0f;
    float s = sx < sy ? sx : sy;
    int v = (int)lroundf(design * s);
    return v < 1 ? 1 : v;
}

SDL_Rect ui_mirror(const App *app, SDL_Rect r)
{
    if (lang_is_rtl())
        r.x = app->width - r.x - r.w;
    return r;
}

bool ui_hit(SDL_Rect r, int x, int y)
{
    return x >= r.x && x < r.x + r.w && y >= r.y && y < r.y + r.h;
}

SDL_Rect ui_title_rect(const App *app)
{
    const Theme *t = app->theme;
    SDL_Rect c = ui_content(app);
    return (SDL_Rect){c.x, c.y, c.w - ui_px(app, t->title_clear), ui_px(app, t->title_h)};
}

SDL_Rect ui_screen_title(App *app, const char *text)
{
    SDL_Rect r = ui_mirror(app, ui_title_rect(app));
    ui_text(app, text, r, app->theme->type.title, true, UI_GOLD, TEXT_ALIGN_START,
            TEXT_VALIGN_MIDDLE);
    return r;
}

SDL_Rect ui_content(const App *app)
{
    int m = ui_px(app, app->theme->margin);
    SDL_Rect r = {m, m, app->width - 2 * m, app->height - 2 * m};
    int max_w = r.h * 19 / 10;
    if (r.w > max_w) {
        r.x += (r.w - max_w) / 2;
        r.w = max_w;
    }
    return r;
}

static void set_color(SDL_Renderer *r, SDL_Color c)
{
    SDL_SetRenderDrawBlendMode(r, c.a == 0xFF ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(r, c.r, c.g, c.b, c.a);
}

/* Rects and points gathered for one SDL call: the software renderer pays
 * per call, and a card's corners are dozens of one-pixel rows. */
#define BATCH_MAX 512
typedef struct {
    SDL_Renderer *r;
    SDL_Rect rects[BATCH_MAX];
    SDL_Point points[BATCH_MAX];
    int n_rects, n_points;
} Batch;

static void batch_flush(Batch *b)
{
    if (b->n_rects)
        SDL_RenderFillRects(b->r, b->rects, b->n_rects);
    if (b->n_points)
        SDL_RenderDrawPoints(b->r, b->points, b->n_points);
    b->n_rects = b->n_points = 0;
}

static void batch_one(Batch *b, SDL_Rect rect)
{
    if (rect.w <= 0 || rect.h <= 0)
        return;
    if (b->n_rects == BATCH_MAX)
        batch_flush(b);
    b->rects[b->n_rects++] = rect;
}

/* SDL's software fill writes each row in non-temporal 64-byte blocks from
 * its first 16-byte boundary; a row starting off a cache line splits every
 * block across two lines and fills about three times slower. So a wide
 * rect starts on a 16-pixel boundary, after a narrow sliver (plain stores).
 * Measured: a 1080p question card 2.08 -> 1.26 ms. It lines up with cache
 * lines when a row's pitch is a multiple of 64 bytes (widths that are
 * multiples of 16: 1024, 1280, 1920...); elsewhere it costs one small rect. */
static void batch_rect(Batch *b, SDL_Rect rect)
{
    int al = (rect.x + 15) & ~15;
    if (rect.w > 32 && al > rect.x) {
        batch_one(b, (SDL_Rect){rect.x, rect.y, al - rect.x, rect.h});
        rect.w -= al - rect.x;
        rect.x = al;
    }
    batch_one(b, rect);
}

static void batch_point(Batch *b, int x, int y)
{
    if (b->n_points == BATCH_MAX)
        batch_flush(b);
    b->points[b->n_points++] = (SDL_Point){x, y};
}

static int clamp_radius(SDL_Rect rect, int radius)
{
    if (radius * 2 > rect.h)
        radius = rect.h / 2;
    if (radius * 2 > rect.w)
        radius = rect.w / 2;
    return radius < 0 ? 0 : radius;
}

/* Copies the corners picked by mask (1 top-left, 2 top-right, 4 bottom-left,
 * 8 bottom-right) from a cached anti-aliased disc; false when there is none. */
static bool fill_corners(App *app, SDL_Rect rect, int radius, int ring, SDL_Color c, unsigned mask)
{
    SDL_Texture *t = discs_get(app->discs, radius, ring, c);
    if (!t)
        return false;
    for (int i = 0; i < 4; i++) {
        if (!(mask & 1u << i))
            continue;
        int right = i & 1, bottom = i >> 1;
        SDL_Rect src = {right * radius, bottom * radius, radius, radius};
        SDL_Rect dst = {right ? rect.x + rect.w - radius : rect.x,
                        bottom ? rect.y + rect.h - radius : rect.y, radius, radius};
        SDL_RenderCopy(app->renderer, t, &src, &dst);
    }
    return true;
}

/* One pixel row per corner row: for radii the disc cache does not hold. */
static void fill_round_rows(SDL_Renderer *r, SDL_Rect rect, int radius)
{
    Batch b = {.r = r};
    batch_rect(&b, (SDL_Rect){rect.x, rect.y + radius, rect.w, rect.h - 2 * radius});
    for (int i = 0; i < radius; i++) {
        float dy = radius - i - 0.5f;
        int inset = radius - (int)lroundf(sqrtf((float)radius * radius - dy * dy));
        batch_rect(&b, (SDL_Rect){rect.x + inset, rect.y + i, rect.w - 2 * inset, 1});
        batch_rect(&b, (SDL_Rect){rect.x + inset, rect.y + rect.h - 1 - i, rect.w - 2 * inset, 1});
    }
    batch_flush(&b);
}

void ui_fill_round(App *app, SDL_Rect rect, int radius, SDL_Color c)
{
    radius = clamp_radius(rect, radius);
    if (radius > 0 && fill_corners(app, rect, radius, 0, c, 0xF)) {
        set_color(app->renderer, c);
        Batch b = {.r = app->renderer};
        batch_rect(&b, (SDL_Rect){rect.x, rect.y + radius, rect.w, rect.h - 2 * radius});
        batch_rect(&b, (SDL_Rect){rect.x + radius, rect.y, rect.w - 2 * radius, radius});
        batch_rect(
            &b, (SDL_Rect){rect.x + radius, rect.y + rect.h - radius, rect.w - 2 * radius, radius});
        batch_flush(&b);
        return;
    }
    set_color(app->renderer, c);
    fill_round_rows(app->renderer, rect, radius);
}

void ui_fill_round_shadow(App *app, SDL_Rect rect, int radius, int drop, SDL_Color c)
{
    radius = clamp_radius(rect, radius);
    SDL_Rect sh = {rect.x, rect.y + drop, rect.w, rect.h};
    /* Above this row the shape itself covers the shadow's whole width. */
    int cut = rect.y + rect.h - radius;
    if (radius < 1 || drop < 0 || sh.y + radius > cut ||
        !fill_corners(app, sh, radius, 0, c, 4 | 8)) {
        ui_fill_round(app, sh, radius, c);
        return;
    }
    set_color(app->renderer, c);
    Batch b = {.r = app->renderer};
    batch_rect(&b, (SDL_Rect){sh.x, cut, sh.w, sh.y + sh.h - radius - cut});
    batch_rect(&b, (SDL_Rect){sh.x + radius, sh.y + sh.h - radius, sh.w - 2 * radius, radius});
    batch_flush(&b);
}

void ui_outline_round(App *app, SDL_Rect rect, int radius, int t, SDL_Color c)
{
    radius = clamp_radius(rect, radius);
    if (t <= 0)
        return;
    SDL_Renderer *r = app->renderer;
    if (radius > t && fill_corners(app, rect, radius, t, c, 0xF)) {
        set_color(r, c);
        Batch b = {.r = r};
        batch_rect(&b, (SDL_Rect){rect.x + radius, rect.y, rect.w - 2 * radius, t});
        batch_rect(&b, (SDL_Rect){rect.x + radius, rect.y + rect.h - t, rect.w - 2 * radius, t});
        batch_rect(&b, (SDL_Rect){rect.x, rect.y + radius, t, rect.h - 2 * radius});
        batch_rect(&b, (SDL_Rect){rect.x + rect.w - t, rect.y + radius, t, rect.h - 2 * radius});
        batch_flush(&b);
        return;
    }
    /* No ring texture: t nested one-pixel rings. */
    set_color(r, c);
    Batch b = {.r = r};
    for (int i = 0; i < t; i++) {
        SDL_Rect o = {rect.x + i, rect.y + i, rect.w - 2 * i, rect.h - 2 * i};
        int rad = radius - i > 0 ? radius - i : 0;
        batch_rect(&b, (SDL_Rect){o.x + rad, o.y, o.w - 2 * rad, 1});
        batch_rect(&b, (SDL_Rect){o.x + rad, o.y + o.h - 1, o.w - 2 * rad, 1});
        batch_rect(&b, (SDL_Rect){o.x, o.y + rad, 1, o.h - 2 * rad});
        batch_rect(&b, (SDL_Rect){o.x + o.w - 1, o.y + rad, 1, o.h - 2 * rad});
        for (int a = 0; a <= rad * 2; a++) {
            float ang = (float)M_PI / 2 * a / (rad * 2 > 0 ? rad * 2 : 1);
            int dx = (int)lroundf(rad - rad * cosf(ang)), dy = (int)lroundf(rad - rad * sinf(ang));
            batch_point(&b, o.x + dx, o.y + dy);
            batch_point(&b, o.x + o.w - 1 - dx, o.y + dy);
            batch_point(&b, o.x + dx, o.y + o.h - 1 - dy);
            batch_point(&b, o.x + o.w - 1 - dx, o.y + o.h - 1 - dy);
        }
    }
    batch_flush(&b);
}

static void gold_band(App *app)
{
    /* A faint gold band at the top gives the screens one family look. */
    SDL_Rect band = {0, 0, app->width, ui_px(app, app->theme->band)};
    set_color(app->renderer, UI_GOLD);
    SDL_RenderFillRect(app->renderer, &band);
}

void ui_background(App *app)
{
    set_color(app->renderer, UI_GREEN);
    SDL_RenderClear(app->renderer);
    gold_band(app);
}

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static int cmp_rect_x(const void *a, const void *b)
{
    return cmp_int(&((const SDL_Rect *)a)->x, &((const SDL_Rect *)b)->x);
}

/* Fills the part of the band of rows [y0, y1) that no rect in core covers. */
static void fill_gaps(App *app, Batch *b, const SDL_Rect *core, int n, int y0, int y1)
{
    SDL_Rect on[UI_BACKGROUND_MAX];
    int k = 0;
    for (int i = 0; i < n; i++)
        if (core[i].y <= y0 && core[i].y + core[i].h >= y1)
            on[k++] = core[i];
    qsort(on, (size_t)k, sizeof on[0], cmp_rect_x);
    int x = 0;
    for (int i = 0; i < k; i++) {
        if (on[i].x > x)
            batch_rect(b, (SDL_Rect){x, y0, on[i].x - x, y1 - y0});
        if (on[i].x + on[i].w > x)
            x = on[i].x + on[i].w;
    }
    if (x < app->width)
        batch_rect(b, (SDL_Rect){x, y0, app->width - x, y1 - y0});
}

void ui_background_under(App *app, const SDL_Rect *shapes, int n)
{
    if (n > UI_BACKGROUND_MAX)
        n = UI_BACKGROUND_MAX;
    /* What each shape is sure to cover: its full-width middle rows. */
    SDL_Rect core[UI_BACKGROUND_MAX];
    int ys[2 * UI_BACKGROUND_MAX + 2], n_ys = 0, rad = ui_px(app, app->theme->radius);
    ys[n_ys++] = 0;
    ys[n_ys++] = app->height;
    for (int i = 0; i < n; i++) {
        SDL_Rect c = {shapes[i].x, shapes[i].y + rad, shapes[i].w, shapes[i].h - 2 * rad};
        SDL_Rect screen = {0, 0, app->width, app->height};
        if (!SDL_IntersectRect(&c, &screen, &core[i]))
            core[i] = (SDL_Rect){0};
        ys[n_ys++] = core[i].y;
        ys[n_ys++] = core[i].y + core[i].h;
    }
    qsort(ys, (size_t)n_ys, sizeof ys[0], cmp_int);
    set_color(app->renderer, UI_GREEN);
    Batch b = {.r = app->renderer};
    for (int i = 0; i + 1 < n_ys; i++)
        if (ys[i + 1] > ys[i])
            fill_gaps(app, &b, core, n, ys[i], ys[i + 1]);
    batch_flush(&b);
    gold_band(app);
}

void ui_card(App *app, SDL_Rect rect)
{
    int rad = ui_px(app, app->theme->radius);
    ui_fill_round_shadow(app, rect, rad, ui_px(app, app->theme->shadow), UI_GREEN_DARK);
    ui_fill_round(app, rect, rad, UI_IVORY);
}

/* True when s holds a right-to-left letter (Hebrew, Arabic script). */
static bool has_rtl(const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p >= 0xD6 && *p <= 0xDF) /* U+0580..U+07FF lead bytes */
            return true;
        if (*p == 0xEF && (p[1] == 0xAD || p[1] == 0xAE || p[1] == 0xBB)) /* presentation forms */
            return true;
    }
    return false;
}

int ui_text_floor(const App *app, const char *s)
{
    /* Readable on a 7-inch kiosk panel (1024x600): the theme's smallest
     * sizes (tests/check_readable.c); Nastaliq's wherever Urdu letters are */
    return ui_px(app, has_rtl(s) ? app->theme->type.min_urdu : app->theme->type.min_latin);
}

/* A paragraph takes the direction of its first strong character, and its
 * start side with it (layout_paragraph_dir): an Urdu question on the
 * English screen reads right to left from the right, an English one on the
 * Urdu screen from the left. Two exceptions: on the Urdu screen a text with
 * Urdu letters stays right to left (a translation may begin with "UN" or a
 * key name), and a text without strong characters (a number) keeps its
 * own direction on the side the screen's reading direction puts it. */
static void text_direction(const char *s, bool *rtl, TextAlign *align)
{
    LayoutDir d = layout_paragraph_dir(s, strlen(s));
    if (*rtl && has_rtl(s))
        return;
    if (d != LAYOUT_DIR_AUTO) {
        *rtl = d == LAYOUT_DIR_RTL;
        return;
    }
    if (has_rtl(s) != *rtl) {
        *rtl = !*rtl;
        *align = *align == TEXT_ALIGN_START ? TEXT_ALIGN_END
                 : *align == TEXT_ALIGN_END ? TEXT_ALIGN_START
                                            : *align;
    }
}

/* How ui_text draws s in box: the style, and the box (a one-line Nastaliq
 * label may grow into the space around it). cap_px > 0 caps the size.
 * False when there is nothing to draw. */
static bool text_spec(App *app, const char *s, SDL_Rect *box, int design_px, int cap_px, bool bold,
                      SDL_Color c, TextAlign align, TextVAlign valign, bool rtl, TextStyle *st)
{
    if (!s || !*s || box->w <= 0 || box->h <= 0)
        return false;
    text_direction(s, &rtl, &align);
    int floor_px = ui_text_floor(app, s);
    int px = ui_px(app, design_px);
    px = px > floor_px ? px : floor_px;
    int min_px = px / 2 > floor_px ? px / 2 : floor_px;
    if (cap_px > 0 && cap_px < px)
        px = cap_px > min_px ? cap_px : min_px;
    *st = (TextStyle){.max_px = px,
                      .min_px = min_px,
                      .bold = bold,
                      .color = c,
                      .dir = rtl ? TEXT_DIR_RTL : TEXT_DIR_LTR,
                      .align = align,
                      .valign = valign};
    if (rtl && valign == TEXT_VALIGN_MIDDLE) {
        /* Nastaliq's line box is about twice its ink: a label that stays one
         * line may use the space around its box rather than shrink to a
         * speck. Wrapped text keeps its box. */
        int one = 0, wrapped = 0;
        text_measure(app->text, s, 1 << 14, 0, st, NULL, &one);
        text_measure(app->text, s, box->w, 0, st, NULL, &wrapped);
        int h = one < box->h * 14 / 10 ? one : box->h * 14 / 10;
        if (wrapped == one && h > box->h) {
            box->y -= (h - box->h) / 2;
            box->h = h;
        }
    }
    return true;
}

int ui_text_dir(App *app, const char *s, SDL_Rect box, int design_px, bool bold, SDL_Color c,
                TextAlign align, TextVAlign valign, bool rtl)
{
    TextStyle st;
    if (!text_spec(app, s, &box, design_px, 0, bold, c, align, valign, rtl, &st))
        return 0;
    if (valign == TEXT_VALIGN_INK_MIDDLE) { /* a label in a pill: one line, shrunk to fit */
        char one[512];
        return text_draw(app->text, layout_no_break(s, one, sizeof one), box, &st);
    }
    return text_draw(app->text, s, box, &st);
}

int ui_text(App *app, const char *s, SDL_Rect box, int design_px, bool bold, SDL_Color c,
            TextAlign align, TextVAlign valign)
{
    return ui_text_dir(app, s, box, design_px, bold, c, align, valign, lang_is_rtl());
}

int ui_text_height(App *app, const char *s, int w, int design_px, bool bold)
{
    SDL_Rect box = {0, 0, w, 1 << 14};
    TextStyle st;
    int h = 0;
    if (text_spec(app, s, &box, design_px, 0, bold, UI_INK, TEXT_ALIGN_START, TEXT_VALIGN_TOP,
                  lang_is_rtl(), &st))
        text_measure(app->text, s, w, 0, &st, NULL, &h);
    return h;
}

static SDL_Color btn_fill(UiBtnState st, bool primary)
{
    switch (st) {
    case UI_BTN_RIGHT:
        return UI_RIGHT;
    case UI_BTN_WRONG:
        return UI_WRONG;
    case UI_BTN_PRESSED:
        return UI_GOLD;
    case UI_BTN_DIM:
        return UI_DIM;
    default:
        return primary ? UI_GOLD : UI_IVORY;
    }
}

static void btn_frame(App *app, SDL_Rect r, SDL_Color fill, UiBtnState st)
{
    const Theme *T = app->theme;
    int rad = ui_px(app, T->button.radius);
    if (st == UI_BTN_FOCUS) {
        /* A halo under the button, hiding its shadow: two edges of one
         * colour pair never leave a seam between them. */
        int t = ui_px(app, T->button.halo);
        SDL_Rect o = {r.x - t, r.y - t, r.w + 2 * t, r.h + 2 * t};
        bool gold = fill.r == UI_GOLD.r && fill.g == UI_GOLD.g && fill.b == UI_GOLD.b;
        ui_fill_round(app, o, rad + t, gold ? UI_IVORY : UI_GOLD); /* seen on a gold button too */
    } else {
        ui_fill_round_shadow(app, r, rad, ui_px(app, T->button.shadow), UI_GREEN_DARK);
    }
    ui_fill_round(app, r, rad, fill);
}

void ui_button(App *app, SDL_Rect r, const char *label, bool primary, UiBtnState st)
{
    text_engine_note_shape(app->text, r, label);
    SDL_Color fill = btn_fill(st, primary);
    btn_frame(app, r, fill, st);
    bool light = st == UI_BTN_RIGHT || st == UI_BTN_WRONG;
    const Theme *T = app->theme;
    SDL_Rect in = {r.x + ui_px(app, T->button.inset), r.y, r.w - ui_px(app, T->button.inset * 2),
                   r.h};
    ui_text(app, label, in, T->type.label, true, light ? UI_WHITE : UI_INK, TEXT_ALIGN_CENTER,
            TEXT_VALIGN_MIDDLE);
}

static int cmp_float(const void *a, const void *b)
{
    float x = *(const float *)a, y = *(const float *)b;
    return (x > y) - (x < y);
}

/* Fills a polygon (even-odd rule, so stars work) one scanline at a time:
 * exact and the same on every renderer. */
static void fill_polygon(SDL_Renderer *r, const float *xy, int n, SDL_Color c)
{
    float miny = xy[1], maxy = xy[1];
    for (int i = 1; i < n; i++) {
        miny = xy[2 * i + 1] < miny ? xy[2 * i + 1] : miny;
        maxy = xy[2 * i + 1] > maxy ? xy[2 * i + 1] : maxy;
    }
    set_color(r, c);
    Batch b = {.r = r};
    for (int y = (int)floorf(miny); y <= (int)ceilf(maxy); y++) {
        float cy = y + 0.5f, xs[16];
        int k = 0;
        for (int i = 0; i < n && k < 16; i++) {
            int j = (i + 1) % n;
            float y0 = xy[2 * i + 1], y1 = xy[2 * j + 1];
            if ((y0 <= cy && y1 > cy) || (y1 <= cy && y0 > cy)) {
                float t = (cy - y0) / (y1 - y0);
                xs[k++] = xy[2 * i] + t * (xy[2 * j] - xy[2 * i]);
            }
        }
        qsort(xs, (size_t)k, sizeof xs[0], cmp_float);
        for (int i = 0; i + 1 < k; i += 2) {
            int x0 = (int)lroundf(xs[i]), x1 = (int)lroundf(xs[i + 1]);
            batch_rect(&b, (SDL_Rect){x0, y, x1 - x0, 1});
        }
    }
    batch_flush(&b);
}

static void draw_polygon(SDL_Renderer *r, SDL_Rect b, int sides, float rot, float inner,
                         SDL_Color c)
{
    float cx = b.x + b.w / 2.0f, cy = b.y + b.h / 2.0f, rad = b.w / 2.0f;
    float xy[32];
    int n = inner > 0 ? sides * 2 : sides;
    for (int i = 0; i < n && i < 16; i++) {
        float rr = (inner > 0 && i % 2) ? rad * inner : rad;
        float a = rot + 2.0f * (float)M_PI * i / n;
        xy[2 * i] = cx + rr * cosf(a);
        xy[2 * i + 1] = cy + rr * sinf(a);
    }
    fill_polygon(r, xy, n < 16 ? n : 16, c);
}

static void draw_shape(App *app, Shape s, SDL_Rect b, SDL_Color c)
{
    SDL_Renderer *r = app->renderer;
    const float up = -(float)M_PI / 2;
    switch (s) {
    case SHAPE_TRIANGLE: {
        SDL_Rect t = {b.x - b.w / 10, b.y, b.w + b.w / 5, b.h + b.w / 5};
        draw_polygon(r, t, 3, up, 0, c);
        break;
    }
    case SHAPE_DIAMOND:
        draw_polygon(r, b, 4, up, 0, c);
        break;
    case SHAPE_CIRCLE:
        ui_fill_round(app, b, b.w / 2, c);
        break;
    case SHAPE_SQUARE: {
        SDL_Rect q = {b.x + b.w / 10, b.y + b.h / 10, b.w * 8 / 10, b.h * 8 / 10};
        ui_fill_round(app, q, b.w / 10, c);
        break;
    }
    case SHAPE_STAR: {
        SDL_Rect t = {b.x - b.w / 10, b.y - b.w / 20, b.w + b.w / 5, b.h + b.w / 5};
        draw_polygon(r, t, 5, up, 0.55f, c);
        break;
    }
    case SHAPE_HEXAGON:
        draw_polygon(r, b, 6, 0, 0, c);
        break;
    }
}

void ui_badge(App *app, SDL_Rect box, int index)
{
    index = index < 0 ? 0 : index % 6;
    draw_shape(app, choice_style[index].shape, box, choice_style[index].color);
    SDL_Rect t = box;
    if (choice_style[index].shape == SHAPE_TRIANGLE)
        t.y += box.h / 8;
    TextStyle st = {.max_px = box.h * 45 / 100,
                    .bold = true,
                    .color = UI_WHITE,
                    .dir = TEXT_DIR_LTR,
                    .align = TEXT_ALIGN_CENTER,
                    .valign = TEXT_VALIGN_MIDDLE};
    text_draw(app->text, choice_style[index].letter, t, &st);
}

/* A tick (right, chosen) or a cross (wrong) in an ivory disc: a shape, so
 * the marks never rest on colour alone. */
static void draw_mark(App *app, SDL_Rect b, bool tick, SDL_Color c)
{
    static const float check[] = {0.18f, 0.52f, 0.30f, 0.40f, 0.43f, 0.55f,
                                  0.72f, 0.24f, 0.84f, 0.36f, 0.43f, 0.78f};
    static const float cross[] = {0.22f, 0.32f, 0.32f, 0.22f, 0.50f, 0.40f, 0.68f, 0.22f,
                                  0.78f, 0.32f, 0.60f, 0.50f, 0.78f, 0.68f, 0.68f, 0.78f,
                                  0.50f, 0.60f, 0.32f, 0.78f, 0.22f, 0.68f, 0.40f, 0.50f};
    const float *u = tick ? check : cross;
    int n = tick ? 6 : 12;
    float xy[24];
    for (int i = 0; i < n; i++) {
        xy[2 * i] = b.x + u[2 * i] * b.w;
        xy[2 * i + 1] = b.y + u[2 * i + 1] * b.h;
    }
    ui_fill_round(app, b, b.w / 2, UI_IVORY);
    fill_polygon(app->renderer, xy, n, c);
}

/* Where an answer button puts its parts, inside r; mirrored in RTL. */
typedef struct {
    SDL_Rect badge, mark, text, top, bottom; /* top/bottom: label and second line */
    bool marked;
} ChoiceParts;

static ChoiceParts choice_parts(const App *app, SDL_Rect r, UiBtnState st)
{
    ChoiceParts p = {0};
    bool rtl = lang_is_rtl();
    int pad = ui_px(app, app->theme->choice.pad);
    int bs = r.h - 2 * pad;
    if (bs > ui_px(app, app->theme->choice.badge))
        bs = ui_px(app, app->theme->choice.badge);
    p.badge = (SDL_Rect){rtl ? r.x + r.w - pad - bs : r.x + pad, r.y + (r.h - bs) / 2, bs, bs};
    p.text = (SDL_Rect){rtl ? r.x + pad : r.x + bs + 2 * pad, r.y + pad / 2, r.w - bs - 3 * pad,
                        r.h - pad};
    p.marked = st == UI_BTN_RIGHT || st == UI_BTN_WRONG || st == UI_BTN_PRESSED;
    if (p.marked) { /* the mark sits at the end of the reading line */
        int ms = bs * 7 / 10;
        p.mark = (SDL_Rect){rtl ? r.x + pad : r.x + r.w - pad - ms, r.y + (r.h - ms) / 2, ms, ms};
        p.text.w -= ms + pad;
        if (rtl)
            p.text.x += ms + pad;
    }
    p.top = p.text;
    p.top.h = p.text.h * (rtl ? 54 : 58) / 100;
    p.bottom = (SDL_Rect){p.text.x, p.top.y + p.top.h, p.text.w, p.text.h - p.top.h};
    return p;
}

/* A label alone on its button may use the button's whole height: two
 * Nastaliq lines at the smallest size need it. */
static SDL_Rect full_height(SDL_Rect text, SDL_Rect r)
{
    return (SDL_Rect){text.x, r.y, text.w, r.h};
}

/* True when s wraps at width w even at the smallest readable size. */
static bool wraps_at_floor(App *app, const char *s, int w)
{
    return ui_text_height(app, s, w, 1, false) > ui_text_height(app, s, 1 << 14, 1, false);
}

/* The second line of an answer button (its other language, or its mark's
 * words), or NULL when the label or the line itself would need two lines
 * at the readable size, or the button is too short for two lines: the
 * label then takes the whole button rather than run over its second line
 * (the tick or cross still marks it). */
static const char *choice_sub(App *app, SDL_Rect r, const char *label, const char *sub)
{
    if (!sub || !*sub || !label)
        return sub;
    ChoiceParts p = choice_parts(app, r, UI_BTN_PRESSED);
    if (wraps_at_floor(app, label, p.top.w) || wraps_at_floor(app, sub, p.bottom.w))
        return NULL;
    int two =
        ui_text_height(app, label, 1 << 14, 1, false) + ui_text_height(app, sub, 1 << 14, 1, false);
    return two <= p.text.h + p.text.h / 4 ? sub : NULL; /* a short button: one line */
}

/* The size label fits at in r, leaving room for a tick or cross whatever the
 * button's state, so marking an answer never changes the size. */
static int choice_fit(App *app, SDL_Rect r, const char *label, const char *sub)
{
    sub = choice_sub(app, r, label, sub);
    ChoiceParts p = choice_parts(app, r, UI_BTN_PRESSED);
    bool two = sub && *sub;
    SDL_Rect box = two ? p.top : full_height(p.text, r);
    TextStyle ts;
    int size = two ? app->theme->choice.label_two : app->theme->choice.label;
    if (!text_spec(app, label, &box, size, 0, false, UI_INK, TEXT_ALIGN_START, TEXT_VALIGN_MIDDLE,
                   lang_is_rtl(), &ts))
        return 0;
    return text_measure(app->text, label, box.w, box.h, &ts, NULL, NULL);
}

int ui_choices_cap(App *app, const SDL_Rect *r, const char *const *label, const char *const *sub,
                   int n)
{
    int least = 0, most = 0;
    for (int i = 0; i < n; i++) {
        int px = label[i] ? choice_fit(app, r[i], label[i], sub ? sub[i] : NULL) : 0;
        if (px > 0 && (least == 0 || px < least))
            least = px;
        most = px > most ? px : most;
    }
    /* One size for all, unless one long answer would take the others below
     * three quarters of theirs: on a projector size is worth more than
     * sameness, and that one answer then shrinks alone. */
    return least > most * 3 / 4 ? least : most * 3 / 4;
}

int ui_choice(App *app, SDL_Rect r, int index, const char *label, const char *sub, UiBtnState st,
              int cap_px)
{
    text_engine_note_shape(app->text, r, label);
    btn_frame(app, r, btn_fill(st, false), st);
    bool light = st == UI_BTN_RIGHT || st == UI_BTN_WRONG;
    sub = choice_sub(app, r, label, sub);
    ChoiceParts p = choice_parts(app, r, st);
    if (p.marked)
        draw_mark(app, p.mark, st != UI_BTN_WRONG, st == UI_BTN_WRONG ? UI_WRONG : UI_RIGHT);
    if (light) { /* keep the badge readable on a green or red fill */
        int pad = ui_px(app, app->theme->choice.pad);
        SDL_Rect ring = {p.badge.x - pad / 3, p.badge.y - pad / 3, p.badge.w + pad * 2 / 3,
                         p.badge.h + pad * 2 / 3};
        ui_fill_round(app, ring, p.badge.w / 3, UI_IVORY);
    }
    ui_badge(app, p.badge, index);
    SDL_Color ink = light ? UI_WHITE : UI_INK;
    bool rtl = lang_is_rtl();
    bool two = sub && *sub;
    SDL_Rect box = two ? p.top : full_height(p.text, r);
    TextStyle ts;
    if (cap_px > 0 && label) { /* its own size with a tick's room: the same in every state */
        int own = choice_fit(app, r, label, sub);
        cap_px = own > 0 && own < cap_px ? own : cap_px;
    }
    const Theme *T = app->theme;
    int px = text_spec(app, label, &box, two ? T->choice.label_two : T->choice.label, cap_px, false,
                       ink, TEXT_ALIGN_START, TEXT_VALIGN_MIDDLE, rtl, &ts)
                 ? text_draw(app->text, label, box, &ts)
                 : 0;
    if (two)
        ui_text(app, sub, p.bottom, rtl ? T->choice.sub.urdu : T->choice.sub.latin, false,
                light ? UI_IVORY : UI_MUTED, TEXT_ALIGN_START, TEXT_VALIGN_MIDDLE);
    return px;
}

void ui_progress(App *app, SDL_Rect r, int current, int total)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%d / %d", current, total);
    lang_digits(buf, sizeof buf);
    const Theme *T = app->theme;
    int lw = ui_px(app, T->progress.label_w);
    SDL_Rect label = ui_mirror(app, (SDL_Rect){r.x, r.y, lw, r.h});
    TextStyle st = {.max_px = ui_px(app, T->type.label),
                    .bold = true,
                    .color = UI_IVORY,
                    .dir = TEXT_DIR_LTR,
                    .align = TEXT_ALIGN_CENTER,
                    .valign = TEXT_VALIGN_MIDDLE};
    text_draw(app->text, buf, label, &st);
    if (total <= 0)
        return;
    int x0 = r.x + lw + ui_px(app, T->progress.gap), w = r.w - lw - ui_px(app, T->progress.gap);
    int gap = ui_px(app, T->progress.seg_gap), seg_h = ui_px(app, T->progress.seg_h);
    int seg_w = (w - gap * (total - 1)) / total;
    for (int i = 0; i < total; i++) {
        SDL_Rect s = {x0 + i * (seg_w + gap), r.y + (r.h - seg_h) / 2, seg_w, seg_h};
        SDL_Color c = i < current - 1 ? UI_GOLD : i == current - 1 ? UI_IVORY : UI_GREEN_LIGHT;
        ui_fill_round(app, ui_mirror(app, s), seg_h / 2, c);
    }
}

void ui_timer_bar(App *app, SDL_Rect r, float frac)
{
    frac = frac < 0 ? 0 : frac > 1 ? 1 : frac;
    ui_fill_round(app, r, r.h / 2, UI_GREEN_DARK);
    SDL_Rect f = {r.x, r.y, (int)(r.w * frac), r.h};
    if (lang_is_rtl())
        f.x = r.x + r.w - f.w;
    SDL_Color c = frac > 0.25f ? UI_GOLD : UI_WRONG;
    if (f.w > 0)
        ui_fill_round(app, f, r.h / 2, c);
}

SDL_Rect ui_lang_button_rect(const App *app)
{
    const Theme *T = app->theme;
    int w = ui_px(app, T->lang.w), h = ui_px(app, T->lang.h), m = ui_px(app, T->lang.margin);
    SDL_Rect r = {app->width - w - m, m, w, h};
    return ui_mirror(app, r);
}

void ui_lang_button(App *app)
{
    if (!lang_is_urdu() && !text_engine_has_urdu(app->text))
        return; /* no Nastaliq font: there is no Urdu to switch to */
    SDL_Rect r = ui_lang_button_rect(app);
    int rad = r.h / 2;
    ui_fill_round(app, r, rad, UI_GREEN_DARK);
    const Theme *T = app->theme;
    ui_outline_round(app, r, rad, ui_px(app, T->line), UI_GOLD);
    /* Always the name of the language it switches to, in that language. */
    bool to_urdu = !lang_is_urdu();
    SDL_Rect in = {r.x + rad / 2, r.y + ui_px(app, T->line), r.w - rad,
                   r.h - ui_px(app, T->line * 2)};
    ui_text_dir(app, to_urdu ? "اردو" : "English", in, T->lang.type, true, UI_GOLD,
                TEXT_ALIGN_CENTER, TEXT_VALIGN_MIDDLE, to_urdu);
}

void ui_numpad_layout(const App *app, SDL_Rect area, SDL_Rect keys[UI_NUMPAD_KEYS])
{
    int gap = ui_px(app, app->theme->numpad_gap);
    int kw = (area.w - 2 * gap) / 3, kh = (area.h - 4 * gap) / 5;
    for (int i = 0; i < 12; i++) {
        int row = i / 3, col = i % 3;
        keys[i] = (SDL_Rect){area.x + col * (kw + gap), area.y + row * (kh + gap), kw, kh};
    }
    int y = area.y + 4 * (kh + gap);
    keys[UI_NUMPAD_ERASE] = (SDL_Rect){area.x, y, kw, kh};
    keys[UI_NUMPAD_OK] = (SDL_Rect){area.x + kw + gap, y, 2 * kw + gap, kh};
    /* A number pad keeps its phone layout in both languages: digits are
     * written left to right in Urdu too. */
}

char ui_numpad_char(int key)
{
    static const char chars[] = "789456123-0.";
    return key >= 0 && key < 12 ? chars[key] : 0;
}

void ui_numpad_draw(App *app, const SDL_Rect keys[UI_NUMPAD_KEYS], int focus)
{
    for (int i = 0; i < 12; i++) {
        char s[2] = {ui_numpad_char(i), 0};
        ui_button(app, keys[i], s, false, i == focus ? UI_BTN_FOCUS : UI_BTN_NORMAL);
    }
    char label[128]; /* a key's label shrinks rather than break in two («ٹھیک ہے») */
    ui_button(app, keys[UI_NUMPAD_ERASE], layout_no_break(_("Erase"), label, sizeof label), false,
              focus == UI_NUMPAD_ERASE ? UI_BTN_FOCUS : UI_BTN_NORMAL);
    ui_button(app, keys[UI_NUMPAD_OK], layout_no_break(_("OK"), label, sizeof label), true,
              focus == UI_NUMPAD_OK ? UI_BTN_FOCUS : UI_BTN_NORMAL);
}

/* A pill in a team's colour, for an ivory label: filled with the colour
 * when ivory on it reads at WCAG AA, else dark with a ring of the colour
 * (yellow, orange, the default red and blue, or a colour from settings). */
void ui_team_pill(App *app, SDL_Rect r, SDL_Color colour)
{
    Uint32 rgb = (Uint32)colour.r << 16 | (Uint32)colour.g << 8 | colour.b;
    Uint32 ivory = (Uint32)UI_IVORY.r << 16 | (Uint32)UI_IVORY.g << 8 | UI_IVORY.b;
    if (contrast_ratio(rgb, ivory) >= contrast_needed(0)) {
        ui_fill_round(app, r, r.h / 2, colour);
        ui_outline_round(app, r, r.h / 2, ui_px(app, app->theme->line), UI_IVORY);
    } else {
        ui_fill_round(app, r, r.h / 2, UI_GREEN_DARK);
        ui_outline_round(app, r, r.h / 2, ui_px(app, app->theme->line_bold), colour);
    }
}

SDL_Color ui_team_colour(const App *app, int i)
{
    const Game *g = app->game;
    unsigned rgb = i >= 0 && i < g->n_teams ? g->teams[i].rgb : 0x808080;
    return (SDL_Color){(Uint8)(rgb >> 16), (Uint8)(rgb >> 8), (Uint8)rgb, 0xFF};
}
