#include "mhdlib.h"

#include "dynlib.h"
#include "util.h"

static MhdLib table;

static const DynlibSymbol symbols[] = {
#define MHDLIB_SYMBOL(name) {#name, offsetof(MhdLib, name)},
    MHDLIB_FUNCTIONS(MHDLIB_SYMBOL)
#undef MHDLIB_SYMBOL
};

static Dynlib lib = {.soname = "libmicrohttpd.so.12",
                     .package = "libmicrohttpd12",
                     .symbols = symbols,
                     .n_symbols = ARRAY_LEN(symbols),
                     .table = &table,
                     .table_size = sizeof table};

const MhdLib *mhdlib_load(char *err, size_t errlen)
{
    return dynlib_load(&lib, err, errlen) ? &table : NULL;
}
