/* i18n: the game's language. gettext for the game's own strings (text domain
 * "amanquiz"), message contexts for the question bank, Urdu digits.
 *
 * gettext's state (locale, LANGUAGE, text domain) is process-wide, so this
 * module keeps the one current language of the process; call it from the main
 * thread only. Returned strings are never freed by the caller: they point into
 * the loaded catalog or into the caller's own arguments, and stay valid for
 * the life of the process (or of the argument). */
#ifndef AMAN_I18N_H
#define AMAN_I18N_H

#include <libintl.h>
#include <stdbool.h>
#include <stddef.h>

#define AMAN_TEXTDOMAIN "amanquiz"
#define _(s) gettext(s)
#define N_(s) (s)
/* A msgid with a context, for words that translate differently by place. */
#define C_(ctx, s) i18n_pgettext(ctx, s)

typedef enum { LANG_EN, LANG_UR } Lang;

/* A getenv-like lookup (tests pass their own); NULL means getenv. */
typedef const char *(*I18nEnvFn)(const char *name);

/* The language the user asked for: cli_lang (from --lang: "en", "ur", or a
 * locale name such as "ur_PK.UTF-8") when not NULL,
 * else LANGUAGE (a colon list: the first en* or ur* entry), else the first
 * non-empty of LC_ALL, LC_MESSAGES, LANG ("ur*" is Urdu; anything else,
 * "C" and "POSIX" included, is English). English when nothing is set.
 * An unknown cli_lang gives English and a translated one-line message in msg;
 * msg is "" otherwise. msg may be NULL when msglen is 0. */
Lang i18n_choose(const char *cli_lang, I18nEnvFn env, char *msg, size_t msglen);

/* Binds the text domain to localedir (holding <lang>/LC_MESSAGES/amanquiz.mo),
 * makes sure the process has a locale in which gettext honours LANGUAGE
 * (the environment's, else ur_PK.UTF-8, ur_IN.UTF-8, C.UTF-8; LC_NUMERIC stays
 * "C" so numbers parse the same everywhere), then activates lang as
 * i18n_set_lang does. Returns false with a message when Urdu was asked for
 * and could not be activated (English is then active). */
bool i18n_start(const char *localedir, Lang lang, char *msg, size_t msglen);

/* Switches the language at once (LANGUAGE, then textdomain() again so gettext
 * drops its cache) and checks it took: for Urdu, a probe msgid must come back
 * translated. On failure returns false with "Urdu translations could not be
 * activated: <reason>; showing English" in msg, and English is active. */
bool i18n_set_lang(Lang lang, char *msg, size_t msglen);

/* The active language; LANG_EN before i18n_start. */
Lang i18n_lang(void);
/* True when the active language is written right to left (Urdu). */
bool i18n_is_rtl(void);
/* "en" or "ur". */
const char *i18n_lang_code(Lang lang);
/* The language's own name in its own script ("English", "اردو"), for the
 * language switch: the same in every language. */
const char *i18n_lang_autonym(Lang lang);
/* The language's name in the active language (msgctxt "language"). */
const char *i18n_lang_name(Lang lang);
/* Parses "en"/"ur" (also "en_GB", "ur_PK.UTF-8", ...); false otherwise. */
bool i18n_parse_lang(const char *s, Lang *out);

/* Compatibility: i18n_start(localedir, i18n_choose(NULL, NULL, ...)),
 * discarding the message. Prefer i18n_start, which reports failures. */
bool i18n_init(const char *localedir);

/* gettext with a message context (the xgettext keyword C_:1c,2). */
const char *i18n_pgettext(const char *ctx, const char *msgid);

/* One text of a bank question in the active language: the translation whose
 * msgctxt is "<id>|<field>" and msgid is `english`, or `english` itself when
 * English is active or there is none. Fields (a contract with translators and
 * game/tools/extract_bank.c): "question", "choice.N" (1-based, file order),
 * "choice.N.feedback", "tf.wrong", "tf.right", "numeric.N.feedback",
 * "general", "source". */
const char *i18n_bank(const char *id, const char *field, const char *english);
/* Where i18n_bank looks first, before the catalog: a question's own Urdu
 * (a teacher's multilang file). fn returns the Urdu of (id, field) or NULL,
 * and with id NULL the Urdu of the category named `field` (i18n_category);
 * ctx (borrowed) must live until it is unbound with i18n_set_bank_urdu(NULL,
 * NULL). bank_urdu in bank.h is such a function over a Bank. */
typedef const char *(*I18nBankUrduFn)(const void *ctx, const char *id, const char *field);
void i18n_set_bank_urdu(I18nBankUrduFn fn, const void *ctx);

/* A category name in the active language (msgctxt "category"). */
const char *i18n_category(const char *name);
/* The bank field names, built into buf ("choice.3", "numeric.1.feedback").
 * n is 1-based. Returns buf. */
const char *i18n_field_choice(char *buf, size_t len, int n);
const char *i18n_field_choice_feedback(char *buf, size_t len, int n);
const char *i18n_field_numeric_feedback(char *buf, size_t len, int n);

/* Urdu digits (U+06F0..U+06F9) for numbers shown in Urdu; off by default
 * (Western digits in both languages). */
void i18n_set_urdu_digits(bool on);
bool i18n_urdu_digits(void);
/* Copies in to out (always terminated, cut at a character boundary), turning
 * ASCII digits into Urdu digits (and "235,000" into "۲۳۵٬۰۰۰") when the
 * option is on and Urdu is active. Returns out. */
char *i18n_digits(const char *in, char *out, size_t len);
/* The same conversion whatever the setting and the language, for Urdu text
 * shown while English is active. In both, a ',' between a digit and exactly
 * three digits ("235,000") becomes the Urdu thousands separator U+066C.
 * Every converted character takes 2 bytes: out needs 2 * strlen(in) + 1. */
char *i18n_to_urdu_digits(const char *in, char *out, size_t len);
/* printf into out, then i18n_digits. Returns out. */
char *i18n_format(char *out, size_t len, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Counted nouns with correct plural forms (ngettext), digits as above. */
typedef enum { I18N_POINTS, I18N_QUESTIONS, I18N_SECONDS } I18nCount;
char *i18n_count(I18nCount what, long n, char *out, size_t len);

#endif
