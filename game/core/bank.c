/* bank: questions from GIFT files, all or nothing per file (see bank.h).
 * The parsing itself is in gift.c; this file owns the questions, the id
 * index and the files. */
#include "bank.h"

#include <dirent.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gift.h"
#include "i18n.h"
#include "paths.h"
#include "util.h"

/* Open-addressing index from id to position in a Question* array;
 * slots hold position + 1, 0 is empty. */
typedef struct {
    size_t *slots;
    size_t cap, count; /* cap is 0 or a power of two */
} IdIndex;

struct Bank {
    Question **items;
    size_t count, cap;
    IdIndex ids;
    GiftArena arena;
};

static uint64_t hash_str(const char *s)
{
    uint64_t h = 1469598103934665603u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211u;
    return h;
}

/* Position of `id` in items, or SIZE_MAX. */
static size_t index_find(const IdIndex *x, Question *const *items, const char *id)
{
    if (x->cap == 0)
        return SIZE_MAX;
    for (size_t i = hash_str(id) & (x->cap - 1);; i = (i + 1) & (x->cap - 1)) {
        size_t s = x->slots[i];
        if (s == 0)
            return SIZE_MAX;
        if (strcmp(items[s - 1]->id, id) == 0)
            return s - 1;
    }
}

static void index_put(IdIndex *x, Question *const *items, size_t pos);

static void index_grow(IdIndex *x, Question *const *items)
{
    IdIndex bigger = {.cap = x->cap ? x->cap * 2 : 256};
    bigger.slots = xcalloc(bigger.cap, sizeof *bigger.slots);
    for (size_t i = 0; i < x->cap; i++)
        if (x->slots[i])
            index_put(&bigger, items, x->slots[i] - 1);
    free(x->slots);
    *x = bigger;
}

static void index_put(IdIndex *x, Question *const *items, size_t pos)
{
    if ((x->count + 1) * 2 > x->cap)
        index_grow(x, items);
    size_t i = hash_str(items[pos]->id) & (x->cap - 1);
    while (x->slots[i])
        i = (i + 1) & (x->cap - 1);
    x->slots[i] = pos + 1;
    x->count++;
}

Bank *bank_new(void)
{
    return xcalloc(1, sizeof(Bank));
}

void bank_free(Bank *b)
{
    if (!b)
        return;
    free(b->items);
    free(b->ids.slots);
    gift_arena_free(&b->arena);
    free(b);
}

static bool id_taken(const Bank *b, const IdIndex *local, const GiftBatch *batch, const char *id)
{
    return index_find(&b->ids, b->items, id) != SIZE_MAX ||
           index_find(local, batch->items, id) != SIZE_MAX;
}

/* Moodle lets question names repeat: a name already in the bank or earlier
 * in the batch gets a derived id "<name>#2" (the first free number), with
 * a warning, so results and translations still have one key per question. */
static void unique_ids(const Bank *b, GiftBatch *batch, Diag *diag)
{
    IdIndex local = {0};
    for (size_t i = 0; i < batch->count; i++) {
        Question *q = batch->items[i];
        size_t old = index_find(&b->ids, b->items, q->id);
        const Question *first = old != SIZE_MAX ? b->items[old] : NULL;
        if (!first && (old = index_find(&local, batch->items, q->id)) != SIZE_MAX)
            first = batch->items[old];
        if (first) {
            char *id = NULL;
            for (int n = 2; !id || id_taken(b, &local, batch, id); n++) {
                free(id);
                id = xasprintf("%s#%d", q->id, n);
            }
            diag_add(diag, DIAG_WARNING, q->file, q->line, q->col,
                     _("duplicate name '%s' (first used at %s:%d): this question's id is '%s'"),
                     q->id, first->file, first->line, id);
            q->id = gift_arena_strndup(&batch->arena, id, strlen(id));
            free(id);
        }
        index_put(&local, batch->items, i);
    }
    free(local.slots);
}

bool bank_add_gift(Bank *b, const char *name, const char *data, size_t len, Diag *diag)
{
    GiftBatch batch = {0};
    bool ok = gift_parse(&batch, name, data, len, diag);
    if (!ok) {
        gift_batch_free(&batch);
        return false;
    }
    unique_ids(b, &batch, diag);
    if (b->count + batch.count > b->cap) {
        while (b->count + batch.count > b->cap)
            b->cap = b->cap ? b->cap * 2 : 64;
        b->items = xrealloc(b->items, b->cap * sizeof *b->items);
    }
    for (size_t i = 0; i < batch.count; i++) {
        b->items[b->count] = batch.items[i];
        index_put(&b->ids, b->items, b->count++);
    }
    gift_arena_splice(&b->arena, &batch.arena);
    gift_batch_free(&batch);
    return true;
}

