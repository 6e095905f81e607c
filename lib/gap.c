/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Evaluating a target: its actual (gap_actual.c), the reference it is
 * compared with, the verdict by operator, direction and tolerance, and the
 * gap. The rules are in gap.h. */
#include "econind/gap.h"

#include <math.h>
#include <string.h>

#include "econind/unit.h"
#include "error_set.h"
#include "gap_priv.h"

const char *ei_verdict_name(ei_verdict v)
{
    switch (v) {
    case EI_VERDICT_MET: return "met";
    case EI_VERDICT_NOT_MET: return "not met";
    case EI_VERDICT_UNKNOWN: break;
    }
    return "unknown";
}

/* A real interval with open or closed ends; infinite ends are open. */
typedef struct interval {
    double lo, hi;
    bool lo_open, hi_open;
} interval;

static interval iv(double lo, bool lo_open, double hi, bool hi_open)
{
    interval r = {lo, hi, lo_open || isinf(lo), hi_open || isinf(hi)};
    return r;
}

/* lo end of x at or above lo end of a. */
static bool lo_within(interval x, interval a)
{
    return x.lo > a.lo || (x.lo == a.lo && (!a.lo_open || x.lo_open));
}

static bool hi_within(interval x, interval a)
{
    return x.hi < a.hi || (x.hi == a.hi && (!a.hi_open || x.hi_open));
}

static bool subset(interval x, interval a)
{
    return lo_within(x, a) && hi_within(x, a);
}

static bool disjoint(interval x, interval a)
{
    return x.hi < a.lo || (x.hi == a.lo && (x.hi_open || a.lo_open)) ||
           a.hi < x.lo || (a.hi == x.lo && (a.hi_open || x.lo_open));
}

/* Where the true value lies, given the figure and its bound. */
static interval actual_interval(double a, ei_bound b)
{
    switch (b) {
    case EI_BOUND_ABOVE: return iv(a, true, INFINITY, true);
    case EI_BOUND_BELOW: return iv(-INFINITY, true, a, false);
    case EI_BOUND_EXACT:
    case EI_BOUND_ABOUT: break;
    }
    return iv(a, false, a, false);
}

/* The values that meet "x op v" (closed ends widened by a rounding slack,
 * so that a CAGR of 7.4999999999 meets >= 7.5). */
static interval acceptable(ei_target_op op, ei_direction dir, double v,
                           double tol)
{
    double eps = 1e-9 * fmax(1, fabs(v));
    switch (op) {
    case EI_OP_GE: return iv(v - eps, false, INFINITY, true);
    case EI_OP_GT: return iv(v, true, INFINITY, true);
    case EI_OP_LE: return iv(-INFINITY, true, v + eps, false);
    case EI_OP_LT: return iv(-INFINITY, true, v, true);
    case EI_OP_ABOUT:
    case EI_OP_LINKED:
        if (dir == EI_DIRECTION_HIGHER)
            return iv(v - tol - eps, false, INFINITY, true);
        if (dir == EI_DIRECTION_LOWER)
            return iv(-INFINITY, true, v + tol + eps, false);
        return iv(v - tol - eps, false, v + tol + eps, false);
    }
    return iv(v, false, v, false);
}

ei_verdict ei_gap_decide(const ei_target *t, ei_direction dir, double actual,
                         ei_bound bound, double reference)
{
    if (!t || isnan(actual) || isnan(reference))
        return EI_VERDICT_UNKNOWN;
    ei_target_op op = t->op;
    double tol = ei_target_tolerance(t);
    if (t->kind == EI_TARGET_REDUCTION) {
        /* compare the sizes of the cuts: -10 against -17 is 10 vs 17 */
        actual = -actual;
        reference = -reference;
        if (bound == EI_BOUND_ABOVE)
            bound = EI_BOUND_BELOW;
        else if (bound == EI_BOUND_BELOW)
            bound = EI_BOUND_ABOVE;
        if (op == EI_OP_ABOUT || op == EI_OP_LINKED)
            dir = EI_DIRECTION_HIGHER; /* a bigger cut is better */
    }
    interval x = actual_interval(actual, bound);
    interval a = acceptable(op, dir, reference, tol);
    if (subset(x, a))
        return EI_VERDICT_MET;
    if (disjoint(x, a))
        return EI_VERDICT_NOT_MET;
    return EI_VERDICT_UNKNOWN;
}

/* The bound of actual - reference, carried as a bound of the actual (the
 * reference fixed): an actual above its figure or a reference below its
 * figure make the difference a lower bound, and the reverse an upper
 * bound; bounds pulling both ways decide nothing (false). */
static bool difference_bound(ei_bound *out, ei_bound actual, ei_bound ref)
{
    int up = (actual == EI_BOUND_ABOVE) + (ref == EI_BOUND_BELOW);
    int down = (actual == EI_BOUND_BELOW) + (ref == EI_BOUND_ABOVE);
    if (up && down)
        return false;
    *out = up ? EI_BOUND_ABOVE : down ? EI_BOUND_BELOW : actual;
    return true;
}

/* The actual of target t (or of indicator `indicator` with t's kind) at
 * `at`: level kinds take X_at, growth g_at, avg_growth the CAGR and
 * reduction the cumulative change from the base to `at`. */
