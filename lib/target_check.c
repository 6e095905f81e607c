/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Consistency between a growth target and a level target of the same
 * indicator and end period (formulas in target_check.h). */
#include "econind/target_check.h"

#include <math.h>
#include <string.h>

#include "econind/gap.h"
#include "error_set.h"
#include "gap_priv.h"

static bool is_growth(const ei_target *t)
{
    return (t->kind == EI_TARGET_GROWTH || t->kind == EI_TARGET_AVG_GROWTH) &&
           t->op != EI_OP_LINKED;
}

static bool is_level(const ei_target *t)
{
    return t->kind == EI_TARGET_LEVEL;
}

static void result_reset(ei_target_consistency *r)
{
    memset(r, 0, sizeof *r);
    r->base_level = NAN;
    r->implied_level = NAN;
    r->required = NAN;
    r->deflator = NAN;
    r->reason = EI_REASON_NONE;
}

int ei_target_check_pair(ei_target_consistency *out, const ei_target *growth,
                         const ei_target *level, double base_level,
                         ei_error *err)
{
    if (!out || !growth || !level)
        return ei_error_set(err, EI_EINVAL, "no result or targets");
    result_reset(out);
    if (!is_growth(growth) || !is_level(level))
        return ei_error_set(err, EI_EINVAL,
                            "pair a growth or avg_growth target with a level "
                            "target");
    out->base = ei_target_base(level);
    out->base_level = base_level;
    long n = 0;
    if (ei_period_distance(&n, out->base, level->span.last, NULL) != EI_OK ||
        n <= 0) {
        out->reason = EI_REASON_OUT_OF_RANGE;
        return EI_OK;
    }
    out->periods = n;
    if (isnan(base_level)) {
        out->reason = EI_REASON_MISSING;
        return EI_OK;
    }
    if (!(base_level > 0) || !(level->value > 0) || growth->value <= -100) {
        out->reason = EI_REASON_DOMAIN;
        return EI_OK;
    }
    double g = growth->value / 100;
    out->implied_level = base_level * pow(1 + g, (double)n);
    out->required = (pow(level->value / base_level, 1.0 / (double)n) - 1) *
                    100;
    out->deflator = ((1 + out->required / 100) / (1 + g) - 1) * 100;
    ei_target l = *level;
    l.op = (l.op == EI_OP_LINKED) ? EI_OP_GE : l.op;
    out->consistent = ei_gap_decide(&l, EI_DIRECTION_HIGHER,
                                    out->implied_level, EI_BOUND_EXACT,
                                    level->value) == EI_VERDICT_MET;
    return EI_OK;
}

static bool same_str(const char *a, const char *b)
{
    return strcmp(a ? a : "", b ? b : "") == 0;
}

/* The base level of a level target from the dataset (NaN if none). */
static double base_level_of(const ei_target *level, const ei_dataset *ds,
                            int *rc, ei_error *err)
{
    *rc = EI_OK;
    if (!ds)
        return NAN;
    ei_series *owned = NULL;
    ei_period base = ei_target_base(level);
    const ei_series *s = eig_find(ds, level->region, level->indicator,
                                  base.freq, EI_VINTAGE_LATEST, &owned, rc,
                                  err);
    eig_point p = eig_level(s, base);
    ei_series_free(owned);
    return p.v;
}

int ei_targets_check(const ei_targets *set, const ei_dataset *ds,
                     ei_target_check_fn fn, void *ctx, size_t *n_checked,
                     size_t *n_inconsistent, ei_error *err)
{
    if (n_checked)
        *n_checked = 0;
    if (n_inconsistent)
        *n_inconsistent = 0;
    if (!set)
        return ei_error_set(err, EI_EINVAL, "no target set");
    size_t n = ei_targets_count(set);
    for (size_t i = 0; i < n; i++) {
        const ei_target *g = ei_targets_at(set, i);
        if (!is_growth(g))
            continue;
        for (size_t j = 0; j < n; j++) {
            const ei_target *l = ei_targets_at(set, j);
            if (!is_level(l) || !same_str(g->region, l->region) ||
                !same_str(g->indicator, l->indicator) ||
                !ei_period_equal(g->span.last, l->span.last))
                continue;
            /* an annual growth target pairs only with a one-year level */
            if (g->kind == EI_TARGET_GROWTH &&
                !ei_period_equal(l->span.first, l->span.last))
                continue;
            int rc;
            double x0 = base_level_of(l, ds, &rc, err);
            if (rc)
                return rc;
            ei_target_consistency r;
            if ((rc = ei_target_check_pair(&r, g, l, x0, err)))
                return rc;
            r.growth_index = i;
            r.level_index = j;
            if (n_checked)
                (*n_checked)++;
            if (n_inconsistent && r.reason == EI_REASON_NONE &&
                !r.consistent)
                (*n_inconsistent)++;
            if (fn && (rc = fn(ctx, &r)) != EI_OK)
                return rc;
        }
    }
    return EI_OK;
}
