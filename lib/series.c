/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The series object: construction, accessors, point setters, breaks. */
#include "series_priv.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "error_set.h"
#include "series_points.h"

static bool freq_ok(ei_freq f)
{
    return f == EI_FREQ_ANNUAL || f == EI_FREQ_QUARTERLY
           || f == EI_FREQ_MONTHLY;
}

/* Ordinal of the last period of year EI_YEAR_MAX at @p f. */
static long max_ordinal(ei_freq f)
{
    return f == EI_FREQ_ANNUAL ? EI_YEAR_MAX
                               : (long)EI_YEAR_MAX * (long)f + (long)f - 1;
}

int ei_series_init_meta(ei_series *s, const ei_series_meta *meta)
{
    uint32_t id;
    int rc;
    const char *region = meta->region ? meta->region : "";
    const char *indicator = meta->indicator ? meta->indicator : "";
    const char *unit = meta->unit ? meta->unit : "";
    if ((rc = ei_strpool_intern_cstr(s->pool, region, &id)))
        return rc;
    s->region = ei_strpool_str(s->pool, id);
    if ((rc = ei_strpool_intern_cstr(s->pool, indicator, &id)))
        return rc;
    s->indicator = ei_strpool_str(s->pool, id);
    if ((rc = ei_strpool_intern_cstr(s->pool, unit, &id)))
        return rc;
    s->unit_name = ei_strpool_str(s->pool, id);
    /* Known units get their canonical name; others point at ours. */
    ei_unit_lookup(&s->unit, s->unit_name);
    s->freq = meta->freq;
    s->measure = meta->measure;
    s->basis = meta->basis;
    return EI_OK;
}

static int check_meta(const ei_series_meta *meta, ei_error *err)
{
    if (!meta)
        return ei_error_set(err, EI_EINVAL, "series metadata is NULL");
    if (!freq_ok(meta->freq))
        return ei_error_set(err, EI_EINVAL, "series frequency %d is not "
                            "annual, quarterly or monthly", (int)meta->freq);
    if ((unsigned)meta->measure > EI_MEASURE_INDEX)
        return ei_error_set(err, EI_EINVAL, "unknown measure %d",
                            (int)meta->measure);
    if ((unsigned)meta->basis > EI_BASIS_COMPARABLE)
        return ei_error_set(err, EI_EINVAL, "unknown price basis %d",
                            (int)meta->basis);
    return EI_OK;
}

int ei_series_new(ei_series **out, const ei_series_meta *meta,
                  ei_period start, size_t n, ei_error *err)
{
    if (!out)
        return ei_error_set(err, EI_EINVAL, "output pointer is NULL");
    *out = NULL;
    int rc = check_meta(meta, err);
    if (rc)
        return rc;
    if (!ei_period_valid(start) || start.freq != meta->freq
        || ei_period_is_span(start))
        return ei_error_set(err, EI_EINVAL, "start period is not a single "
                            "period of the series' frequency");
    long first = ei_period_ordinal(start);
    if (n > (size_t)(max_ordinal(meta->freq) - first + 1))
        return ei_error_set(err, EI_ERANGE, "%zu periods run past year %d",
                            n, EI_YEAR_MAX);
    ei_series *s = calloc(1, sizeof *s);
    if (!s)
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    s->pool = ei_strpool_new();
    s->owns_pool = true;
    if (!s->pool || ei_series_init_meta(s, meta)
        || ei_points_alloc(&s->pts, first, n)) {
        ei_series_free(s);
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    }
    *out = s;
    return EI_OK;
}

void ei_series_free(ei_series *s)
{
    if (!s)
        return;
    ei_points_free(&s->pts);
    free(s->breaks);
    if (!s->obs_borrowed) {
        free(s->obs);
        free(s->cobs);
    }
    if (s->owns_pool)
        ei_strpool_free(s->pool);
    free(s);
}

void ei_origin_get(const ei_strpool *pool, uint32_t origin, uint32_t ids[3])
{
    const char *blob = ei_strpool_str(pool, origin);
    if (blob)
        memcpy(ids, blob, 3 * sizeof *ids);
    else
        ids[0] = ids[1] = ids[2] = 0;
}

int ei_origin_intern(ei_strpool *pool, const uint32_t ids[3],
                     uint32_t *origin)
{
    if (!ids[0] && !ids[1] && !ids[2]) {
        *origin = 0;
        return EI_OK;
    }
    return ei_strpool_intern(pool, (const char *)ids, 3 * sizeof *ids,
                             origin);
}

/* Intern the string @p id of @p from into @p to, remembering the last
 * mapping (most observations of a series share origin and caliber). */
