#include "sync.h"

#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "central.h"
#include "i18n.h"
#include "pqlib.h"
#include "results.h"
#include "util.h"

struct Sync {
    char *url; /* with its password: never printed */
    char where[256];
    SyncConfig cfg;
    Outbox *outbox; /* the worker's own SQLite connection */
    Central *central;
    pthread_t thread;
    pthread_mutex_t lock;
    pthread_cond_t wake; /* the worker: stop, nudge */
    pthread_cond_t idle; /* sync_stop: the outbox went empty */
    bool started, stopping, nudged;
    unsigned long refreshes; /* reads of the outbox's state so far */
    int backoff_ms;
    long set_aside;   /* events of the last batch set aside */
    char logged[512]; /* the last error said on stderr */
    SyncStatus status;
};

SyncConfig sync_default_config(void)
{
    SyncConfig c = {.batch = 500, .poll_ms = 1000, .backoff_min_ms = 500, .backoff_max_ms = 30000};
    const char *b = getenv("AMAN_SYNC_BATCH");
    if (b && atol(b) > 0)
        c.batch = (size_t)atol(b);
    const char *p = getenv("AMAN_SYNC_PAUSE_MS");
    if (p && atoi(p) > 0 && atoi(p) <= 10000)
        c.pause_ms = atoi(p);
    return c;
}

static void deadline_in(struct timespec *ts, int ms)
{
    clock_gettime(CLOCK_MONOTONIC, ts);
    ts->tv_sec += ms / 1000;
    ts->tv_nsec += (long)(ms % 1000) * 1000000L;
    if (ts->tv_nsec >= 1000000000L) {
        ts->tv_sec++;
        ts->tv_nsec -= 1000000000L;
    }
}

/* Sleeps up to ms, or until stopped or nudged. Called with the lock held. */
static void nap(Sync *s, int ms)
{
    struct timespec ts;
    deadline_in(&ts, ms);
    while (!s->stopping && !s->nudged)
        if (pthread_cond_timedwait(&s->wake, &s->lock, &ts) == ETIMEDOUT)
            break;
    s->nudged = false;
}

static void now_text(char *buf, size_t size)
{
    results_format_time(time(NULL), buf, size);
}

/* Reads the outbox's state into the snapshot and wakes a waiting
 * sync_stop when nothing is left. */
static void refresh(Sync *s)
{
    OutboxStatus st;
    char err[256];
    bool ok = outbox_status(s->outbox, &st, err, sizeof err);
    pthread_mutex_lock(&s->lock);
    if (ok)
        s->status.outbox = st;
    s->refreshes++;
    pthread_cond_broadcast(&s->idle);
    pthread_mutex_unlock(&s->lock);
}

static void failed(Sync *s, const char *err)
{
    char when[32];
    now_text(when, sizeof when);
    outbox_record_error(s->outbox, when, err);
    if (!s->cfg.quiet && strcmp(s->logged, err) != 0)
        fprintf(stderr, _("amanquiz: sync: %s (retrying)\n"), err);
    snprintf(s->logged, sizeof s->logged, "%s", err);
    central_close(s->central);
    s->central = NULL;
    s->backoff_ms = s->backoff_ms ? s->backoff_ms * 2 : s->cfg.backoff_min_ms;
    if (s->backoff_ms > s->cfg.backoff_max_ms)
        s->backoff_ms = s->cfg.backoff_max_ms;
    refresh(s);
    pthread_mutex_lock(&s->lock);
    s->status.connected = false;
    s->status.retry_in_ms = s->backoff_ms;
    nap(s, s->backoff_ms);
    pthread_mutex_unlock(&s->lock);
}

static bool connect_centre(Sync *s, char *err, size_t errlen)
{
    if (s->central)
        return true;
    s->central = central_connect(s->url, err, errlen);
    if (s->central && !s->cfg.quiet && s->logged[0])
        fprintf(stderr, _("amanquiz: sync: connected to %s again\n"), s->where);
    return s->central != NULL;
}

/* The centre refused batch b for its data: sends it again one event at a
 * time on the same connection. An event refused for its own data is set
 * aside (outbox_hold) with the server's reason, said once on stderr; the
 * centre's events are acknowledged. Returns the events the centre took, or
 * -1 with err when it failed in another way (then the backoff as ever). */
static long push_each(Sync *s, const OutboxBatch *b, const char *when, char *err, size_t errlen)
{
    long sent = 0;
    int64_t last_ok = 0;
    bool broken = false;
    for (size_t i = 0; i < b->count && !broken; i++) {
        OutboxEvent *e = &b->events[i];
        OutboxBatch one = {.events = e, .count = 1};
        bool refused = false;
        char reason[256];
        if (central_push(s->central, outbox_device(s->outbox), &one, &refused, reason,
                         sizeof reason, err, errlen)) {
            last_ok = e->seq;
            sent++;
        } else if (!refused || !outbox_hold(s->outbox, e->seq, when, reason, err, errlen)) {
            broken = true;
        } else {
            s->set_aside++;
            if (!s->cfg.quiet)
                fprintf(stderr, _("amanquiz: sync: event %lld set aside: %s\n"), (long long)e->seq,
                        reason);
        }
    }
    /* Everything up to the last event taken is in the centre or set aside. */
    char ack_err[512];
    if (last_ok && !outbox_ack(s->outbox, last_ok, when, ack_err, sizeof ack_err) && !broken) {
        snprintf(err, errlen, "%s", ack_err);
        broken = true;
    }
    return broken ? -1 : sent;
}

