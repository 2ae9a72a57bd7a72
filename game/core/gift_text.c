/* gift_text: the small pieces the GIFT parser is made of (see gift.h). */
#include <math.h>
#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "gift.h"
#include "multilang.h"
#include "util.h"

/* ---- arena ---- */

#define ARENA_CHUNK (64u * 1024u)
#define ARENA_ALIGN alignof(max_align_t)

struct GiftChunk {
    GiftChunk *next;
    size_t used, size;
    alignas(max_align_t) unsigned char data[];
};

void *gift_arena_alloc(GiftArena *a, size_t n)
{
    n = (n + ARENA_ALIGN - 1) / ARENA_ALIGN * ARENA_ALIGN;
    GiftChunk *c = a->chunks;
    if (!c || c->size - c->used < n) {
        size_t size = n > ARENA_CHUNK ? n : ARENA_CHUNK;
        c = xmalloc(sizeof *c + size);
        c->used = 0;
        c->size = size;
        c->next = a->chunks;
        a->chunks = c;
    }
    void *p = c->data + c->used;
    c->used += n;
    memset(p, 0, n);
    return p;
}

char *gift_arena_strndup(GiftArena *a, const char *s, size_t n)
{
    char *p = gift_arena_alloc(a, n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

void gift_arena_splice(GiftArena *dst, GiftArena *src)
{
    /* Append dst's list after src's, so the newest (partly free) chunk of
     * src stays in front for the next allocation. */
    if (!src->chunks)
        return;
    GiftChunk *last = src->chunks;
    while (last->next)
        last = last->next;
    last->next = dst->chunks;
    dst->chunks = src->chunks;
    src->chunks = NULL;
}

void gift_arena_free(GiftArena *a)
{
    for (GiftChunk *c = a->chunks, *next; c; c = next) {
        next = c->next;
        free(c);
    }
    a->chunks = NULL;
}

/* ---- UTF-8 and positions ---- */

/* Length of the valid UTF-8 sequence at s (strict: no overlongs, no
 * surrogates, nothing past U+10FFFF), or 0 when invalid. */
static size_t utf8_seq(const unsigned char *s, size_t left)
{
    unsigned c = s[0];
    if (c < 0x80)
        return c ? 1 : 0;
    size_t n;
    unsigned lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF)
        n = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        lo = c == 0xE0 ? 0xA0 : 0x80;
        hi = c == 0xED ? 0x9F : 0xBF;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        lo = c == 0xF0 ? 0x90 : 0x80;
        hi = c == 0xF4 ? 0x8F : 0xBF;
    } else
        return 0;
    if (left < n || s[1] < lo || s[1] > hi)
        return 0;
    for (size_t i = 2; i < n; i++)
        if ((s[i] & 0xC0) != 0x80)
            return 0;
    return n;
}

size_t gift_utf8_check(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        if (u[i] >= 0x01 && u[i] < 0x80) {
            i++;
            continue;
        }
        size_t n = utf8_seq(u + i, len - i);
        if (n == 0)
            return i;
        i += n;
    }
    return len;
}

size_t gift_utf8_len(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

void gift_position(const char *start, size_t off, int line0, int *line, int *col)
{
    int l = line0, c = 1;
    for (size_t i = 0; i < off; i++) {
        if (start[i] == '\n') {
            l++;
            c = 1;
        } else if (((unsigned char)start[i] & 0xC0) != 0x80) {
            c++;
        }
    }
    *line = l;
    *col = c;
}

/* ---- text reduction ---- */

/* Undoes GIFT escapes into out (at least n bytes); returns the new length. */
static size_t unescape(const char *s, size_t n, char *out)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '\\' && i + 1 < n && strchr("~=#{}:\\n", s[i + 1])) {
            c = s[++i];
            out[o++] = c == 'n' ? '\n' : c;
        } else {
            out[o++] = (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
        }
    }
    return o;
}

/* Decodes the entity at s[0] == '&' into out; returns bytes consumed from s
 * (0 when it is no entity we know; out untouched) and sets *outn. */
