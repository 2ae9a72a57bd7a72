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
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "bank.h"
#include "gift.h"
#include "i18n.h"
#include "util.h"

typedef struct {
    GiftBatch *out;
    Diag *diag;
    const char *name; /* as given, for messages */
    const char *file; /* arena copy of name, for Question.file */
    const char *base; /* name without its folders, for derived ids */
    char *buf;        /* the file without BOM, CRLF turned to LF; ours */
    size_t len;
    const char *category;
    int nerrors;
    /* the paragraph being read */
    size_t bstart;
    int bline;
    size_t qs, ob; /* question start, its '{' */
    int difficulty;
    const char *source;
    bool has_meta;
    size_t meta_at;
} Gift;

typedef enum { ANS_OK, ANS_SKIP, ANS_ERROR } AnsResult;

/* One "=..." or "~..." entry of an answer list, as offsets into buf. */
typedef struct {
    char marker;
    double weight;
    size_t at, ts, te, fs, fe; /* marker, text, feedback (fs == fe: none) */
    bool arrow;                /* holds "->": a matching pair */
} Item;

static void report(Gift *g, DiagLevel level, size_t off, const char *fmt, va_list ap)
{
    int line, col;
    gift_position(g->buf + g->bstart, off - g->bstart, g->bline, &line, &col);
    char *msg = xvasprintf(fmt, ap);
    diag_add(g->diag, level, g->name, line, col, "%s", msg);
    free(msg);
    g->nerrors += level == DIAG_ERROR;
}

