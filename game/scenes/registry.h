/* registry: every scene of the game, by id. The one file that names them
 * all (registry.c): a scene asks for another by id (app_go, app_push in
 * game/ui/app.h) and never names its Scene object; the shell hands the
 * table to the App. A new scene is one file and one row here. */
#ifndef AMAN_REGISTRY_H
#define AMAN_REGISTRY_H

#include <stddef.h>

#include "app.h"

typedef enum {
    SCENE_TITLE, /* row 0: where an overlay with nothing under it goes back to */
    SCENE_QUESTION,
    SCENE_FEEDBACK,
    SCENE_SUMMARY,
    SCENE_SCORES,
    SCENE_ATTRACT,
    SCENE_STILLTHERE,
    SCENE_ADMIN,
    SCENE_SIGNIN,
    SCENE_DRILLS,
    SCENE_SCOREBOARD,
    SCENE_TEACHER_HELP,
    SCENE_COUNT
} SceneId;

/* The table, SCENE_COUNT rows by id; static, outlives every App. */
const Scene *const *registry_scenes(void);
/* The id of the scene named name (--scene), or -1. */
int registry_find(const char *name);
/* The names of every scene, comma-separated, into buf. */
void registry_names(char *buf, size_t size);

#endif
