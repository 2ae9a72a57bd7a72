#include "csv.h"

#include <ctype.h>
#include <string.h>

void csv_field(FILE *f, const char *s, bool last)
{
    size_t n = strlen(s);
    bool quote = strpbrk(s, ",\"\r\n") ||
                 (n && (isspace((unsigned char)s[0]) || isspace((unsigned char)s[n - 1])));
    if (quote) {
        fputc('"', f);
        for (; *s; s++) {
            if (*s == '"')
                fputc('"', f);
            fputc(*s, f);
        }
        fputc('"', f);
    } else {
        fputs(s, f);
    }
    fputs(last ? "\r\n" : ",", f);
}
