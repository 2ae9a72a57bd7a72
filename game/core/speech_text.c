#include "speech_text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

#define LEXICON_MAX_WORD 128

typedef struct {
    Lang lang;
    char *word, *say;
    size_t len;
} LexRow;

struct SpeechLexicon {
    LexRow *rows;
    size_t count, cap;
};

/* A growing string. */
typedef struct {
    char *s;
    size_t len, cap;
} Buf;

static void buf_add(Buf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        b->cap = (b->len + n + 1) * 2;
        b->s = xrealloc(b->s, b->cap);
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

static void buf_str(Buf *b, const char *s)
{
    buf_add(b, s, strlen(s));
}

static char *buf_take(Buf *b)
{
    if (!b->s)
        buf_add(b, "", 0);
    return b->s;
}

SpeechLexicon *speech_lexicon_new(void)
{
    return xcalloc(1, sizeof(SpeechLexicon));
}

void speech_lexicon_free(SpeechLexicon *lx)
{
    if (!lx)
        return;
    for (size_t i = 0; i < lx->count; i++) {
        free(lx->rows[i].word);
        free(lx->rows[i].say);
    }
    free(lx->rows);
    free(lx);
}

int speech_lexicon_count(const SpeechLexicon *lx, Lang lang)
{
    int n = 0;
    for (size_t i = 0; lx && i < lx->count; i++)
        n += lx->rows[i].lang == lang;
    return n;
}

/* Splits one line into three tab-separated fields (in place); returns the
 * number found and, when fewer than three, the column after the last. */
static int split_tabs(char *line, char *f[3], int *col)
{
    int n = 0;
    char *p = line;
    while (n < 3) {
        f[n++] = p;
        char *tab = strchr(p, '\t');
        if (!tab)
            break;
        *tab = '\0';
        p = tab + 1;
    }
    *col = (int)(p - line) + (int)strlen(p) + 1;
    return n;
}

static bool parse_row(SpeechLexicon *lx, const char *name, int lineno, char *line, Diag *diag)
{
    char *f[3];
    int col;
    if (split_tabs(line, f, &col) < 3) {
        diag_add(diag, DIAG_ERROR, name, lineno, col, "%s",
                 _("a row needs three fields separated by tabs: language, word, what to say"));
        return false;
    }
    Lang lang;
    if (!i18n_parse_lang(f[0], &lang)) {
        diag_add(diag, DIAG_ERROR, name, lineno, 1, _("unknown language '%s' (en or ur)"), f[0]);
        return false;
    }
    if (!*f[1] || !*f[2] || strlen(f[1]) > LEXICON_MAX_WORD || strchr(f[2], '\t')) {
        int c = (int)(f[1] - line) + 1;
        diag_add(diag, DIAG_ERROR, name, lineno, c, "%s",
                 _("the word and what to say must be non-empty, one field each"));
        return false;
    }
    if (lx->count == lx->cap) {
        lx->cap = lx->cap ? lx->cap * 2 : 16;
        lx->rows = xrealloc(lx->rows, lx->cap * sizeof *lx->rows);
    }
    lx->rows[lx->count++] = (LexRow){lang, xstrdup(f[1]), xstrdup(f[2]), strlen(f[1])};
    return true;
}

bool speech_lexicon_parse(SpeechLexicon *lx, const char *name, const char *text, Diag *diag)
{
    bool ok = true;
    int lineno = 0;
    for (const char *p = text; *p;) {
        size_t n = strcspn(p, "\n");
        char *line = xstrndup(p, n);
        lineno++;
        if (n && line[n - 1] == '\r')
            line[n - 1] = '\0';
        if (line[0] && line[0] != '#')
            ok &= parse_row(lx, name, lineno, line, diag);
        free(line);
        p += n + (p[n] == '\n');
    }
    return ok;
}

bool speech_lexicon_load(SpeechLexicon *lx, const char *path, Diag *diag)
{
    char err[512];
    size_t len;
    char *text = read_file(path, 1 << 20, &len, err, sizeof err);
    if (!text) {
        diag_add(diag, DIAG_ERROR, NULL, 0, 0, "%s", err);
        return false;
    }
    bool ok = speech_lexicon_parse(lx, path, text, diag);
    free(text);
    return ok;
}

/* ---- characters ---- */

/* Decodes one UTF-8 character at s (length in *n); a bad byte is itself. */
static unsigned decode(const char *s, int *n)
{
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] < 0x80 || (u[0] & 0xE0) == 0x80) {
        *n = 1;
        return u[0];
    }
    int len = u[0] >= 0xF0 ? 4 : u[0] >= 0xE0 ? 3 : 2;
    unsigned c = u[0] & (0x3F >> (len - 1));
    for (int i = 1; i < len; i++) {
        if ((u[i] & 0xC0) != 0x80) {
            *n = 1;
            return u[0];
        }
        c = (c << 6) | (u[i] & 0x3F);
    }
    *n = len;
    return c;
}

