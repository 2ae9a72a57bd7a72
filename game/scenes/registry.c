#include "registry.h"

#include <stdio.h>
#include <string.h>

extern const Scene scene_title, scene_question, scene_feedback, scene_summary, scene_scores,
    scene_attract, scene_stillthere, scene_admin, scene_signin, scene_drills, scene_scoreboard,
    scene_teacher_help;

static const Scene *const table[SCENE_COUNT] = {
    [SCENE_TITLE] = &scene_title,           [SCENE_QUESTION] = &scene_question,
    [SCENE_FEEDBACK] = &scene_feedback,     [SCENE_SUMMARY] = &scene_summary,
    [SCENE_SCORES] = &scene_scores,         [SCENE_ATTRACT] = &scene_attract,
    [SCENE_STILLTHERE] = &scene_stillthere, [SCENE_ADMIN] = &scene_admin,
    [SCENE_SIGNIN] = &scene_signin,         [SCENE_DRILLS] = &scene_drills,
    [SCENE_SCOREBOARD] = &scene_scoreboard, [SCENE_TEACHER_HELP] = &scene_teacher_help,
};

const Scene *const *registry_scenes(void)
{
    return table;
}

int registry_find(const char *name)
{
    for (int i = 0; i < SCENE_COUNT; i++)
        if (strcmp(table[i]->name, name) == 0)
            return i;
    return -1;
}

void registry_names(char *buf, size_t size)
{
    size_t used = 0;
    buf[0] = '\0';
    for (int i = 0; i < SCENE_COUNT && used < size; i++) {
        int n = snprintf(buf + used, size - used, "%s%s", i ? ", " : "", table[i]->name);
        used += n > 0 ? (size_t)n : 0;
    }
}
