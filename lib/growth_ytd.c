/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Year-to-date (累计) data: single periods from cumulative values and back,
 * and cumulative growth (累计增长). */
#include "econind/growth.h"

#include <math.h>

#include "growth_common.h"
#include "error_set.h"

static int check(ei_growth_options *o, ei_series **out, const ei_series *s,
                 const ei_growth_options *opt, ei_error *err)
{
    ei_freq f;

    if (out == NULL)
        return ei_error_set(err, EI_EINVAL, "NULL output");
    *out = NULL;
    if (s == NULL)
        return ei_error_set(err, EI_EINVAL, "NULL series");
    f = ei_series_freq(s);
    if (f != EI_FREQ_MONTHLY && f != EI_FREQ_QUARTERLY)
        return ei_error_set(err, EI_EINVAL,
                            "year-to-date data of %s need a monthly or "
                            "quarterly series", ei_series_indicator(s));
    return ei_growth_options_get(o, opt, err);
}

/* m_t for point i of cumulative series s. */
static ei_result single_at(const ei_series *s, size_t i, bool bounds)
{
    ei_period p = ei_series_period_at(s, i), q;
    ei_reason w0, w1;
    double c0, c1;

    c1 = ei_operand_at(s, i, bounds, &w1);
    /* 1-2月: January has no figure, February's covers both. The single
     * months are then unknown, not zero and not half. */
    if (p.freq == EI_FREQ_MONTHLY && (p.sub == 1 || p.sub == 2)) {
        ei_reason wj, wf;

        (void)ei_operand(s, ei_period_month(p.year, 1), bounds, &wj);
        (void)ei_operand(s, ei_period_month(p.year, 2), bounds, &wf);
        if ((wj == EI_REASON_MISSING_OPERAND ||
             wj == EI_REASON_OUT_OF_RANGE) &&
            wf == EI_REASON_NONE)
            return ei_result_of(EI_NAN, EI_REASON_COMBINED);
    }
    if (p.sub == 1)
        return ei_result_of(c1, w1);
    q = ei_period_prev(p);
    if (ei_series_crosses_break(s, q, p))
        return ei_result_of(EI_NAN, EI_REASON_BREAK);
    c0 = ei_operand(s, q, bounds, &w0);
    if (w0 == EI_REASON_OUT_OF_RANGE)
        return ei_result_of(EI_NAN, w0);
    if (w1 != EI_REASON_NONE)
        return ei_result_of(EI_NAN, w1);
    return ei_result_of(c1 - c0, w0);
}

/* A new series of measure m whose point i is point(s, i, bounds): the
 * common body of ei_ytd_to_single() and ei_single_to_ytd(). */
static int convert(ei_series **out, const ei_series *s,
                   const ei_growth_options *opt, ei_measure m,
                   ei_result (*point)(const ei_series *, size_t, bool),
                   ei_error *err)
{
    ei_growth_options o;
    ei_series *r;
    int rc;

    rc = check(&o, out, s, opt, err);
    if (rc != EI_OK)
        return rc;
    rc = ei_series_derive(&r, s, NULL, m, err);
    if (rc != EI_OK)
        return rc;
    for (size_t i = 0; rc == EI_OK && i < ei_series_len(s); i++)
        rc = ei_series_put(r, i, point(s, i, o.allow_bounds), err);
    if (rc != EI_OK) {
        ei_series_free(r);
        return rc;
    }
    *out = r;
    return EI_OK;
}

int ei_ytd_to_single(ei_series **out, const ei_series *s,
                     const ei_growth_options *opt, ei_error *err)
{
    return convert(out, s, opt, EI_MEASURE_LEVEL, single_at, err);
}

/* C_t for point i of single-period series s. */
static ei_result cumulative_at(const ei_series *s, size_t i, bool bounds)
{
    ei_period p = ei_series_period_at(s, i);
    ei_period first = p.freq == EI_FREQ_MONTHLY
                          ? ei_period_month(p.year, 1)
                          : ei_period_quarter(p.year, 1);
    ei_reason why = EI_REASON_NONE;
    double sum = 0;

    if (ei_series_crosses_break(s, first, p))
        return ei_result_of(EI_NAN, EI_REASON_BREAK);
    for (int k = 1; k <= p.sub; k++) {
        ei_period q = p.freq == EI_FREQ_MONTHLY ? ei_period_month(p.year, k)
                                                : ei_period_quarter(p.year, k);
        ei_reason w;
        double m = ei_operand(s, q, bounds, &w);

        if (w == EI_REASON_OUT_OF_RANGE)
            return ei_result_of(EI_NAN, w);
        if (w != EI_REASON_NONE && why == EI_REASON_NONE)
            why = w;
        sum += m;
    }
    return ei_result_of(sum, why);
}

int ei_single_to_ytd(ei_series **out, const ei_series *s,
                     const ei_growth_options *opt, ei_error *err)
{
    return convert(out, s, opt, EI_MEASURE_YTD, cumulative_at, err);
}

int ei_ytd_growth(ei_series **out, const ei_series *s,
                  const ei_growth_options *opt, ei_error *err)
{
    if (out != NULL)
        *out = NULL;
    if (s != NULL && ei_series_measure(s) != EI_MEASURE_YTD)
        return ei_error_set(err, EI_EINVAL,
                            "%s is not a year-to-date series",
                            ei_series_indicator(s));
    return ei_series_transform(out, s, EI_TRANSFORM_PC1, opt, err);
}
