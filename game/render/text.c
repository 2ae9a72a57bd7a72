/* text: draws laid-out paragraphs (core/layout.h) with SDL2_ttf.
 *
 * Three caches, from small to large: open fonts and run widths
 * (textfont.h), so fitting at several sizes shapes each word once per
 * size; and rendered paragraphs, one texture each, in an LRU bounded by
 * TEXT_CACHE_BYTES. A paragraph's glyphs are rendered once into a
 * coverage map; its texture is refilled from that map when the colour
 * changes, so colour is not part of the key. The colour is baked into the
 * texture rather than applied with a colour mod: the software renderer
 * blends a modulated texture about four times slower. */
#include "text.h"

#include <SDL_ttf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "contrast.h"
#include "i18n.h"
#include "layout.h"
#include "textfont.h"
#include "util.h"

#define PAR_BUCKETS 1024 /* power of two */
#define MAX_ENTRIES 4096

typedef struct Entry Entry;
struct Entry {
    Uint32 hash;
    char *text;
    int box_w, box_h, max_px, min_px, bold, dir, align;
    int px, w, h;       /* the fit: size used and extent at that size */
    int ink_top, ink_h; /* rows of the coverage that hold ink */
    unsigned faces;     /* bit f set: the layout has a run of LayoutFace f */
    bool rtl;           /* resolved base direction */
    bool rendered;      /* coverage is made (NULL for text without ink) */
    Uint8 *coverage;    /* w * h ink, 0..255: the glyphs, rendered once */
    SDL_Texture *tex;   /* coverage in colour `tint` */
    SDL_Color tint;
    size_t bytes;
    Entry *newer, *older, *chain;
};

struct TextEngine {
    SDL_Renderer *r;
    TextFonts *fonts;
    Entry *buckets[PAR_BUCKETS];
    Entry *newest, *oldest;
    TextStats stats;
    size_t budget; /* bytes the cache may hold */
    bool probe;    /* text_engine_probe_contrast */
    TextInk inks[TEXT_PROBE_BOXES];
    int n_inks;
};

/* The size and weight a layout is being measured at. */
typedef struct {
    TextEngine *te;
    int px, bold;
} MeasureCtx;

/* ---- measuring for the layout ---- */

static int measure_width(void *ctx, const char *utf8, size_t len, LayoutFace face, bool rtl,
                         int *height)
{
    MeasureCtx *mc = ctx;
    return textfont_width(mc->te->fonts, utf8, len, face, mc->bold, mc->px, rtl, height);
}

static void measure_metrics(void *ctx, LayoutFace face, int *ascent, int *descent)
{
    MeasureCtx *mc = ctx;
    const TextFont *f = textfont_get(mc->te->fonts, face, mc->bold, mc->px, false);
    *ascent = f ? f->ascent : mc->px;
    *descent = f ? f->height - f->ascent : 0;
}

static void lay_out(TextEngine *te, Layout *l, const char *utf8, int px, int bold, TextDir dir,
                    int width)
{
    MeasureCtx mc = {te, px, bold};
    LayoutMeasure m = {measure_width, measure_metrics, &mc};
    LayoutDir ld = dir == TEXT_DIR_RTL   ? LAYOUT_DIR_RTL
                   : dir == TEXT_DIR_LTR ? LAYOUT_DIR_LTR
                                         : LAYOUT_DIR_AUTO;
    layout_build(l, utf8, strlen(utf8), ld, width, &m);
    te->stats.layouts++;
}

/* ---- fitting ---- */

#define FIT_MEMO 16

/* A fit in progress: the layout of the largest fitting size so far. */
typedef struct {
    TextEngine *te;
    const char *utf8;
    const Entry *k;
    Layout best;
    int best_px;
    int seen_step[FIT_MEMO], n_seen; /* ladder sizes measured so far */
    double seen_o[FIT_MEMO];
} FitCtx;

/* The sizes fitting chooses from: every pixel to 16, then every 2nd to 32,
 * every 4th to 64, every 8th beyond (steps under 13%). Few distinct sizes
 * mean fewer fits to try and fewer font resizes (each empties SDL_ttf's
 * glyph cache). */
