/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What it takes to reach a target: required paces and progress (formulas
 * in required.h). */
#include "econind/required.h"

#include <math.h>
#include <string.h>

#include "econind/unit.h"
#include "error_set.h"
#include "gap_priv.h"

static int domain(double *out, ei_error *err, const char *what)
{
    *out = NAN;
    return ei_error_set(err, EI_EINVAL, "%s", what);
}

int ei_required_growth(double *out, double level, double from, double k,
                       ei_error *err)
{
    if (!out)
        return ei_error_set(err, EI_EINVAL, "no output");
    if (!(level > 0) || !(from > 0) || !isfinite(level) || !isfinite(from))
        return domain(out, err, "levels must be positive");
    if (!(k > 0) || !isfinite(k))
        return domain(out, err, "the number of periods must be positive");
    *out = (pow(level / from, 1.0 / k) - 1) * 100;
    return EI_OK;
}

int ei_required_rest_of_year(double *out, double target_pct,
                             double last_full, double last_done,
                             double this_done, ei_error *err)
{
    if (!out)
        return ei_error_set(err, EI_EINVAL, "no output");
    if (!isfinite(target_pct) || !isfinite(last_full) ||
        !isfinite(last_done) || !isfinite(this_done))
        return domain(out, err, "missing operand");
    double rest = last_full - last_done;
    if (!(rest > 0))
        return domain(out, err,
                      "last year's remaining months must be positive");
    *out = (((1 + target_pct / 100) * last_full - this_done) / rest - 1) *
           100;
    return EI_OK;
}

int ei_required_avg_pace(double *out, double target_pct, int years,
                         const double *done_pct, size_t n_done, ei_error *err)
{
    if (!out)
        return ei_error_set(err, EI_EINVAL, "no output");
    if (!isfinite(target_pct) || target_pct <= -100)
        return domain(out, err, "bad target rate");
    if (years <= 0 || n_done >= (size_t)years || (n_done && !done_pct))
        return domain(out, err, "no years left in the plan");
    double need = pow(1 + target_pct / 100, years);
    for (size_t i = 0; i < n_done; i++) {
        if (!isfinite(done_pct[i]) || done_pct[i] <= -100)
            return domain(out, err, "a rate of a year done is missing");
        need /= 1 + done_pct[i] / 100;
    }
    *out = (pow(need, 1.0 / (double)((size_t)years - n_done)) - 1) * 100;
    return EI_OK;
}

int ei_reduction_progress(double *out, double target_pct, double actual_pct,
                          ei_error *err)
{
    if (!out)
        return ei_error_set(err, EI_EINVAL, "no output");
    if (!isfinite(target_pct) || !isfinite(actual_pct) || target_pct == 0 ||
        target_pct <= -100 || actual_pct <= -100)
        return domain(out, err, "changes must be above -100% and the "
                                "target not 0");
    *out = log1p(actual_pct / 100) / log1p(target_pct / 100) * 100;
    return EI_OK;
}

int ei_reduction_required_pace(double *out, double target_pct,
                               double actual_pct, int k, ei_error *err)
{
    if (!out)
        return ei_error_set(err, EI_EINVAL, "no output");
    if (!isfinite(target_pct) || !isfinite(actual_pct) ||
        target_pct <= -100 || actual_pct <= -100)
        return domain(out, err, "changes must be above -100%");
    if (k <= 0)
        return domain(out, err, "no years left");
    *out = (pow((1 + target_pct / 100) / (1 + actual_pct / 100),
                1.0 / k) - 1) * 100;
    return EI_OK;
}

static void req_reset(ei_requirement *r)
{
    memset(r, 0, sizeof *r);
    r->reason = EI_REASON_NONE;
    r->latest_value = NAN;
    r->required = NAN;
    r->progress = NAN;
}

/* The latest period at or before `end` (and after `after`, exclusive) for
 * which pick() gives a value. */
