/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The projection object, option checks and the dispatch to the methods. */
#include "project_private.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_cdf.h>

#include "error_set.h"

static const char *const method_names[EI_PROJECT_METHOD_COUNT_] = {
    "constant-rate", "constant-last", "constant-avg", "target-path",
    "linear", "loglinear", "holt", "damped", "sim-bootstrap", "sim-normal",
};

static const char *const method_titles[EI_PROJECT_METHOD_COUNT_] = {
    "Constant growth", "Constant growth at the last rate",
    "Constant growth at the average rate", "A target path",
    "A linear trend", "A log-linear trend", "Holt", "The damped trend",
    "The bootstrap simulation", "The normal simulation",
};

const char *ei_project_method_name(ei_project_method m)
{
    if ((int)m < 0 || m >= EI_PROJECT_METHOD_COUNT_)
        return "unknown";
    return method_names[m];
}

const char *ei_project_method_title(ei_project_method m)
{
    if ((int)m < 0 || m >= EI_PROJECT_METHOD_COUNT_)
        return "unknown";
    return method_titles[m];
}

int ei_project_method_parse(ei_project_method *out, const char *name,
                            ei_error *err)
{
    for (int i = 0; name && i < EI_PROJECT_METHOD_COUNT_; i++) {
        if (strcmp(name, method_names[i]) == 0) {
            *out = (ei_project_method)i;
            return EI_OK;
        }
    }
    return ei_error_set(err, EI_EPARSE, "unknown projection method '%s'",
                        name ? name : "(null)");
}

size_t ei_project_min_points(ei_project_method m, int k)
{
    switch (m) {
    case EI_PROJECT_CONSTANT_RATE:
    case EI_PROJECT_TARGET_PATH:
        return 1;
    case EI_PROJECT_CONSTANT_LAST:
        return 2;
    case EI_PROJECT_CONSTANT_AVG:
        return k > 0 ? (size_t)k + 1 : 2;
    case EI_PROJECT_LINEAR:
    case EI_PROJECT_LOGLINEAR:
        return EI_PROJECT_TREND_MIN;
    case EI_PROJECT_HOLT:
        return EI_PROJECT_HOLT_MIN;
    case EI_PROJECT_DAMPED:
        return EI_PROJECT_DAMPED_MIN;
    case EI_PROJECT_SIM_BOOTSTRAP:
    case EI_PROJECT_SIM_NORMAL:
        return EI_PROJECT_SIM_MIN + 1;
    default:
        return 0;
    }
}

static int check_options(const ei_project_options *o, ei_error *err)
{
    if (o->version < 1 || o->version > EI_PROJECT_OPTIONS_VERSION)
        return ei_error_set(err, EI_EINVAL,
                            "unknown projection options version %u",
                            o->version);
    if ((int)o->method < 0 || o->method >= EI_PROJECT_METHOD_COUNT_)
        return ei_error_set(err, EI_EINVAL, "unknown projection method %d",
                            (int)o->method);
    if (o->to.year == 0 && o->horizon < 1)
        return ei_error_set(err, EI_EINVAL,
                            "the horizon must be at least 1 period, not %d",
                            o->horizon);
    if (!(o->level > 0 && o->level < 1))
        return ei_error_set(err, EI_EINVAL,
                            "the confidence level must lie in (0, 1), not %g",
                            o->level);
    switch (o->method) {
    case EI_PROJECT_CONSTANT_RATE:
        if (!isfinite(o->rate) || o->rate <= -100)
            return ei_error_set(err, EI_EINVAL,
                                "constant growth needs a rate above -100%% "
                                "(options.rate, in percent)");
        break;
    case EI_PROJECT_CONSTANT_AVG:
        if (o->k < 1)
            return ei_error_set(err, EI_EINVAL,
                                "k must be at least 1, not %d", o->k);
        break;
    case EI_PROJECT_TARGET_PATH:
        if (!isfinite(o->target) || o->target <= 0)
            return ei_error_set(err, EI_EINVAL,
                                "a target path needs a positive level target "
                                "(options.target)");
        break;
    case EI_PROJECT_SIM_BOOTSTRAP:
    case EI_PROJECT_SIM_NORMAL:
        if (o->paths < 2)
            return ei_error_set(err, EI_EINVAL,
                                "a simulation needs at least 2 paths");
        break;
    case EI_PROJECT_HOLT:
    case EI_PROJECT_DAMPED:
        if (!isnan(o->alpha) && !(o->alpha > 0 && o->alpha <= 1))
            return ei_error_set(err, EI_EINVAL,
                                "Holt's alpha must lie in (0, 1], not %g",
                                o->alpha);
        if (!isnan(o->beta) && !(o->beta >= 0 && o->beta <= 1))
            return ei_error_set(err, EI_EINVAL,
                                "Holt's beta must lie in [0, 1], not %g",
                                o->beta);
        if (!isnan(o->phi) && !(o->phi > 0 && o->phi <= 1))
            return ei_error_set(err, EI_EINVAL,
                                "the damping phi must lie in (0, 1], not %g",
                                o->phi);
        break;
    default:
        break;
    }
    return EI_OK;
}

