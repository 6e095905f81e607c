/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Average growth: CAGR from levels (年均增长), the geometric average of
 * period rates, the two-year average (两年平均) and the average implied by a
 * total growth. */
#include "econind/growth.h"

#include <math.h>

#include "growth_common.h"
#include "error_set.h"

ei_result ei_growth_cagr(double x_start, double x_end, double years)
{
    ei_reason why;

    if (isnan(x_start) || isnan(x_end))
        return ei_result_of(EI_NAN, EI_REASON_MISSING_OPERAND);
    if (!(years > 0) || !isfinite(years))
        return ei_result_of(EI_NAN, EI_REASON_DOMAIN);
    why = ei_base_reason(x_start);
    if (why != EI_REASON_NONE)
        return ei_result_of(EI_NAN, why);
    if (x_end < 0) /* no real root of a negative ratio */
        return ei_result_of(EI_NAN, EI_REASON_DOMAIN);
    if (x_end == 0)
        return ei_result_of(-100, EI_REASON_NONE);
    return ei_result_of(expm1(log1p((x_end - x_start) / x_start) / years) * 100,
                        EI_REASON_NONE);
}

ei_result ei_growth_average_rates(const double *rates, size_t n)
{
    double logsum = 0;
    bool zero = false;

    if (n == 0)
        return ei_result_of(EI_NAN, EI_REASON_TOO_FEW_POINTS);
    if (rates == NULL)
        return ei_result_of(EI_NAN, EI_REASON_MISSING_OPERAND);
    for (size_t i = 0; i < n; i++) {
        double f;

        if (isnan(rates[i]))
            return ei_result_of(EI_NAN, EI_REASON_MISSING_OPERAND);
        f = 1 + rates[i] / 100;
        if (f < 0)
            return ei_result_of(EI_NAN, EI_REASON_DOMAIN);
        if (f == 0)
            zero = true;
        else
            logsum += log1p(rates[i] / 100); /* no overflow, no
                                               cancellation */
    }
    if (zero) /* a fall of 100 % in one period: nothing is left */
        return ei_result_of(-100, EI_REASON_NONE);
    return ei_result_of(expm1(logsum / (double)n) * 100, EI_REASON_NONE);
}

ei_result ei_growth_two_year_average(double g1, double g2)
{
    const double rates[2] = {g1, g2};

    return ei_growth_average_rates(rates, 2);
}

ei_result ei_growth_average_total(double total, double years)
{
    if (isnan(total) || isnan(years))
        return ei_result_of(EI_NAN, EI_REASON_MISSING_OPERAND);
    if (!(years > 0) || !isfinite(years) || total < -100)
        return ei_result_of(EI_NAN, EI_REASON_DOMAIN);
    if (total == -100)
        return ei_result_of(-100, EI_REASON_NONE);
    return ei_result_of(expm1(log1p(total / 100) / years) * 100,
                        EI_REASON_NONE);
}

/* Shared argument checks of the two series functions. */
static int check_span(ei_growth_options *o, ei_result *out,
                      const ei_series *s, ei_period from, ei_period to,
                      long *dist, const ei_growth_options *opt,
                      ei_error *err)
{
    int rc;

    if (out == NULL || s == NULL)
        return ei_error_set(err, EI_EINVAL, "NULL argument");
    *out = ei_result_of(EI_NAN, EI_REASON_MISSING_OPERAND);
    rc = ei_growth_options_get(o, opt, err);
    if (rc != EI_OK)
        return rc;
    *dist = 0;
    if (from.freq != ei_series_freq(s) || to.freq != ei_series_freq(s)) {
        *out = ei_result_of(EI_NAN, EI_REASON_FREQ_MISMATCH);
        return EI_OK;
    }
    if (ei_period_distance(dist, from, to, NULL) != EI_OK || *dist <= 0)
        return ei_error_set(err, EI_EINVAL,
                            "the end period must come after the start");
    return EI_OK;
}

