/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Task plans (议案办理方案): the owning task set, task statuses as of a
 * date, and tallies by lead unit. The reader is in tasks_read.c. */
#include "econind/tasks.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "error_set.h"
#include "record_set.h"

struct ei_tasks {
    ei_recset rs; /* of ei_task */
};

/* Task i (i < count). */
static const ei_task *task_at(const ei_tasks *set, size_t i)
{
    return ei_recset_item(&set->rs, i);
}

int ei_tasks_new(ei_tasks **out, ei_error *err)
{
    if (!out)
        return ei_error_set(err, EI_EINVAL, "no output for the task set");
    *out = calloc(1, sizeof **out);
    if (!*out)
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    int rc = ei_recset_init(&(*out)->rs, sizeof(ei_task), err);
    if (rc) {
        free(*out);
        *out = NULL;
    }
    return rc;
}

void ei_tasks_free(ei_tasks *set)
{
    if (!set)
        return;
    ei_recset_fini(&set->rs);
    free(set);
}

/* The set's own copy of the n responsible units (NULL names become ""). */
static int own_units(ei_recset *rs, const char *const **out,
                     const char *const *units, size_t n, ei_error *err)
{
    *out = NULL;
    if (!n)
        return EI_OK;
    const char **copy = ei_recset_alloc(rs, n * sizeof *copy, err);
    if (!copy)
        return EI_ENOMEM;
    for (size_t i = 0; i < n; i++) {
        copy[i] = units[i] ? units[i] : "";
        const char **const one[] = {&copy[i]};
        int rc = ei_recset_own(rs, one, 1, err);
        if (rc)
            return rc;
    }
    *out = copy;
    return EI_OK;
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
    ei_task c = *task;
    const char **const strs[] = {&c.plan, &c.task_no, &c.summary,
                                 &c.lead_unit, &c.expected, &c.source,
                                 &c.note, &c.deadline_text};
    for (size_t i = 0; i < sizeof strs / sizeof strs[0]; i++)
        if (!*strs[i])
            *strs[i] = "";
    const char **const file[] = {&c.file}; /* NULL stays NULL */
    int rc = ei_recset_own(&set->rs, strs, sizeof strs / sizeof strs[0],
                           err);
    if (!rc)
        rc = ei_recset_own(&set->rs, file, 1, err);
    if (!rc)
        rc = own_units(&set->rs, &c.responsible, task->responsible,
                       task->n_responsible, err);
    return rc ? rc : ei_recset_append(&set->rs, &c, err);
}

size_t ei_tasks_count(const ei_tasks *set)
{
    return set ? set->rs.n : 0;
}

const ei_task *ei_tasks_at(const ei_tasks *set, size_t i)
{
    return set ? ei_recset_at(&set->rs, i) : NULL;
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
    if (!task)
        return EI_TASK_PENDING;
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
    for (size_t i = 0; set && i < set->rs.n; i++) {
        const ei_task *t = task_at(set, i);
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
        if (strcmp(task_at(set, j)->lead_unit, task_at(set, i)->lead_unit) ==
            0)
            return true;
    return false;
}

size_t ei_tasks_lead_count(const ei_tasks *set)
{
    size_t n = 0;
    for (size_t i = 0; set && i < set->rs.n; i++)
        if (!seen_before(set, i))
            n++;
    return n;
}

const char *ei_tasks_lead_at(const ei_tasks *set, size_t k)
{
    size_t n = 0;
    for (size_t i = 0; set && i < set->rs.n; i++)
        if (!seen_before(set, i) && n++ == k)
            return task_at(set, i)->lead_unit;
    return NULL;
}

/* True when task t names unit among its responsible units. */
static bool names_unit(const ei_task *t, const char *unit)
{
    for (size_t u = 0; u < t->n_responsible; u++)
        if (strcmp(t->responsible[u], unit) == 0)
            return true;
    return false;
}

void ei_tasks_tally_responsible(ei_task_tally *out, const ei_tasks *set,
                                const char *unit, ei_date as_of,
                                int horizon_days)
{
    if (!out)
        return;
    memset(out, 0, sizeof *out);
    for (size_t i = 0; set && i < set->rs.n; i++) {
        const ei_task *t = task_at(set, i);
        if (unit && !names_unit(t, unit))
            continue;
        out->by_status[ei_task_status_at(t, as_of, horizon_days)]++;
        out->total++;
    }
}

/* True when responsible unit u of task i is named earlier: by a task
 * before i, or before u in task i. */
static bool unit_seen_before(const ei_tasks *set, size_t i, size_t u)
{
    const char *name = task_at(set, i)->responsible[u];
    for (size_t j = 0; j < i; j++)
        if (names_unit(task_at(set, j), name))
            return true;
    for (size_t v = 0; v < u; v++)
        if (strcmp(task_at(set, i)->responsible[v], name) == 0)
            return true;
    return false;
}

/* The k-th distinct responsible unit (k < count), or the count itself in
 * *n when k is SIZE_MAX. */
static const char *responsible_nth(const ei_tasks *set, size_t k, size_t *n)
{
    *n = 0;
    for (size_t i = 0; set && i < set->rs.n; i++) {
        const ei_task *t = task_at(set, i);
        for (size_t u = 0; u < t->n_responsible; u++)
            if (!unit_seen_before(set, i, u) && (*n)++ == k)
                return t->responsible[u];
    }
    return NULL;
}

size_t ei_tasks_responsible_count(const ei_tasks *set)
{
    size_t n;
    responsible_nth(set, SIZE_MAX, &n);
    return n;
}

const char *ei_tasks_responsible_at(const ei_tasks *set, size_t i)
{
    size_t n;
    return responsible_nth(set, i, &n);
}
