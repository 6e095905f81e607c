/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Classifying plan targets from data: met early, met, on track, behind,
 * hard (rules in scorecard.h). */
#include "econind/scorecard.h"

#include <math.h>
#include <string.h>

#include "econind/required.h"
#include "error_set.h"
#include "gap_priv.h"

/* Targets that are "reached" once and stay reached: they can be met early. */
static bool reach_type(const ei_target *t)
{
    return t->op != EI_OP_LINKED &&
           (t->kind == EI_TARGET_LEVEL || t->kind == EI_TARGET_COUNT ||
            t->kind == EI_TARGET_SHARE || t->kind == EI_TARGET_FLOOR ||
            t->kind == EI_TARGET_REDUCTION);
}

/* Met at period p (before the end)? */
static int met_at(bool *met, const ei_target *t, const ei_dataset *ds,
                  ei_period p, ei_error *err)
{
    ei_gap g;
    *met = false;
    int rc = ei_gap_actual_at(&g, t, ds, p, NULL, err);
    if (rc)
        return rc;
    if (g.reason != EI_REASON_NONE)
        return EI_OK;
    *met = ei_gap_decide(t, g.direction, g.actual, g.bound, g.target) ==
           EI_VERDICT_MET;
    return EI_OK;
}

/* Was a reach-type target met in a period of its span before the end? */
static int met_before_end(bool *early, const ei_target *t,
                          const ei_dataset *ds, ei_error *err)
{
    *early = false;
    if (!reach_type(t))
        return EI_OK;
    ei_period first = t->span.first;
    if (t->kind == EI_TARGET_REDUCTION) /* a change needs a year done */
        first = ei_period_next(ei_target_base(t));
    for (ei_period p = first; ei_period_compare(p, t->span.last) < 0;
         p = ei_period_next(p)) {
        int rc = met_at(early, t, ds, p, err);
        if (rc || *early)
            return rc;
    }
    return EI_OK;
}

/* The even pace a target asks for, in percent a period; NaN if none. */
static double target_pace(const ei_target *t, const ei_dataset *ds)
{
    ei_period base = ei_target_base(t);
    long n = 0;
    if (ei_period_distance(&n, base, t->span.last, NULL) != EI_OK || n <= 0)
        return NAN;
    double pace = NAN;
    if (t->kind == EI_TARGET_AVG_GROWTH)
        return t->value;
    if (t->kind == EI_TARGET_REDUCTION) {
        ei_reduction_required_pace(&pace, -fabs(t->value), 0, (int)n, NULL);
        return pace;
    }
    ei_series *owned = NULL;
    int rc;
    const ei_series *s = eig_find(ds, t->region, t->indicator, base.freq,
                                  EI_VINTAGE_LATEST, &owned, &rc, NULL);
    eig_point x0 = eig_level(s, base);
    ei_series_free(owned);
    if (x0.reason == EI_REASON_NONE)
        ei_required_growth(&pace, t->value, x0.v, (double)n, NULL);
    return pace;
}

/* On track / behind / hard from the required and the target pace. */
static ei_score by_pace(const ei_target *t, double required, double pace,
                        double hard_ratio)
{
    if (t->kind == EI_TARGET_REDUCTION) { /* compare the sizes of cuts */
        required = -required;
        pace = -pace;
    }
    if (isnan(required))
        return EI_SCORE_UNKNOWN;
    if (isnan(pace) || pace <= 0)
        return required <= (isnan(pace) ? 0 : pace) ? EI_SCORE_ON_TRACK
                                                    : EI_SCORE_BEHIND;
    if (required <= pace + 1e-9)
        return EI_SCORE_ON_TRACK;
    if (required <= hard_ratio * pace)
        return EI_SCORE_BEHIND;
    return EI_SCORE_HARD;
}

/* Shares and ceilings before the end: does the latest actual meet it? */
static int by_latest(ei_score *out, const ei_target *t, const ei_dataset *ds,
                     ei_error *err)
{
    *out = EI_SCORE_UNKNOWN;
    ei_period stop = ei_target_base(t);
    for (ei_period p = ei_period_prev(t->span.last);
         ei_period_compare(p, stop) >= 0; p = ei_period_prev(p)) {
        ei_gap g;
        int rc = ei_gap_actual_at(&g, t, ds, p, NULL, err);
        if (rc)
            return rc;
        if (g.reason != EI_REASON_NONE)
            continue;
        ei_verdict v = ei_gap_decide(t, g.direction, g.actual, g.bound,
                                     g.target);
        *out = v == EI_VERDICT_MET ? EI_SCORE_ON_TRACK
             : v == EI_VERDICT_NOT_MET ? EI_SCORE_BEHIND : EI_SCORE_UNKNOWN;
        return EI_OK;
    }
    return EI_OK;
}

