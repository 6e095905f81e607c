/* SPDX-License-Identifier: GPL-3.0-or-later */
/* econind report: the headline indicators of a district, with levels,
 * published and derived growth, revisions and caveats. Every figure comes
 * from the library; this file only arranges tables. */
#include "cli.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static int run(int argc, char **argv);

const cli_command cli_report = {
    "report", "the district report: headline indicators, growth, caveats",
    "Usage: econind report [OPTIONS] [FILE|DIR...]\n\n"
    "For the region (--region, default: the first region found) and each\n"
    "headline indicator (GDP, fixed-asset investment, retail sales, local\n"
    "general public budget revenue): every period with its level, status\n"
    "(estimate or final), the published growth rate and the growth the\n"
    "library derives from the levels, with the reason wherever a figure is\n"
    "not possible (caliber break, missing year, bound); then caliber breaks\n"
    "and revisions of estimates. With no FILE it reads the bundled datasets.\n",
    run};

static const char *const headline[] = {"gdp", "fai", "retail",
                                       "fiscal_revenue"};

static const char *const growth_columns[] = {
    "period", "value", "status", "bound", "reported growth %",
    "derived growth %", "difference pp", "why no derived growth"};
enum { NGROWTH = sizeof growth_columns / sizeof growth_columns[0] };

static const char *bound_text(ei_bound b)
{
    switch (b) {
    case EI_BOUND_ABOVE: return "above";
    case EI_BOUND_BELOW: return "below";
    case EI_BOUND_ABOUT: return "about";
    default: return "";
    }
}

