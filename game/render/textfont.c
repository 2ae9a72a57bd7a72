#include "textfont.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "paths.h"
#include "util.h"

#define WIDTH_SLOTS 8192 /* power of two */

typedef struct {
    TextFont f;
    int face, bold, px, rtl;
    unsigned long last_use;
} FontSlot;

typedef struct {
    uint64_t hash; /* 0: empty */
    int key[4];    /* face, bold, px, rtl */
    char *bytes;
    size_t len;
    int width, height;
} WidthSlot;

struct TextFonts {
    /* Font files are opened by path: FreeType reads what it needs from the
     * file, rather than the game holding all four files (2 MB) in memory. */
    char *path[LAYOUT_FACE_COUNT][2];
    bool owned[LAYOUT_FACE_COUNT][2]; /* false: borrows another style's path */
    bool has_face[LAYOUT_FACE_COUNT];
    char warning[512];
    FontSlot fonts[TEXTFONT_MAX_OPEN];
    unsigned long clock;
    int n_open;
    WidthSlot *widths;
    int n_widths;
    unsigned long shapes;
};

static const char *const FONT_FILES[LAYOUT_FACE_COUNT][2] = {
    {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf"},
    {"NotoNastaliqUrdu-Regular.ttf", "NotoNastaliqUrdu-Bold.ttf"},
};

static void close_slot(TextFonts *tf, FontSlot *s)
{
    if (s->f.font) {
        TTF_CloseFont(s->f.font);
        tf->n_open--;
    }
    *s = (FontSlot){0};
}

/* Opens a font set up once for its direction and script. */
static TTF_Font *open_font(TextFonts *tf, int face, int bold, int px, int rtl)
{
    TTF_Font *f = TTF_OpenFont(tf->path[face][bold], px);
    if (!f)
        return NULL;
    TTF_SetFontDirection(f, rtl ? TTF_DIRECTION_RTL : TTF_DIRECTION_LTR);
    TTF_SetFontScriptName(f, face == LAYOUT_FACE_URDU ? "Arab" : "Latn");
    /* Bytecode hinting was half the time of a new card and buys nothing at
     * card sizes; Nastaliq is left unhinted so no dot or join moves off the
     * font's own positions. */
    TTF_SetFontHinting(f, face == LAYOUT_FACE_URDU ? TTF_HINTING_NONE : TTF_HINTING_LIGHT);
    tf->n_open++;
    return f;
}

/* Where (face, bold, rtl) at px is, or goes. *exact: the slot holds it at
 * px already; else *resize: the slot holds the same font at another size
 * (its least recently used one, when TEXTFONT_SIZES are open); else the
 * slot is free or the least recently used of all, to be opened afresh. */
static FontSlot *find_slot(TextFonts *tf, int face, int bold, int rtl, int px, bool *exact,
                           bool *resize)
{
    FontSlot *victim = &tf->fonts[0], *oldest_same = NULL;
    int n_same = 0;
    *exact = *resize = false;
    for (int i = 0; i < TEXTFONT_MAX_OPEN; i++) {
        FontSlot *s = &tf->fonts[i];
        bool same = s->f.font && s->face == face && s->bold == bold && s->rtl == rtl;
        if (same && s->px == px) {
            *exact = true;
            return s;
        }
        if (same) {
            n_same++;
            if (!oldest_same || s->last_use < oldest_same->last_use)
                oldest_same = s;
        }
        if (!s->f.font || (victim->f.font && s->last_use < victim->last_use))
            victim = s;
    }
    if (n_same >= TEXTFONT_SIZES) {
        *resize = true;
        return oldest_same;
    }
    return victim;
}

const TextFont *textfont_get(TextFonts *tf, LayoutFace face, bool bold, int px, bool rtl)
{
    tf->clock++;
    bool exact, resize;
    FontSlot *s = find_slot(tf, face, bold, rtl, px, &exact, &resize);
    /* Resizing keeps direction and script; SDL_ttf tells HarfBuzz. A font
     * that will not resize is closed and opened afresh below. */
    if (resize && TTF_SetFontSize(s->f.font, px) == 0) {
        s->f = (TextFont){s->f.font, TTF_FontAscent(s->f.font), TTF_FontHeight(s->f.font)};
        s->px = px;
        exact = true;
    }
    if (exact) {
        s->last_use = tf->clock;
        return &s->f;
    }
    close_slot(tf, s);
    TTF_Font *f = open_font(tf, face, bold, px, rtl);
    if (!f)
        return NULL;
    *s = (FontSlot){.f = {f, TTF_FontAscent(f), TTF_FontHeight(f)},
                    .face = face,
                    .bold = bold,
                    .px = px,
                    .rtl = rtl,
                    .last_use = tf->clock};
    return &s->f;
}

/* A face whose bold (or regular) file is missing draws with the other one;
 * a face with neither borrows `fallback`'s files and is marked missing. */
static void borrow_missing(TextFonts *tf, int face, int fallback)
{
    for (int bold = 0; bold < 2; bold++) {
        if (tf->path[face][bold])
            continue;
        int from_face = tf->path[face][!bold] ? face : fallback;
        int from_bold = tf->path[face][!bold] ? !bold : bold;
        tf->path[face][bold] = tf->path[from_face][from_bold];
        tf->owned[face][bold] = false;
    }
}

/* The font file at path if it can be read as a font, else NULL with why. */
static char *usable_font(char *path, char *why, size_t len)
{
    if (!check_regular(path, why, len)) { /* a FIFO would block TTF_OpenFont */
        free(path);
        return NULL;
    }
    TTF_Font *probe = TTF_OpenFont(path, 12);
    if (probe) {
        TTF_CloseFont(probe);
        return path;
    }
    if (!is_file(path))
        snprintf(why, len, _("cannot open '%s': %s"), path, strerror(ENOENT));
    else
        snprintf(why, len, _("'%s' is not a font SDL_ttf can read: %s"), path, TTF_GetError());
    free(path);
    return NULL;
}

TextFonts *textfont_new(const char *font_dir, char *err, size_t errlen)
{
    TextFonts *tf = xcalloc(1, sizeof *tf);
    tf->widths = xcalloc(WIDTH_SLOTS, sizeof *tf->widths);
    for (int face = 0; face < LAYOUT_FACE_COUNT; face++) {
        for (int bold = 0; bold < 2; bold++) {
            char why[512];
            tf->path[face][bold] =
                usable_font(path_join(font_dir, FONT_FILES[face][bold]), why, sizeof why);
            tf->owned[face][bold] = tf->path[face][bold] != NULL;
            if (!tf->path[face][bold] && !tf->warning[0])
                snprintf(tf->warning, sizeof tf->warning, "%s", why);
        }
        tf->has_face[face] = tf->path[face][0] || tf->path[face][1];
    }
    if (!tf->has_face[LAYOUT_FACE_LATIN]) {
        /* Every screen has Latin digits and names: nothing can be drawn. */
        snprintf(err, errlen, "%s", tf->warning);
        textfont_free(tf);
        return NULL;
    }
    borrow_missing(tf, LAYOUT_FACE_LATIN, LAYOUT_FACE_LATIN);
    borrow_missing(tf, LAYOUT_FACE_URDU, LAYOUT_FACE_LATIN);
    return tf;
}

bool textfont_has_face(const TextFonts *tf, LayoutFace face)
{
    return tf->has_face[face];
}

const char *textfont_warning(const TextFonts *tf)
{
    return tf->warning[0] ? tf->warning : NULL;
}

void textfont_free(TextFonts *tf)
{
    if (!tf)
        return;
    textfont_forget_widths(tf);
    for (int i = 0; i < TEXTFONT_MAX_OPEN; i++)
        close_slot(tf, &tf->fonts[i]);
    for (int f = 0; f < LAYOUT_FACE_COUNT; f++)
        for (int b = 0; b < 2; b++)
            if (tf->owned[f][b])
                free(tf->path[f][b]);
    free(tf->widths);
    free(tf);
}

/* ---- run widths ---- */

void textfont_forget_widths(TextFonts *tf)
{
    for (int i = 0; i < WIDTH_SLOTS; i++) {
        free(tf->widths[i].bytes);
        tf->widths[i] = (WidthSlot){0};
    }
    tf->n_widths = 0;
}

static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++)
        h = (h ^ b[i]) * 1099511628211ull;
    return h ? h : 1;
}

