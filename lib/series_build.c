/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Building the dense points of a series from its observations: ordering,
 * choice of vintage, missing periods. Shared by the dataset's commit and by
 * ei_series_select_vintage(). */
#include "series_priv.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "econind/error.h"

int ei_obs_rank(ei_obs_status st)
{
    switch (st) {
    case EI_STATUS_TARGET: return 0;
    case EI_STATUS_PLAN: return 1;
    case EI_STATUS_ESTIMATE: return 2;
    case EI_STATUS_PRELIMINARY: return 3;
    case EI_STATUS_ACTUAL: return 4;
    case EI_STATUS_REVISED: return 5;
    default: return 6;
    }
}

bool ei_obs_status_has_value(ei_obs_status st)
{
    return st == EI_STATUS_ACTUAL || st == EI_STATUS_ESTIMATE
           || st == EI_STATUS_PRELIMINARY || st == EI_STATUS_REVISED;
}

int ei_points_alloc_in(ei_points *pts, long start, size_t n,
                       ei_block_arena *arena)
{
    memset(pts, 0, sizeof *pts);
    pts->start = start;
    if (n == 0)
        return EI_OK;
    size_t per = 2 * sizeof(double) + 3;
    if (n > SIZE_MAX / per)
        return EI_ENOMEM;
    if (arena && (pts->block = ei_block_arena_alloc(arena, n * per)))
        pts->borrowed = true;
    else if (!(pts->block = malloc(n * per)))
        return EI_ENOMEM;
    pts->n = n;
    pts->values = pts->block;
    pts->growths = pts->values + n;
    pts->reasons = (unsigned char *)(pts->growths + n);
    pts->status = pts->reasons + n;
    pts->bound = pts->status + n;
    for (size_t i = 0; i < n; i++) {
        pts->values[i] = NAN;
        pts->growths[i] = NAN;
    }
    memset(pts->reasons, EI_REASON_MISSING, n);
    memset(pts->status, EI_STATUS_ACTUAL, n);
    memset(pts->bound, EI_BOUND_EXACT, n);
    return EI_OK;
}

void ei_obs_expand(const ei_obs_compact *c, size_t n, const ei_obs_rec *tmpl,
                   int freq, ei_obs_rec *out)
{
    for (size_t i = 0; i < n; i++)
        out[i] = ei_obs_from_compact(&c[i], tmpl, freq);
}

const ei_obs_rec *ei_series_recs(const ei_series *s, ei_obs_rec **tmp)
{
    *tmp = NULL;
    if (!s->cobs || !s->nobs)
        return s->obs;
    if (!(*tmp = malloc(s->nobs * sizeof **tmp)))
        return NULL;
    ei_obs_expand(s->cobs, s->nobs, &s->tmpl, s->freq, *tmp);
    return *tmp;
}

int ei_points_alloc(ei_points *pts, long start, size_t n)
{
    return ei_points_alloc_in(pts, start, n, NULL);
}

void ei_points_free(ei_points *pts)
{
    if (!pts->borrowed)
        free(pts->block);
    memset(pts, 0, sizeof *pts);
}

/* Is @p r preferred over the current choice @p best for @p which? LATEST
 * wants the highest rank, the later of equals; FIRST the lowest rank, the
 * earlier of equals (observations arrive in that order). */
static bool better(const ei_obs_rec *r, const ei_obs_rec *best,
                   ei_vintage which)
{
    if (!best)
        return true;
    int a = ei_obs_rank((ei_obs_status)r->status);
    int b = ei_obs_rank((ei_obs_status)best->status);
    return which == EI_VINTAGE_FIRST ? a < b : a >= b;
}

/* The observations of [lo, hi) that give a value (*best) and a growth
 * (*best_growth) for @p which; NULL when none. */
static void choose(const ei_obs_rec *lo, const ei_obs_rec *hi,
                   ei_vintage which, const ei_obs_rec **best,
                   const ei_obs_rec **best_growth)
{
    *best = *best_growth = NULL;
    for (const ei_obs_rec *r = lo; r < hi; r++) {
        if (!ei_obs_status_has_value((ei_obs_status)r->status))
            continue;
        if (!isnan(r->value) && better(r, *best, which))
            *best = r;
        if (!isnan(r->growth) && better(r, *best_growth, which))
            *best_growth = r;
    }
}

const ei_obs_rec *ei_obs_choose(const ei_obs_rec *lo, const ei_obs_rec *hi,
                                ei_vintage which)
{
    const ei_obs_rec *best, *best_growth;
    choose(lo, hi, which, &best, &best_growth);
    return best ? best : best_growth;
}

