#include "mhdlib.h"

DYNLIB_DEFINE(MhdLib, MHDLIB_FUNCTIONS, lib, "libmicrohttpd.so.12", "libmicrohttpd12");

const MhdLib *mhdlib_load(char *err, size_t errlen)
{
    return dynlib_load(&lib, err, errlen) ? &lib_table : NULL;
}
