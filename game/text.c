/* text: draws laid-out paragraphs (core/layout.h) with SDL2_ttf.
 *
 * Three caches, from small to large: open fonts, one per (face, bold, size,
 * direction), each set up once and never flipped (PITFALLS.md); run widths
 * keyed by font and bytes, so fitting at several sizes shapes each word once
 * per size; and rendered paragraphs, one texture each, in an LRU bounded by
 * TEXT_CACHE_BYTES. Paragraphs are rendered white and tinted at draw time
 * with the texture's colour mod, so colour is not part of the key. */
#include "text.h"

#include <SDL_ttf.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "layout.h"
#include "paths.h"
#include "util.h"

#define MAX_FONTS 48
#define WIDTH_SLOTS 8192 /* power of two */
#define PAR_BUCKETS 1024 /* power of two */
#define MAX_ENTRIES 4096

typedef struct {
    TTF_Font *font;
    int face, bold, px, rtl;
    int ascent, height;
    unsigned long last_use;
} FontSlot;

typedef struct {
    uint64_t hash; /* 0: empty */
    char *bytes;
    size_t len;
    int width;
} WidthSlot;

typedef struct Entry Entry;
struct Entry {
    uint64_t hash;
    char *text;
    int box_w, box_h, max_px, min_px, bold, dir, align;
    int px, w, h; /* the fit: size used and extent at that size */
    bool rtl;     /* resolved base direction */
    SDL_Texture *tex;
    size_t bytes;
    Entry *newer, *older, *chain;
};

struct TextEngine {
    SDL_Renderer *r;
    void *font_data[LAYOUT_FACE_COUNT][2];
    size_t font_size[LAYOUT_FACE_COUNT][2];
    FontSlot fonts[MAX_FONTS];
    unsigned long clock;
    WidthSlot *widths;
    int n_widths;
    Entry *buckets[PAR_BUCKETS];
    Entry *newest, *oldest;
    TextStats stats;
};

/* The size and weight a layout is being measured at. */
typedef struct {
    TextEngine *te;
    int px, bold;
} MeasureCtx;

static const char *const FONT_FILES[LAYOUT_FACE_COUNT][2] = {
    {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf"},
    {"NotoNastaliqUrdu-Regular.ttf", "NotoNastaliqUrdu-Bold.ttf"},
};

static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++)
        h = (h ^ b[i]) * 1099511628211ull;
    return h ? h : 1;
}

/* ---- fonts ---- */

static void close_slot(TextEngine *te, FontSlot *s)
{
    if (s->font) {
        TTF_CloseFont(s->font);
        te->stats.fonts_open--;
    }
    *s = (FontSlot){0};
}

/* Opens a font set up once for its direction and script. */
static TTF_Font *open_font(TextEngine *te, int face, int bold, int px, int rtl)
{
    SDL_RWops *rw = SDL_RWFromConstMem(te->font_data[face][bold], (int)te->font_size[face][bold]);
    TTF_Font *f = rw ? TTF_OpenFontRW(rw, 1, px) : NULL;
    if (!f)
        return NULL;
    TTF_SetFontDirection(f, rtl ? TTF_DIRECTION_RTL : TTF_DIRECTION_LTR);
    TTF_SetFontScriptName(f, face == LAYOUT_FACE_URDU ? "Arab" : "Latn");
    te->stats.fonts_open++;
    return f;
}

static FontSlot *get_font(TextEngine *te, int face, int bold, int px, int rtl)
{
    FontSlot *victim = &te->fonts[0];
    te->clock++;
    for (int i = 0; i < MAX_FONTS; i++) {
        FontSlot *s = &te->fonts[i];
        if (s->font && s->face == face && s->bold == bold && s->px == px && s->rtl == rtl) {
            s->last_use = te->clock;
            return s;
        }
        if (!s->font || (victim->font && s->last_use < victim->last_use))
            victim = s;
    }
    close_slot(te, victim);
    TTF_Font *f = open_font(te, face, bold, px, rtl);
    if (!f)
        return NULL;
    *victim = (FontSlot){.font = f, .face = face, .bold = bold, .px = px, .rtl = rtl,
                         .ascent = TTF_FontAscent(f), .height = TTF_FontHeight(f),
                         .last_use = te->clock};
    return victim;
}

