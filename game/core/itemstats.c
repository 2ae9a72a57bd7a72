#include "itemstats.h"

#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

typedef struct {
    int64_t attempt;
    size_t question; /* index into items */
    double mark;
    int wrong; /* index into its item's wrong[], or -1 */
} Response;

/* Open addressing, for question ids and attempt ids. */
typedef struct {
    size_t cap, used;
    uint64_t *keys; /* attempt ids + 1 or string hashes; 0 = free */
    size_t *vals;
} Map;

struct ItemStats {
    ItemStat *items;
    size_t n_items, cap_items;
    Response *resp;
    size_t n_resp, cap_resp;
    Map questions; /* hash of id -> item index (collisions checked by strcmp) */
    Map attempts;  /* attempt -> index into sums */
    double *sums;
    size_t n_sums, cap_sums;
    bool computed; /* the wrong answers are sorted: no more adds */
};

static uint64_t hash_str(const char *s)
{
    uint64_t h = 1469598103934665603ull; /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h ? h : 1;
}

static uint64_t mix(uint64_t k)
{
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdull;
    return k ^ (k >> 33);
}

static void map_grow(Map *m);

/* The slot of key: where it is, or the free slot where it would go. When
 * same() is given, an equal hash must also pass it. */
static size_t map_slot(const Map *m, uint64_t key,
                       bool (*same)(const ItemStats *, size_t, const void *), const ItemStats *s,
                       const void *arg)
{
    size_t i = mix(key) & (m->cap - 1);
    while (m->keys[i] && !(m->keys[i] == key && (!same || same(s, m->vals[i], arg))))
        i = (i + 1) & (m->cap - 1);
    return i;
}

static void map_put(Map *m, size_t slot, uint64_t key, size_t val)
{
    m->keys[slot] = key;
    m->vals[slot] = val;
    if (++m->used * 2 > m->cap)
        map_grow(m);
}

static void map_grow(Map *m)
{
    Map old = *m;
    m->cap = old.cap ? old.cap * 2 : 64;
    m->keys = xcalloc(m->cap, sizeof *m->keys);
    m->vals = xcalloc(m->cap, sizeof *m->vals);
    for (size_t i = 0; i < old.cap; i++) {
        if (!old.keys[i])
            continue;
        size_t j = mix(old.keys[i]) & (m->cap - 1);
        while (m->keys[j])
            j = (j + 1) & (m->cap - 1);
        m->keys[j] = old.keys[i];
        m->vals[j] = old.vals[i];
    }
    free(old.keys);
    free(old.vals);
}

static bool same_id(const ItemStats *s, size_t item, const void *id)
{
    return strcmp(s->items[item].id, id) == 0;
}

ItemStats *itemstats_new(void)
{
    ItemStats *s = xcalloc(1, sizeof *s);
    map_grow(&s->questions);
    map_grow(&s->attempts);
    return s;
}

void itemstats_free(ItemStats *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->n_items; i++) {
        for (size_t w = 0; w < s->items[i].n_wrong; w++)
            free((char *)s->items[i].wrong[w].key);
        free(s->items[i].wrong);
        free((char *)s->items[i].id);
    }
    free(s->items);
    free(s->resp);
    free(s->sums);
    free(s->questions.keys);
    free(s->questions.vals);
    free(s->attempts.keys);
    free(s->attempts.vals);
    free(s);
}

static size_t item_of(ItemStats *s, const char *id)
{
    uint64_t h = hash_str(id);
    size_t slot = map_slot(&s->questions, h, same_id, s, id);
    if (s->questions.keys[slot])
        return s->questions.vals[slot];
    if (s->n_items == s->cap_items)
        s->items = xrealloc(s->items, (s->cap_items = s->cap_items ? s->cap_items * 2 : 64) *
                                          sizeof *s->items);
    s->items[s->n_items] = (ItemStat){.id = xstrdup(id)};
    map_put(&s->questions, slot, h, s->n_items);
    return s->n_items++;
}

static size_t sum_of(ItemStats *s, int64_t attempt)
{
    uint64_t key = (uint64_t)attempt + 1;
    key = key ? key : 1;
    size_t slot = map_slot(&s->attempts, key, NULL, s, NULL);
    if (s->attempts.keys[slot])
        return s->attempts.vals[slot];
    if (s->n_sums == s->cap_sums)
        s->sums = xrealloc(s->sums,
                           (s->cap_sums = s->cap_sums ? s->cap_sums * 2 : 256) * sizeof *s->sums);
    s->sums[s->n_sums] = 0;
    map_put(&s->attempts, slot, key, s->n_sums);
    return s->n_sums++;
}

