/* Shared helpers for the Check suites. */
#ifndef AMAN_TESTUTIL_H
#define AMAN_TESTUTIL_H

#include <check.h>
#include <stdbool.h>

#include "diag.h"

/* Runs the suite in fork mode and returns main()'s exit status. */
int run_suite(Suite *s);
/* Reads tests/fixtures/<name> into a NUL-terminated buffer; *len may be NULL. */
char *read_fixture(const char *name, size_t *len);

/* Results databases in a temporary folder, for the suites of the results
 * store and what reads it. test_fresh_dir removes the folder dir held (if
 * any, after making it writable again) and makes a new "/tmp/aman-<name>-*"
 * one in dir (>= 64 bytes); test_remove_dir only removes. */
void test_fresh_dir(char *dir, const char *name);
void test_remove_dir(char *dir);
/* The first column of the first row of sql on the database at path, read
 * only; and sql run on it, each failing the test on an SQL error. */
long long test_sql_int(const char *path, const char *sql);
void test_sql_exec(const char *path, const char *sql);

/* True when some message of d, formatted "file:line:col: level: msg",
 * contains s; and every message of d on stderr (to see why a test failed). */
bool test_diag_has(const Diag *d, const char *s);
void test_diag_dump(const Diag *d);

#endif