/* Fill point @p i from the observations [lo, hi) of one period. */
static void fill_point(ei_points *pts, size_t i, const ei_obs_rec *lo,
                       const ei_obs_rec *hi, ei_vintage which)
{
    const ei_obs_rec *best, *best_growth;
    choose(lo, hi, which, &best, &best_growth);
    if (best) {
        pts->values[i] = best->value;
        pts->reasons[i] = EI_REASON_NONE;
        pts->status[i] = best->status;
        pts->bound[i] = best->bound;
        /* Growth of the same release: the chosen figure's own, else one
         * published with the same status (a growth-only row beside it). */
        double g = best->growth;
        for (const ei_obs_rec *r = lo; isnan(g) && r < hi; r++)
            if (r->status == best->status)
                g = r->growth;
        pts->growths[i] = g;
    } else if (best_growth) {
        /* Only a growth rate was published: no value, but the rate and
         * its status are kept. */
        pts->growths[i] = best_growth->growth;
        pts->status[i] = best_growth->status;
    }
}

int ei_points_build(ei_points *pts, const ei_obs_rec *obs, size_t nobs,
                    ei_vintage which, ei_block_arena *arena)
{
    long first = 0, last = -1;
    bool any = false;
    for (size_t i = 0; i < nobs; i++) {
        if (!ei_obs_status_has_value((ei_obs_status)obs[i].status))
            continue;
        if (!any || obs[i].ord < first)
            first = obs[i].ord;
        if (!any || obs[i].ord > last)
            last = obs[i].ord;
        any = true;
    }
    if (!any && nobs) {
        first = obs[0].ord;
        last = obs[nobs - 1].ord;
    }
    if (nobs == 0)
        return ei_points_alloc(pts, 0, 0);
    int rc = ei_points_alloc_in(pts, first, (size_t)(last - first + 1),
                                arena);
    if (rc)
        return rc;
    if (!any)
        return EI_OK;
    size_t a = 0;
    while (a < nobs) {
        size_t b = a + 1;
        while (b < nobs && obs[b].ord == obs[a].ord)
            b++;
        if (obs[a].ord >= first && obs[a].ord <= last)
            fill_point(pts, (size_t)(obs[a].ord - first), &obs[a], &obs[b],
                       which);
        a = b;
    }
    return EI_OK;
}

static int rec_cmp(const ei_obs_rec *a, const ei_obs_rec *b)
{
    if (a->ord != b->ord)
        return a->ord < b->ord ? -1 : 1;
    int ra = ei_obs_rank((ei_obs_status)a->status);
    int rb = ei_obs_rank((ei_obs_status)b->status);
    return (ra > rb) - (ra < rb);
}

static int qcmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

int ei_obs_sort(ei_obs_rec *obs, size_t n, void **scratch,
                size_t *scratch_cap)
{
    size_t i = 1;
    while (i < n && rec_cmp(&obs[i - 1], &obs[i]) <= 0)
        i++;
    if (i >= n)
        return EI_OK; /* bureau dumps usually come sorted */
    if (n <= 16) {
        for (; i < n; i++) {
            ei_obs_rec r = obs[i];
            size_t j = i;
            while (j > 0 && rec_cmp(&obs[j - 1], &r) > 0) {
                obs[j] = obs[j - 1];
                j--;
            }
            obs[j] = r;
        }
        return EI_OK;
    }
    if (n > UINT32_MAX)
        return EI_ERANGE;
    /* Sort keys (ordinal, rank, input index): the index makes the sort
     * stable and gathers the records afterwards. */
    size_t need = n * (sizeof(uint64_t) + sizeof(ei_obs_rec));
    if (*scratch_cap < need) {
        void *p = realloc(*scratch, need);
        if (!p)
            return EI_ENOMEM;
        *scratch = p;
        *scratch_cap = need;
    }
    ei_obs_rec *tmp = *scratch;
    uint64_t *keys = (uint64_t *)(tmp + n);
    int32_t min = obs[0].ord;
    for (size_t k = 1; k < n; k++)
        if (obs[k].ord < min)
            min = obs[k].ord;
    for (size_t k = 0; k < n; k++) {
        uint64_t ord = (uint64_t)((int64_t)obs[k].ord - min);
        uint64_t rank = (uint64_t)ei_obs_rank((ei_obs_status)obs[k].status);
        keys[k] = ord << 35 | rank << 32 | (uint64_t)k;
    }
    qsort(keys, n, sizeof *keys, qcmp_u64);
    for (size_t k = 0; k < n; k++)
        tmp[k] = obs[keys[k] & 0xffffffffu];
    memcpy(obs, tmp, n * sizeof *obs);
    return EI_OK;
}
