/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One headline indicator of the report: the table of levels and growth,
 * its charts, caveats and revisions, from the growth and vintage
 * computations. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "econind/growth.h"
#include "econind/vintage.h"
#include "error_set.h"
#include "report_model.h"

const char *const rp_glance_columns[] = {
    "indicator", "latest", "level", "status", "reported growth %",
    "derived growth %", "caveat"};

static const char *const growth_columns[] = {
    "period", "value", "status", "bound", "reported growth %",
    "derived growth %", "difference pp", "why no derived growth"};
enum { NGROWTH = sizeof growth_columns / sizeof growth_columns[0] };

static char *dup_text(const char *s)
{
    size_t n = strlen(s ? s : "");
    char *d = malloc(n + 1);
    if (d)
        memcpy(d, s ? s : "", n + 1);
    return d;
}

static const char *bound_text(ei_bound b)
{
    switch (b) {
    case EI_BOUND_ABOVE: return "above";
    case EI_BOUND_BELOW: return "below";
    case EI_BOUND_ABOUT: return "about";
    default: return "";
    }
}

static bool is_estimate(ei_obs_status st)
{
    return st == EI_STATUS_ESTIMATE || st == EI_STATUS_PRELIMINARY;
}

static int cell_value(ei_table *t, size_t r, size_t c, double v,
                      ei_reason why, int dec, ei_error *err)
{
    return isnan(v) ? ei_table_set_missing(t, r, c,
                                           why ? why : EI_REASON_MISSING, err)
                    : ei_table_set_number(t, r, c, v, dec, err);
}

/* One row per period with a value or a published rate. */
static int growth_table(ei_table **out, const ei_series *s,
                        const ei_growth_check *rows, size_t n, ei_error *err)
{
    ei_table *t = NULL;
    int rc = ei_table_new(&t, growth_columns, NGROWTH, err);
    for (size_t i = 0; i < n && !rc; i++) {
        if (ei_series_reason_at(s, i) && isnan(rows[i].reported))
            continue; /* a year the documents do not mention */
        size_t r;
        char period[24];
        ei_period_format(rows[i].period, period, sizeof period);
        double v = ei_series_value_at(s, i);
        rc = ei_table_add_row(t, &r, err);
        if (!rc)
            rc = ei_table_set_text(t, r, 0, period, err);
        if (!rc)
            rc = cell_value(t, r, 1, v, ei_series_reason_at(s, i), 2, err);
        if (!rc)
            rc = ei_table_set_text(
                t, r, 2,
                isnan(v) ? "" : ei_obs_status_name(ei_series_status_at(s, i)),
                err);
        if (!rc)
            rc = ei_table_set_text(t, r, 3,
                                   bound_text(ei_series_bound_at(s, i)), err);
        if (!rc)
            rc = cell_value(t, r, 4, rows[i].reported, EI_REASON_MISSING, 1,
                            err);
        if (!rc)
            rc = cell_value(t, r, 5, rows[i].derived, rows[i].derived_reason,
                            1, err);
        if (!rc)
            rc = isnan(rows[i].difference)
                     ? ei_table_set_text(t, r, 6, "", err)
                     : ei_table_set_number(t, r, 6, rows[i].difference, 1,
                                           err);
        if (!rc)
            rc = ei_table_set_text(
                t, r, 7,
                isnan(rows[i].derived) ? ei_reason_text(rows[i].derived_reason)
                                       : "",
                err);
    }
    if (rc) {
        ei_table_free(t);
        return rc;
    }
    *out = t;
    return EI_OK;
}

static int say_breaks(rp_text *t, const ei_series *s)
{
    int rc = EI_OK;
    for (size_t i = 0; i < ei_series_break_count(s) && !rc; i++) {
        ei_break b = ei_series_break_at(s, i);
        char a[24], c[24];
        ei_period_format(b.last_old, a, sizeof a);
        ei_period_format(b.first_new, c, sizeof c);
        rc = rp_say(t,
                    "Caliber break (口径调整): %s and earlier are of the old "
                    "caliber, %s on of the new; figures on either side are "
                    "not comparable and no growth is derived across it.",
                    a, c);
    }
    return rc;
}

