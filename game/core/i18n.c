#include "i18n.h"

#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mo.h"
#include "util.h"

/* gettext state is process-wide (see i18n.h); this mirrors it. */
static struct {
    Lang lang;
    bool urdu_digits;
    char localedir[1024];
    I18nBankUrduFn bank_urdu; /* a bank's own Urdu, asked before the catalog */
    const void *bank_ctx;
} state;

/* One row per language the game speaks. */
static const struct {
    const char *code;    /* LANGUAGE value and --lang argument */
    const char *autonym; /* its name in its own script */
    bool rtl;
} langs[] = {
    [LANG_EN] = {"en", "English", false},
    [LANG_UR] = {"ur", "اردو", true},
};

static Lang valid(Lang lang)
{
    return (size_t)lang < ARRAY_LEN(langs) ? lang : LANG_EN;
}

const char *i18n_lang_code(Lang lang)
{
    return langs[valid(lang)].code;
}

const char *i18n_lang_autonym(Lang lang)
{
    return langs[valid(lang)].autonym;
}

const char *i18n_lang_name(Lang lang)
{
    return lang == LANG_UR ? C_("language", "Urdu") : C_("language", "English");
}

/* "ur", "ur_PK", "ur_PK.UTF-8", "ur@x" are Urdu; likewise for "en". */
static bool has_lang_prefix(const char *s, const char *code)
{
    size_t n = strlen(code);
    return strncmp(s, code, n) == 0 && strchr("_.@:", s[n]) != NULL;
}

bool i18n_parse_lang(const char *s, Lang *out)
{
    for (size_t i = 0; s && i < ARRAY_LEN(langs); i++) {
        if (has_lang_prefix(s, langs[i].code)) {
            *out = (Lang)i;
            return true;
        }
    }
    return false;
}

/* First en/ur entry of a LANGUAGE list such as "fr:ur_PK:en". */
static bool parse_language_list(const char *list, Lang *out)
{
    const char *p = list;
    while (p && *p) {
        const char *end = strchr(p, ':');
        size_t n = end ? (size_t)(end - p) : strlen(p);
        char item[64];
        if (n > 0 && n < sizeof item) {
            memcpy(item, p, n);
            item[n] = '\0';
            if (i18n_parse_lang(item, out))
                return true;
        }
        p = end ? end + 1 : NULL;
    }
    return false;
}

static const char *nonempty(I18nEnvFn env, const char *name)
{
    const char *v = env(name);
    return v && *v ? v : NULL;
}

static const char *getenv_fn(const char *name)
{
    return getenv(name);
}

