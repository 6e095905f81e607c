/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The projection part of an indicator's report: the first method the data
 * allow, from the richest (simulated bands) to the plainest (constant
 * growth), or the library's reason in words when none is possible. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "econind/project.h"
#include "error_set.h"
#include "report_model.h"

/* Confidence level of the bands in the report. */
#define RP_BAND_LEVEL 0.9

static const struct {
    ei_project_method method;
    const char *words;
} tried[] = {
    {EI_PROJECT_SIM_BOOTSTRAP,
     "simulated paths drawing each year's growth from the series' own past "
     "growth (bootstrap)"},
    {EI_PROJECT_LINEAR, "a least-squares linear trend"},
    {EI_PROJECT_CONSTANT_LAST, "constant growth at the last growth rate"},
};
enum { NTRIED = sizeof tried / sizeof tried[0] };

static const char *const proj_columns[] = {"period", "projection", "lower",
                                           "upper"};

static int proj_table(ei_table **out, const ei_projection *p, ei_error *err)
{
    const ei_series *pt = ei_projection_point(p);
    const ei_series *lo = ei_projection_lower(p);
    const ei_series *hi = ei_projection_upper(p);
    ei_table *t = NULL;
    int rc = ei_table_new(&t, proj_columns, 4, err);
    for (size_t i = 0; i < ei_series_len(pt) && !rc; i++) {
        size_t r;
        char per[24];
        ei_period_format(ei_series_period_at(pt, i), per, sizeof per);
        rc = ei_table_add_row(t, &r, err);
        if (!rc)
            rc = ei_table_set_text(t, r, 0, per, err);
        if (!rc)
            rc = ei_table_set_number(t, r, 1, ei_series_value_at(pt, i), 2,
                                     err);
        for (int k = 0; k < 2 && !rc; k++) {
            const ei_series *b = k ? hi : lo;
            rc = b ? ei_table_set_number(t, r, 2 + k, ei_series_value_at(b, i),
                                         2, err)
                   : ei_table_set_text(t, r, 2 + k, "", err);
        }
    }
    if (rc) {
        ei_table_free(t);
        return rc;
    }
    *out = t;
    return EI_OK;
}

/* The fan on the level chart: band, and the path from the origin. */
static int fan(ei_chart *c, const ei_projection *p, ei_error *err)
{
    const ei_series *pt = ei_projection_point(p);
    const ei_series *lo = ei_projection_lower(p);
    const ei_series *hi = ei_projection_upper(p);
    const ei_projection_fit *fit = ei_projection_get_fit(p);
    size_t n = ei_series_len(pt);
    ei_period *x = malloc((n + 1) * sizeof *x);
    double *y = malloc((n + 1) * sizeof *y);
    int rc = x && y ? EI_OK : ei_error_set(err, EI_ENOMEM, "out of memory");
    if (!rc) {
        x[0] = fit->origin;
        y[0] = fit->base;
        for (size_t i = 0; i < n; i++) {
            x[i + 1] = ei_series_period_at(pt, i);
            y[i + 1] = ei_series_value_at(pt, i);
        }
    }
    char name[64];
    snprintf(name, sizeof name, "%.0f%% band", RP_BAND_LEVEL * 100);
    if (!rc && lo && hi)
        rc = ei_chart_add_band(c, name, x + 1, ei_series_values(lo),
                               ei_series_values(hi), n, err);
    if (!rc)
        rc = ei_chart_add_line(c, "预测 projection", x, y, NULL, n + 1, true,
                               err);
    free(x);
    free(y);
    return rc;
}

/* The probability of reaching each level target of the indicator that
 * ends within the projection. */
static int say_odds(rp_indicator *ri, const ei_projection *p,
                    const ei_dataset *ds, const char *region,
                    const char *code, const ei_report_options *opts,
                    ei_error *err)
{
    int rc = EI_OK;
    for (size_t i = 0; opts->targets && i < ei_targets_count(opts->targets) &&
                       !rc;
         i++) {
        const ei_target *t = ei_targets_at(opts->targets, i);
        if (t->kind != EI_TARGET_LEVEL || isnan(t->value) ||
            !rp_target_is_for(ds, t, region, code))
            continue;
        double prob;
        ei_error e;
        if (ei_projection_prob_reach(p, t->span.last, t->value, &prob, &e))
            continue; /* the target year is not projected */
        char per[24], v[48], pc[48];
        ei_period_format(t->span.last, per, sizeof per);
        rc = rp_say(&ri->projection,
                    "Probability of reaching the %s target (%s %s): %s%% "
                    "on this projection.",
                    per, ei_target_op_symbol(t->op), rp_num(v, t->value, 2),
                    rp_num(pc, prob * 100, 0));
    }
    (void)err;
    return rc;
}

int rp_projection_build(rp_indicator *ri, const ei_series *s,
                        const ei_dataset *ds, const char *region,
                        const char *code, const ei_report_options *opts,
                        ei_error *err)
{
    ei_project_options po = EI_PROJECT_OPTIONS_INIT;
    po.horizon = opts->horizon;
    po.seed = opts->seed;
    po.level = RP_BAND_LEVEL;
    ei_projection *p = NULL;
    ei_error why;
    ei_error_clear(&why);
    size_t k = 0;
    for (; k < NTRIED; k++) {
        po.method = tried[k].method;
        ei_error e;
        int rc = ei_project(&p, s, &po, &e);
        if (rc == EI_OK)
            break;
        if (rc == EI_ENOMEM)
            return ei_error_set(err, rc, "out of memory");
        why = e; /* the plainest method's reason is the one to tell */
    }
    if (!p)
        return rp_say(&ri->projection,
                      "No projection: %s. A projection needs figures of one "
                      "caliber in consecutive years.",
                      why.text[0] ? why.text : "too few figures");
    const ei_projection_fit *fit = ei_projection_get_fit(p);
    const ei_series *pt = ei_projection_point(p);
    char first[24], origin[24], last[24], v[48], lo[48], hi[48];
    ei_period_format(fit->first, first, sizeof first);
    ei_period_format(fit->origin, origin, sizeof origin);
    size_t n = ei_series_len(pt);
    ei_period_format(ei_series_period_at(pt, n - 1), last, sizeof last);
    rp_num(v, ei_series_value_at(pt, n - 1), 1);
    int rc = rp_say(&ri->projection,
                    "Projected to %s with %s, from %zu figures %s-%s: %s %s "
                    "in %s.",
                    last, tried[k].words, fit->n, first, origin, v, ri->unit,
                    last);
    if (!rc && ei_projection_lower(p) && ei_projection_upper(p))
        rc = rp_say(&ri->projection,
                    "The %.0f%% band for %s runs from %s to %s: the range, "
                    "not the point, is the forecast.",
                    RP_BAND_LEVEL * 100, last,
                    rp_num(lo, ei_series_value_at(ei_projection_lower(p),
                                                  n - 1), 1),
                    rp_num(hi, ei_series_value_at(ei_projection_upper(p),
                                                  n - 1), 1));
    if (!rc)
        rc = say_odds(ri, p, ds, region, code, opts, err);
    if (!rc && fit->n < 6)
        rc = rp_say(&ri->projection,
                    "With only %zu figures (estimates and bounds among them "
                    "taken at face value) it is indicative, not a forecast "
                    "to plan with.",
                    fit->n);
    if (!rc)
        rc = proj_table(&ri->proj_table, p, err);
    if (!rc && ri->level_chart)
        rc = fan(ri->level_chart, p, err);
    ei_projection_free(p);
    return rc;
}
