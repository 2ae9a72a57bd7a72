/* results_internal: what the results store's sibling files (results_stats.c)
 * need of it; not for the rest of the game. */
#ifndef AMAN_RESULTS_INTERNAL_H
#define AMAN_RESULTS_INTERNAL_H

#include <sqlite3.h>

#include "results.h"

/* The open database, or NULL when the store is disabled; owned by r. */
sqlite3 *results_db(Results *r);

#endif
