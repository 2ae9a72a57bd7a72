/* For tests/test_lazy_libs.sh, preloaded (LD_PRELOAD): dlopen of the
 * library named in AMAN_TEST_HIDE_LIB fails as on a machine where it is
 * not installed, with the loader's own message ("/nonexistent/libpq.so.5:
 * cannot open shared object file: No such file or directory"). Every other
 * dlopen goes through unchanged. */
#define _GNU_SOURCE /* RTLD_NEXT */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void *dlopen(const char *file, int mode)
{
    static void *(*real)(const char *, int);
    if (!real) {
        void *next = dlsym(RTLD_NEXT, "dlopen");
        memcpy(&real, &next, sizeof next);
    }
    const char *hide = getenv("AMAN_TEST_HIDE_LIB");
    char missing[256];
    if (file && hide && strcmp(file, hide) == 0) {
        snprintf(missing, sizeof missing, "/nonexistent/%s", file);
        file = missing;
    }
    return real(file, mode);
}
