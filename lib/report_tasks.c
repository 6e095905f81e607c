/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tasks of motion-handling plans in the report: per lead unit, how many
 * are done, overdue, due and pending as of a date (ei_tasks_tally()), and
 * the overdue ones by name. */
#include <string.h>

#include "error_set.h"
#include "report_model.h"

const char *const rp_task_columns[] = {"lead unit", "tasks", "done",
                                       "overdue", "due", "pending"};

static int row(ei_table *t, const char *lead, const ei_task_tally *y,
               ei_error *err)
{
    size_t r;
    int rc = ei_table_add_row(t, &r, err);
    if (!rc)
        rc = ei_table_set_text(t, r, 0, lead, err);
    static const ei_task_status order[] = {EI_TASK_DONE, EI_TASK_OVERDUE,
                                           EI_TASK_DUE, EI_TASK_PENDING};
    if (!rc)
        rc = ei_table_set_number(t, r, 1, (double)y->total, 0, err);
    for (size_t k = 0; k < 4 && !rc; k++)
        rc = ei_table_set_number(t, r, 2 + k, (double)y->by_status[order[k]],
                                 0, err);
    return rc;
}

int rp_tasks_build(ei_report *r, const ei_tasks *set, ei_date as_of,
                   ei_error *err)
{
    int rc = ei_table_new(&r->tasks, rp_task_columns, RP_TASK_NCOL, err);
    for (size_t i = 0; i < ei_tasks_lead_count(set) && !rc; i++) {
        const char *lead = ei_tasks_lead_at(set, i);
        ei_task_tally y;
        ei_tasks_tally(&y, set, lead, as_of, EI_TASK_HORIZON_DAYS);
        rc = row(r->tasks, *lead ? lead : "(none named)", &y, err);
    }
    ei_task_tally all;
    ei_tasks_tally(&all, set, NULL, as_of, EI_TASK_HORIZON_DAYS);
    if (!rc)
        rc = row(r->tasks, "all", &all, err);
    char day[16];
    ei_date_format(as_of, day, sizeof day);
    if (!rc)
        rc = rp_say(&r->review,
                    "Tasks of the motion-handling plans as of %s: %zu in all, "
                    "%zu reported done, %zu overdue (deadline passed, not "
                    "reported done), %zu due within %d days, %zu pending.",
                    day, all.total, all.by_status[EI_TASK_DONE],
                    all.by_status[EI_TASK_OVERDUE], all.by_status[EI_TASK_DUE],
                    EI_TASK_HORIZON_DAYS, all.by_status[EI_TASK_PENDING]);
    for (size_t i = 0; i < ei_tasks_count(set) && !rc; i++) {
        const ei_task *t = ei_tasks_at(set, i);
        if (ei_task_status_at(t, as_of, EI_TASK_HORIZON_DAYS) !=
            EI_TASK_OVERDUE)
            continue;
        char dl[16];
        ei_date_format(t->deadline, dl, sizeof dl);
        rc = rp_say(&r->overdue, "%s, task %s (%s): %s; due %s.", t->plan,
                    t->task_no, *t->lead_unit ? t->lead_unit : "no lead named",
                    t->summary, dl);
    }
    return rc;
}
