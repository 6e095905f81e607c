/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The FRED units transformations over a series, by calendar period. */
#include "econind/growth.h"

#include <math.h>

#include "growth_common.h"
#include "error_set.h"

/* The operand period of t for transformation tr (t itself for lin, log). */
static ei_period operand_period(ei_transform tr, ei_period p)
{
    switch (tr) {
    case EI_TRANSFORM_CH1:
    case EI_TRANSFORM_PC1:
        return ei_period_year_ago(p);
    case EI_TRANSFORM_LIN:
    case EI_TRANSFORM_LOG:
        return p;
    default:
        return ei_period_prev(p);
    }
}

/* The formula itself, on two present values (x0 the earlier). */
static inline ei_result formula(ei_transform tr, double x0, double x1,
                                 int n)
{
    ei_reason why;

    switch (tr) {
    case EI_TRANSFORM_LIN:
        return ei_result_of(x1, EI_REASON_NONE);
    case EI_TRANSFORM_CHG:
    case EI_TRANSFORM_CH1:
        return ei_result_of(x1 - x0, EI_REASON_NONE);
    case EI_TRANSFORM_PCH:
    case EI_TRANSFORM_PC1:
        why = ei_base_reason(x0);
        return ei_result_of((x1 - x0) / x0 * 100, why);
    case EI_TRANSFORM_PCA:
        why = ei_base_reason(x0);
        if (why == EI_REASON_NONE && x1 / x0 < 0)
            why = EI_REASON_DOMAIN; /* a compounded sign change means nothing */
        return ei_result_of(
            why == EI_REASON_NONE ? expm1(n * log1p((x1 - x0) / x0)) * 100
                                  : EI_NAN,
            why);
    case EI_TRANSFORM_CCH:
    case EI_TRANSFORM_CCA:
        why = (x0 <= 0 || x1 <= 0) ? EI_REASON_DOMAIN : EI_REASON_NONE;
        /* log1p of the relative change: no cancellation near 1 */
        return ei_result_of(why == EI_REASON_NONE
                                ? log1p((x1 - x0) / x0) * 100 *
                                      (tr == EI_TRANSFORM_CCA ? n : 1)
                                : EI_NAN,
                            why);
    case EI_TRANSFORM_LOG:
        why = x1 <= 0 ? EI_REASON_DOMAIN : EI_REASON_NONE;
        return ei_result_of(why == EI_REASON_NONE ? log(x1) : EI_NAN, why);
    default:
        return ei_result_of(EI_NAN, EI_REASON_DOMAIN);
    }
}

static ei_reason missing_reason(const ei_series *s, size_t i)
{
    ei_reason r = ei_series_reason_at(s, i);

    return r == EI_REASON_NONE ? EI_REASON_MISSING : r;
}

static bool needs_operand(ei_transform tr)
{
    return tr != EI_TRANSFORM_LIN && tr != EI_TRANSFORM_LOG;
}

static bool is_percent(ei_transform tr)
{
    return tr == EI_TRANSFORM_PCH || tr == EI_TRANSFORM_PC1 ||
           tr == EI_TRANSFORM_PCA || tr == EI_TRANSFORM_CCH ||
           tr == EI_TRANSFORM_CCA;
}

/* How many points back the operand of tr lies in a series of n periods a
 * year: the operand_period() of a single period, as an index offset. */
static size_t operand_lag(ei_transform tr, int n)
{
    if (!needs_operand(tr))
        return 0;
    return tr == EI_TRANSFORM_CH1 || tr == EI_TRANSFORM_PC1 ? (size_t)n : 1;
}

static bool period_on_period(ei_transform tr)
{
    return needs_operand(tr) && tr != EI_TRANSFORM_CH1 &&
           tr != EI_TRANSFORM_PC1;
}

