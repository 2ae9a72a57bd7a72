#include "pqlib.h"

DYNLIB_DEFINE(PqLib, PQLIB_FUNCTIONS, lib, "libpq.so.5", "libpq5");

const PqLib *pqlib_load(char *err, size_t errlen)
{
    return dynlib_load(&lib, err, errlen) ? &lib_table : NULL;
}
