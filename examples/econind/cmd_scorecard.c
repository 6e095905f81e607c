/* SPDX-License-Identifier: GPL-3.0-or-later */
/* econind scorecard: a five-year plan's indicators by class (met early,
 * met, on track, behind, hard to complete), overall and by group. */
#include "cli.h"

#include <stdio.h>
#include <string.h>

static int run(int argc, char **argv);

const cli_command cli_scorecard = {
    "scorecard", "five-year plan scorecard: met early, met, on track, "
                 "behind, hard",
    "Usage: econind scorecard [OPTIONS] [FILE|DIR...] [--scorecard FILE]\n"
    "       econind scorecard [OPTIONS] [FILE|DIR...] --from-targets PLAN\n\n"
    "  --scorecard FILE    a plan review's classifications (default:\n"
    "                      scorecard*.csv in the DIRs or bundled datasets)\n"
    "  --from-targets PLAN classify the targets (targets*.csv) against the\n"
    "                      data instead, naming the plan PLAN\n"
    "  --hard-ratio R      behind by more than R of the way counts as hard\n"
    "                      to complete (default 0.5)\n\n"
    "Counts per class for all indicators and for each group (经济发展,\n"
    "创新驱动, 民生福祉, 生态文明 …), as plan reviews report them.\n",
    run};

static const char *const extra[] = {"scorecard", "from-targets",
                                    "hard-ratio", NULL};

static int add_summary(ei_table *t, const ei_scorecard *sc,
                       const char *group, ei_error *err)
{
    ei_score_summary s;
    ei_scorecard_summary(&s, sc, group);
    size_t r;
    int rc = ei_table_add_row(t, &r, err);
    if (!rc)
        rc = ei_table_set_text(t, r, 0,
                               !group ? "all" : *group ? group : "(no group)",
                               err);
    for (int k = 0; k < EI_SCORE_COUNT_ && !rc; k++)
        rc = ei_table_set_number(t, r, 1 + (size_t)k, (double)s.by_score[k],
                                 0, err);
    if (!rc)
        rc = ei_table_set_number(t, r, 1 + EI_SCORE_COUNT_,
                                 (double)s.met_total, 0, err);
    if (!rc)
        rc = ei_table_set_number(t, r, 2 + EI_SCORE_COUNT_, (double)s.total,
                                 0, err);
    return rc;
}

static int tabulate(ei_table **t, const ei_scorecard *sc, ei_error *err)
{
    const char *names[EI_SCORE_COUNT_ + 3];
    names[0] = "group";
    for (int k = 0; k < EI_SCORE_COUNT_; k++)
        names[1 + k] = ei_score_name((ei_score)k);
    names[1 + EI_SCORE_COUNT_] = "met in all";
    names[2 + EI_SCORE_COUNT_] = "total";
    int rc = ei_table_new(t, names, EI_SCORE_COUNT_ + 3, err);
    if (!rc)
        rc = add_summary(*t, sc, NULL, err);
    for (size_t g = 0; g < ei_scorecard_group_count(sc) && !rc; g++)
        rc = add_summary(*t, sc, ei_scorecard_group_at(sc, g), err);
    return rc;
}

static int from_targets(ei_scorecard **sc, char **files, const ei_dataset *ds,
                        const char *plan, double hard, ei_error *err)
{
    int rc = EI_OK;
    ei_targets *all = NULL;
    if ((rc = ei_targets_new(&all, err)))
        return rc;
    for (char **f = files; !rc && *f; f++) {
        ei_targets *set = NULL;
        rc = ei_targets_read_file(&set, *f, ei_dataset_registry(ds), NULL,
                                  err);
        for (size_t i = 0; !rc && i < ei_targets_count(set); i++)
            rc = ei_targets_add(all, ei_targets_at(set, i),
                                ei_dataset_registry(ds), err);
        ei_targets_free(set);
    }
    if (!rc)
        rc = ei_scorecard_from_targets(sc, all, ds, plan, hard, err);
    ei_targets_free(all);
    return rc;
}

static int run(int argc, char **argv)
{
    cli_common opt;
    size_t npos;
    const char *vals[3] = {NULL, NULL, NULL};
    int rc = cli_parse(&cli_scorecard, argc, argv, &opt, extra, vals, &npos);
    if (rc != CLI_OK)
        return rc;
    if (opt.help)
        return cli_print_help(&cli_scorecard);
    double hard = 0.5;
    if (vals[2] && sscanf(vals[2], "%lf", &hard) != 1)
        return cli_usage_error(&cli_scorecard, "--hard-ratio takes a number");
    char **files = NULL;
    const char *kind = vals[1] ? "targets" : "scorecard";
    if ((rc = cli_kind_files(&files, vals[0], argv, npos, kind)))
        return rc;
    ei_error err;
    ei_scorecard *sc = NULL;
    ei_dataset *ds = NULL;
    if (vals[1]) {
        if ((rc = cli_load_dataset(&ds, argv, npos, &opt)) != CLI_OK) {
            cli_free_list(files);
            return rc;
        }
        rc = from_targets(&sc, files, ds, vals[1], hard, &err);
    } else {
        rc = ei_scorecard_new(&sc, &err);
        for (char **f = files; !rc && *f; f++) {
            ei_scorecard *one = NULL;
            rc = ei_scorecard_read_file(&one, *f, NULL, &err);
            for (size_t i = 0; !rc && i < ei_scorecard_count(one); i++)
                rc = ei_scorecard_add(sc, ei_scorecard_at(one, i), &err);
            ei_scorecard_free(one);
        }
    }
    cli_free_list(files);
    ei_table *t = NULL;
    if (!rc)
        rc = tabulate(&t, sc, &err);
    ei_scorecard_free(sc);
    return cli_finish(t, ds, rc, &err, &opt);
}