/* Wrong answers per item: few distinct keys, so a linear search. */
static int wrong_of(ItemStat *it, const char *key)
{
    for (size_t w = 0; w < it->n_wrong; w++)
        if (strcmp(it->wrong[w].key, key) == 0)
            return (int)w;
    it->wrong = xrealloc(it->wrong, (it->n_wrong + 1) * sizeof *it->wrong);
    it->wrong[it->n_wrong] = (ItemWrong){xstrdup(key), 0};
    return (int)it->n_wrong++;
}

void itemstats_add(ItemStats *s, int64_t attempt, const char *question, double mark,
                   const char *chosen)
{
    assert(!s->computed);
    size_t q = item_of(s, question);
    size_t a = sum_of(s, attempt);
    s->sums[a] += mark;
    if (s->n_resp == s->cap_resp)
        s->resp = xrealloc(s->resp,
                           (s->cap_resp = s->cap_resp ? s->cap_resp * 2 : 1024) * sizeof *s->resp);
    int w = mark < 1.0 ? wrong_of(&s->items[q], chosen ? chosen : "") : -1;
    /* attempt stores the index of its sum from here on */
    s->resp[s->n_resp++] = (Response){(int64_t)a, q, mark, w};
}

unsigned itemstats_flags(double facility, double discrimination, bool has_d)
{
    unsigned f = 0;
    if (facility < ITEMSTATS_FACILITY_LOW)
        f |= ITEM_TOO_HARD;
    if (facility > ITEMSTATS_FACILITY_HIGH)
        f |= ITEM_TOO_EASY;
    if (has_d && discrimination < ITEMSTATS_DISCRIMINATION_LOW)
        f |= ITEM_LOW_DISCRIMINATION;
    return f;
}

static int by_count(const void *a, const void *b)
{
    const ItemWrong *x = a, *y = b;
    return x->count != y->count ? (x->count < y->count ? 1 : -1) : strcmp(x->key, y->key);
}

/* Per item: sums of x and of the rest (X - x), then the centred moments. */
typedef struct {
    double sx, so, vx, vo, cov;
} Moments;

void itemstats_compute(ItemStats *s)
{
    if (s->computed)
        return;
    s->computed = true;
    Moments *m = xcalloc(s->n_items ? s->n_items : 1, sizeof *m);
    for (size_t r = 0; r < s->n_resp; r++) {
        const Response *p = &s->resp[r];
        ItemStat *it = &s->items[p->question];
        it->n++;
        m[p->question].sx += p->mark;
        m[p->question].so += s->sums[p->attempt] - p->mark;
        if (p->wrong >= 0)
            it->wrong[p->wrong].count++;
    }
    for (size_t r = 0; r < s->n_resp; r++) {
        const Response *p = &s->resp[r];
        Moments *q = &m[p->question];
        double n = s->items[p->question].n;
        double dx = p->mark - q->sx / n, dother = s->sums[p->attempt] - p->mark - q->so / n;
        q->vx += dx * dx;
        q->vo += dother * dother;
        q->cov += dx * dother;
    }
    for (size_t i = 0; i < s->n_items; i++) {
        ItemStat *it = &s->items[i];
        it->facility = it->n ? m[i].sx / it->n : 0;
        /* the (n - 1) of the sample variances cancels in the ratio */
        it->has_d = it->n > 1 && m[i].vx > 1e-12 && m[i].vo > 1e-12;
        it->discrimination = it->has_d ? m[i].cov / sqrt(m[i].vx * m[i].vo) : 0;
        it->flags = itemstats_flags(it->facility, it->discrimination, it->has_d);
        if (it->n_wrong)
            qsort(it->wrong, it->n_wrong, sizeof *it->wrong, by_count);
    }
    free(m);
}

size_t itemstats_count(const ItemStats *s)
{
    return s->n_items;
}

const ItemStat *itemstats_get(const ItemStats *s, size_t i)
{
    return i < s->n_items ? &s->items[i] : NULL;
}
