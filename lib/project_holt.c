/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Holt's linear trend and the additive damped trend (Hyndman &
 * Athanasopoulos, Forecasting: Principles and Practice, 2nd ed., 7.2-7.3):
 *   forecast  y_hat(t) = l(t-1) + phi b(t-1)
 *   level     l(t) = alpha y(t) + (1 - alpha)(l(t-1) + phi b(t-1))
 *   trend     b(t) = beta (l(t) - l(t-1)) + (1 - beta) phi b(t-1)
 *   h ahead   y_hat(T+h) = l(T) + (phi + ... + phi^h) b(T)
 * started from l(0) = y(0), b(0) = y(1) - y(0). alpha, beta (and phi) are
 * fitted by minimising the one-step squared errors of t = 2 .. n-1 (the
 * error at t = 1 is zero by construction when phi = 1) with the
 * Nelder-Mead simplex (gsl_multimin_fminimizer_nmsimplex2) on logit-
 * transformed parameters: alpha, beta in (0, 1), phi in (0.8, 0.98).
 * Forecast variance (Hyndman, Koehler, Ord & Snyder 2008, ch. 6, class 1):
 *   var_h = sigma^2 (1 + sum_{j=1}^{h-1} c_j^2),
 *   c_j = alpha (1 + beta (phi + ... + phi^j)),
 * with sigma^2 = SSE / (n - 2); intervals are normal. */
#include "project_private.h"

#include <math.h>
#include <stdlib.h>

#include <gsl/gsl_errno.h>
#include <gsl/gsl_multimin.h>

#include "error_set.h"

#define PHI_LO 0.8
#define PHI_HI 0.98

double ei_holt_sse(const double *y, size_t n, double alpha, double beta,
                   double phi, double *l_out, double *b_out)
{
    double l = y[0], b = y[1] - y[0], sse = 0.0;
    for (size_t t = 1; t < n; t++) {
        double f = l + phi * b;
        double e = y[t] - f;
        if (t >= 2)
            sse += e * e;
        double l_new = alpha * y[t] + (1.0 - alpha) * f;
        b = beta * (l_new - l) + (1.0 - beta) * phi * b;
        l = l_new;
    }
    if (l_out)
        *l_out = l;
    if (b_out)
        *b_out = b;
    return sse;
}

double ei_holt_var_factor(double alpha, double beta, double phi, size_t h)
{
    double v = 1.0, phisum = 0.0, phipow = 1.0;
    for (size_t j = 1; j < h; j++) {
        phipow *= phi;
        phisum += phipow;
        double c = alpha * (1.0 + beta * phisum);
        v += c * c;
    }
    return v;
}

/* The problem handed to the minimiser: which parameters are free. */
typedef struct holt_problem {
    const double *y;
    size_t n;
    double fixed[3];  /* alpha, beta, phi; NaN where free */
    int free_idx[3];  /* parameter index of each free coordinate */
    size_t nfree;
} holt_problem;

static double logistic(double u)
{
    /* Clamped so that the objective is flat, not NaN, far out. */
    if (u > 30)
        u = 30;
    if (u < -30)
        u = -30;
    return 1.0 / (1.0 + exp(-u));
}

static double logit(double p)
{
    return log(p / (1.0 - p));
}

/* Parameter k from its unconstrained coordinate. */
static double from_free(int k, double u)
{
    return k == 2 ? PHI_LO + (PHI_HI - PHI_LO) * logistic(u) : logistic(u);
}

static double to_free(int k, double p)
{
    return k == 2 ? logit((p - PHI_LO) / (PHI_HI - PHI_LO)) : logit(p);
}

static void params_of(const holt_problem *pr, const gsl_vector *u,
                      double par[3])
{
    for (int k = 0; k < 3; k++)
        par[k] = pr->fixed[k];
    for (size_t i = 0; i < pr->nfree; i++)
        par[pr->free_idx[i]] = from_free(pr->free_idx[i],
                                         gsl_vector_get(u, i));
}

static double objective(const gsl_vector *u, void *data)
{
    const holt_problem *pr = data;
    double par[3];
    params_of(pr, u, par);
    return ei_holt_sse(pr->y, pr->n, par[0], par[1], par[2], NULL, NULL);
}