typedef struct remap {
    uint32_t from, to;
} remap;

static int remap_id(uint32_t *id, const ei_strpool *from, ei_strpool *to,
                    remap *memo)
{
    if (*id == 0)
        return EI_OK;
    if (memo->from == *id) {
        *id = memo->to;
        return EI_OK;
    }
    uint32_t nid;
    int rc = ei_strpool_intern_cstr(to, ei_strpool_str(from, *id), &nid);
    if (rc)
        return rc;
    memo->from = *id;
    memo->to = nid;
    *id = nid;
    return EI_OK;
}

static int remap_origin(uint32_t *origin, const ei_strpool *from,
                        ei_strpool *to, remap *memo)
{
    if (*origin == 0)
        return EI_OK;
    if (memo->from == *origin) {
        *origin = memo->to;
        return EI_OK;
    }
    uint32_t ids[3];
    ei_origin_get(from, *origin, ids);
    remap none = {0, 0};
    int rc = EI_OK;
    for (int k = 0; !rc && k < 3; k++) {
        none.from = 0;
        rc = remap_id(&ids[k], from, to, &none);
    }
    uint32_t nid = 0;
    if (!rc)
        rc = ei_origin_intern(to, ids, &nid);
    if (rc)
        return rc;
    memo->from = *origin;
    memo->to = nid;
    *origin = nid;
    return EI_OK;
}

int ei_obs_remap(ei_obs_rec *obs, size_t n, const ei_strpool *from,
                 ei_strpool *to)
{
    remap memo[3] = {{0, 0}, {0, 0}, {0, 0}};
    for (size_t i = 0; i < n; i++) {
        int rc = remap_id(&obs[i].caliber, from, to, &memo[0]);
        if (!rc)
            rc = remap_id(&obs[i].note, from, to, &memo[1]);
        if (!rc)
            rc = remap_origin(&obs[i].origin, from, to, &memo[2]);
        if (rc)
            return rc;
    }
    return EI_OK;
}

int ei_series_copy(ei_series **out, const ei_series *src, ei_error *err)
{
    if (!out)
        return ei_error_set(err, EI_EINVAL, "output pointer is NULL");
    *out = NULL;
    if (!src)
        return ei_error_set(err, EI_EINVAL, "series is NULL");
    ei_series *s = calloc(1, sizeof *s);
    if (!s)
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    s->owns_pool = true;
    s->pool = ei_strpool_new();
    ei_series_meta meta = ei_series_get_meta(src);
    if (!s->pool || ei_series_init_meta(s, &meta))
        goto nomem;
    s->registered = src->registered;
    s->vintage = src->vintage;
    if (ei_points_alloc(&s->pts, src->pts.start, src->pts.n))
        goto nomem;
    if (src->pts.n)
        memcpy(s->pts.block, src->pts.block,
               src->pts.n * (2 * sizeof(double) + 3));
    if (src->nbreaks) {
        s->breaks = malloc(src->nbreaks * sizeof *s->breaks);
        if (!s->breaks)
            goto nomem;
        memcpy(s->breaks, src->breaks, src->nbreaks * sizeof *s->breaks);
        s->nbreaks = s->capbreaks = src->nbreaks;
    }
    if (src->nobs) {
        /* a copy is whole even of a compact series */
        s->obs = malloc(src->nobs * sizeof *s->obs);
        if (!s->obs)
            goto nomem;
        if (src->cobs)
            ei_obs_expand(src->cobs, src->nobs, &src->tmpl, src->freq,
                          s->obs);
        else
            memcpy(s->obs, src->obs, src->nobs * sizeof *s->obs);
        s->nobs = src->nobs;
        if (ei_obs_remap(s->obs, s->nobs, src->pool, s->pool))
            goto nomem;
    }
    *out = s;
    return EI_OK;
nomem:
    ei_series_free(s);
    return ei_error_set(err, EI_ENOMEM, "out of memory");
}

size_t ei_series_len(const ei_series *s)
{
    return s ? s->pts.n : 0;
}

ei_period ei_series_start(const ei_series *s)
{
    if (!s)
        return ei_period_year(0);
    return ei_period_from_ordinal(s->freq, s->pts.start);
}

ei_period ei_series_end(const ei_series *s)
{
    if (!s)
        return ei_period_year(0);
    long last = s->pts.n ? s->pts.start + (long)s->pts.n - 1 : s->pts.start;
    return ei_period_from_ordinal(s->freq, last);
}

ei_period ei_series_period_at(const ei_series *s, size_t i)
{
    if (!s)
        return ei_period_year(0);
    return ei_period_from_ordinal(s->freq, s->pts.start + (long)i);
}