static bool load_fonts(TextEngine *te, const char *dir, char *err, size_t errlen)
{
    for (int face = 0; face < LAYOUT_FACE_COUNT; face++)
        for (int bold = 0; bold < 2; bold++) {
            char *path = path_join(dir, FONT_FILES[face][bold]);
            te->font_data[face][bold] =
                read_file(path, 64u << 20, &te->font_size[face][bold], err, errlen);
            free(path);
            if (!te->font_data[face][bold])
                return false;
        }
    return true;
}

/* ---- run widths ---- */

static void clear_widths(TextEngine *te)
{
    for (int i = 0; i < WIDTH_SLOTS; i++) {
        free(te->widths[i].bytes);
        te->widths[i] = (WidthSlot){0};
    }
    te->n_widths = 0;
}

static int shape_width(TextEngine *te, FontSlot *fs, const char *utf8, size_t len)
{
    char stack[256];
    char *buf = len < sizeof stack ? stack : xmalloc(len + 1);
    memcpy(buf, utf8, len);
    buf[len] = '\0';
    int w = 0, h = 0;
    TTF_SizeUTF8(fs->font, buf, &w, &h);
    if (buf != stack)
        free(buf);
    te->stats.shapes++;
    return w;
}

static int measure_width(void *ctx, const char *utf8, size_t len, LayoutFace face, bool rtl)
{
    MeasureCtx *mc = ctx;
    TextEngine *te = mc->te;
    int key[4] = {face, mc->bold, mc->px, rtl};
    uint64_t h = fnv(fnv(14695981039346656037ull, key, sizeof key), utf8, len);
    size_t i = h & (WIDTH_SLOTS - 1);
    for (; te->widths[i].hash; i = (i + 1) & (WIDTH_SLOTS - 1))
        if (te->widths[i].hash == h && te->widths[i].len == len &&
            memcmp(te->widths[i].bytes, utf8, len) == 0)
            return te->widths[i].width;
    FontSlot *fs = get_font(te, face, mc->bold, mc->px, rtl);
    int w = fs ? shape_width(te, fs, utf8, len) : 0;
    if (te->n_widths >= WIDTH_SLOTS * 3 / 4) {
        clear_widths(te);
        for (i = h & (WIDTH_SLOTS - 1); te->widths[i].hash; i = (i + 1) & (WIDTH_SLOTS - 1))
            ;
    }
    te->widths[i] = (WidthSlot){.hash = h, .bytes = xstrndup(utf8, len), .len = len, .width = w};
    te->n_widths++;
    return w;
}

static void measure_metrics(void *ctx, LayoutFace face, int *ascent, int *descent)
{
    MeasureCtx *mc = ctx;
    FontSlot *fs = get_font(mc->te, face, mc->bold, mc->px, 0);
    *ascent = fs ? fs->ascent : mc->px;
    *descent = fs ? fs->height - fs->ascent : 0;
}

static void lay_out(TextEngine *te, Layout *l, const char *utf8, int px, int bold, TextDir dir,
                    int width)
{
    MeasureCtx mc = {te, px, bold};
    LayoutMeasure m = {measure_width, measure_metrics, &mc};
    LayoutDir ld = dir == TEXT_DIR_RTL ? LAYOUT_DIR_RTL
                   : dir == TEXT_DIR_LTR ? LAYOUT_DIR_LTR : LAYOUT_DIR_AUTO;
    layout_build(l, utf8, strlen(utf8), ld, width, &m);
    te->stats.layouts++;
}

/* ---- fitting ---- */

static bool fits(const Layout *l, int box_w, int box_h)
{
    return l->width <= box_w && (box_h <= 0 || l->height <= box_h);
}

