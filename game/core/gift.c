/* gift: reads Moodle GIFT into Questions.
 *
 * A file is checked whole first (size, line length, UTF-8), then read as
 * paragraphs separated by blank lines; each paragraph holds at most one
 * question. Lines starting with "//" are comments; "// @key: value" comments
 * carry our metadata for the question of the same paragraph. "$CATEGORY:"
 * lines set the category of the questions after them: we keep the last path
 * segment ("$course$/top/UN peacekeeping" gives "UN peacekeeping").
 * Positions in messages are lines and columns (in characters) of the file
 * after its byte-order mark. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "bank.h"
#include "gift.h"
#include "i18n.h"
#include "multilang.h"
#include "util.h"

static void report(Gift *g, DiagLevel level, size_t off, const char *fmt, va_list ap)
{
    int line, col;
    gift_position(g->buf + g->bstart, off - g->bstart, g->bline, &line, &col);
    char *msg = xvasprintf(fmt, ap);
    diag_add(g->diag, level, g->name, line, col, "%s", msg);
    free(msg);
    g->nerrors += level == DIAG_ERROR;
}

void gift_error(Gift *g, size_t off, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report(g, DIAG_ERROR, off, fmt, ap);
    va_end(ap);
}

void gift_warn(Gift *g, size_t off, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report(g, DIAG_WARNING, off, fmt, ap);
    va_end(ap);
}

/* ---- scanning helpers: offsets into g->buf, escapes skipped ---- */

/* Length of a multilang tag at i, whose braces and '=' are not GIFT's. */
static size_t ml_tag(const Gift *g, size_t i, size_t to)
{
    char c = g->buf[i];
    return c == '{' || c == '<' ? multilang_tag_len(g->buf + i, to - i) : 0;
}

size_t gift_find_any(const Gift *g, size_t from, size_t to, const char *set)
{
    for (size_t i = from, k; i < to; i++) {
        if (g->buf[i] == '\\')
            i++;
        else if ((k = ml_tag(g, i, to)) > 0)
            i += k - 1;
        else if (strchr(set, g->buf[i]))
            return i;
    }
    return to;
}

size_t gift_find_str(const Gift *g, size_t from, size_t to, const char *str)
{
    size_t n = strlen(str), k;
    for (size_t i = from; i + n <= to; i++) {
        if (g->buf[i] == '\\')
            i++;
        else if ((k = ml_tag(g, i, to)) > 0)
            i += k - 1;
        else if (memcmp(g->buf + i, str, n) == 0)
            return i;
    }
    return to;
}

static bool is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

size_t gift_skip_blank(const Gift *g, size_t i, size_t to)
{
    while (i < to && is_blank(g->buf[i]))
        i++;
    return i;
}

size_t gift_trim_end(const Gift *g, size_t from, size_t to)
{
    while (to > from && is_blank(g->buf[to - 1]))
        to--;
    return to;
}

static size_t line_end(const Gift *g, size_t i)
{
    const char *nl = memchr(g->buf + i, '\n', g->len - i);
    return nl ? (size_t)(nl - g->buf) : g->len;
}

const char *gift_plain_at(Gift *g, size_t s, size_t e, GiftFormat fmt, size_t *nchars)
{
    return gift_plain(&g->out->arena, g->buf + s, e - s, fmt, nchars);
}

GiftText gift_text_at(Gift *g, size_t s, size_t e, GiftFormat fmt)
{
    return gift_text(&g->out->arena, g->buf + s, e - s, fmt);
}

bool gift_feedback(Gift *g, size_t s, size_t e, GiftFormat fmt, const char **out, const char **ur)
{
    GiftText t = gift_text_at(g, s, e, fmt);
    size_t n = t.en_chars > t.ur_chars ? t.en_chars : t.ur_chars;
    *out = t.en_chars ? t.en : NULL;
    *ur = t.ur;
    if (n <= BANK_MAX_FEEDBACK_CHARS)
        return true;
    gift_error(g, s, _("feedback is too long for a card: %zu characters, at most %d"), n,
               BANK_MAX_FEEDBACK_CHARS);
    return false;
}

/* ---- question ---- */

static GiftFormat read_format(const Gift *g, size_t *p, size_t end)
{
    GiftFormat fmt = GIFT_FMT_PLAIN;
    *p += gift_format_len(g->buf + *p, end - *p, &fmt);
    return fmt;
}

