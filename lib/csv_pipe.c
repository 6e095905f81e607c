/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Rows on two cores (see csv_pipe.h). The worker runs the one-thread row
 * reader with a callback that copies each row into a batch; full batches
 * go through a ring of NBATCH to this thread, which calls the real
 * callback. Memory stays bounded (NBATCH batches of BATCH_ROWS rows), and
 * the worker stops as soon as this thread stops (an error, strict mode).
 */
#include "csv_pipe.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "error_set.h"

#define BATCH_ROWS 4096
#define NBATCH 4
#define PROGRESS_STEP ((size_t)1 << 20)

/* One queued row: ei_csv_row with its fields in the batch. */
typedef struct prow {
    size_t field0;          /* its first field in batch.fields */
    ei_csv_row row;         /* .fields unset until handed on */
} prow;

typedef struct batch {
    char *bytes;            /* field texts, each NUL-terminated */
    size_t nbytes, capbytes;
    ei_csv_field *fields;   /* .text holds an offset into bytes until
                               handed on */
    size_t nfields, capfields;
    prow *rows;
    size_t nrows, caprows;
} batch;

typedef struct pipe_state {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    batch b[NBATCH];
    size_t head;            /* batches handed on (consumer) */
    size_t tail;            /* batches published (producer) */
    bool done;              /* the worker has returned: worker_rc is set */
    bool stop;              /* the consumer wants no more rows */
    int worker_rc;
    ei_error worker_err;
    ei_csv_rows_run_fn run;
    void *run_ctx;
    const ei_csv_options *wopts;
} pipe_state;

static int grow(void **p, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return 0;
    size_t n = *cap ? *cap : 64;
    while (n < need)
        n *= 2;
    void *np = realloc(*p, n * size);
    if (!np)
        return -1;
    *p = np;
    *cap = n;
    return 0;
}

/* Producer: publish the batch being filled; wait for a free one. Returns
 * false when the consumer has stopped. */
static bool publish(pipe_state *p)
{
    pthread_mutex_lock(&p->mu);
    p->tail++;
    pthread_cond_broadcast(&p->cv);
    while (p->tail - p->head >= NBATCH && !p->stop)
        pthread_cond_wait(&p->cv, &p->mu);
    bool go = !p->stop;
    pthread_mutex_unlock(&p->mu);
    if (go) {
        batch *b = &p->b[p->tail % NBATCH];
        b->nbytes = b->nfields = b->nrows = 0;
    }
    return go;
}

/* The worker's row callback: copy the row into the batch being filled. */
static int push(void *ctx, const ei_csv_row *row, ei_error *err)
{
    pipe_state *p = ctx;
    batch *b = &p->b[p->tail % NBATCH];
    size_t bytes = 0;
    for (size_t i = 0; i < row->n; i++)
        bytes += row->fields[i].len + 1;
    if (grow((void **)&b->bytes, &b->capbytes, b->nbytes + bytes, 1) ||
        grow((void **)&b->fields, &b->capfields, b->nfields + row->n,
             sizeof *b->fields) ||
        grow((void **)&b->rows, &b->caprows, b->nrows + 1, sizeof *b->rows))
        return ei_error_set_at(err, EI_ENOMEM, row->source, row->line, 0,
                               "out of memory");
    prow *r = &b->rows[b->nrows++];
    r->field0 = b->nfields;
    r->row = *row;
    for (size_t i = 0; i < row->n; i++) {
        const ei_csv_field *f = &row->fields[i];
        memcpy(b->bytes + b->nbytes, f->text, f->len + 1);
        b->fields[b->nfields].text = (const char *)(uintptr_t)b->nbytes;
        b->fields[b->nfields].len = f->len;
        b->nfields++;
        b->nbytes += f->len + 1;
    }
    if (b->nrows == BATCH_ROWS && !publish(p))
        return EI_ENODATA; /* any failure: the consumer ignores it */
    return EI_OK;
}

