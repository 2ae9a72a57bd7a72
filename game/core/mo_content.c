/* What a .mo catalog says, checked before gettext trusts it: the header's
 * charset and Plural-Forms expression, every string's UTF-8, and each
 * translation's printf directives against its msgid's. Part of the mo
 * module (mo.h); mo.c checks the structure first. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "i18n.h"
#include "mo.h"

/* ---- Plural-Forms: gettext's expression grammar, evaluated safely ---- */

typedef struct {
    const char *p;
    unsigned long n;
    bool ok; /* false: a syntax error or a division by zero */
    int depth;
} Plural;

static unsigned long ternary(Plural *e);

static void skip_space(Plural *e)
{
    while (*e->p == ' ' || *e->p == '\t' || *e->p == '\n' || *e->p == '\r')
        e->p++;
}

static bool take(Plural *e, const char *op)
{
    skip_space(e);
    size_t k = strlen(op);
    if (strncmp(e->p, op, k) != 0)
        return false;
    /* "<" is not the start of "<=", nor "!" of "!=", nor "=" a lone "=". */
    if (k == 1 && strchr("<>!", *op) && e->p[1] == '=')
        return false;
    e->p += k;
    return true;
}

static unsigned long primary(Plural *e)
{
    skip_space(e);
    if (++e->depth > 100) { /* nesting that would exhaust the stack */
        e->ok = false;
        return 0;
    }
    unsigned long v = 0;
    if (take(e, "!")) {
        v = !primary(e);
    } else if (take(e, "(")) {
        v = ternary(e);
        if (!take(e, ")"))
            e->ok = false;
    } else if (*e->p == 'n') {
        e->p++;
        v = e->n;
    } else if (*e->p >= '0' && *e->p <= '9') {
        while (*e->p >= '0' && *e->p <= '9')
            v = v * 10 + (unsigned long)(*e->p++ - '0');
    } else {
        e->ok = false;
    }
    e->depth--;
    return v;
}

static unsigned long product(Plural *e)
{
    unsigned long v = primary(e);
    for (;;) {
        char op = take(e, "*") ? '*' : take(e, "/") ? '/' : take(e, "%") ? '%' : 0;
        if (!op || !e->ok)
            return v;
        unsigned long w = primary(e);
        if (op != '*' && w == 0) {
            e->ok = false; /* glibc would die of SIGFPE here */
            return 0;
        }
        v = op == '*' ? v * w : op == '/' ? v / w : v % w;
    }
}

static unsigned long sum(Plural *e)
{
    unsigned long v = product(e);
    for (;;) {
        if (take(e, "+"))
            v += product(e);
        else if (take(e, "-"))
            v -= product(e);
        else
            return v;
    }
}

static unsigned long relation(Plural *e)
{
    unsigned long v = sum(e);
    for (;;) {
        if (take(e, "<="))
            v = v <= sum(e);
        else if (take(e, ">="))
            v = v >= sum(e);
        else if (take(e, "<"))
            v = v < sum(e);
        else if (take(e, ">"))
            v = v > sum(e);
        else
            return v;
    }
}

static unsigned long equality(Plural *e)
{
    unsigned long v = relation(e);
    for (;;) {
        if (take(e, "=="))
            v = v == relation(e);
        else if (take(e, "!="))
            v = v != relation(e);
        else
            return v;
    }
}

/* Both sides are always evaluated: a division by zero anywhere is refused. */
static unsigned long conjunction(Plural *e)
{
    unsigned long v = equality(e);
    while (take(e, "&&")) {
        unsigned long w = equality(e);
        v = v && w;
    }
    return v;
}

static unsigned long disjunction(Plural *e)
{
    unsigned long v = conjunction(e);
    while (take(e, "||")) {
        unsigned long w = conjunction(e);
        v = v || w;
    }
    return v;
}

static unsigned long ternary(Plural *e)
{
    unsigned long c = disjunction(e);
    if (!take(e, "?"))
        return c;
    unsigned long a = ternary(e);
    if (!take(e, ":"))
        e->ok = false;
    unsigned long b = ternary(e);
    return c ? a : b;
}

bool mo_check_plural(const char *header, char *err, size_t errlen)
{
    const char *pf = strstr(header, "Plural-Forms:");
    if (!pf)
        return true; /* gettext then uses English rules: n != 1 */
    const char *np = strstr(pf, "nplurals="), *pl = strstr(pf, "plural=");
    const char *eol = strchr(pf, '\n');
    while (pl && pl > pf && pl[-1] == 'n') /* "nplurals=" contains "plural=" */
        pl = strstr(pl + 1, "plural=");
    if (!np || !pl || (eol && (np > eol || pl > eol))) {
        snprintf(err, errlen, "%s", _("its Plural-Forms line lacks nplurals= or plural="));
        return false;
    }
    unsigned long nplurals = strtoul(np + 9, NULL, 10);
    if (nplurals < 1 || nplurals > 6) {
        snprintf(err, errlen, _("its Plural-Forms has nplurals=%lu (1 to 6 expected)"), nplurals);
        return false;
    }
    for (unsigned long n = 0; n <= 1000; n++) {
        Plural e = {pl + 7, n, true, 0};
        unsigned long form = ternary(&e);
        skip_space(&e);
        if (e.ok && *e.p != ';' && *e.p != '\n' && *e.p != '\0')
            e.ok = false;
        if (!e.ok) {
            snprintf(err, errlen,
                     _("its plural expression cannot be evaluated for n = %lu (a syntax error or "
                       "a division by zero)"),
                     n);
            return false;
        }
        if (form >= nplurals) {
            snprintf(err, errlen, _("its plural expression gives form %lu for n = %lu, of %lu"),
                     form, n, nplurals);
            return false;
        }
    }
    return true;
}

