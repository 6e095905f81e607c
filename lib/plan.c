/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Plan completion: completion rate, time progress (months, days, seasonal)
 * and the progress of one annual plan from year-to-date data (formulas in
 * plan.h). */
#include "econind/plan.h"

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

int ei_plan_completion(double *out, double actual, double plan,
                       ei_error *err)
{
    if (!out)
        return ei_error_set(err, EI_EINVAL, "no output");
    if (!isfinite(actual) || !isfinite(plan) || !(plan > 0))
        return domain(out, err, "the plan must be positive and the actual "
                                "a number");
    *out = actual / plan * 100;
    return EI_OK;
}

int ei_time_progress(double *out, int elapsed, int total, ei_error *err)
{
    if (!out)
        return ei_error_set(err, EI_EINVAL, "no output");
    if (total <= 0 || elapsed < 0 || elapsed > total)
        return domain(out, err, "elapsed must lie between 0 and the total");
    *out = (double)elapsed / (double)total * 100;
    return EI_OK;
}

int ei_time_progress_date(double *out, ei_date d, ei_error *err)
{
    if (!out)
        return ei_error_set(err, EI_EINVAL, "no output");
    if (!ei_date_valid(d))
        return domain(out, err, "invalid date");
    *out = (double)ei_date_day_of_year(d) / (double)ei_days_in_year(d.year) *
           100;
    return EI_OK;
}

int ei_time_progress_seasonal(double *out, double last_ytd,
                              double last_full, ei_error *err)
{
    if (!out)
        return ei_error_set(err, EI_EINVAL, "no output");
    if (!isfinite(last_ytd) || !isfinite(last_full) || !(last_full > 0) ||
        last_ytd < 0)
        return domain(out, err, "last year's figures must be positive");
    *out = last_ytd / last_full * 100;
    return EI_OK;
}

double ei_plan_ahead(double completion_pct, double time_pct)
{
    return completion_pct - time_pct;
}

static void progress_reset(ei_plan_progress *p, double plan)
{
    memset(p, 0, sizeof *p);
    p->reason = EI_REASON_NONE;
    p->actual = NAN;
    p->plan = plan;
    p->completion = NAN;
    p->time_progress = NAN;
    p->ahead = NAN;
}

static ei_period sub_period(ei_freq f, int year, int sub)
{
    return f == EI_FREQ_MONTHLY ? ei_period_month(year, sub)
                                : ei_period_quarter(year, sub);
}

/* The YTD series of the plan's indicator (monthly, else quarterly). */
static const ei_series *ytd_series(const ei_plan_item *plan,
                                   const ei_dataset *ds, ei_freq want)
{
    static const ei_freq freqs[] = {EI_FREQ_MONTHLY, EI_FREQ_QUARTERLY};
    for (size_t k = 0; k < 2; k++) {
        if (want != EI_FREQ_NONE && want != freqs[k])
            continue;
        const ei_series *s = ei_dataset_find(
            ds, plan->region && *plan->region ? plan->region : NULL,
            plan->indicator, freqs[k]);
        if (s && ei_series_freq(s) == freqs[k] &&
            ei_series_measure(s) == EI_MEASURE_YTD)
            return s;
    }
    return NULL;
}

/* Factor turning the series' unit into the plan's; false if they do not
 * convert. An empty unit on either side is taken as the other. */
static bool unit_factor(double *f, const ei_series *s, const char *plan_unit)
{
    *f = 1;
    ei_unit su = ei_series_unit(s);
    if (!plan_unit || !*plan_unit || !su.name || !*su.name)
        return true;
    ei_unit pu;
    ei_unit_lookup(&pu, plan_unit);
    return ei_unit_factor(f, su, pu, NULL) == EI_OK;
}

/* The actual a of series s in the plan's unit, and the completion rate;
 * false with out->reason set when either cannot be had. */