/* Grid start, then Nelder-Mead; the best parameters into par. */
static int fit_params(holt_problem *pr, double par[3], ei_error *err)
{
    static const double grid_ab[] = { 0.1, 0.3, 0.5, 0.7, 0.9 };
    static const double grid_phi[] = { 0.85, 0.9, 0.95 };
    double best = INFINITY, start[3] = { 0.5, 0.1, 0.9 };
    for (size_t a = 0; a < 5; a++)
        for (size_t b = 0; b < 5; b++)
            for (size_t f = 0; f < 3; f++) {
                double t[3] = { grid_ab[a], grid_ab[b], grid_phi[f] };
                for (int k = 0; k < 3; k++)
                    if (!isnan(pr->fixed[k]))
                        t[k] = pr->fixed[k];
                double sse = ei_holt_sse(pr->y, pr->n, t[0], t[1], t[2],
                                         NULL, NULL);
                if (sse < best) {
                    best = sse;
                    for (int k = 0; k < 3; k++)
                        start[k] = t[k];
                }
            }
    for (int k = 0; k < 3; k++)
        par[k] = start[k];
    if (pr->nfree == 0)
        return EI_OK;

    const gsl_multimin_fminimizer_type *T =
        gsl_multimin_fminimizer_nmsimplex2;
    gsl_multimin_fminimizer *mm = gsl_multimin_fminimizer_alloc(T, pr->nfree);
    gsl_vector *x = gsl_vector_alloc(pr->nfree);
    gsl_vector *step = gsl_vector_alloc(pr->nfree);
    int rc = EI_OK;
    if (!mm || !x || !step) {
        rc = ei_error_set(err, EI_ENOMEM, "out of memory");
        goto done;
    }
    for (size_t i = 0; i < pr->nfree; i++) {
        int k = pr->free_idx[i];
        gsl_vector_set(x, i, to_free(k, start[k]));
    }
    gsl_vector_set_all(step, 0.5);
    gsl_multimin_function fn = { objective, pr->nfree, pr };
    if (gsl_multimin_fminimizer_set(mm, &fn, x, step) != GSL_SUCCESS) {
        rc = ei_error_set(err, EI_ERANGE, "Holt: the minimiser did not start");
        goto done;
    }
    for (int iter = 0; iter < 5000; iter++) {
        /* A failure to contract means the simplex is as small as the
         * arithmetic allows: keep the best vertex. */
        if (gsl_multimin_fminimizer_iterate(mm) != GSL_SUCCESS)
            break;
        double size = gsl_multimin_fminimizer_size(mm);
        if (gsl_multimin_test_size(size, 1e-10) == GSL_SUCCESS)
            break;
    }
    if (gsl_multimin_fminimizer_minimum(mm) <= best)
        params_of(pr, gsl_multimin_fminimizer_x(mm), par);
done:
    gsl_vector_free(step);
    gsl_vector_free(x);
    gsl_multimin_fminimizer_free(mm);
    return rc;
}

int ei_project_holt(ei_projection **out, const ei_series *s,
                    const ei_segment *seg, const ei_project_options *o,
                    ei_error *err)
{
    bool damped = o->method == EI_PROJECT_DAMPED;
    size_t need = damped ? EI_PROJECT_DAMPED_MIN : EI_PROJECT_HOLT_MIN;
    size_t n = ei_segment_run_len(seg);
    if (n < need)
        return ei_project_refuse(err, seg, ei_project_method_title(o->method),
                                 need,
                                 n == seg->npresent
                                     ? "observations"
                                     : "contiguous observations (a run "
                                       "without missing values)",
                                 n);
    const double *y = ei_series_values(s) + seg->run_first;
    ei_period origin = ei_series_period_at(s, seg->origin);
    size_t h = 0;
    int rc = ei_project_horizon(&h, origin, o, err);
    if (rc)
        return rc;

    holt_problem pr = { y, n, { o->alpha, o->beta, damped ? o->phi : 1.0 },
                        { 0, 0, 0 }, 0 };
    for (int k = 0; k < 3; k++)
        if (isnan(pr.fixed[k]))
            pr.free_idx[pr.nfree++] = k;
    double par[3];
    rc = fit_params(&pr, par, err);
    if (rc)
        return rc;

    ei_projection *p = NULL;
    rc = ei_projection_alloc(&p, s, o->method, origin, h, true, true, err);
    if (rc)
        return rc;
    double l = 0, b = 0;
    double sse = ei_holt_sse(y, n, par[0], par[1], par[2], &l, &b);
    ei_projection_fit *f = &p->fit;
    f->first = ei_series_period_at(s, seg->run_first);
    f->n = n;
    f->base = y[n - 1];
    f->alpha = par[0];
    f->beta = par[1];
    f->phi = par[2];
    f->intercept = l;
    f->slope = b;
    f->sse = sse;
    f->sigma = sqrt(sse / (double)(n - 2));
    f->dof = 0;
    p->level = o->level;
    p->dist = EI_PDIST_NORMAL;
    double phisum = 0.0, phipow = 1.0;
    for (size_t j = 0; j < h; j++) {
        phipow *= par[2];
        phisum += phipow;
        p->mean[j] = l + phisum * b;
        p->se[j] = f->sigma
                   * sqrt(ei_holt_var_factor(par[0], par[1], par[2], j + 1));
    }
    ei_projection_fill_band(p);
    *out = p;
    return EI_OK;
}