/* Binary search for the largest size in [min, max] whose layout fits; at
 * min it is kept even if it does not. Leaves that size's layout in *best. */
static int fit(TextEngine *te, Layout *best, const char *utf8, const Entry *k)
{
    int lo = k->min_px, hi = k->max_px, px = k->min_px;
    bool found = false;
    *best = (Layout){0};
    Layout l;
    lay_out(te, &l, utf8, hi, k->bold, k->dir, k->box_w);
    if (fits(&l, k->box_w, k->box_h)) {
        *best = l;
        return hi;
    }
    layout_free(&l);
    hi--;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        lay_out(te, &l, utf8, mid, k->bold, k->dir, k->box_w);
        if (fits(&l, k->box_w, k->box_h)) {
            layout_free(best);
            *best = l;
            px = mid;
            found = true;
            lo = mid + 1;
        } else {
            layout_free(&l);
            hi = mid - 1;
        }
    }
    if (!found)
        lay_out(te, best, utf8, px, k->bold, k->dir, k->box_w);
    return px;
}

/* ---- rendering a paragraph ---- */

/* Adds the white, alpha-only run image src onto dst at (x, y): every run
 * has the same colour, so only coverage needs combining. */
static void add_coverage(SDL_Surface *dst, SDL_Surface *src, int x, int y)
{
    for (int sy = 0; sy < src->h; sy++) {
        int dy = y + sy;
        if (dy < 0 || dy >= dst->h)
            continue;
        const Uint32 *s = (const Uint32 *)((const Uint8 *)src->pixels + sy * src->pitch);
        Uint32 *d = (Uint32 *)((Uint8 *)dst->pixels + dy * dst->pitch);
        for (int sx = 0; sx < src->w; sx++) {
            int dx = x + sx;
            Uint32 as = s[sx] >> 24;
            if (dx < 0 || dx >= dst->w || as == 0)
                continue;
            Uint32 ad = d[dx] >> 24;
            Uint32 a = as + ad * (255 - as) / 255;
            d[dx] = a << 24 | 0xFFFFFFu;
        }
    }
}

static void render_run(TextEngine *te, SDL_Surface *dst, const char *utf8, const LayoutRun *run,
                       const MeasureCtx *mc, int x, int baseline)
{
    FontSlot *fs = get_font(te, run->face, mc->bold, mc->px, run->rtl);
    if (!fs || run->len == 0)
        return;
    char *buf = xstrndup(utf8 + run->start, run->len);
    SDL_Surface *s = TTF_RenderUTF8_Blended(fs->font, buf, (SDL_Color){255, 255, 255, 255});
    free(buf);
    te->stats.renders++;
    if (!s)
        return;
    SDL_Surface *conv = s->format->format == SDL_PIXELFORMAT_ARGB8888
                            ? s
                            : SDL_ConvertSurfaceFormat(s, SDL_PIXELFORMAT_ARGB8888, 0);
    if (conv)
        add_coverage(dst, conv, x, baseline - fs->ascent);
    if (conv != s)
        SDL_FreeSurface(conv);
    SDL_FreeSurface(s);
}

static int line_x(const Layout *l, const LayoutLine *ln, int align)
{
    int slack = l->width - ln->width;
    if (align == TEXT_ALIGN_CENTER)
        return slack / 2;
    bool right = (align == TEXT_ALIGN_START) == l->rtl;
    return right ? slack : 0;
}

