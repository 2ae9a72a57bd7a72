/* The SDL text engine with the real fonts, drawn by the software renderer
 * into a surface and read back pixel by pixel. */
#include <SDL.h>
#include <SDL_ttf.h>
#include <stdlib.h>
#include <string.h>

#include "layout.h"
#include "testutil.h"
#include "text.h"

#define FONTS AMAN_SOURCE_DIR "/assets/fonts"
#define W 1000
#define H 400

static SDL_Surface *target;
static SDL_Renderer *ren;
static TextEngine *te;

static void setup(void)
{
    target = SDL_CreateRGBSurfaceWithFormat(0, W, H, 32, SDL_PIXELFORMAT_ARGB8888);
    ck_assert_ptr_nonnull(target);
    ren = SDL_CreateSoftwareRenderer(target);
    ck_assert_ptr_nonnull(ren);
    char err[512];
    te = text_engine_new(ren, FONTS, err, sizeof err);
    ck_assert_msg(te != NULL, "%s", err);
}

static void teardown(void)
{
    text_engine_free(te);
    SDL_DestroyRenderer(ren);
    SDL_FreeSurface(target);
    TTF_Quit();
}

static void clear(void)
{
    SDL_SetRenderDrawColor(ren, 0, 0, 0, 255);
    SDL_RenderClear(ren);
}

static TextStyle style(int px, TextDir dir)
{
    return (TextStyle){.max_px = px, .min_px = px, .color = {255, 255, 255, 255}, .dir = dir};
}

/* A grey image: ink 0..255 per pixel. */
typedef struct {
    int w, h;
    unsigned char *p;
} Gray;

static Gray gray_of(SDL_Surface *s, int shift)
{
    Gray g = {s->w, s->h, malloc((size_t)s->w * (size_t)s->h)};
    for (int y = 0; y < s->h; y++)
        for (int x = 0; x < s->w; x++) {
            Uint32 px = ((Uint32 *)((Uint8 *)s->pixels + y * s->pitch))[x];
            g.p[y * s->w + x] = (unsigned char)(px >> shift);
        }
    return g;
}

/* The bounding box of pixels with ink above 64. */
static SDL_Rect ink_box(Gray g)
{
    int x0 = g.w, y0 = g.h, x1 = -1, y1 = -1;
    for (int y = 0; y < g.h; y++)
        for (int x = 0; x < g.w; x++)
            if (g.p[y * g.w + x] > 64) {
                x0 = x < x0 ? x : x0;
                x1 = x > x1 ? x : x1;
                y0 = y < y0 ? y : y0;
                y1 = y > y1 ? y : y1;
            }
    return x1 < 0 ? (SDL_Rect){0, 0, 0, 0} : (SDL_Rect){x0, y0, x1 - x0 + 1, y1 - y0 + 1};
}

static Gray crop(Gray g, SDL_Rect r)
{
    Gray c = {r.w, r.h, malloc((size_t)r.w * (size_t)r.h + 1)};
    for (int y = 0; y < r.h; y++)
        memcpy(c.p + y * r.w, g.p + (r.y + y) * g.w + r.x, (size_t)r.w);
    return c;
}

/* Left edge of the best match of t in img (sum of absolute differences);
 * fails the test unless the match is close. */
static int find(Gray img, Gray t)
{
    long best = -1, ink = 0;
    int bx = -1;
    for (int i = 0; i < t.w * t.h; i++)
        ink += t.p[i];
    for (int y = 0; y + t.h <= img.h; y++)
        for (int x = 0; x + t.w <= img.w; x++) {
            long sad = 0;
            for (int ty = 0; ty < t.h && (best < 0 || sad < best); ty++)
                for (int tx = 0; tx < t.w; tx++)
                    sad += abs(img.p[(y + ty) * img.w + x + tx] - t.p[ty * t.w + tx]);
            if (best < 0 || sad < best) {
                best = sad;
                bx = x;
            }
        }
    ck_assert_msg(best >= 0 && best < ink / 4, "no close match: %ld against ink %ld", best, ink);
    return bx;
}

/* The ink of one digit drawn alone the way the engine draws it in Urdu. */
static Gray digit_template(char d, int px)
{
    char s[2] = {d, '\0'};
    clear();
    TextStyle st = style(px, TEXT_DIR_RTL);
    ck_assert_int_eq(text_draw(te, s, (SDL_Rect){0, 0, W, H}, &st), px);
    Gray g = gray_of(target, 16);
    Gray t = crop(g, ink_box(g));
    free(g.p);
    return t;
}

