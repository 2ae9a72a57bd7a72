#include "layout.h"

#include <fribidi.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* Code points both Noto Sans and Noto Nastaliq Urdu draw (from the fonts'
 * cmaps; tests/check_text.c compares this table with the fonts). */
static const uint32_t SHARED[][2] = {
    {0x20, 0x20},     {0x28, 0x29},     {0x2B, 0x3A},     {0x3D, 0x3D},     {0x5B, 0x5D},
    {0x7B, 0x7D},     {0xA0, 0xA0},     {0xAB, 0xAB},     {0xB7, 0xB7},     {0xBB, 0xBB},
    {0xD7, 0xD7},     {0xF7, 0xF7},     {0x200B, 0x2011}, {0x2013, 0x2014}, {0x2018, 0x2019},
    {0x201C, 0x201D}, {0x2039, 0x203A}, {0x2212, 0x2212},
};

/* Arabic-script blocks: only Nastaliq draws them. */
static const uint32_t ARABIC[][2] = {
    {0x0600, 0x06FF}, {0x0750, 0x077F}, {0x08A0, 0x08FF}, {0xFB50, 0xFDFF}, {0xFE70, 0xFEFF},
};

static bool in_ranges(uint32_t cp, const uint32_t (*r)[2], size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (cp >= r[i][0] && cp <= r[i][1])
            return true;
    return false;
}

bool layout_face_shared(uint32_t cp)
{
    return in_ranges(cp, SHARED, ARRAY_LEN(SHARED));
}

LayoutFace layout_face_for(uint32_t cp, LayoutFace context)
{
    /* Both fonts have '!', but Nastaliq's stands a space away from the
     * word before it («بنائیں !»): Noto Sans draws it (issue 18). */
    if (in_ranges(cp, ARABIC, ARRAY_LEN(ARABIC)))
        return LAYOUT_FACE_URDU;
    if (layout_face_shared(cp))
        return context;
    return LAYOUT_FACE_LATIN;
}

size_t layout_utf8_next(const char *str, size_t len, uint32_t *cp)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t n = s[0] < 0x80                    ? 1
               : s[0] >= 0xC2 && s[0] <= 0xDF ? 2
               : (s[0] & 0xF0) == 0xE0        ? 3
               : s[0] >= 0xF0 && s[0] <= 0xF4 ? 4
                                              : 0;
    if (n == 0 || n > len) {
        *cp = 0xFFFD;
        return 1;
    }
    uint32_t c = n == 1 ? s[0] : s[0] & (0x7F >> n);
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            *cp = 0xFFFD;
            return 1;
        }
        c = c << 6 | (s[i] & 0x3F);
    }
    static const uint32_t min[] = {0, 0, 0x80, 0x800, 0x10000};
    if (c < min[n] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
        *cp = 0xFFFD;
        return 1;
    }
    *cp = c;
    return n;
}

/* Working state for one layout_build call; arrays are per character. */
typedef struct {
    const char *text;
    const LayoutMeasure *m;
    Layout *out;
    int max_width;
    int n; /* characters */
    uint32_t *cp;
    size_t *off; /* byte offset of each character; off[n] = text length */
    FriBidiCharType *types;
    FriBidiLevel *levels;
    unsigned char *face;
    int *cands;  /* break positions of the current paragraph */
    int *cand_w; /* memo: width of the segment ending at cands[i], or -1 */
    int cap_runs, cap_lines;
} Ctx;

static bool is_space(uint32_t c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == 0xA0 || c == 0x3000 ||
           (c >= 0x2000 && c <= 0x200B);
}

static int measure(Ctx *c, int from, int to, LayoutFace face, bool rtl, int *height)
{
    int h = 0;
    c->out->measures++;
    size_t a = c->off[from], b = c->off[to];
    int w = c->m->width(c->m->ctx, c->text + a, b - a, face, rtl, height ? height : &h);
    return w;
}

