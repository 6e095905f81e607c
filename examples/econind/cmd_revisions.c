/* SPDX-License-Identifier: GPL-3.0-or-later */
/* econind revisions: estimates (预计) against final figures. */
#include "cli.h"

static int run(int argc, char **argv);

const cli_command cli_revisions = {
    "revisions", "estimates against final figures: first release, latest, "
                 "change",
    "Usage: econind revisions [OPTIONS] [FILE|DIR...]\n\n"
    "One row per series and period with a figure: the first release and its\n"
    "status, the latest (most final) figure and its status, the change and\n"
    "the change in percent of the first release; estimate-only when no final\n"
    "figure exists yet.\n",
    run};

static const char *const columns[] = {
    "region", "indicator", "period", "first", "first status", "latest",
    "latest status", "change", "change %"};

static int add_series(ei_table *t, const ei_series *s, ei_error *err)
{
    ei_revision *rev = NULL;
    size_t n = 0;
    int rc = ei_series_revisions(&rev, &n, s, err);
    for (size_t i = 0; i < n && !rc; i++) {
        size_t r;
        if ((rc = cli_row_for_series(t, &r, s, err)) ||
            (rc = cli_cell_period(t, r, 2, rev[i].period, err)) ||
            (rc = cli_cell_value(t, r, 3, rev[i].first, EI_REASON_MISSING, 2,
                                 err)) ||
            (rc = ei_table_set_text(
                 t, r, 4, ei_obs_status_name(rev[i].first_status), err)) ||
            (rc = cli_cell_value(t, r, 5, rev[i].latest, EI_REASON_MISSING,
                                 2, err)) ||
            (rc = ei_table_set_text(
                 t, r, 6, ei_obs_status_name(rev[i].latest_status), err)) ||
            (rc = cli_cell_value(t, r, 7, rev[i].change, rev[i].reason, 2,
                                 err)))
            break;
        rc = cli_cell_value(t, r, 8, rev[i].percent, rev[i].reason, 2, err);
    }
    ei_revisions_free(rev);
    return rc;
}

static int run(int argc, char **argv)
{
    cli_common opt;
    size_t npos;
    int rc = cli_parse(&cli_revisions, argc, argv, &opt, NULL, NULL, &npos);
    if (rc != CLI_OK)
        return rc;
    if (opt.help)
        return cli_print_help(&cli_revisions);
    ei_dataset *ds;
    if ((rc = cli_load_dataset(&ds, argv, npos, &opt)) != CLI_OK)
        return rc;
    ei_error err;
    ei_table *t = NULL;
    rc = ei_table_new(&t, columns, 9, &err);
    for (size_t i = 0; i < ei_dataset_count(ds) && !rc; i++)
        if (cli_series_selected(ds, ei_dataset_at(ds, i), &opt))
            rc = add_series(t, ei_dataset_at(ds, i), &err);
    return cli_finish(t, ds, rc, &err, &opt);
}
