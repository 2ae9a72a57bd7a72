#include "contrast.h"

#include <math.h>

static double channel(uint32_t v)
{
    double c = (double)(v & 0xFF) / 255.0;
    return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4);
}

double contrast_luminance(uint32_t rgb)
{
    return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
}

double contrast_ratio(uint32_t a, uint32_t b)
{
    double la = contrast_luminance(a), lb = contrast_luminance(b);
    return la > lb ? (la + 0.05) / (lb + 0.05) : (lb + 0.05) / (la + 0.05);
}

double contrast_needed(int px)
{
    return px >= 24 ? 3.0 : 4.5;
}
