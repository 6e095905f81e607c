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

/* A small deterministic generator (xorshift64), local to each test. */
static inline uint64_t fx_rand(uint64_t *x)
{
    *x ^= *x << 13;
    *x ^= *x >> 7;
    *x ^= *x << 17;
    return *x;
}

/* A random series of frequency f: 0 to 59 points from a random period of
 * 1990-2009, gaps, zero and negative bases, bounds, and up to two breaks
 * anywhere from before the start to past the end. */
static inline ei_series *fx_random_series(uint64_t *rng, ei_freq f)
{
    int y0 = 1990 + (int)(fx_rand(rng) % 20);
    int sub = 1 + (int)(fx_rand(rng) % (unsigned)f);
    ei_period start = f == EI_FREQ_ANNUAL ? ei_period_year(y0)
                      : f == EI_FREQ_QUARTERLY ? ei_period_quarter(y0, sub)
                                                : ei_period_month(y0, sub);
    size_t n = (size_t)(fx_rand(rng) % 60);
    ei_series_meta meta = {"r", "i", "亿元", f, EI_MEASURE_LEVEL,
                           EI_BASIS_CURRENT};
    ei_series *s = NULL;

    assert_int_equal(ei_series_new(&s, &meta, start, n, NULL), EI_OK);
    for (size_t i = 0; i < n; i++) {
        uint64_t u = fx_rand(rng) % 100;
        double x = u < 10   ? (double)NAN
                   : u < 13 ? 0
                   : u < 16 ? -5.0 - (double)u
                            : 50 + (double)(fx_rand(rng) % 1000) / 7;
        ei_bound b = u % 17 == 0   ? EI_BOUND_ABOVE
                     : u % 19 == 0 ? EI_BOUND_BELOW
                     : u % 23 == 0 ? EI_BOUND_ABOUT
                                   : EI_BOUND_EXACT;
        assert_int_equal(ei_series_set_full(s, i, x,
                                             isnan(x) ? EI_REASON_MISSING
                                                      : EI_REASON_NONE,
                                             (double)NAN, EI_STATUS_ACTUAL,
                                             b),
                         EI_OK);
    }
    for (uint64_t k = fx_rand(rng) % 3; k > 0; k--) {
        ei_period a =
            ei_period_shift(start, (long)(fx_rand(rng) % 80) - 10);
        ei_break br = {a, ei_period_next(a)};
        assert_int_equal(ei_series_add_break(s, br, NULL), EI_OK);
    }
    return s;
}

#endif
