/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Scenario bands by simulation: many paths X_{t+1} = X_t (1 + g), each
 * period's g drawn from the series' own growth history, either resampled
 * with replacement (bootstrap) or from N(mean, sd) of that history. Per
 * period the paths are sorted (ei_sort_doubles); the band is their (1-level)/2 and
 * (1+level)/2 quantiles, the point path their median. The generator
 * (MT19937) is created here from options.seed: no global state, and the
 * same seed gives the same paths. */
#include "project_private.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_statistics_double.h>

#include "error_set.h"

static void simulate(double *draws, size_t paths, size_t h, double base,
                     const double *g, size_t n, bool boot, double mean,
                     double sd, gsl_rng *r)
{
    for (size_t p = 0; p < paths; p++) {
        double x = base;
        for (size_t j = 0; j < h; j++) {
            double d = boot ? g[gsl_rng_uniform_int(r, n)]
                            : mean + gsl_ran_gaussian(r, sd);
            x *= 1.0 + d;
            draws[j * paths + p] = x;
        }
    }
}

int ei_project_sim(ei_projection **out, const ei_series *s,
                   const ei_segment *seg, const ei_project_options *o,
                   ei_error *err)
{
    bool boot = o->method == EI_PROJECT_SIM_BOOTSTRAP;
    const char *what = ei_project_method_title(o->method);
    double *g = malloc((seg->end ? seg->end : 1) * sizeof *g);
    if (!g)
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    size_t n = ei_growth_history(g, s, seg, o->growth_source);
    if (n < EI_PROJECT_SIM_MIN) {
        free(g);
        return ei_project_refuse(err, seg, what, EI_PROJECT_SIM_MIN,
                                 "growth rates", n);
    }
    ei_period origin = ei_series_period_at(s, seg->origin);
    double base = ei_series_value_at(s, seg->origin);
    size_t h = 0;
    int rc = ei_project_horizon(&h, origin, o, err);
    if (!rc && o->paths > SIZE_MAX / sizeof(double) / h)
        rc = ei_error_set(err, EI_ERANGE, "too many paths: %zu", o->paths);
    ei_projection *p = NULL;
    if (!rc)
        rc = ei_projection_alloc(&p, s, o->method, origin, h, true, false,
                                 err);
    gsl_rng *r = NULL;
    if (!rc) {
        p->draws = malloc(h * o->paths * sizeof *p->draws);
        r = gsl_rng_alloc(gsl_rng_mt19937);
        if (!p->draws || !r)
            rc = ei_error_set(err, EI_ENOMEM, "out of memory");
    }
    if (rc) {
        gsl_rng_free(r);
        ei_projection_free(p);
        free(g);
        return rc;
    }
    gsl_rng_set(r, o->seed);

    ei_projection_fit *f = &p->fit;
    f->first = ei_series_period_at(s, seg->origin - (n <= seg->origin - seg->first
                                                         ? n
                                                         : seg->origin
                                                               - seg->first));
    f->n = n;
    f->base = base;
    f->rate = gsl_stats_mean(g, 1, n);
    f->rate_sd = gsl_stats_sd_m(g, 1, n, f->rate);
    p->level = o->level;
    p->dist = EI_PDIST_DRAWS;
    p->paths = o->paths;

    simulate(p->draws, o->paths, h, base, g, n, boot, f->rate, f->rate_sd, r);
    gsl_rng_free(r);
    free(g);

    uint64_t *keys = malloc(2 * o->paths * sizeof *keys);
    if (!keys) {
        ei_projection_free(p);
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    }
    double lo_q = (1.0 - o->level) / 2.0, hi_q = 1.0 - lo_q;
    for (size_t j = 0; j < h; j++) {
        double *d = p->draws + j * o->paths;
        ei_sort_doubles(d, o->paths, keys);
        ei_series_set(p->point, j,
                      gsl_stats_quantile_from_sorted_data(d, 1, o->paths, 0.5),
                      EI_REASON_NONE);
        ei_series_set(p->lower, j,
                      gsl_stats_quantile_from_sorted_data(d, 1, o->paths,
                                                          lo_q),
                      EI_REASON_NONE);
        ei_series_set(p->upper, j,
                      gsl_stats_quantile_from_sorted_data(d, 1, o->paths,
                                                          hi_q),
                      EI_REASON_NONE);
    }
    free(keys);
    *out = p;
    return EI_OK;
}
