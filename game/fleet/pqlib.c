#include "pqlib.h"

#include <stddef.h>

#include "dynlib.h"
#include "util.h"

static PqLib table;

static const DynlibSymbol symbols[] = {
#define PQLIB_SYMBOL(name) {#name, offsetof(PqLib, name)},
    PQLIB_FUNCTIONS(PQLIB_SYMBOL)
#undef PQLIB_SYMBOL
};

static Dynlib lib = {.soname = "libpq.so.5",
                     .package = "libpq5",
                     .symbols = symbols,
                     .n_symbols = ARRAY_LEN(symbols),
                     .table = &table,
                     .table_size = sizeof table};

const PqLib *pqlib_load(char *err, size_t errlen)
{
    return dynlib_load(&lib, err, errlen) ? &table : NULL;
}
