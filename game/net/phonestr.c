/* phonestr: the phone page's strings and their Urdu from the catalog (phonestr.h). */
#include "phonestr.h"

#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "mo.h"
#include "room.h"

/* Every string of assets/phone/app.js and index.html. %d and %s are filled
 * in by the page, in order. */
static const char *const page_strings[] = {
    N_("Aman Quiz"),
    N_("Join the game"),
    N_("Room PIN"),
    N_("Your name"),
    N_("Trainee ID"),
    N_("You passed"),
    N_("You did not pass this time"),
    N_("Team"),
    N_("Join"),
    N_("You are in!"),
    N_("Waiting for the teacher to start"),
    N_("Look at the screen: the next question is coming"),
    N_("Question %d of %d"),
    N_("Choose one answer"),
    N_("Choose every right answer, then Submit"),
    N_("Submit"),
    N_("True"),
    N_("False"),
    N_("Type a number"), /* "Type your answer" is a refusal of the room's, below */
    N_("Your answer is in"),
    N_("Right!"),
    N_("Partly right"),
    N_("Wrong"),
    N_("No answer"),
    N_("%d points"),
    N_("Score: %d"),
    N_("Place %d of %d"),
    N_("The right answer: %s"),
    N_("The game is over"),
    N_("You were removed from the game"),
    N_("Reconnecting..."),
    N_("Cannot reach the game; check the Wi-Fi"),
    N_("Leave"),
    /* refusals of the server itself (phones.c) */
    N_("No such page"),
    N_("The request is too large"),
    N_("Too many players are joining at once; try again in a moment"),
    N_("The request is not valid JSON"),
    N_("That method is not allowed here"),
    N_("The server is busy; try again"),
};

#define N_PAGE (sizeof page_strings / sizeof page_strings[0])

struct PhoneStrings {
    unsigned char *mo; /* the catalog, checked; NULL when English only */
    size_t len;
};

size_t phonestr_count(void)
{
    return N_PAGE + ROOM_ERR_COUNT - 1;
}

const char *phonestr_msgid(size_t i)
{
    if (i < N_PAGE)
        return page_strings[i];
    i -= N_PAGE;
    return i + 1 < ROOM_ERR_COUNT ? room_error_message((RoomError)(i + 1)) : NULL;
}

PhoneStrings *phonestr_from_mo(const unsigned char *mo, size_t len, char *err, size_t errlen)
{
    PhoneStrings *ps = calloc(1, sizeof *ps);
    if (!ps) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    if (!mo)
        return ps;
    char why[256];
    if (!mo_check(mo, len, why, sizeof why)) {
        snprintf(err, errlen, "damaged catalog: %s", why);
        free(ps);
        return NULL;
    }
    ps->mo = malloc(len);
    if (!ps->mo) {
        free(ps);
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    memcpy(ps->mo, mo, len);
    ps->len = len;
    return ps;
}

PhoneStrings *phonestr_load(const char *mo_path, char *err, size_t errlen)
{
    FILE *f = mo_path ? fopen(mo_path, "rb") : NULL;
    if (!f)
        return phonestr_from_mo(NULL, 0, err, errlen);
    unsigned char *buf = NULL;
    size_t len = 0, cap = 0;
    for (;;) {
        if (len == cap) {
            cap = cap ? cap * 2 : 65536;
            unsigned char *nb = cap <= 64u << 20 ? realloc(buf, cap) : NULL;
            if (!nb)
                break;
            buf = nb;
        }
        size_t k = fread(buf + len, 1, cap - len, f);
        len += k;
        if (k == 0)
            break;
    }
    fclose(f);
    PhoneStrings *ps = phonestr_from_mo(buf, len, err, errlen);
    free(buf);
    return ps;
}

void phonestr_free(PhoneStrings *ps)
{
    if (!ps)
        return;
    free(ps->mo);
    free(ps);
}

static uint32_t word(const PhoneStrings *ps, size_t off)
{
    const unsigned char *p = ps->mo + off;
    uint32_t le =
        (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
    uint32_t be =
        (uint32_t)p[3] | (uint32_t)p[2] << 8 | (uint32_t)p[1] << 16 | (uint32_t)p[0] << 24;
    /* The magic number 0x950412de tells the byte order of the whole file. */
    return ps->mo[0] == 0xde ? le : be;
}

/* mo_check proved every offset and length is inside the file and each
 * string is NUL-terminated, so the reads below stay in bounds. */
const char *phonestr_lookup(const PhoneStrings *ps, const char *msgid)
{
    if (!ps || !ps->mo)
        return NULL;
    uint32_t n = word(ps, 8), orig = word(ps, 12), trans = word(ps, 16);
    for (uint32_t i = 0; i < n; i++) {
        uint32_t olen = word(ps, orig + 8 * i), ooff = word(ps, orig + 8 * i + 4);
        const char *o = (const char *)ps->mo + ooff;
        if (strlen(msgid) == olen && memcmp(o, msgid, olen) == 0) {
            const char *t = (const char *)ps->mo + word(ps, trans + 8 * i + 4);
            return *t ? t : NULL;
        }
    }
    return NULL;
}

char *phonestr_json(const PhoneStrings *ps, const char *lang)
{
    bool ur = lang && strcmp(lang, "ur") == 0 && ps && ps->mo;
    json_t *root = json_object(), *s = json_object();
    if (!root || !s) {
        json_decref(root);
        json_decref(s);
        return NULL;
    }
    json_object_set_new(root, "lang", json_string(ur ? "ur" : "en"));
    json_object_set_new(root, "dir", json_string(ur ? "rtl" : "ltr"));
    for (size_t i = 0; i < phonestr_count(); i++) {
        const char *id = phonestr_msgid(i);
        const char *t = ur ? phonestr_lookup(ps, id) : NULL;
        json_object_set_new(s, id, json_string(t ? t : id));
    }
    json_object_set_new(root, "s", s);
    char *out = json_dumps(root, JSON_COMPACT);
    json_decref(root);
    return out;
}