static bool is_word_char(unsigned c)
{
    if (c < 0x80)
        return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    return (c >= 0xC0 && c <= 0x24F) || (c >= 0x0620 && c <= 0x065F) || c == 0x0670 ||
           (c >= 0x066E && c <= 0x06D3) || c == 0x06D5 || (c >= 0x06FA && c <= 0x06FF);
}

static bool is_bidi_control(unsigned c)
{
    return c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF || c == 0x061C;
}

/* Urdu (U+06F0..) and Arabic-Indic (U+0660..) digits to ASCII; bidi marks
 * dropped; line breaks become spaces. */
static char *normalise(const char *in)
{
    Buf b = {0};
    for (const char *p = in; *p;) {
        int n;
        unsigned c = decode(p, &n);
        if (c >= 0x06F0 && c <= 0x06F9) {
            char d = (char)('0' + (c - 0x06F0));
            buf_add(&b, &d, 1);
        } else if (c >= 0x0660 && c <= 0x0669) {
            char d = (char)('0' + (c - 0x0660));
            buf_add(&b, &d, 1);
        } else if (c == 0x066C) {
            buf_add(&b, ",", 1);
        } else if (c == '\n' || c == '\r' || c == '\t') {
            buf_add(&b, " ", 1);
        } else if (!is_bidi_control(c)) {
            buf_add(&b, p, (size_t)n);
        }
        p += n;
    }
    return buf_take(&b);
}

/* The last character before s (s > start), decoded. */
static unsigned char_before(const char *start, const char *s)
{
    const char *p = s - 1;
    while (p > start && (*(const unsigned char *)p & 0xC0) == 0x80)
        p--;
    int n;
    return decode(p, &n);
}

static const LexRow *match_row(const SpeechLexicon *lx, Lang lang, const char *start, const char *p)
{
    if (!lx || (p > start && is_word_char(char_before(start, p))))
        return NULL;
    const LexRow *best = NULL;
    for (size_t i = 0; i < lx->count; i++) {
        const LexRow *r = &lx->rows[i];
        int n;
        if (r->lang != lang || strncmp(p, r->word, r->len) != 0 ||
            (p[r->len] && is_word_char(decode(p + r->len, &n))))
            continue;
        if (!best || r->len > best->len)
            best = r;
    }
    return best;
}

