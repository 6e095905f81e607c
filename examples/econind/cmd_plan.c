/* SPDX-License-Identifier: GPL-3.0-or-later */
/* econind plan: completion of annual plans against time elapsed
 * (完成进度 vs 序时进度). */
#include "cli.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int run(int argc, char **argv);

const cli_command cli_plan = {
    "plan", "plan completion 完成进度 against time progress 序时进度",
    "Usage: econind plan [OPTIONS] [FILE|DIR...] [--plans FILE] [--as-of P]\n"
    "       econind plan --actual A --plan B --as-of P\n\n"
    "  --plans FILE  annual plan amounts (default: plans*.csv in the DIRs\n"
    "                or the bundled datasets)\n"
    "  --as-of P     the year-to-date period to judge (e.g. 2023-08);\n"
    "                default: each plan year's latest figure\n"
    "  --basis B     months (default: months elapsed / 12), days (day of\n"
    "                year / days in year) or seasonal (last year's share of\n"
    "                its full year done by the same month: for back-loaded\n"
    "                indicators such as investment)\n"
    "  --actual A --plan B   compute for one pair of figures\n\n"
    "Completion = actual / plan * 100; ahead (+) or behind (-) = completion\n"
    "- time progress, in percentage points. 74% of the plan at end-August is\n"
    "74 - 66.67 = +7.33 pp ahead.\n",
    run};

static const char *const extra[] = {"plans", "as-of", "basis", "actual",
                                    "plan", NULL};
static const char *const columns[] = {
    "region", "indicator", "period", "actual", "plan", "completion %",
    "time progress %", "ahead pp", "note"};
enum { NCOL = sizeof columns / sizeof columns[0] };

static int fill_row(ei_table *t, const char *region, const char *indicator,
                    const ei_plan_progress *p, ei_error *err)
{
    size_t r;
    int rc = ei_table_add_row(t, &r, err);
    if (!rc)
        rc = ei_table_set_text(t, r, 0, region ? region : "", err);
    if (!rc)
        rc = ei_table_set_text(t, r, 1, indicator ? indicator : "", err);
    if (!rc)
        rc = ei_period_valid(p->period) ? cli_cell_period(t, r, 2, p->period,
                                                          err)
                                        : ei_table_set_text(t, r, 2, "", err);
    const double v[] = {p->actual, p->plan, p->completion, p->time_progress,
                        p->ahead};
    for (size_t c = 0; c < 5 && !rc; c++)
        rc = cli_cell_value(t, r, 3 + c, v[c], p->reason, 2, err);
    if (!rc)
        rc = ei_table_set_text(t, r, 8, p->provisional ? "estimate" : "",
                               err);
    return rc;
}

/* --actual/--plan: the arithmetic alone, for a figure read off a report. */
static int calculator(const char *a, const char *b, ei_period at,
                      ei_time_basis basis, ei_table *t, ei_error *err)
{
    char *end1, *end2;
    errno = 0;
    ei_plan_progress p = {.period = at};
    p.actual = strtod(a, &end1);
    p.plan = strtod(b, &end2);
    if (errno || *end1 || *end2 || end1 == a || end2 == b)
        return cli_usage_error(&cli_plan, "--actual and --plan take numbers");
    if (basis == EI_TIME_SEASONAL)
        return cli_usage_error(&cli_plan, "seasonal time progress needs "
                               "last year's data: use the files");
    int rc = ei_plan_completion(&p.completion, p.actual, p.plan, err);
    if (!rc)
        rc = basis == EI_TIME_DAYS
                 ? ei_time_progress_date(&p.time_progress,
                                         ei_period_end_date(at), err)
                 : ei_time_progress(&p.time_progress,
                                    at.freq == EI_FREQ_ANNUAL ? 1 : at.sub,
                                    at.freq == EI_FREQ_ANNUAL ? 1 : at.freq,
                                    err);
    if (rc)
        return rc;
    p.ahead = ei_plan_ahead(p.completion, p.time_progress);
    return fill_row(t, NULL, NULL, &p, err);
}

static int evaluate_file(ei_table *t, const char *path, const ei_dataset *ds,
                         const cli_common *opt, ei_period at,
                         ei_time_basis basis, ei_error *err)
{
    ei_plans *set = NULL;
    ei_csv_options copt = EI_CSV_OPTIONS_INIT;
    copt.encoding = opt->encoding;
    int rc = ei_plans_read_file(&set, path, &copt, err);
    for (size_t i = 0; !rc && i < ei_plans_count(set); i++) {
        const ei_plan_item *it = ei_plans_at(set, i);
        if (opt->region && (!it->region || strcmp(opt->region, it->region)))
            continue;
        if (opt->indicator && strcmp(opt->indicator, it->indicator))
            continue;
        ei_plan_progress p;
        if (!(rc = ei_plan_evaluate(&p, it, ds, at, basis, err)))
            rc = fill_row(t, it->region, it->indicator, &p, err);
    }
    ei_plans_free(set);
    return rc;
}

static int run(int argc, char **argv)
{
    cli_common opt;
    size_t npos;
    const char *vals[5] = {NULL, NULL, NULL, NULL, NULL};
    int rc = cli_parse(&cli_plan, argc, argv, &opt, extra, vals, &npos);
    if (rc != CLI_OK)
        return rc;
    if (opt.help)
        return cli_print_help(&cli_plan);
    ei_period at = {0};
    bool has_at;
    if ((rc = cli_parse_period(&cli_plan, "as-of", vals[1], &at, &has_at)))
        return rc;
    ei_time_basis basis = EI_TIME_MONTHS;
    if (vals[2] && strcmp(vals[2], "days") == 0)
        basis = EI_TIME_DAYS;
    else if (vals[2] && strcmp(vals[2], "seasonal") == 0)
        basis = EI_TIME_SEASONAL;
    else if (vals[2] && strcmp(vals[2], "months") != 0)
        return cli_usage_error(&cli_plan, "--basis: months, days or "
                                          "seasonal");
    ei_error err;
    ei_table *t = NULL;
    if (vals[3] || vals[4]) {
        if (!vals[3] || !vals[4] || !has_at)
            return cli_usage_error(&cli_plan, "--actual needs --plan and "
                                              "--as-of");
        if ((rc = ei_table_new(&t, columns, NCOL, &err)) == EI_OK)
            rc = calculator(vals[3], vals[4], at, basis, t, &err);
        if (rc == CLI_USAGE) {
            ei_table_free(t);
            return rc;
        }
        return cli_finish(t, NULL, rc, &err, &opt);
    }
    char **files = NULL;
    if ((rc = cli_kind_files(&files, vals[0], argv, npos, "plans")))
        return rc;
    ei_dataset *ds;
    if ((rc = cli_load_dataset(&ds, argv, npos, &opt)) != CLI_OK) {
        cli_free_list(files);
        return rc;
    }
    rc = ei_table_new(&t, columns, NCOL, &err);
    for (char **f = files; !rc && *f; f++)
        rc = evaluate_file(t, *f, ds, &opt, at, basis, &err);
    cli_free_list(files);
    return cli_finish(t, ds, rc, &err, &opt);
}