static SDL_Texture *render_layout(TextEngine *te, const Layout *l, const char *utf8,
                                  const Entry *k)
{
    if (l->width <= 0 || l->height <= 0)
        return NULL;
    SDL_Surface *dst = SDL_CreateRGBSurfaceWithFormat(0, l->width, l->height, 32,
                                                      SDL_PIXELFORMAT_ARGB8888);
    if (!dst)
        return NULL;
    SDL_memset(dst->pixels, 0, (size_t)dst->pitch * (size_t)dst->h);
    MeasureCtx mc = {te, k->px, k->bold};
    for (int i = 0; i < l->n_lines; i++) {
        const LayoutLine *ln = &l->lines[i];
        int x0 = line_x(l, ln, k->align);
        for (int r = ln->first_run; r < ln->first_run + ln->n_runs; r++)
            render_run(te, dst, utf8, &l->runs[r], &mc, x0 + l->runs[r].x, ln->y + ln->ascent);
    }
    SDL_Texture *t = SDL_CreateTextureFromSurface(te->r, dst);
    SDL_FreeSurface(dst);
    if (t)
        SDL_SetTextureBlendMode(t, SDL_BLENDMODE_BLEND);
    return t;
}

/* ---- the paragraph cache ---- */

static uint64_t entry_hash(const Entry *k)
{
    int key[7] = {k->box_w, k->box_h, k->max_px, k->min_px, k->bold, k->dir, k->align};
    return fnv(fnv(14695981039346656037ull, key, sizeof key), k->text, strlen(k->text));
}

static bool same_key(const Entry *a, const Entry *b)
{
    return a->hash == b->hash && a->box_w == b->box_w && a->box_h == b->box_h &&
           a->max_px == b->max_px && a->min_px == b->min_px && a->bold == b->bold &&
           a->dir == b->dir && a->align == b->align && strcmp(a->text, b->text) == 0;
}

static void lru_unlink(TextEngine *te, Entry *e)
{
    if (e->newer)
        e->newer->older = e->older;
    else
        te->newest = e->older;
    if (e->older)
        e->older->newer = e->newer;
    else
        te->oldest = e->newer;
    e->newer = e->older = NULL;
}

static void lru_push(TextEngine *te, Entry *e)
{
    e->older = te->newest;
    e->newer = NULL;
    if (te->newest)
        te->newest->newer = e;
    te->newest = e;
    if (!te->oldest)
        te->oldest = e;
}

static void entry_free(TextEngine *te, Entry *e)
{
    Entry **p = &te->buckets[e->hash & (PAR_BUCKETS - 1)];
    while (*p != e)
        p = &(*p)->chain;
    *p = e->chain;
    lru_unlink(te, e);
    te->stats.cache_bytes -= e->bytes;
    te->stats.cache_entries--;
    if (e->tex)
        SDL_DestroyTexture(e->tex);
    free(e->text);
    free(e);
}

static void evict(TextEngine *te, const Entry *keep)
{
    while (te->oldest && te->oldest != keep &&
           (te->stats.cache_bytes > TEXT_CACHE_BYTES || te->stats.cache_entries > MAX_ENTRIES)) {
        entry_free(te, te->oldest);
        te->stats.evictions++;
    }
}

static Entry *lookup(TextEngine *te, const Entry *k)
{
    for (Entry *e = te->buckets[k->hash & (PAR_BUCKETS - 1)]; e; e = e->chain)
        if (same_key(e, k)) {
            lru_unlink(te, e);
            lru_push(te, e);
            return e;
        }
    return NULL;
}

static Entry *insert(TextEngine *te, const Entry *k)
{
    Entry *e = xmalloc(sizeof *e);
    *e = *k;
    e->text = xstrdup(k->text);
    e->bytes = sizeof *e + strlen(e->text) + 1;
    Entry **b = &te->buckets[e->hash & (PAR_BUCKETS - 1)];
    e->chain = *b;
    *b = e;
    lru_push(te, e);
    te->stats.cache_bytes += e->bytes;
    te->stats.cache_entries++;
    return e;
}

/* The cached entry for (utf8, box, style), fitted; with its texture when
 * want_texture. NULL for empty text. */
