/* registry: every scene of the game, by id. The one place that names them
 * all is the list below: a scene asks for another by id (app_go, app_push
 * in game/ui/app.h) and never names its Scene object, and the shell hands
 * the table to the App. A new scene is one file (game/scenes/scene_NAME.c
 * defining `const Scene scene_NAME`) and one row here
 * (docs/architecture.md shows the diff). */
#ifndef AMAN_REGISTRY_H
#define AMAN_REGISTRY_H

#include <stddef.h>

#include "app.h"

/* X(id, Scene object), in the order --scene lists them. Row 0 is where an
 * overlay with nothing under it goes back to. */
#define REGISTRY_SCENES(X)                                                                         \
    X(SCENE_TITLE, scene_title)                                                                    \
    X(SCENE_QUESTION, scene_question)                                                              \
    X(SCENE_FEEDBACK, scene_feedback)                                                              \
    X(SCENE_SUMMARY, scene_summary)                                                                \
    X(SCENE_SCORES, scene_scores)                                                                  \
    X(SCENE_ATTRACT, scene_attract)                                                                \
    X(SCENE_STILLTHERE, scene_stillthere)                                                          \
    X(SCENE_ADMIN, scene_admin)                                                                    \
    X(SCENE_SIGNIN, scene_signin)                                                                  \
    X(SCENE_DRILLS, scene_drills)                                                                  \
    X(SCENE_SCOREBOARD, scene_scoreboard)                                                          \
    X(SCENE_TEACHER_HELP, scene_teacher_help)                                                      \
    X(SCENE_RESULTS, scene_results)

#define REGISTRY_ID(id, object) id,
typedef enum { REGISTRY_SCENES(REGISTRY_ID) SCENE_COUNT } SceneId;
#undef REGISTRY_ID

/* The table, SCENE_COUNT rows by id; static, outlives every App. */
const Scene *const *registry_scenes(void);
/* The id of the scene named name (--scene), or -1. */
int registry_find(const char *name);
/* The names of every scene, comma-separated, into buf. */
void registry_names(char *buf, size_t size);

#endif