int ei_series_transform(ei_series **out, const ei_series *s, ei_transform t,
                        const ei_growth_options *opt, ei_error *err)
{
    ei_growth_options o;
    ei_series *r = NULL;
    ei_measure m;
    int n, rc;

    if (out == NULL)
        return ei_error_set(err, EI_EINVAL, "NULL output");
    *out = NULL;
    if (s == NULL)
        return ei_error_set(err, EI_EINVAL, "NULL series");
    if ((int)t < 0 || t >= EI_TRANSFORM_COUNT_)
        return ei_error_set(err, EI_EINVAL, "bad transformation %d", (int)t);
    rc = ei_growth_options_get(&o, opt, err);
    if (rc != EI_OK)
        return rc;
    n = (int)ei_series_freq(s);
    if (n != 1 && n != 4 && n != 12)
        return ei_error_set(err, EI_EINVAL,
                            "series %s has no frequency",
                            ei_series_indicator(s));
    m = ei_series_measure(s);
    if (m == EI_MEASURE_YTD && period_on_period(t))
        return ei_error_set(err, EI_EINVAL,
                            "%s of year-to-date values is meaningless: "
                            "de-accumulate first (ei_ytd_to_single)",
                            ei_transform_name(t));
    if (is_percent(t))
        m = EI_MEASURE_RATE;
    rc = ei_series_derive(&r, s,
                          ei_transform_unit(t, ei_series_unit(s).name), m,
                          err);
    if (rc != EI_OK)
        return rc;

    /* The points of a series are consecutive single periods, so the
     * operand of point i (the year-ago or previous period) is point
     * i - lag, and out of range before the first: index arithmetic instead
     * of a period look-up per point. Breaks are checked by period, and only
     * when the series has some. */
    ei_operands ops = ei_operands_of(s);
    size_t lag = operand_lag(t, n);
    bool breaks = ei_series_break_count(s) > 0;
    for (size_t i = 0; i < ops.n; i++) {
        ei_reason w0 = EI_REASON_NONE, w1;
        double x0 = EI_NAN, x1;
        ei_result res;

        x1 = ei_operand_in(&ops, i, o.allow_bounds, &w1);
        if (needs_operand(t)) {
            if (breaks) {
                ei_period p = ei_series_period_at(s, i);

                if (ei_series_crosses_break(s, operand_period(t, p), p)) {
                    res = ei_result_of(EI_NAN, EI_REASON_BREAK);
                    goto put;
                }
            }
            if (i < lag)
                w0 = EI_REASON_OUT_OF_RANGE;
            else
                x0 = ei_operand_in(&ops, i - lag, o.allow_bounds, &w0);
        }
        if (w0 == EI_REASON_OUT_OF_RANGE)
            res = ei_result_of(EI_NAN, w0);
        else if (w1 != EI_REASON_NONE)
            /* lin keeps the point's own reason (combined, incomplete …) */
            res = ei_result_of(EI_NAN, t == EI_TRANSFORM_LIN &&
                                            w1 == EI_REASON_MISSING_OPERAND
                                        ? missing_reason(s, i)
                                        : w1);
        else if (w0 != EI_REASON_NONE)
            res = ei_result_of(EI_NAN, w0);
        else
            res = formula(t, x0, x1, n);
    put:
        rc = ei_series_put(r, i, res, err);
        if (rc != EI_OK) {
            ei_series_free(r);
            return rc;
        }
    }
    *out = r;
    return EI_OK;
}

ei_result ei_growth_rate(double from, double to)
{
    if (isnan(from) || isnan(to))
        return ei_result_of(EI_NAN, EI_REASON_MISSING_OPERAND);
    return formula(EI_TRANSFORM_PCH, from, to, 1);
}

int ei_series_growth_between(ei_result *out, const ei_series *s,
                             ei_period from, ei_period to,
                             const ei_growth_options *opt, ei_error *err)
{
    ei_growth_options o;
    ei_reason w0, w1;
    double x0, x1;
    int rc;

    if (out == NULL || s == NULL)
        return ei_error_set(err, EI_EINVAL, "NULL argument");
    *out = ei_result_of(EI_NAN, EI_REASON_MISSING_OPERAND);
    rc = ei_growth_options_get(&o, opt, err);
    if (rc != EI_OK)
        return rc;
    if (from.freq != ei_series_freq(s) || to.freq != ei_series_freq(s))
        *out = ei_result_of(EI_NAN, EI_REASON_FREQ_MISMATCH);
    else if (ei_series_crosses_break(s, from, to))
        *out = ei_result_of(EI_NAN, EI_REASON_BREAK);
    else {
        x0 = ei_operand(s, from, o.allow_bounds, &w0);
        x1 = ei_operand(s, to, o.allow_bounds, &w1);
        if (w0 == EI_REASON_OUT_OF_RANGE || w1 == EI_REASON_OUT_OF_RANGE)
            *out = ei_result_of(EI_NAN, EI_REASON_OUT_OF_RANGE);
        else if (w1 != EI_REASON_NONE || w0 != EI_REASON_NONE)
            *out = ei_result_of(EI_NAN, w1 != EI_REASON_NONE ? w1 : w0);
        else
            *out = formula(EI_TRANSFORM_PCH, x0, x1, 1);
    }
    return EI_OK;
}
