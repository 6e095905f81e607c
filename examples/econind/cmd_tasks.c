/* SPDX-License-Identifier: GPL-3.0-or-later */
/* econind tasks: motion-handling tasks (议案办理方案) as of a date. */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int run(int argc, char **argv);

const cli_command cli_tasks = {
    "tasks", "motion-plan tasks as of a date: done, due, overdue, by lead "
             "unit",
    "Usage: econind tasks [OPTIONS] [FILE|DIR...] --as-of DATE\n\n"
    "  --tasks FILE    a task file (default: tasks*.csv in the DIRs or the\n"
    "                  bundled datasets)\n"
    "  --as-of DATE    e.g. 2021-10-31, 2021-10 (month end), 2021年10月底\n"
    "  --horizon DAYS  a task is due when its deadline is within DAYS\n"
    "                  (default 30)\n"
    "  --lead UNIT     only tasks led by UNIT\n"
    "  --summary       counts per lead unit instead of the task list\n\n"
    "A task is done when a done date on or before DATE is reported, overdue\n"
    "when its deadline passed without one, due when the deadline falls\n"
    "within the horizon, pending otherwise.\n",
    run};

static const char *const extra[] = {"tasks", "as-of", "horizon", "lead",
                                    "summary?", NULL};

static int list_tasks(ei_table *t, const ei_tasks *set, ei_date as_of,
                      int horizon, const char *lead, ei_error *err)
{
    int rc = EI_OK;
    for (size_t i = 0; i < ei_tasks_count(set) && !rc; i++) {
        const ei_task *k = ei_tasks_at(set, i);
        if (lead && strcmp(lead, k->lead_unit))
            continue;
        char deadline[EI_DATE_TEXT_MAX] = "";
        if (k->has_deadline)
            ei_date_format(k->deadline, deadline, sizeof deadline);
        size_t r;
        rc = ei_table_add_row(t, &r, err);
        const char *text[] = {
            k->plan, k->task_no, k->lead_unit, deadline,
            ei_task_status_name(ei_task_status_at(k, as_of, horizon)),
            k->summary};
        for (size_t c = 0; c < 6 && !rc; c++)
            rc = ei_table_set_text(t, r, c, text[c], err);
    }
    return rc;
}

static int summarise(ei_table *t, const ei_tasks *set, ei_date as_of,
                     int horizon, ei_error *err)
{
    int rc = EI_OK;
    for (size_t i = 0; i <= ei_tasks_lead_count(set) && !rc; i++) {
        /* one row per lead unit, then all tasks */
        const char *lead = i < ei_tasks_lead_count(set)
                               ? ei_tasks_lead_at(set, i) : NULL;
        ei_task_tally tally;
        ei_tasks_tally(&tally, set, lead, as_of, horizon);
        size_t r;
        rc = ei_table_add_row(t, &r, err);
        if (!rc)
            rc = ei_table_set_text(t, r, 0,
                                   !lead ? "all" : *lead ? lead : "(none named)",
                                   err);
        for (int s = 0; s < EI_TASK_STATUS_COUNT_ && !rc; s++)
            rc = ei_table_set_number(t, r, 1 + (size_t)s,
                                     (double)tally.by_status[s], 0, err);
        if (!rc)
            rc = ei_table_set_number(t, r, 1 + EI_TASK_STATUS_COUNT_,
                                     (double)tally.total, 0, err);
    }
    return rc;
}

static int run(int argc, char **argv)
{
    cli_common opt;
    size_t npos;
    const char *vals[5] = {NULL, NULL, NULL, NULL, NULL};
    int rc = cli_parse(&cli_tasks, argc, argv, &opt, extra, vals, &npos);
    if (rc != CLI_OK)
        return rc;
    if (opt.help)
        return cli_print_help(&cli_tasks);
    ei_error err;
    ei_date as_of;
    if (!vals[1])
        return cli_usage_error(&cli_tasks, "--as-of is required");
    if (ei_date_parse(&as_of, vals[1], strlen(vals[1]), &err))
        return cli_usage_error(&cli_tasks, "--as-of: %s", err.text);
    int horizon = vals[2] ? atoi(vals[2]) : 30;
    if (horizon < 0)
        return cli_usage_error(&cli_tasks, "--horizon: days, 0 or more");
    char **files = NULL;
    if ((rc = cli_kind_files(&files, vals[0], argv, npos, "tasks")))
        return rc;
    ei_tasks *all = NULL;
    rc = ei_tasks_new(&all, &err);
    for (char **f = files; !rc && *f; f++) {
        ei_tasks *one = NULL;
        ei_csv_options copt = EI_CSV_OPTIONS_INIT;
        copt.encoding = opt.encoding;
        rc = ei_tasks_read_file(&one, *f, &copt, &err);
        for (size_t i = 0; !rc && i < ei_tasks_count(one); i++)
            rc = ei_tasks_add(all, ei_tasks_at(one, i), &err);
        ei_tasks_free(one);
    }
    cli_free_list(files);
    ei_table *t = NULL;
    if (!rc && vals[4]) {
        const char *names[EI_TASK_STATUS_COUNT_ + 2];
        names[0] = "lead unit";
        for (int s = 0; s < EI_TASK_STATUS_COUNT_; s++)
            names[1 + s] = ei_task_status_name((ei_task_status)s);
        names[1 + EI_TASK_STATUS_COUNT_] = "total";
        if (!(rc = ei_table_new(&t, names, EI_TASK_STATUS_COUNT_ + 2, &err)))
            rc = summarise(t, all, as_of, horizon, &err);
    } else if (!rc) {
        static const char *const cols[] = {"plan", "task", "lead unit",
                                           "deadline", "status", "summary"};
        if (!(rc = ei_table_new(&t, cols, 6, &err)))
            rc = list_tasks(t, all, as_of, horizon, vals[3], &err);
    }
    ei_tasks_free(all);
    return cli_finish(t, NULL, rc, &err, &opt);
}
