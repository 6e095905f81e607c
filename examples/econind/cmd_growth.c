/* SPDX-License-Identifier: GPL-3.0-or-later */
/* econind growth: a growth transformation of every selected series, by
 * calendar period, beside the published growth rate. */
#include "cli.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static int run(int argc, char **argv);

const cli_command cli_growth = {
    "growth", "growth by calendar period (同比, 环比, FRED units, indices, "
              "year-to-date)",
    "Usage: econind growth [OPTIONS] [FILE|DIR...]\n\n"
    "  --transform T   one of\n"
    "                  pc1 (同比 %, default)  pch (环比 %)  pca (compounded\n"
    "                  annual rate)  chg  ch1  cch  cca  log  lin\n"
    "                  index   fixed-base index 定基, X_t/X_base*100 (--base)\n"
    "                  chain   comparable-price index chained from the\n"
    "                          published growth rates (--base)\n"
    "                  single  single periods from year-to-date values\n"
    "                  cumulative  year-to-date values from single periods\n"
    "                  ytd-growth  累计增长 of year-to-date values\n"
    "  --base P        base period of index and chain (default: first)\n"
    "  --from P        first period to show (e.g. 2018, 2018Q1, 2018-01)\n"
    "  --to P          last period to show\n\n"
    "One row per region, indicator and period: the level, the transformed\n"
    "value (or the reason there is none: caliber-break, missing-operand,\n"
    "zero-base, combined …) and the growth rate the source published.\n",
    run};

static const char *const extra[] = {"transform", "from", "to", "base", NULL};

typedef enum kind { FRED, INDEX, CHAIN, SINGLE, CUMULATIVE, YTD_GROWTH } kind;

static const struct {
    const char *name;
    kind k;
} named[] = {{"index", INDEX},           {"定基", INDEX},
             {"chain", CHAIN},           {"single", SINGLE},
             {"cumulative", CUMULATIVE}, {"ytd-growth", YTD_GROWTH},
             {"累计增长", YTD_GROWTH}};

/* The derived series for one input series. */
static int derive(ei_series **g, const ei_series *s, kind k, ei_transform tr,
                  ei_period base, bool has_base, ei_error *err)
{
    ei_period b = has_base ? base : ei_series_start(s);
    switch (k) {
    case INDEX: return ei_series_index_fixed_base(g, s, b, NULL, err);
    case CHAIN: return ei_series_index_chain(g, s, b, NULL, err);
    case SINGLE: return ei_ytd_to_single(g, s, NULL, err);
    case CUMULATIVE: return ei_single_to_ytd(g, s, NULL, err);
    case YTD_GROWTH: return ei_ytd_growth(g, s, NULL, err);
    default: return ei_series_transform(g, s, tr, NULL, err);
    }
}

static bool within(ei_period p, ei_period from, bool has_from, ei_period to,
                   bool has_to)
{
    if (has_from && p.freq == from.freq && ei_period_compare(p, from) < 0)
        return false;
    if (has_to && p.freq == to.freq && ei_period_compare(p, to) > 0)
        return false;
    return true;
}

static int add_rows(ei_table *t, const ei_series *s, const ei_series *g,
                    const ei_period bounds[2], const bool given[2],
                    ei_error *err)
{
    int rc = EI_OK;
    for (size_t i = 0; i < ei_series_len(g) && !rc; i++) {
        ei_period p = ei_series_period_at(g, i);
        if (!within(p, bounds[0], given[0], bounds[1], given[1]))
            continue;
        size_t r, j;
        bool in_s = ei_series_index_of(s, p, &j) == EI_OK;
        rc = cli_row_for_series(t, &r, s, err);
        if (!rc)
            rc = cli_cell_period(t, r, 2, p, err);
        if (!rc)
            rc = in_s ? cli_cell_value(t, r, 3, ei_series_value_at(s, j),
                                       ei_series_reason_at(s, j), 2, err)
                      : ei_table_set_missing(t, r, 3,
                                             EI_REASON_OUT_OF_RANGE, err);
        if (!rc)
            rc = cli_cell_value(t, r, 4, ei_series_value_at(g, i),
                                ei_series_reason_at(g, i), 2, err);
        if (!rc)
            rc = in_s ? cli_cell_value(t, r, 5, ei_series_growth_at(s, j),
                                       EI_REASON_MISSING, 1, err)
                      : ei_table_set_missing(t, r, 5, EI_REASON_MISSING, err);
    }
    return rc;
}

static int run(int argc, char **argv)
{
    cli_common opt;
    size_t npos;
    const char *vals[4] = {NULL, NULL, NULL, NULL};
    int rc = cli_parse(&cli_growth, argc, argv, &opt, extra, vals, &npos);
    if (rc != CLI_OK)
        return rc;
    if (opt.help)
        return cli_print_help(&cli_growth);
    kind k = FRED;
    ei_transform tr = EI_TRANSFORM_PC1;
    const char *tname = vals[0] ? vals[0] : "pc1";
    for (size_t i = 0; i < sizeof named / sizeof *named; i++)
        if (strcmp(tname, named[i].name) == 0)
            k = named[i].k;
    ei_error err;
    if (k == FRED && ei_transform_parse(&tr, tname, strlen(tname), &err))
        return cli_usage_error(&cli_growth, "%s", err.text);
    ei_period bounds[2], base;
    bool given[2], has_base;
    if ((rc = cli_parse_period(&cli_growth, "from", vals[1], &bounds[0],
                               &given[0])) ||
        (rc = cli_parse_period(&cli_growth, "to", vals[2], &bounds[1],
                               &given[1])) ||
        (rc = cli_parse_period(&cli_growth, "base", vals[3], &base,
                               &has_base)))
        return rc;
    ei_dataset *ds;
    if ((rc = cli_load_dataset(&ds, argv, npos, &opt)) != CLI_OK)
        return rc;
    const char *names[] = {"region", "indicator", "period",
                           "level",  tname,       "reported"};
    ei_table *t = NULL;
    rc = ei_table_new(&t, names, 6, &err);
    for (size_t i = 0; i < ei_dataset_count(ds) && !rc; i++) {
        const ei_series *s = ei_dataset_at(ds, i);
        if (!cli_series_selected(ds, s, &opt))
            continue;
        ei_series *g = NULL;
        ei_error why;
        if (derive(&g, s, k, tr, base, has_base, &why) != EI_OK) {
            /* e.g. 环比 of a year-to-date series: say which, go on */
            fprintf(stderr, "econind growth: %s %s: %s\n",
                    ei_series_region(s), ei_series_indicator(s), why.text);
            continue;
        }
        rc = add_rows(t, s, g, bounds, given, &err);
        ei_series_free(g);
    }
    return cli_finish(t, ds, rc, &err, &opt);
}