static int ladder_px(int i)
{
    return i <= 10   ? 6 + i
           : i <= 18 ? 16 + 2 * (i - 10)
           : i <= 26 ? 32 + 4 * (i - 18)
                     : 64 + 8 * (i - 26);
}

/* The largest ladder index whose size is at most px (0 below 6 px). */
static int ladder_at_most(int px)
{
    int i = 0;
    while (ladder_px(i + 1) <= px)
        i++;
    return i;
}

static double overflow_at(FitCtx *f, int step)
{
    int px = ladder_px(step);
    Layout l;
    lay_out(f->te, &l, f->utf8, px, f->k->bold, f->k->dir, f->k->box_w);
    double ow = (double)l.width / f->k->box_w;
    double oh = f->k->box_h > 0 ? (double)l.height / f->k->box_h : 0.0;
    double o = ow > oh ? ow : oh;
    if (l.broke_words && o <= 1.0) /* a word cut in two does not fit: a smaller size may */
        o = 1.05;
    if (o <= 1.0) {
        layout_free(&f->best);
        f->best = l;
        f->best_px = px;
    } else {
        layout_free(&l);
    }
    return o;
}

/* The search runs over pixel sizes (its guesses scale with them); each size
 * is measured at the ladder size below it, each ladder size only once. */
static double overflow(void *ctx, int px)
{
    FitCtx *f = ctx;
    int step = ladder_at_most(px);
    for (int i = 0; i < f->n_seen; i++)
        if (f->seen_step[i] == step)
            return f->seen_o[i];
    double o = overflow_at(f, step);
    if (f->n_seen < FIT_MEMO) {
        f->seen_step[f->n_seen] = step;
        f->seen_o[f->n_seen++] = o;
    }
    return o;
}

/* The largest size in [min, max] whose layout fits the box, or min; leaves
 * that size's layout in *best. */
static int fit(TextEngine *te, Layout *best, const char *utf8, const Entry *k)
{
    FitCtx f = {.te = te, .utf8 = utf8, .k = k};
    int lo = k->min_px < k->max_px ? k->min_px : k->max_px;
    int px = ladder_px(ladder_at_most(layout_fit_px(lo, k->max_px, overflow, &f)));
    if (px < lo && ladder_px(ladder_at_most(lo) + 1) <= k->max_px)
        px = ladder_px(ladder_at_most(lo) + 1); /* the smallest ladder size in range */
    if (f.best_px != px) {
        layout_free(&f.best);
        lay_out(te, &f.best, utf8, px, k->bold, k->dir, k->box_w);
    }
    *best = f.best;
    return px;
}

/* ---- rendering a paragraph ---- */

/* A paragraph's ink, one byte a pixel. */
typedef struct {
    Uint8 *p;
    int w, h;
} Coverage;

/* Adds the alpha of run image src onto dst at (x, y): every run has the
 * same colour, so only coverage needs combining. */
static void add_coverage(Coverage *dst, SDL_Surface *src, int x, int y)
{
    for (int sy = 0; sy < src->h; sy++) {
        int dy = y + sy;
        if (dy < 0 || dy >= dst->h)
            continue;
        const Uint32 *s = (const Uint32 *)((const Uint8 *)src->pixels + sy * src->pitch);
        Uint8 *d = dst->p + (size_t)dy * (size_t)dst->w;
        for (int sx = 0; sx < src->w; sx++) {
            int dx = x + sx;
            Uint32 as = s[sx] >> 24;
            if (dx < 0 || dx >= dst->w || as == 0)
                continue;
            d[dx] = (Uint8)(as + d[dx] * (255 - as) / 255);
        }
    }
}

static bool row_has_ink(const SDL_Surface *s, int y)
{
    const Uint32 *p = (const Uint32 *)((const Uint8 *)s->pixels + y * s->pitch);
    for (int x = 0; x < s->w; x++)
        if (p[x] >> 24)
            return true;
    return false;
}

/* How far SDL_ttf moved the baseline down in a run image taller than the
 * font: it grows the image upward by the ink above the ascent and downward
 * by the ink below the descent. Glyph bitmaps are cropped to their ink, so
 * an image grown upward has ink in its top row; when both edges have ink,
 * the growth is taken as upward (Nastaliq cascades rise far; its tails drop
 * a pixel or two). */