static int say_bounds(rp_text *t, const ei_series *s)
{
    int rc = EI_OK;
    for (size_t i = 0; i < ei_series_len(s) && !rc; i++) {
        ei_bound b = ei_series_bound_at(s, i);
        double v = ei_series_value_at(s, i);
        if (b == EI_BOUND_EXACT || isnan(v))
            continue;
        char p[24], n[48];
        ei_period_format(ei_series_period_at(s, i), p, sizeof p);
        rp_num(n, v, 2);
        rc = rp_say(t,
                    b == EI_BOUND_ABOVE
                        ? "%s: %s is a lower bound (突破/超过): the true figure "
                          "is higher; no growth is derived from it."
                    : b == EI_BOUND_BELOW
                        ? "%s: %s is an upper bound (近/不到): the true figure "
                          "is lower; no growth is derived from it."
                        : "%s: %s is approximate (左右/约).",
                    p, n);
    }
    return rc;
}

static int say_revisions(rp_indicator *ri, const ei_series *s, ei_error *err)
{
    ei_revision *rev = NULL;
    size_t n = 0;
    int rc = ei_series_revisions(&rev, &n, s, err);
    for (size_t i = 0; i < n && !rc; i++) {
        char p[24], a[48], b[48], c[48], d[48];
        ei_period_format(rev[i].period, p, sizeof p);
        rp_num(a, rev[i].first, 2);
        rp_num(b, rev[i].latest, 2);
        if (rev[i].reason == EI_REASON_ESTIMATE_ONLY)
            rc = rp_say(&ri->caveats,
                        "%s: %s is %s; no final figure yet, it may be "
                        "revised.",
                        p, a,
                        rev[i].latest_status == EI_STATUS_PRELIMINARY
                            ? "a preliminary figure (初步核算)"
                            : "an estimate (预计)");
        else if (rev[i].vintages > 1 && !isnan(rev[i].change) &&
                 (rev[i].change != 0 ||
                  rev[i].first_status != rev[i].latest_status))
            rc = rp_say(&ri->revisions,
                        "%s: first published as %s %s, now %s %s "
                        "(%s%s, %s%s%%).",
                        p, ei_obs_status_name(rev[i].first_status), a,
                        ei_obs_status_name(rev[i].latest_status), b,
                        rev[i].change > 0 ? "+" : "",
                        rp_num(c, rev[i].change, 2),
                        rev[i].percent > 0 ? "+" : "",
                        rp_num(d, rev[i].percent, 2));
    }
    ei_revisions_free(rev);
    return rc;
}

/* Targets of ri's indicator of `kind` drawn on chart c at their last
 * period (a level to reach by then; a growth rate of that year). */
static int chart_targets(ei_chart *c, const ei_dataset *ds,
                         const char *region, const char *code,
                         const ei_report_options *opts, ei_target_kind kind,
                         const char *unit, ei_error *err)
{
    int rc = EI_OK;
    for (size_t i = 0; opts->targets && i < ei_targets_count(opts->targets) &&
                       !rc;
         i++) {
        const ei_target *t = ei_targets_at(opts->targets, i);
        if (t->kind != kind || t->op == EI_OP_LINKED || isnan(t->value) ||
            t->span.last.freq != EI_FREQ_ANNUAL ||
            !rp_target_is_for(ds, t, region, code) ||
            (t->unit && unit && strcmp(t->unit, unit) != 0))
            continue;
        char name[96], v[48], per[24];
        ei_period_format(t->span.last, per, sizeof per);
        snprintf(name, sizeof name, "目标 %s %s %s", per,
                 ei_target_op_symbol(t->op), rp_num(v, t->value, 2));
        rc = ei_chart_add_target(c, name, t->span.last, t->span.last,
                                 t->value, err);
    }
    return rc;
}

