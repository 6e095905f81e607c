/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Private: the layout of a series, shared by series*.c and dataset*.c.
 *
 * A series keeps its strings (meta and observations) in a string pool. A
 * standalone series owns its pool; a series inside a dataset borrows the
 * dataset's pool, so that ten million observations cost no string copies.
 * Observations are compact records (40 bytes) whose strings are pool ids.
 */
#ifndef ECONIND_SERIES_PRIV_H
#define ECONIND_SERIES_PRIV_H

#include <stdbool.h>
#include <stdint.h>

#include "block_arena.h"
#include "econind/series.h"
#include "strpool.h"

/* One observation as stored (40 bytes). The period is its ordinal (the
 * end of a span) plus the first sub-period of a span; the frequency is the
 * series'. File, source and release change together (once per file or
 * document), so they are one "origin": the pool id of a 12-byte blob
 * holding their three pool ids. */
typedef struct ei_obs_rec {
    double value;     /* NaN if none */
    double growth;    /* NaN if none */
    int32_t ord;      /* ei_period_ordinal() of the period */
    uint32_t line;    /* saturates at UINT32_MAX */
    uint32_t caliber; /* pool ids, 0 for NULL */
    uint32_t note;
    uint32_t origin;  /* pool id of the origin blob, 0 for none */
    uint8_t status;   /* ei_obs_status */
    uint8_t bound;    /* ei_bound */
    uint8_t first;    /* first sub-period of a span, = sub otherwise */
    uint8_t pad;
} ei_obs_rec;

/* A compact observation: what varies from row to row of most series read
 * from files. A series whose every observation shares the rest (no
 * growth, one caliber, note, origin, status and bound, single periods)
 * may keep 16 bytes per observation where 40 would do, plus a template:
 * for a national file that is 240 MB the kernel need not hand out and
 * zero. */
typedef struct ei_obs_compact {
    double value;
    int32_t ord;
    uint32_t line;
} ei_obs_compact;

/* The first sub-period of a single period of ordinal @p ord (years from
 * 1 have positive ordinals): what a compact observation leaves out. */
static inline uint8_t ei_obs_plain_first(int freq, int32_t ord)
{
    return freq == EI_FREQ_ANNUAL ? 0 : (uint8_t)(ord % freq + 1);
}

/* Compact observation @p c whole, from template @p tmpl. */
static inline ei_obs_rec ei_obs_from_compact(const ei_obs_compact *c,
                                             const ei_obs_rec *tmpl,
                                             int freq)
{
    ei_obs_rec r = *tmpl;
    r.value = c->value;
    r.ord = c->ord;
    r.line = c->line;
    r.first = ei_obs_plain_first(freq, c->ord);
    return r;
}

/* Compact observations @p c [0, n) whole, into @p out. */
void ei_obs_expand(const ei_obs_compact *c, size_t n, const ei_obs_rec *tmpl,
                   int freq, ei_obs_rec *out);

_Static_assert(sizeof(ei_obs_rec) == 40, "observation record grew");

/* The parts of an origin. */
enum { EI_ORIGIN_FILE, EI_ORIGIN_SOURCE, EI_ORIGIN_RELEASE };

/* The pool ids of file, source and release of @p origin (zeros for 0). */
void ei_origin_get(const ei_strpool *pool, uint32_t origin, uint32_t ids[3]);

/* The origin of three pool ids; all zero gives 0. */
int ei_origin_intern(ei_strpool *pool, const uint32_t ids[3],
                     uint32_t *origin);

/* Move the strings of @p n observations from pool @p from to pool @p to,
 * rewriting their ids. */
int ei_obs_remap(ei_obs_rec *obs, size_t n, const ei_strpool *from,
                 ei_strpool *to);

/* The dense points of a series: one allocation holding values and growths
 * (n doubles each) then reasons, status and bound (n bytes each). */
typedef struct ei_points {
    long start;       /* ordinal of point 0 */
    size_t n;
    void *block;
    double *values;
    double *growths;
    unsigned char *reasons;
    unsigned char *status;
    unsigned char *bound;
    bool borrowed;    /* block lies in an arena its owner frees */
} ei_points;

