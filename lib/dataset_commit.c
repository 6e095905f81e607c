/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Committing a batch: for every series it touched, sort the observations
 * (old and new), check for conflicts, build points and breaks. All of that
 * is prepared aside first; only when every series is ready are they
 * swapped in, so a failure leaves the dataset as it was. Large batches are
 * prepared on every core: each slot is prepared by one thread, which
 * writes only that slot and its own prep, and reads the pool and the old
 * series, which nothing writes until the threads are joined. */
#include "dataset_priv.h"

#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "block_arena.h"
#include "error_set.h"

typedef struct prep {
    ei_series *fresh;     /* a new series for a slot without one */
    ei_obs_rec *obs;
    size_t nobs;
    ei_obs_compact *cobs; /* instead of obs: a compact series */
    ei_obs_rec tmpl;
    size_t cap;           /* room in obs, trimmed to nobs by install() */
    ei_obs_rec *spent;    /* the pending array after a merge */
    bool borrowed;        /* obs lies in a dataset arena */
    bool spent_borrowed;  /* so does spent */
    ei_points pts;
    ei_break *breaks;
    size_t nbreaks;
} prep;

static void prep_free(prep *p)
{
    free(p->fresh);
    if (!p->borrowed) {
        free(p->obs);
        free(p->cobs);
    }
    if (!p->spent_borrowed)
        free(p->spent);
    ei_points_free(&p->pts);
    free(p->breaks);
}

/* Two figures are the same if they agree to 12 significant digits: unit
 * conversion may leave the last bits apart. */
static bool same_number(double a, double b)
{
    return a == b || fabs(a - b) <= 1e-12 * fmax(fabs(a), fabs(b));
}

static void where(const ei_dataset *ds, const ei_obs_rec *r, char *buf,
                  size_t size)
{
    uint32_t ids[3];
    ei_origin_get(ds->pool, r->origin, ids);
    const char *f = ei_strpool_str(ds->pool, ids[EI_ORIGIN_FILE]);
    if (f && r->line)
        snprintf(buf, size, "%s:%lu", f, (unsigned long)r->line);
    else if (f)
        snprintf(buf, size, "%s", f);
    else if (r->line)
        snprintf(buf, size, "line %lu", (unsigned long)r->line);
    else
        snprintf(buf, size, "an earlier observation");
}

static int conflict(const ei_dataset *ds, const ds_slot *slot,
                    const ei_obs_rec *first, const ei_obs_rec *second,
                    const char *what, double a, double b, ei_error *err)
{
    char label[200], period[32], at[300];
    ei_dataset_slot_label(ds, slot, label, sizeof label);
    ei_period_format(ei_obs_rec_period(second, (ei_freq)slot->freq), period,
                     sizeof period);
    where(ds, first, at, sizeof at);
    uint32_t ids[3];
    ei_origin_get(ds->pool, second->origin, ids);
    return ei_error_set_at(err, EI_ECONFLICT,
                           ei_strpool_str(ds->pool, ids[EI_ORIGIN_FILE]),
                           second->line, second->line ? 1 : 0,
                           "conflicting %s %.15g for %s %s (%s); %.15g given "
                           "at %s", what, b, label, period,
                           ei_obs_status_name((ei_obs_status)second->status),
                           a, at);
}

static bool same_key(const ei_obs_rec *a, const ei_obs_rec *b)
{
    return a->ord == b->ord && a->status == b->status;
}

/* Within each (period, status) every value and every growth must agree;
 * identical duplicates pass. Most periods hold one observation per
 * status, so only runs of two or more are looked into. */
static int check_conflicts(const ei_dataset *ds, const ds_slot *slot,
                           const ei_obs_rec *obs, size_t n, ei_error *err)
{
    for (size_t a = 0; a + 1 < n; a++) {
        if (!same_key(&obs[a], &obs[a + 1]))
            continue;
        const ei_obs_rec *fv = NULL, *fg = NULL;
        size_t b = a;
        for (; b < n && same_key(&obs[b], &obs[a]); b++) {
            const ei_obs_rec *r = &obs[b];
            if (!isnan(r->value)) {
                if (!fv)
                    fv = r;
                else if (!same_number(fv->value, r->value))
                    return conflict(ds, slot, fv, r, "value", fv->value,
                                    r->value, err);
            }
            if (!isnan(r->growth)) {
                if (!fg)
                    fg = r;
                else if (!same_number(fg->growth, r->growth))
                    return conflict(ds, slot, fg, r, "growth", fg->growth,
                                    r->growth, err);
            }
        }
        a = b - 1;
    }
    return EI_OK;
}

