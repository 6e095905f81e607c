/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Plan completion against time in the report: each annual plan of the
 * region with a year-to-date figure, from ei_plan_evaluate(), as a table
 * and as bars (completion, with a tick at the time elapsed). */
#include <math.h>
#include <string.h>

#include "econind/plan.h"
#include "error_set.h"
#include "report_model.h"

const char *const rp_plan_columns[] = {
    "indicator", "period", "actual", "plan", "completion %",
    "time progress %", "ahead pp", "status"};

static int one(ei_report *r, const ei_plan_item *item,
               const ei_plan_progress *pp, ei_error *err)
{
    size_t row;
    char per[32], label[160];
    ei_period_format(pp->period, per, sizeof per);
    int rc = ei_table_add_row(r->plans, &row, err);
    if (!rc)
        rc = ei_table_set_text(r->plans, row, 0, item->indicator, err);
    if (!rc)
        rc = ei_table_set_text(r->plans, row, 1, per, err);
    if (!rc)
        rc = ei_table_set_number(r->plans, row, 2, pp->actual, 2, err);
    if (!rc)
        rc = ei_table_set_number(r->plans, row, 3, pp->plan, 2, err);
    if (!rc)
        rc = ei_table_set_number(r->plans, row, 4, pp->completion, 2, err);
    if (!rc)
        rc = isnan(pp->time_progress)
                 ? ei_table_set_missing(r->plans, row, 5, pp->reason, err)
                 : ei_table_set_number(r->plans, row, 5, pp->time_progress, 2,
                                       err);
    if (!rc)
        rc = isnan(pp->ahead)
                 ? ei_table_set_text(r->plans, row, 6, "", err)
                 : ei_table_set_number(r->plans, row, 6, pp->ahead, 2, err);
    const char *st = isnan(pp->ahead) ? "unknown"
                     : pp->ahead >= 0 ? "on track"
                                      : "behind";
    if (!rc)
        rc = ei_table_set_text(r->plans, row, 7, st, err);
    snprintf(label, sizeof label, "%s %s", item->indicator, per);
    if (!rc && !isnan(pp->time_progress))
        rc = ei_chart_add_bar(r->plan_chart, label, pp->completion,
                              pp->time_progress, err);
    return rc;
}

int rp_plans_build(ei_report *r, const ei_dataset *ds, const ei_plans *set,
                   ei_error *err)
{
    int rc = ei_table_new(&r->plans, rp_plan_columns, RP_PLAN_NCOL, err);
    if (!rc)
        rc = ei_chart_new(&r->plan_chart, EI_CHART_BARS,
                          "计划完成与时间进度 plan completion against time",
                          "%", err);
    ei_period latest = {0, EI_FREQ_NONE, 0, 0};
    for (size_t i = 0; i < ei_plans_count(set) && !rc; i++) {
        const ei_plan_item *item = ei_plans_at(set, i);
        if (item->region && *item->region &&
            strcmp(item->region, r->region) != 0)
            continue;
        ei_plan_progress pp;
        rc = ei_plan_evaluate(&pp, item, ds, latest, EI_TIME_MONTHS, err);
        if (rc)
            break;
        if (isnan(pp.completion))
            r->plans_without_data++;
        else
            rc = one(r, item, &pp, err);
    }
    return rc;
}