static size_t html_entity(const char *s, size_t n, char *out, size_t *outn)
{
    static const struct {
        const char *name;
        char c;
    } named[] = {{"amp;", '&'},  {"lt;", '<'},    {"gt;", '>'},
                 {"quot;", '"'}, {"apos;", '\''}, {"nbsp;", ' '}};
    for (size_t k = 0; k < ARRAY_LEN(named); k++) {
        size_t len = strlen(named[k].name);
        if (n > len && strncmp(s + 1, named[k].name, len) == 0) {
            out[0] = named[k].c;
            *outn = 1;
            return len + 1;
        }
    }
    if (n < 4 || s[1] != '#')
        return 0;
    bool hex = s[2] == 'x' || s[2] == 'X';
    size_t i = hex ? 3 : 2, digits = 0;
    unsigned long cp = 0;
    for (; i < n && digits < 7; i++, digits++) {
        int d = s[i] >= '0' && s[i] <= '9'          ? s[i] - '0'
                : hex && s[i] >= 'a' && s[i] <= 'f' ? s[i] - 'a' + 10
                : hex && s[i] >= 'A' && s[i] <= 'F' ? s[i] - 'A' + 10
                                                    : -1;
        if (d < 0)
            break;
        cp = cp * (hex ? 16 : 10) + (unsigned long)d;
    }
    if (digits == 0 || i >= n || s[i] != ';' || cp == 0 || cp > 0x10FFFF ||
        (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    *outn = utf8_put(cp, out);
    return i + 1;
}

/* Tags that end a line of text; others (b, i, span...) just vanish. */
static bool html_block_tag(const char *s, size_t n)
{
    static const char *const block[] = {"br", "p", "div", "li", "tr", "h1", "h2", "h3"};
    size_t i = s[1] == '/' ? 2 : 1, start = i;
    while (i < n && ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
                     (s[i] >= '0' && s[i] <= '9')))
        i++;
    for (size_t k = 0; k < ARRAY_LEN(block); k++)
        if (strlen(block[k]) == i - start && strncasecmp(s + start, block[k], i - start) == 0)
            return true;
    return false;
}

/* Strips tags and decodes entities in place; returns the new length. */
static size_t reduce_html(char *s, size_t n)
{
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        if (s[i] == '<') {
            char *end = memchr(s + i, '>', n - i);
            if (end) {
                if (html_block_tag(s + i, (size_t)(end - (s + i))))
                    s[o++] = '\n';
                i = (size_t)(end - s) + 1;
                continue;
            }
        } else if (s[i] == '&') {
            char buf[4];
            size_t outn, used = html_entity(s + i, n - i, buf, &outn);
            if (used) {
                memcpy(s + o, buf, outn);
                o += outn;
                i += used;
                continue;
            }
        }
        s[o++] = s[i++];
    }
    return o;
}

static bool is_blank_or_punct(int c)
{
    return c == 0 || c == ' ' || c == '\n' || (c != '*' && c != '_' && strchr(".,;:!?)]}'\"", c));
}

/* Removes Markdown emphasis (** __ and single * _ around words) and
 * Markdown's backslash escapes, in place; returns the new length. */
static size_t reduce_markdown(char *s, size_t n)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        int prev = o ? (unsigned char)s[o - 1] : 0;
        int next = i + 1 < n ? (unsigned char)s[i + 1] : 0;
        if (c == '\\' && next && strchr("*_`[]()#+-.!", next)) {
            s[o++] = s[++i];
            continue;
        }
        if ((c == '*' || c == '_') && next == c) {
            i++;
            continue;
        }
        if (c == '*' || c == '_') {
            bool opening = (prev == 0 || prev == ' ' || prev == '\n' || prev == '(') && next &&
                           next != ' ' && next != '\n';
            bool closing = prev && prev != ' ' && prev != '\n' && is_blank_or_punct(next);
            if (opening || closing)
                continue;
        }
        s[o++] = c;
    }
    return o;
}

/* Collapses runs of spaces, drops spaces around line breaks, trims. */
static size_t collapse_blanks(char *s, size_t n)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == ' ' && (o == 0 || s[o - 1] == ' ' || s[o - 1] == '\n'))
            continue;
        if (c == '\n') {
            while (o > 0 && s[o - 1] == ' ')
                o--;
            if (o == 0)
                continue;
        }
        s[o++] = c;
    }
    while (o > 0 && (s[o - 1] == ' ' || s[o - 1] == '\n'))
        o--;
    return o;
}

/* A leading [plain] [moodle] [markdown] [html] of one text (Moodle reads it
 * on every answer and feedback too): skipped, and it sets *fmt. */