int ei_project(ei_projection **out, const ei_series *s,
               const ei_project_options *opts, ei_error *err)
{
    if (!out)
        return ei_error_set(err, EI_EINVAL, "ei_project: out is NULL");
    *out = NULL;
    if (!s)
        return ei_error_set(err, EI_EINVAL, "ei_project: no series");
    ei_project_options defaults = EI_PROJECT_OPTIONS_INIT;
    const ei_project_options *o = opts ? opts : &defaults;
    int rc = check_options(o, err);
    if (rc)
        return rc;
    if (o->to.year != 0 && o->to.freq != ei_series_freq(s))
        return ei_error_set(err, EI_EINVAL,
                            "the end period is of another frequency than "
                            "the series");

    ei_segment seg;
    ei_segment_find(&seg, s);
    switch (o->method) {
    case EI_PROJECT_CONSTANT_RATE:
    case EI_PROJECT_CONSTANT_LAST:
    case EI_PROJECT_CONSTANT_AVG:
    case EI_PROJECT_TARGET_PATH:
        return ei_project_constant(out, s, &seg, o, err);
    case EI_PROJECT_LINEAR:
    case EI_PROJECT_LOGLINEAR:
        return ei_project_trend(out, s, &seg, o, err);
    case EI_PROJECT_HOLT:
    case EI_PROJECT_DAMPED:
        return ei_project_holt(out, s, &seg, o, err);
    default:
        return ei_project_sim(out, s, &seg, o, err);
    }
}

int ei_project_horizon(size_t *h, ei_period origin,
                       const ei_project_options *opts, ei_error *err)
{
    long d = opts->horizon;
    if (opts->to.year != 0
        && (ei_period_distance(&d, origin, opts->to, NULL) != EI_OK
            || d < 1)) {
        char a[16], b[16];
        ei_period_format(origin, a, sizeof a);
        ei_period_format(opts->to, b, sizeof b);
        return ei_error_set(err, EI_EINVAL,
                            "the end period %s is not after the last "
                            "observation %s", b, a);
    }
    if (d > EI_PROJECT_MAX_HORIZON)
        return ei_error_set(err, EI_ERANGE,
                            "%ld periods ahead is beyond what a projection "
                            "can say (at most %d)", d,
                            EI_PROJECT_MAX_HORIZON);
    *h = (size_t)d;
    return EI_OK;
}

static int new_path(ei_series **out, const ei_series *s, ei_period start,
                    size_t h, ei_error *err)
{
    ei_series_meta meta = ei_series_get_meta(s);
    return ei_series_new(out, &meta, start, h, err);
}

int ei_projection_alloc(ei_projection **out, const ei_series *s,
                        ei_project_method m, ei_period origin, size_t h,
                        bool band, bool moments, ei_error *err)
{
    *out = NULL;
    ei_projection *p = calloc(1, sizeof *p);
    if (!p)
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    p->method = m;
    p->h = h;
    p->level = NAN;
    ei_projection_fit *f = &p->fit;
    f->first = f->origin = origin;
    f->base = f->rate = f->rate_sd = f->intercept = f->slope = NAN;
    f->alpha = f->beta = f->phi = f->sse = f->sigma = NAN;
    ei_period start = ei_period_next(origin);
    int rc = new_path(&p->point, s, start, h, err);
    if (!rc && band)
        rc = new_path(&p->lower, s, start, h, err);
    if (!rc && band)
        rc = new_path(&p->upper, s, start, h, err);
    if (!rc && moments) {
        p->mean = calloc(h, sizeof *p->mean);
        p->se = calloc(h, sizeof *p->se);
        if (!p->mean || !p->se)
            rc = ei_error_set(err, EI_ENOMEM, "out of memory");
    }
    if (rc) {
        ei_projection_free(p);
        return rc;
    }
    *out = p;
    return EI_OK;
}

