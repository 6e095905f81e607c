/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Builders shared by the growth engine's tests: series from arrays. */
#ifndef ECONIND_GROWTH_FIXTURE_H
#define ECONIND_GROWTH_FIXTURE_H

#include <string.h>

#include "testutil.h"

#include "econind/econind.h"

/* A series of n points from start in unit `unit` and measure m; NaN values
 * become missing points (EI_REASON_MISSING). */
static inline ei_series *fx_series(ei_period start, const double *v, size_t n,
                                   const char *unit, ei_measure m)
{
    ei_series_meta meta = {"汉阳区", "gdp", unit, start.freq, m,
                           EI_BASIS_CURRENT};
    ei_series *s = NULL;

    assert_int_equal(ei_series_new(&s, &meta, start, n, NULL), EI_OK);
    assert_non_null(s);
    for (size_t i = 0; i < n; i++)
        assert_int_equal(ei_series_set(s, i, v[i],
                                       isnan(v[i]) ? EI_REASON_MISSING
                                                   : EI_REASON_NONE),
                         EI_OK);
    return s;
}

/* Levels in 亿元. */
static inline ei_series *fx_levels(ei_period start, const double *v, size_t n)
{
    return fx_series(start, v, n, "亿元", EI_MEASURE_LEVEL);
}

/* Give point i a reported growth g (percent) and bound b, keeping its
 * value. */
static inline void fx_growth(ei_series *s, size_t i, double g, ei_bound b)
{
    double v = ei_series_value_at(s, i);

    assert_int_equal(ei_series_set_full(s, i, v,
                                         isnan(v) ? EI_REASON_MISSING
                                                  : EI_REASON_NONE,
                                         g, EI_STATUS_ACTUAL, b),
                     EI_OK);
}

/* Point i is missing for reason r. */
#define assert_missing(s, i, r)                                      \
    do {                                                             \
        assert_true(isnan(ei_series_value_at((s), (i))));            \
        assert_int_equal(ei_series_reason_at((s), (i)), (r));        \
    } while (0)

/* Point i has value v (relative tolerance tol). */
#define assert_point(s, i, v, tol)                                   \
    do {                                                             \
        assert_int_equal(ei_series_reason_at((s), (i)), EI_REASON_NONE); \
        assert_close(ei_series_value_at((s), (i)), (v), (tol));      \
    } while (0)

#endif