static Entry *prepare(TextEngine *te, const char *utf8, int box_w, int box_h,
                      const TextStyle *st, bool want_texture)
{
    if (!utf8 || !*utf8 || st->max_px <= 0)
        return NULL;
    int min = st->min_px > 0 ? st->min_px : st->max_px / 2;
    Entry k = {.text = (char *)utf8, .box_w = box_w > 1 ? box_w : 1, .box_h = box_h,
               .max_px = st->max_px, .min_px = min < st->max_px ? (min > 0 ? min : 1) : st->max_px,
               .bold = st->bold, .dir = st->dir, .align = st->align};
    k.hash = entry_hash(&k);
    Entry *e = lookup(te, &k);
    Layout l = {0};
    bool have_layout = false;
    if (e) {
        te->stats.hits++;
    } else {
        te->stats.misses++;
        e = insert(te, &k);
        e->px = fit(te, &l, utf8, e);
        e->w = l.width;
        e->h = l.height;
        e->rtl = l.rtl;
        have_layout = true;
    }
    if (want_texture && !e->tex) {
        if (!have_layout)
            lay_out(te, &l, utf8, e->px, e->bold, e->dir, e->box_w);
        e->tex = render_layout(te, &l, utf8, e);
        size_t tex_bytes = e->tex ? (size_t)e->w * (size_t)e->h * 4 : 0;
        e->bytes += tex_bytes;
        te->stats.cache_bytes += tex_bytes;
        have_layout = true;
    }
    if (have_layout)
        layout_free(&l);
    evict(te, e);
    return e;
}

/* ---- public ---- */

TextEngine *text_engine_new(SDL_Renderer *r, const char *font_dir, char *err, size_t errlen)
{
    if (!TTF_WasInit() && TTF_Init() != 0) {
        snprintf(err, errlen, "cannot start SDL_ttf: %s", TTF_GetError());
        return NULL;
    }
    TextEngine *te = xcalloc(1, sizeof *te);
    te->r = r;
    te->widths = xcalloc(WIDTH_SLOTS, sizeof *te->widths);
    if (!load_fonts(te, font_dir, err, errlen)) {
        text_engine_free(te);
        return NULL;
    }
    return te;
}

void text_engine_flush(TextEngine *te)
{
    while (te->oldest)
        entry_free(te, te->oldest);
    clear_widths(te);
}

void text_engine_free(TextEngine *te)
{
    if (!te)
        return;
    text_engine_flush(te);
    for (int i = 0; i < MAX_FONTS; i++)
        close_slot(te, &te->fonts[i]);
    for (int f = 0; f < LAYOUT_FACE_COUNT; f++)
        for (int b = 0; b < 2; b++)
            free(te->font_data[f][b]);
    free(te->widths);
    free(te);
}

TextStats text_engine_stats(const TextEngine *te)
{
    return te->stats;
}

int text_draw(TextEngine *te, const char *utf8, SDL_Rect box, const TextStyle *style)
{
    Entry *e = prepare(te, utf8, box.w, box.h, style, true);
    if (!e || !e->tex)
        return 0;
    int x = box.x, y = box.y;
    if (style->align == TEXT_ALIGN_CENTER)
        x += (box.w - e->w) / 2;
    else if ((style->align == TEXT_ALIGN_START) == e->rtl)
        x += box.w - e->w;
    if (style->valign == TEXT_VALIGN_MIDDLE && e->h < box.h)
        y += (box.h - e->h) / 2;
    else if (style->valign == TEXT_VALIGN_BOTTOM && e->h < box.h)
        y += box.h - e->h;
    SDL_Color c = style->color;
    SDL_SetTextureColorMod(e->tex, c.r, c.g, c.b);
    SDL_SetTextureAlphaMod(e->tex, c.a);
    SDL_Rect dst = {x, y, e->w, e->h};
    SDL_RenderCopy(te->r, e->tex, NULL, &dst);
    return e->px;
}

int text_measure(TextEngine *te, const char *utf8, int box_w, int box_h, const TextStyle *style,
                 int *w, int *h)
{
    Entry *e = prepare(te, utf8, box_w, box_h, style, false);
    if (w)
        *w = e ? e->w : 0;
    if (h)
        *h = e ? e->h : 0;
    return e ? e->px : 0;
}