/* One language's question text: the text before the answer list, "_____"
 * for it when text follows it (Moodle's missing-word form), then the text
 * after. In the arena; *n gets its length in characters. */
static const char *compose(Gift *g, const char *head, const char *tail, size_t *n)
{
    *n = gift_utf8_len(head, strlen(head));
    if (!*tail)
        return head;
    bool tight = strchr(".,;:!?", tail[0]) != NULL;
    char *t = xasprintf("%s%s_____%s%s", head, *head ? " " : "", tight ? "" : " ", tail);
    const char *out = gift_arena_strndup(&g->out->arena, t, strlen(t));
    free(t);
    *n = gift_utf8_len(out, strlen(out));
    return out;
}

static bool set_text(Gift *g, Question *q, size_t p, size_t cb, size_t be, GiftFormat fmt)
{
    GiftText h = gift_text_at(g, p, g->ob, fmt), t = gift_text_at(g, cb + 1, be, fmt);
    size_t nh, nu = 0;
    q->text = compose(g, h.en, t.en, &nh);
    if (h.ur || t.ur)
        q->text_ur = compose(g, h.ur ? h.ur : h.en, t.ur ? t.ur : t.en, &nu);
    if (nh == 0) {
        gift_error(g, g->qs, _("empty question text"));
        return false;
    }
    if (nh < nu)
        nh = nu;
    if (nh > BANK_MAX_TEXT_CHARS) {
        gift_error(g, p, _("question text is too long for a card: %zu characters, at most %d"), nh,
                   BANK_MAX_TEXT_CHARS);
        return false;
    }
    return true;
}

static void set_id(Gift *g, Question *q, size_t ts, size_t te)
{
    size_t n = 0;
    if (te > ts)
        q->id = gift_plain_at(g, ts, te, GIFT_FMT_PLAIN, &n);
    if (n == 0) {
        char *id = xasprintf("%s:%d", g->base, q->line);
        q->id = gift_arena_strndup(&g->out->arena, id, strlen(id));
        free(id);
    }
}

static void push(Gift *g, const Question *q)
{
    GiftBatch *b = g->out;
    if (b->count == b->cap) {
        b->cap = b->cap ? b->cap * 2 : 64;
        b->items = xrealloc(b->items, b->cap * sizeof *b->items);
    }
    Question *copy = gift_arena_alloc(&b->arena, sizeof *copy);
    *copy = *q;
    b->items[b->count++] = copy;
}

/* Finds '{' and '}' of the one answer list in [p, be); false when absent
 * (a description) or on a brace error. */
static bool find_braces(Gift *g, size_t p, size_t be, size_t *cb)
{
    size_t ob = gift_find_any(g, p, be, "{}");
    if (ob == be) {
        gift_warn(g, g->qs,
                  _("description item skipped (no answer list): it cannot be played on "
                    "a card"));
        return false;
    }
    if (g->buf[ob] == '}') {
        gift_error(g, ob, _("stray '}' without an opening '{'"));
        return false;
    }
    g->ob = ob;
    *cb = gift_find_any(g, ob + 1, be, "{}");
    if (*cb == be) {
        gift_error(g, ob, _("unclosed '{': the answer list has no closing '}'"));
        return false;
    }
    if (g->buf[*cb] == '{') {
        gift_error(g, *cb, _("stray '{' inside an answer list: is a '}' missing before it?"));
        return false;
    }
    size_t extra = gift_find_any(g, *cb + 1, be, "{}");
    if (extra == be)
        return true;
    if (g->buf[extra] == '{')
        gift_error(g, extra,
                   _("stray '{': a second answer list (separate questions with a blank "
                     "line)"));
    else
        gift_error(g, extra, _("stray '}' without an opening '{'"));
    return false;
}