/* Merge two sorted runs, @p a's first on ties (they came earlier). */
static void merge(ei_obs_rec *out, const ei_obs_rec *a, size_t na,
                  const ei_obs_rec *b, size_t nb)
{
    size_t i = 0, j = 0, k = 0;
    while (i < na && j < nb) {
        bool take_b = b[j].ord < a[i].ord
                      || (b[j].ord == a[i].ord
                          && ei_obs_rank((ei_obs_status)b[j].status)
                                 < ei_obs_rank((ei_obs_status)a[i].status));
        out[k++] = take_b ? b[j++] : a[i++];
    }
    while (i < na)
        out[k++] = a[i++];
    while (j < nb)
        out[k++] = b[j++];
}

/* The points of a series built in code, as observations (it has none), so
 * that rows merged into it keep its values. *out is NULL if none. */
static int points_as_obs(const ei_series *s, ei_obs_rec **out, size_t *n)
{
    *out = NULL;
    *n = 0;
    const ei_points *pt = &s->pts;
    size_t k = 0;
    for (size_t i = 0; i < pt->n; i++)
        k += !isnan(pt->values[i]) || !isnan(pt->growths[i]);
    if (k == 0)
        return EI_OK;
    ei_obs_rec *r = calloc(k, sizeof *r);
    if (!r)
        return EI_ENOMEM;
    for (size_t i = 0, j = 0; i < pt->n; i++) {
        if (isnan(pt->values[i]) && isnan(pt->growths[i]))
            continue;
        ei_period per = ei_period_from_ordinal(s->freq,
                                               pt->start + (long)i);
        r[j].value = pt->values[i];
        r[j].growth = pt->growths[i];
        r[j].ord = (int32_t)(pt->start + (long)i);
        r[j].status = pt->status[i];
        r[j].bound = pt->bound[i];
        r[j].first = (uint8_t)per.first;
        j++;
    }
    *out = r;
    *n = k;
    return EI_OK;
}

/* A thread's buffers, reused from slot to slot, and its points' arena
 * (or NULL). */
typedef struct bufs {
    void *sort;
    size_t sort_cap;
    ei_obs_rec *whole;     /* a compact slot's observations, whole */
    size_t whole_cap;
    ei_block_arena *arena;
} bufs;

/* Prepare compact slot @p slot (no series yet) into @p p: its
 * observations are made whole in the thread's buffer, where the checks
 * and builds of any series run on them, and are kept compact. */
static int prepare_compact(const ei_dataset *ds, ds_slot *slot, prep *p,
                           bufs *b, ei_error *err)
{
    size_t n = slot->npend;
    if (n > b->whole_cap) {
        free(b->whole);
        b->whole_cap = n + n / 2;
        if (!(b->whole = malloc(b->whole_cap * sizeof *b->whole))) {
            b->whole_cap = 0;
            return ei_error_set(err, EI_ENOMEM, "out of memory");
        }
    }
    ei_obs_rec *w = b->whole;
    ei_obs_expand(slot->cpend, n, &slot->ctmpl, slot->freq, w);
    if (ei_obs_sort(w, n, &b->sort, &b->sort_cap))
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    for (size_t i = 0; i < n; i++) /* in the sorted order */
        slot->cpend[i] = (ei_obs_compact){w[i].value, w[i].ord, w[i].line};
    p->cobs = slot->cpend;
    p->tmpl = slot->ctmpl;
    p->nobs = n;
    p->borrowed = slot->pend_arena;
    slot->cpend = NULL;
    slot->pend_arena = false;
    slot->npend = slot->cappend = 0;
    int rc = check_conflicts(ds, slot, w, n, err);
    if (rc)
        return rc;
    if (ei_points_build(&p->pts, w, n, EI_VINTAGE_LATEST, b->arena)
        || ei_breaks_derive(&p->breaks, &p->nbreaks, NULL, 0, w, n,
                            (ei_freq)slot->freq)
        || !(p->fresh = calloc(1, sizeof *p->fresh)))
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    return EI_OK;
}

