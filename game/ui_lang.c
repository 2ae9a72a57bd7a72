/* The SDL layer's door to the i18n core: the scenes ask here, so how the
 * language is driven stays in one file. */
#include "ui_lang.h"

#include <stdio.h>
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

const char *lang_bank(const char *id, const char *field, const char *english)
{
    return i18n_bank(id, field, english);
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
    return lang_is_urdu() ? english : in_urdu(id, field, english);
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