/* x of each digit of "1960" in img, found by template matching. */
static void digit_positions(Gray img, int px, int xs[4])
{
    for (int i = 0; i < 4; i++) {
        Gray t = digit_template("1960"[i], px);
        xs[i] = find(img, t);
        free(t.p);
    }
}

static const char *YEAR_LINE = "سال 1960 میں";

START_TEST(urdu_line_shows_digits_left_to_right)
{
    clear();
    TextStyle st = style(48, TEXT_DIR_AUTO);
    ck_assert_int_eq(text_draw(te, YEAR_LINE, (SDL_Rect){0, 0, W, H}, &st), 48);
    Gray line = gray_of(target, 16);
    int xs[4];
    digit_positions(line, 48, xs);
    ck_assert_msg(xs[0] < xs[1] && xs[1] < xs[2] && xs[2] < xs[3],
                  "1960 drawn out of order: 1@%d 9@%d 6@%d 0@%d", xs[0], xs[1], xs[2], xs[3]);
    /* The number sits between the words: "سال" to its right, "میں" left. */
    SDL_Rect ink = ink_box(line);
    ck_assert_int_gt(xs[0] - ink.x, 48);
    ck_assert_int_gt(ink.x + ink.w - xs[3], 48);
    free(line.p);
}
END_TEST

/* The trap this engine avoids (docs/platform-notes.md): one RTL shaping of the whole
 * line reverses the digits. The same detector must see that, or the test
 * above could not fail. */
START_TEST(detector_sees_digits_reversed_by_naive_rtl_shaping)
{
    TTF_Font *f = TTF_OpenFont(FONTS "/NotoNastaliqUrdu-Regular.ttf", 48);
    ck_assert_ptr_nonnull(f);
    TTF_SetFontDirection(f, TTF_DIRECTION_RTL);
    TTF_SetFontScriptName(f, "Arab");
    SDL_Surface *s = TTF_RenderUTF8_Blended(f, YEAR_LINE, (SDL_Color){255, 255, 255, 255});
    ck_assert_ptr_nonnull(s);
    Gray line = gray_of(s, 24);
    int xs[4];
    digit_positions(line, 48, xs);
    ck_assert_msg(xs[3] < xs[2] && xs[2] < xs[1] && xs[1] < xs[0], "naive order: %d %d %d %d",
                  xs[0], xs[1], xs[2], xs[3]);
    free(line.p);
    SDL_FreeSurface(s);
    TTF_CloseFont(f);
}
END_TEST

START_TEST(redrawing_unchanged_text_renders_no_glyphs)
{
    TextStyle st = style(40, TEXT_DIR_RTL);
    st.min_px = 20;
    SDL_Rect box = {10, 10, 600, 300};
    const char *q = "پاکستان نے 1960 سے اب تک 48 مشنوں میں 235,000 فوجی بھیجے ہیں";
    clear();
    int px = text_draw(te, q, box, &st);
    ck_assert_int_gt(px, 0);
    TextStats first = text_engine_stats(te);
    ck_assert_uint_gt(first.renders, 0);
    for (int frame = 0; frame < 3; frame++) {
        clear();
        st.color = (SDL_Color){(Uint8)(frame * 80), 200, 100, 255}; /* tint is not a glyph */
        ck_assert_int_eq(text_draw(te, q, box, &st), px);
    }
    TextStats again = text_engine_stats(te);
    ck_assert_uint_eq(again.renders, first.renders);
    ck_assert_uint_eq(again.shapes, first.shapes);
    ck_assert_uint_eq(again.layouts, first.layouts);
    ck_assert_uint_eq(again.hits, first.hits + 3);
}
END_TEST

/* The colour of the most inked pixel on the target. */
static SDL_Color ink_colour(void)
{
    Uint32 best = 0;
    int best_sum = -1;
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++) {
            Uint32 p = ((Uint32 *)((Uint8 *)target->pixels + y * target->pitch))[x];
            int sum = (int)((p >> 16 & 255) + (p >> 8 & 255) + (p & 255));
            if (sum > best_sum) {
                best_sum = sum;
                best = p;
            }
        }
    return (SDL_Color){(Uint8)(best >> 16), (Uint8)(best >> 8), (Uint8)best, 255};
}

