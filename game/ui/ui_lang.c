/* The SDL layer's door to the i18n core: the scenes ask here, so how the
 * language is driven stays in one file. */
#include "ui_lang.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"

static void report(bool ok, const char *msg)
{
    if (!ok && *msg)
        fprintf(stderr, "amanquiz: %s\n", msg);
}

void lang_init(const char *code)
{
    Lang l;
    char msg[512] = "";
    if (code && i18n_parse_lang(code, &l) && l != i18n_lang())
        report(i18n_set_lang(l, msg, sizeof msg), msg);
}

bool lang_is_urdu(void)
{
    return i18n_lang() == LANG_UR;
}

bool lang_is_rtl(void)
{
    return i18n_is_rtl();
}

void lang_set_urdu(bool urdu)
{
    char msg[512] = "";
    report(i18n_set_lang(urdu ? LANG_UR : LANG_EN, msg, sizeof msg), msg);
}

void lang_toggle(void)
{
    lang_set_urdu(!lang_is_urdu());
}

const char *lang_code(void)
{
    return i18n_lang_code(i18n_lang());
}

/* Urdu bank texts with Urdu digits (the urdu_digits setting), one copy per
 * distinct text, kept until lang_free: the pointers handed out must live as
 * long as the catalog's own. Keyed by content, not by pointer, so a reloaded
 * catalog cannot alias a stale entry. */
typedef struct {
    char *in, *out;
} Digited;

static struct {
    Digited *slot;
    size_t n, cap; /* cap: a power of two, or 0 */
} digited;

static size_t text_hash(const char *s)
{
    size_t h = 14695981039346656037ull & SIZE_MAX;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

static void digited_grow(void)
{
    size_t cap = digited.cap ? digited.cap * 2 : 256;
    Digited *slot = calloc(cap, sizeof *slot);
    if (!slot)
        return;
    for (size_t i = 0; i < digited.cap; i++) {
        if (!digited.slot[i].in)
            continue;
        size_t j = text_hash(digited.slot[i].in) & (cap - 1);
        while (slot[j].in)
            j = (j + 1) & (cap - 1);
        slot[j] = digited.slot[i];
    }
    free(digited.slot);
    digited.slot = slot;
    digited.cap = cap;
}

static const char *with_urdu_digits(const char *s)
{
    if (!s || !i18n_urdu_digits() || !strpbrk(s, "0123456789"))
        return s;
    if (digited.n + 1 > digited.cap * 3 / 4)
        digited_grow();
    if (digited.n + 1 > digited.cap * 3 / 4)
        return s; /* out of memory: Western digits */
    size_t i = text_hash(s) & (digited.cap - 1);
    for (; digited.slot[i].in; i = (i + 1) & (digited.cap - 1))
        if (strcmp(digited.slot[i].in, s) == 0)
            return digited.slot[i].out;
    size_t len = strlen(s);
    char *in = strdup(s), *out = malloc(2 * len + 1);
    if (!in || !out) {
        free(in);
        free(out);
        return s;
    }
    i18n_to_urdu_digits(s, out, 2 * len + 1);
    digited.slot[i] = (Digited){in, out};
    digited.n++;
    return out;
}

void lang_free(void)
{
    for (size_t i = 0; i < digited.cap; i++) {
        free(digited.slot[i].in);
        free(digited.slot[i].out);
    }
    free(digited.slot);
    digited.slot = NULL;
    digited.n = digited.cap = 0;
}

const char *lang_bank(const char *id, const char *field, const char *english)
{
    const char *t = i18n_bank(id, field, english);
    return lang_is_urdu() && t != english ? with_urdu_digits(t) : t;
}

/* Runs one lookup in Urdu while English is active. gettext keeps both
 * catalogs loaded, so the returned pointers stay valid after switching back. */
static const char *in_urdu(const char *id, const char *field, const char *english)
{
    char msg[512];
    if (!i18n_set_lang(LANG_UR, msg, sizeof msg)) {
        i18n_set_lang(LANG_EN, msg, sizeof msg);
        return NULL;
    }
    const char *s = id ? i18n_bank(id, field, english) : gettext(english);
    i18n_set_lang(LANG_EN, msg, sizeof msg);
    return s == english || strcmp(s, english) == 0 ? NULL : s;
}

const char *lang_bank_other(const char *id, const char *field, const char *english)
{
    if (!english)
        return NULL;
    if (lang_is_urdu()) /* a text with one form only is not shown twice */
        return id && i18n_bank(id, field, english) == english ? NULL : english;
    const char *t = in_urdu(id, field, english);
    return t && t != english ? with_urdu_digits(t) : t;
}

const char *lang_other(const char *msgid)
{
    return lang_is_urdu() ? msgid : in_urdu(NULL, NULL, msgid);
}

const char *lang_category(const char *name)
{
    return i18n_category(name);
}

void lang_digits(char *buf, size_t size)
{
    char tmp[256];
    snprintf(tmp, sizeof tmp, "%s", buf);
    i18n_digits(tmp, buf, size);
}

void lang_set_urdu_digits(bool on)
{
    i18n_set_urdu_digits(on);
}
