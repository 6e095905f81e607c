/* SPDX-License-Identifier: GPL-3.0-or-later */
/* econind average: average growth (年均增长) per series between two
 * periods, from the levels and from the published rates. */
#include "cli.h"

#include <string.h>

static int run(int argc, char **argv);

const cli_command cli_average = {
    "average", "average growth 年均 between two periods, from levels and "
               "from published rates",
    "Usage: econind average [OPTIONS] [FILE|DIR...] --from P --to P\n\n"
    "  --from P   the base period (e.g. 2020)\n"
    "  --to P     the end period (e.g. 2025)\n\n"
    "Per series: years between, CAGR from the levels ((X_to/X_from)^(1/n)-1)\n"
    "and the geometric average of the published rates of the periods after\n"
    "--from up to --to, in percent, each with the reason when it has no\n"
    "value (caliber break, missing year, bound). For two years this is the\n"
    "两年平均增长: sqrt((1+g1)(1+g2))-1, not the arithmetic mean.\n",
    run};

static const char *const extra[] = {"from", "to", NULL};
static const char *const columns[] = {"region", "indicator", "from", "to",
                                      "from levels %", "from rates %"};

static int run(int argc, char **argv)
{
    cli_common opt;
    size_t npos;
    const char *vals[2] = {NULL, NULL};
    int rc = cli_parse(&cli_average, argc, argv, &opt, extra, vals, &npos);
    if (rc != CLI_OK)
        return rc;
    if (opt.help)
        return cli_print_help(&cli_average);
    ei_period from, to;
    bool has_from, has_to;
    if ((rc = cli_parse_period(&cli_average, "from", vals[0], &from,
                               &has_from)) ||
        (rc = cli_parse_period(&cli_average, "to", vals[1], &to, &has_to)))
        return rc;
    if (!has_from || !has_to)
        return cli_usage_error(&cli_average, "--from and --to are required");
    ei_dataset *ds;
    if ((rc = cli_load_dataset(&ds, argv, npos, &opt)) != CLI_OK)
        return rc;
    ei_error err;
    ei_table *t = NULL;
    rc = ei_table_new(&t, columns, 6, &err);
    for (size_t i = 0; i < ei_dataset_count(ds) && !rc; i++) {
        const ei_series *s = ei_dataset_at(ds, i);
        if (!cli_series_selected(ds, s, &opt) ||
            ei_series_freq(s) != from.freq)
            continue;
        ei_result lv, rt;
        size_t r;
        if ((rc = ei_series_cagr(&lv, s, from, to, NULL, &err)) ||
            (rc = ei_series_average_growth(&rt, s, from, to, NULL, &err)) ||
            (rc = cli_row_for_series(t, &r, s, &err)) ||
            (rc = cli_cell_period(t, r, 2, from, &err)) ||
            (rc = cli_cell_period(t, r, 3, to, &err)) ||
            (rc = cli_cell_value(t, r, 4, lv.value, lv.reason, 2, &err)))
            break;
        rc = cli_cell_value(t, r, 5, rt.value, rt.reason, 2, &err);
    }
    return cli_finish(t, ds, rc, &err, &opt);
}