static void parse_question(Gift *g, size_t qs, size_t be)
{
    Question q = {.category = g->category,
                  .category_ur = g->category_ur,
                  .file = g->file,
                  .source = g->source,
                  .source_ur = g->source_ur,
                  .difficulty = g->difficulty};
    g->qs = qs;
    gift_position(g->buf + g->bstart, qs - g->bstart, g->bline, &q.line, &q.col);
    size_t p = qs, ts = 0, te = 0, cb;
    if (be - qs >= 2 && memcmp(g->buf + qs, "::", 2) == 0) {
        ts = qs + 2;
        te = gift_find_str(g, ts, be, "::");
        if (te == be) {
            gift_error(g, qs, _("unclosed title: '::' has no closing '::'"));
            return;
        }
        p = te + 2;
    }
    p = gift_skip_blank(g, p, be);
    GiftFormat fmt = read_format(g, &p, be);
    if (!find_braces(g, p, be, &cb))
        return;
    AnsResult r = gift_answers(g, &q, g->ob + 1, cb, fmt);
    if (r == ANS_SKIP)
        return;
    bool ok = set_text(g, &q, p, cb, be, fmt) && r == ANS_OK;
    set_id(g, &q, ts, te);
    if (ok)
        push(g, &q);
}

/* ---- comments, metadata, categories ---- */

static void read_metadata(Gift *g, size_t at, size_t end)
{
    size_t k = at + 1;
    while (k < end &&
           (g->buf[k] == '_' || g->buf[k] == '-' || (g->buf[k] >= 'a' && g->buf[k] <= 'z')))
        k++;
    size_t colon = gift_skip_blank(g, k, end);
    if (k == at + 1 || colon == end || g->buf[colon] != ':') {
        gift_warn(g, at, _("malformed metadata comment: expected '// @key: value'"));
        return;
    }
    g->has_meta = true;
    g->meta_at = at;
    size_t vs = gift_skip_blank(g, colon + 1, end), ve = gift_trim_end(g, vs, end);
    int klen = (int)(k - at - 1);
    double d;
    size_t n;
    if (klen == 10 && memcmp(g->buf + at + 1, "difficulty", 10) == 0) {
        if (gift_number(g->buf + vs, ve - vs, &d) && (d == 1 || d == 2 || d == 3))
            g->difficulty = (int)d;
        else
            gift_error(g, vs, _("difficulty must be 1, 2 or 3, not '%.*s'"),
                       (int)(ve - vs < 40 ? ve - vs : 40), g->buf + vs);
    } else if (klen == 6 && memcmp(g->buf + at + 1, "source", 6) == 0) {
        GiftText t = gift_text_at(g, vs, ve, GIFT_FMT_PLAIN);
        g->source = t.en;
        g->source_ur = t.ur;
        n = t.en_chars > t.ur_chars ? t.en_chars : t.ur_chars;
        if (n == 0)
            gift_error(g, vs, _("empty @source: give the sentence the question comes from"));
        else if (n > BANK_MAX_FEEDBACK_CHARS)
            gift_error(g, vs, _("@source is too long: %zu characters, at most %d"), n,
                       BANK_MAX_FEEDBACK_CHARS);
    } else {
        gift_warn(g, at, _("unknown metadata key '@%.*s' ignored (known: @difficulty, @source)"),
                  klen, g->buf + at + 1);
    }
}

/* "$CATEGORY: $course$/top/UN peacekeeping": the last segment of the path
 * ('/' inside an HTML tag such as a multilang "</span>" does not count);
 * the root "$course$/top" itself is no category. */
static void read_category(Gift *g, size_t s, size_t end)
{
    end = gift_trim_end(g, s, end);
    while (end > s && g->buf[end - 1] == '/')
        end--;
    size_t from = s;
    bool in_tag = false;
    for (size_t i = s; i < end; i++) {
        if (g->buf[i] == '<' || g->buf[i] == '>')
            in_tag = g->buf[i] == '<';
        else if (g->buf[i] == '/' && !in_tag)
            from = i + 1;
    }
    bool root = end - from == 3 && memcmp(g->buf + from, "top", 3) == 0 &&
                (from == s || g->buf[from - 2] == '$');
    GiftText t = gift_text_at(g, from, root ? from : end, GIFT_FMT_PLAIN);
    g->category = t.en;
    g->category_ur = t.ur;
}

static void blank_out(Gift *g, size_t s, size_t e)
{
    memset(g->buf + s, ' ', e - s);
}