Lang i18n_choose(const char *cli_lang, I18nEnvFn env, char *msg, size_t msglen)
{
    if (msglen)
        msg[0] = '\0';
    if (!env)
        env = getenv_fn;
    Lang lang = LANG_EN;
    if (cli_lang) {
        if (i18n_parse_lang(cli_lang, &lang))
            return lang;
        if (msglen)
            snprintf(msg, msglen, _("unknown language '%s' (use en or ur); showing English"),
                     cli_lang);
        return LANG_EN;
    }
    const char *language = nonempty(env, "LANGUAGE");
    if (language && parse_language_list(language, &lang))
        return lang;
    const char *vars[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
    for (size_t i = 0; i < ARRAY_LEN(vars); i++) {
        const char *v = nonempty(env, vars[i]);
        if (v)
            return has_lang_prefix(v, "ur") ? LANG_UR : LANG_EN;
    }
    return LANG_EN;
}

static bool is_plain_c(const char *loc)
{
    return !loc || strcmp(loc, "C") == 0 || strcmp(loc, "POSIX") == 0;
}

/* gettext ignores LANGUAGE in the C locale, so settle on a real one. */
static void ensure_locale(void)
{
    const char *loc = setlocale(LC_ALL, "");
    const char *fallbacks[] = {"ur_PK.UTF-8", "ur_IN.UTF-8", "C.UTF-8"};
    for (size_t i = 0; is_plain_c(loc) && i < ARRAY_LEN(fallbacks); i++)
        loc = setlocale(LC_ALL, fallbacks[i]);
    /* Numbers in files and on the command line always use '.'. */
    setlocale(LC_NUMERIC, "C");
}

static void apply_language(Lang lang)
{
    setenv("LANGUAGE", i18n_lang_code(lang), 1);
    /* Re-setting the domain bumps gettext's catalog counter: without it
     * gettext keeps answering from its cache in the old language. */
    textdomain(AMAN_TEXTDOMAIN);
    state.lang = lang;
}

/* Why the probe stayed English, for the one message the user sees. */
static void urdu_failure_reason(char *buf, size_t len)
{
    const char *loc = setlocale(LC_MESSAGES, NULL);
    char mo[1200];
    snprintf(mo, sizeof mo, "%s/ur/LC_MESSAGES/%s.mo", state.localedir, AMAN_TEXTDOMAIN);
    if (!is_file(mo))
        snprintf(buf, len, _("the catalog '%s' is missing"), mo);
    else if (is_plain_c(loc))
        snprintf(buf, len,
                 _("no UTF-8 locale is available (tried ur_PK.UTF-8, ur_IN.UTF-8 "
                   "and C.UTF-8)"));
    else
        snprintf(buf, len,
                 _("the C library ignores LANGUAGE in the locale '%s'; generate "
                   "ur_PK.UTF-8 with locale-gen"),
                 loc);
}

/* glibc crashes on a damaged catalog, so look at it before gettext does. */
static bool catalog_usable(Lang lang, char *reason, size_t len)
{
    char mo[1200];
    bool exists;
    snprintf(mo, sizeof mo, "%s/%s/LC_MESSAGES/%s.mo", state.localedir, i18n_lang_code(lang),
             AMAN_TEXTDOMAIN);
    return mo_check_file(mo, &exists, reason, len);
}

bool i18n_set_lang(Lang lang, char *msg, size_t msglen)
{
    if (msglen)
        msg[0] = '\0';
    char reason[1400];
    if (lang != LANG_EN && !catalog_usable(lang, reason, sizeof reason)) {
        apply_language(LANG_EN);
        if (msglen)
            snprintf(msg, msglen,
                     _("Urdu translations could not be activated: %s; showing English"), reason);
        return false;
    }
    apply_language(lang);
    if (lang == LANG_EN)
        return true;
    /* TRANSLATORS: the game's name; also the probe that proves Urdu is active. */
    const char *probe = _("Aman Quiz");
    if (strcmp(probe, "Aman Quiz") != 0)
        return true;
    urdu_failure_reason(reason, sizeof reason);
    apply_language(LANG_EN);
    if (msglen)
        snprintf(msg, msglen, _("Urdu translations could not be activated: %s; showing English"),
                 reason);
    return false;
}

bool i18n_start(const char *localedir, Lang lang, char *msg, size_t msglen)
{
    snprintf(state.localedir, sizeof state.localedir, "%s", localedir);
    ensure_locale();
    bindtextdomain(AMAN_TEXTDOMAIN, localedir);
    bind_textdomain_codeset(AMAN_TEXTDOMAIN, "UTF-8");
    textdomain(AMAN_TEXTDOMAIN);
    return i18n_set_lang(lang, msg, msglen);
}

bool i18n_init(const char *localedir)
{
    return i18n_start(localedir, i18n_choose(NULL, NULL, NULL, 0), NULL, 0);
}

Lang i18n_lang(void)
{
    return state.lang;
}

bool i18n_is_rtl(void)
{
    return langs[state.lang].rtl;
}

/* gettext keys a msgctxt entry as "ctx\004msgid"; when there is no
 * translation it returns the key itself. */
const char *i18n_pgettext(const char *ctx, const char *msgid)
{
    size_t nc = strlen(ctx), nm = strlen(msgid);
    char stack[512];
    char *key = nc + nm + 2 <= sizeof stack ? stack : xmalloc(nc + nm + 2);
    memcpy(key, ctx, nc);
    key[nc] = '\004';
    memcpy(key + nc + 1, msgid, nm + 1);
    const char *tr = dgettext(AMAN_TEXTDOMAIN, key);
    const char *out = tr == key || strcmp(tr, key) == 0 ? msgid : tr;
    if (key != stack)
        free(key);
    return out;
}

const char *i18n_bank(const char *id, const char *field, const char *english)
{
    if (!english || !*english || state.lang == LANG_EN)
        return english;
    const char *own = state.bank_urdu ? state.bank_urdu(state.bank_ctx, id, field) : NULL;
    if (own)
        return own;
    char ctx[256];
    int n = snprintf(ctx, sizeof ctx, "%s|%s", id, field);
    if (n < 0 || (size_t)n >= sizeof ctx) {
        char *big = xasprintf("%s|%s", id, field);
        const char *out = i18n_pgettext(big, english);
        free(big);
        return out;
    }
    return i18n_pgettext(ctx, english);
}

void i18n_set_bank_urdu(I18nBankUrduFn fn, const void *ctx)
{
    state.bank_urdu = fn;
    state.bank_ctx = ctx;
}

const char *i18n_category(const char *name)
{
    if (!name || !*name || state.lang == LANG_EN)
        return name;
    const char *own = state.bank_urdu ? state.bank_urdu(state.bank_ctx, NULL, name) : NULL;
    return own ? own : i18n_pgettext("category", name);
}

const char *i18n_field_choice(char *buf, size_t len, int n)
{
    snprintf(buf, len, "choice.%d", n);
    return buf;
}

const char *i18n_field_choice_feedback(char *buf, size_t len, int n)
{
    snprintf(buf, len, "choice.%d.feedback", n);
    return buf;
}

const char *i18n_field_numeric_feedback(char *buf, size_t len, int n)
{
    snprintf(buf, len, "numeric.%d.feedback", n);
    return buf;
}

void i18n_set_urdu_digits(bool on)
{
    state.urdu_digits = on;
}

bool i18n_urdu_digits(void)
{
    return state.urdu_digits;
}

static bool ascii_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* A ',' between an ASCII digit and exactly three more is a thousands
 * separator ("235,000"), not a list comma ("1, 2 or 3"). */
static bool thousands_comma(const char *p, const char *start)
{
    return *p == ',' && p > start && ascii_digit(p[-1]) && ascii_digit(p[1]) && ascii_digit(p[2]) &&
           ascii_digit(p[3]) && !ascii_digit(p[4]);
}

static char *copy_digits(const char *in, char *out, size_t len, bool convert)
{
    if (len == 0)
        return out;
    size_t o = 0;
    for (const char *p = in; *p; p++) {
        unsigned char c = (unsigned char)*p;
        /* A UTF-8 sequence is copied whole or not at all. */
        size_t seq = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        bool digit = convert && c >= '0' && c <= '9';
        bool sep = convert && thousands_comma(p, in);
        size_t need = digit || sep ? 2 : seq;
        if (o + need >= len)
            break;
        if (digit) {
            out[o++] = (char)0xDB; /* U+06F0 + d is DB B0+d in UTF-8 */
            out[o++] = (char)(0xB0 + (c - '0'));
            continue;
        }
        if (sep) {
            out[o++] = (char)0xD9; /* U+066C ARABIC THOUSANDS SEPARATOR */
            out[o++] = (char)0xAC;
            continue;
        }
        size_t k = 0;
        for (; k < seq && p[k]; k++)
            out[o++] = p[k];
        p += k - 1;
    }
    out[o] = '\0';
    return out;
}

char *i18n_digits(const char *in, char *out, size_t len)
{
    return copy_digits(in, out, len, state.urdu_digits && state.lang == LANG_UR);
}

char *i18n_to_urdu_digits(const char *in, char *out, size_t len)
{
    return copy_digits(in, out, len, true);
}

char *i18n_format(char *out, size_t len, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *plain = xvasprintf(fmt, ap);
    va_end(ap);
    i18n_digits(plain, out, len);
    free(plain);
    return out;
}

char *i18n_count(I18nCount what, long n, char *out, size_t len)
{
    unsigned long un = n < 0 ? 0UL - (unsigned long)n : (unsigned long)n;
    const char *fmt;
    switch (what) {
    case I18N_POINTS:
        fmt = ngettext("%ld point", "%ld points", un);
        break;
    case I18N_QUESTIONS:
        fmt = ngettext("%ld question", "%ld questions", un);
        break;
    default:
        fmt = ngettext("%ld second", "%ld seconds", un);
        break;
    }
    return i18n_format(out, len, fmt, n);
}
