/* Shared helpers for the Check suites. */
#ifndef AMAN_TESTUTIL_H
#define AMAN_TESTUTIL_H

#include <check.h>

/* Runs the suite in fork mode and returns main()'s exit status. */
int run_suite(Suite *s);
/* Reads tests/fixtures/<name> into a NUL-terminated buffer; *len may be NULL. */
char *read_fixture(const char *name, size_t *len);

#endif
