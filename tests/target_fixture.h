/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Test helpers for the target modules: annual series built in code. */
#ifndef ECONIND_TARGET_FIXTURE_H
#define ECONIND_TARGET_FIXTURE_H

#include "testutil.h"

#include <math.h>

#include "econind/econind.h"

/* One annual point: value (NaN: none), reported growth (NaN: none),
 * status and bound. */
typedef struct fx_point {
    double value;
    double growth;
    ei_obs_status status;
    ei_bound bound;
} fx_point;

#define FX(v) {(v), NAN, EI_STATUS_ACTUAL, EI_BOUND_EXACT}
#define FXG(v, g) {(v), (g), EI_STATUS_ACTUAL, EI_BOUND_EXACT}

/* Add an annual series of n points from first_year to ds, with a caliber
 * break after year last_old (0: none). */
static inline void fx_series_break(ei_dataset *ds, const char *region,
                                   const char *indicator, const char *unit,
                                   int first_year, const fx_point *pts,
                                   size_t n, int last_old)
{
    ei_series_meta meta = {region, indicator, unit, EI_FREQ_ANNUAL,
                           EI_MEASURE_LEVEL, EI_BASIS_CURRENT};
    ei_series *s = NULL;
    assert_int_equal(ei_series_new(&s, &meta, ei_period_year(first_year), n,
                                   NULL),
                     EI_OK);
    for (size_t i = 0; i < n; i++) {
        double v = pts[i].value;
        assert_int_equal(ei_series_set_full(s, i, v,
                                            isnan(v) ? EI_REASON_MISSING
                                                     : EI_REASON_NONE,
                                            pts[i].growth, pts[i].status,
                                            pts[i].bound),
                         EI_OK);
    }
    if (last_old) {
        ei_break b = {ei_period_year(last_old), ei_period_year(last_old + 1)};
        assert_int_equal(ei_series_add_break(s, b, NULL), EI_OK);
    }
    assert_int_equal(ei_dataset_add_series(ds, s, NULL), EI_OK);
}

static inline void fx_series(ei_dataset *ds, const char *region,
                             const char *indicator, const char *unit,
                             int first_year, const fx_point *pts, size_t n)
{
    fx_series_break(ds, region, indicator, unit, first_year, pts, n, 0);
}

static inline ei_dataset *fx_dataset(void)
{
    ei_dataset *ds = NULL;
    assert_int_equal(ei_dataset_new(&ds, NULL, NULL), EI_OK);
    return ds;
}

/* A target with the fields tests set most. */
static inline ei_target fx_target(const char *indicator, int y0, int y1,
                                  ei_target_kind kind, ei_target_op op,
                                  double value, const char *unit)
{
    ei_target t = ei_target_init();
    t.region = "汉阳区";
    t.indicator = indicator;
    t.span.first = ei_period_year(y0);
    t.span.last = ei_period_year(y1);
    t.kind = kind;
    t.op = op;
    t.value = value;
    t.unit = unit;
    return t;
}

#endif