/* ---- encoding ---- */

bool mo_utf8_valid(const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + len;
    while (p < end) {
        unsigned char c = *p;
        size_t k = c < 0x80                 ? 1
                   : c >= 0xC2 && c <= 0xDF ? 2
                   : c >= 0xE0 && c <= 0xEF ? 3
                   : c >= 0xF0 && c <= 0xF4 ? 4
                                            : 0;
        if (!k || (size_t)(end - p) < k)
            return false;
        for (size_t i = 1; i < k; i++)
            if ((p[i] & 0xC0) != 0x80)
                return false;
        if ((c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] > 0x9F) ||
            (c == 0xF0 && p[1] < 0x90) || (c == 0xF4 && p[1] > 0x8F))
            return false; /* overlong, surrogate, beyond U+10FFFF */
        p += k;
    }
    return true;
}

bool mo_check_charset(const char *header, char *err, size_t errlen)
{
    const char *cs = strstr(header, "charset=");
    if (!cs)
        return true;
    cs += 8;
    size_t n = strcspn(cs, " ;\n");
    if ((n == 5 && strncasecmp(cs, "UTF-8", 5) == 0) || (n == 4 && strncasecmp(cs, "utf8", 4) == 0))
        return true;
    snprintf(err, errlen, _("it is encoded as %.*s, not UTF-8"), (int)(n < 40 ? n : 40), cs);
    return false;
}

/* ---- printf directives ---- */

enum { MAX_ARGS = 16 };

/* The argument types a format string reads, by position: "i" int, "li"
 * long, "zi" size_t, "s" string, "f" double, "p" pointer... *n gets the
 * count. False when a '%' does not start a directive printf knows, or %n. */
static bool directives(const char *s, char types[MAX_ARGS][4], int *n)
{
    *n = 0;
    int next = 0;
    for (const char *p = strchr(s, '%'); p; p = strchr(p, '%')) {
        p++;
        if (*p == '%') {
            p++;
            continue;
        }
        int pos = -1;
        const char *q = p;
        int num = 0;
        while (*q >= '0' && *q <= '9')
            num = num * 10 + (*q++ - '0');
        if (*q == '$' && num > 0 && num <= MAX_ARGS) {
            pos = num - 1;
            p = q + 1;
        }
        p += strspn(p, "-+ #0'I");
        for (int part = 0; part < 2; part++) { /* width, then precision */
            if (part == 1 && *p != '.')
                break;
            p += part;
            if (*p == '*') { /* reads an int argument */
                p++;
                if (next >= MAX_ARGS)
                    return false;
                strcpy(types[next++], "i");
            } else {
                p += strspn(p, "0123456789");
            }
        }
        char len[3] = "";
        size_t ln = strspn(p, "hlLqjzt");
        if (ln > 2)
            return false;
        memcpy(len, p, ln);
        len[ln] = '\0';
        p += ln;
        const char *conv = *p && strchr("diouxXc", *p)    ? "i"
                           : *p && strchr("eEfFgGaA", *p) ? "f"
                           : *p == 's'                    ? "s"
                           : *p == 'p'                    ? "p"
                                                          : NULL;
        if (!conv)
            return false; /* an unknown conversion, or %n */
        p++;
        int at = pos >= 0 ? pos : next++;
        if (at >= MAX_ARGS)
            return false;
        if (strcmp(len, "hh") == 0 || strcmp(len, "h") == 0 || *conv != 'i')
            len[0] =
                *conv == 'f' && strcmp(len, "L") == 0 ? 'L' : '\0'; /* promoted to int/double */
        snprintf(types[at], 4, "%s%s", len, conv);
        if (at >= *n)
            *n = at + 1;
        next = pos >= 0 ? next : at + 1;
    }
    return true;
}

bool mo_check_format(const char *msgid, const char *translation, char *err, size_t errlen)
{
    char want[MAX_ARGS][4] = {{0}}, got[MAX_ARGS][4] = {{0}};
    int nw, ng;
    bool format = directives(msgid, want, &nw);
    if (!format) /* not a format string: '%' in plain text */
        return true;
    bool ok = directives(translation, got, &ng);
    for (int i = 0; ok && i < ng; i++)
        ok = i < nw && strcmp(got[i], want[i]) == 0;
    if (!ok)
        snprintf(err, errlen, _("the translation of \"%.60s\" reads other arguments than it"),
                 msgid);
    return ok;
}
