/* phonestr: the phone page's strings, from the game's own catalog. The page
 * is written in English; every string it shows is a row of one table here
 * (marked N_ so it lands in locale/ur.po), and the server hands the page
 * the table translated. The translation is read straight from the compiled
 * catalog (checked by mo_check first) rather than through gettext, so the
 * server's thread never touches the process's language. Pure but for
 * phonestr_load's file read. */
#ifndef AMAN_PHONESTR_H
#define AMAN_PHONESTR_H

#include <stdbool.h>
#include <stddef.h>

typedef struct PhoneStrings PhoneStrings;

/* Reads the Urdu catalog at mo_path (NULL or missing: the page stays
 * English, *warning says so). NULL only when out of memory or the catalog
 * is damaged (err says why). */
PhoneStrings *phonestr_load(const char *mo_path, char *err, size_t errlen);
/* The same from a catalog in memory (tests). */
PhoneStrings *phonestr_from_mo(const unsigned char *mo, size_t len, char *err, size_t errlen);
void phonestr_free(PhoneStrings *ps);
/* The msgstr of msgid in the catalog, or NULL when it has none. */
const char *phonestr_lookup(const PhoneStrings *ps, const char *msgid);
/* JSON for GET /api/strings?lang=L: {"lang":L,"dir":"ltr|rtl","s":{msgid:text}}
 * for "en" and "ur" (an unknown lang is English). Newly allocated, caller
 * frees; NULL when out of memory. */
char *phonestr_json(const PhoneStrings *ps, const char *lang);
/* Rows of the table (tests check each has a translation). */
size_t phonestr_count(void);
const char *phonestr_msgid(size_t i);

#endif