START_TEST(colour_changes_retint_without_rendering_glyphs)
{
    TextStyle st = style(40, TEXT_DIR_AUTO);
    SDL_Rect box = {0, 0, W, H};
    st.color = (SDL_Color){250, 20, 10, 255};
    clear();
    text_draw(te, "امن کوئز", box, &st);
    SDL_Color c = ink_colour();
    ck_assert(c.r > 240 && c.g < 30 && c.b < 30);
    unsigned long renders = text_engine_stats(te).renders;
    st.color = (SDL_Color){10, 20, 250, 255};
    clear();
    text_draw(te, "امن کوئز", box, &st);
    c = ink_colour();
    ck_assert(c.b > 240 && c.r < 30 && c.g < 30);
    ck_assert_uint_eq(text_engine_stats(te).renders, renders);
}
END_TEST

static Uint32 *copy_target(void)
{
    Uint32 *p = malloc((size_t)W * H * 4);
    for (int y = 0; y < H; y++)
        memcpy(p + (size_t)y * W, (Uint8 *)target->pixels + y * target->pitch, (size_t)W * 4);
    return p;
}

/* One font per face, weight and direction serves every size (resized in
 * place: a Nastaliq font holds about 460 kB); a paragraph drawn after its
 * font served other sizes is pixel for pixel what a fresh font draws. */
START_TEST(resized_fonts_draw_as_fresh_ones)
{
    const char *q = "پاکستان نے 1960 سے اب تک UN کے 48 مشنوں میں حصہ لیا";
    SDL_Rect box = {0, 0, W, H};
    TextStyle st = style(36, TEXT_DIR_RTL);
    clear();
    ck_assert_int_eq(text_draw(te, q, box, &st), 36);
    Uint32 *fresh = copy_target();
    for (int px = 12; px <= 60; px += 4) {
        TextStyle other = style(px, TEXT_DIR_RTL);
        clear();
        ck_assert_int_eq(text_draw(te, q, box, &other), px);
    }
    /* Nastaliq right to left, Nastaliq digits left to right, Noto Sans "UN" */
    ck_assert_int_le(text_engine_stats(te).fonts_open, 3);
    text_engine_flush(te); /* forget the paragraph: it is drawn again */
    clear();
    ck_assert_int_eq(text_draw(te, q, box, &st), 36);
    Uint32 *again = copy_target();
    ck_assert_int_eq(memcmp(fresh, again, (size_t)W * H * 4), 0);
    free(fresh);
    free(again);
}
END_TEST

START_TEST(measure_then_draw_fits_once)
{
    TextStyle st = style(60, TEXT_DIR_LTR);
    st.min_px = 12;
    const char *q = "How many Pakistani troops have served in UN peacekeeping since 1960?";
    int w, h;
    int px = text_measure(te, q, 500, 200, &st, &w, &h);
    unsigned long layouts = text_engine_stats(te).layouts;
    ck_assert_int_eq(text_measure(te, q, 500, 200, &st, NULL, NULL), px);
    ck_assert_uint_eq(text_engine_stats(te).layouts, layouts);
    ck_assert_int_eq(text_draw(te, q, (SDL_Rect){0, 0, 500, 200}, &st), px);
    ck_assert_uint_eq(text_engine_stats(te).layouts, layouts + 1); /* to render, not to fit */
}
END_TEST

/* Ink of the drawn text stays inside the box, in every row and column. */
static void assert_ink_inside(SDL_Rect box)
{
    Gray g = gray_of(target, 16);
    SDL_Rect ink = ink_box(g);
    free(g.p);
    ck_assert_int_gt(ink.w, 0);
    ck_assert_int_ge(ink.y, box.y);
    ck_assert_int_le(ink.y + ink.h, box.y + box.h);
    ck_assert_int_ge(ink.x, box.x);
    ck_assert_int_le(ink.x + ink.w, box.x + box.w);
}

START_TEST(fitted_text_stays_inside_its_box)
{
    const char *texts[] = {
        "پاکستان نے 1960 سے اب تک 48 مشنوں میں 235,000 فوجی بھیجے ہیں اور UN کے ساتھ 29 "
        "ممالک میں کام کیا ہے۔",
        "Pakistan has contributed 235,000 troops to UN peacekeeping operations in 48 missions "
        "across 29 countries since 1960.",
        "شہزادی گلفام",
    };
    SDL_Rect boxes[] = {{20, 20, 900, 200}, {50, 30, 400, 340}, {100, 100, 300, 90}};
    for (size_t t = 0; t < 3; t++)
        for (size_t b = 0; b < 3; b++) {
            TextStyle st = style(80, TEXT_DIR_AUTO);
            st.min_px = 8;
            clear();
            int px = text_draw(te, texts[t], boxes[b], &st);
            ck_assert_int_gt(px, 8);
            int w, h;
            text_measure(te, texts[t], boxes[b].w, boxes[b].h, &st, &w, &h);
            ck_assert_int_le(h, boxes[b].h);
            ck_assert_int_le(w, boxes[b].w);
            assert_ink_inside(boxes[b]);
        }
}
END_TEST