typedef eig_point (*pick_fn)(const ei_series *s, ei_period base,
                             ei_period p);

static eig_point pick_level(const ei_series *s, ei_period base, ei_period p)
{
    (void)base;
    return eig_level(s, p);
}

static eig_point pick_cagr(const ei_series *s, ei_period base, ei_period p)
{
    return eig_cagr(s, base, p);
}

static eig_point pick_change(const ei_series *s, ei_period base, ei_period p)
{
    return eig_change(s, base, p);
}

static bool latest(const ei_series *s, ei_period base, ei_period after,
                   ei_period end, pick_fn pick, ei_period *at, eig_point *pt)
{
    if (!s)
        return false;
    for (ei_period p = end; ei_period_compare(p, after) > 0;
         p = ei_period_prev(p)) {
        eig_point x = pick(s, base, p);
        if (x.reason == EI_REASON_NONE) {
            *at = p;
            *pt = x;
            return true;
        }
    }
    return false;
}

/* Years (periods of the target's frequency) from a to b. */
static long periods_between(ei_period a, ei_period b)
{
    long d = 0;
    if (ei_period_distance(&d, a, b, NULL) != EI_OK)
        return -1;
    return d;
}

/* Level-like targets. With `pace` false (a count, a level in percent)
 * the latest actual, progress and `met` are given but no growth pace. */
/* Whether actual x already satisfies t (against `value`, the signed
 * change for a reduction), by the rule of the gap verdict (gap.h). */
static bool met_now(const ei_target *t, const ei_registry *reg, eig_point x,
                    double value)
{
    return ei_gap_decide(t, ei_target_direction(t, reg), x.v, x.bound,
                         value) == EI_VERDICT_MET;
}

static void level_requirement(ei_requirement *out, const ei_target *t,
                              const ei_series *s, const ei_registry *reg,
                              bool pace)
{
    ei_period end = t->span.last, base = ei_target_base(t);
    ei_period at;
    eig_point x;
    /* the base itself counts as "latest" when nothing newer exists */
    if (!latest(s, base, ei_period_prev(base), end, pick_level, &at, &x)) {
        out->reason = EI_REASON_MISSING;
        return;
    }
    if (!eig_to_unit(&x, s, t->unit)) {
        out->reason = EI_REASON_UNIT_MISMATCH;
        return;
    }
    out->latest = at;
    out->latest_value = x.v;
    out->provisional = x.status == EI_STATUS_ESTIMATE;
    out->periods_left = periods_between(at, end);
    if (t->value != 0)
        out->progress = x.v / t->value * 100;
    out->met = met_now(t, reg, x, t->value);
    if (!pace) {
        out->reason = EI_REASON_NO_TARGET;
        return;
    }
    if (out->periods_left <= 0) {
        out->reason = EI_REASON_OUT_OF_RANGE;
        return;
    }
    if (ei_required_growth(&out->required, t->value, x.v,
                           (double)out->periods_left, NULL))
        out->reason = EI_REASON_DOMAIN;
}

static void avg_requirement(ei_requirement *out, const ei_target *t,
                            const ei_series *s, const ei_registry *reg)
{
    ei_period end = t->span.last, base = ei_target_base(t);
    ei_period at;
    eig_point x;
    long total = periods_between(base, end);
    if (total <= 0) {
        out->reason = EI_REASON_OUT_OF_RANGE;
        return;
    }
    if (!latest(s, base, base, end, pick_cagr, &at, &x)) {
        /* no year done yet: the target pace itself */
        out->latest = base;
        out->periods_left = total;
        out->required = t->value;
        out->reason = s ? EI_REASON_NONE : EI_REASON_MISSING;
        return;
    }
    long done = periods_between(base, at);
    out->latest = at;
    out->latest_value = x.v;
    out->provisional = x.status == EI_STATUS_ESTIMATE;
    out->periods_left = total - done;
    if (x.nominal) { /* nominal CAGR so far: no real pace follows from it */
        out->reason = EI_REASON_PRICE_BASIS;
        return;
    }
    out->met = met_now(t, reg, x, t->value);
    if (out->periods_left <= 0) {
        out->reason = EI_REASON_OUT_OF_RANGE;
        return;
    }
    /* the pace for the rest: ((1+g*)^N / (1+cagr)^n)^(1/(N-n)) - 1 */
    double need = pow(1 + t->value / 100, (double)total) /
                  pow(1 + x.v / 100, (double)done);
    double pace = (pow(need, 1.0 / (double)out->periods_left) - 1) * 100;
    if (!isfinite(pace)) {
        out->reason = EI_REASON_DOMAIN;
        return;
    }
    out->required = pace;
}