int ei_series_index_of(const ei_series *s, ei_period p, size_t *idx)
{
    if (!s || !idx || p.freq != s->freq || !ei_period_valid(p))
        return EI_ENOTFOUND;
    long k = ei_period_ordinal(p) - s->pts.start;
    if (k < 0 || (size_t)k >= s->pts.n)
        return EI_ENOTFOUND;
    *idx = (size_t)k;
    return EI_OK;
}

const double *ei_series_values(const ei_series *s)
{
    return s ? s->pts.values : NULL;
}

double ei_series_value_at(const ei_series *s, size_t i)
{
    return s && i < s->pts.n ? s->pts.values[i] : (double)NAN;
}

ei_reason ei_series_reason_at(const ei_series *s, size_t i)
{
    if (!s || i >= s->pts.n)
        return EI_REASON_OUT_OF_RANGE;
    return (ei_reason)s->pts.reasons[i];
}

double ei_series_growth_at(const ei_series *s, size_t i)
{
    return s && i < s->pts.n ? s->pts.growths[i] : (double)NAN;
}

const double *ei_series_growths(const ei_series *s)
{
    return s ? s->pts.growths : NULL;
}

ei_obs_status ei_series_status_at(const ei_series *s, size_t i)
{
    return s && i < s->pts.n ? (ei_obs_status)s->pts.status[i]
                             : EI_STATUS_ACTUAL;
}

const unsigned char *ei_series_bound_bytes(const ei_series *s)
{
    return s->pts.bound;
}

ei_bound ei_series_bound_at(const ei_series *s, size_t i)
{
    return s && i < s->pts.n ? (ei_bound)s->pts.bound[i] : EI_BOUND_EXACT;
}

/* ei_series_set_full() with the growth kept, status ACTUAL and bound
 * EXACT, written out rather than called: computations set every point of
 * their results through here. */
int ei_series_set(ei_series *s, size_t i, double value, ei_reason reason)
{
    if (!s || i >= s->pts.n)
        return EI_ERANGE;
    if (isinf(value) || (unsigned)reason >= EI_REASON_COUNT_
        || (isnan(value) && reason == EI_REASON_NONE))
        return EI_EINVAL;
    s->pts.values[i] = value;
    s->pts.reasons[i] = isnan(value) ? (unsigned char)reason : EI_REASON_NONE;
    s->pts.status[i] = EI_STATUS_ACTUAL;
    s->pts.bound[i] = EI_BOUND_EXACT;
    return EI_OK;
}

int ei_series_set_full(ei_series *s, size_t i, double value,
                       ei_reason reason, double growth, ei_obs_status status,
                       ei_bound bound)
{
    if (!s || i >= s->pts.n)
        return EI_ERANGE;
    if (isinf(value) || isinf(growth) || (unsigned)reason >= EI_REASON_COUNT_
        || !ei_obs_status_has_value(status)
        || (unsigned)bound > EI_BOUND_ABOUT)
        return EI_EINVAL;
    if (isnan(value) && reason == EI_REASON_NONE)
        return EI_EINVAL;
    s->pts.values[i] = value;
    s->pts.reasons[i] = isnan(value) ? (unsigned char)reason : EI_REASON_NONE;
    s->pts.growths[i] = growth;
    s->pts.status[i] = (unsigned char)status;
    s->pts.bound[i] = (unsigned char)bound;
    return EI_OK;
}

const char *ei_series_region(const ei_series *s)
{
    return s ? s->region : "";
}

const char *ei_series_indicator(const ei_series *s)
{
    return s ? s->indicator : "";
}

const ei_indicator *ei_series_registered(const ei_series *s)
{
    return s ? s->registered : NULL;
}

void ei_series_set_registered(ei_series *s, const ei_indicator *ind)
{
    if (s)
        s->registered = ind;
}

ei_unit ei_series_unit(const ei_series *s)
{
    if (!s) {
        ei_unit u;
        ei_unit_lookup(&u, "");
        return u;
    }
    return s->unit;
}

ei_freq ei_series_freq(const ei_series *s)
{
    return s ? s->freq : EI_FREQ_NONE;
}

ei_measure ei_series_measure(const ei_series *s)
{
    return s ? s->measure : EI_MEASURE_LEVEL;
}

ei_basis ei_series_basis(const ei_series *s)
{
    return s ? s->basis : EI_BASIS_UNKNOWN;
}