static void parse_paragraph(Gift *g, size_t bs, size_t be, int bline)
{
    g->bstart = bs;
    g->bline = bline;
    g->difficulty = 2;
    g->source = g->source_ur = NULL;
    g->has_meta = false;
    for (size_t i = bs, end; i < be; i = end + 1) {
        end = line_end(g, i);
        size_t p = gift_skip_blank(g, i, end);
        if (end - p >= 2 && memcmp(g->buf + p, "//", 2) == 0) {
            size_t at = gift_skip_blank(g, p + 2, end);
            if (at < end && g->buf[at] == '@')
                read_metadata(g, at, end);
            blank_out(g, i, end);
        } else if (end - p >= 10 && memcmp(g->buf + p, "$CATEGORY:", 10) == 0) {
            read_category(g, p + 10, end);
            blank_out(g, i, end);
        }
    }
    size_t qs = gift_skip_blank(g, bs, be);
    if (qs < be)
        parse_question(g, qs, be);
    else if (g->has_meta)
        gift_warn(g, g->meta_at, _("metadata is not followed by a question in the same paragraph"));
}

static bool blank_line(const Gift *g, size_t s, size_t e)
{
    while (s < e && is_blank(g->buf[s]))
        s++;
    return s == e;
}

static void parse_paragraphs(Gift *g)
{
    size_t pos = 0;
    int line = 1;
    while (pos < g->len && g->nerrors < BANK_MAX_ERRORS) {
        if (blank_line(g, pos, line_end(g, pos))) {
            pos = line_end(g, pos) + 1;
            line++;
            continue;
        }
        size_t bs = pos, be = pos;
        int bline = line;
        while (pos < g->len && !blank_line(g, pos, line_end(g, pos))) {
            be = line_end(g, pos);
            pos = be + 1;
            line++;
        }
        parse_paragraph(g, bs, be, bline);
    }
    if (g->nerrors >= BANK_MAX_ERRORS)
        diag_add(g->diag, DIAG_NOTE, g->name, 0, 0, _("too many errors; stopped reading"));
}

/* ---- the whole file ---- */

static bool check_lines(Gift *g, const char *data, size_t len)
{
    int line = 1;
    for (size_t i = 0;; line++) {
        const char *nl = memchr(data + i, '\n', len - i);
        size_t n = (nl ? (size_t)(nl - data) : len) - i;
        if (n > BANK_MAX_LINE_BYTES) {
            int col = (int)gift_utf8_len(data + i, BANK_MAX_LINE_BYTES) + 1;
            diag_add(g->diag, DIAG_ERROR, g->name, line, col,
                     _("line is longer than %d bytes (%zu bytes)"), BANK_MAX_LINE_BYTES, n);
            return false;
        }
        size_t bad = gift_utf8_check(data + i, n);
        if (bad < n) {
            int col = (int)gift_utf8_len(data + i, bad) + 1;
            unsigned char c = (unsigned char)data[i + bad];
            if (c)
                diag_add(g->diag, DIAG_ERROR, g->name, line, col,
                         _("invalid UTF-8 (byte 0x%02X): bank files must be UTF-8 text"), c);
            else
                diag_add(g->diag, DIAG_ERROR, g->name, line, col,
                         _("NUL byte: bank files must be UTF-8 text"));
            return false;
        }
        if (!nl)
            return true;
        i += n + 1;
    }
}

/* Copies data without CR before LF, so columns stay those of the file. */
static void normalize(Gift *g, const char *data, size_t len)
{
    g->buf = xmalloc(len + 1);
    size_t o = 0;
    for (size_t i = 0; i < len; i++)
        if (!(data[i] == '\r' && i + 1 < len && data[i + 1] == '\n'))
            g->buf[o++] = data[i];
    g->buf[o] = '\0';
    g->len = o;
}

bool gift_parse(GiftBatch *out, const char *name, const char *data, size_t len, Diag *diag)
{
    Gift g = {.out = out, .diag = diag, .name = name, .category = ""};
    if (len > BANK_MAX_FILE_BYTES) {
        diag_add(diag, DIAG_ERROR, name, 0, 0, _("file is larger than %u bytes: %zu bytes"),
                 BANK_MAX_FILE_BYTES, len);
        return false;
    }
    if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
        data += 3;
        len -= 3;
    }
    if (!check_lines(&g, data, len))
        return false;
    normalize(&g, data, len);
    g.file = gift_arena_strndup(&out->arena, name, strlen(name));
    const char *slash = strrchr(g.file, '/');
    g.base = slash ? slash + 1 : g.file;
    parse_paragraphs(&g);
    free(g.buf);
    return g.nerrors == 0;
}

void gift_batch_free(GiftBatch *b)
{
    free(b->items);
    gift_arena_free(&b->arena);
    *b = (GiftBatch){0};
}