START_TEST(start_alignment_follows_direction)
{
    SDL_Rect box = {0, 0, W, 200};
    TextStyle st = style(40, TEXT_DIR_AUTO);
    clear();
    text_draw(te, "امن کوئز", box, &st);
    Gray g = gray_of(target, 16);
    SDL_Rect ur = ink_box(g);
    free(g.p);
    ck_assert_int_gt(ur.x, W / 2);
    ck_assert_int_gt(ur.x + ur.w, W - 20);
    clear();
    text_draw(te, "Aman Quiz", box, &st);
    g = gray_of(target, 16);
    SDL_Rect en = ink_box(g);
    free(g.p);
    ck_assert_int_lt(en.x + en.w, W / 2);
    ck_assert_int_lt(en.x, 20);
}
END_TEST

/* Nastaliq's tails drop below the font's descent ("م" at the end of
 * "گلفام") and its cascades rise above the ascent: the drawn text must
 * show every row of ink that SDL_ttf draws for the same run. */
START_TEST(nastaliq_ascenders_and_descenders_are_not_clipped)
{
    const char *lines[] = {"ٹھیک گلفام بھیجے میں کی لیے", "کلکلکلکلکلکلکل", "ججججججج"};
    TTF_Font *f = TTF_OpenFont(FONTS "/NotoNastaliqUrdu-Regular.ttf", 60);
    ck_assert_ptr_nonnull(f);
    TTF_SetFontDirection(f, TTF_DIRECTION_RTL);
    TTF_SetFontScriptName(f, "Arab");
    for (size_t i = 0; i < sizeof lines / sizeof *lines; i++) {
        SDL_Surface *s = TTF_RenderUTF8_Blended(f, lines[i], (SDL_Color){255, 255, 255, 255});
        Gray ref = gray_of(s, 24);
        SDL_Rect want = ink_box(ref);
        clear();
        TextStyle st = style(60, TEXT_DIR_RTL);
        text_draw(te, lines[i], (SDL_Rect){0, 0, W, H}, &st);
        Gray g = gray_of(target, 16);
        SDL_Rect got = ink_box(g);
        ck_assert_msg(got.h >= want.h, "'%s': %d rows of ink drawn, %d expected", lines[i], got.h,
                      want.h);
        free(g.p);
        free(ref.p);
        SDL_FreeSurface(s);
    }
    TTF_CloseFont(f);
}
END_TEST

START_TEST(face_table_matches_the_fonts)
{
    TTF_Font *latin = TTF_OpenFont(FONTS "/NotoSans-Regular.ttf", 20);
    TTF_Font *urdu = TTF_OpenFont(FONTS "/NotoNastaliqUrdu-Regular.ttf", 20);
    ck_assert(latin && urdu);
    for (Uint32 cp = 0x20; cp < 0x2100; cp++) {
        if ((cp >= 0x7F && cp < 0xA0) || (cp >= 0x200B && cp <= 0x200F))
            continue; /* controls and zero-width format characters */
        bool in_l = TTF_GlyphIsProvided32(latin, cp), in_u = TTF_GlyphIsProvided32(urdu, cp);
        if (layout_face_shared(cp))
            ck_assert_msg(in_l && in_u, "U+%04X is not in both fonts", cp);
        else if (layout_face_for(cp, LAYOUT_FACE_LATIN) == LAYOUT_FACE_URDU)
            ck_assert_msg(!in_u || !in_l, "U+%04X is in both fonts", cp);
        else if (in_u && cp != '!') /* Nastaliq's '!' stands apart: Noto Sans draws it */
            ck_assert_msg(!in_l, "U+%04X is in both fonts but not shared", cp);
    }
    const char *urdu_text = "پاکستانےکیہھۓںٹڈڑگ،؟۔۱۲۳";
    for (size_t i = 0; urdu_text[i];) {
        uint32_t cp;
        i += layout_utf8_next(urdu_text + i, strlen(urdu_text + i), &cp);
        ck_assert_msg(TTF_GlyphIsProvided32(urdu, cp), "U+%04X missing", cp);
        ck_assert_int_eq(layout_face_for(cp, LAYOUT_FACE_LATIN), LAYOUT_FACE_URDU);
    }
    TTF_CloseFont(latin);
    TTF_CloseFont(urdu);
}
END_TEST