static bool completion_of(ei_plan_progress *out, const ei_plan_item *plan,
                          const ei_series *s, eig_point a)
{
    double factor;
    if (!unit_factor(&factor, s, plan->unit)) {
        out->reason = EI_REASON_UNIT_MISMATCH;
        return false;
    }
    out->actual = a.v * factor;
    out->provisional = a.status == EI_STATUS_ESTIMATE;
    if (ei_plan_completion(&out->completion, out->actual, plan->value,
                           NULL)) {
        out->reason = EI_REASON_DOMAIN;
        return false;
    }
    return true;
}

/* The plan year's own annual figure, when there is no year-to-date one:
 * the whole year has elapsed (time progress 100%). */
static int whole_year(ei_plan_progress *out, const ei_plan_item *plan,
                      const ei_dataset *ds)
{
    const ei_series *s = ei_dataset_find(
        ds, plan->region && *plan->region ? plan->region : NULL,
        plan->indicator, EI_FREQ_ANNUAL);
    out->period = ei_period_year(plan->year);
    eig_point a = eig_level(s, out->period);
    if (a.reason != EI_REASON_NONE) {
        out->reason = EI_REASON_MISSING;
        return EI_OK;
    }
    if (!completion_of(out, plan, s, a))
        return EI_OK;
    out->time_progress = 100;
    out->ahead = ei_plan_ahead(out->completion, out->time_progress);
    if (out->provisional)
        out->reason = EI_REASON_ESTIMATE_ONLY;
    return EI_OK;
}

int ei_plan_evaluate(ei_plan_progress *out, const ei_plan_item *plan,
                     const ei_dataset *ds, ei_period at, ei_time_basis basis,
                     ei_error *err)
{
    if (!out || !plan || !ds)
        return ei_error_set(err, EI_EINVAL, "no result, plan or dataset");
    progress_reset(out, plan->value);
    bool given = ei_period_valid(at);
    if (given && at.year != plan->year)
        return ei_error_set(err, EI_EINVAL,
                            "the period must lie in the plan year");
    if (given && at.freq == EI_FREQ_ANNUAL)
        return whole_year(out, plan, ds);
    const ei_series *s = ytd_series(plan, ds, given ? at.freq : EI_FREQ_NONE);
    if (!s)
        return whole_year(out, plan, ds);
    ei_freq f = ei_series_freq(s);
    eig_point a = eig_missing(EI_REASON_MISSING);
    if (given) {
        a = eig_level(s, at);
    } else {
        for (int sub = (int)f; sub >= 1; sub--) {
            at = sub_period(f, plan->year, sub);
            a = eig_level(s, at);
            if (a.reason == EI_REASON_NONE)
                break;
        }
    }
    out->period = ei_period_ytd(at.year, f, 1, at.sub);
    if (a.reason != EI_REASON_NONE) {
        out->reason = a.reason;
        return EI_OK;
    }
    if (!completion_of(out, plan, s, a))
        return EI_OK;
    int rc = EI_OK;
    switch (basis) {
    case EI_TIME_MONTHS:
        rc = ei_time_progress(&out->time_progress, at.sub, (int)f, NULL);
        break;
    case EI_TIME_DAYS:
        rc = ei_time_progress_date(&out->time_progress,
                                   ei_period_end_date(at), NULL);
        break;
    case EI_TIME_SEASONAL: {
        eig_point ly = eig_level(s, ei_period_year_ago(at));
        eig_point lf = eig_level(s, sub_period(f, plan->year - 1, (int)f));
        if (ly.reason != EI_REASON_NONE || lf.reason != EI_REASON_NONE) {
            out->reason = EI_REASON_MISSING_OPERAND;
            return EI_OK;
        }
        rc = ei_time_progress_seasonal(&out->time_progress, ly.v, lf.v,
                                       NULL);
        break;
    }
    }
    if (rc) {
        out->reason = EI_REASON_DOMAIN;
        return EI_OK;
    }
    out->ahead = ei_plan_ahead(out->completion, out->time_progress);
    if (out->provisional)
        out->reason = EI_REASON_ESTIMATE_ONLY;
    return EI_OK;
}