/* The end of [from, to) without trailing spaces. */
static int visible_end(const Ctx *c, int from, int to)
{
    while (to > from && is_space(c->cp[to - 1]))
        to--;
    return to;
}

/* The end of the run that starts at i: same level, same face, before `to`. */
static int run_end(const Ctx *c, int i, int to)
{
    int j = i + 1;
    while (j < to && c->levels[j] == c->levels[i] && c->face[j] == c->face[i])
        j++;
    return j;
}

/* Width of the characters [from, to) laid out as one line, shaping each run
 * whole; trailing spaces count only when with_spaces. */
static int span_width(Ctx *c, int from, int to, bool with_spaces)
{
    if (!with_spaces)
        to = visible_end(c, from, to);
    int w = 0;
    for (int i = from; i < to;) {
        int j = run_end(c, i, to);
        w += measure(c, i, j, c->face[i], FRIBIDI_LEVEL_IS_RTL(c->levels[i]), NULL);
        i = j;
    }
    return w;
}

static bool break_after(uint32_t c)
{
    return c == '/' || c == '-' || c == 0x2010 || c == 0x2013 || c == 0x2014 || c == 0x200B;
}

/* Punctuation that closes what comes before it: a line never starts with
 * one, even after a stray space («آپ بنائیں !»). */
static bool closing_punct(uint32_t c)
{
    return c == '!' || c == '?' || c == '.' || c == ',' || c == ';' || c == ':' || c == ')' ||
           c == ']' || c == 0xBB || c == 0x201D || c == 0x061F || c == 0x06D4 || c == 0x060C ||
           c == 0x061B;
}

/* True when a line may start at character j of the paragraph [ps, pe). */
static bool can_break(const Ctx *c, int ps, int j)
{
    uint32_t prev = c->cp[j - 1], cur = c->cp[j];
    if (is_space(cur) || closing_punct(cur))
        return false;
    if (is_space(prev))
        return prev != 0xA0 && prev != 0x2007 && prev != 0x202F; /* no-break spaces */
    return break_after(prev) && j - 1 > ps && !is_space(c->cp[j - 2]) &&
           c->types[j] != FRIBIDI_TYPE_NSM;
}

/* Fills c->cands with the break positions of [ps, pe), pe last. */
static int find_breaks(Ctx *c, int ps, int pe)
{
    int n = 0;
    for (int j = ps + 1; j < pe; j++)
        if (can_break(c, ps, j))
            c->cands[n++] = j;
    c->cands[n++] = pe;
    for (int i = 0; i < n; i++)
        c->cand_w[i] = -1;
    return n;
}

/* Largest end in (s, limit] such that [s, end) fits, by whole characters
 * (never before a combining mark); at least one character. */
static int break_word(Ctx *c, int s, int limit)
{
    int first = s + 1; /* the first letter goes, marks and all, fit or not */
    while (first < limit && c->types[first] == FRIBIDI_TYPE_NSM)
        first++;
    int lo = first, hi = limit;
    while (lo < hi) {
        int mid = lo + (hi - lo + 1) / 2;
        if (span_width(c, s, mid, false) <= c->max_width)
            lo = mid;
        else
            hi = mid - 1;
    }
    while (lo > first && lo < limit && c->types[lo] == FRIBIDI_TYPE_NSM)
        lo--; /* a mark's letter moves down with it */
    return lo;
}

/* Width estimate of the segment before cands[i], measured alone. */
static int seg_width(Ctx *c, int s, int first, int i)
{
    int from = i == first ? s : c->cands[i - 1];
    if (i != first && c->cand_w[i] >= 0)
        return c->cand_w[i];
    int w = span_width(c, from, c->cands[i], true);
    if (i != first)
        c->cand_w[i] = w;
    return w;
}

/* Chooses the end of the line starting at s. Word widths summed give a
 * guess; whole candidate lines are then measured to settle it. */
