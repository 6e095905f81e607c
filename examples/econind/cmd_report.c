/* SPDX-License-Identifier: GPL-3.0-or-later */
/* econind report: the district report, built and written by the library
 * (ei_report_new, ei_report_write_file); this file only reads the flags
 * and the files. */
#include "cli_report.h"

#include <stdlib.h>
#include <string.h>

static int run(int argc, char **argv);

const cli_command cli_report = {
    "report", "the district report: headline indicators, growth, caveats",
    "Usage: econind report [OPTIONS] [FILE|DIR...] [-o OUT]\n\n"
    "The report of a district (--region, default: the first region found):\n"
    "for each headline indicator (GDP, fixed-asset investment, retail sales,\n"
    "local general public budget revenue) its levels with their status\n"
    "(estimate or final), the published growth and the growth derived from\n"
    "the levels, charts of both, caliber breaks, bounds and revisions of\n"
    "estimates in plain words, and a projection with its band or the reason\n"
    "there is none. With no FILE it reads the bundled datasets.\n\n"
    "Report options:\n"
    "  --format F        markdown (default) or html; without --format,\n"
    "                    -o FILE.html writes HTML\n"
    "  --as-of PERIOD    leave out figures of periods after PERIOD (2018)\n"
    "  --horizon N       projection years after the last figure (5)\n"
    "  --targets FILE    the targets to judge (default: targets*.csv in\n"
    "                    the directories given, or the bundled ones)\n"
    "  --plans FILE      annual plans for completion against time\n"
    "                    (default: plans*.csv, found the same way)\n"
    "  --indicator I     report on indicator I only\n"
    "  --scorecard FILE  a plan review's scorecard (default: scorecard*.csv)\n"
    "  --tasks FILE      tasks of motion-handling plans (default:\n"
    "                    tasks*.csv), judged at --tasks-as-of DATE or at\n"
    "                    the end of --as-of (without either, left out)\n"
    "  -o OUT            write to OUT (default: standard output, '-')\n\n"
    "The HTML report is one self-contained file (inline SVG charts); open it\n"
    "in a browser.\n",
    run};

void cli_take_format(int *argc, char **argv, const char *const *values,
                     const char **fmt)
{
    int out = 1;
    for (int i = 1; i < *argc; i++) {
        const char *a = argv[i], *v = NULL;
        bool two = false;
        if (strcmp(a, "--") == 0) {
            while (i < *argc)
                argv[out++] = argv[i++];
            break;
        }
        if (strncmp(a, "--format=", 9) == 0)
            v = a + 9;
        else if (strcmp(a, "--format") == 0 && i + 1 < *argc)
            v = argv[i + 1], two = true;
        bool ours = false;
        for (size_t k = 0; v && values[k] && !ours; k++)
            ours = strcmp(v, values[k]) == 0;
        if (ours) {
            *fmt = v;
            i += two;
            continue;
        }
        argv[out++] = argv[i];
    }
    *argc = out;
}

/* All items of the files in one set. Prints errors; returns an exit
 * code. */
static int load_targets(ei_targets **out, char **files, const ei_dataset *ds)
{
    ei_error err;
    ei_targets *all = NULL;
    int rc = ei_targets_new(&all, &err);
    for (char **f = files; !rc && *f; f++) {
        ei_targets *one = NULL;
        rc = ei_targets_read_file(&one, *f, ei_dataset_registry(ds), NULL,
                                  &err);
        for (size_t i = 0; !rc && i < ei_targets_count(one); i++)
            rc = ei_targets_add(all, ei_targets_at(one, i),
                                ei_dataset_registry(ds), &err);
        ei_targets_free(one);
    }
    if (rc) {
        cli_print_error(&err);
        ei_targets_free(all);
        return CLI_DATA_ERROR;
    }
    *out = all;
    return CLI_OK;
}

static int load_plans(ei_plans **out, char **files)
{
    ei_error err;
    ei_plans *all = NULL;
    int rc = ei_plans_new(&all, &err);
    for (char **f = files; !rc && *f; f++) {
        ei_plans *one = NULL;
        rc = ei_plans_read_file(&one, *f, NULL, &err);
        for (size_t i = 0; !rc && i < ei_plans_count(one); i++)
            rc = ei_plans_add(all, ei_plans_at(one, i), &err);
        ei_plans_free(one);
    }
    if (rc) {
        cli_print_error(&err);
        ei_plans_free(all);
        return CLI_DATA_ERROR;
    }
    *out = all;
    return CLI_OK;
}

static int load_scorecard(ei_scorecard **out, char **files)
{
    ei_error err;
    ei_scorecard *all = NULL;
    int rc = ei_scorecard_new(&all, &err);
    for (char **f = files; !rc && *f; f++) {
        ei_scorecard *one = NULL;
        rc = ei_scorecard_read_file(&one, *f, NULL, &err);
        for (size_t i = 0; !rc && i < ei_scorecard_count(one); i++)
            rc = ei_scorecard_add(all, ei_scorecard_at(one, i), &err);
        ei_scorecard_free(one);
    }
    if (rc) {
        cli_print_error(&err);
        ei_scorecard_free(all);
        return CLI_DATA_ERROR;
    }
    *out = all;
    return CLI_OK;
}