static void error_at(Gift *g, size_t off, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void error_at(Gift *g, size_t off, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report(g, DIAG_ERROR, off, fmt, ap);
    va_end(ap);
}

static void warn_at(Gift *g, size_t off, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void warn_at(Gift *g, size_t off, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report(g, DIAG_WARNING, off, fmt, ap);
    va_end(ap);
}

/* ---- scanning helpers: offsets into g->buf, escapes skipped ---- */

static size_t find_any(const Gift *g, size_t from, size_t to, const char *set)
{
    for (size_t i = from; i < to; i++) {
        if (g->buf[i] == '\\')
            i++;
        else if (strchr(set, g->buf[i]))
            return i;
    }
    return to;
}

static size_t find_str(const Gift *g, size_t from, size_t to, const char *str)
{
    size_t n = strlen(str);
    for (size_t i = from; i + n <= to; i++) {
        if (g->buf[i] == '\\')
            i++;
        else if (memcmp(g->buf + i, str, n) == 0)
            return i;
    }
    return to;
}

static bool is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static size_t skip_blank(const Gift *g, size_t i, size_t to)
{
    while (i < to && is_blank(g->buf[i]))
        i++;
    return i;
}

static size_t trim_end(const Gift *g, size_t from, size_t to)
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

static char *plain(Gift *g, size_t s, size_t e, GiftFormat fmt, size_t *nchars)
{
    return gift_plain(&g->out->arena, g->buf + s, e - s, fmt, nchars);
}

/* Feedback text of [s,e) into *out (NULL when blank); false when too long. */
static bool feedback(Gift *g, size_t s, size_t e, GiftFormat fmt, const char **out)
{
    size_t n;
    char *t = plain(g, s, e, fmt, &n);
    *out = n ? t : NULL;
    if (n <= BANK_MAX_FEEDBACK_CHARS)
        return true;
    error_at(g, s, _("feedback is too long for a card: %zu characters, at most %d"), n,
             BANK_MAX_FEEDBACK_CHARS);
    return false;
}

/* Reads an optional "%n%" weight at *p (n from lo to hi percent). */
static bool read_weight(Gift *g, size_t *p, size_t end, double lo, double hi, double *w)
{
    if (*p >= end || g->buf[*p] != '%')
        return true;
    const char *close = memchr(g->buf + *p + 1, '%', end - *p - 1);
    double v;
    if (!close || !gift_number(g->buf + *p + 1, (size_t)(close - g->buf) - *p - 1, &v) || v < lo ||
        v > hi) {
        error_at(g, *p, _("malformed weight: expected '%%n%%' with n from %g to %g"), lo, hi);
        return false;
    }
    *w = v / 100;
    *p = (size_t)(close - g->buf) + 1;
    return true;
}

static bool is_right(double w)
{
    return w > 0.9999;
}

/* ---- numerical answers ---- */

static bool number_at(Gift *g, size_t s, size_t e, double *v)
{
    if (gift_number(g->buf + s, e - s, v))
        return true;
    int n = (int)(e - s < 40 ? e - s : 40);
    error_at(g, s, _("malformed number '%.*s'"), n, g->buf + s);
    return false;
}

/* "value", "value:tolerance" or "min..max", then an optional "#feedback". */
static bool numeric_answer(Gift *g, NumericAnswer *na, size_t s, size_t e, GiftFormat fmt)
{
    size_t h = find_any(g, s, e, "#");
    bool ok = h == e || feedback(g, h + 1, e, fmt, &na->feedback);
    s = skip_blank(g, s, h);
    size_t end = trim_end(g, s, h);
    size_t dots = find_str(g, s, end, "..");
    size_t colon = find_any(g, s, end, ":");
    if (dots < end) {
        if (!number_at(g, s, dots, &na->min) || !number_at(g, dots + 2, end, &na->max))
            return false;
        if (na->min > na->max) {
            error_at(g, s, _("malformed range: the minimum is larger than the maximum"));
            return false;
        }
        na->value = (na->min + na->max) / 2;
        return ok;
    }
    double tol = 0;
    if (!number_at(g, s, colon, &na->value) || (colon < end && !number_at(g, colon + 1, end, &tol)))
        return false;
    if (tol < 0) {
        error_at(g, colon + 1, _("malformed tolerance: it must not be negative"));
        return false;
    }
    na->min = na->value - tol;
    na->max = na->value + tol;
    return ok;
}

/* "=v:t#fb =%50%v:t ..." after the '#'. */
static AnsResult numeric_list(Gift *g, Question *q, size_t p, size_t b, GiftFormat fmt)
{
    bool ok = true, right = false;
    for (size_t at = p, next; at < b; at = next) {
        next = find_any(g, at + 1, b, "=~");
        if (g->buf[at] == '~') {
            error_at(g, at,
                     _("'~' answers are not supported in numerical questions; give "
                       "partial credit with '=%%n%%'"));
            ok = false;
            continue;
        }
        if (q->n_numeric == QUESTION_MAX_NUMERIC) {
            error_at(g, at, _("too many numerical answers: at most %d"), QUESTION_MAX_NUMERIC);
            return ANS_ERROR;
        }
        NumericAnswer *na = &q->numeric[q->n_numeric++];
        size_t s = skip_blank(g, at + 1, next);
        na->weight = 1;
        if (!read_weight(g, &s, next, 0, 100, &na->weight) || !numeric_answer(g, na, s, next, fmt))
            ok = false;
        right |= is_right(na->weight);
    }
    if (ok && !right) {
        error_at(g, g->ob, _("no correct answer: no numerical answer is worth 100%%"));
        ok = false;
    }
    return ok ? ANS_OK : ANS_ERROR;
}

static AnsResult parse_numeric(Gift *g, Question *q, size_t s, size_t b, GiftFormat fmt)
{
    q->kind = QKIND_NUMERIC;
    size_t p = skip_blank(g, s, b);
    if (p < b && (g->buf[p] == '=' || g->buf[p] == '~'))
        return numeric_list(g, q, p, b, fmt);
    if (p == b) {
        error_at(g, g->ob, _("malformed number: the numerical answer is missing"));
        return ANS_ERROR;
    }
    q->n_numeric = 1;
    q->numeric[0].weight = 1;
    return numeric_answer(g, &q->numeric[0], p, b, fmt) ? ANS_OK : ANS_ERROR;
}

/* ---- true/false ---- */

static bool tf_word(const Gift *g, size_t s, size_t e, bool *value)
{
    static const char *const words[] = {"T", "TRUE", "F", "FALSE"};
    for (size_t i = 0; i < ARRAY_LEN(words); i++) {
        if (strlen(words[i]) == e - s && strncasecmp(g->buf + s, words[i], e - s) == 0) {
            *value = i < 2;
            return true;
        }
    }
    return false;
}

/* {T#feedback if answered wrong#feedback if answered right} */
static AnsResult parse_tf(Gift *g, Question *q, bool value, size_t hash, size_t b, GiftFormat fmt)
{
    q->kind = QKIND_TRUEFALSE;
    q->tf_answer = value;
    if (hash == b)
        return ANS_OK;
    size_t h2 = find_any(g, hash + 1, b, "#");
    bool ok = feedback(g, hash + 1, h2, fmt, &q->tf_feedback_wrong);
    if (h2 < b)
        ok &= feedback(g, h2 + 1, b, fmt, &q->tf_feedback_right);
    return ok ? ANS_OK : ANS_ERROR;
}

/* ---- choices ---- */

static bool read_item(Gift *g, size_t at, size_t end, Item *it)
{
    it->marker = g->buf[at];
    it->at = at;
    it->weight = it->marker == '=' ? 1 : 0;
    size_t p = skip_blank(g, at + 1, end);
    if (!read_weight(g, &p, end, -100, 100, &it->weight))
        return false;
    size_t h = find_any(g, p, end, "#");
    it->ts = p;
    it->te = h;
    it->fs = h < end ? h + 1 : end;
    it->fe = end;
    it->arrow = find_str(g, p, h, "->") < h;
    return true;
}

static bool fill_choice(Gift *g, Choice *c, const Item *it, GiftFormat fmt)
{
    size_t n;
    c->text = plain(g, it->ts, it->te, fmt, &n);
    c->weight = it->weight;
    bool ok = feedback(g, it->fs, it->fe, fmt, &c->feedback);
    if (n == 0) {
        error_at(g, it->at, _("empty answer text"));
        return false;
    }
    if (n > BANK_MAX_CHOICE_CHARS) {
        error_at(g, it->ts, _("answer is too long for a card: %zu characters, at most %d"), n,
                 BANK_MAX_CHOICE_CHARS);
        return false;
    }
    return ok;
}

/* What the markers and weights of all the items of a list say. */
typedef struct {
    int n, n_eq, n_right, n_pos;
    double pos_sum;
    bool arrow;
} Tally;

static void tally_add(Tally *t, const Item *it)
{
    t->n++;
    t->n_eq += it->marker == '=';
    t->n_right += is_right(it->weight);
    t->n_pos += it->weight > 0;
    t->pos_sum += it->weight > 0 ? it->weight : 0;
    t->arrow |= it->arrow;
}

/* Chooses the kind from the tally; an error, a skip or ANS_OK. */
static AnsResult classify(Gift *g, Question *q, const Tally *t)
{
    if (t->n_eq == t->n) {
        warn_at(g, g->qs,
                t->arrow ? _("matching question skipped: it cannot be played on a card")
                         : _("short-answer question skipped: it cannot be played on a card"));
        return ANS_SKIP;
    }
    if (t->n < 2 || t->n > QUESTION_MAX_CHOICES) {
        error_at(g, g->ob,
                 ngettext("%d answer: a card needs from 2 to %d",
                          "%d answers: a card needs from 2 to %d", (unsigned long)t->n),
                 t->n, QUESTION_MAX_CHOICES);
        return ANS_ERROR;
    }
    q->kind = t->n_eq > 0 ? QKIND_CHOICE : QKIND_MULTI;
    if ((q->kind == QKIND_CHOICE && t->n_right == 0) || t->n_pos == 0) {
        error_at(g, g->ob,
                 _("no correct answer: mark one with '=' or weigh several with '~%%n%%'"));
        return ANS_ERROR;
    }
    if (q->kind == QKIND_CHOICE && t->n_right > 1) {
        error_at(g, g->ob,
                 _("%d answers are fully right; a multiple-choice question has one (use "
                   "'~%%n%%' weights for multiple answers)"),
                 t->n_right);
        return ANS_ERROR;
    }
    if (q->kind == QKIND_MULTI && fabs(t->pos_sum - 1) > 0.001) {
        error_at(g, g->ob, _("the positive weights add up to %g%%, not 100%%"), t->pos_sum * 100);
        return ANS_ERROR;
    }
    return ANS_OK;
}

static AnsResult parse_choices(Gift *g, Question *q, size_t s, size_t b, GiftFormat fmt)
{
    if (g->buf[s] != '=' && g->buf[s] != '~') {
        error_at(g, s, _("expected '=' or '~' before an answer"));
        return ANS_ERROR;
    }
    Item items[QUESTION_MAX_CHOICES];
    Tally t = {0};
    bool ok = true;
    for (size_t at = s, next; at < b; at = next) {
        next = find_any(g, at + 1, b, "=~");
        Item it = {0};
        ok &= read_item(g, at, next, &it);
        if (t.n < QUESTION_MAX_CHOICES)
            items[t.n] = it;
        tally_add(&t, &it);
    }
    if (!ok)
        return ANS_ERROR;
    AnsResult r = classify(g, q, &t);
    if (r != ANS_OK)
        return r;
    q->n_choices = t.n;
    for (int i = 0; i < t.n; i++)
        ok &= fill_choice(g, &q->choices[i], &items[i], fmt);
    return ok ? ANS_OK : ANS_ERROR;
}

/* ---- the answer list between '{' and '}' ---- */

static AnsResult parse_answers(Gift *g, Question *q, size_t a, size_t b, GiftFormat fmt)
{
    size_t gf = find_str(g, a, b, "####");
    size_t end = gf;
    size_t s = skip_blank(g, a, end);
    AnsResult r;
    bool value;
    size_t hash = find_any(g, s, end, "#");
    if (s == end) {
        warn_at(g, g->qs, _("essay question skipped: it cannot be played on a card"));
        return ANS_SKIP;
    } else if (g->buf[s] == '#') {
        r = parse_numeric(g, q, s + 1, end, fmt);
    } else if (tf_word(g, s, trim_end(g, s, hash), &value)) {
        r = parse_tf(g, q, value, hash, end, fmt);
    } else {
        r = parse_choices(g, q, s, end, fmt);
    }
    if (r == ANS_OK && gf < b && !feedback(g, gf + 4, b, fmt, &q->general_feedback))
        r = ANS_ERROR;
    return r;
}

/* ---- question ---- */

static GiftFormat read_format(const Gift *g, size_t *p, size_t end)
{
    static const struct {
        const char *tag;
        GiftFormat fmt;
    } tags[] = {{"[plain]", GIFT_FMT_PLAIN},
                {"[moodle]", GIFT_FMT_PLAIN},
                {"[markdown]", GIFT_FMT_MARKDOWN},
                {"[html]", GIFT_FMT_HTML}};
    for (size_t i = 0; i < ARRAY_LEN(tags); i++) {
        size_t n = strlen(tags[i].tag);
        if (end - *p >= n && memcmp(g->buf + *p, tags[i].tag, n) == 0) {
            *p += n;
            return tags[i].fmt;
        }
    }
    return GIFT_FMT_PLAIN;
}

/* Text before the answer list, "_____" for it when text follows it
 * (Moodle's missing-word form), then the text after. */
static bool set_text(Gift *g, Question *q, size_t p, size_t cb, size_t be, GiftFormat fmt)
{
    size_t nh, nt;
    const char *head = plain(g, p, g->ob, fmt, &nh);
    const char *tail = plain(g, cb + 1, be, fmt, &nt);
    q->text = head;
    if (nt > 0) {
        bool tight = strchr(".,;:!?", tail[0]) != NULL;
        char *t = xasprintf("%s%s_____%s%s", head, nh ? " " : "", tight ? "" : " ", tail);
        q->text = gift_arena_strndup(&g->out->arena, t, strlen(t));
        free(t);
        nh = gift_utf8_len(q->text, strlen(q->text));
    }
    if (nh == 0) {
        error_at(g, g->qs, _("empty question text"));
        return false;
    }
    if (nh > BANK_MAX_TEXT_CHARS) {
        error_at(g, p, _("question text is too long for a card: %zu characters, at most %d"), nh,
                 BANK_MAX_TEXT_CHARS);
        return false;
    }
    return true;
}

static void set_id(Gift *g, Question *q, size_t ts, size_t te)
{
    size_t n = 0;
    if (te > ts)
        q->id = plain(g, ts, te, GIFT_FMT_PLAIN, &n);
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
    size_t ob = find_any(g, p, be, "{}");
    if (ob == be) {
        warn_at(g, g->qs,
                _("description item skipped (no answer list): it cannot be played on "
                  "a card"));
        return false;
    }
    if (g->buf[ob] == '}') {
        error_at(g, ob, _("stray '}' without an opening '{'"));
        return false;
    }
    g->ob = ob;
    *cb = find_any(g, ob + 1, be, "{}");
    if (*cb == be) {
        error_at(g, ob, _("unclosed '{': the answer list has no closing '}'"));
        return false;
    }
    if (g->buf[*cb] == '{') {
        error_at(g, *cb, _("stray '{' inside an answer list: is a '}' missing before it?"));
        return false;
    }
    size_t extra = find_any(g, *cb + 1, be, "{}");
    if (extra == be)
        return true;
    if (g->buf[extra] == '{')
        error_at(g, extra,
                 _("stray '{': a second answer list (separate questions with a blank "
                   "line)"));
    else
        error_at(g, extra, _("stray '}' without an opening '{'"));
    return false;
}

static void parse_question(Gift *g, size_t qs, size_t be)
{
    Question q = {
        .category = g->category, .file = g->file, .source = g->source, .difficulty = g->difficulty};
    g->qs = qs;
    gift_position(g->buf + g->bstart, qs - g->bstart, g->bline, &q.line, &q.col);
    size_t p = qs, ts = 0, te = 0, cb;
    if (be - qs >= 2 && memcmp(g->buf + qs, "::", 2) == 0) {
        ts = qs + 2;
        te = find_str(g, ts, be, "::");
        if (te == be) {
            error_at(g, qs, _("unclosed title: '::' has no closing '::'"));
            return;
        }
        p = te + 2;
    }
    p = skip_blank(g, p, be);
    GiftFormat fmt = read_format(g, &p, be);
    if (!find_braces(g, p, be, &cb))
        return;
    AnsResult r = parse_answers(g, &q, g->ob + 1, cb, fmt);
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
    size_t colon = skip_blank(g, k, end);
    if (k == at + 1 || colon == end || g->buf[colon] != ':') {
        warn_at(g, at, _("malformed metadata comment: expected '// @key: value'"));
        return;
    }
    g->has_meta = true;
    g->meta_at = at;
    size_t vs = skip_blank(g, colon + 1, end), ve = trim_end(g, vs, end);
    int klen = (int)(k - at - 1);
    double d;
    size_t n;
    if (klen == 10 && memcmp(g->buf + at + 1, "difficulty", 10) == 0) {
        if (gift_number(g->buf + vs, ve - vs, &d) && (d == 1 || d == 2 || d == 3))
            g->difficulty = (int)d;
        else
            error_at(g, vs, _("difficulty must be 1, 2 or 3, not '%.*s'"),
                     (int)(ve - vs < 40 ? ve - vs : 40), g->buf + vs);
    } else if (klen == 6 && memcmp(g->buf + at + 1, "source", 6) == 0) {
        g->source = plain(g, vs, ve, GIFT_FMT_PLAIN, &n);
        if (n == 0)
            error_at(g, vs, _("empty @source: give the sentence the question comes from"));
        else if (n > BANK_MAX_FEEDBACK_CHARS)
            error_at(g, vs, _("@source is too long: %zu characters, at most %d"), n,
                     BANK_MAX_FEEDBACK_CHARS);
    } else {
        warn_at(g, at, _("unknown metadata key '@%.*s' ignored (known: @difficulty, @source)"),
                klen, g->buf + at + 1);
    }
}

static void read_category(Gift *g, size_t s, size_t end)
{
    end = trim_end(g, s, end);
    while (end > s && g->buf[end - 1] == '/')
        end--;
    for (size_t i = end; i > s; i--) {
        if (g->buf[i - 1] == '/') {
            s = i;
            break;
        }
    }
    g->category = plain(g, s, end, GIFT_FMT_PLAIN, NULL);
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
    g->source = NULL;
    g->has_meta = false;
    for (size_t i = bs, end; i < be; i = end + 1) {
        end = line_end(g, i);
        size_t p = skip_blank(g, i, end);
        if (end - p >= 2 && memcmp(g->buf + p, "//", 2) == 0) {
            size_t at = skip_blank(g, p + 2, end);
            if (at < end && g->buf[at] == '@')
                read_metadata(g, at, end);
            blank_out(g, i, end);
        } else if (end - p >= 10 && memcmp(g->buf + p, "$CATEGORY:", 10) == 0) {
            read_category(g, p + 10, end);
            blank_out(g, i, end);
        }
    }
    size_t qs = skip_blank(g, bs, be);
    if (qs < be)
        parse_question(g, qs, be);
    else if (g->has_meta)
        warn_at(g, g->meta_at, _("metadata is not followed by a question in the same paragraph"));
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