int ei_series_cagr(ei_result *out, const ei_series *s, ei_period from,
                   ei_period to, const ei_growth_options *opt, ei_error *err)
{
    ei_growth_options o;
    ei_reason w0, w1;
    double x0, x1;
    long dist;
    int rc;

    rc = check_span(&o, out, s, from, to, &dist, opt, err);
    if (rc != EI_OK || out->reason == EI_REASON_FREQ_MISMATCH)
        return rc;
    if (ei_series_crosses_break(s, from, to)) {
        *out = ei_result_of(EI_NAN, EI_REASON_BREAK);
        return EI_OK;
    }
    x0 = ei_operand(s, from, o.allow_bounds, &w0);
    x1 = ei_operand(s, to, o.allow_bounds, &w1);
    if (w0 == EI_REASON_OUT_OF_RANGE || w1 == EI_REASON_OUT_OF_RANGE)
        *out = ei_result_of(EI_NAN, EI_REASON_OUT_OF_RANGE);
    else if (w0 != EI_REASON_NONE || w1 != EI_REASON_NONE)
        *out = ei_result_of(EI_NAN, w0 != EI_REASON_NONE ? w0 : w1);
    else
        *out = ei_growth_cagr(x0, x1,
                              (double)dist / (double)ei_series_freq(s));
    return EI_OK;
}

int ei_series_average_growth(ei_result *out, const ei_series *s,
                             ei_period from, ei_period to,
                             const ei_growth_options *opt, ei_error *err)
{
    ei_growth_options o;
    double logsum = 0;
    bool zero = false;
    long dist;
    int rc;

    rc = check_span(&o, out, s, from, to, &dist, opt, err);
    if (rc != EI_OK || out->reason == EI_REASON_FREQ_MISMATCH)
        return rc;
    /* The rates of from+1 .. to, combined as ei_growth_average_rates() does
     * but without copying them out. */
    for (long k = 1; k <= dist; k++) {
        ei_period p = ei_period_shift(from, k);
        size_t i;
        double f, g;

        if (ei_series_index_of(s, p, &i) != EI_OK) {
            *out = ei_result_of(EI_NAN, EI_REASON_OUT_OF_RANGE);
            return EI_OK;
        }
        g = ei_series_growth_at(s, i);
        f = 1 + g / 100;
        if (isnan(f)) {
            *out = ei_result_of(EI_NAN, EI_REASON_MISSING_OPERAND);
            return EI_OK;
        }
        if (f < 0) {
            *out = ei_result_of(EI_NAN, EI_REASON_DOMAIN);
            return EI_OK;
        }
        if (f == 0)
            zero = true;
        else
            logsum += log1p(g / 100);
    }
    *out = zero ? ei_result_of(-100, EI_REASON_NONE)
                : ei_result_of(expm1(logsum / (double)dist) * 100,
                               EI_REASON_NONE);
    return EI_OK;
}

int ei_series_two_year_average(ei_series **out, const ei_series *s,
                               const ei_growth_options *opt, ei_error *err)
{
    ei_growth_options o;
    ei_series *r;
    int rc;

    if (out == NULL)
        return ei_error_set(err, EI_EINVAL, "NULL output");
    *out = NULL;
    if (s == NULL)
        return ei_error_set(err, EI_EINVAL, "NULL series");
    rc = ei_growth_options_get(&o, opt, err);
    if (rc != EI_OK)
        return rc;
    if (ei_series_freq(s) == EI_FREQ_NONE)
        return ei_error_set(err, EI_EINVAL, "series %s has no frequency",
                            ei_series_indicator(s));
    rc = ei_series_derive(&r, s, "%", EI_MEASURE_RATE, err);
    if (rc != EI_OK)
        return rc;
    for (size_t i = 0; rc == EI_OK && i < ei_series_len(s); i++) {
        ei_period p = ei_series_period_at(s, i);
        ei_period q = ei_period_year_ago(ei_period_year_ago(p));
        ei_reason w0, w1;
        double x0, x1;
        ei_result res;

        if (ei_series_crosses_break(s, q, p)) {
            res = ei_result_of(EI_NAN, EI_REASON_BREAK);
        } else {
            x0 = ei_operand(s, q, o.allow_bounds, &w0);
            x1 = ei_operand_at(s, i, o.allow_bounds, &w1);
            if (w0 == EI_REASON_OUT_OF_RANGE)
                res = ei_result_of(EI_NAN, w0);
            else if (w1 != EI_REASON_NONE || w0 != EI_REASON_NONE)
                res = ei_result_of(EI_NAN, w1 != EI_REASON_NONE ? w1 : w0);
            else if (ei_base_reason(x0) != EI_REASON_NONE)
                res = ei_result_of(EI_NAN, ei_base_reason(x0));
            else
                res = ei_growth_average_total((x1 - x0) / x0 * 100, 2);
        }
        rc = ei_series_put(r, i, res, err);
    }
    if (rc != EI_OK) {
        ei_series_free(r);
        return rc;
    }
    *out = r;
    return EI_OK;
}
