#include "i18n.h"

#include <locale.h>

bool i18n_init(const char *localedir)
{
    setlocale(LC_ALL, "");
    if (!bindtextdomain(AMAN_TEXTDOMAIN, localedir))
        return false;
    bind_textdomain_codeset(AMAN_TEXTDOMAIN, "UTF-8");
    return textdomain(AMAN_TEXTDOMAIN) != NULL;
}