static void reduction_requirement(ei_requirement *out, const ei_target *t,
                                  const ei_series *s, const ei_registry *reg)
{
    ei_period end = t->span.last, base = ei_target_base(t);
    ei_period at;
    eig_point x;
    double target = -fabs(t->value);
    long total = periods_between(base, end);
    if (!latest(s, base, base, end, pick_change, &at, &x)) {
        out->latest = base;
        out->periods_left = total;
        out->progress = 0;
        if (ei_reduction_required_pace(&out->required, target, 0,
                                       (int)total, NULL))
            out->reason = EI_REASON_DOMAIN;
        if (!s)
            out->reason = EI_REASON_MISSING;
        return;
    }
    out->latest = at;
    out->latest_value = x.v;
    out->provisional = x.status == EI_STATUS_ESTIMATE;
    out->periods_left = periods_between(at, end);
    out->met = met_now(t, reg, x, target);
    if (ei_reduction_progress(&out->progress, target, x.v, NULL))
        out->reason = EI_REASON_DOMAIN;
    if (out->periods_left <= 0)
        out->reason = EI_REASON_OUT_OF_RANGE;
    else if (ei_reduction_required_pace(&out->required, target, x.v,
                                        (int)out->periods_left, NULL))
        out->reason = EI_REASON_DOMAIN;
}

/* The rest-of-year requirement of an annual growth target from the
 * year-to-date series (monthly, else quarterly). */
static int growth_requirement(ei_requirement *out, const ei_target *t,
                              const ei_dataset *ds, ei_vintage vintage,
                              ei_error *err)
{
    static const ei_freq freqs[] = {EI_FREQ_MONTHLY, EI_FREQ_QUARTERLY};
    int year = t->span.last.year;
    for (size_t k = 0; k < 2; k++) {
        ei_series *owned = NULL;
        int rc;
        const ei_series *s = eig_find(ds, t->region, t->indicator, freqs[k],
                                      vintage, &owned, &rc, err);
        if (rc)
            return rc;
        if (!s || ei_series_measure(s) != EI_MEASURE_YTD) {
            ei_series_free(owned);
            continue;
        }
        int last = (int)freqs[k];
        ei_period at = {0, EI_FREQ_NONE, 0, 0};
        eig_point a = eig_missing(EI_REASON_MISSING);
        for (int m = last - 1; m >= 1; m--) {
            ei_period p = freqs[k] == EI_FREQ_MONTHLY
                              ? ei_period_month(year, m)
                              : ei_period_quarter(year, m);
            a = eig_level(s, p);
            if (a.reason == EI_REASON_NONE) {
                at = p;
                break;
            }
        }
        if (a.reason != EI_REASON_NONE) {
            ei_series_free(owned);
            continue;
        }
        ei_period ago = ei_period_year_ago(at);
        ei_period full = freqs[k] == EI_FREQ_MONTHLY
                             ? ei_period_month(year - 1, 12)
                             : ei_period_quarter(year - 1, 4);
        eig_point bd = eig_level(s, ago), b = eig_level(s, full);
        if (b.reason != EI_REASON_NONE) {
            ei_series *o2 = NULL;
            const ei_series *ann = eig_find(ds, t->region, t->indicator,
                                            EI_FREQ_ANNUAL, vintage, &o2,
                                            &rc, err);
            if (rc) {
                ei_series_free(owned);
                return rc;
            }
            b = eig_level(ann, ei_period_year(year - 1));
            ei_series_free(o2);
        }
        out->latest = at;
        out->latest_value = NAN;
        if (bd.reason == EI_REASON_NONE && bd.v > 0)
            out->latest_value = (a.v / bd.v - 1) * 100;
        out->provisional = a.status == EI_STATUS_ESTIMATE;
        out->periods_left = last - at.sub;
        bool crosses = ei_series_crosses_break(s, ago, at);
        /* YTD levels at current prices of an indicator whose growth is
         * real (GDP): the pace from them would be nominal */
        bool nominal = eig_nominal(s);
        ei_series_free(owned);
        if (crosses) {
            out->reason = EI_REASON_BREAK;
            return EI_OK;
        }
        if (nominal) {
            out->reason = EI_REASON_PRICE_BASIS;
            return EI_OK;
        }
        if (bd.reason != EI_REASON_NONE || b.reason != EI_REASON_NONE) {
            out->reason = EI_REASON_MISSING_OPERAND;
            return EI_OK;
        }
        if (ei_required_rest_of_year(&out->required, t->value, b.v, bd.v,
                                     a.v, NULL))
            out->reason = EI_REASON_DOMAIN;
        return EI_OK;
    }
    out->reason = EI_REASON_MISSING;
    return EI_OK;
}

