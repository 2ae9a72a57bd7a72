/* sha256: the SHA-256 digest (FIPS 180-4), for checking shipped files
 * against the sums recorded at build time. */
#ifndef AMAN_SHA256_H
#define AMAN_SHA256_H

#include <stddef.h>

/* Writes the digest of data[0..len) as 64 lowercase hex digits and a NUL
 * into hex (at least 65 bytes). */
void sha256_hex(const void *data, size_t len, char hex[65]);

#endif
