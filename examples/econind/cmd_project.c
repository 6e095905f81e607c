/* SPDX-License-Identifier: GPL-3.0-or-later */
/* econind project: where a series will end up, by one method or all. */
#include "cli.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int run(int argc, char **argv);

const cli_command cli_project = {
    "project", "projections with bands, and the probability of reaching a "
               "target",
    "Usage: econind project [OPTIONS] [FILE|DIR...] --indicator I --to P\n\n"
    "  --to P         last period to project (e.g. 2025)\n"
    "  --method M     linear (default), loglinear, holt, damped,\n"
    "                 constant-rate (--rate), constant-last, constant-avg\n"
    "                 (--k), target-path (--target), sim-bootstrap,\n"
    "                 sim-normal, or all\n"
    "  --target L     a level to reach at --to: adds the probability of\n"
    "                 reaching it (1 or 0 for deterministic paths)\n"
    "  --rate R       growth in percent for constant-rate\n"
    "  --k K          growth rates averaged by constant-avg (default 3)\n"
    "  --level C      confidence level of the band (default 0.95)\n"
    "  --paths N      simulated paths (default 10000)\n"
    "  --seed S       seed of the simulation (default 1): same seed, same "
    "figures\n"
    "  --growth G     derived (from levels, default), reported, or\n"
    "                 prefer-reported: the growth the growth-based methods "
    "use\n\n"
    "Each method works on the segment after the last caliber break and\n"
    "refuses, saying why, when it has too few points (trend 3, Holt 4,\n"
    "damped 5, simulations 3 growth rates).\n",
    run};

static const char *const extra[] = {"to",    "method", "target", "rate",
                                    "k",     "level",  "paths",  "seed",
                                    "growth", NULL};
enum { TO, METHOD, TARGET, RATE, K, LEVEL, PATHS, SEED, GROWTH };

static const char *const columns[] = {"region", "indicator", "method",
                                      "period", "point",     "lower",
                                      "upper",  "P(reach target)"};

static int parse_number(const char *flag, const char *text, double *out)
{
    if (!text)
        return CLI_OK;
    char *end;
    errno = 0;
    *out = strtod(text, &end);
    if (errno || end == text || *end || !isfinite(*out))
        return cli_usage_error(&cli_project, "--%s: '%s' is not a number",
                               flag, text);
    return CLI_OK;
}

static int parse_options(ei_project_options *po, const char **vals,
                         bool *all)
{
    int rc;
    double num = NAN;
    ei_error err;
    *all = vals[METHOD] && strcmp(vals[METHOD], "all") == 0;
    if (vals[METHOD] && !*all &&
        ei_project_method_parse(&po->method, vals[METHOD], &err) != EI_OK)
        return cli_usage_error(&cli_project, "%s", err.text);
    bool has_to;
    if ((rc = cli_parse_period(&cli_project, "to", vals[TO], &po->to,
                               &has_to)))
        return rc;
    if (!has_to)
        return cli_usage_error(&cli_project, "--to is required");
    if ((rc = parse_number("target", vals[TARGET], &po->target)) ||
        (rc = parse_number("rate", vals[RATE], &po->rate)) ||
        (rc = parse_number("level", vals[LEVEL], &po->level)))
        return rc;
    if ((rc = parse_number("k", vals[K], &num)))
        return rc;
    if (vals[K])
        po->k = (int)num;
    if ((rc = parse_number("paths", vals[PATHS], &num)))
        return rc;
    if (vals[PATHS])
        po->paths = num > 0 ? (size_t)num : 0;
    if ((rc = parse_number("seed", vals[SEED], &num)))
        return rc;
    if (vals[SEED])
        po->seed = num >= 0 ? (unsigned long)num : 0;
    if (vals[GROWTH]) {
        if (strcmp(vals[GROWTH], "derived") == 0)
            po->growth_source = EI_GROWTH_DERIVED;
        else if (strcmp(vals[GROWTH], "reported") == 0)
            po->growth_source = EI_GROWTH_REPORTED;
        else if (strcmp(vals[GROWTH], "prefer-reported") == 0)
            po->growth_source = EI_GROWTH_PREFER_REPORTED;
        else
            return cli_usage_error(&cli_project, "--growth: derived, "
                                   "reported or prefer-reported");
    }
    return CLI_OK;
}

