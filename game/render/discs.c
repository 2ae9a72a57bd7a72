#include "discs.h"

#include <stdbool.h>
#include <stdlib.h>

#define SLOTS 48
#define SUB 4 /* SUB x SUB samples per pixel for the edge coverage */

typedef struct {
    SDL_Texture *tex;
    int radius, ring;
    SDL_Color c;
    unsigned long used; /* last use, for eviction */
} Slot;

struct Discs {
    SDL_Renderer *r;
    Slot slot[SLOTS];
    unsigned long clock;
    size_t bytes;
};

Discs *discs_new(SDL_Renderer *r)
{
    Discs *d = calloc(1, sizeof *d);
    if (d)
        d->r = r;
    return d;
}

static size_t slot_bytes(const Slot *s)
{
    return (size_t)(2 * s->radius) * (size_t)(2 * s->radius) * 4;
}

static void drop(Discs *d, Slot *s)
{
    if (!s->tex)
        return;
    SDL_DestroyTexture(s->tex);
    d->bytes -= slot_bytes(s);
    *s = (Slot){0};
}

void discs_free(Discs *d)
{
    if (!d)
        return;
    for (int i = 0; i < SLOTS; i++)
        drop(d, &d->slot[i]);
    free(d);
}

/* Fraction (0..255) of pixel (px, py) inside the circle of radius r centred
 * on (r, r) and, with ring > 0, outside the one of radius r - ring. */
static Uint32 coverage(int px, int py, int r, int ring)
{
    int inside = 0;
    float r2 = (float)r * r, in = ring > 0 ? (float)(r - ring) : -1.0f;
    float in2 = in < 0 ? -1.0f : in * in;
    for (int sy = 0; sy < SUB; sy++)
        for (int sx = 0; sx < SUB; sx++) {
            float x = px + (sx + 0.5f) / SUB - r, y = py + (sy + 0.5f) / SUB - r;
            float d2 = x * x + y * y;
            inside += d2 <= r2 && d2 > in2;
        }
    return (Uint32)(inside * 255 / (SUB * SUB));
}

static SDL_Texture *make(SDL_Renderer *r, int radius, int ring, SDL_Color c)
{
    int n = 2 * radius;
    Uint32 *px = malloc((size_t)n * (size_t)n * 4);
    SDL_Texture *t =
        px ? SDL_CreateTexture(r, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_STATIC, n, n) : NULL;
    if (t) {
        Uint32 rgb = (Uint32)c.r << 16 | (Uint32)c.g << 8 | c.b;
        for (int y = 0; y < n; y++)
            for (int x = 0; x < n; x++)
                px[y * n + x] = (coverage(x, y, radius, ring) * c.a / 255) << 24 | rgb;
        SDL_UpdateTexture(t, NULL, px, n * 4);
        SDL_SetTextureBlendMode(t, SDL_BLENDMODE_BLEND);
    }
    free(px);
    return t;
}

static bool same(const Slot *s, int radius, int ring, SDL_Color c)
{
    return s->tex && s->radius == radius && s->ring == ring && s->c.r == c.r && s->c.g == c.g &&
           s->c.b == c.b && s->c.a == c.a;
}

/* The least recently used disc, or NULL when there is none. */
static Slot *oldest(Discs *d)
{
    Slot *v = NULL;
    for (int i = 0; i < SLOTS; i++)
        if (d->slot[i].tex && (!v || d->slot[i].used < v->used))
            v = &d->slot[i];
    return v;
}

/* An empty slot, making one (and room within the budget) if need be. */
static Slot *room(Discs *d, size_t bytes)
{
    Slot *o;
    while (d->bytes + bytes > DISCS_BUDGET && (o = oldest(d)))
        drop(d, o);
    for (int i = 0; i < SLOTS; i++)
        if (!d->slot[i].tex)
            return &d->slot[i];
    o = oldest(d);
    drop(d, o);
    return o;
}

SDL_Texture *discs_get(Discs *d, int radius, int ring, SDL_Color c)
{
    if (!d || radius < 1 || radius > DISCS_MAX_RADIUS)
        return NULL;
    if (ring >= radius)
        ring = 0;
    d->clock++;
    for (int i = 0; i < SLOTS; i++)
        if (same(&d->slot[i], radius, ring, c)) {
            d->slot[i].used = d->clock;
            return d->slot[i].tex;
        }
    Slot want = {.radius = radius, .ring = ring, .c = c, .used = d->clock};
    Slot *s = room(d, slot_bytes(&want));
    want.tex = make(d->r, radius, ring, c);
    if (!want.tex)
        return NULL;
    *s = want;
    d->bytes += slot_bytes(s);
    return s->tex;
}