/* One row per period with any observation. */
static int growth_table(ei_table **out, const ei_series *s, ei_error *err)
{
    ei_growth_check *rows = NULL;
    size_t n = 0;
    int rc = ei_growth_check_series(&rows, &n, s, NULL, err);
    if (rc)
        return rc;
    ei_table *t = NULL;
    rc = ei_table_new(&t, growth_columns, NGROWTH, err);
    for (size_t i = 0; i < n && !rc; i++) {
        if (ei_series_reason_at(s, i) && isnan(rows[i].reported))
            continue; /* a year the documents do not mention */
        size_t r;
        char period[16];
        ei_period_format(rows[i].period, period, sizeof period);
        double v = ei_series_value_at(s, i);
        rc = ei_table_add_row(t, &r, err);
        if (!rc)
            rc = ei_table_set_text(t, r, 0, period, err);
        if (!rc)
            rc = isnan(v) ? ei_table_set_missing(t, r, 1,
                                                 ei_series_reason_at(s, i),
                                                 err)
                          : ei_table_set_number(t, r, 1, v, 2, err);
        if (!rc)
            rc = ei_table_set_text(
                t, r, 2,
                isnan(v) ? "" : ei_obs_status_name(ei_series_status_at(s, i)),
                err);
        if (!rc)
            rc = ei_table_set_text(t, r, 3,
                                   bound_text(ei_series_bound_at(s, i)), err);
        if (!rc)
            rc = isnan(rows[i].reported)
                     ? ei_table_set_missing(t, r, 4, EI_REASON_MISSING, err)
                     : ei_table_set_number(t, r, 4, rows[i].reported, 1,
                                           err);
        if (!rc)
            rc = isnan(rows[i].derived)
                     ? ei_table_set_missing(t, r, 5, rows[i].derived_reason,
                                            err)
                     : ei_table_set_number(t, r, 5, rows[i].derived, 1, err);
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
    ei_growth_checks_free(rows);
    if (rc) {
        ei_table_free(t);
        return rc;
    }
    *out = t;
    return EI_OK;
}

static void print_breaks(FILE *fp, const ei_series *s)
{
    for (size_t i = 0; i < ei_series_break_count(s); i++) {
        ei_break b = ei_series_break_at(s, i);
        char a[16], c[16];
        ei_period_format(b.last_old, a, sizeof a);
        ei_period_format(b.first_new, c, sizeof c);
        fprintf(fp, "Caliber break: %s and earlier are of the old caliber, "
                    "%s on of the new; no growth is derived across it.\n",
                a, c);
    }
}

static void print_revisions(FILE *fp, const ei_series *s)
{
    ei_revision *rev = NULL;
    size_t n = 0;
    if (ei_series_revisions(&rev, &n, s, NULL) != EI_OK)
        return;
    for (size_t i = 0; i < n; i++) {
        char p[16];
        ei_period_format(rev[i].period, p, sizeof p);
        if (rev[i].reason == EI_REASON_ESTIMATE_ONLY)
            fprintf(fp, "%s: %g is an estimate; no final figure yet.\n", p,
                    rev[i].first);
        else if (rev[i].vintages > 1 && !isnan(rev[i].change) &&
                 (rev[i].change != 0 ||
                  rev[i].first_status != rev[i].latest_status))
            fprintf(fp, "%s: %s %g, then %s %g (%+g, %+.2f%%).\n", p,
                    ei_obs_status_name(rev[i].first_status), rev[i].first,
                    ei_obs_status_name(rev[i].latest_status), rev[i].latest,
                    rev[i].change, rev[i].percent);
    }
    ei_revisions_free(rev);
}

static const char *first_region(const ei_dataset *ds)
{
    for (size_t i = 0; i < ei_dataset_count(ds); i++)
        if (*ei_series_region(ei_dataset_at(ds, i)))
            return ei_series_region(ei_dataset_at(ds, i));
    return NULL;
}

static int report_indicator(FILE *fp, const ei_dataset *ds,
                            const char *region, const char *code,
                            const cli_common *opt)
{
    const ei_series *s = ei_dataset_find(ds, region, code, EI_FREQ_ANNUAL);
    const ei_indicator *ind =
        ei_registry_find(ei_dataset_registry(ds), code);
    if (!s) {
        fprintf(fp, "\n## %s\n\nNo figures in the data.\n",
                ind ? ind->name_zh : code);
        return CLI_OK;
    }
    fprintf(fp, "\n## %s (%s), %s\n\n", ind ? ind->name_zh : code,
            ind ? ind->name_en : code, ei_series_unit(s).name);
    if (ind && ind->growth_basis == EI_BASIS_COMPARABLE)
        fprintf(fp, "Published growth is at comparable prices; growth "
                    "derived from current-price levels is nominal.\n\n");
    ei_error err;
    ei_table *t = NULL;
    if (growth_table(&t, s, &err) != EI_OK) {
        cli_print_error(&err);
        return CLI_DATA_ERROR;
    }
    int rc = ei_table_write(t, fp, opt->format, &err);
    ei_table_free(t);
    if (rc) {
        cli_print_error(&err);
        return CLI_DATA_ERROR;
    }
    fputc('\n', fp);
    print_breaks(fp, s);
    print_revisions(fp, s);
    return CLI_OK;
}

static int run(int argc, char **argv)
{
    cli_common opt;
    size_t npos;
    int rc = cli_parse(&cli_report, argc, argv, &opt, NULL, NULL, &npos);
    if (rc != CLI_OK)
        return rc;
    if (opt.help)
        return cli_print_help(&cli_report);
    if (opt.format == EI_FORMAT_TABLE)
        opt.format = EI_FORMAT_MARKDOWN;
    ei_dataset *ds;
    if ((rc = cli_load_dataset(&ds, argv, npos, &opt)) != CLI_OK)
        return rc;
    const char *region = opt.region ? opt.region : first_region(ds);
    ei_error err;
    ei_output *o = NULL;
    if (ei_output_open(&o, opt.output ? opt.output : "-", &err) != EI_OK) {
        cli_print_error(&err);
        ei_dataset_free(ds);
        return CLI_DATA_ERROR;
    }
    FILE *fp = ei_output_stream(o);
    fprintf(fp, "# %s: headline indicators\n\n",
            region ? region : "(no region)");
    fprintf(fp, "%zu series from %zu file%s. Levels as published; 'derived' "
                "growth is computed by econind from the levels of the same "
                "caliber.\n",
            ei_dataset_count(ds), ei_dataset_file_count(ds),
            ei_dataset_file_count(ds) == 1 ? "" : "s");
    for (size_t i = 0; i < sizeof headline / sizeof *headline && !rc; i++)
        rc = report_indicator(fp, ds, region, headline[i], &opt);
    ei_dataset_free(ds);
    if (rc) {
        ei_output_abort(o);
        return rc;
    }
    if (ei_output_commit(o, &err) != EI_OK) {
        cli_print_error(&err);
        return CLI_DATA_ERROR;
    }
    return CLI_OK;
}
