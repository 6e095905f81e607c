/* SPDX-License-Identifier: GPL-3.0-or-later */
/* econind aggregate: to a lower frequency, or across regions. */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int run(int argc, char **argv);

const cli_command cli_aggregate = {
    "aggregate", "to a lower frequency (sum, mean, end of period) or "
                 "across regions",
    "Usage: econind aggregate [OPTIONS] [FILE|DIR...] --to FREQ\n"
    "       econind aggregate [OPTIONS] [FILE|DIR...] --regions-as NAME\n\n"
    "  --to FREQ          annual or quarterly\n"
    "  --method M         sum (flows, default), mean, last (stocks, "
    "year-to-date)\n"
    "  --allow-incomplete aggregate a period from the sub-periods present\n"
    "                     (default: an incomplete period is missing)\n"
    "  --regions-as NAME  sum the selected indicator (--indicator) over all\n"
    "                     regions into NAME, with the regions missing per\n"
    "                     period\n",
    run};

static const char *const extra[] = {"to", "method", "regions-as", NULL};

static int parse_freq(ei_freq *f, const char *text)
{
    if (strcmp(text, "annual") == 0 || strcmp(text, "year") == 0)
        *f = EI_FREQ_ANNUAL;
    else if (strcmp(text, "quarterly") == 0 || strcmp(text, "quarter") == 0)
        *f = EI_FREQ_QUARTERLY;
    else
        return -1;
    return 0;
}

static int add_rows(ei_table *t, const ei_series *g, const ei_coverage *cov,
                    const ei_series *const *parts, ei_error *err)
{
    int rc = EI_OK;
    for (size_t i = 0; i < ei_series_len(g) && !rc; i++) {
        size_t r;
        if ((rc = cli_row_for_series(t, &r, g, err)) ||
            (rc = cli_cell_period(t, r, 2, ei_series_period_at(g, i), err)) ||
            (rc = cli_cell_value(t, r, 3, ei_series_value_at(g, i),
                                 ei_series_reason_at(g, i), 2, err)))
            break;
        if (!cov)
            continue;
        char missing[1024] = "";
        size_t used = 0;
        for (size_t k = 0; k < ei_coverage_parts(cov); k++)
            if (!ei_coverage_present(cov, i, k) && used < sizeof missing)
                used += (size_t)snprintf(missing + used,
                                         sizeof missing - used, "%s%s",
                                         used ? " " : "",
                                         ei_series_region(parts[k]));
        rc = ei_table_set_text(t, r, 4, missing, err);
    }
    return rc;
}

static int across_regions(ei_table **t, const ei_dataset *ds,
                          const cli_common *opt, const char *name,
                          ei_error *err)
{
    size_t n = 0;
    const ei_series **parts = calloc(ei_dataset_count(ds) + 1, sizeof *parts);
    if (!parts)
        return EI_ENOMEM;
    ei_freq freq = EI_FREQ_NONE;
    for (size_t i = 0; i < ei_dataset_count(ds); i++) {
        const ei_series *s = ei_dataset_at(ds, i);
        if (!cli_series_selected(ds, s, opt) ||
            (freq && ei_series_freq(s) != freq))
            continue;
        freq = ei_series_freq(s);
        parts[n++] = s;
    }
    static const char *const cols[] = {"region", "indicator", "period",
                                       "value", "missing regions"};
    ei_series *sum = NULL;
    ei_coverage *cov = NULL;
    int rc = ei_table_new(t, cols, 5, err);
    if (!rc)
        rc = ei_series_sum_regions(&sum, &cov, parts, n, name, NULL, err);
    if (!rc)
        rc = add_rows(*t, sum, cov, parts, err);
    ei_series_free(sum);
    ei_coverage_free(cov);
    free(parts);
    return rc;
}

static int run(int argc, char **argv)
{
    cli_common opt;
    size_t npos;
    const char *vals[3] = {NULL, NULL, NULL};
    int rc = cli_parse(&cli_aggregate, argc, argv, &opt, extra, vals, &npos);
    if (rc != CLI_OK)
        return rc;
    if (opt.help)
        return cli_print_help(&cli_aggregate);
    ei_freq to = EI_FREQ_NONE;
    ei_agg_method how = EI_AGG_SUM;
    ei_error err;
    if (vals[0] && parse_freq(&to, vals[0]) != 0)
        return cli_usage_error(&cli_aggregate, "--to: annual or quarterly, "
                                               "not '%s'", vals[0]);
    if (vals[1] && ei_agg_method_parse(&how, vals[1], strlen(vals[1]), &err))
        return cli_usage_error(&cli_aggregate, "%s", err.text);
    if (!vals[0] == !vals[2])
        return cli_usage_error(&cli_aggregate, "give one of --to and "
                                               "--regions-as");
    if (vals[2] && !opt.indicator)
        return cli_usage_error(&cli_aggregate, "--regions-as needs "
                                               "--indicator");
    ei_dataset *ds;
    if ((rc = cli_load_dataset(&ds, argv, npos, &opt)) != CLI_OK)
        return rc;
    ei_table *t = NULL;
    if (vals[2])
        return cli_finish(t, ds, across_regions(&t, ds, &opt, vals[2], &err),
                          &err, &opt);
    ei_growth_options gopt = EI_GROWTH_OPTIONS_INIT;
    gopt.allow_incomplete = opt.allow_incomplete;
    static const char *const cols[] = {"region", "indicator", "period",
                                       "value"};
    rc = ei_table_new(&t, cols, 4, &err);
    for (size_t i = 0; i < ei_dataset_count(ds) && !rc; i++) {
        const ei_series *s = ei_dataset_at(ds, i);
        if (!cli_series_selected(ds, s, &opt) || ei_series_freq(s) <= to)
            continue;
        ei_series *g = NULL;
        if ((rc = ei_series_aggregate(&g, s, to, how, &gopt, &err)) == EI_OK)
            rc = add_rows(t, g, NULL, NULL, &err);
        ei_series_free(g);
    }
    return cli_finish(t, ds, rc, &err, &opt);
}