/* The level chart: the figures (estimates hollow); the projection is added
 * by rp_projection_build(). */
static int level_chart(rp_indicator *ri, const ei_series *s, ei_error *err)
{
    size_t n = ei_series_len(s);
    char title[256];
    snprintf(title, sizeof title, "%s %s", ri->name, ri->name_en);
    int rc = ei_chart_new(&ri->level_chart, EI_CHART_LINE, title, ri->unit,
                          err);
    ei_period *x = malloc(n * sizeof *x);
    bool *hollow = malloc(n * sizeof *hollow);
    if (!rc && (!x || !hollow))
        rc = ei_error_set(err, EI_ENOMEM, "out of memory");
    for (size_t i = 0; i < n && !rc; i++) {
        x[i] = ei_series_period_at(s, i);
        hollow[i] = is_estimate(ei_series_status_at(s, i));
    }
    if (!rc)
        rc = ei_chart_add_line(ri->level_chart,
                               "实际 figures (hollow: 预计 estimate)", x,
                               ei_series_values(s), hollow, n, false, err);
    for (size_t i = 0; i < ei_series_break_count(s) && !rc; i++) {
        ei_break b = ei_series_break_at(s, i);
        rc = ei_chart_add_break(ri->level_chart, "口径调整 caliber break",
                                b.last_old, b.first_new, err);
    }
    free(x);
    free(hollow);
    return rc;
}

static int growth_chart(rp_indicator *ri, const ei_growth_check *rows,
                        size_t n, ei_error *err)
{
    bool any = false;
    for (size_t i = 0; i < n; i++)
        any |= isfinite(rows[i].reported) || isfinite(rows[i].derived);
    if (!any)
        return EI_OK;
    char title[256];
    snprintf(title, sizeof title, "%s growth 增速", ri->name);
    int rc = ei_chart_new(&ri->growth_chart, EI_CHART_LINE, title, "%", err);
    ei_period *x = malloc(n * sizeof *x);
    double *rep = malloc(n * sizeof *rep), *der = malloc(n * sizeof *der);
    if (!rc && (!x || !rep || !der))
        rc = ei_error_set(err, EI_ENOMEM, "out of memory");
    for (size_t i = 0; i < n && !rc; i++) {
        x[i] = rows[i].period;
        rep[i] = rows[i].reported;
        der[i] = rows[i].derived;
    }
    if (!rc)
        rc = ei_chart_add_line(ri->growth_chart, "公布 reported", x, rep, NULL,
                               n, false, err);
    if (!rc)
        rc = ei_chart_add_line(ri->growth_chart, "推算 derived from levels",
                               x, der, NULL, n, false, err);
    free(x);
    free(rep);
    free(der);
    return rc;
}

/* The glance row: the latest period with a value. */
static int glance_row(ei_table *g, const rp_indicator *ri, const ei_series *s,
                      const ei_growth_check *rows, size_t n, ei_error *err)
{
    size_t r;
    int rc = ei_table_add_row(g, &r, err);
    if (!rc)
        rc = ei_table_set_text(g, r, 0, ri->name, err);
    size_t last = n;
    for (size_t i = n; s && i-- > 0;)
        if (!isnan(ei_series_value_at(s, i))) {
            last = i;
            break;
        }
    if (rc || last == n)
        return rc ? rc
                  : ei_table_set_text(g, r, 6, "no figures in the data", err);
    char p[24];
    ei_period_format(rows[last].period, p, sizeof p);
    ei_obs_status st = ei_series_status_at(s, last);
    rc = ei_table_set_text(g, r, 1, p, err);
    if (!rc)
        rc = ei_table_set_number(g, r, 2, ei_series_value_at(s, last), 2, err);
    if (!rc)
        rc = ei_table_set_text(g, r, 3, ei_obs_status_name(st), err);
    if (!rc)
        rc = cell_value(g, r, 4, rows[last].reported, EI_REASON_MISSING, 1,
                        err);
    if (!rc)
        rc = cell_value(g, r, 5, rows[last].derived, rows[last].derived_reason,
                        1, err);
    const char *cav = is_estimate(st) ? "estimate, may be revised"
                      : ei_series_bound_at(s, last) != EI_BOUND_EXACT
                          ? "a bound, not an exact figure"
                      : isnan(rows[last].derived)
                          ? ei_reason_text(rows[last].derived_reason)
                          : "";
    if (!rc)
        rc = ei_table_set_text(g, r, 6, cav, err);
    return rc;
}