int ei_score_target(ei_score *out, const ei_target *t, const ei_dataset *ds,
                    double hard_ratio, ei_error *err)
{
    if (!out || !t || !ds)
        return ei_error_set(err, EI_EINVAL, "no result, target or dataset");
    if (!(hard_ratio > 1) || !isfinite(hard_ratio))
        hard_ratio = 1.5;
    *out = EI_SCORE_UNKNOWN;
    ei_gap g;
    int rc = ei_gap_evaluate(&g, t, ds, NULL, err);
    if (rc)
        return rc;
    if (g.verdict == EI_VERDICT_MET) {
        bool early;
        if ((rc = met_before_end(&early, t, ds, err)))
            return rc;
        *out = early ? EI_SCORE_MET_EARLY : EI_SCORE_MET;
        return EI_OK;
    }
    if (g.verdict == EI_VERDICT_NOT_MET) {
        *out = EI_SCORE_HARD;
        return EI_OK;
    }
    if (!isnan(g.actual)) /* a bound that decides nothing */
        return EI_OK;
    /* the end is not reached yet */
    if (t->kind == EI_TARGET_SHARE || t->kind == EI_TARGET_CEILING) {
        if ((rc = by_latest(out, t, ds, err)))
            return rc;
        if (*out == EI_SCORE_ON_TRACK && t->kind == EI_TARGET_SHARE)
            *out = EI_SCORE_MET_EARLY;
        return EI_OK;
    }
    ei_requirement req;
    if ((rc = ei_target_requirement(&req, t, ds, NULL, err)))
        return rc;
    if (isnan(req.latest_value))
        return EI_OK; /* no data at all */
    /* Met early means reached within the plan's span before its end. A
     * figure from before the span (last year's new jobs against this
     * year's target) meets nothing: the target is about its own period. */
    if (req.met && reach_type(t)) {
        if (ei_period_compare(req.latest, t->span.first) >= 0)
            *out = EI_SCORE_MET_EARLY;
        return EI_OK; /* else reached before the span began: not judged */
    }
    if (req.reason != EI_REASON_NONE || t->kind == EI_TARGET_GROWTH)
        return EI_OK;
    *out = by_pace(t, req.required, target_pace(t, ds), hard_ratio);
    return EI_OK;
}

int ei_scorecard_from_targets(ei_scorecard **out, const ei_targets *set,
                              const ei_dataset *ds, const char *plan,
                              double hard_ratio, ei_error *err)
{
    if (!out)
        return ei_error_set(err, EI_EINVAL, "no output for the scorecard");
    *out = NULL;
    if (!set || !ds)
        return ei_error_set(err, EI_EINVAL, "no targets or dataset");
    ei_scorecard *sc;
    int rc = ei_scorecard_new(&sc, err);
    if (rc)
        return rc;
    const ei_registry *reg = ei_dataset_registry(ds);
    for (size_t i = 0; i < ei_targets_count(set) && rc == EI_OK; i++) {
        const ei_target *t = ei_targets_at(set, i);
        if (ei_period_equal(t->span.first, t->span.last))
            continue; /* not a plan-span target */
        ei_score_row row;
        memset(&row, 0, sizeof row);
        if ((rc = ei_score_target(&row.score, t, ds, hard_ratio, err)))
            break;
        const ei_indicator *ind = reg ? ei_registry_find(reg, t->indicator)
                                      : NULL;
        row.plan = plan;
        row.indicator = t->indicator;
        row.group = ind && ind->group ? ind->group : "";
        row.count = 1;
        row.source = t->source;
        row.note = t->note;
        row.file = t->file;
        row.line = t->line;
        rc = ei_scorecard_add(sc, &row, err);
    }
    if (rc) {
        ei_scorecard_free(sc);
        return rc;
    }
    *out = sc;
    return EI_OK;
}