/* Prepare @p slot into @p p with the thread's buffers @p b. */
static int prepare(const ei_dataset *ds, ds_slot *slot, prep *p, bufs *b,
                   ei_error *err)
{
    const ei_series *old = slot->series;
    if (slot->cpend && !old)
        return prepare_compact(ds, slot, p, b, err);
    /* merged with a series: whole */
    if (slot->cpend && ei_dataset_own_pend(slot))
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    int rc = ei_obs_sort(slot->pend, slot->npend, &b->sort, &b->sort_cap);
    if (rc)
        return ei_error_set(err, rc, "out of memory");
    ei_obs_rec *from_code = NULL;
    size_t nold = old ? old->nobs : 0;
    if (old && !old->nobs && points_as_obs(old, &from_code, &nold))
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    const ei_obs_rec *old_obs = from_code;
    if (old && old->nobs && !(old_obs = ei_series_recs(old, &from_code)))
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    if (nold) {
        size_t n = nold + slot->npend;
        p->obs = malloc(n * sizeof *p->obs);
        if (!p->obs) {
            free(from_code);
            return ei_error_set(err, EI_ENOMEM, "out of memory");
        }
        merge(p->obs, old_obs, nold, slot->pend, slot->npend);
        free(from_code);
        p->nobs = p->cap = n;
        p->spent = slot->pend;
        p->spent_borrowed = slot->pend_arena;
    } else {
        /* The pending array becomes the series' own. */
        p->obs = slot->pend;
        p->nobs = slot->npend;
        p->cap = slot->cappend;
        p->borrowed = slot->pend_arena;
    }
    slot->pend = NULL;
    slot->pend_arena = false;
    slot->npend = slot->cappend = 0;
    if ((rc = check_conflicts(ds, slot, p->obs, p->nobs, err)))
        return rc;
    if (ei_points_build(&p->pts, p->obs, p->nobs, EI_VINTAGE_LATEST,
                        b->arena)
        || ei_breaks_derive(&p->breaks, &p->nbreaks,
                            old ? old->breaks : NULL, old ? old->nbreaks : 0,
                            p->obs, p->nobs, (ei_freq)slot->freq))
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    if (!old && !(p->fresh = calloc(1, sizeof *p->fresh)))
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    return EI_OK;
}

static void install(ei_dataset *ds, uint32_t si, prep *p)
{
    /* The pending arrays are trimmed and freed here, after the threads:
     * they come from the calling thread's malloc arena, whose lock other
     * threads would otherwise take for each slot. */
    if (!p->spent_borrowed)
        free(p->spent);
    if (!p->borrowed && p->cap > p->nobs) {
        ei_obs_rec *shrunk = realloc(p->obs, p->nobs * sizeof *shrunk);
        if (shrunk)
            p->obs = shrunk;
    }
    ds_slot *slot = &ds->slots[si];
    ei_series *s = slot->series;
    if (!s) {
        s = p->fresh;
        p->fresh = NULL;
        s->pool = ds->pool;
        s->owns_pool = false;
        s->region = ei_strpool_str(ds->pool, slot->region);
        s->indicator = ei_strpool_str(ds->pool, slot->written);
        s->freq = (ei_freq)slot->freq;
        s->measure = (ei_measure)slot->measure;
        s->basis = (ei_basis)slot->basis;
        s->registered = slot->ind;
        s->unit_name = "";
        slot->series = s;
        ds->series[ds->nseries] = s;
        ds->series_slot[ds->nseries++] = si;
    } else {
        if (!s->obs_borrowed) {
            free(s->obs);
            free(s->cobs);
        }
        ei_points_free(&s->pts);
        free(s->breaks);
    }
    if (slot->unit) {
        s->unit_name = ei_strpool_str(ds->pool, slot->unit);
        s->unit = slot->unitv;
    } else {
        ei_unit_lookup(&s->unit, s->unit_name);
    }
    s->obs = p->obs;
    s->cobs = p->cobs;
    s->tmpl = p->tmpl;
    s->obs_borrowed = p->borrowed;
    s->nobs = p->nobs;
    s->pts = p->pts;
    s->breaks = p->breaks;
    s->nbreaks = s->capbreaks = p->nbreaks;
    memset(p, 0, sizeof *p);
    slot->touched = false;
}

static int reserve_series(ei_dataset *ds, size_t more)
{
    if (ds->nseries + more <= ds->capseries)
        return EI_OK;
    size_t cap = ds->capseries ? ds->capseries : 16;
    while (cap < ds->nseries + more)
        cap *= 2;
    ei_series **a = realloc(ds->series, cap * sizeof *a);
    if (!a)
        return EI_ENOMEM;
    ds->series = a;
    uint32_t *b = realloc(ds->series_slot, cap * sizeof *b);
    if (!b)
        return EI_ENOMEM;
    ds->series_slot = b;
    ds->capseries = cap;
    return EI_OK;
}

