/* The writer thread of the results store and its queue of writes and asks
 * (see results_writer.h). The queue's lock guards the queue, the answered
 * list, the tickets and the failure; the thread alone touches the
 * connection, the refused writes and the session keys while it runs. */
#include "results_writer.h"

#include <assert.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "results_priv.h"
#include "util.h"

struct ResultsThread {
    pthread_t thread;
    bool running, stop;
    pthread_mutex_t lock;
    pthread_cond_t work;     /* something was queued, or stop */
    pthread_cond_t progress; /* done moved on */
    ResultsAsk *head, *tail; /* to run, oldest first */
    ResultsAsk *answered, *answered_tail;
    uint64_t queued, done; /* the last ticket given, the last one run */
    bool failed;           /* a write was refused since the last take */
    char failure[256];
    void (*wake)(void *user);
    void *wake_user;
};

/* A write: the record's fields, as the refused-writes queue keeps them. */
typedef struct {
    ResultsAsk ask;
    char **field;
    int n;
} WriteJob;

static ResultsThread *thread_of(Results *r)
{
    if (!r->w) {
        r->w = xcalloc(1, sizeof *r->w);
        pthread_mutex_init(&r->w->lock, NULL);
        pthread_cond_init(&r->w->work, NULL);
        pthread_cond_init(&r->w->progress, NULL);
    }
    return r->w;
}

bool results_writer_running(const Results *r)
{
    return r->w && r->w->running;
}

bool results_writer_on_caller(const Results *r)
{
    return results_writer_running(r) && !pthread_equal(pthread_self(), r->w->thread);
}

static void drop(ResultsAsk *a)
{
    if (a->drop)
        a->drop(a);
    else
        free(a);
}

static void append(ResultsAsk **head, ResultsAsk **tail, ResultsAsk *a)
{
    a->next = NULL;
    if (*tail)
        (*tail)->next = a;
    else
        *head = a;
    *tail = a;
}

/* Runs one job where the connection is; an ask's answer waits for poll. */
static void perform(Results *r, ResultsAsk *a)
{
    ResultsThread *w = r->w;
    a->run(r, a);
    bool answer = a->done != NULL;
    if (!answer)
        drop(a);
    pthread_mutex_lock(&w->lock);
    if (answer)
        append(&w->answered, &w->answered_tail, a);
    w->done++;
    pthread_cond_broadcast(&w->progress);
    pthread_mutex_unlock(&w->lock);
    if (answer && w->running && w->wake)
        w->wake(w->wake_user);
}

static void *writer_main(void *arg)
{
    Results *r = arg;
    ResultsThread *w = r->w;
    pthread_mutex_lock(&w->lock);
    for (;;) {
        while (!w->head && !w->stop)
            pthread_cond_wait(&w->work, &w->lock);
        ResultsAsk *a = w->head;
        if (!a)
            break; /* stopped, and everything queued is written */
        w->head = a->next;
        if (!w->head)
            w->tail = NULL;
        pthread_mutex_unlock(&w->lock);
        perform(r, a);
        pthread_mutex_lock(&w->lock);
    }
    pthread_mutex_unlock(&w->lock);
    return NULL;
}

bool results_start_writer(Results *r)
{
    if (!results_enabled(r) || results_writer_running(r))
        return false;
    ResultsThread *w = thread_of(r);
    w->stop = false;
    w->running = true; /* before the thread reads it */
    if (pthread_create(&w->thread, NULL, writer_main, r) != 0)
        w->running = false;
    return w->running;
}

void results_set_wake(Results *r, void (*wake)(void *user), void *user)
{
    ResultsThread *w = thread_of(r);
    assert(!w->running);
    w->wake = wake;
    w->wake_user = user;
}

