/* i18n: gettext for the game's own strings. Text domain "amanquiz". */
#ifndef AMAN_I18N_H
#define AMAN_I18N_H

#include <libintl.h>
#include <stdbool.h>

#define AMAN_TEXTDOMAIN "amanquiz"
#define _(s) gettext(s)
#define N_(s) (s)

/* Binds the text domain to localedir (UTF-8 output) and sets the locale from
 * the environment. Returns false when gettext could not be set up. */
bool i18n_init(const char *localedir);

#endif