START_TEST(missing_fonts_are_named)
{
    char err[512] = "";
    TextEngine *none = text_engine_new(ren, "/nonexistent/fonts", err, sizeof err);
    ck_assert_ptr_null(none);
    ck_assert_ptr_nonnull(strstr(err, "NotoSans-Regular.ttf"));
}
END_TEST

START_TEST(empty_text_draws_nothing)
{
    TextStyle st = style(30, TEXT_DIR_AUTO);
    ck_assert_int_eq(text_draw(te, "", (SDL_Rect){0, 0, 100, 100}, &st), 0);
    ck_assert_int_eq(text_draw(te, NULL, (SDL_Rect){0, 0, 100, 100}, &st), 0);
    ck_assert_int_eq(text_measure(te, "", 100, 100, &st, NULL, NULL), 0);
    ck_assert_int_eq(text_draw(te, "\xff\xfe\xd9", (SDL_Rect){0, 0, 100, 100}, &st), 30);
}
END_TEST

START_TEST(too_long_text_draws_at_min_size_without_cutting)
{
    TextStyle st = style(40, TEXT_DIR_RTL);
    st.min_px = 16;
    const char *q = "پاکستان نے 1960 سے اب تک 48 مشنوں میں 235,000 فوجی بھیجے ہیں";
    int w, h;
    ck_assert_int_eq(text_measure(te, q, 200, 30, &st, &w, &h), 16);
    ck_assert_int_gt(h, 30); /* taller than the box: every word kept */
    ck_assert_int_le(w, 200);
}
END_TEST

/* The keypad's OK key: a narrow, tall key must not take «ٹھیک ہے» on two
 * lines, nor cut a word; the label shrinks to one line instead. */
START_TEST(key_label_shrinks_to_one_line_rather_than_break)
{
    char label[64];
    layout_no_break("ٹھیک ہے", label, sizeof label);
    TextStyle st = style(28, TEXT_DIR_RTL);
    st.min_px = 8;
    int w, h, one_h;
    int px = text_measure(te, label, 60, 200, &st, &w, &h);
    ck_assert_int_lt(px, 28);
    TextStyle at = style(px, TEXT_DIR_RTL);
    text_measure(te, label, 1 << 14, 0, &at, NULL, &one_h);
    ck_assert_int_eq(h, one_h); /* one line */
    ck_assert_int_le(w, 60);
    /* with an ordinary space the same box takes two lines at a larger size */
    ck_assert_int_gt(text_measure(te, "ٹھیک ہے", 60, 200, &st, NULL, &h), px);
    ck_assert_int_gt(h, one_h);
}
END_TEST

/* INK_MIDDLE puts the ink, not Nastaliq's tall line box, in the middle of
 * the box (the score pill). */
START_TEST(ink_middle_centres_the_ink)
{
    clear();
    TextStyle st = style(22, TEXT_DIR_RTL);
    st.bold = true;
    st.align = TEXT_ALIGN_CENTER;
    st.valign = TEXT_VALIGN_INK_MIDDLE;
    SDL_Rect pill = {100, 100, 300, 52};
    ck_assert_int_eq(text_draw(te, "اسکور 10", pill, &st), 22); /* not shrunk to the box */
    Gray g = gray_of(target, 16);
    SDL_Rect ink = ink_box(g);
    free(g.p);
    int above = ink.y - pill.y, below = pill.y + pill.h - (ink.y + ink.h);
    ck_assert_int_ge(above, 0);
    ck_assert_int_ge(below, 0);
    ck_assert_int_le(abs(above - below), 3);
}
END_TEST

/* The engine remembers the smallest size it drew per script, for the
 * readability test of every screen (tests/check_readable.c). */
