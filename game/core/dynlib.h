/* dynlib: a shared library loaded the first time a feature needs it
 * (dlopen), so a plain start maps none of it nor what it depends on. The
 * fleet sync's libpq and the phones' libmicrohttpd are loaded this way
 * (game/fleet/pqlib.h, game/net/mhdlib.h): together with GnuTLS, Kerberos
 * and LDAP they were 28 of the 100 shared objects and 6 MB of every start.
 *
 * The caller compiles against the library's real header and keeps one
 * table of function pointers, each member typed from the header's own
 * prototype, so a call through the table is checked like a direct call:
 *
 *   #define PQLIB_FUNCTIONS(X, T) X(T, PQexec) X(T, PQclear)    (the .h)
 *   DYNLIB_TABLE(PqLib, PQLIB_FUNCTIONS);
 *   DYNLIB_DEFINE(PqLib, PQLIB_FUNCTIONS, lib, "libpq.so.5", "libpq5");
 *                                                           (the .c)
 *   dynlib_load(&lib, err, errlen) ? &lib_table : NULL;
 *   ... pq->PQexec(conn, sql) */
#ifndef AMAN_DYNLIB_H
#define AMAN_DYNLIB_H

#include <stdbool.h>
#include <stddef.h>

/* One function of the library and where its address goes in the table. */
typedef struct {
    const char *name;
    size_t offset; /* offsetof(the table's type, its member) */
} DynlibSymbol;

/* A library and its table; static, zero past `table` (dynlib.c keeps the
 * outcome there, so it is tried once per process). */
typedef struct {
    const char *soname;  /* "libpq.so.5": the ABI the header describes */
    const char *package; /* the Debian package that installs it, "libpq5" */
    const DynlibSymbol *symbols;
    size_t n_symbols;
    void *table; /* a struct of function pointers only */
    size_t table_size;
    int state; /* dynlib.c's: 0 not tried, 1 loaded, -1 failed */
    char why[384];
} Dynlib;

/* Opens lib->soname and fills its table with every symbol, the first time;
 * later calls give the same answer at once. Any thread may call it (one
 * lock for every library). Returns true when the whole table is filled;
 * otherwise false, the table untouched, with one line in err naming the
 * library, the package to install and the loader's reason:
 * "cannot load libpq.so.5 (apt-get install libpq5): libpq.so.5: cannot
 * open shared object file: No such file or directory". A loaded library
 * stays loaded: its threads and exit handlers may outlive any caller. */
bool dynlib_load(Dynlib *lib, char *err, size_t errlen);

/* The table type: one member per function LIST names (an X-macro calling
 * X(Type, name) for each), typed from the function's own declaration. */
#define DYNLIB_MEMBER(Type, name) __typeof__(&name) name;
#define DYNLIB_TABLE(Type, LIST)                                                                   \
    typedef struct {                                                                               \
        LIST(DYNLIB_MEMBER, Type)                                                                  \
    } Type
/* The static Dynlib `var` that fills the static Type `var##_table`. */
#define DYNLIB_SYMBOL(Type, name) {#name, offsetof(Type, name)},
#define DYNLIB_DEFINE(Type, LIST, var, soname_, package_)                                          \
    static Type var##_table;                                                                       \
    static const DynlibSymbol var##_symbols[] = {LIST(DYNLIB_SYMBOL, Type)};                       \
    static Dynlib var = {.soname = soname_,                                                        \
                         .package = package_,                                                      \
                         .symbols = var##_symbols,                                                 \
                         .n_symbols = sizeof var##_symbols / sizeof *var##_symbols,                \
                         .table = &var##_table,                                                    \
                         .table_size = sizeof var##_table}

#endif
