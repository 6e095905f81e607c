/* SPDX-License-Identifier: GPL-3.0-or-later */
/* econind show: the series found in the files. */
#include "cli.h"

#include <stdio.h>
#include <string.h>

static int run(int argc, char **argv);

const cli_command cli_show = {
    "show", "list the series found: span, counts, statuses, breaks",
    "Usage: econind show [OPTIONS] [FILE|DIR...]\n\n"
    "One row per series: region, indicator (and its registry code, or\n"
    "'unregistered'), frequency, measure, unit, first and last period,\n"
    "points, points with a value, estimates among them, caliber breaks.\n",
    run};

static const char *const columns[] = {
    "region", "indicator", "code", "frequency", "measure", "unit", "first",
    "last", "points", "present", "missing", "estimates", "breaks"};
enum { NCOL = sizeof columns / sizeof columns[0] };

static void format_breaks(const ei_series *s, char *buf, size_t size)
{
    buf[0] = '\0';
    size_t used = 0;
    for (size_t i = 0; i < ei_series_break_count(s) && used < size; i++) {
        ei_break b = ei_series_break_at(s, i);
        char a[16], c[16];
        ei_period_format(b.last_old, a, sizeof a);
        ei_period_format(b.first_new, c, sizeof c);
        used += (size_t)snprintf(buf + used, size - used, "%s%s|%s",
                                 i ? " " : "", a, c);
    }
}

static int add_row(ei_table *t, const ei_series *s, ei_error *err)
{
    size_t r;
    char first[16], last[16], breaks[256];
    int rc = ei_table_add_row(t, &r, err);
    if (rc)
        return rc;
    size_t n = ei_series_len(s), present = ei_series_count_present(s);
    size_t estimates = 0;
    for (size_t i = 0; i < n; i++)
        if (!ei_series_reason_at(s, i) &&
            ei_series_status_at(s, i) == EI_STATUS_ESTIMATE)
            estimates++;
    const ei_indicator *ind = ei_series_registered(s);
    ei_period_format(ei_series_start(s), first, sizeof first);
    ei_period_format(ei_series_end(s), last, sizeof last);
    format_breaks(s, breaks, sizeof breaks);
    const char *text[] = {
        ei_series_region(s), ei_series_indicator(s),
        ind ? ind->code : "unregistered", ei_freq_name(ei_series_freq(s)),
        ei_measure_name(ei_series_measure(s)),
        ei_series_unit(s).name ? ei_series_unit(s).name : "",
        n ? first : "", n ? last : ""};
    for (size_t c = 0; c < 8 && !rc; c++)
        rc = ei_table_set_text(t, r, c, text[c], err);
    const double nums[] = {(double)n, (double)present,
                           (double)(n - present), (double)estimates};
    for (size_t c = 0; c < 4 && !rc; c++)
        rc = ei_table_set_number(t, r, 8 + c, nums[c], 0, err);
    if (!rc)
        rc = ei_table_set_text(t, r, 12, breaks, err);
    return rc;
}

static int run(int argc, char **argv)
{
    cli_common opt;
    size_t npos;
    int rc = cli_parse(&cli_show, argc, argv, &opt, NULL, NULL, &npos);
    if (rc != CLI_OK)
        return rc;
    if (opt.help)
        return cli_print_help(&cli_show);
    ei_dataset *ds;
    if ((rc = cli_load_dataset(&ds, argv, npos, &opt)) != CLI_OK)
        return rc;
    ei_error err;
    ei_table *t = NULL;
    if (ei_table_new(&t, columns, NCOL, &err) != EI_OK)
        goto fail;
    for (size_t i = 0; i < ei_dataset_count(ds); i++) {
        const ei_series *s = ei_dataset_at(ds, i);
        if (cli_series_selected(ds, s, &opt) && add_row(t, s, &err) != EI_OK)
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
