#include "mo.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
        uint32_t slen = word_at(mo, tab + 8 * (size_t)i),
                 soff = word_at(mo, tab + 8 * (size_t)i + 4);
        if (!span_ok(mo, soff, (uint64_t)slen + 1) || mo->data[(size_t)soff + slen] != '\0')
            return false;
    }
    return true;
}

static const char *string_at(const Mo *mo, uint32_t tab, uint32_t i, uint32_t *len)
{
    *len = word_at(mo, tab + 8 * (size_t)i);
    return (const char *)mo->data + word_at(mo, tab + 8 * (size_t)i + 4);
}

/* Each form of a translation (NUL-separated) against the msgid (form 0) or
 * the msgid_plural (the others). Entries with a context are bank texts and
 * menu words, never formats. */
static bool formats_ok(const char *id, uint32_t id_len, const char *tr, uint32_t tr_len, char *err,
                       size_t errlen)
{
    if (memchr(id, '\004', id_len))
        return true;
    const char *plural = strlen(id) < id_len ? id + strlen(id) + 1 : id;
    for (const char *form = tr; form <= tr + tr_len; form += strlen(form) + 1)
        if (!mo_check_format(form == tr ? id : plural, form, err, errlen))
            return false;
    return true;
}

static bool content_ok(const Mo *mo, uint32_t n, uint32_t orig, uint32_t trans, char *err,
                       size_t errlen)
{
    for (uint32_t i = 0; i < n; i++) {
        uint32_t id_len, tr_len;
        const char *id = string_at(mo, orig, i, &id_len), *tr = string_at(mo, trans, i, &tr_len);
        if (!mo_utf8_valid(id, id_len) || !mo_utf8_valid(tr, tr_len)) {
            snprintf(err, errlen, _("its string %u is not valid UTF-8"), (unsigned)i + 1);
            return false;
        }
        if (id_len == 0) { /* the header */
            if (!mo_check_charset(tr, err, errlen) || !mo_check_plural(tr, err, errlen))
                return false;
        } else if (!formats_ok(id, id_len, tr, tr_len, err, errlen)) {
            return false;
        }
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
        snprintf(err, errlen, "%s",
                 _("it is truncated or damaged (a string lies outside the file)"));
        return false;
    }
    if (hash_size && !span_ok(&mo, hash_off, (uint64_t)hash_size * 4)) {
        snprintf(err, errlen, "%s",
                 _("it is truncated or damaged (the hash table lies outside the file)"));
        return false;
    }
    if (!content_ok(&mo, n, orig, trans, err, errlen))
        return false;
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