ei_series_meta ei_series_get_meta(const ei_series *s)
{
    ei_series_meta m = {"", "", "", EI_FREQ_NONE, EI_MEASURE_LEVEL,
                        EI_BASIS_UNKNOWN};
    if (s) {
        m.region = s->region;
        m.indicator = s->indicator;
        m.unit = s->unit_name;
        m.freq = s->freq;
        m.measure = s->measure;
        m.basis = s->basis;
    }
    return m;
}

size_t ei_series_count_present(const ei_series *s)
{
    size_t k = 0;
    for (size_t i = 0; s && i < s->pts.n; i++)
        k += !isnan(s->pts.values[i]);
    return k;
}

size_t ei_series_obs_count(const ei_series *s)
{
    return s ? s->nobs : 0;
}

ei_period ei_obs_rec_period(const ei_obs_rec *r, ei_freq freq)
{
    ei_period p = ei_period_from_ordinal(freq, r->ord);
    p.first = r->first;
    return p;
}

int ei_series_obs_at(const ei_series *s, size_t i, ei_observation *out)
{
    if (!s || !out || i >= s->nobs)
        return EI_ERANGE;
    ei_obs_rec rec = ei_series_rec(s, i);
    const ei_obs_rec *r = &rec;
    out->period = ei_obs_rec_period(r, s->freq);
    out->value = r->value;
    out->growth = r->growth;
    out->status = (ei_obs_status)r->status;
    out->bound = (ei_bound)r->bound;
    out->caliber = ei_strpool_str(s->pool, r->caliber);
    uint32_t ids[3];
    ei_origin_get(s->pool, r->origin, ids);
    out->release = ei_strpool_str(s->pool, ids[EI_ORIGIN_RELEASE]);
    out->source = ei_strpool_str(s->pool, ids[EI_ORIGIN_SOURCE]);
    out->note = ei_strpool_str(s->pool, r->note);
    out->file = ei_strpool_str(s->pool, ids[EI_ORIGIN_FILE]);
    out->line = r->line;
    return EI_OK;
}

int ei_series_select_vintage(ei_series **out, const ei_series *s,
                             ei_vintage which, ei_error *err)
{
    if (!out)
        return ei_error_set(err, EI_EINVAL, "output pointer is NULL");
    *out = NULL;
    if (which != EI_VINTAGE_LATEST && which != EI_VINTAGE_FIRST)
        return ei_error_set(err, EI_EINVAL, "unknown vintage %d", (int)which);
    ei_series *c;
    int rc = ei_series_copy(&c, s, err);
    if (rc)
        return rc;
    if (c->nobs) {
        ei_points pts;
        if (ei_points_build(&pts, c->obs, c->nobs, which, NULL)) {
            ei_series_free(c);
            return ei_error_set(err, EI_ENOMEM, "out of memory");
        }
        ei_points_free(&c->pts);
        c->pts = pts;
        c->vintage = which;
    }
    *out = c;
    return EI_OK;
}

int ei_series_obs_for(const ei_series *s, size_t i, ei_observation *out)
{
    if (!s || !out || i >= s->pts.n)
        return EI_ERANGE;
    long ord = s->pts.start + (long)i;
    /* the observations of the period: a run of the sorted records */
    size_t lo = 0, hi = s->nobs;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (ei_series_rec(s, mid).ord < ord)
            lo = mid + 1;
        else
            hi = mid;
    }
    hi = lo;
    while (hi < s->nobs && ei_series_rec(s, hi).ord == ord)
        hi++;
    /* a compact series' run, whole (a period has one or a few) */
    ei_obs_rec few[8], *run = NULL;
    const ei_obs_rec *recs = s->obs ? s->obs + lo : NULL;
    if (s->cobs) {
        run = hi - lo <= 8 ? few : malloc((hi - lo) * sizeof *run);
        if (!run)
            return EI_ENOMEM;
        ei_obs_expand(s->cobs + lo, hi - lo, &s->tmpl, s->freq, run);
        recs = run;
    }
    const ei_obs_rec *r = ei_obs_choose(recs, recs + (hi - lo), s->vintage);
    ei_obs_rec chosen = r ? *r : (ei_obs_rec){0};
    size_t at = r ? lo + (size_t)(r - recs) : 0;
    if (run != few)
        free(run);
    if (!r)
        return EI_ENOTFOUND;
    r = &chosen;
    /* a point set by hand after the build is not that observation's */
    double v = s->pts.values[i], g = s->pts.growths[i];
    bool same = isnan(r->value) ? isnan(v) && r->growth == g
                                : r->value == v;
    if (!same || r->status != s->pts.status[i])
        return EI_ENOTFOUND;
    return ei_series_obs_at(s, at, out);
}
