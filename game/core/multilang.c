/* multilang: Moodle's multilang span blocks and filter_multilang2's {mlang}
 * blocks (see multilang.h). */
#include "multilang.h"

#include <string.h>
#include <strings.h>

/* How far a block's closing tag is looked for: far more than a card holds,
 * and it keeps a text full of unclosed tags linear. */
#define ML_MAX_BLOCK 16384

enum { BIT_EN = 1, BIT_UR = 2, BIT_OTHER = 4, BIT_ELSE = 8 };

typedef struct {
    bool span;          /* a <span> block, else {mlang} */
    unsigned langs;     /* BIT_* of the languages it names */
    size_t body, bodye; /* its content */
    size_t end;         /* just past the block */
} Block;

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* One language tag ("ur_PK", "en-US", "other") as a BIT_*. */
static unsigned lang_bit(const char *s, size_t n)
{
    size_t k = 0;
    while (k < n && s[k] != '_' && s[k] != '-')
        k++;
    if (k == 2 && strncasecmp(s, "en", 2) == 0)
        return BIT_EN;
    if (k == 2 && strncasecmp(s, "ur", 2) == 0)
        return BIT_UR;
    if (n == 5 && strncasecmp(s, "other", 5) == 0)
        return BIT_OTHER;
    return n ? BIT_ELSE : 0;
}

/* A list of tags separated by commas or blanks. */
static unsigned lang_list(const char *s, size_t n)
{
    unsigned bits = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && (s[i] == ',' || is_space(s[i])))
            i++;
        size_t st = i;
        while (i < n && s[i] != ',' && !is_space(s[i]))
            i++;
        bits |= lang_bit(s + st, i - st);
    }
    return bits;
}

static const char *find_ci(const char *s, size_t n, const char *needle)
{
    size_t k = strlen(needle);
    for (size_t i = 0; i + k <= n; i++)
        if (strncasecmp(s + i, needle, k) == 0)
            return s + i;
    return NULL;
}

/* The value of attribute `name` in the tag s[0..n): quoted or bare. */
static bool attr(const char *s, size_t n, const char *name, const char **v, size_t *vn)
{
    size_t k = strlen(name);
    for (size_t i = 1; i + k < n; i++) {
        if (!is_space(s[i - 1]) || strncasecmp(s + i, name, k) != 0)
            continue;
        size_t j = i + k;
        while (j < n && is_space(s[j]))
            j++;
        if (j >= n || s[j] != '=')
            continue;
        j++;
        while (j < n && is_space(s[j]))
            j++;
        char q = j < n && (s[j] == '"' || s[j] == '\'') ? s[j++] : 0;
        size_t st = j;
        while (j < n && (q ? s[j] != q : !is_space(s[j]) && s[j] != '>' && s[j] != '/'))
            j++;
        *v = s + st;
        *vn = j - st;
        return true;
    }
    return false;
}

/* Length of "<span ...>" at s when its class holds the word multilang and it
 * has a lang; *langs gets them. */
static size_t span_open(const char *s, size_t n, unsigned *langs)
{
    if (n < 6 || strncasecmp(s, "<span", 5) != 0 || !is_space(s[5]))
        return 0;
    const char *gt = memchr(s, '>', n);
    if (!gt)
        return 0;
    size_t tn = (size_t)(gt - s), vn, ln;
    const char *v, *l;
    if (!attr(s, tn, "class", &v, &vn) || !find_ci(v, vn, "multilang"))
        return 0;
    if (!attr(s, tn, "lang", &l, &ln) && !attr(s, tn, "xml:lang", &l, &ln))
        return 0;
    *langs = lang_list(l, ln);
    return tn + 1;
}