static int ink_above(const SDL_Surface *s, int font_height)
{
    int extra = s->h - font_height;
    if (extra <= 0 || !row_has_ink(s, 0))
        return 0;
    return extra;
}

static void render_run(TextEngine *te, Coverage *dst, const char *utf8, const LayoutRun *run,
                       const MeasureCtx *mc, int x, int baseline)
{
    const TextFont *f = textfont_get(te->fonts, run->face, mc->bold, mc->px, run->rtl);
    if (!f || run->len == 0)
        return;
    int ascent = f->ascent, height = f->height;
    char *buf = xstrndup(utf8 + run->start, run->len);
    SDL_Surface *s = TTF_RenderUTF8_Blended(f->font, buf, (SDL_Color){255, 255, 255, 255});
    free(buf);
    te->stats.renders++;
    if (!s)
        return;
    SDL_Surface *conv = s->format->format == SDL_PIXELFORMAT_ARGB8888
                            ? s
                            : SDL_ConvertSurfaceFormat(s, SDL_PIXELFORMAT_ARGB8888, 0);
    if (conv)
        add_coverage(dst, conv, x, baseline - ascent - ink_above(conv, height));
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

/* Renders every run of l into a new coverage map (NULL when l is empty). */
static Uint8 *render_layout(TextEngine *te, const Layout *l, const char *utf8, const Entry *k)
{
    if (l->width <= 0 || l->height <= 0)
        return NULL;
    Coverage cov = {xcalloc((size_t)l->width * (size_t)l->height, 1), l->width, l->height};
    MeasureCtx mc = {te, k->px, k->bold};
    for (int i = 0; i < l->n_lines; i++) {
        const LayoutLine *ln = &l->lines[i];
        int x0 = line_x(l, ln, k->align);
        for (int r = ln->first_run; r < ln->first_run + ln->n_runs; r++)
            render_run(te, &cov, utf8, &l->runs[r], &mc, x0 + l->runs[r].x, ln->y + ln->ascent);
    }
    return cov.p;
}

/* Fills e's texture (created on first use) with its coverage in colour c;
 * the colour's alpha is applied at draw time. */
static bool tint(TextEngine *te, Entry *e, SDL_Color c)
{
    if (!e->tex) {
        e->tex = SDL_CreateTexture(te->r, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_STATIC, e->w,
                                   e->h);
        if (!e->tex)
            return false;
        SDL_SetTextureBlendMode(e->tex, SDL_BLENDMODE_BLEND);
        size_t tex_bytes = (size_t)e->w * (size_t)e->h * 4;
        e->bytes += tex_bytes;
        te->stats.cache_bytes += tex_bytes;
    } else if (e->tint.r == c.r && e->tint.g == c.g && e->tint.b == c.b) {
        return true;
    }
    size_t n = (size_t)e->w * (size_t)e->h;
    Uint32 *px = xmalloc(n * 4);
    Uint32 rgb = (Uint32)c.r << 16 | (Uint32)c.g << 8 | c.b;
    for (size_t i = 0; i < n; i++)
        px[i] = (Uint32)e->coverage[i] << 24 | rgb;
    SDL_UpdateTexture(e->tex, NULL, px, e->w * 4);
    free(px);
    e->tint = c;
    return true;
}

/* The first and the number of rows of e's coverage that hold ink. */
static void ink_rows(Entry *e)
{
    int top = -1, bottom = -1;
    for (int y = 0; e->coverage && y < e->h; y++) {
        const Uint8 *row = e->coverage + (size_t)y * (size_t)e->w;
        for (int x = 0; x < e->w; x++)
            if (row[x]) {
                top = top < 0 ? y : top;
                bottom = y;
                break;
            }
    }
    e->ink_top = top < 0 ? 0 : top;
    e->ink_h = top < 0 ? e->h : bottom - top + 1;
}

/* ---- the paragraph cache ---- */

static Uint32 entry_hash(const Entry *k)
{
    int key[7] = {k->box_w, k->box_h, k->max_px, k->min_px, k->bold, k->dir, k->align};
    return SDL_crc32(SDL_crc32(0, key, sizeof key), k->text, strlen(k->text));
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
    free(e->coverage);
    free(e->text);
    free(e);
}

static void evict(TextEngine *te, const Entry *keep)
{
    while (te->oldest && te->oldest != keep &&
           (te->stats.cache_bytes > te->budget || te->stats.cache_entries > MAX_ENTRIES)) {
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
static Entry *prepare(TextEngine *te, const char *utf8, int box_w, int box_h, const TextStyle *st,
                      bool want_texture)
{
    if (!utf8 || !*utf8 || st->max_px <= 0)
        return NULL;
    char *clean = layout_clean_bidi(utf8); /* no override can turn a line around */
    if (clean)
        utf8 = clean;
    int min = st->min_px > 0 ? st->min_px : st->max_px / 2;
    Entry k = {.text = (char *)utf8,
               .box_w = box_w > 1 ? box_w : 1,
               .box_h = box_h,
               .max_px = st->max_px,
               .min_px = min < st->max_px ? (min > 0 ? min : 1) : st->max_px,
               .bold = st->bold,
               .dir = st->dir,
               .align = st->align};
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
        for (int i = 0; i < l.n_runs; i++)
            e->faces |= 1u << l.runs[i].face;
        have_layout = true;
    }
    if (want_texture && !e->rendered) {
        if (!have_layout)
            lay_out(te, &l, utf8, e->px, e->bold, e->dir, e->box_w);
        e->coverage = render_layout(te, &l, utf8, e);
        e->rendered = true;
        ink_rows(e);
        size_t cov_bytes = e->coverage ? (size_t)e->w * (size_t)e->h : 0;
        e->bytes += cov_bytes;
        te->stats.cache_bytes += cov_bytes;
        have_layout = true;
    }
    if (have_layout)
        layout_free(&l);
    evict(te, e);
    free(clean);
    return e;
}

/* ---- public ---- */

TextEngine *text_engine_new(SDL_Renderer *r, const char *font_dir, char *err, size_t errlen)
{
    if (!TTF_WasInit() && TTF_Init() != 0) {
        snprintf(err, errlen, _("cannot start SDL_ttf: %s"), TTF_GetError());
        return NULL;
    }
    TextFonts *fonts = textfont_new(font_dir, err, errlen);
    if (!fonts)
        return NULL;
    TextEngine *te = xcalloc(1, sizeof *te);
    te->r = r;
    te->fonts = fonts;
    te->budget = TEXT_CACHE_BYTES;
    return te;
}

void text_engine_set_cache_budget(TextEngine *te, size_t bytes)
{
    te->budget = bytes;
    evict(te, NULL);
}

bool text_engine_has_urdu(const TextEngine *te)
{
    return textfont_has_face(te->fonts, LAYOUT_FACE_URDU);
}

const char *text_engine_warning(const TextEngine *te)
{
    return textfont_warning(te->fonts);
}

void text_engine_flush(TextEngine *te)
{
    while (te->oldest)
        entry_free(te, te->oldest);
    textfont_forget_widths(te->fonts);
}

void text_engine_free(TextEngine *te)
{
    if (!te)
        return;
    text_engine_flush(te);
    textfont_free(te->fonts);
    free(te);
}

TextStats text_engine_stats(const TextEngine *te)
{
    TextStats st = te->stats;
    st.shapes = textfont_shapes(te->fonts);
    st.fonts_open = textfont_open_count(te->fonts);
    return st;
}

/* Remembers the smallest size drawn per script (TextStats.least_px_*). */
static void note_least(TextEngine *te, const Entry *e)
{
    int *least[] = {&te->stats.least_px_latin, &te->stats.least_px_urdu};
    const LayoutFace face[] = {LAYOUT_FACE_LATIN, LAYOUT_FACE_URDU};
    for (int i = 0; i < 2; i++)
        if ((e->faces & 1u << face[i]) && (*least[i] == 0 || e->px < *least[i]))
            *least[i] = e->px;
}

void text_engine_reset_least(TextEngine *te)
{
    te->stats.least_px_latin = te->stats.least_px_urdu = 0;
    te->stats.contrast_margin = 0;
    te->n_inks = 0;
}

int text_engine_inks(const TextEngine *te, const TextInk **out)
{
    *out = te->inks;
    return te->n_inks;
}

void text_engine_note_shape(TextEngine *te, SDL_Rect r, const char *name)
{
    if (!te->probe || te->n_inks >= TEXT_PROBE_BOXES)
        return;
    TextInk *k = &te->inks[te->n_inks++];
    *k = (TextInk){.ink = r, .shape = true};
    snprintf(k->text, sizeof k->text, "[%s]", name ? name : "");
}

void text_engine_probe_contrast(TextEngine *te, bool on)
{
    te->probe = on;
}

static int cmp_u32(const void *a, const void *b)
{
    Uint32 x = *(const Uint32 *)a, y = *(const Uint32 *)b;
    return (x > y) - (x < y);
}

/* The most common colour in r of the render target, or false when r is
 * off the target or cannot be read. */
static bool background_of(TextEngine *te, SDL_Rect r, Uint32 *rgb)
{
    int w = 0, h = 0;
    SDL_Rect out = {0, 0, 0, 0}, in;
    if (SDL_GetRendererOutputSize(te->r, &out.w, &out.h) != 0 || !SDL_IntersectRect(&r, &out, &in))
        return false;
    w = in.w, h = in.h;
    Uint32 *px = xmalloc((size_t)w * (size_t)h * 4);
    bool ok = SDL_RenderReadPixels(te->r, &in, SDL_PIXELFORMAT_ARGB8888, px, w * 4) == 0;
    if (ok) {
        size_t n = (size_t)w * (size_t)h, best = 0;
        for (size_t i = 0; i < n; i++)
            px[i] &= 0xFFFFFF;
        qsort(px, n, sizeof *px, cmp_u32);
        for (size_t i = 0, run = 1; i < n; i++, run++)
            if (i + 1 == n || px[i + 1] != px[i]) {
                if (run > best) {
                    best = run;
                    *rgb = px[i];
                }
                run = 0;
            }
    }
    free(px);
    return ok;
}

/* Keeps the draw with the worst contrast margin (TextStats.contrast_*). */
static void probe_contrast(TextEngine *te, SDL_Rect dst, SDL_Color c, int px, const char *utf8)
{
    Uint32 bg = 0;
    if (!background_of(te, dst, &bg))
        return;
    Uint32 fg = (Uint32)c.r << 16 | (Uint32)c.g << 8 | c.b;
    double margin = contrast_ratio(fg, bg) / contrast_needed(px);
    TextStats *st = &te->stats;
    if (st->contrast_margin > 0 && margin >= st->contrast_margin)
        return;
    st->contrast_margin = margin;
    st->contrast_px = px;
    st->contrast_fg = fg;
    st->contrast_bg = bg;
    snprintf(st->contrast_text, sizeof st->contrast_text, "%s", utf8);
}

int text_draw(TextEngine *te, const char *utf8, SDL_Rect box, const TextStyle *style)
{
    bool ink_middle = style->valign == TEXT_VALIGN_INK_MIDDLE;
    Entry *e = prepare(te, utf8, box.w, ink_middle ? 0 : box.h, style, true);
    if (!e || !e->coverage || !tint(te, e, style->color))
        return 0;
    evict(te, e); /* the texture may have just been created */
    int x = box.x, y = box.y;
    if (style->align == TEXT_ALIGN_CENTER)
        x += (box.w - e->w) / 2;
    else if ((style->align == TEXT_ALIGN_START) == e->rtl)
        x += box.w - e->w;
    if (ink_middle)
        y += (box.h - e->ink_h) / 2 - e->ink_top;
    else if (style->valign == TEXT_VALIGN_MIDDLE && e->h < box.h)
        y += (box.h - e->h) / 2;
    else if (style->valign == TEXT_VALIGN_BOTTOM && e->h < box.h)
        y += box.h - e->h;
    SDL_SetTextureAlphaMod(e->tex, style->color.a);
    SDL_Rect dst = {x, y, e->w, e->h};
    if (te->probe) {
        probe_contrast(te, dst, style->color, e->px, utf8);
        if (te->n_inks < TEXT_PROBE_BOXES) {
            TextInk *k = &te->inks[te->n_inks++];
            *k = (TextInk){.ink = {dst.x, dst.y + e->ink_top, dst.w, e->ink_h}};
            snprintf(k->text, sizeof k->text, "%s", utf8);
        }
    }
    SDL_RenderCopy(te->r, e->tex, NULL, &dst);
    note_least(te, e);
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