static int band_value(const ei_series *band, ei_period p, double *v)
{
    size_t j;
    *v = NAN;
    if (band && ei_series_index_of(band, p, &j) == EI_OK)
        *v = ei_series_value_at(band, j);
    return 0;
}

static int add_projection(ei_table *t, const ei_series *s,
                          const ei_projection *pr, double target,
                          ei_error *err)
{
    const ei_series *pt = ei_projection_point(pr);
    int rc = EI_OK;
    for (size_t i = 0; i < ei_series_len(pt) && !rc; i++) {
        ei_period p = ei_series_period_at(pt, i);
        double lo, hi, prob = NAN;
        band_value(ei_projection_lower(pr), p, &lo);
        band_value(ei_projection_upper(pr), p, &hi);
        if (isfinite(target) && i + 1 == ei_series_len(pt))
            ei_projection_prob_reach(pr, p, target, &prob, NULL);
        size_t r;
        if ((rc = cli_row_for_series(t, &r, s, err)) ||
            (rc = ei_table_set_text(t, r, 2, ei_projection_method_name(pr),
                                    err)) ||
            (rc = cli_cell_period(t, r, 3, p, err)) ||
            (rc = cli_cell_value(t, r, 4, ei_series_value_at(pt, i),
                                 ei_series_reason_at(pt, i), 2, err)) ||
            (rc = cli_cell_value(t, r, 5, lo, EI_REASON_MISSING, 2, err)) ||
            (rc = cli_cell_value(t, r, 6, hi, EI_REASON_MISSING, 2, err)))
            break;
        if (isfinite(prob))
            rc = ei_table_set_number(t, r, 7, prob, 3, err);
    }
    return rc;
}

static int run(int argc, char **argv)
{
    cli_common opt;
    size_t npos;
    const char *vals[9] = {0};
    int rc = cli_parse(&cli_project, argc, argv, &opt, extra, vals, &npos);
    if (rc != CLI_OK)
        return rc;
    if (opt.help)
        return cli_print_help(&cli_project);
    if (!opt.indicator)
        return cli_usage_error(&cli_project, "--indicator is required");
    ei_project_options po = EI_PROJECT_OPTIONS_INIT;
    bool all;
    if ((rc = parse_options(&po, vals, &all)) != CLI_OK)
        return rc;
    ei_dataset *ds;
    if ((rc = cli_load_dataset(&ds, argv, npos, &opt)) != CLI_OK)
        return rc;
    const ei_series *s =
        ei_dataset_find(ds, opt.region, opt.indicator, po.to.freq);
    if (!s) {
        fprintf(stderr, "econind project: no %s series of '%s'%s%s\n",
                ei_freq_name(po.to.freq), opt.indicator,
                opt.region ? " in " : "", opt.region ? opt.region : "");
        ei_dataset_free(ds);
        return CLI_DATA_ERROR;
    }
    ei_error err;
    ei_table *t = NULL;
    rc = ei_table_new(&t, columns, 8, &err);
    int first = all ? 0 : (int)po.method;
    int last = all ? EI_PROJECT_METHOD_COUNT_ - 1 : (int)po.method;
    size_t made = 0;
    for (int m = first; m <= last && !rc; m++) {
        po.method = (ei_project_method)m;
        ei_projection *pr = NULL;
        ei_error why;
        if (ei_project(&pr, s, &po, &why) != EI_OK) {
            /* a refusal (too few points, no rate given): say it, go on */
            fprintf(stderr, "econind project: %s: %s\n",
                    ei_project_method_name(po.method), why.text);
            continue;
        }
        rc = add_projection(t, s, pr, po.target, &err);
        ei_projection_free(pr);
        made++;
    }
    if (!rc && made == 0) {
        ei_table_free(t);
        ei_dataset_free(ds);
        return CLI_DATA_ERROR;
    }
    return cli_finish(t, ds, rc, &err, &opt);
}