void ei_projection_fill_band(ei_projection *p)
{
    double q = 1.0 - (1.0 - p->level) / 2.0;
    double z = p->dist == EI_PDIST_T ? gsl_cdf_tdist_Pinv(q, p->fit.dof)
                                     : gsl_cdf_ugaussian_Pinv(q);
    for (size_t j = 0; j < p->h; j++) {
        double c = p->mean[j], lo = c - z * p->se[j], hi = c + z * p->se[j];
        if (p->log_scale) {
            c = exp(c);
            lo = exp(lo);
            hi = exp(hi);
        }
        ei_series_set(p->point, j, c, EI_REASON_NONE);
        ei_series_set(p->lower, j, lo, EI_REASON_NONE);
        ei_series_set(p->upper, j, hi, EI_REASON_NONE);
    }
}

void ei_projection_free(ei_projection *p)
{
    if (!p)
        return;
    ei_series_free(p->point);
    ei_series_free(p->lower);
    ei_series_free(p->upper);
    free(p->mean);
    free(p->se);
    free(p->draws);
    free(p);
}

/* The accessors give 0, NULL or NaN for a NULL projection (project.h). */
ei_project_method ei_projection_method(const ei_projection *p)
{
    return p ? p->method : EI_PROJECT_CONSTANT_RATE;
}

const char *ei_projection_method_name(const ei_projection *p)
{
    return p ? ei_project_method_name(p->method) : NULL;
}

const ei_series *ei_projection_point(const ei_projection *p)
{
    return p ? p->point : NULL;
}

const ei_series *ei_projection_lower(const ei_projection *p)
{
    return p ? p->lower : NULL;
}

const ei_series *ei_projection_upper(const ei_projection *p)
{
    return p ? p->upper : NULL;
}

double ei_projection_level(const ei_projection *p)
{
    return p ? p->level : (double)NAN;
}

const ei_projection_fit *ei_projection_get_fit(const ei_projection *p)
{
    return p ? &p->fit : NULL;
}

/* Share of the sorted draws x[0..n-1] at or above t. */
static double share_at_least(const double *x, size_t n, double t)
{
    size_t lo = 0, hi = n; /* first index with x >= t */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (x[mid] < t)
            lo = mid + 1;
        else
            hi = mid;
    }
    return (double)(n - lo) / (double)n;
}

int ei_projection_prob_reach(const ei_projection *p, ei_period when,
                             double target, double *prob, ei_error *err)
{
    size_t j = 0;
    if (!p || !prob)
        return ei_error_set(err, EI_EINVAL, "no projection or output");
    if (!isfinite(target))
        return ei_error_set(err, EI_EINVAL, "the target is not a number");
    if (ei_series_index_of(p->point, when, &j) != EI_OK) {
        char b[16];
        ei_period_format(when, b, sizeof b);
        return ei_error_set(err, EI_ENOTFOUND,
                            "%s is not a projected period", b);
    }
    switch (p->dist) {
    case EI_PDIST_DRAWS:
        *prob = share_at_least(p->draws + j * p->paths, p->paths, target);
        return EI_OK;
    case EI_PDIST_T:
    case EI_PDIST_NORMAL: {
        double t = target;
        if (p->log_scale) {
            if (t <= 0) {
                *prob = 1.0;
                return EI_OK;
            }
            t = log(t);
        }
        if (!(p->se[j] > 0)) {
            *prob = p->mean[j] >= t ? 1.0 : 0.0;
            return EI_OK;
        }
        double z = (t - p->mean[j]) / p->se[j];
        *prob = p->dist == EI_PDIST_T ? gsl_cdf_tdist_Q(z, p->fit.dof)
                                      : gsl_cdf_ugaussian_Q(z);
        return EI_OK;
    }
    default:
        *prob = ei_series_value_at(p->point, j) >= target ? 1.0 : 0.0;
        return EI_OK;
    }
}
