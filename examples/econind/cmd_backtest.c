/* SPDX-License-Identifier: GPL-3.0-or-later */
/* econind backtest: how good projections and estimates have been. */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int run(int argc, char **argv);

const cli_command cli_backtest = {
    "backtest", "rolling-origin accuracy of each method; estimates against "
                "finals",
    "Usage: econind backtest [OPTIONS] [FILE|DIR...] --indicator I\n"
    "       econind backtest [OPTIONS] [FILE|DIR...] --estimates\n\n"
    "  --horizon H   largest horizon (default 3)\n"
    "  --records     every comparison instead of the summary\n"
    "  --estimates   how far each estimate (预计) was from the final figure,\n"
    "                for every selected series\n\n"
    "The summary has one row per method and horizon (0 = all horizons\n"
    "pooled): comparisons, refusals, MAE, RMSE, MAPE, bias; the most\n"
    "accurate method by MAPE is printed on standard error.\n",
    run};

static const char *const extra[] = {"horizon", "records?", "estimates?",
                                    NULL};

static int summary_table(ei_table **t, const ei_series *s,
                         const ei_backtest *bt, ei_error *err)
{
    static const char *const cols[] = {
        "region", "indicator", "method", "horizon", "n",   "refused",
        "MAE",    "RMSE",      "MAPE %", "bias",    "MPE %"};
    int rc = ei_table_new(t, cols, 11, err);
    for (size_t i = 0; i < ei_backtest_summary_count(bt) && !rc; i++) {
        const ei_backtest_summary *m = ei_backtest_summary_at(bt, i);
        size_t r;
        if ((rc = cli_row_for_series(*t, &r, s, err)) ||
            (rc = ei_table_set_text(*t, r, 2,
                                    ei_project_method_name(m->method), err)))
            break;
        const double num[] = {m->horizon, (double)m->n, (double)m->refused};
        for (size_t c = 0; c < 3 && !rc; c++)
            rc = ei_table_set_number(*t, r, 3 + c, num[c], 0, err);
        const double acc[] = {m->mae, m->rmse, m->mape, m->bias, m->mpe};
        for (size_t c = 0; c < 5 && !rc; c++)
            rc = cli_cell_value(*t, r, 6 + c, acc[c],
                                EI_REASON_TOO_FEW_POINTS, 2, err);
    }
    return rc;
}

static int records_table(ei_table **t, const ei_series *s,
                         const ei_backtest *bt, ei_error *err)
{
    static const char *const cols[] = {
        "region", "indicator", "method", "origin", "horizon", "period",
        "forecast", "actual", "error", "error %"};
    int rc = ei_table_new(t, cols, 10, err);
    for (size_t i = 0; i < ei_backtest_record_count(bt) && !rc; i++) {
        const ei_backtest_record *x = ei_backtest_record_at(bt, i);
        size_t r;
        if ((rc = cli_row_for_series(*t, &r, s, err)) ||
            (rc = ei_table_set_text(*t, r, 2,
                                    ei_project_method_name(x->method), err)) ||
            (rc = cli_cell_period(*t, r, 3, x->origin, err)) ||
            (rc = ei_table_set_number(*t, r, 4, x->horizon, 0, err)) ||
            (rc = cli_cell_period(*t, r, 5, x->period, err)))
            break;
        const double v[] = {x->forecast, x->actual, x->error, x->pct_error};
        for (size_t c = 0; c < 4 && !rc; c++)
            rc = cli_cell_value(*t, r, 6 + c, v[c], EI_REASON_ZERO_BASE, 2,
                                err);
    }
    return rc;
}

static int estimates_rows(ei_table *t, const ei_series *s, ei_error *err)
{
    ei_estimate_report *rep = NULL;
    int rc = ei_estimates_check(&rep, s, err);
    for (size_t i = 0; i < ei_estimate_report_count(rep) && !rc; i++) {
        const ei_estimate_check *c = ei_estimate_report_at(rep, i);
        size_t r;
        if ((rc = cli_row_for_series(t, &r, s, err)) ||
            (rc = cli_cell_period(t, r, 2, c->period, err)))
            break;
        const double v[] = {c->estimate, c->final, c->error, c->pct_error,
                            c->growth_error};
        for (size_t k = 0; k < 5 && !rc; k++)
            rc = cli_cell_value(t, r, 3 + k, v[k],
                                k < 2 ? EI_REASON_MISSING : c->reason, 2,
                                err);
    }
    ei_estimate_report_free(rep);
    return rc;
}

static int run(int argc, char **argv)
{
    cli_common opt;
    size_t npos;
    const char *vals[3] = {NULL, NULL, NULL};
    int rc = cli_parse(&cli_backtest, argc, argv, &opt, extra, vals, &npos);
    if (rc != CLI_OK)
        return rc;
    if (opt.help)
        return cli_print_help(&cli_backtest);
    ei_backtest_options bo = EI_BACKTEST_OPTIONS_INIT;
    if (vals[0] && (bo.horizon = atoi(vals[0])) < 1)
        return cli_usage_error(&cli_backtest, "--horizon: a whole number "
                                              ">= 1");
    if (!vals[2] && !opt.indicator)
        return cli_usage_error(&cli_backtest, "--indicator is required");
    ei_dataset *ds;
    if ((rc = cli_load_dataset(&ds, argv, npos, &opt)) != CLI_OK)
        return rc;
    ei_error err;
    ei_table *t = NULL;
    if (vals[2]) {
        static const char *const cols[] = {
            "region", "indicator", "period", "estimate", "final", "error",
            "error %", "growth error pp"};
        rc = ei_table_new(&t, cols, 8, &err);
        for (size_t i = 0; i < ei_dataset_count(ds) && !rc; i++)
            if (cli_series_selected(ds, ei_dataset_at(ds, i), &opt))
                rc = estimates_rows(t, ei_dataset_at(ds, i), &err);
        return cli_finish(t, ds, rc, &err, &opt);
    }
    const ei_series *s =
        ei_dataset_find(ds, opt.region, opt.indicator, EI_FREQ_NONE);
    if (!s) {
        fprintf(stderr, "econind backtest: no series '%s'\n", opt.indicator);
        ei_dataset_free(ds);
        return CLI_DATA_ERROR;
    }
    ei_backtest *bt = NULL;
    rc = ei_backtest_run(&bt, s, &bo, &err);
    if (!rc)
        rc = vals[1] ? records_table(&t, s, bt, &err)
                     : summary_table(&t, s, bt, &err);
    const ei_backtest_summary *best = NULL;
    if (!rc && ei_backtest_best(bt, 0, &best, NULL) == EI_OK && best)
        fprintf(stderr, "most accurate by MAPE over all horizons: %s "
                        "(%.2f%%)\n",
                ei_project_method_name(best->method), best->mape);
    ei_backtest_free(bt);
    return cli_finish(t, ds, rc, &err, &opt);
}
