#include "modes.h"

#include <string.h>

#include "i18n.h"
#include "util.h"

static const ModeDef defs[] = {
    {MODE_PLAY, "play", N_("Play"), N_("one player, a round of questions, high scores"), false,
     false, false},
    {MODE_CLASSROOM, "classroom", N_("Classroom"),
     N_("2 to 6 teams take turns; the teacher controls the pace; a scoreboard between "
        "questions"),
     true, false, false},
    {MODE_TRAINING, "training", N_("Training"),
     N_("a trainee signs in and drills by topic and difficulty; every answer is kept; a pass "
        "mark"),
     false, true, false},
    {MODE_KIOSK, "kiosk", N_("Kiosk"),
     N_("unattended touch screen: attract loop when idle, daily and all-time high scores"), false,
     false, true},
};

/* The default team names are translated; names from a settings file are
 * shown as written. */
static const char *const default_names[] = {N_("Red"),    N_("Blue"),   N_("Green"),
                                            N_("Yellow"), N_("Purple"), N_("Orange")};

const char *mode_team_display_name(const char *stored)
{
    for (size_t k = 0; k < ARRAY_LEN(default_names); k++)
        if (strcmp(stored, default_names[k]) == 0)
            return _(default_names[k]);
    return stored;
}

size_t mode_count(void)
{
    return ARRAY_LEN(defs);
}

const ModeDef *mode_def(size_t i)
{
    return i < ARRAY_LEN(defs) ? &defs[i] : NULL;
}

const ModeDef *mode_find(const char *name)
{
    for (size_t i = 0; name && i < ARRAY_LEN(defs); i++)
        if (strcmp(defs[i].name, name) == 0)
            return &defs[i];
    return NULL;
}

bool mode_trainee_valid(const char *id)
{
    size_t n = id ? strlen(id) : 0;
    if (n == 0 || n > MODE_TRAINEE_MAX)
        return false;
    for (size_t i = 0; i < n; i++)
        if (id[i] < '0' || id[i] > '9')
            return false;
    return true;
}
