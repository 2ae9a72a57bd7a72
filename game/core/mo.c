#include "mo.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "i18n.h"
#include "util.h"

#define MO_MAGIC 0x950412deu
#define MO_HEADER_BYTES 28u

typedef struct {
    const unsigned char *data;
    size_t len;
    bool swap; /* written on a machine of the other byte order */
} Mo;

static uint32_t word_at(const Mo *mo, size_t off)
{
    const unsigned char *p = mo->data + off;
    return mo->swap ? (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]
                    : (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
}

static bool span_ok(const Mo *mo, uint64_t off, uint64_t bytes)
{
    return off <= mo->len && bytes <= mo->len - off;
}

/* A table of n (length, offset) pairs at tab, each naming a NUL-terminated string. */
static bool strings_ok(const Mo *mo, uint32_t tab, uint32_t n)
{
    if (!span_ok(mo, tab, (uint64_t)n * 8))
        return false;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t slen = word_at(mo, tab + 8 * (size_t)i), soff = word_at(mo, tab + 8 * (size_t)i + 4);
        if (!span_ok(mo, soff, (uint64_t)slen + 1) || mo->data[(size_t)soff + slen] != '\0')
            return false;
    }
    return true;
}

bool mo_check(const unsigned char *data, size_t len, char *err, size_t errlen)
{
    Mo mo = {data, len, false};
    if (len < MO_HEADER_BYTES) {
        snprintf(err, errlen, _("it is too short to be a catalog (%zu bytes)"), len);
        return false;
    }
    if (word_at(&mo, 0) != MO_MAGIC) {
        mo.swap = true;
        if (word_at(&mo, 0) != MO_MAGIC) {
            snprintf(err, errlen, "%s", _("it is not a gettext catalog (wrong magic number)"));
            return false;
        }
    }
    uint32_t revision = word_at(&mo, 4), n = word_at(&mo, 8);
    uint32_t orig = word_at(&mo, 12), trans = word_at(&mo, 16);
    uint32_t hash_size = word_at(&mo, 20), hash_off = word_at(&mo, 24);
    /* msgfmt writes revision 0. Any other (a minor revision adds tables of
     * system-dependent strings) would be loaded with offsets unchecked here. */
    if (revision != 0) {
        snprintf(err, errlen, _("its format revision %u is unknown"), (unsigned)revision);
        return false;
    }
    if (!strings_ok(&mo, orig, n) || !strings_ok(&mo, trans, n)) {
        snprintf(err, errlen, "%s", _("it is truncated or damaged (a string lies outside the file)"));
        return false;
    }
    if (hash_size && !span_ok(&mo, hash_off, (uint64_t)hash_size * 4)) {
        snprintf(err, errlen, "%s", _("it is truncated or damaged (the hash table lies outside the file)"));
        return false;
    }
    for (uint32_t i = 0; i < hash_size; i++) {
        uint32_t entry = word_at(&mo, hash_off + 4 * (size_t)i);
        if (entry > n) { /* entries are string index + 1, 0 for empty */
            snprintf(err, errlen, "%s", _("it is damaged (the hash table names a missing string)"));
            return false;
        }
    }
    return true;
}

bool mo_check_file(const char *path, bool *exists, char *err, size_t errlen)
{
    *exists = is_file(path);
    if (!*exists)
        return true;
    size_t len;
    char why[512];
    char *data = read_file(path, 64u << 20, &len, why, sizeof why);
    if (!data) {
        snprintf(err, errlen, "%s", why);
        return false;
    }
    bool ok = mo_check((const unsigned char *)data, len, why, sizeof why);
    if (!ok)
        snprintf(err, errlen, _("the catalog '%s' cannot be used: %s"), path, why);
    free(data);
    return ok;
}