static int line_end(Ctx *c, int s, int nc)
{
    int first = 0;
    while (c->cands[first] <= s)
        first++;
    int k = first - 1, acc = 0;
    for (int i = first; i < nc; i++) {
        acc += seg_width(c, s, first, i);
        if (acc > c->max_width && i > first)
            break;
        k = i;
        if (acc > c->max_width)
            break;
    }
    int w = span_width(c, s, c->cands[k], false);
    while (w > c->max_width && k > first)
        w = span_width(c, s, c->cands[--k], false);
    if (w > c->max_width) {
        c->out->broke_words = true;
        return break_word(c, s, visible_end(c, s, c->cands[k]));
    }
    while (k + 1 < nc && span_width(c, s, c->cands[k + 1], false) <= c->max_width)
        k++;
    return c->cands[k];
}

/* The line's ascent and height: the tallest face used, plus the largest
 * overshoot of a run of that face on both sides. */
static void line_metrics(Ctx *c, LayoutLine *ln, const int over[LAYOUT_FACE_COUNT])
{
    int asc = 0, desc = 0;
    for (int f = 0; f < LAYOUT_FACE_COUNT; f++) {
        if (over[f] < 0)
            continue;
        int a = 0, d = 0;
        c->m->metrics(c->m->ctx, (LayoutFace)f, &a, &d);
        asc = a + over[f] > asc ? a + over[f] : asc;
        desc = d + over[f] > desc ? d + over[f] : desc;
    }
    ln->ascent = asc;
    ln->height = asc + desc;
}

/* How far the run's ink box exceeds its face's ascent + descent. */
static int overshoot(Ctx *c, LayoutFace face, int height)
{
    int a = 0, d = 0;
    c->m->metrics(c->m->ctx, face, &a, &d);
    return height > a + d ? height - a - d : 0;
}

/* Rule L2: from the highest level down to the lowest odd one, reverse
 * every maximal sequence of runs at that level or higher. */
static void reorder_runs(LayoutRun *r, int n)
{
    int hi = 0, lo_odd = 255;
    for (int i = 0; i < n; i++) {
        hi = r[i].level > hi ? r[i].level : hi;
        if ((r[i].level & 1) && r[i].level < lo_odd)
            lo_odd = r[i].level;
    }
    for (int lev = hi; lev >= lo_odd && lev > 0; lev--) {
        for (int i = 0; i < n;) {
            if (r[i].level < lev) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && r[j].level >= lev)
                j++;
            for (int a = i, b = j - 1; a < b; a++, b--) {
                LayoutRun t = r[a];
                r[a] = r[b];
                r[b] = t;
            }
            i = j;
        }
    }
}

static LayoutRun *add_run(Ctx *c)
{
    Layout *l = c->out;
    if (l->n_runs == c->cap_runs) {
        c->cap_runs = c->cap_runs ? c->cap_runs * 2 : 16;
        l->runs = xrealloc(l->runs, (size_t)c->cap_runs * sizeof *l->runs);
    }
    return &l->runs[l->n_runs++];
}

static void emit_line(Ctx *c, int s, int e)
{
    Layout *l = c->out;
    if (l->n_lines == c->cap_lines) {
        c->cap_lines = c->cap_lines ? c->cap_lines * 2 : 8;
        l->lines = xrealloc(l->lines, (size_t)c->cap_lines * sizeof *l->lines);
    }
    LayoutLine *ln = &l->lines[l->n_lines++];
    *ln = (LayoutLine){.start = c->off[s], .len = c->off[e] - c->off[s], .first_run = l->n_runs};
    int over[LAYOUT_FACE_COUNT] = {-1, -1}; /* -1: face not used */
    int ve = visible_end(c, s, e);
    for (int i = s; i < ve;) {
        int j = run_end(c, i, ve);
        LayoutRun *r = add_run(c);
        *r = (LayoutRun){.start = c->off[i],
                         .len = c->off[j] - c->off[i],
                         .face = (LayoutFace)c->face[i],
                         .level = c->levels[i],
                         .rtl = FRIBIDI_LEVEL_IS_RTL(c->levels[i])};
        int h = 0;
        r->w = measure(c, i, j, r->face, r->rtl, &h);
        r->overshoot = overshoot(c, r->face, h);
        over[r->face] = r->overshoot > over[r->face] ? r->overshoot : over[r->face];
        i = j;
    }
    ln->n_runs = l->n_runs - ln->first_run;
    if (ln->n_runs == 0) /* an empty line is as tall as the paragraph's face */
        over[l->rtl ? LAYOUT_FACE_URDU : LAYOUT_FACE_LATIN] = 0;
    else
        reorder_runs(l->runs + ln->first_run, ln->n_runs);
    for (int i = 0; i < ln->n_runs; i++) {
        l->runs[ln->first_run + i].x = ln->width;
        ln->width += l->runs[ln->first_run + i].w;
    }
    line_metrics(c, ln, over);
    ln->y = l->height;
    l->height += ln->height;
    l->width = ln->width > l->width ? ln->width : l->width;
}

