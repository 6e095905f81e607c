/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Constant-growth projections: a given rate, the last observed rate, the
 * geometric average of the last k rates, and the path to a level target. */
#include "project_private.h"

#include <math.h>
#include <stdlib.h>

#include "error_set.h"

/* The constant rate of method o->method, or a status. n: rates used. */
static int pick_rate(double *rate, size_t *n, const ei_series *s,
                     const ei_segment *seg, const ei_project_options *o,
                     double base, size_t h, ei_error *err)
{
    ei_project_method m = o->method;
    const char *what = ei_project_method_title(m);
    if (m == EI_PROJECT_CONSTANT_RATE) {
        *rate = o->rate / 100.0;
        *n = 0;
        return EI_OK;
    }
    if (m == EI_PROJECT_TARGET_PATH) {
        if (!(base > 0))
            return ei_error_set(err, EI_ENODATA,
                                "a target path needs a positive last level, "
                                "not %g", base);
        /* (L / X_T)^(1/n) - 1 (DOMAIN.md: required growth). */
        *rate = pow(o->target / base, 1.0 / (double)h) - 1.0;
        *n = 0;
        return EI_OK;
    }

    double *g = malloc((seg->end ? seg->end : 1) * sizeof *g);
    if (!g)
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    size_t have = ei_growth_history(g, s, seg, o->growth_source);
    size_t need = m == EI_PROJECT_CONSTANT_LAST ? 1 : (size_t)o->k;
    int rc = EI_OK;
    if (have < need) {
        rc = ei_project_refuse(err, seg, what, need,
                               need == 1 ? "growth rate" : "growth rates",
                               have);
    } else if (m == EI_PROJECT_CONSTANT_LAST) {
        *rate = g[have - 1];
        *n = 1;
    } else {
        /* 年均增长 from annual rates: (prod(1 + g_i))^(1/k) - 1. */
        double prod = 1.0;
        for (size_t i = have - need; i < have; i++)
            prod *= 1.0 + g[i];
        if (prod > 0) {
            *rate = pow(prod, 1.0 / (double)need) - 1.0;
            *n = need;
        } else {
            rc = ei_error_set(err, EI_ENODATA,
                              "the last %zu growth rates compound to a "
                              "level <= 0: no average rate", need);
        }
    }
    free(g);
    return rc;
}

int ei_project_constant(ei_projection **out, const ei_series *s,
                        const ei_segment *seg, const ei_project_options *o,
                        ei_error *err)
{
    if (seg->npresent < 1)
        return ei_project_refuse(err, seg, ei_project_method_title(o->method),
                                 1, "observation", 0);
    ei_period origin = ei_series_period_at(s, seg->origin);
    double base = ei_series_value_at(s, seg->origin);
    size_t h = 0;
    int rc = ei_project_horizon(&h, origin, o, err);
    if (rc)
        return rc;
    double rate = NAN;
    size_t n = 0;
    rc = pick_rate(&rate, &n, s, seg, o, base, h, err);
    if (rc)
        return rc;

    ei_projection *p = NULL;
    rc = ei_projection_alloc(&p, s, o->method, origin, h, false, false, err);
    if (rc)
        return rc;
    p->dist = EI_PDIST_NONE;
    /* The data used: the last n growth rates reach n periods back (at most
     * to the segment start, where a reported rate may begin). */
    size_t back = n <= seg->origin - seg->first ? n : seg->origin - seg->first;
    p->fit.first = ei_series_period_at(s, seg->origin - back);
    p->fit.n = n;
    p->fit.base = base;
    p->fit.rate = rate;
    for (size_t j = 0; j < h; j++)
        ei_series_set(p->point, j, base * pow(1.0 + rate, (double)(j + 1)),
                      EI_REASON_NONE);
    /* A target path ends on its target, not a rounding error off it (which
     * would make the target "missed" by 1e-13). */
    if (o->method == EI_PROJECT_TARGET_PATH)
        ei_series_set(p->point, h - 1, o->target, EI_REASON_NONE);
    *out = p;
    return EI_OK;
}
