#include "theme.h"

static const Theme standard = {
    .type = {.title = 34, .heading = 24, .body = 20, .small = 16, .min_urdu = 18, .min_latin = 14},
    .margin = 20,
    .gap = 12,
    .pad = 20,
    .radius = 16,
    .title_h = 52,
    .title_clear = 120,
    .button_w = 240,
    .button_h = 58,
};

const Theme *theme_default(void)
{
    return &standard;
}