static char *apply_lexicon(const SpeechLexicon *lx, Lang lang, const char *in)
{
    Buf b = {0};
    for (const char *p = in; *p;) {
        const LexRow *r = match_row(lx, lang, in, p);
        if (r) {
            buf_str(&b, r->say);
            p += r->len;
            continue;
        }
        int n;
        decode(p, &n);
        buf_add(&b, p, (size_t)n);
        p += n;
    }
    return buf_take(&b);
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* A 4-digit run standing alone (not part of 235,000 or 1.5 or a longer
 * number) from 1100 to 1999: a year, said as two pairs. */
static bool year_at(const char *start, const char *p, int *year)
{
    if (p > start &&
        (is_digit(p[-1]) || ((p[-1] == ',' || p[-1] == '.') && p - 1 > start && is_digit(p[-2]))))
        return false;
    for (int i = 0; i < 4; i++)
        if (!is_digit(p[i]))
            return false;
    if (is_digit(p[4]) || ((p[4] == ',' || p[4] == '.') && is_digit(p[5])))
        return false;
    *year = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
    return *year >= 1100 && *year <= 1999;
}

static void say_year(Buf *b, Lang lang, int year)
{
    char t[64];
    int hi = year / 100, lo = year % 100;
    if (lang == LANG_UR)
        snprintf(t, sizeof t, lo ? "%d \xd8\xb3\xd9\x88 %d" : "%d \xd8\xb3\xd9\x88", hi, lo);
    else if (lo == 0)
        snprintf(t, sizeof t, "%d hundred", hi);
    else
        snprintf(t, sizeof t, lo < 10 ? "%d oh %d" : "%d %d", hi, lo);
    buf_str(b, t);
}

static char *say_years(Lang lang, const char *in)
{
    Buf b = {0};
    for (const char *p = in; *p;) {
        int year;
        if (is_digit(*p) && year_at(in, p, &year)) {
            say_year(&b, lang, year);
            p += 4;
        } else {
            buf_add(&b, p, 1);
            p++;
        }
    }
    return buf_take(&b);
}

char *speech_text_prepare(const SpeechLexicon *lx, Lang lang, const char *text)
{
    char *a = normalise(text ? text : "");
    char *b = apply_lexicon(lx, lang, a);
    char *c = say_years(lang, b);
    free(a);
    free(b);
    return c;
}

/* The badge letters A-F as each voice says them. Spoken only, never shown. */
static const char *const letters_en[QUESTION_MAX_CHOICES] = {"A", "B", "C", "D", "E", "F"};
static const char *const letters_ur[QUESTION_MAX_CHOICES] = {
    "\xd8\xa7\xdb\x92",         /* اے */
    "\xd8\xa8\xdb\x8c",         /* بی */
    "\xd8\xb3\xdb\x8c",         /* سی */
    "\xda\x88\xdb\x8c",         /* ڈی */
    "\xd8\xa7\xdb\x8c",         /* ای */
    "\xd8\xa7\xdb\x8c\xd9\x81", /* ایف */
};

/* Ends a sentence unless it already ends in a stop of either script. */
static void end_sentence(Buf *b, Lang lang)
{
    static const char *stops[] = {".", "?", "!", "\xdb\x94", "\xd8\x9f"};
    for (size_t i = 0; i < ARRAY_LEN(stops); i++) {
        size_t n = strlen(stops[i]);
        if (b->len >= n && memcmp(b->s + b->len - n, stops[i], n) == 0) {
            buf_add(b, " ", 1);
            return;
        }
    }
    buf_str(b, lang == LANG_UR ? "\xdb\x94 " : ". ");
}

static void add_trimmed(Buf *b, const char *s)
{
    while (*s == ' ')
        s++;
    size_t n = strlen(s);
    while (n && s[n - 1] == ' ')
        n--;
    buf_add(b, s, n);
}

char *speech_text_card(const SpeechLexicon *lx, Lang lang, const SpeechCard *card)
{
    Buf b = {0};
    const char *const *letters = lang == LANG_UR ? letters_ur : letters_en;
    if (card->question && *card->question) {
        add_trimmed(&b, card->question);
        end_sentence(&b, lang);
    }
    for (int i = 0; i < card->n_answers && i < QUESTION_MAX_CHOICES; i++) {
        if (!card->answers[i])
            continue;
        buf_str(&b, letters[i]);
        buf_str(&b, lang == LANG_UR ? "\xd8\x8c " : ": "); /* ، */
        add_trimmed(&b, card->answers[i]);
        end_sentence(&b, lang);
    }
    if (b.len && b.s[b.len - 1] == ' ')
        b.s[--b.len] = '\0';
    char *raw = buf_take(&b);
    char *out = speech_text_prepare(lx, lang, raw);
    free(raw);
    return out;
}

void speech_card_of(const Question *q, SpeechCard *card)
{
    memset(card, 0, sizeof *card);
    card->question = i18n_bank(q->id, "question", q->text);
    if (q->kind == QKIND_TRUEFALSE) {
        card->answers[0] = _("True");
        card->answers[1] = _("False");
        card->n_answers = 2;
        return;
    }
    if (q->kind == QKIND_NUMERIC || q->kind == QKIND_SHORT)
        return; /* the accepted answers are what the player must type */
    for (int i = 0; i < q->n_choices && i < QUESTION_MAX_CHOICES; i++) {
        char field[32];
        i18n_field_choice(field, sizeof field, i + 1);
        card->answers[i] = i18n_bank(q->id, field, q->choices[i].text);
    }
    card->n_answers = q->n_choices;
}

const char *speech_voice(Lang lang)
{
    return lang == LANG_UR ? "ur" : "en";
}
