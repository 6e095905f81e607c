/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A text read in pieces on several threads (see csv_chunks.h). */
#include "csv_chunks.h"

#include <pthread.h>
#include <stdatomic.h>
#include <string.h>
#include <unistd.h>

#include "error_set.h"

size_t ei_csv_chunks_split(ei_csv_chunk *chunks, size_t n, const char *text,
                           size_t from, size_t len, size_t min)
{
    size_t body = len - from;
    if (min == 0)
        min = 1;
    if (n > body / min)
        n = body / min;
    if (n == 0)
        n = 1;
    size_t count = 0, at = from;
    for (size_t i = 0; i < n && at < len; i++) {
        size_t end = len;
        if (i + 1 < n) {
            /* aim at an equal share, then go on to the next line end */
            size_t aim = from + body / n * (i + 1);
            if (aim < at)
                aim = at;
            const char *lf = memchr(text + aim, '\n', len - aim);
            end = lf ? (size_t)(lf - text) + 1 : len;
        }
        memset(&chunks[count], 0, sizeof chunks[count]);
        chunks[count].span.fd = -1;
        chunks[count].span.from = at;
        chunks[count].span.to = end;
        count++;
        at = end;
    }
    if (count == 0) {
        memset(&chunks[0], 0, sizeof chunks[0]);
        chunks[0].span.fd = -1;
        chunks[0].span.from = chunks[0].span.to = from;
        count = 1;
    }
    return count;
}

/* Progress over all pieces: each adds what it read; piece 0's thread (the
 * caller's) reports the sum. */
typedef struct progress {
    atomic_size_t done;
    size_t total;
    const ei_csv_options *opts;
} progress;

static void tick_add(void *ctx, size_t bytes)
{
    progress *p = ctx;
    atomic_fetch_add_explicit(&p->done, bytes, memory_order_relaxed);
}

static void tick_report(void *ctx, size_t bytes)
{
    progress *p = ctx;
    size_t done = atomic_fetch_add_explicit(&p->done, bytes,
                                            memory_order_relaxed) + bytes;
    if (done < p->total)
        p->opts->on_progress(p->opts->progress_ctx, done, p->total);
}

typedef struct job {
    ei_csv_chunk *chunk;
    ei_csv_row_fn fn;
} job;

static void read_piece(ei_csv_chunk *c, ei_csv_row_fn fn)
{
    const ei_csv_span *sp = &c->span;
    /* The one-thread reader refuses NUL bytes before reading a row, with
     * their line and column: leave that to it. (A file's piece is checked
     * block by block as it is read.) */
    if (sp->fd < 0 && memchr(sp->text + sp->from, '\0', sp->to - sp->from)) {
        c->nul = true;
        c->rc = EI_EPARSE;
        return;
    }
    ei_error_clear(&c->err);
    c->rc = ei_csv_rows_read_span(&c->span, fn, c->ctx, &c->err);
}

static void *run_job(void *arg)
{
    job *j = arg;
    read_piece(j->chunk, j->fn);
    return NULL;
}

void ei_csv_chunks_run(ei_csv_chunk *chunks, size_t n, ei_csv_row_fn fn,
                       const ei_csv_options *opts, size_t total)
{
    progress prog;
    atomic_init(&prog.done, 0);
    prog.total = total;
    prog.opts = opts;
    bool report = opts && opts->on_progress;
    pthread_t th[EI_CSV_CHUNKS_MAX];
    job jobs[EI_CSV_CHUNKS_MAX];
    bool started[EI_CSV_CHUNKS_MAX] = {false};
    if (n > EI_CSV_CHUNKS_MAX)
        n = EI_CSV_CHUNKS_MAX;
    for (size_t i = 0; i < n; i++) {
        chunks[i].span.tick = report ? (i ? tick_add : tick_report) : NULL;
        chunks[i].span.tick_ctx = &prog;
        jobs[i].chunk = &chunks[i];
        jobs[i].fn = fn;
    }
    for (size_t i = 1; i < n; i++)
        started[i] = pthread_create(&th[i], NULL, run_job, &jobs[i]) == 0;
    read_piece(&chunks[0], fn);
    for (size_t i = 1; i < n; i++) {
        if (started[i])
            pthread_join(th[i], NULL);
        else
            read_piece(&chunks[i], fn);
    }
    if (report)
        opts->on_progress(opts->progress_ctx, total, total);
}

void ei_csv_chunks_line_base(ei_csv_chunk *chunks, size_t n,
                             unsigned long first)
{
    unsigned long base = first;
    for (size_t i = 0; i < n; i++) {
        chunks[i].line0 = base;
        base += chunks[i].span.lines;
    }
}

size_t ei_csv_chunks_threads(const ei_csv_options *opts)
{
    long n = 0;
    if (opts && opts->version >= 2 && opts->threads)
        n = (long)opts->threads;
    else
        n = sysconf(_SC_NPROCESSORS_ONLN);
    if (n < 1)
        n = 1;
    if (n > EI_CSV_CHUNKS_MAX)
        n = EI_CSV_CHUNKS_MAX;
    return (size_t)n;
}
