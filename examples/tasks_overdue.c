/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Question: which tasks of Hanyang's 2021 motion-handling plans (议案办理方案)
 * were overdue at a date, and whose were they?
 *
 * A task is overdue when its deadline has passed and no completion was
 * reported (tasks.h). Each overdue task is shown with the plan's own words
 * and its deadline as written; each plan's overdue tasks are counted by
 * lead unit (牵头单位) and by responsible unit (责任单位). The plans give deadlines but no completion dates, so
 * "overdue" here means "past its deadline, not reported done".
 *
 *   tasks_overdue [DATASETS_DIR [AS_OF_DATE]]     (date default 2021-07-01)
 */
#include <econind/econind.h>

#include <stdio.h>
#include <string.h>

#ifndef ECONIND_DATASETS_SOURCE
#define ECONIND_DATASETS_SOURCE "datasets"
#endif

static const char *const motion_files[] = {
    "hanyang/tasks_2021_motion1_west_hsr.csv",
    "hanyang/tasks_2021_motion2_health.csv",
};

static void print_units(const ei_task *t)
{
    for (size_t u = 0; u < t->n_responsible; u++)
        printf("%s%s", u ? "、" : "", t->responsible[u]);
}

/* One plan: its tally, its overdue tasks, and the overdue count per lead
 * unit. Returns the number overdue. */
static size_t report_plan(const ei_tasks *set, ei_date as_of)
{
    const ei_task *first = ei_tasks_at(set, 0);
    if (!first)
        return 0;
    ei_task_tally all;
    ei_tasks_tally(&all, set, NULL, as_of, -1);
    printf("%s: %zu tasks", first->plan, all.total);
    for (int st = 0; st < EI_TASK_STATUS_COUNT_; st++)
        printf(", %s %zu", ei_task_status_name((ei_task_status)st),
               all.by_status[st]);
    printf("\n");
    for (size_t i = 0; i < ei_tasks_count(set); i++) {
        const ei_task *t = ei_tasks_at(set, i);
        if (ei_task_status_at(t, as_of, -1) != EI_TASK_OVERDUE)
            continue;
        char due[EI_DATE_TEXT_MAX];
        ei_date_format(t->deadline, due, sizeof due);
        printf("  overdue: task %s, deadline %s, lead %s, responsible ",
               t->task_no, due, *t->lead_unit ? t->lead_unit : "(none)");
        print_units(t);
        printf("\n    task (summary): %s\n", t->summary);
        /* the plan's own words, and its deadline as written */
        printf("    plan: 「%s」 (%s; deadline 「%s」)\n", t->note, t->source,
               t->deadline_text);
    }
    for (size_t l = 0; l < ei_tasks_lead_count(set); l++) {
        const char *lead = ei_tasks_lead_at(set, l);
        ei_task_tally tl;
        ei_tasks_tally(&tl, set, lead, as_of, -1);
        if (tl.by_status[EI_TASK_OVERDUE])
            printf("  lead %s: %zu of %zu overdue\n",
                   *lead ? lead : "(none named)",
                   tl.by_status[EI_TASK_OVERDUE], tl.total);
    }
    /* the units responsible (责任单位) for overdue tasks: overdue/named */
    const char *sep = "  responsible for overdue tasks: ";
    for (size_t u = 0; u < ei_tasks_responsible_count(set); u++) {
        const char *unit = ei_tasks_responsible_at(set, u);
        ei_task_tally tu;
        ei_tasks_tally_responsible(&tu, set, unit, as_of, -1);
        if (tu.by_status[EI_TASK_OVERDUE]) {
            printf("%s%s %zu/%zu", sep, unit,
                   tu.by_status[EI_TASK_OVERDUE], tu.total);
            sep = ", ";
        }
    }
    if (*sep == ',')
        printf("\n");
    return all.by_status[EI_TASK_OVERDUE];
}

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : ECONIND_DATASETS_SOURCE;
    const char *date = argc > 2 ? argv[2] : "2021-07-01";
    ei_error err;
    ei_date as_of;
    if (ei_date_parse(&as_of, date, strlen(date), &err)) {
        fprintf(stderr, "tasks_overdue: %s: %s\n", date, err.text);
        return 2;
    }
    char day[EI_DATE_TEXT_MAX];
    ei_date_format(as_of, day, sizeof day);
    printf("Which motion tasks were overdue on %s?\n", day);
    size_t overdue = 0;
    for (size_t f = 0; f < sizeof motion_files / sizeof *motion_files; f++) {
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", dir, motion_files[f]);
        ei_tasks *set = NULL;
        if (ei_tasks_read_file(&set, path, NULL, &err)) {
            char msg[600];
            ei_error_format(&err, msg, sizeof msg);
            fprintf(stderr, "tasks_overdue: %s\n", msg);
            return 1;
        }
        overdue += report_plan(set, as_of);
        ei_tasks_free(set);
    }
    printf("overdue on %s: %zu (past the deadline, no completion "
           "reported)\n", day, overdue);
    return 0;
}
