/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The actual of a target in its own terms, from one series: the level, the
 * growth (reported beside the level, else derived when no caliber break),
 * the CAGR and the cumulative change over a span (formulas in gap.h). */
#include <math.h>
#include <string.h>

#include "gap_priv.h"

#include "error_set.h"

eig_point eig_missing(ei_reason r)
{
    eig_point p = {NAN, r, EI_STATUS_ACTUAL, EI_BOUND_EXACT, false, false};
    return p;
}

const ei_series *eig_find(const ei_dataset *ds, const char *region,
                          const char *indicator, ei_freq freq,
                          ei_vintage vintage, ei_series **owned, int *rc,
                          ei_error *err)
{
    *owned = NULL;
    *rc = EI_OK;
    if (!ds || !indicator)
        return NULL;
    const ei_series *s = ei_dataset_find(ds, region && *region ? region
                                                               : NULL,
                                         indicator, freq);
    if (!s || vintage == EI_VINTAGE_LATEST)
        return s;
    *rc = ei_series_select_vintage(owned, s, vintage, err);
    return *rc ? NULL : *owned;
}

/* Status of the least final of two: an estimate taints the result. */
static ei_obs_status worse(ei_obs_status a, ei_obs_status b)
{
    if (a == EI_STATUS_ESTIMATE || b == EI_STATUS_ESTIMATE)
        return EI_STATUS_ESTIMATE;
    if (a == EI_STATUS_PRELIMINARY || b == EI_STATUS_PRELIMINARY)
        return EI_STATUS_PRELIMINARY;
    return a;
}

static bool usable_status(ei_obs_status st)
{
    return st != EI_STATUS_TARGET && st != EI_STATUS_PLAN;
}

eig_point eig_level(const ei_series *s, ei_period p)
{
    size_t i;
    if (!s || ei_series_index_of(s, p, &i) != EI_OK)
        return eig_missing(EI_REASON_MISSING);
    ei_obs_status st = ei_series_status_at(s, i);
    double v = ei_series_value_at(s, i);
    if (isnan(v) || !usable_status(st)) {
        ei_reason r = ei_series_reason_at(s, i);
        return eig_missing(r == EI_REASON_NONE || !usable_status(st)
                               ? EI_REASON_MISSING : r);
    }
    eig_point pt = {v, EI_REASON_NONE, st, ei_series_bound_at(s, i), false,
                    false};
    return pt;
}

/* The reported growth at p, or a missing point. */
static eig_point reported_growth(const ei_series *s, ei_period p)
{
    size_t i;
    if (!s || ei_series_index_of(s, p, &i) != EI_OK)
        return eig_missing(EI_REASON_MISSING);
    double g = ei_series_growth_at(s, i);
    ei_obs_status st = ei_series_status_at(s, i);
    if (!isfinite(g) || !usable_status(st))
        return eig_missing(EI_REASON_MISSING);
    eig_point pt = {g, EI_REASON_NONE, st, EI_BOUND_EXACT, false, false};
    return pt;
}

/* The bound of X_b / X_a: a numerator above its figure (突破) or a
 * denominator below it makes the ratio a lower bound, and the reverse an
 * upper bound; bounds pulling both ways decide nothing (false). */
static bool ratio_bound(ei_bound *out, ei_bound a, ei_bound b)
{
    int up = (b == EI_BOUND_ABOVE) + (a == EI_BOUND_BELOW);
    int down = (b == EI_BOUND_BELOW) + (a == EI_BOUND_ABOVE);
    if (up && down)
        return false;
    if (up)
        *out = EI_BOUND_ABOVE;
    else if (down)
        *out = EI_BOUND_BELOW;
    else if (a == EI_BOUND_ABOUT || b == EI_BOUND_ABOUT)
        *out = EI_BOUND_ABOUT;
    else
        *out = EI_BOUND_EXACT;
    return true;
}

/* X_b / X_a as a point (ratio, not percent). */
static eig_point level_ratio(const ei_series *s, ei_period a, ei_period b)
{
    if (s && ei_series_crosses_break(s, a, b))
        return eig_missing(EI_REASON_BREAK);
    eig_point xa = eig_level(s, a), xb = eig_level(s, b);
    if (xa.reason != EI_REASON_NONE || xb.reason != EI_REASON_NONE)
        return eig_missing(EI_REASON_MISSING_OPERAND);
    if (xa.v == 0)
        return eig_missing(EI_REASON_ZERO_BASE);
    if (xa.v < 0 || xb.v < 0)
        return eig_missing(EI_REASON_NEGATIVE_BASE);
    eig_point r = {xb.v / xa.v, EI_REASON_NONE, worse(xa.status, xb.status),
                   EI_BOUND_EXACT, true, false};
    if (!ratio_bound(&r.bound, xa.bound, xb.bound))
        return eig_missing(EI_REASON_BOUND);
    return r;
}