static int actual_of(eig_point *out, const ei_target *t,
                     const char *indicator, const ei_dataset *ds,
                     ei_period at, ei_vintage vintage, ei_error *err)
{
    ei_series *owned = NULL;
    int rc;
    const ei_series *s = eig_find(ds, t->region, indicator, at.freq,
                                  vintage, &owned, &rc, err);
    if (rc)
        return rc;
    ei_period base = ei_target_base(t);
    switch (t->kind) {
    case EI_TARGET_GROWTH:
        *out = eig_growth(s, at);
        break;
    case EI_TARGET_AVG_GROWTH:
        *out = eig_cagr(s, base, at);
        break;
    case EI_TARGET_REDUCTION:
        *out = eig_change(s, base, at);
        break;
    default:
        *out = eig_level(s, at);
        if (out->reason == EI_REASON_NONE && !eig_to_unit(out, s, t->unit))
            *out = eig_missing(EI_REASON_UNIT_MISMATCH);
        break;
    }
    ei_series_free(owned);
    return EI_OK;
}

static void gap_reset(ei_gap *g, ei_period at, ei_direction dir)
{
    memset(g, 0, sizeof *g);
    g->verdict = EI_VERDICT_UNKNOWN;
    g->reason = EI_REASON_NONE;
    g->status = EI_STATUS_ACTUAL;
    g->bound = EI_BOUND_EXACT;
    g->period = at;
    g->actual = NAN;
    g->target = NAN;
    g->gap = NAN;
    g->gap_pct = NAN;
    g->direction = dir;
}

/* The value the actual is compared with, before any linked reference. */
static double target_value(const ei_target *t)
{
    if (t->kind == EI_TARGET_REDUCTION)
        return -fabs(t->value);
    return t->value;
}

int ei_gap_actual_at(ei_gap *out, const ei_target *t, const ei_dataset *ds,
                     ei_period at, const ei_gap_options *opts, ei_error *err)
{
    if (!out || !t || !ds)
        return ei_error_set(err, EI_EINVAL, "no result, target or dataset");
    if (!ei_period_valid(at) || at.freq != t->span.last.freq)
        return ei_error_set(err, EI_EINVAL,
                            "the period is not of the target's frequency");
    ei_vintage vintage = opts ? opts->vintage : EI_VINTAGE_LATEST;
    gap_reset(out, at, ei_target_direction(t, ei_dataset_registry(ds)));
    out->target = target_value(t);
    eig_point a;
    int rc = actual_of(&a, t, t->indicator, ds, at, vintage, err);
    if (rc)
        return rc;
    out->actual = a.v;
    out->reason = a.reason;
    out->status = a.status;
    out->bound = a.bound;
    out->derived = a.derived;
    /* a nominal growth is shown but cannot be judged against a real one */
    if (a.nominal)
        out->reason = EI_REASON_PRICE_BASIS;
    if (t->op == EI_OP_LINKED) {
        eig_point ref;
        if ((rc = actual_of(&ref, t, t->linked_indicator, ds, at, vintage,
                            err)))
            return rc;
        out->target = ref.v;
        if (out->reason == EI_REASON_NONE)
            out->reason = ref.nominal ? EI_REASON_PRICE_BASIS : ref.reason;
        if (ref.status == EI_STATUS_ESTIMATE)
            out->status = EI_STATUS_ESTIMATE;
        if (out->reason == EI_REASON_NONE &&
            !difference_bound(&out->bound, a.bound, ref.bound))
            out->reason = EI_REASON_BOUND;
    }
    return EI_OK;
}

/* True when the target's values are levels (not rates): gap in percent of
 * the target makes sense then. */
static bool is_level(const ei_target *t)
{
    if (ei_target_kind_is_rate(t->kind) || t->op == EI_OP_LINKED)
        return false;
    ei_unit u;
    if (t->unit && *t->unit) {
        ei_unit_lookup(&u, t->unit);
        if (u.dimension == EI_DIM_PERCENT || u.dimension == EI_DIM_POINTS)
            return false;
    }
    return true;
}

int ei_gap_evaluate(ei_gap *out, const ei_target *t, const ei_dataset *ds,
                    const ei_gap_options *opts, ei_error *err)
{
    if (!t)
        return ei_error_set(err, EI_EINVAL, "no target");
    return ei_gap_evaluate_at(out, t, ds, t->span.last, opts, err);
}

int ei_gap_evaluate_at(ei_gap *out, const ei_target *t, const ei_dataset *ds,
                       ei_period at, const ei_gap_options *opts,
                       ei_error *err)
{
    int rc = ei_gap_actual_at(out, t, ds, at, opts, err);
    if (rc)
        return rc;
    if (isnan(out->actual) || isnan(out->target)) {
        if (out->reason == EI_REASON_NONE)
            out->reason = EI_REASON_MISSING;
        return EI_OK;
    }
    if (out->reason == EI_REASON_PRICE_BASIS) /* nominal against real */
        return EI_OK;
    out->gap = out->actual - out->target;
    if (is_level(t) && out->target != 0)
        out->gap_pct = (out->actual / out->target - 1) * 100;
    if (out->reason == EI_REASON_BOUND) /* bounds that pull both ways */
        return EI_OK;
    out->verdict = ei_gap_decide(t, out->direction, out->actual, out->bound,
                                 out->target);
    if (out->verdict == EI_VERDICT_UNKNOWN)
        out->reason = EI_REASON_BOUND;
    else if (out->status == EI_STATUS_ESTIMATE) {
        out->provisional = true;
        out->reason = EI_REASON_ESTIMATE_ONLY;
    }
    return EI_OK;
}

int ei_gaps_evaluate(ei_gap *out, const ei_targets *set, const ei_dataset *ds,
                     const ei_gap_options *opts, ei_error *err)
{
    if (!out || !set || !ds)
        return ei_error_set(err, EI_EINVAL, "no result, targets or dataset");
    size_t n = ei_targets_count(set);
    for (size_t i = 0; i < n; i++) {
        int rc = ei_gap_evaluate(&out[i], ei_targets_at(set, i), ds, opts,
                                 err);
        if (rc)
            return rc;
    }
    return EI_OK;
}