int rp_indicator_build(rp_indicator *ri, ei_table *glance,
                       const ei_dataset *ds, const char *region,
                       const char *code, const ei_report_options *opts,
                       ei_error *err)
{
    const ei_series *s = ei_dataset_find(ds, region, code, EI_FREQ_ANNUAL);
    const ei_indicator *ind = ei_registry_find(ei_dataset_registry(ds), code);
    ri->code = dup_text(code);
    ri->name = dup_text(ind ? ind->name_zh : code);
    ri->name_en = dup_text(ind ? ind->name_en : "");
    ri->unit = dup_text(s ? ei_series_unit(s).name
                          : ind ? ind->unit : "");
    if (!ri->code || !ri->name || !ri->name_en || !ri->unit)
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    ri->found = s != NULL;
    ri->mark = RP_MARK_MISSING;
    if (!s)
        return glance_row(glance, ri, NULL, NULL, 0, err);
    ei_growth_check *rows = NULL;
    size_t n = 0;
    int rc = ei_growth_check_series(&rows, &n, s, NULL, err);
    if (rc)
        return rc;
    if (ind && ind->growth_basis == EI_BASIS_COMPARABLE)
        rc = rp_say(&ri->notes,
                    "Reported growth is at comparable prices (可比价); growth "
                    "derived from current-price levels is nominal, so the two "
                    "differ by the price change.");
    if (!rc)
        rc = growth_table(&ri->table, s, rows, n, err);
    if (!rc)
        rc = say_breaks(&ri->caveats, s);
    if (!rc)
        rc = say_bounds(&ri->caveats, s);
    if (!rc)
        rc = say_revisions(ri, s, err);
    if (!rc)
        rc = level_chart(ri, s, err);
    if (!rc)
        rc = chart_targets(ri->level_chart, ds, region, code, opts,
                           EI_TARGET_LEVEL, ri->unit, err);
    if (!rc)
        rc = growth_chart(ri, rows, n, err);
    if (!rc && ri->growth_chart)
        rc = chart_targets(ri->growth_chart, ds, region, code, opts,
                           EI_TARGET_GROWTH, "%", err);
    if (!rc)
        rc = glance_row(glance, ri, s, rows, n, err);
    if (!rc)
        rc = rp_projection_build(ri, s, ds, region, code, opts, err);
    if (!rc) {
        size_t last = ei_series_len(s);
        while (last-- > 0 && isnan(ei_series_value_at(s, last)))
            ;
        ri->mark = last == (size_t)-1 ? RP_MARK_MISSING
                   : is_estimate(ei_series_status_at(s, last))
                       ? RP_MARK_ESTIMATE
                       : RP_MARK_FINAL;
    }
    ei_growth_checks_free(rows);
    if (rc == EI_ENOMEM && err && !err->text[0])
        ei_error_set(err, EI_ENOMEM, "out of memory");
    return rc;
}

void rp_indicator_free(rp_indicator *ri)
{
    if (!ri)
        return;
    free(ri->code);
    free(ri->name);
    free(ri->name_en);
    rp_text_free(&ri->goals);
    free(ri->goal_tone);
    free(ri->unit);
    ei_table_free(ri->table);
    ei_table_free(ri->proj_table);
    rp_text_free(&ri->notes);
    rp_text_free(&ri->caveats);
    rp_text_free(&ri->revisions);
    rp_text_free(&ri->projection);
    ei_chart_free(ri->level_chart);
    ei_chart_free(ri->growth_chart);
    memset(ri, 0, sizeof *ri);
}
