/* SPDX-License-Identifier: GPL-3.0-or-later */
/* econind compare: published growth against growth derived from levels. */
#include "cli.h"

#include <string.h>

static int run(int argc, char **argv);

const cli_command cli_compare = {
    "compare", "published against derived growth: difference, implied "
               "deflator, caliber flags",
    "Usage: econind compare [OPTIONS] [FILE|DIR...]\n\n"
    "Per series and period: the growth derived from the levels (nominal for\n"
    "current-price levels), the published rate, their difference in\n"
    "percentage points, the price deflator it implies when the published\n"
    "rate is at comparable prices, and a flag when the gap is so large that\n"
    "the levels are probably of another caliber. Never across a break.\n",
    run};

static const char *const columns[] = {
    "region", "indicator", "period", "derived %", "reported %",
    "difference pp", "deflator %", "caliber flag"};

static int add_series(ei_table *t, const ei_series *s, ei_error *err)
{
    ei_growth_check *c = NULL;
    size_t n = 0;
    int rc = ei_growth_check_series(&c, &n, s, NULL, err);
    for (size_t i = 0; i < n && !rc; i++) {
        size_t r;
        if ((rc = cli_row_for_series(t, &r, s, err)) ||
            (rc = cli_cell_period(t, r, 2, c[i].period, err)) ||
            (rc = cli_cell_value(t, r, 3, c[i].derived, c[i].derived_reason,
                                 2, err)) ||
            (rc = cli_cell_value(t, r, 4, c[i].reported, EI_REASON_MISSING,
                                 1, err)) ||
            (rc = cli_cell_value(t, r, 5, c[i].difference,
                                 EI_REASON_MISSING_OPERAND, 2, err)) ||
            (rc = cli_cell_value(t, r, 6, c[i].deflator,
                                 EI_REASON_MISSING_OPERAND, 2, err)))
            break;
        rc = ei_table_set_text(t, r, 7, c[i].caliber_flag ? "yes" : "", err);
    }
    ei_growth_checks_free(c);
    return rc;
}

static int run(int argc, char **argv)
{
    cli_common opt;
    size_t npos;
    int rc = cli_parse(&cli_compare, argc, argv, &opt, NULL, NULL, &npos);
    if (rc != CLI_OK)
        return rc;
    if (opt.help)
        return cli_print_help(&cli_compare);
    ei_dataset *ds;
    if ((rc = cli_load_dataset(&ds, argv, npos, &opt)) != CLI_OK)
        return rc;
    ei_error err;
    ei_table *t = NULL;
    rc = ei_table_new(&t, columns, 8, &err);
    for (size_t i = 0; i < ei_dataset_count(ds) && !rc; i++)
        if (cli_series_selected(ds, ei_dataset_at(ds, i), &opt))
            rc = add_series(t, ei_dataset_at(ds, i), &err);
    return cli_finish(t, ds, rc, &err, &opt);
}