struct ei_series {
    ei_strpool *pool;
    bool owns_pool;
    const char *region;    /* in pool, never NULL */
    const char *indicator; /* in pool, never NULL */
    const char *unit_name; /* in pool, never NULL */
    ei_unit unit;          /* name == unit_name */
    ei_freq freq;
    ei_measure measure;
    ei_basis basis;
    const ei_indicator *registered;
    ei_points pts;
    ei_break *breaks;      /* sorted by first_new, then last_old */
    size_t nbreaks, capbreaks;
    ei_obs_rec *obs;       /* sorted by ord, then status rank (stable) */
    size_t nobs;
    ei_obs_compact *cobs;  /* instead of obs (then NULL) when every
                              observation is tmpl but value, ord, line */
    ei_obs_rec tmpl;
    bool obs_borrowed;     /* obs or cobs lies in its dataset's arena
                              (read in parallel): freed with the
                              dataset */
    ei_vintage vintage;    /* the vintage the points were built from */
};

/* Position of a status in the life of a figure, the order observations of
 * one period are kept in: target, plan, estimate, preliminary, actual,
 * revised. */
int ei_obs_rank(ei_obs_status st);

/* True for the statuses that may give a point its value. */
bool ei_obs_status_has_value(ei_obs_status st);

/* Observation @p i of @p s whole (i < s->nobs). */
static inline ei_obs_rec ei_series_rec(const ei_series *s, size_t i)
{
    return s->cobs ? ei_obs_from_compact(&s->cobs[i], &s->tmpl, s->freq)
                   : s->obs[i];
}

/* @p s's observations whole: s->obs, or for a compact series a copy in
 * *tmp (the caller frees it). NULL when out of memory or none. */
const ei_obs_rec *ei_series_recs(const ei_series *s, ei_obs_rec **tmp);

/* Allocate @p n missing points from ordinal @p start (n may be 0). */
int ei_points_alloc(ei_points *pts, long start, size_t n);
/* The same from @p arena when it gives room (the points are then
 * borrowed), else from malloc; @p arena may be NULL. */
int ei_points_alloc_in(ei_points *pts, long start, size_t n,
                       ei_block_arena *arena);
void ei_points_free(ei_points *pts);

/* Build the points of sorted observations @p obs for @p which: the range
 * runs from the first to the last period holding an observation that may
 * give a value (not a target or plan); if there are only targets and plans
 * it covers them all, missing. The points come from @p arena as in
 * ei_points_alloc_in(). */
int ei_points_build(ei_points *pts, const ei_obs_rec *obs, size_t nobs,
                    ei_vintage which, ei_block_arena *arena);

/* The observation among [lo, hi) (one period) that gives a point its
 * value for @p which, else the one that gives it its growth rate; NULL if
 * none. The rule of ei_points_build(). */
const ei_obs_rec *ei_obs_choose(const ei_obs_rec *lo, const ei_obs_rec *hi,
                                ei_vintage which);

/* Sort @p obs by period then status rank, keeping input order on ties.
 * @p scratch / @p scratch_cap: a reusable buffer (grown with realloc, freed
 * by the caller). */
int ei_obs_sort(ei_obs_rec *obs, size_t n, void **scratch,
                size_t *scratch_cap);

/* Merge @p b into a copy of @p a's breaks: the union, sorted, without
 * duplicates, plus the breaks derived from the caliber labels of @p obs.
 * *out is a new array (NULL when *nout is 0). */
int ei_breaks_derive(ei_break **out, size_t *nout, const ei_break *old,
                     size_t nold, const ei_obs_rec *obs, size_t nobs,
                     ei_freq freq);

/* The period of a stored observation. */
ei_period ei_obs_rec_period(const ei_obs_rec *r, ei_freq freq);

/* Initialise @p s's meta from @p meta, interning strings in s->pool. */
int ei_series_init_meta(ei_series *s, const ei_series_meta *meta);

#endif
