#include "registry.h"

#include <stdio.h>
#include <string.h>

#define REGISTRY_EXTERN(id, object) extern const Scene object;
REGISTRY_SCENES(REGISTRY_EXTERN)
#undef REGISTRY_EXTERN

#define REGISTRY_ROW(id, object) [id] = &object,
static const Scene *const table[SCENE_COUNT] = {REGISTRY_SCENES(REGISTRY_ROW)};
#undef REGISTRY_ROW

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
