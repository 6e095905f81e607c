/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Estimates (预计) against final figures, from a series' vintages. */
#include "econind/backtest.h"

#include <math.h>
#include <stdbool.h>
#include <stdlib.h>

#include "error_set.h"

struct ei_estimate_report {
    ei_estimate_check *c;
    size_t n;
};

/* How final a status is; 0 for statuses that are never a final figure. */
static int finality(ei_obs_status st)
{
    switch (st) {
    case EI_STATUS_REVISED:
        return 3;
    case EI_STATUS_ACTUAL:
        return 2;
    case EI_STATUS_PRELIMINARY:
        return 1;
    default:
        return 0;
    }
}

static bool exact(ei_bound b)
{
    return b == EI_BOUND_EXACT || b == EI_BOUND_ABOUT;
}

/* The check of estimate e against the observations [lo, hi) of its
 * period. */
static void check_one(ei_estimate_check *c, const ei_observation *e,
                      const ei_series *s, size_t lo, size_t hi)
{
    ei_observation fin = { 0 }, o;
    int best = 0;
    for (size_t j = lo; j < hi; j++) {
        if (ei_series_obs_at(s, j, &o) != EI_OK)
            continue;
        int f = finality(o.status);
        if (f && f >= best) { /* later among equals wins */
            best = f;
            fin = o;
        }
    }
    c->period = e->period;
    c->estimate = e->value;
    c->estimate_growth = e->growth;
    c->estimate_release = e->release;
    c->final = best ? fin.value : (double)NAN;
    c->final_growth = best ? fin.growth : (double)NAN;
    c->final_status = best ? fin.status : EI_STATUS_ACTUAL;
    c->final_release = best ? fin.release : NULL;
    c->error = c->pct_error = NAN;
    c->growth_error = c->estimate_growth - c->final_growth;
    if (!best)
        c->reason = EI_REASON_ESTIMATE_ONLY;
    else if (isnan(c->estimate) || isnan(c->final))
        c->reason = EI_REASON_MISSING;
    else if (!exact(e->bound) || !exact(fin.bound))
        c->reason = EI_REASON_BOUND;
    else {
        c->error = c->estimate - c->final;
        if (c->final != 0) {
            c->pct_error = 100.0 * c->error / c->final;
            c->reason = EI_REASON_NONE;
        } else {
            c->reason = EI_REASON_ZERO_BASE;
        }
    }
}

int ei_estimates_check(ei_estimate_report **out, const ei_series *s,
                       ei_error *err)
{
    if (!out)
        return ei_error_set(err, EI_EINVAL, "ei_estimates_check: out is NULL");
    *out = NULL;
    if (!s)
        return ei_error_set(err, EI_EINVAL, "ei_estimates_check: no series");
    ei_estimate_report *r = calloc(1, sizeof *r);
    size_t nobs = ei_series_obs_count(s);
    if (r && nobs)
        r->c = calloc(nobs, sizeof *r->c);
    if (!r || (nobs && !r->c)) {
        ei_estimate_report_free(r);
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    }
    /* Observations come in period order: find each period's run. */
    size_t lo = 0;
    while (lo < nobs) {
        ei_observation first;
        if (ei_series_obs_at(s, lo, &first) != EI_OK)
            break;
        size_t hi = lo + 1;
        ei_observation o;
        while (hi < nobs && ei_series_obs_at(s, hi, &o) == EI_OK
               && ei_period_equal(o.period, first.period))
            hi++;
        for (size_t j = lo; j < hi; j++)
            if (ei_series_obs_at(s, j, &o) == EI_OK
                && o.status == EI_STATUS_ESTIMATE)
                check_one(&r->c[r->n++], &o, s, lo, hi);
        lo = hi;
    }
    *out = r;
    return EI_OK;
}

void ei_estimate_report_free(ei_estimate_report *r)
{
    if (!r)
        return;
    free(r->c);
    free(r);
}

size_t ei_estimate_report_count(const ei_estimate_report *r)
{
    return r ? r->n : 0;
}

const ei_estimate_check *ei_estimate_report_at(const ei_estimate_report *r,
                                               size_t i)
{
    return r && i < r->n ? &r->c[i] : NULL;
}

void ei_estimate_report_summary(const ei_estimate_report *r,
                                ei_estimate_summary *out)
{
    static const ei_estimate_report none = {NULL, 0};
    if (!out)
        return;
    if (!r) /* the summary of no estimates */
        r = &none;
    double sa = 0, se = 0, spa = 0, sp = 0, ga = 0, gs = 0;
    size_t np = 0;
    out->count = r->n;
    out->n = out->n_growth = 0;
    for (size_t i = 0; i < r->n; i++) {
        const ei_estimate_check *c = &r->c[i];
        if (!isnan(c->error)) {
            out->n++;
            sa += fabs(c->error);
            se += c->error;
        }
        if (!isnan(c->pct_error)) {
            np++;
            spa += fabs(c->pct_error);
            sp += c->pct_error;
        }
        if (!isnan(c->growth_error)) {
            out->n_growth++;
            ga += fabs(c->growth_error);
            gs += c->growth_error;
        }
    }
    out->mae = out->n ? sa / (double)out->n : (double)NAN;
    out->bias = out->n ? se / (double)out->n : (double)NAN;
    out->mape = np ? spa / (double)np : (double)NAN;
    out->mpe = np ? sp / (double)np : (double)NAN;
    out->growth_mae = out->n_growth ? ga / (double)out->n_growth : (double)NAN;
    out->growth_bias = out->n_growth ? gs / (double)out->n_growth : (double)NAN;
}