static void *worker(void *arg)
{
    pipe_state *p = arg;
    int rc = p->run(p->run_ctx, p->wopts, push, p, &p->worker_err);
    pthread_mutex_lock(&p->mu);
    if (p->b[p->tail % NBATCH].nrows && !p->stop)
        p->tail++; /* the last, partly filled batch */
    p->worker_rc = rc;
    p->done = true;
    pthread_cond_broadcast(&p->cv);
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

/* Consumer: hand the rows of batch @p b to @p fn. */
static int hand_on(batch *b, ei_csv_row_fn fn, void *ctx, ei_error *err,
                   size_t *done)
{
    /* offsets become pointers now that the batch no longer grows */
    for (size_t i = 0; i < b->nfields; i++)
        b->fields[i].text = b->bytes + (uintptr_t)b->fields[i].text;
    for (size_t i = 0; i < b->nrows; i++) {
        prow *r = &b->rows[i];
        r->row.fields = b->fields + r->field0;
        int rc = fn(ctx, &r->row, err);
        if (rc != EI_OK)
            return rc;
    }
    if (b->nrows) {
        const ei_csv_row *last = &b->rows[b->nrows - 1].row;
        *done = (size_t)last->raw_offset + last->raw_len;
    }
    return EI_OK;
}

int ei_csv_pipe_run(ei_csv_rows_run_fn run, void *run_ctx, size_t total,
                    const ei_csv_options *opts, ei_csv_row_fn fn, void *ctx,
                    ei_error *err)
{
    pipe_state *p = calloc(1, sizeof *p);
    if (!p)
        return run(run_ctx, opts, fn, ctx, err);
    /* the worker reports no progress: this thread does, as it hands on */
    ei_csv_options wopts;
    if (opts) {
        wopts = *opts;
        wopts.on_progress = NULL;
        p->wopts = &wopts;
    }
    p->run = run;
    p->run_ctx = run_ctx;
    ei_error_clear(&p->worker_err);
    pthread_t th;
    if (pthread_mutex_init(&p->mu, NULL) != 0) {
        free(p);
        return run(run_ctx, opts, fn, ctx, err);
    }
    if (pthread_cond_init(&p->cv, NULL) != 0 ||
        pthread_create(&th, NULL, worker, p) != 0) {
        pthread_mutex_destroy(&p->mu);
        free(p);
        return run(run_ctx, opts, fn, ctx, err);
    }

    int rc = EI_OK;
    size_t done = 0, reported = 0;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (p->head == p->tail && !p->done)
            pthread_cond_wait(&p->cv, &p->mu);
        if (p->head == p->tail)
            break; /* done, and every batch handed on */
        batch *b = &p->b[p->head % NBATCH];
        pthread_mutex_unlock(&p->mu);
        rc = hand_on(b, fn, ctx, err, &done);
        if (rc == EI_OK && opts && opts->on_progress &&
            done - reported >= PROGRESS_STEP) {
            opts->on_progress(opts->progress_ctx, done, total);
            reported = done;
        }
        pthread_mutex_lock(&p->mu);
        p->head++;
        if (rc != EI_OK)
            p->stop = true;
        pthread_cond_broadcast(&p->cv);
        if (rc != EI_OK)
            break;
    }
    pthread_mutex_unlock(&p->mu);
    pthread_join(th, NULL);
    if (rc == EI_OK && p->worker_rc != EI_OK) {
        /* the worker failed after the rows handed on, as the one-thread
         * reader would have */
        rc = p->worker_rc;
        if (err)
            *err = p->worker_err;
    }
    if (rc == EI_OK && opts && opts->on_progress)
        opts->on_progress(opts->progress_ctx, total, total);
    for (int i = 0; i < NBATCH; i++) {
        free(p->b[i].bytes);
        free(p->b[i].fields);
        free(p->b[i].rows);
    }
    pthread_cond_destroy(&p->cv);
    pthread_mutex_destroy(&p->mu);
    free(p);
    return rc;
}
