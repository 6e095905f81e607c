/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Linear and log-linear trends by least squares (gsl_fit_linear), with
 * prediction intervals from the t distribution:
 *   y_hat(t) = a + b t,  s^2 = SSE / (n - 2),
 *   var_pred(t) = s^2 + Var(a) + 2 t Cov(a, b) + t^2 Var(b)
 *               = s^2 (1 + 1/n + (t - t_bar)^2 / Sxx),
 *   interval y_hat ± t_{(1+level)/2, n-2} sqrt(var_pred)
 * (Montgomery, Peck & Vining, Introduction to Linear Regression Analysis,
 * 5th ed., eq. 2.45). The log-linear trend fits ln y and exponentiates. */
#include "project_private.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include <gsl/gsl_errno.h>
#include <gsl/gsl_fit.h>

#include "error_set.h"

int ei_project_trend(ei_projection **out, const ei_series *s,
                     const ei_segment *seg, const ei_project_options *o,
                     ei_error *err)
{
    bool logs = o->method == EI_PROJECT_LOGLINEAR;
    const char *what = ei_project_method_title(o->method);
    if (seg->npresent < EI_PROJECT_TREND_MIN)
        return ei_project_refuse(err, seg, what, EI_PROJECT_TREND_MIN,
                                 "observations", seg->npresent);

    const double *v = ei_series_values(s);
    size_t cap = seg->npresent;
    double *x = malloc(cap * sizeof *x), *y = malloc(cap * sizeof *y);
    if (!x || !y) {
        free(x);
        free(y);
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    }
    /* Missing points inside the segment are skipped: t keeps counting. */
    size_t n = 0, i0 = 0;
    int rc = EI_OK;
    for (size_t i = seg->first; i < seg->end && !rc; i++) {
        if (isnan(v[i]))
            continue;
        if (n == 0)
            i0 = i;
        if (logs && !(v[i] > 0)) {
            char b[16];
            ei_period_format(ei_series_period_at(s, i), b, sizeof b);
            rc = ei_error_set(err, EI_ENODATA,
                              "a log-linear trend needs positive levels; "
                              "%s has %g", b, v[i]);
            break;
        }
        x[n] = (double)(i - i0);
        y[n] = logs ? log(v[i]) : v[i];
        n++;
    }
    double c0 = 0, c1 = 0, cov00 = 0, cov01 = 0, cov11 = 0, sse = 0;
    if (!rc && gsl_fit_linear(x, 1, y, 1, n, &c0, &c1, &cov00, &cov01, &cov11,
                              &sse) != GSL_SUCCESS)
        rc = ei_error_set(err, EI_ERANGE, "%s: the least-squares fit failed",
                          what);
    free(x);
    free(y);
    if (rc)
        return rc;

    ei_period origin = ei_series_period_at(s, seg->origin);
    size_t h = 0;
    rc = ei_project_horizon(&h, origin, o, err);
    if (rc)
        return rc;
    ei_projection *p = NULL;
    rc = ei_projection_alloc(&p, s, o->method, origin, h, true, true, err);
    if (rc)
        return rc;
    ei_projection_fit *f = &p->fit;
    f->first = ei_series_period_at(s, i0);
    f->n = n;
    f->base = v[seg->origin];
    f->intercept = c0;
    f->slope = c1;
    f->sse = sse;
    f->dof = (int)(n - 2);
    double s2 = sse / (double)(n - 2);
    f->sigma = sqrt(s2);
    p->level = o->level;
    p->dist = EI_PDIST_T;
    p->log_scale = logs;
    for (size_t j = 0; j < h; j++) {
        double t = (double)(seg->origin - i0 + j + 1);
        p->mean[j] = c0 + c1 * t;
        double var = s2 + cov00 + 2.0 * t * cov01 + t * t * cov11;
        p->se[j] = sqrt(var > 0 ? var : 0);
    }
    ei_projection_fill_band(p);
    *out = p;
    return EI_OK;
}