/* One batch: read, push, acknowledge. Returns the events sent (0: none
 * waiting, or every one set aside), or -1 with err. */
static long push_batch(Sync *s, char *err, size_t errlen)
{
    OutboxBatch b;
    if (!outbox_next(s->outbox, s->cfg.batch, &b, err, errlen))
        return -1;
    long n = (long)b.count;
    char when[32];
    now_text(when, sizeof when);
    bool refused = false;
    s->set_aside = 0;
    if (n > 0) {
        if (!central_push(s->central, outbox_device(s->outbox), &b, &refused, NULL, 0, err, errlen))
            n = refused ? push_each(s, &b, when, err, errlen) : -1;
        else if (!outbox_ack(s->outbox, b.events[b.count - 1].seq, when, err, errlen))
            n = -1;
    } else if (s->status.outbox.last_error[0]) {
        /* Reached the centre with nothing to send: the stored error is old. */
        if (!outbox_ack(s->outbox, 0, when, err, errlen))
            n = -1;
    }
    outbox_batch_free(&b);
    return n;
}

static void *worker(void *arg)
{
    Sync *s = arg;
    char err[512];
    for (;;) {
        pthread_mutex_lock(&s->lock);
        bool stop = s->stopping;
        pthread_mutex_unlock(&s->lock);
        if (stop)
            break;
        long n = connect_centre(s, err, sizeof err) ? push_batch(s, err, sizeof err) : -1;
        if (n < 0) {
            failed(s, err);
            continue;
        }
        s->backoff_ms = 0;
        s->logged[0] = '\0';
        refresh(s);
        pthread_mutex_lock(&s->lock);
        s->status.connected = true;
        s->status.retry_in_ms = 0;
        s->status.sent += n;
        if (n == 0 && s->set_aside == 0) /* none waiting */
            nap(s, s->cfg.poll_ms);
        else if (s->cfg.pause_ms > 0)
            nap(s, s->cfg.pause_ms);
        pthread_mutex_unlock(&s->lock);
    }
    return NULL;
}

Sync *sync_start(const char *results_path, const char *url, const SyncConfig *cfg, char *err,
                 size_t errlen)
{
    char where[256];
    outbox_redact_url(url ? url : "", where, sizeof where);
    if (!central_is_url(url)) {
        snprintf(err, errlen, _("'%s' is not a PostgreSQL URL like postgresql://user@host/db"),
                 where);
        return NULL;
    }
    char why[512];
    if (!pqlib_load(why, sizeof why)) { /* the game goes on without sync */
        snprintf(err, errlen, _("fleet sync is off: %s"), why);
        return NULL;
    }
    Outbox *o = outbox_open(results_path, err, errlen);
    if (!o)
        return NULL;
    Sync *s = xcalloc(1, sizeof *s);
    s->url = xstrdup(url);
    snprintf(s->where, sizeof s->where, "%s", where);
    s->cfg = cfg ? *cfg : sync_default_config();
    s->outbox = o;
    pthread_mutex_init(&s->lock, NULL);
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&s->wake, &ca);
    pthread_cond_init(&s->idle, &ca);
    pthread_condattr_destroy(&ca);
    outbox_status(o, &s->status.outbox, err, errlen);
    int rc = pthread_create(&s->thread, NULL, worker, s);
    if (rc != 0) {
        snprintf(err, errlen, _("cannot start the sync thread: %s"), strerror(rc));
        sync_stop(s, 0, NULL);
        return NULL;
    }
    s->started = true;
    return s;
}

void sync_nudge(Sync *s)
{
    if (!s)
        return;
    pthread_mutex_lock(&s->lock);
    s->nudged = true;
    pthread_cond_signal(&s->wake);
    pthread_mutex_unlock(&s->lock);
}

void sync_status(Sync *s, SyncStatus *out)
{
    pthread_mutex_lock(&s->lock);
    *out = s->status;
    pthread_mutex_unlock(&s->lock);
}

bool sync_flush(Sync *s, int ms)
{
    if (!s)
        return true;
    pthread_mutex_lock(&s->lock);
    /* The second read of the state after now began after now: it counts
     * the events written just before this call. */
    unsigned long fresh = s->refreshes + 2;
    struct timespec ts;
    deadline_in(&ts, ms);
    s->nudged = true;
    pthread_cond_signal(&s->wake);
    while (s->started && (s->refreshes < fresh || s->status.outbox.waiting > 0))
        if (pthread_cond_timedwait(&s->idle, &s->lock, &ts) == ETIMEDOUT)
            break;
    bool empty = s->refreshes >= fresh && s->status.outbox.waiting == 0;
    pthread_mutex_unlock(&s->lock);
    return empty;
}

bool sync_stop(Sync *s, int flush_ms, SyncStatus *last)
{
    if (!s)
        return true;
    if (flush_ms > 0)
        sync_flush(s, flush_ms);
    pthread_mutex_lock(&s->lock);
    s->stopping = true;
    pthread_cond_signal(&s->wake);
    pthread_mutex_unlock(&s->lock);
    if (s->started)
        pthread_join(s->thread, NULL);
    bool empty = s->status.outbox.waiting == 0;
    if (last)
        *last = s->status;
    central_close(s->central);
    outbox_close(s->outbox);
    pthread_cond_destroy(&s->wake);
    pthread_cond_destroy(&s->idle);
    pthread_mutex_destroy(&s->lock);
    free(s->url);
    free(s);
    return empty;
}
