#include "paths.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "util.h"

char *path_join(const char *dir, const char *name)
{
    size_t n = strlen(dir);
    bool slash = n > 0 && dir[n - 1] == '/';
    return xasprintf("%s%s%s", dir, slash ? "" : "/", name);
}

static bool has_fonts(const char *dir)
{
    char *fonts = path_join(dir, "assets/fonts");
    bool ok = is_dir(fonts);
    free(fonts);
    return ok;
}

static char *first_locale_dir(const char *exe_dir)
{
    if (exe_dir) {
        const char *rel[] = {"../share/locale", "../locale"};
        for (size_t i = 0; i < ARRAY_LEN(rel); i++) {
            char *dir = path_join(exe_dir, rel[i]);
            char *probe = path_join(dir, "ur/LC_MESSAGES/" AMAN_TEXTDOMAIN ".mo");
            bool ok = is_file(probe);
            free(probe);
            if (ok)
                return dir;
            free(dir);
        }
    }
    return xstrdup(AMAN_LOCALEDIR);
}

bool paths_find(Paths *p, const char *exe_dir, char *err, size_t errlen)
{
    *p = (Paths){0};
    const char *env = getenv("AMAN_DATA_DIR");
    if (env && *env) {
        if (!has_fonts(env)) {
            snprintf(err, errlen, _("AMAN_DATA_DIR '%s' has no assets/fonts folder"), env);
            return false;
        }
        p->data_dir = xstrdup(env);
    }
    const char *rel[] = {"../share/amanquiz", ".."};
    for (size_t i = 0; !p->data_dir && exe_dir && i < ARRAY_LEN(rel); i++) {
        char *dir = path_join(exe_dir, rel[i]);
        if (has_fonts(dir))
            p->data_dir = dir;
        else
            free(dir);
    }
    if (!p->data_dir && has_fonts(AMAN_DATADIR))
        p->data_dir = xstrdup(AMAN_DATADIR);
    if (!p->data_dir) {
        snprintf(err, errlen,
                 _("cannot find the game's data (assets/fonts) near '%s' or in '%s'"),
                 exe_dir ? exe_dir : "?", AMAN_DATADIR);
        return false;
    }
    p->locale_dir = first_locale_dir(exe_dir);
    return true;
}

void paths_free(Paths *p)
{
    free(p->data_dir);
    free(p->locale_dir);
    *p = (Paths){0};
}