static int shape_width(TextFonts *tf, const TextFont *f, const char *utf8, size_t len, int *h)
{
    char stack[256];
    char *buf = len < sizeof stack ? stack : xmalloc(len + 1);
    memcpy(buf, utf8, len);
    buf[len] = '\0';
    int w = 0;
    *h = 0;
    TTF_SizeUTF8(f->font, buf, &w, h);
    if (buf != stack)
        free(buf);
    tf->shapes++;
    return w;
}

/* The slot holding the width of (key, bytes), or the empty one where it
 * goes (the table is never full: it is cleared at three quarters). */
static WidthSlot *width_slot(TextFonts *tf, uint64_t h, const int key[4], const char *utf8,
                             size_t len)
{
    for (size_t i = h & (WIDTH_SLOTS - 1);; i = (i + 1) & (WIDTH_SLOTS - 1)) {
        WidthSlot *s = &tf->widths[i];
        if (!s->hash || (s->hash == h && s->len == len && !memcmp(s->key, key, sizeof s->key) &&
                         !memcmp(s->bytes, utf8, len)))
            return s;
    }
}

int textfont_width(TextFonts *tf, const char *utf8, size_t len, LayoutFace face, bool bold, int px,
                   bool rtl, int *height)
{
    int key[4] = {face, bold, px, rtl};
    uint64_t h = fnv(fnv(14695981039346656037ull, key, sizeof key), utf8, len);
    WidthSlot *s = width_slot(tf, h, key, utf8, len);
    if (s->hash) {
        *height = s->height;
        return s->width;
    }
    const TextFont *f = textfont_get(tf, face, bold, px, rtl);
    *height = 0;
    int w = f ? shape_width(tf, f, utf8, len, height) : 0;
    if (tf->n_widths >= WIDTH_SLOTS * 3 / 4) {
        textfont_forget_widths(tf);
        s = width_slot(tf, h, key, utf8, len);
    }
    *s = (WidthSlot){
        .hash = h, .bytes = xstrndup(utf8, len), .len = len, .width = w, .height = *height};
    memcpy(s->key, key, sizeof key);
    tf->n_widths++;
    return w;
}

unsigned long textfont_shapes(const TextFonts *tf)
{
    return tf->shapes;
}

int textfont_open_count(const TextFonts *tf)
{
    return tf->n_open;
}
