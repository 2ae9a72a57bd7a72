#include "dynlib.h"

#include <assert.h>
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "i18n.h"

/* dlsym gives a void *; POSIX guarantees it holds a function's address. */
typedef void (*AnyFunction)(void);
_Static_assert(sizeof(void *) == sizeof(AnyFunction), "function and data pointers differ");

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

/* The first time. A library that lacks a function leaves the table empty
 * (all NULL, as it was). */
static bool load(Dynlib *lib)
{
    void *handle = dlopen(lib->soname, RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        snprintf(lib->why, sizeof lib->why, _("cannot load %s (apt-get install %s): %s"),
                 lib->soname, lib->package, dlerror());
        return false;
    }
    for (size_t i = 0; i < lib->n_symbols; i++) {
        const DynlibSymbol *s = &lib->symbols[i];
        assert(s->offset + sizeof(AnyFunction) <= lib->table_size);
        void *address = dlsym(handle, s->name);
        if (!address) {
            snprintf(lib->why, sizeof lib->why,
                     _("cannot load %s: it has no function %s (apt-get install %s)"), lib->soname,
                     s->name, lib->package);
            memset(lib->table, 0, lib->table_size);
            dlclose(handle);
            return false;
        }
        memcpy((char *)lib->table + s->offset, &address, sizeof address);
    }
    return true;
}

bool dynlib_load(Dynlib *lib, char *err, size_t errlen)
{
    pthread_mutex_lock(&lock);
    if (lib->state == 0)
        lib->state = load(lib) ? 1 : -1;
    bool ok = lib->state == 1;
    if (!ok)
        snprintf(err, errlen, "%s", lib->why);
    pthread_mutex_unlock(&lock);
    return ok;
}