static int load_tasks(ei_tasks **out, char **files)
{
    ei_error err;
    ei_tasks *all = NULL;
    int rc = ei_tasks_new(&all, &err);
    for (char **f = files; !rc && *f; f++) {
        ei_tasks *one = NULL;
        rc = ei_tasks_read_file(&one, *f, NULL, &err);
        for (size_t i = 0; !rc && i < ei_tasks_count(one); i++)
            rc = ei_tasks_add(all, ei_tasks_at(one, i), &err);
        ei_tasks_free(one);
    }
    if (rc) {
        cli_print_error(&err);
        ei_tasks_free(all);
        return CLI_DATA_ERROR;
    }
    *out = all;
    return CLI_OK;
}

int cli_report_build(ei_report **out, const cli_command *cmd, int argc,
                     char **argv, cli_common *opt)
{
    *out = NULL;
    static const char *const extra[] = {"as-of",     "horizon", "targets",
                                        "plans",     "scorecard", "tasks",
                                        "tasks-as-of", NULL};
    const char *values[7] = {NULL, NULL, NULL, NULL, NULL, NULL, NULL};
    size_t npos;
    int rc = cli_parse(cmd, argc, argv, opt, extra, values, &npos);
    if (rc != CLI_OK)
        return rc;
    if (opt->help)
        return cli_print_help(cmd);
    ei_report_options ro = EI_REPORT_OPTIONS_INIT;
    ro.region = opt->region;
    const char *only[1] = {opt->indicator};
    if (opt->indicator) {
        ro.indicators = only;
        ro.n_indicators = 1;
    }
    bool given;
    if ((rc = cli_parse_period(cmd, "--as-of", values[0], &ro.as_of,
                               &given)) != CLI_OK)
        return rc;
    if (values[1]) {
        char *end;
        long h = strtol(values[1], &end, 10);
        if (*end || h < 1 || h > 50)
            return cli_usage_error(cmd,
                                   "--horizon needs a number of years, 1-50");
        ro.horizon = (int)h;
    }
    if (values[6]) {
        ei_error derr;
        if (ei_date_parse(&ro.tasks_as_of, values[6], strlen(values[6]),
                          &derr) != EI_OK)
            return cli_usage_error(cmd, "--tasks-as-of: %s", derr.text);
    }
    char **tfiles = NULL, **pfiles = NULL, **sfiles = NULL, **kfiles = NULL;
    if ((rc = cli_kind_files(&tfiles, values[2], argv, npos, "targets")) ||
        (rc = cli_kind_files(&pfiles, values[3], argv, npos, "plans")) ||
        (rc = cli_kind_files(&sfiles, values[4], argv, npos, "scorecard")) ||
        (rc = cli_kind_files(&kfiles, values[5], argv, npos, "tasks"))) {
        cli_free_list(tfiles);
        cli_free_list(pfiles);
        cli_free_list(sfiles);
        return rc;
    }
    ei_dataset *ds = NULL;
    ei_targets *targets = NULL;
    ei_plans *plans = NULL;
    ei_scorecard *scorecard = NULL;
    ei_tasks *tasks = NULL;
    rc = cli_load_dataset(&ds, argv, npos, opt);
    if (rc == CLI_OK && tfiles[0])
        rc = load_targets(&targets, tfiles, ds);
    if (rc == CLI_OK && pfiles[0])
        rc = load_plans(&plans, pfiles);
    if (rc == CLI_OK && sfiles[0])
        rc = load_scorecard(&scorecard, sfiles);
    if (rc == CLI_OK && kfiles[0])
        rc = load_tasks(&tasks, kfiles);
    cli_free_list(tfiles);
    cli_free_list(pfiles);
    cli_free_list(sfiles);
    cli_free_list(kfiles);
    ro.targets = targets;
    ro.plans = plans;
    ro.scorecard = scorecard;
    ro.tasks = tasks;
    ei_error err;
    if (rc == CLI_OK && ei_report_new(out, ds, &ro, &err) != EI_OK) {
        cli_print_error(&err);
        rc = CLI_DATA_ERROR;
    }
    ei_plans_free(plans);
    ei_targets_free(targets);
    ei_scorecard_free(scorecard);
    ei_tasks_free(tasks);
    ei_dataset_free(ds);
    return rc;
}

static int run(int argc, char **argv)
{
    static const char *const formats[] = {"html", "markdown", "md", NULL};
    const char *fmt_name = NULL;
    cli_take_format(&argc, argv, formats, &fmt_name);
    cli_common opt;
    ei_report *r = NULL;
    int rc = cli_report_build(&r, &cli_report, argc, argv, &opt);
    if (rc != CLI_OK || !r)
        return rc;
    const char *path = opt.output ? opt.output : "-";
    ei_report_format fmt = ei_report_format_for_path(path);
    if (fmt_name)
        ei_report_format_parse(&fmt, fmt_name);
    ei_error err;
    rc = CLI_OK;
    if (opt.format != EI_FORMAT_TABLE && opt.format != EI_FORMAT_MARKDOWN)
        rc = cli_usage_error(&cli_report, "the report is markdown or html");
    else if (ei_report_write_file(r, path, fmt, &err) != EI_OK) {
        cli_print_error(&err);
        rc = CLI_DATA_ERROR;
    }
    ei_report_free(r);
    return rc;
}
