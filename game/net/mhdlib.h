/* mhdlib: libmicrohttpd, loaded when the phones' server first starts
 * (dynlib.h): a game without --phones and without the classroom's Phones
 * button maps neither libmicrohttpd nor its GnuTLS and p11-kit.
 *
 * Every libmicrohttpd function the server calls is a member of MhdLib with
 * the prototype of microhttpd.h, called as mhd->MHD_queue_response(...).
 * A function the server starts to use is one more line in
 * MHDLIB_FUNCTIONS. */
#ifndef AMAN_MHDLIB_H
#define AMAN_MHDLIB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/socket.h>
#include <sys/types.h>

#include <microhttpd.h>

#include "dynlib.h"

#define MHDLIB_FUNCTIONS(X, T)                                                                     \
    X(T, MHD_add_response_header)                                                                  \
    X(T, MHD_create_response_from_buffer)                                                          \
    X(T, MHD_create_response_from_callback)                                                        \
    X(T, MHD_destroy_response)                                                                     \
    X(T, MHD_lookup_connection_value)                                                              \
    X(T, MHD_queue_response)                                                                       \
    X(T, MHD_resume_connection)                                                                    \
    X(T, MHD_start_daemon)                                                                         \
    X(T, MHD_stop_daemon)                                                                          \
    X(T, MHD_suspend_connection)

DYNLIB_TABLE(MhdLib, MHDLIB_FUNCTIONS);

/* libmicrohttpd.so.12's table, loading it the first time (any thread).
 * NULL with one line in err naming the library and the Debian package
 * (libmicrohttpd12): then the phones' classroom is refused and the game
 * goes on without it. */
const MhdLib *mhdlib_load(char *err, size_t errlen);

#endif