/* Length of "{mlang LIST}" or "{mlang}" at s; *langs is 0 for the closer. */
static size_t mlang_tag(const char *s, size_t n, unsigned *langs)
{
    if (n < 7 || s[0] != '{' || strncasecmp(s + 1, "mlang", 5) != 0 ||
        (s[6] != '}' && !is_space(s[6])))
        return 0;
    for (size_t i = 6; i < n && i < 200; i++) {
        if (s[i] == '}') {
            *langs = lang_list(s + 6, i - 6);
            return i + 1;
        }
        if (s[i] == '{' || s[i] == '\n')
            return 0;
    }
    return 0;
}

size_t multilang_tag_len(const char *s, size_t n)
{
    unsigned langs;
    size_t k = mlang_tag(s, n, &langs);
    return k ? k : span_open(s, n, &langs);
}

/* The block starting at s[i], if any. */
static bool block_at(const char *s, size_t n, size_t i, Block *b)
{
    unsigned langs = 0;
    size_t k = mlang_tag(s + i, n - i, &langs);
    if (k && langs) {
        for (size_t j = i + k; j < n && j - i < ML_MAX_BLOCK; j++) {
            unsigned l2;
            size_t k2 = s[j] == '{' ? mlang_tag(s + j, n - j, &l2) : 0;
            if (k2 && l2 == 0) {
                *b = (Block){false, langs, i + k, j, j + k2};
                return true;
            }
        }
        return false;
    }
    k = span_open(s + i, n - i, &langs);
    if (!k || !langs)
        return false;
    int depth = 1;
    for (size_t j = i + k; j < n && j - i < ML_MAX_BLOCK; j++) {
        if (s[j] != '<')
            continue;
        if (n - j >= 7 && strncasecmp(s + j, "</span>", 7) == 0 && --depth == 0) {
            *b = (Block){true, langs, i + k, j, j + 7};
            return true;
        }
        if (n - j >= 6 && strncasecmp(s + j, "<span", 5) == 0 &&
            (s[j + 5] == '>' || is_space(s[j + 5])))
            depth++;
    }
    return false;
}

/* Whether some {mlang} block of the text names `bit` (for "other"). */
static bool mlang_names(const char *s, size_t n, unsigned bit, MlInfo *info)
{
    bool named = false;
    Block b;
    for (size_t i = 0; i < n;) {
        if (s[i] == '{' || s[i] == '<') {
            if (block_at(s, n, i, &b)) {
                named |= !b.span && (b.langs & bit);
                info->any = true;
                info->en |= (b.langs & BIT_EN) != 0;
                info->ur |= (b.langs & BIT_UR) != 0;
                i = b.end;
                continue;
            }
        }
        i++;
    }
    return named;
}

/* A group of span blocks from s[i]: the chosen body, the group's end. */
static size_t span_group(const char *s, size_t n, Block first, unsigned bit, Block *chosen)
{
    *chosen = first;
    bool found = (first.langs & bit) != 0;
    size_t end = first.end;
    for (;;) {
        size_t j = end;
        while (j < n && is_space(s[j]))
            j++;
        Block b;
        if (j >= n || s[j] != '<' || !block_at(s, n, j, &b) || !b.span)
            return end;
        if (!found && (b.langs & bit)) {
            *chosen = b;
            found = true;
        }
        end = b.end;
    }
}

size_t multilang_pick(const char *s, size_t n, MlLang lang, char *out, MlInfo *info)
{
    MlInfo local = {0};
    unsigned bit = lang == ML_UR ? BIT_UR : BIT_EN;
    bool named = mlang_names(s, n, bit, &local);
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        Block b, c;
        if ((s[i] == '{' || s[i] == '<') && block_at(s, n, i, &b)) {
            if (b.span) {
                i = span_group(s, n, b, bit, &c);
                b = c;
            } else {
                i = b.end;
                if (!(b.langs & bit) && !((b.langs & BIT_OTHER) && !named))
                    continue;
            }
            memcpy(out + o, s + b.body, b.bodye - b.body);
            o += b.bodye - b.body;
            continue;
        }
        out[o++] = s[i++];
    }
    out[o] = '\0';
    if (info)
        *info = local;
    return o;
}
