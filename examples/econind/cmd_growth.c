/* SPDX-License-Identifier: GPL-3.0-or-later */
/* econind growth: a growth transformation of every selected series, by
 * calendar period, beside the published growth rate. */
#include "cli.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static int run(int argc, char **argv);

const cli_command cli_growth = {
    "growth", "growth by calendar period (同比, 环比, FRED units) beside the "
              "published rate",
    "Usage: econind growth [OPTIONS] [FILE|DIR...]\n\n"
    "  --transform T   pc1 (同比, default), pch (环比), pca, chg, ch1, cch,\n"
    "                  cca, log, lin\n"
    "  --from P        first period to show (e.g. 2018, 2018Q1, 2018-01)\n"
    "  --to P          last period to show\n\n"
    "One row per region, indicator and period: the level, the transformed\n"
    "value (or the reason there is none: caliber-break, missing-operand,\n"
    "zero-base …) and the growth rate the source published.\n",
    run};

static const char *const extra[] = {"transform", "from", "to", NULL};

static const char *const columns[] = {"region", "indicator", "period",
                                      "level", "value", "reported"};

static int parse_bound(const cli_common *o, const char *text, ei_period *p,
                       bool *set)
{
    (void)o;
    *set = false;
    if (!text)
        return CLI_OK;
    ei_error err;
    if (ei_period_parse(p, text, strlen(text), &err) != EI_OK)
        return cli_usage_error(&cli_growth, "%s", err.text);
    *set = true;
    return CLI_OK;
}

/* Keep period p when it lies within the --from/--to bounds. */
static bool within(ei_period p, ei_period from, bool has_from, ei_period to,
                   bool has_to)
{
    if (has_from && p.freq == from.freq && ei_period_compare(p, from) < 0)
        return false;
    if (has_to && p.freq == to.freq && ei_period_compare(p, to) > 0)
        return false;
    return true;
}

static int add_series(ei_table *t, const ei_series *s, const ei_series *g,
                      ei_transform tr, ei_period from, bool has_from,
                      ei_period to, bool has_to, ei_error *err)
{
    int rc = EI_OK;
    for (size_t i = 0; i < ei_series_len(s) && !rc; i++) {
        ei_period p = ei_series_period_at(s, i);
        if (!within(p, from, has_from, to, has_to))
            continue;
        char period[16];
        ei_period_format(p, period, sizeof period);
        size_t r;
        if ((rc = ei_table_add_row(t, &r, err)))
            break;
        double level = ei_series_value_at(s, i);
        double value = ei_series_value_at(g, i);
        double reported = ei_series_growth_at(s, i);
        rc = ei_table_set_text(t, r, 0, ei_series_region(s), err);
        if (!rc)
            rc = ei_table_set_text(t, r, 1, ei_series_indicator(s), err);
        if (!rc)
            rc = ei_table_set_text(t, r, 2, period, err);
        if (!rc)
            rc = isnan(level) ? ei_table_set_missing(
                                    t, r, 3, ei_series_reason_at(s, i), err)
                              : ei_table_set_number(t, r, 3, level, 2, err);
        if (!rc)
            rc = isnan(value) ? ei_table_set_missing(
                                    t, r, 4, ei_series_reason_at(g, i), err)
                              : ei_table_set_number(t, r, 4, value, 2, err);
        if (!rc && tr == EI_TRANSFORM_PC1)
            rc = isnan(reported)
                     ? ei_table_set_missing(t, r, 5, EI_REASON_MISSING, err)
                     : ei_table_set_number(t, r, 5, reported, 1, err);
    }
    return rc;
}

static int run(int argc, char **argv)
{
    cli_common opt;
    size_t npos;
    const char *vals[3] = {NULL, NULL, NULL};
    int rc = cli_parse(&cli_growth, argc, argv, &opt, extra, vals, &npos);
    if (rc != CLI_OK)
        return rc;
    if (opt.help)
        return cli_print_help(&cli_growth);
    ei_transform tr = EI_TRANSFORM_PC1;
    ei_error err;
    if (vals[0] && ei_transform_parse(&tr, vals[0], strlen(vals[0]), &err))
        return cli_usage_error(&cli_growth, "%s", err.text);
    ei_period from, to;
    bool has_from, has_to;
    if ((rc = parse_bound(&opt, vals[1], &from, &has_from)) ||
        (rc = parse_bound(&opt, vals[2], &to, &has_to)))
        return rc;
    ei_dataset *ds;
    if ((rc = cli_load_dataset(&ds, argv, npos, &opt)) != CLI_OK)
        return rc;
    ei_table *t = NULL;
    const char *names[6];
    memcpy(names, columns, sizeof names);
    names[4] = ei_transform_name(tr);
    size_t ncol = tr == EI_TRANSFORM_PC1 ? 6 : 5;
    if (ei_table_new(&t, names, ncol, &err) != EI_OK)
        goto fail;
    for (size_t i = 0; i < ei_dataset_count(ds); i++) {
        const ei_series *s = ei_dataset_at(ds, i);
        if (!cli_series_selected(ds, s, &opt))
            continue;
        ei_series *g = NULL;
        if (ei_series_transform(&g, s, tr, NULL, &err) != EI_OK) {
            /* e.g. 环比 of a year-to-date series: say which and go on */
            fprintf(stderr, "econind growth: %s %s: %s\n",
                    ei_series_region(s), ei_series_indicator(s), err.text);
            continue;
        }
        rc = add_series(t, s, g, tr, from, has_from, to, has_to, &err);
        ei_series_free(g);
        if (rc)
            goto fail;
    }
    rc = cli_write_table(t, &opt);
    ei_table_free(t);
    ei_dataset_free(ds);
    return rc;
fail:
    cli_print_error(&err);
    ei_table_free(t);
    ei_dataset_free(ds);
    return CLI_DATA_ERROR;
}
