/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Task plans (议案办理方案): the owning task set, task statuses as of a
 * date, and tallies by lead unit. The reader is in tasks_read.c. */
#include "econind/tasks.h"

#include <stdlib.h>
#include <string.h>

#include "error_set.h"
#include "target_util.h"

enum { S_PLAN, S_NO, S_SUMMARY, S_LEAD, S_EXPECTED, S_SOURCE, S_FILE, S_N };

typedef struct slot {
    ei_task t;
    char *str[S_N];
    char **resp;
} slot;

struct ei_tasks {
    slot *items;
    size_t n, cap;
};

int ei_tasks_new(ei_tasks **out, ei_error *err)
{
    if (!out)
        return ei_error_set(err, EI_EINVAL, "no output for the task set");
    *out = calloc(1, sizeof **out);
    if (!*out)
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    return EI_OK;
}

static void slot_free(slot *sl)
{
    for (int i = 0; i < S_N; i++)
        free(sl->str[i]);
    if (sl->resp)
        for (size_t i = 0; i < sl->t.n_responsible; i++)
            free(sl->resp[i]);
    free(sl->resp);
}

void ei_tasks_free(ei_tasks *set)
{
    if (!set)
        return;
    for (size_t i = 0; i < set->n; i++)
        slot_free(&set->items[i]);
    free(set->items);
    free(set);
}

int ei_tasks_add(ei_tasks *set, const ei_task *task, ei_error *err)
{
    if (!set || !task)
        return ei_error_set(err, EI_EINVAL, "no task set or task");
    if (task->has_deadline && !ei_date_valid(task->deadline))
        return ei_error_set(err, EI_EINVAL, "task without a valid deadline");
    if (task->has_done && !ei_date_valid(task->done))
        return ei_error_set(err, EI_EINVAL, "invalid done date");
    if (task->n_responsible && !task->responsible)
        return ei_error_set(err, EI_EINVAL, "no responsible units given");
    if (set->n == set->cap) {
        size_t cap = set->cap ? set->cap * 2 : 16;
        slot *items = realloc(set->items, cap * sizeof *items);
        if (!items)
            return ei_error_set(err, EI_ENOMEM, "out of memory");
        set->items = items;
        set->cap = cap;
    }
    slot c;
    memset(&c, 0, sizeof c);
    c.t = *task;
    bool nomem = false;
    const char *src[S_N] = {task->plan, task->task_no, task->summary,
                            task->lead_unit, task->expected, task->source,
                            task->file};
    for (int i = 0; i < S_N; i++)
        c.str[i] = eit_dup(src[i] ? src[i] : (i == S_FILE ? NULL : ""),
                           &nomem);
    c.t.plan = c.str[S_PLAN];
    c.t.task_no = c.str[S_NO];
    c.t.summary = c.str[S_SUMMARY];
    c.t.lead_unit = c.str[S_LEAD];
    c.t.expected = c.str[S_EXPECTED];
    c.t.source = c.str[S_SOURCE];
    c.t.file = c.str[S_FILE];
    c.t.n_responsible = 0;
    if (task->n_responsible) {
        c.resp = calloc(task->n_responsible, sizeof *c.resp);
        if (!c.resp)
            nomem = true;
        for (size_t i = 0; c.resp && i < task->n_responsible; i++) {
            c.resp[i] = eit_dup(task->responsible[i] ? task->responsible[i]
                                                     : "", &nomem);
            c.t.n_responsible = i + 1;
        }
    }
    c.t.responsible = (const char *const *)c.resp;
    if (nomem) {
        slot_free(&c);
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    }
    set->items[set->n++] = c;
    return EI_OK;
}

size_t ei_tasks_count(const ei_tasks *set)
{
    return set ? set->n : 0;
}

const ei_task *ei_tasks_at(const ei_tasks *set, size_t i)
{
    if (!set || i >= set->n)
        return NULL;
    return &set->items[i].t;
}

const char *ei_task_status_name(ei_task_status st)
{
    switch (st) {
    case EI_TASK_PENDING: return "pending";
    case EI_TASK_DUE: return "due";
    case EI_TASK_OVERDUE: return "overdue";
    case EI_TASK_DONE: return "done";
    case EI_TASK_STATUS_COUNT_: break;
    }
    return "unknown";
}

/* Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
 * days_from_civil). */
static long days_from_civil(ei_date d)
{
    long y = d.year - (d.month <= 2);
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long mp = (d.month + 9) % 12;
    long doy = (153 * mp + 2) / 5 + d.day - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

ei_task_status ei_task_status_at(const ei_task *task, ei_date as_of,
                                 int horizon_days)
{
    if (horizon_days < 0)
        horizon_days = EI_TASK_HORIZON_DAYS;
    if (task->has_done && ei_date_compare(task->done, as_of) <= 0)
        return EI_TASK_DONE;
    if (!task->has_deadline)
        return EI_TASK_PENDING;
    if (ei_date_compare(task->deadline, as_of) < 0)
        return EI_TASK_OVERDUE;
    if ((task->deadline.year == as_of.year &&
         task->deadline.month == as_of.month) ||
        days_from_civil(task->deadline) - days_from_civil(as_of) <=
            horizon_days)
        return EI_TASK_DUE;
    return EI_TASK_PENDING;
}

void ei_tasks_tally(ei_task_tally *out, const ei_tasks *set,
                    const char *lead_unit, ei_date as_of, int horizon_days)
{
    if (!out)
        return;
    memset(out, 0, sizeof *out);
    for (size_t i = 0; set && i < set->n; i++) {
        const ei_task *t = &set->items[i].t;
        if (lead_unit && strcmp(lead_unit, t->lead_unit) != 0)
            continue;
        out->by_status[ei_task_status_at(t, as_of, horizon_days)]++;
        out->total++;
    }
}

/* True when lead unit of task i appeared in an earlier task. */
static bool seen_before(const ei_tasks *set, size_t i)
{
    for (size_t j = 0; j < i; j++)
        if (strcmp(set->items[j].t.lead_unit, set->items[i].t.lead_unit) ==
            0)
            return true;
    return false;
}

size_t ei_tasks_lead_count(const ei_tasks *set)
{
    size_t n = 0;
    for (size_t i = 0; set && i < set->n; i++)
        if (!seen_before(set, i))
            n++;
    return n;
}

const char *ei_tasks_lead_at(const ei_tasks *set, size_t k)
{
    size_t n = 0;
    for (size_t i = 0; set && i < set->n; i++)
        if (!seen_before(set, i) && n++ == k)
            return set->items[i].t.lead_unit;
    return NULL;
}
