/* answermatch: forgiving short-answer matching (see answermatch.h). */
#include "answermatch.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "layout.h"
#include "util.h"

#define STAR 0xFFFFFFFFu /* a wildcard in a folded pattern */

/* One code point folded: 0 to drop it, else what it compares as. */
static uint32_t fold_cp(uint32_t c)
{
    if (c >= 'A' && c <= 'Z')
        return c + 32;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
        return c + 32;
    if (c == 0x0643)
        return 0x06A9;
    if (c == 0x064A || c == 0x0649)
        return 0x06CC;
    if (c == 0x0647)
        return 0x06C1;
    if ((c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640)
        return 0;
    if ((c >= 0x200B && c <= 0x200F) || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF)
        return 0;
    if (c >= 0x0660 && c <= 0x0669)
        return '0' + (c - 0x0660);
    if (c >= 0x06F0 && c <= 0x06F9)
        return '0' + (c - 0x06F0);
    if (c == '\t' || c == '\n' || c == '\r' || c == 0xA0)
        return ' ';
    return c;
}

/* Folds s into a new array of code points (stars as STAR when pattern);
 * *n gets its length. Blanks: trimmed and collapsed. */
static uint32_t *fold(const char *s, bool pattern, size_t *n)
{
    size_t len = strlen(s), o = 0;
    uint32_t *out = xmalloc((len + 1) * sizeof *out);
    for (size_t i = 0; i < len;) {
        uint32_t c;
        i += layout_utf8_next(s + i, len - i, &c);
        if (pattern && c == '\\' && i < len && s[i] == '*') {
            out[o++] = '*';
            i++;
            continue;
        }
        c = pattern && c == '*' ? STAR : fold_cp(c);
        if (c == 0 || (c == ' ' && (o == 0 || out[o - 1] == ' ')))
            continue;
        out[o++] = c;
    }
    while (o > 0 && out[o - 1] == ' ')
        o--;
    *n = o;
    return out;
}

/* Glob match with '*' (iterative, backtracking to the last star: linear
 * in practice, quadratic at worst). */
static bool glob(const uint32_t *p, size_t np, const uint32_t *t, size_t nt)
{
    size_t i = 0, j = 0, star = SIZE_MAX, mark = 0;
    while (j < nt) {
        if (i < np && p[i] == STAR) {
            star = i++;
            mark = j;
        } else if (i < np && p[i] == t[j]) {
            i++;
            j++;
        } else if (star != SIZE_MAX) {
            i = star + 1;
            j = ++mark;
        } else {
            return false;
        }
    }
    while (i < np && p[i] == STAR)
        i++;
    return i == np;
}

bool answermatch(const char *accepted, const char *typed)
{
    if (!accepted || !typed)
        return false;
    size_t np, nt;
    uint32_t *p = fold(accepted, true, &np), *t = fold(typed, false, &nt);
    bool ok = np > 0 && glob(p, np, t, nt);
    free(p);
    free(t);
    return ok;
}

char *answermatch_fold(const char *s, char *out, size_t size)
{
    size_t n, o = 0;
    uint32_t *f = fold(s, true, &n);
    for (size_t i = 0; i < n; i++) {
        char buf[4];
        size_t k = utf8_put(f[i] == STAR ? '*' : f[i], buf);
        if (o + k + 1 > size)
            break;
        memcpy(out + o, buf, k);
        o += k;
    }
    if (size)
        out[o] = '\0';
    free(f);
    return out;
}
