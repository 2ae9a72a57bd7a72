/* pqlib: libpq, loaded the first time the fleet needs it (dynlib.h): a
 * start without --sync, sync_url, --from postgresql:// or another fleet
 * command maps neither libpq nor its TLS, Kerberos and LDAP libraries.
 *
 * Every libpq function the fleet calls is a member of PqLib with the
 * prototype of libpq-fe.h, called as pq->PQexec(conn, sql). A function the
 * fleet starts to use is one more line in PQLIB_FUNCTIONS. */
#ifndef AMAN_PQLIB_H
#define AMAN_PQLIB_H

#include <libpq-fe.h>
#include <stdbool.h>
#include <stddef.h>

#include "dynlib.h"

#define PQLIB_FUNCTIONS(X, T)                                                                      \
    X(T, PQclear)                                                                                  \
    X(T, PQconnectdbParams)                                                                        \
    X(T, PQerrorMessage)                                                                           \
    X(T, PQescapeLiteral)                                                                          \
    X(T, PQexec)                                                                                   \
    X(T, PQfinish)                                                                                 \
    X(T, PQfreemem)                                                                                \
    X(T, PQgetResult)                                                                              \
    X(T, PQgetisnull)                                                                              \
    X(T, PQgetvalue)                                                                               \
    X(T, PQresultErrorField)                                                                       \
    X(T, PQresultStatus)                                                                           \
    X(T, PQsendQueryParams)                                                                        \
    X(T, PQsetSingleRowMode)                                                                       \
    X(T, PQstatus)

DYNLIB_TABLE(PqLib, PQLIB_FUNCTIONS);

/* libpq.so.5's table, loading it the first time (any thread). NULL with one
 * line in err naming the library and the Debian package (libpq5): then the
 * fleet's feature is refused and the game goes on without it. */
const PqLib *pqlib_load(char *err, size_t errlen);

#endif