bool bank_add_file(Bank *b, const char *path, Diag *diag)
{
    char err[1024];
    size_t len;
    char *data = read_file(path, BANK_MAX_FILE_BYTES, &len, err, sizeof err);
    if (!data) {
        diag_add(diag, DIAG_ERROR, NULL, 0, 0, "%s", err);
        return false;
    }
    bool ok = bank_add_gift(b, path, data, len, diag);
    free(data);
    return ok;
}

static bool is_gift_name(const char *name)
{
    size_t n = strlen(name);
    return name[0] != '.' && n > 5 && strcmp(name + n - 5, ".gift") == 0;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static char **list_dir(const char *path, size_t *n, Diag *diag)
{
    DIR *dir = opendir(path);
    if (!dir) {
        diag_add(diag, DIAG_ERROR, NULL, 0, 0, _("cannot open folder '%s'"), path);
        return NULL;
    }
    size_t count = 0, cap = 8;
    char **files = xmalloc(cap * sizeof *files);
    for (struct dirent *e; (e = readdir(dir));) {
        if (!is_gift_name(e->d_name))
            continue;
        if (count + 1 == cap)
            files = xrealloc(files, (cap *= 2) * sizeof *files);
        files[count++] = path_join(path, e->d_name);
    }
    closedir(dir);
    qsort(files, count, sizeof *files, cmp_str);
    files[count] = NULL;
    if (count == 0) {
        diag_add(diag, DIAG_ERROR, NULL, 0, 0, _("no .gift files in folder '%s'"), path);
        bank_free_list(files);
        return NULL;
    }
    if (n)
        *n = count;
    return files;
}

char **bank_list_files(const char *path, size_t *n, Diag *diag)
{
    if (is_dir(path))
        return list_dir(path, n, diag);
    char why[1200];
    if (!is_file(path) && access(path, F_OK) == 0 && !check_regular(path, why, sizeof why)) {
        diag_add(diag, DIAG_ERROR, NULL, 0, 0, "%s", why); /* a FIFO, a device */
        return NULL;
    }
    if (!is_file(path)) {
        diag_add(diag, DIAG_ERROR, NULL, 0, 0, _("no such file or folder: '%s'"), path);
        return NULL;
    }
    char **files = xmalloc(2 * sizeof *files);
    files[0] = xstrdup(path);
    files[1] = NULL;
    if (n)
        *n = 1;
    return files;
}

void bank_free_list(char **files)
{
    if (!files)
        return;
    for (char **f = files; *f; f++)
        free(*f);
    free(files);
}

bool bank_load_path(Bank *b, const char *path, Diag *diag)
{
    char **files = bank_list_files(path, NULL, diag);
    if (!files)
        return false;
    bool ok = true;
    for (char **f = files; *f; f++)
        ok &= bank_add_file(b, *f, diag);
    bank_free_list(files);
    return ok;
}

size_t bank_count(const Bank *b)
{
    return b->count;
}

const Question *bank_question(const Bank *b, size_t i)
{
    return i < b->count ? b->items[i] : NULL;
}

const Question *bank_find(const Bank *b, const char *id)
{
    size_t i = index_find(&b->ids, b->items, id);
    return i == SIZE_MAX ? NULL : b->items[i];
}

BankStats bank_stats(const Bank *b, size_t first, const Diag *diag)
{
    BankStats st = {0};
    for (size_t i = first; i < b->count; i++) {
        st.questions++;
        st.by_kind[b->items[i]->kind]++;
    }
    if (diag) {
        st.warnings = diag_count(diag, DIAG_WARNING);
        st.errors = diag_count(diag, DIAG_ERROR);
    }
    return st;
}

/* The Urdu the file gives category `name`: that of its first question in
 * the category that has one. */
static const char *category_urdu(const Bank *b, const char *name)
{
    for (size_t i = 0; i < b->count; i++)
        if (b->items[i]->category_ur && strcmp(b->items[i]->category, name) == 0)
            return b->items[i]->category_ur;
    return NULL;
}

const char *bank_urdu(const void *bank, const char *id, const char *field)
{
    if (!field)
        return NULL;
    return id ? question_urdu(bank_find(bank, id), field) : category_urdu(bank, field);
}

/* A letter of the Arabic script (U+0600..U+06FF, U+0750..U+077F, U+FB50..
 * U+FEFF), as UTF-8 lead bytes D8..DD or EF AD..BB. */
static bool has_arabic_script(const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if ((*p >= 0xD8 && *p <= 0xDD) || (*p == 0xEF && p[1] >= 0xAD && p[1] <= 0xBB))
            return true;
    return false;
}

size_t bank_count_lacking_urdu(const Bank *b, size_t first,
                               bool (*has_urdu)(void *ctx, const Question *q), void *ctx)
{
    size_t n = 0;
    for (size_t i = first; i < b->count; i++) {
        const Question *q = b->items[i];
        n += !q->text_ur && !has_arabic_script(q->text) && !(has_urdu && has_urdu(ctx, q));
    }
    return n;
}
