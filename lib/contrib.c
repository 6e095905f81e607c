/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Contributions of components to a total's growth: 贡献率 (share of the
 * change) and 拉动 (pull, in percentage points). */
#include "econind/contrib.h"

#include <math.h>
#include <stdlib.h>

#include "growth_common.h"
#include "error_set.h"

/* Levels of s at base and t, scaled by f, or the reason they are not
 * both there (BREAK first, as everywhere). */
static ei_reason pair(double *x0, double *x1, const ei_series *s,
                      ei_period base, ei_period t, double f, bool bounds)
{
    ei_reason w0, w1;

    *x0 = *x1 = EI_NAN;
    if (ei_series_crosses_break(s, base, t))
        return EI_REASON_BREAK;
    *x0 = ei_operand(s, base, bounds, &w0) * f;
    *x1 = ei_operand(s, t, bounds, &w1) * f;
    if (w0 == EI_REASON_OUT_OF_RANGE || w1 == EI_REASON_OUT_OF_RANGE)
        return EI_REASON_OUT_OF_RANGE;
    return w1 != EI_REASON_NONE ? w1 : w0;
}

static bool close_to(double a, double b, double tol)
{
    return fabs(a - b) <= tol * fabs(b);
}

static int check(ei_growth_options *o, const ei_contrib_total *tot,
                 const ei_contrib_part *parts, const ei_series *total,
                 const ei_series *const *comps, size_t nparts, ei_period t,
                 const ei_growth_options *opt, ei_error *err)
{
    int rc;

    if (tot == NULL || total == NULL || (nparts > 0 && (parts == NULL ||
                                                         comps == NULL)))
        return ei_error_set(err, EI_EINVAL, "NULL argument");
    for (size_t k = 0; k < nparts; k++) {
        if (comps[k] == NULL)
            return ei_error_set(err, EI_EINVAL, "component %zu is NULL", k);
        if (ei_series_freq(comps[k]) != ei_series_freq(total))
            return ei_error_set(err, EI_EINVAL,
                                "component %s is %s, the total %s",
                                ei_series_indicator(comps[k]),
                                ei_freq_name(ei_series_freq(comps[k])),
                                ei_freq_name(ei_series_freq(total)));
    }
    if (t.freq != ei_series_freq(total))
        return ei_error_set(err, EI_EINVAL,
                            "period of another frequency than %s",
                            ei_series_indicator(total));
    rc = ei_growth_options_get(o, opt, err);
    /* Units first, so that a failure leaves no half-filled output. */
    for (size_t k = 0; rc == EI_OK && k < nparts; k++) {
        double f;

        rc = ei_series_unit_factor(&f, comps[k], total, o->convert_units,
                                   ei_series_indicator(comps[k]), err);
    }
    return rc;
}

int ei_contrib_at(ei_contrib_total *tot, ei_contrib_part *parts,
                  const ei_series *total, const ei_series *const *comps,
                  size_t nparts, ei_period t, const ei_growth_options *opt,
                  ei_error *err)
{
    double X0, X1, dX, g, sum0 = 0, sum1 = 0, dsum = 0, ssum = 0, psum = 0;
    bool all_parts = true, all_shares = true;
    ei_growth_options o;
    ei_reason wt;
    int rc;

    rc = check(&o, tot, parts, total, comps, nparts, t, opt, err);
    if (rc != EI_OK)
        return rc;
    tot->period = t;
    tot->base = ei_period_year_ago(t);
    wt = pair(&X0, &X1, total, tot->base, t, 1, o.allow_bounds);
    dX = wt == EI_REASON_NONE ? X1 - X0 : EI_NAN;
    tot->change = dX;
    tot->growth = ei_result_of(dX / X0 * 100,
                               wt != EI_REASON_NONE ? wt
                                                    : ei_base_reason(X0));
    g = tot->growth.value;

    for (size_t k = 0; k < nparts; k++) {
        double f, x0, x1, dx;
        ei_reason w;

        rc = ei_series_unit_factor(&f, comps[k], total, o.convert_units,
                                   ei_series_indicator(comps[k]), err);
        if (rc != EI_OK)
            return rc;
        w = pair(&x0, &x1, comps[k], tot->base, t, f, o.allow_bounds);
        if (w != EI_REASON_NONE) {
            parts[k].share = parts[k].pull = ei_result_of(EI_NAN, w);
            all_parts = all_shares = false;
            continue;
        }
        dx = x1 - x0;
        sum0 += x0;
        sum1 += x1;
        dsum += dx;
        if (wt != EI_REASON_NONE) {
            parts[k].share = parts[k].pull = ei_result_of(EI_NAN, wt);
            all_shares = false;
            continue;
        }
        parts[k].share = ei_result_of(dx / dX * 100,
                                      dX == 0 ? EI_REASON_ZERO_BASE
                                              : EI_REASON_NONE);
        parts[k].pull = ei_result_of(dx / X0 * 100, ei_base_reason(X0));
        if (parts[k].share.reason != EI_REASON_NONE ||
            parts[k].pull.reason != EI_REASON_NONE)
            all_shares = false;
        ssum += parts[k].share.value;
        psum += parts[k].pull.value;
    }
    tot->residual = all_parts && wt == EI_REASON_NONE ? dX - dsum : EI_NAN;
    tot->residual_share = all_shares ? 100 - ssum : EI_NAN;
    tot->residual_pull = all_shares ? g - psum : EI_NAN;
    tot->adds_up = all_parts && wt == EI_REASON_NONE &&
                   close_to(sum0, X0, o.add_up_tolerance) &&
                   close_to(sum1, X1, o.add_up_tolerance);
    return EI_OK;
}