START_TEST(smallest_drawn_size_is_kept_per_script)
{
    text_engine_reset_least(te);
    ck_assert_int_eq(text_engine_stats(te).least_px_urdu, 0);
    TextStyle st = style(30, TEXT_DIR_AUTO);
    text_draw(te, "امن", (SDL_Rect){0, 0, W, H}, &st);
    st = style(20, TEXT_DIR_AUTO);
    text_draw(te, "UN peacekeeping", (SDL_Rect){0, 0, W, H}, &st);
    st = style(24, TEXT_DIR_AUTO);
    text_draw(te, "اقوامِ متحدہ UN", (SDL_Rect){0, 0, W, H}, &st); /* both faces */
    TextStats s = text_engine_stats(te);
    ck_assert_int_eq(s.least_px_urdu, 24);
    ck_assert_int_eq(s.least_px_latin, 20);
    text_engine_reset_least(te);
    s = text_engine_stats(te);
    ck_assert_int_eq(s.least_px_urdu + s.least_px_latin, 0);
}
END_TEST

START_TEST(cache_stays_within_its_byte_budget)
{
    TextStyle st = style(120, TEXT_DIR_LTR);
    char s[64];
    for (int i = 0; i < 40; i++) {
        snprintf(s, sizeof s, "Paragraph %d of the cache test goes on", i);
        ck_assert_int_eq(text_draw(te, s, (SDL_Rect){0, 0, 1900, 1000}, &st), 120);
        ck_assert_uint_le(text_engine_stats(te).cache_bytes, TEXT_CACHE_BYTES);
    }
    TextStats ts = text_engine_stats(te);
    ck_assert_uint_gt(ts.evictions, 0);
    ck_assert_int_lt(ts.cache_entries, 40);
    text_engine_flush(te);
    ck_assert_uint_eq(text_engine_stats(te).cache_bytes, 0);
}
END_TEST

/* Issue 19, item 15: an override in a bank text or a name cannot turn the
 * line around: drawn pixel for pixel as the text without it. */
START_TEST(bidi_override_in_text_is_not_obeyed)
{
    TextStyle st = style(40, TEXT_DIR_AUTO);
    clear();
    text_draw(te, "Ali scored 120", (SDL_Rect){0, 0, W, H}, &st);
    Uint32 *plain = copy_target();
    clear();
    text_draw(te,
              "\xE2\x80\xAE"
              "Ali scored 120",
              (SDL_Rect){0, 0, W, H}, &st);
    Uint32 *rlo = copy_target();
    ck_assert_int_eq(memcmp(plain, rlo, (size_t)W * H * 4), 0);
    clear();
    text_draw(te, "Ali \xE2\x81\xA7scored 120", (SDL_Rect){0, 0, W, H}, &st); /* RLI, no PDI */
    Uint32 *rli = copy_target();
    ck_assert_int_eq(memcmp(plain, rli, (size_t)W * H * 4), 0);
    free(plain);
    free(rlo);
    free(rli);
}
END_TEST

static Suite *text_suite(void)
{
    Suite *s = suite_create("text");
    TCase *core = tcase_create("core");
    tcase_add_checked_fixture(core, setup, teardown);
    tcase_add_test(core, urdu_line_shows_digits_left_to_right);
    tcase_add_test(core, bidi_override_in_text_is_not_obeyed);
    tcase_add_test(core, detector_sees_digits_reversed_by_naive_rtl_shaping);
    tcase_add_test(core, redrawing_unchanged_text_renders_no_glyphs);
    tcase_add_test(core, measure_then_draw_fits_once);
    tcase_add_test(core, resized_fonts_draw_as_fresh_ones);
    tcase_add_test(core, colour_changes_retint_without_rendering_glyphs);
    tcase_add_test(core, fitted_text_stays_inside_its_box);
    tcase_add_test(core, start_alignment_follows_direction);
    tcase_add_test(core, nastaliq_ascenders_and_descenders_are_not_clipped);
    tcase_add_test(core, face_table_matches_the_fonts);
    tcase_add_test(core, key_label_shrinks_to_one_line_rather_than_break);
    tcase_add_test(core, ink_middle_centres_the_ink);
    tcase_add_test(core, smallest_drawn_size_is_kept_per_script);
    suite_add_tcase(s, core);
    TCase *errors = tcase_create("errors");
    tcase_add_checked_fixture(errors, setup, teardown);
    tcase_add_test(errors, missing_fonts_are_named);
    tcase_add_test(errors, empty_text_draws_nothing);
    suite_add_tcase(s, errors);
    TCase *limits = tcase_create("limits");
    tcase_add_checked_fixture(limits, setup, teardown);
    tcase_add_test(limits, too_long_text_draws_at_min_size_without_cutting);
    tcase_add_test(limits, cache_stays_within_its_byte_budget);
    suite_add_tcase(s, limits);
    return s;
}

int main(void)
{
    return run_suite(text_suite());
}