/* Whether a growth per year to reach the target means anything: for a
 * level to reach (a stock, or an annual flow such as GDP) and a floor to
 * hold, not for a count of new things in a period (新增高新技术企业10家:
 * next year's count does not grow out of this year's) nor for a level
 * written in percent or points (a rate does not compound). */
static bool level_pace_applies(const ei_target *t)
{
    if (t->kind != EI_TARGET_LEVEL && t->kind != EI_TARGET_FLOOR)
        return false;
    if (t->unit && *t->unit) {
        ei_unit u;
        ei_unit_lookup(&u, t->unit);
        if (u.dimension == EI_DIM_PERCENT || u.dimension == EI_DIM_POINTS)
            return false;
    }
    return true;
}

int ei_target_requirement(ei_requirement *out, const ei_target *t,
                          const ei_dataset *ds, const ei_gap_options *opts,
                          ei_error *err)
{
    if (!out || !t || !ds)
        return ei_error_set(err, EI_EINVAL, "no result, target or dataset");
    req_reset(out);
    ei_vintage vintage = opts ? opts->vintage : EI_VINTAGE_LATEST;
    if (t->kind == EI_TARGET_GROWTH && t->op != EI_OP_LINKED)
        return growth_requirement(out, t, ds, vintage, err);
    if (t->op == EI_OP_LINKED ||
        (t->kind != EI_TARGET_LEVEL && t->kind != EI_TARGET_COUNT &&
         t->kind != EI_TARGET_FLOOR && t->kind != EI_TARGET_AVG_GROWTH &&
         t->kind != EI_TARGET_REDUCTION)) {
        out->reason = EI_REASON_NO_TARGET;
        return EI_OK;
    }
    ei_series *owned = NULL;
    int rc;
    const ei_series *s = eig_find(ds, t->region, t->indicator,
                                  t->span.last.freq, vintage, &owned, &rc,
                                  err);
    if (rc)
        return rc;
    const ei_registry *reg = ei_dataset_registry(ds);
    if (t->kind == EI_TARGET_AVG_GROWTH)
        avg_requirement(out, t, s, reg);
    else if (t->kind == EI_TARGET_REDUCTION)
        reduction_requirement(out, t, s, reg);
    else
        level_requirement(out, t, s, reg, level_pace_applies(t));
    ei_series_free(owned);
    return EI_OK;
}
