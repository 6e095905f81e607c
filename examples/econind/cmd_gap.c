/* SPDX-License-Identifier: GPL-3.0-or-later */
/* econind gap: every target against the data: actual, gap, verdict, and
 * what it now takes. */
#include "cli.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static int run(int argc, char **argv);

const cli_command cli_gap = {
    "gap", "targets against the data: actual, gap, met or not, what it "
           "takes",
    "Usage: econind gap [OPTIONS] [FILE|DIR...] [--targets FILE]\n\n"
    "  --targets FILE  the targets (default: targets*.csv in the DIRs or the\n"
    "                  bundled datasets)\n"
    "  --as-of P       judge at period P instead of each target's own end\n"
    "                  (progress to date)\n"
    "  --first         use first releases (estimates) instead of the most\n"
    "                  final figures\n\n"
    "One row per target: its period, kind, operator and value; the actual in\n"
    "the target's own terms; the gap (percentage points for rates, absolute\n"
    "and percent for levels); met / not-met / unknown with the reason\n"
    "(no data, caliber break, only an estimate, a bound); and the growth per\n"
    "year still required to reach it (level targets: (L/X)^(1/k)-1).\n",
    run};

static const char *const extra[] = {"targets", "as-of", "first?", NULL};
static const char *const columns[] = {
    "region", "indicator", "period", "kind", "op", "target", "unit",
    "actual", "gap", "gap %", "verdict", "note", "required %/yr", "source"};
enum { NCOL = sizeof columns / sizeof columns[0] };

static int add_target(ei_table *t, const ei_target *tg, const ei_gap *g,
                      const ei_requirement *req, bool early, ei_error *err)
{
    size_t r;
    char span[EI_SPAN_TEXT_MAX], where[600], note[128];
    ei_span_format(tg->span, span, sizeof span);
    snprintf(where, sizeof where, "%s:%lu", tg->file ? tg->file : "",
             tg->line);
    snprintf(note, sizeof note, "%s%s%s",
             g->reason ? ei_reason_code(g->reason) : "",
             g->provisional ? (g->reason ? ", estimate" : "estimate") : "",
             g->derived ? ", derived growth" : "");
    int rc = ei_table_add_row(t, &r, err);
    const char *text[] = {tg->region ? tg->region : "", tg->indicator, span,
                          ei_target_kind_name(tg->kind),
                          ei_target_op_symbol(tg->op)};
    for (size_t c = 0; c < 5 && !rc; c++)
        rc = ei_table_set_text(t, r, c, text[c], err);
    if (!rc)
        rc = cli_cell_value(t, r, 5, g->target, EI_REASON_NO_TARGET, 2, err);
    if (!rc)
        rc = ei_table_set_text(t, r, 6, tg->unit ? tg->unit : "", err);
    if (!rc)
        rc = cli_cell_value(t, r, 7, g->actual, g->reason, 2, err);
    if (!rc)
        rc = cli_cell_value(t, r, 8, g->gap, g->reason, 2, err);
    if (!rc)
        rc = isnan(g->gap_pct) ? ei_table_set_text(t, r, 9, "", err)
                               : ei_table_set_number(t, r, 9, g->gap_pct, 2,
                                                     err);
    if (!rc)
        rc = ei_table_set_text(t, r, 10,
                               early && g->verdict == EI_VERDICT_NOT_MET
                                   ? "not yet met"
                                   : ei_verdict_name(g->verdict),
                               err);
    if (!rc)
        rc = ei_table_set_text(t, r, 11, note, err);
    if (!rc)
        rc = req->reason == EI_REASON_NO_TARGET
                 ? ei_table_set_text(t, r, 12, "", err)
                 : cli_cell_value(t, r, 12, req->required, req->reason, 2,
                                  err);
    if (!rc)
        rc = ei_table_set_text(t, r, 13, where, err);
    return rc;
}

static bool selected(const ei_dataset *ds, const ei_target *tg,
                     const cli_common *opt)
{
    if (opt->region && (!tg->region || strcmp(opt->region, tg->region)))
        return false;
    if (!opt->indicator || strcmp(opt->indicator, tg->indicator) == 0)
        return true;
    const ei_registry *reg = ei_dataset_registry(ds);
    const ei_indicator *a = ei_registry_find(reg, opt->indicator);
    return a && a == ei_registry_find(reg, tg->indicator);
}

static int evaluate_file(ei_table *t, const char *path, const ei_dataset *ds,
                         const cli_common *opt, const ei_gap_options *gopt,
                         const ei_period *as_of, ei_error *err)
{
    ei_targets *set = NULL;
    ei_csv_options copt = EI_CSV_OPTIONS_INIT;
    copt.encoding = opt->encoding;
    int rc = ei_targets_read_file(&set, path, ei_dataset_registry(ds), &copt,
                                  err);
    for (size_t i = 0; !rc && i < ei_targets_count(set); i++) {
        const ei_target *tg = ei_targets_at(set, i);
        if (!selected(ds, tg, opt))
            continue;
        ei_gap g;
        ei_requirement req;
        /* --as-of judges progress to date of targets not yet due; targets
         * whose period has ended are judged at their own end */
        bool early = as_of && as_of->freq == tg->span.last.freq &&
                     ei_period_compare(*as_of, tg->span.last) < 0;
        rc = early ? ei_gap_evaluate_at(&g, tg, ds, *as_of, gopt, err)
                   : ei_gap_evaluate(&g, tg, ds, gopt, err);
        if (!rc)
            rc = ei_target_requirement(&req, tg, ds, gopt, err);
        if (!rc)
            rc = add_target(t, tg, &g, &req, early, err);
    }
    ei_targets_free(set);
    return rc;
}

static int run(int argc, char **argv)
{
    cli_common opt;
    size_t npos;
    const char *vals[3] = {NULL, NULL, NULL};
    int rc = cli_parse(&cli_gap, argc, argv, &opt, extra, vals, &npos);
    if (rc != CLI_OK)
        return rc;
    if (opt.help)
        return cli_print_help(&cli_gap);
    ei_period as_of;
    bool has_as_of;
    if ((rc = cli_parse_period(&cli_gap, "as-of", vals[1], &as_of,
                               &has_as_of)))
        return rc;
    char **files = NULL;
    if ((rc = cli_kind_files(&files, vals[0], argv, npos, "targets")))
        return rc;
    ei_dataset *ds;
    if ((rc = cli_load_dataset(&ds, argv, npos, &opt)) != CLI_OK) {
        cli_free_list(files);
        return rc;
    }
    ei_gap_options gopt = EI_GAP_OPTIONS_INIT;
    if (vals[2])
        gopt.vintage = EI_VINTAGE_FIRST;
    ei_error err;
    ei_table *t = NULL;
    rc = ei_table_new(&t, columns, NCOL, &err);
    for (char **f = files; !rc && *f; f++)
        rc = evaluate_file(t, *f, ds, &opt, &gopt,
                           has_as_of ? &as_of : NULL, &err);
    cli_free_list(files);
    return cli_finish(t, ds, rc, &err, &opt);
}