/* Gives shared characters (spaces, digits, punctuation) the face of the
 * text around them: the paragraph's face, unless the nearest faced
 * characters on both sides agree on the other one ("United Nations"
 * inside Urdu stays one Latin run; "1960" inside Urdu stays Urdu).
 * Combining marks take their letter's face. */
static void assign_faces(Ctx *c, int ps, int pe, LayoutFace base)
{
    const unsigned char NONE = LAYOUT_FACE_COUNT;
    for (int i = ps; i < pe; i++)
        c->face[i] = layout_face_shared(c->cp[i]) ? NONE : layout_face_for(c->cp[i], base);
    for (int i = ps; i < pe;) {
        if (c->face[i] != NONE) {
            i++;
            continue;
        }
        int j = i;
        while (j < pe && c->face[j] == NONE)
            j++;
        int before = i > ps ? c->face[i - 1] : -1, after = j < pe ? c->face[j] : -1;
        int f = before < 0 ? after : after < 0 ? before : before == after ? before : (int)base;
        for (int k = i; k < j; k++)
            c->face[k] = (unsigned char)(f < 0 ? (int)base : f);
        i = j;
    }
    for (int i = ps + 1; i < pe; i++) /* a mark is drawn by its letter's font */
        if (c->types[i] == FRIBIDI_TYPE_NSM)
            c->face[i] = c->face[i - 1];
}

/* The index in cands[0..nc) of position pos, or -1 when pos is no break
 * candidate (a word broken by characters). */
static int cand_index(const Ctx *c, int nc, int pos)
{
    for (int i = 0; i < nc; i++)
        if (c->cands[i] == pos)
            return i;
    return -1;
}

/* A paragraph never ends on one lonely word (issue 18: «ہے۔» alone on a
 * card's last line): when the last line is a single word and the line above
 * has more than one, the line above gives up its last word, provided the new
 * last line fits. ends[0..n) are the lines' ends, ends[n - 1] == pe. */
static void avoid_lonely_word(Ctx *c, int ps, int *ends, int n, int nc)
{
    if (n < 2)
        return;
    int above = n > 2 ? ends[n - 3] : ps;
    int k = cand_index(c, nc, ends[n - 2]);
    if (k < 1 || c->cands[k + 1] != ends[n - 1] || c->cands[k - 1] <= above)
        return; /* the last line has more than one word, or the line above has one */
    int b = c->cands[k - 1];
    if (span_width(c, b, ends[n - 1], false) <= c->max_width)
        ends[n - 2] = b;
}

