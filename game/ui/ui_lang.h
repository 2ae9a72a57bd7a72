/* ui_lang: the SDL layer's one door to the language of the game. A thin
 * shim over the i18n core, so the scenes never care how gettext is driven. */
#ifndef AMAN_UI_LANG_H
#define AMAN_UI_LANG_H

#include <stdbool.h>
#include <stddef.h>

/* Switches to the language "en" / "ur" when code is not NULL (main has
 * already chosen one from --lang and the environment). */
void lang_init(const char *code);
bool lang_is_urdu(void);
/* True when the current language reads right to left. */
bool lang_is_rtl(void);
void lang_set_urdu(bool urdu);
void lang_toggle(void);
/* Short code of the current language: "en" or "ur". */
const char *lang_code(void);

/* A bank text (field "question", "choice.N" 1-based, "general", "source")
 * in the current language; english when there is no translation. An Urdu
 * text has Urdu digits when that option is on. The pointer lives as long as
 * the bank and the loaded catalog (and until lang_free). */
const char *lang_bank(const char *id, const char *field, const char *english);
/* A bank text in the other language (the bilingual view). */
const char *lang_bank_other(const char *id, const char *field, const char *english);
/* An interface string (a msgid) in the other language. */
const char *lang_other(const char *msgid);
/* A category name in the current language. */
const char *lang_category(const char *name);
/* Rewrites the ASCII digits of buf for display in the current language
 * (Western digits unless the Urdu-digit option is on). */
void lang_digits(char *buf, size_t size);
/* The option to show Urdu digits in Urdu. */
void lang_set_urdu_digits(bool on);
/* Frees the Urdu-digit copies of bank texts (at exit). */
void lang_free(void);

#endif