static uint64_t enqueue(Results *r, ResultsAsk *a)
{
    ResultsThread *w = thread_of(r);
    /* a is the thread's (or freed) once performed: keep the ticket here */
    uint64_t ticket;
    if (!w->running) { /* at once, here; the answer waits for poll all the same */
        a->ticket = ticket = ++w->queued;
        perform(r, a);
        return ticket;
    }
    pthread_mutex_lock(&w->lock);
    a->ticket = ticket = ++w->queued;
    append(&w->head, &w->tail, a);
    pthread_cond_signal(&w->work);
    pthread_mutex_unlock(&w->lock);
    return ticket;
}

uint64_t results_ask(Results *r, ResultsAsk *ask)
{
    assert(ask->run && ask->done);
    return enqueue(r, ask);
}

void results_wait(Results *r, uint64_t ticket)
{
    ResultsThread *w = r->w;
    if (!w || !w->running)
        return;
    pthread_mutex_lock(&w->lock);
    while (w->done < ticket)
        pthread_cond_wait(&w->progress, &w->lock);
    pthread_mutex_unlock(&w->lock);
}

void results_flush(Results *r)
{
    if (r && r->w)
        results_wait(r, r->w->queued);
}

size_t results_poll(Results *r, void *user)
{
    ResultsThread *w = r ? r->w : NULL;
    if (!w)
        return 0;
    pthread_mutex_lock(&w->lock);
    ResultsAsk *a = w->answered;
    w->answered = w->answered_tail = NULL;
    pthread_mutex_unlock(&w->lock);
    size_t n = 0;
    while (a) {
        ResultsAsk *next = a->next;
        a->done(a, user);
        drop(a);
        a = next;
        n++;
    }
    return n;
}

bool results_take_failure(Results *r)
{
    ResultsThread *w = r ? r->w : NULL;
    if (!w)
        return false;
    pthread_mutex_lock(&w->lock);
    bool failed = w->failed;
    if (failed)
        snprintf(r->front_error, sizeof r->front_error, "%s", w->failure);
    w->failed = false;
    pthread_mutex_unlock(&w->lock);
    return failed;
}

/* ---- writes ---- */

static void run_write(Results *r, ResultsAsk *a)
{
    WriteJob *j = (WriteJob *)a;
    ResultsThread *w = r->w;
    size_t lost = r->lost;
    if (results_queue_push(r, (const char *const *)j->field, j->n) && r->lost == lost)
        return;
    pthread_mutex_lock(&w->lock);
    w->failed = true;
    snprintf(w->failure, sizeof w->failure, "%s", r->error[0] ? r->error : "?");
    pthread_mutex_unlock(&w->lock);
    if (w->wake)
        w->wake(w->wake_user);
}

static void drop_write(ResultsAsk *a)
{
    WriteJob *j = (WriteJob *)a;
    for (int i = 0; i < j->n; i++)
        free(j->field[i]);
    free(j->field);
    free(j);
}

void results_writer_store(Results *r, const char *const *field, int n)
{
    WriteJob *j = xcalloc(1, sizeof *j);
    j->ask = (ResultsAsk){.run = run_write, .drop = drop_write};
    j->n = n;
    j->field = xcalloc((size_t)n, sizeof *j->field);
    for (int i = 0; i < n; i++)
        j->field[i] = field[i] ? xstrdup(field[i]) : NULL;
    enqueue(r, &j->ask);
}

/* ---- stopping ---- */

void results_writer_stop(Results *r)
{
    ResultsThread *w = r->w;
    if (!w || !w->running)
        return;
    pthread_mutex_lock(&w->lock);
    w->stop = true;
    pthread_cond_signal(&w->work);
    pthread_mutex_unlock(&w->lock);
    pthread_join(w->thread, NULL);
    w->running = false;
}

void results_writer_free(Results *r)
{
    ResultsThread *w = r->w;
    if (!w)
        return;
    results_writer_stop(r);
    for (ResultsAsk *a = w->answered, *next; a; a = next) {
        next = a->next;
        drop(a);
    }
    pthread_cond_destroy(&w->progress);
    pthread_cond_destroy(&w->work);
    pthread_mutex_destroy(&w->lock);
    free(w);
    r->w = NULL;
}