bool eig_nominal(const ei_series *s)
{
    const ei_indicator *ind = ei_series_registered(s);
    return ind && ind->growth_basis == EI_BASIS_COMPARABLE &&
           ei_series_basis(s) != EI_BASIS_COMPARABLE;
}

eig_point eig_growth(const ei_series *s, ei_period p)
{
    if (!s)
        return eig_missing(EI_REASON_MISSING);
    eig_point g = reported_growth(s, p);
    if (g.reason == EI_REASON_NONE)
        return g;
    eig_point r = level_ratio(s, ei_period_year_ago(p), p);
    if (r.reason == EI_REASON_MISSING_OPERAND) {
        /* nothing at p at all is plain missing */
        eig_point x = eig_level(s, p);
        return eig_missing(x.reason == EI_REASON_NONE
                               ? EI_REASON_MISSING_OPERAND
                               : EI_REASON_MISSING);
    }
    if (r.reason != EI_REASON_NONE)
        return r;
    r.v = (r.v - 1) * 100;
    r.nominal = eig_nominal(s);
    return r;
}

/* Product of (1 + g/100) over the years after base up to end, from the
 * reported rates; missing if any year has none. *years set. */
static eig_point chained(const ei_series *s, ei_period base, ei_period end,
                         long *years)
{
    long dist = 0;
    if (ei_period_distance(&dist, base, end, NULL) != EI_OK || dist <= 0)
        return eig_missing(EI_REASON_OUT_OF_RANGE);
    long step = base.freq == EI_FREQ_NONE ? 1 : (long)base.freq;
    if (dist % step) /* only whole years chain */
        return eig_missing(EI_REASON_FREQ_MISMATCH);
    *years = dist / step;
    eig_point acc = {1, EI_REASON_NONE, EI_STATUS_ACTUAL, EI_BOUND_EXACT,
                     false, false};
    for (long k = 1; k <= *years; k++) {
        eig_point g = reported_growth(s, ei_period_shift(base, k * step));
        if (g.reason != EI_REASON_NONE)
            return eig_missing(EI_REASON_MISSING_OPERAND);
        if (g.v <= -100)
            return eig_missing(EI_REASON_DOMAIN);
        acc.v *= 1 + g.v / 100;
        acc.status = worse(acc.status, g.status);
    }
    return acc;
}

/* The cumulative growth factor from base to end: chained reported rates
 * (comparable prices) first, else the level ratio when no break. */
static eig_point factor(const ei_series *s, ei_period base, ei_period end,
                        long *years)
{
    if (!s)
        return eig_missing(EI_REASON_MISSING);
    *years = 0;
    eig_point c = chained(s, base, end, years);
    if (c.reason == EI_REASON_NONE || c.reason == EI_REASON_OUT_OF_RANGE ||
        c.reason == EI_REASON_FREQ_MISMATCH)
        return c;
    eig_point r = level_ratio(s, base, end);
    if (r.reason == EI_REASON_MISSING_OPERAND) {
        eig_point x = eig_level(s, end);
        if (x.reason != EI_REASON_NONE && reported_growth(s, end).reason)
            return eig_missing(EI_REASON_MISSING);
    }
    return r;
}

eig_point eig_cagr(const ei_series *s, ei_period base, ei_period end)
{
    long years = 0;
    eig_point f = factor(s, base, end, &years);
    if (f.reason != EI_REASON_NONE)
        return f;
    if (f.v <= 0)
        return eig_missing(EI_REASON_DOMAIN);
    f.v = (pow(f.v, 1.0 / (double)years) - 1) * 100;
    f.nominal = f.derived && eig_nominal(s); /* chained rates are real */
    return f;
}

eig_point eig_change(const ei_series *s, ei_period base, ei_period end)
{
    long years = 0;
    eig_point f = factor(s, base, end, &years);
    if (f.reason != EI_REASON_NONE)
        return f;
    f.v = (f.v - 1) * 100;
    return f;
}

bool eig_to_unit(eig_point *p, const ei_series *s, const char *unit)
{
    ei_unit su = ei_series_unit(s);
    if (!unit || !*unit || !su.name || !*su.name || strcmp(su.name, unit) == 0)
        return true;
    ei_unit tu;
    ei_unit_lookup(&tu, unit);
    double f;
    if (ei_unit_factor(&f, su, tu, NULL) != EI_OK)
        return false;
    p->v *= f;
    return true;
}
