/* SPDX-License-Identifier: GPL-3.0-or-later */
/* econind contrib: contributions of components to a total's growth. */
#include "cli.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int run(int argc, char **argv);

const cli_command cli_contrib = {
    "contrib", "contributions to growth: 贡献率 (share) and 拉动 (pull, pp)",
    "Usage: econind contrib [OPTIONS] [FILE|DIR...] --total I --parts A,B,..\n"
    "\n"
    "  --total I     the total, e.g. 地区生产总值\n"
    "  --parts LIST  its components, comma-separated, e.g.\n"
    "                第一产业增加值,第二产业增加值,第三产业增加值\n"
    "  --period P    only this period (default: every period)\n\n"
    "Per period and component: the contribution share 贡献率 = dX_i/dX*100\n"
    "and the pull 拉动 = dX_i/X_{t-1}*100 in percentage points, against the\n"
    "same period a year earlier; then the total's growth and, when the\n"
    "components do not add up to the total, the residual.\n",
    run};

static const char *const extra[] = {"total", "parts", "period", NULL};
static const char *const columns[] = {"region", "period", "component",
                                      "share %", "pull pp"};
enum { MAX_PARTS = 32 };

static int add_row(ei_table *t, const char *region, ei_period p,
                   const char *name, double share, ei_reason share_why,
                   double pull, ei_reason pull_why, ei_error *err)
{
    size_t r;
    int rc = ei_table_add_row(t, &r, err);
    if (!rc)
        rc = ei_table_set_text(t, r, 0, region, err);
    if (!rc)
        rc = cli_cell_period(t, r, 1, p, err);
    if (!rc)
        rc = ei_table_set_text(t, r, 2, name, err);
    if (!rc)
        rc = cli_cell_value(t, r, 3, share, share_why, 2, err);
    if (!rc)
        rc = cli_cell_value(t, r, 4, pull, pull_why, 2, err);
    return rc;
}

static int add_period(ei_table *t, const ei_series *total,
                      const ei_series *const *parts, char *const *names,
                      size_t n, ei_period p, ei_error *err)
{
    ei_contrib_total tot;
    ei_contrib_part cp[MAX_PARTS];
    int rc = ei_contrib_at(&tot, cp, total, parts, n, p, NULL, err);
    const char *region = ei_series_region(total);
    for (size_t i = 0; i < n && !rc; i++)
        rc = add_row(t, region, p, names[i], cp[i].share.value,
                     cp[i].share.reason, cp[i].pull.value, cp[i].pull.reason,
                     err);
    if (!rc)
        rc = add_row(t, region, p, "total", tot.growth.reason ? (double)NAN : 100.0,
                     tot.growth.reason, tot.growth.value, tot.growth.reason,
                     err);
    if (!rc && !tot.adds_up && !isnan(tot.residual))
        rc = add_row(t, region, p, "residual (parts do not add up)",
                     tot.residual_share, EI_REASON_MISSING_OPERAND,
                     tot.residual_pull, EI_REASON_MISSING_OPERAND, err);
    return rc;
}

static int run(int argc, char **argv)
{
    cli_common opt;
    size_t npos;
    const char *vals[3] = {NULL, NULL, NULL};
    int rc = cli_parse(&cli_contrib, argc, argv, &opt, extra, vals, &npos);
    if (rc != CLI_OK)
        return rc;
    if (opt.help)
        return cli_print_help(&cli_contrib);
    if (!vals[0] || !vals[1])
        return cli_usage_error(&cli_contrib, "--total and --parts are "
                                             "required");
    ei_period only;
    bool has_only;
    if ((rc = cli_parse_period(&cli_contrib, "period", vals[2], &only,
                               &has_only)))
        return rc;
    char *list = strdup(vals[1]);
    char *names[MAX_PARTS];
    size_t n = 0;
    for (char *tok = strtok(list, ","); tok && n < MAX_PARTS;
         tok = strtok(NULL, ","))
        names[n++] = tok;
    ei_dataset *ds;
    if ((rc = cli_load_dataset(&ds, argv, npos, &opt)) != CLI_OK) {
        free(list);
        return rc;
    }
    const ei_series *total =
        ei_dataset_find(ds, opt.region, vals[0], EI_FREQ_NONE);
    const ei_series *parts[MAX_PARTS];
    if (!total) {
        fprintf(stderr, "econind contrib: no series '%s'%s%s\n", vals[0],
                opt.region ? " in " : "", opt.region ? opt.region : "");
        free(list);
        ei_dataset_free(ds);
        return CLI_DATA_ERROR;
    }
    for (size_t i = 0; i < n; i++) {
        parts[i] = ei_dataset_find(ds, ei_series_region(total), names[i],
                                   ei_series_freq(total));
        if (!parts[i]) {
            fprintf(stderr, "econind contrib: no series '%s' in %s\n",
                    names[i], ei_series_region(total));
            free(list);
            ei_dataset_free(ds);
            return CLI_DATA_ERROR;
        }
    }
    ei_error err;
    ei_table *t = NULL;
    rc = ei_table_new(&t, columns, 5, &err);
    for (size_t i = 0; i < ei_series_len(total) && !rc; i++) {
        ei_period p = ei_series_period_at(total, i);
        if (has_only ? ei_period_equal(p, only) : !ei_series_reason_at(total, i))
            rc = add_period(t, total, parts, names, n, p, &err);
    }
    rc = cli_finish(t, ds, rc, &err, &opt);
    free(list);
    return rc;
}