/* Batches with fewer observations than this per thread are prepared on
 * the calling thread alone: a thread costs more than it saves. */
enum { MIN_OBS_PER_THREAD = 1 << 17, MAX_THREADS = 16 };

/* The work shared by the threads: the touched slots cut into chunks of
 * about equal weight, handed out in touched order. */
typedef struct work {
    ei_dataset *ds;
    prep *preps;
    size_t *bounds;        /* chunk c: touched [bounds[c], bounds[c + 1]) */
    size_t nchunks;
    atomic_size_t next;    /* the next chunk to hand out */
} work;

/* One thread: its sort buffer, its points' arena and its first
 * failure. */
typedef struct worker {
    work *w;
    ei_block_arena arena;
    int rc;
    size_t failed;         /* touched index of the failing slot */
    ei_error err;
    bufs b;
} worker;

/* Take chunks until none is left or a slot fails. Chunks are handed out
 * in order and each worker stops at its first failure, so the first
 * failing slot in touched order is among the workers' first failures. */
static void *run(void *arg)
{
    worker *me = arg;
    work *w = me->w;
    for (;;) {
        size_t c = atomic_fetch_add_explicit(&w->next, 1,
                                             memory_order_relaxed);
        if (c >= w->nchunks)
            break;
        for (size_t t = w->bounds[c]; t < w->bounds[c + 1]; t++) {
            me->rc = prepare(w->ds, &w->ds->slots[w->ds->touched[t]],
                             &w->preps[t], &me->b, &me->err);
            if (me->rc) {
                me->failed = t;
                return NULL;
            }
        }
    }
    return NULL;
}

/* The observations prepare() walks for touched slot @p t (new and old,
 * or the points of a series built in code), plus a little for the slot
 * itself. */
static size_t weight(const ei_dataset *ds, size_t t)
{
    const ds_slot *slot = &ds->slots[ds->touched[t]];
    const ei_series *old = slot->series;
    size_t nold = !old ? 0 : old->nobs ? old->nobs : old->pts.n;
    return 4 + slot->npend + nold;
}

/* Cut the touched slots into chunks of about @p total / @p n weight
 * (series differ in length: equal slot counts would not take equal
 * time). @p bounds has room for n + 1 entries; returns the count. */
static size_t cut(size_t *bounds, size_t n, const ei_dataset *ds,
                  size_t total)
{
    size_t c = 0, acc = 0;
    bounds[0] = 0;
    for (size_t t = 0; t < ds->ntouched; t++) {
        acc += weight(ds, t);
        /* Chunk c ends once the running weight reaches (c+1)/n of the
         * total. */
        if (c + 1 < n && (double)acc >= (double)total * (c + 1) / n)
            bounds[++c] = t + 1;
    }
    if (bounds[c] < ds->ntouched)
        bounds[++c] = ds->ntouched;
    return c;
}

/* Threads for a batch of @p nobs observations: one per
 * MIN_OBS_PER_THREAD, at most one per online core and MAX_THREADS. */
static size_t auto_threads(size_t nobs)
{
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    size_t n = nobs / MIN_OBS_PER_THREAD;
    if (cpus >= 1 && n > (size_t)cpus)
        n = (size_t)cpus;
    return n;
}

/* Give the workers' arena blocks to the dataset, which frees them with
 * itself, or in a rollback. */
static int keep_blocks(ei_dataset *ds, worker *me, size_t n)
{
    int rc = EI_OK;
    for (size_t i = 0; i < n; i++) {
        for (size_t b = 0; b < me[i].arena.nblocks; b++)
            if (rc || (rc = ei_dataset_keep_arena(ds, me[i].arena.blocks[b])))
                free(me[i].arena.blocks[b]);
        free(me[i].arena.blocks);
        me[i].arena.blocks = NULL;
        me[i].arena.nblocks = 0;
    }
    return rc;
}

/* Prepare every touched slot on @p nthreads threads (0: automatic).
 * Returns 0 or the error of the first failing slot in touched order, the
 * one a single thread would meet first. */