static size_t text_format(const char *s, size_t n, GiftFormat *fmt)
{
    static const struct {
        const char *tag;
        GiftFormat fmt;
    } tags[] = {{"[plain]", GIFT_FMT_PLAIN},
                {"[moodle]", GIFT_FMT_PLAIN},
                {"[markdown]", GIFT_FMT_MARKDOWN},
                {"[html]", GIFT_FMT_HTML}};
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n'))
        i++;
    for (size_t k = 0; k < ARRAY_LEN(tags); k++) {
        size_t len = strlen(tags[k].tag);
        if (n - i >= len && memcmp(s + i, tags[k].tag, len) == 0) {
            *fmt = tags[k].fmt;
            return i + len;
        }
    }
    return 0;
}

size_t gift_format_len(const char *s, size_t n, GiftFormat *fmt)
{
    return text_format(s, n, fmt);
}

static size_t reduce(char *buf, size_t len, GiftFormat fmt)
{
    if (fmt == GIFT_FMT_HTML)
        len = reduce_html(buf, len);
    else if (fmt == GIFT_FMT_MARKDOWN)
        len = reduce_markdown(buf, len);
    return collapse_blanks(buf, len);
}

GiftText gift_text(GiftArena *a, const char *s, size_t n, GiftFormat fmt)
{
    char small[3][512];
    bool heap = n >= sizeof small[0];
    char *raw = heap ? xmalloc(3 * (n + 1)) : small[0];
    char *en = heap ? raw + n + 1 : small[1], *ur = heap ? raw + 2 * (n + 1) : small[2];
    size_t len = unescape(s, n, raw);
    size_t skip = text_format(raw, len, &fmt);
    MlInfo info = {0};
    size_t nen = len - skip;
    if (memchr(raw + skip, '{', nen) || memchr(raw + skip, '<', nen))
        nen = multilang_pick(raw + skip, nen, ML_EN, en, &info);
    else /* no block can start: the common case, one copy */
        memcpy(en, raw + skip, nen);
    nen = reduce(en, nen, fmt);
    GiftText t = {0};
    if (info.ur) {
        size_t nur = reduce(ur, multilang_pick(raw + skip, len - skip, ML_UR, ur, NULL), fmt);
        if (nen == 0 || (nen == nur && memcmp(en, ur, nen) == 0)) {
            /* Urdu only (or the same in both): one form, shown in both. */
            memcpy(en, ur, nen = nur);
        } else {
            t.ur = gift_arena_strndup(a, ur, nur);
            t.ur_chars = gift_utf8_len(ur, nur);
        }
    }
    t.en = gift_arena_strndup(a, en, nen);
    t.en_chars = gift_utf8_len(en, nen);
    if (heap)
        free(raw);
    return t;
}

const char *gift_plain(GiftArena *a, const char *s, size_t n, GiftFormat fmt, size_t *nchars)
{
    GiftText t = gift_text(a, s, n, fmt);
    if (nchars)
        *nchars = t.en_chars;
    return t.en;
}

/* ---- numbers ---- */

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static size_t digits(const char *s, size_t n, size_t i, double *acc, int *count)
{
    for (; i < n && s[i] >= '0' && s[i] <= '9'; i++) {
        *acc = *acc * 10 + (s[i] - '0');
        (*count)++;
    }
    return i;
}

bool gift_number(const char *s, size_t n, double *out)
{
    while (n > 0 && is_space(s[n - 1]))
        n--;
    size_t i = 0;
    while (i < n && is_space(s[i]))
        i++;
    if (n - i > 64)
        return false;
    double sign = 1, mant = 0;
    if (i < n && (s[i] == '-' || s[i] == '+'))
        sign = s[i++] == '-' ? -1 : 1;
    int nint = 0, nfrac = 0;
    i = digits(s, n, i, &mant, &nint);
    if (i < n && s[i] == '.')
        i = digits(s, n, i + 1, &mant, &nfrac);
    if (nint + nfrac == 0)
        return false;
    int exp = 0;
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        int esign = 1, nexp = 0;
        double e = 0;
        i++;
        if (i < n && (s[i] == '-' || s[i] == '+'))
            esign = s[i++] == '-' ? -1 : 1;
        i = digits(s, n, i, &e, &nexp);
        if (nexp == 0 || e > 400)
            return false;
        exp = esign * (int)e;
    }
    if (i != n)
        return false;
    exp -= nfrac;
    double v = exp < 0 ? mant / pow(10, -exp) : mant * pow(10, exp);
    if (!isfinite(v))
        return false;
    *out = sign * v;
    return true;
}