static void layout_paragraph(Ctx *c, int ps, int pe, FriBidiParType base)
{
    FriBidiBracketType *brackets = xmalloc((size_t)(pe - ps + 1) * sizeof *brackets);
    fribidi_get_bracket_types(c->cp + ps, pe - ps, c->types + ps, brackets);
    FriBidiParType pt = base;
    if (pe > ps &&
        !fribidi_get_par_embedding_levels_ex(c->types + ps, brackets, pe - ps, &pt, c->levels + ps))
        memset(c->levels + ps, base == FRIBIDI_PAR_RTL, (size_t)(pe - ps));
    free(brackets);
    assign_faces(c, ps, pe, base == FRIBIDI_PAR_RTL ? LAYOUT_FACE_URDU : LAYOUT_FACE_LATIN);
    int nc = find_breaks(c, ps, pe);
    int *ends = xmalloc((size_t)(pe - ps + 1) * sizeof *ends), n = 0;
    int s = ps;
    do {
        int e = pe > s ? line_end(c, s, nc) : pe;
        ends[n++] = e;
        s = e;
    } while (s < pe);
    avoid_lonely_word(c, ps, ends, n, nc);
    for (int i = 0; i < n; i++)
        emit_line(c, i ? ends[i - 1] : ps, ends[i]);
    free(ends);
}

static FriBidiParType resolve_dir(const Ctx *c, LayoutDir dir)
{
    if (dir == LAYOUT_DIR_AUTO)
        dir = layout_paragraph_dir(c->text, c->off[c->n]);
    return dir == LAYOUT_DIR_RTL ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR;
}

/* ---- the direction of a paragraph from its text ---- */

LayoutDir layout_paragraph_dir(const char *utf8, size_t len)
{
    int isolates = 0; /* rule P2 skips what LRI, RLI, FSI ... PDI enclose */
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        i += layout_utf8_next(utf8 + i, len - i, &cp);
        if (cp >= 0x2066 && cp <= 0x2068)
            isolates++;
        else if (cp == 0x2069 && isolates > 0)
            isolates--;
        if (isolates > 0)
            continue;
        FriBidiCharType t = fribidi_get_bidi_type(cp);
        if (t == FRIBIDI_TYPE_LTR)
            return LAYOUT_DIR_LTR;
        if (t == FRIBIDI_TYPE_RTL || t == FRIBIDI_TYPE_AL)
            return LAYOUT_DIR_RTL;
    }
    return LAYOUT_DIR_AUTO;
}

static void decode(Ctx *c, size_t len)
{
    size_t cap = len + 1;
    c->cp = xmalloc(cap * sizeof *c->cp);
    c->off = xmalloc(cap * sizeof *c->off);
    for (size_t b = 0; b < len;) {
        c->off[c->n] = b;
        b += layout_utf8_next(c->text + b, len - b, &c->cp[c->n]);
        c->n++;
    }
    c->off[c->n] = len;
    c->types = xmalloc(cap * sizeof *c->types);
    c->levels = xmalloc(cap * sizeof *c->levels);
    c->face = xmalloc(cap);
    c->cands = xmalloc(cap * sizeof *c->cands);
    c->cand_w = xmalloc(cap * sizeof *c->cand_w);
    fribidi_get_bidi_types(c->cp, c->n, c->types);
}

void layout_build(Layout *out, const char *utf8, size_t len, LayoutDir dir, int max_width,
                  const LayoutMeasure *m)
{
    *out = (Layout){0};
    if (!utf8 || len == 0)
        return;
    Ctx c = {.text = utf8, .m = m, .out = out, .max_width = max_width > 1 ? max_width : 1};
    decode(&c, len);
    FriBidiParType base = resolve_dir(&c, dir);
    out->rtl = base == FRIBIDI_PAR_RTL;
    for (int ps = 0;;) {
        int pe = ps;
        while (pe < c.n && c.cp[pe] != '\n')
            pe++;
        layout_paragraph(&c, ps, pe, base);
        if (pe >= c.n)
            break;
        ps = pe + 1;
    }
    free(c.cp);
    free(c.off);
    free(c.types);
    free(c.levels);
    free(c.face);
    free(c.cands);
    free(c.cand_w);
}

void layout_free(Layout *l)
{
    free(l->runs);
    free(l->lines);
    *l = (Layout){0};
}

/* The size that would just fit, guessed from the overflow at px. */
static int guess_px(int px, double overflow)
{
    if (!isfinite(overflow) || overflow < 1.0) /* a measure that said nothing useful */
        overflow = 4.0;
    return (int)floor(px / sqrt(overflow));
}