static int prepare_all(ei_dataset *ds, prep *preps, size_t nthreads,
                       ei_error *err)
{
    size_t total = 0, nobs = 0;
    for (size_t t = 0; t < ds->ntouched; t++) {
        total += weight(ds, t);
        nobs += ds->slots[ds->touched[t]].npend;
    }
    if (nthreads == 0)
        nthreads = auto_threads(nobs);
    if (nthreads > MAX_THREADS)
        nthreads = MAX_THREADS;
    if (nthreads < 1)
        nthreads = 1;
    /* 32 chunks per thread: a thread slowed down (by page faults, by
     * another process) leaves its share to the others, and the last
     * chunks are small enough for the threads to finish together. */
    size_t want = nthreads == 1 ? 1 : 32 * nthreads;
    size_t one[2];
    work w = {.ds = ds, .preps = preps, .bounds = one};
    if (want > 1 && !(w.bounds = malloc((want + 1) * sizeof *w.bounds))) {
        w.bounds = one;    /* no memory to cut: one chunk, one thread */
        want = nthreads = 1;
    }
    w.nchunks = cut(w.bounds, want, ds, total);
    atomic_init(&w.next, 0);
    worker me[MAX_THREADS];
    pthread_t th[MAX_THREADS];
    bool started[MAX_THREADS] = {false};
    /* A large batch builds its points in arenas, in the spares first: its
     * tens of thousands of arrays would otherwise be a malloc and fresh
     * pages each. A small one mallocs, so that committing a few rows at a
     * time leaves nothing in arenas when their series are rebuilt. */
    ei_block_spares spares = {.blocks = ds->spares, .n = ds->nspares};
    atomic_init(&spares.next, 0);
    bool arenas = nobs >= MIN_OBS_PER_THREAD || ds->nspares;
    for (size_t i = 0; i < nthreads; i++) {
        me[i] = (worker){.w = &w, .arena = {.spares = &spares}};
        me[i].b.arena = arenas ? &me[i].arena : NULL;
    }
    /* Worker 0 is the calling thread; a thread that cannot be started
     * leaves its chunks to the others. */
    for (size_t i = 1; i < nthreads; i++)
        started[i] = pthread_create(&th[i], NULL, run, &me[i]) == 0;
    run(&me[0]);
    for (size_t i = 1; i < nthreads; i++)
        if (started[i])
            pthread_join(th[i], NULL);
    worker *first = NULL;
    for (size_t i = 0; i < nthreads; i++)
        if (me[i].rc && (!first || me[i].failed < first->failed))
            first = &me[i];
    int rc = first ? first->rc : EI_OK;
    if (first && err)
        *err = first->err;
    if (rc)
        for (size_t i = 0; i < nthreads; i++)
            ei_block_arena_free(&me[i].arena);
    else if ((rc = keep_blocks(ds, me, nthreads)))
        ei_error_set(err, rc, "out of memory");
    ei_block_spares_free_rest(&spares);
    ds->nspares = 0;
    for (size_t i = 0; i < nthreads; i++)
    {
        free(me[i].b.sort);
        free(me[i].b.whole);
    }
    if (w.bounds != one)
        free(w.bounds);
    return rc;
}

int ei_dataset_commit_threads(ei_dataset *ds, size_t nthreads,
                              ei_error *err)
{
    if (!ds)
        return ei_error_set(err, EI_EINVAL, "dataset is NULL");
    if (ds->ntouched == 0) {
        ei_dataset_free_spares(ds);
        return EI_OK;
    }
    size_t fresh = 0;
    for (size_t t = 0; t < ds->ntouched; t++)
        fresh += ds->slots[ds->touched[t]].series == NULL;
    prep *preps = calloc(ds->ntouched, sizeof *preps);
    int rc = preps ? reserve_series(ds, fresh) : EI_ENOMEM;
    if (rc) {
        ei_error_set(err, rc, "out of memory");
        goto fail;
    }
    if ((rc = prepare_all(ds, preps, nthreads, err)))
        goto fail;
    for (size_t t = 0; t < ds->ntouched; t++)
        install(ds, ds->touched[t], &preps[t]);
    free(preps);
    ds->ntouched = 0;
    ds->nfiles_committed = ds->nfiles;
    ds->narenas_committed = ds->narenas;
    return EI_OK;
fail:
    if (preps)
        for (size_t t = 0; t < ds->ntouched; t++)
            prep_free(&preps[t]);
    free(preps);
    ei_dataset_rollback(ds);
    return rc;
}

int ei_dataset_commit(ei_dataset *ds, ei_error *err)
{
    return ei_dataset_commit_threads(ds, 0, err);
}
