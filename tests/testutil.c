#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>

#include "util.h"

int run_suite(Suite *s)
{
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

char *read_fixture(const char *name, size_t *len)
{
    char path[1024], err[1024];
    size_t n;
    snprintf(path, sizeof path, "%s/%s", AMAN_FIXTURES, name);
    char *buf = read_file(path, 64u << 20, &n, err, sizeof err);
    if (!buf) {
        fprintf(stderr, "%s\n", err);
        abort();
    }
    if (len)
        *len = n;
    return buf;
}
