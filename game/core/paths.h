/* paths: where the game's data lives, found relative to the executable so the
 * game runs uninstalled from the build tree and installed under any prefix. */
#ifndef AMAN_PATHS_H
#define AMAN_PATHS_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    char *data_dir;   /* holds assets/ and questions/ */
    char *locale_dir; /* holds <lang>/LC_MESSAGES/amanquiz.mo */
} Paths;

/* Finds the data and locale directories from the executable's directory
 * (exe_dir may be NULL): first $AMAN_DATA_DIR, then <exe_dir>/../share/amanquiz
 * (installed), then <exe_dir>/.. (build tree), then the configured prefix.
 * Returns false, with a message in err, when no candidate holds
 * assets/fonts. Free with paths_free. */
bool paths_find(Paths *p, const char *exe_dir, char *err, size_t errlen);
void paths_free(Paths *p);

/* Returns a newly allocated "<dir>/<name>"; the caller frees it. */
char *path_join(const char *dir, const char *name);

#endif