int layout_fit_px(int min_px, int max_px, double (*overflow)(void *ctx, int px), void *ctx)
{
    double o = overflow(ctx, max_px);
    if (o <= 1.0 || max_px <= min_px)
        return max_px;
    int lo = min_px, hi = max_px - 1, best = min_px;
    int probe = guess_px(max_px, o);
    for (int n = 0; lo <= hi; n++) {
        probe = probe < lo ? lo : probe > hi ? hi : probe;
        o = overflow(ctx, probe);
        bool ok = o <= 1.0;
        if (ok) {
            best = probe;
            lo = probe + 1;
        } else {
            hi = probe - 1;
        }
        if (n < 2) /* near a good guess the answer is a step away */
            probe = ok ? probe + 1 : guess_px(probe, o);
        else
            probe = lo + (hi - lo + 1) / 2;
    }
    return best;
}

char *layout_no_break(const char *in, char *out, size_t len)
{
    if (len == 0)
        return out;
    size_t o = 0;
    for (const char *p = in; *p; p++) {
        size_t need = *p == ' ' ? 2 : 1;
        /* a UTF-8 sequence is never cut: stop before a lead byte that has no room */
        if (o + need >= len || ((unsigned char)*p >= 0xC0 && o + 4 >= len))
            break;
        if (*p == ' ') {
            out[o++] = (char)0xC2; /* U+00A0 NO-BREAK SPACE */
            out[o++] = (char)0xA0;
        } else {
            out[o++] = *p;
        }
    }
    out[o] = '\0';
    return out;
}

/* ---- bidi controls from outside (bank text, player names) ---- */

enum { BIDI_MAX_DEPTH = 125 }; /* UAX #9's max_depth */

/* 0: not a control; 1: an embedding or override (LRE RLE PDF LRO RLO, U+202A..
 * U+202E); 2: an isolate initiator (LRI RLI FSI, U+2066..U+2068); 3: PDI. */
static int bidi_control(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    if (len < 3 || u[0] != 0xE2)
        return 0;
    if (u[1] == 0x80 && u[2] >= 0xAA && u[2] <= 0xAE)
        return 1;
    if (u[1] == 0x81 && u[2] >= 0xA6 && u[2] <= 0xA8)
        return 2;
    return u[1] == 0x81 && u[2] == 0xA9 ? 3 : 0;
}

/* Marks in drop[] the controls to remove: every embedding and override,
 * and the isolates that do not pair up within their paragraph. */
static bool mark_bidi_drops(const char *s, size_t len, bool *drop)
{
    size_t open[BIDI_MAX_DEPTH];
    int depth = 0;
    bool any = false;
    for (size_t i = 0; i <= len; i++) {
        int kind = i < len ? bidi_control(s + i, len - i) : 0;
        if (i == len || s[i] == '\n') { /* a paragraph's open isolates end here */
            for (; depth > 0; depth--)
                drop[open[depth - 1]] = any = true;
            continue;
        }
        if (kind == 1 || (kind == 2 && depth == BIDI_MAX_DEPTH) || (kind == 3 && depth == 0))
            drop[i] = any = true;
        else if (kind == 2)
            open[depth++] = i;
        else if (kind == 3)
            depth--;
    }
    return any;
}

char *layout_clean_bidi(const char *utf8)
{
    size_t len = strlen(utf8);
    if (!memchr(utf8, 0xE2, len))
        return NULL;
    bool *drop = xcalloc(len + 1, sizeof *drop);
    char *out = NULL;
    if (mark_bidi_drops(utf8, len, drop)) {
        out = xmalloc(len + 1);
        size_t o = 0;
        for (size_t i = 0; i < len; i++) {
            if (drop[i])
                i += 2; /* the control's three bytes */
            else
                out[o++] = utf8[i];
        }
        out[o] = '\0';
    }
    free(drop);
    return out;
}
