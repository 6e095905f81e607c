/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Fixed-base (定基) and chained comparable-price (可比价) indices. */
#include "econind/growth.h"

#include <math.h>

#include "growth_common.h"
#include "error_set.h"

/* Common checks; the base's index goes to *ib. */
static int prepare(ei_growth_options *o, size_t *ib, ei_series **out,
                   const ei_series *s, ei_period base,
                   const ei_growth_options *opt, ei_error *err)
{
    char buf[32];
    int rc;

    if (out == NULL)
        return ei_error_set(err, EI_EINVAL, "NULL output");
    *out = NULL;
    if (s == NULL)
        return ei_error_set(err, EI_EINVAL, "NULL series");
    rc = ei_growth_options_get(o, opt, err);
    if (rc != EI_OK)
        return rc;
    if (ei_series_index_of(s, base, ib) != EI_OK) {
        ei_period_format(base, buf, sizeof buf);
        return ei_error_set(err, EI_ENOTFOUND,
                            "base period %s is outside the series %s", buf,
                            ei_series_indicator(s));
    }
    return EI_OK;
}

int ei_series_index_fixed_base(ei_series **out, const ei_series *s,
                               ei_period base, const ei_growth_options *opt,
                               ei_error *err)
{
    ei_growth_options o;
    ei_series *r;
    ei_reason wb;
    double xb;
    size_t ib;
    int rc;

    rc = prepare(&o, &ib, out, s, base, opt, err);
    if (rc != EI_OK)
        return rc;
    rc = ei_series_derive(&r, s, "", EI_MEASURE_INDEX, err);
    if (rc != EI_OK)
        return rc;
    xb = ei_operand_at(s, ib, o.allow_bounds, &wb);
    if (wb == EI_REASON_NONE)
        wb = ei_base_reason(xb);
    for (size_t i = 0; i < ei_series_len(s); i++) {
        ei_period p = ei_series_period_at(s, i);
        ei_reason w;
        double x = ei_operand_at(s, i, o.allow_bounds, &w);
        ei_result res;

        if (i != ib && ei_series_crosses_break(s, base, p))
            res = ei_result_of(EI_NAN, EI_REASON_BREAK);
        else if (w != EI_REASON_NONE)
            res = ei_result_of(EI_NAN, w);
        else
            res = ei_result_of(x / xb * 100, wb);
        rc = ei_series_put(r, i, res, err);
        if (rc != EI_OK) {
            ei_series_free(r);
            return rc;
        }
    }
    *out = r;
    return EI_OK;
}

/* The growth factor 1 + g/100 of point i, or 0 with *why set. */
static double factor_at(const ei_series *s, size_t i, ei_reason *why)
{
    double g = ei_series_growth_at(s, i);

    if (isnan(g)) {
        *why = EI_REASON_MISSING_OPERAND;
        return 0;
    }
    *why = EI_REASON_NONE;
    return 1 + g / 100;
}

int ei_series_index_chain(ei_series **out, const ei_series *s,
                          ei_period base, const ei_growth_options *opt,
                          ei_error *err)
{
    ei_growth_options o;
    ei_series *r;
    ei_result cur;
    size_t ib, n;
    int rc;

    rc = prepare(&o, &ib, out, s, base, opt, err);
    if (rc != EI_OK)
        return rc;
    if (ei_series_freq(s) != EI_FREQ_ANNUAL)
        return ei_error_set(err, EI_EINVAL,
                            "chained index of %s: only annual series (the "
                            "reported growth of a sub-annual series is "
                            "year-on-year)", ei_series_indicator(s));
    rc = ei_series_derive(&r, s, "", EI_MEASURE_INDEX, err);
    if (rc != EI_OK)
        return rc;
    n = ei_series_len(s);
    cur = ei_result_of(100, EI_REASON_NONE);
    rc = ei_series_put(r, ib, cur, err);
    /* Forward: I_t = I_{t-1} * (1 + g_t). Once missing, stays missing
     * with the first reason: no figure is carried over a gap. */
    for (size_t i = ib + 1; rc == EI_OK && i < n; i++) {
        ei_reason w;
        double f = factor_at(s, i, &w);

        if (cur.reason == EI_REASON_NONE) {
            if (w != EI_REASON_NONE)
                cur = ei_result_of(EI_NAN, w);
            else if (f < 0)
                cur = ei_result_of(EI_NAN, EI_REASON_DOMAIN);
            else
                cur = ei_result_of(cur.value * f, EI_REASON_NONE);
        }
        rc = ei_series_put(r, i, cur, err);
    }
    /* Backward: I_{t-1} = I_t / (1 + g_t). */
    cur = ei_result_of(100, EI_REASON_NONE);
    for (size_t i = ib; rc == EI_OK && i > 0; i--) {
        ei_reason w;
        double f = factor_at(s, i, &w);

        if (cur.reason == EI_REASON_NONE) {
            if (w != EI_REASON_NONE)
                cur = ei_result_of(EI_NAN, w);
            else if (f <= 0)
                cur = ei_result_of(EI_NAN, EI_REASON_DOMAIN);
            else
                cur = ei_result_of(cur.value / f, EI_REASON_NONE);
        }
        rc = ei_series_put(r, i - 1, cur, err);
    }
    if (rc != EI_OK) {
        ei_series_free(r);
        return rc;
    }
    *out = r;
    return EI_OK;
}
