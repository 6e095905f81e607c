/* SPDX-License-Identifier: GPL-3.0-or-later */
/**
 * @file tasks.h
 * Task plans (议案办理方案): tasks with a lead unit, responsible units and a
 * deadline; as of a date each task is done, due, overdue or pending, and
 * the statuses are summed up by lead unit or by responsible unit. Each
 * task keeps the plan's own words (`note`) and its deadline as written.
 *
 * Status of a task as of date D (deadline E, done date F if reported):
 * - done:    F is set and F <= D;
 * - overdue: not done and E < D (the deadline has passed);
 * - due:     not done, E >= D, and E falls in D's month or within
 *            `horizon_days` days after D (default 30);
 * - pending: not done and the deadline is further away, or there is no
 *            deadline (some plans give none).
 * A deadline written as a month (2021-10, 2021年10月底) is the month's last
 * day.
 *
 * Thread-safety as for other owning objects.
 */
#ifndef ECONIND_TASKS_H
#define ECONIND_TASKS_H

#include <stdbool.h>
#include <stddef.h>

#include "econind/csv.h"
#include "econind/error.h"
#include "econind/export.h"
#include "econind/period.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Status of a task as of a date. */
typedef enum ei_task_status {
    EI_TASK_PENDING = 0, /**< not done, deadline beyond the horizon */
    EI_TASK_DUE,         /**< not done, deadline this month or soon */
    EI_TASK_OVERDUE,     /**< not done, deadline passed */
    EI_TASK_DONE,        /**< reported done by the as-of date */
    EI_TASK_STATUS_COUNT_
} ei_task_status;

/** "pending", "due", "overdue", "done". */
EI_API const char *ei_task_status_name(ei_task_status st);

/** One task. Strings borrowed from the task set. */
typedef struct ei_task {
    const char *plan;          /**< the plan (方案) it belongs to */
    const char *task_no;       /**< as written: "1", "二.3", "阶段一" */
    const char *summary;
    const char *lead_unit;     /**< "" when none is named */
    const char *const *responsible; /**< responsible units, split at 、 , ;
                                         ，；  (n_responsible of them) */
    size_t n_responsible;
    bool has_deadline;         /**< false when the plan gives none */
    ei_date deadline;          /**< valid when has_deadline */
    bool has_done;             /**< a done date was reported */
    ei_date done;              /**< valid when has_done */
    const char *expected;      /**< 预期成果, may be "" */
    const char *source;
    const char *file;
    unsigned long line;
    const char *note;          /**< the document's words (备注, 原文),
                                    verbatim; may be "" */
    const char *deadline_text; /**< the deadline as written
                                    ("2021年10月底完成"); may be "" */
} ei_task;

/** A set of tasks (opaque, owning). */
typedef struct ei_tasks ei_tasks;

/** A new empty set; free with ei_tasks_free(). */
EI_API int ei_tasks_new(ei_tasks **out, ei_error *err);
/** Free @p set; NULL is a no-op. */
EI_API void ei_tasks_free(ei_tasks *set);
/**
 * Copy @p task into @p set (NULL strings become "", except `file`).
 * `responsible` may be NULL with `n_responsible` 0. EI_EINVAL for NULL
 * arguments, an invalid deadline (when has_deadline) or done date (when
 * has_done); EI_ENOMEM.
 */
EI_API int ei_tasks_add(ei_tasks *set, const ei_task *task, ei_error *err);
/** Number of tasks; 0 for NULL. */
EI_API size_t ei_tasks_count(const ei_tasks *set);
/** Task @p i or NULL; borrowed until the set is changed or freed. */
EI_API const ei_task *ei_tasks_at(const ei_tasks *set, size_t i);

/**
 * Read a tasks CSV (plan/方案, task_no/序号, summary/任务,
 * lead_unit/牵头单位, responsible_units/责任单位, deadline/完成时限,
 * done/完成日期, expected/预期成果, source/来源, note/备注/原文 (the
 * document's words), deadline_text/时限原文 (the deadline as written; when
 * the column is absent or the cell empty, the deadline cell's text); the
 * deadline column is required, an empty deadline means none; the seed
 * columns task_summary_zh and expected_outcome_quantities are accepted
 * too). Deadlines and done dates as ei_date_parse() reads them.
 * @return EI_OK; EI_EIO, EI_EPARSE (bad date), EI_ENOMEM with
 *         file:line:column in @p err; nothing handed back on failure
 */
EI_API int ei_tasks_read_file(ei_tasks **out, const char *path,
                              const ei_csv_options *opts, ei_error *err);
/** As ei_tasks_read_file() on a buffer named @p name. */
EI_API int ei_tasks_read_buffer(ei_tasks **out, const char *name,
                                const void *data, size_t len,
                                const ei_csv_options *opts, ei_error *err);

/** Days after the as-of date within which an open task counts as due. */
#define EI_TASK_HORIZON_DAYS 30

/** The status of @p task as of @p as_of, with @p horizon_days (negative:
 *  EI_TASK_HORIZON_DAYS); EI_TASK_PENDING for a NULL @p task. */
EI_API ei_task_status ei_task_status_at(const ei_task *task, ei_date as_of,
                                        int horizon_days);

/** Counts of task statuses. */
typedef struct ei_task_tally {
    size_t by_status[EI_TASK_STATUS_COUNT_];
    size_t total;
} ei_task_tally;

/**
 * Count the statuses as of @p as_of of the tasks led by @p lead_unit
 * (exact match; "" for tasks with no lead; NULL: all tasks). @p out
 * zeroed when @p set is NULL; nothing done when @p out is NULL.
 */
EI_API void ei_tasks_tally(ei_task_tally *out, const ei_tasks *set,
                           const char *lead_unit, ei_date as_of,
                           int horizon_days);

/** Number of distinct lead units, "" (no lead) included, in order of
 *  first appearance; 0 for NULL. */
EI_API size_t ei_tasks_lead_count(const ei_tasks *set);
/** Lead unit @p i, borrowed; NULL if out of range or @p set is NULL. */
EI_API const char *ei_tasks_lead_at(const ei_tasks *set, size_t i);

/**
 * Count the statuses as of @p as_of of the tasks that name @p unit among
 * their responsible units (exact match; NULL: all tasks, as
 * ei_tasks_tally()). A task naming the unit twice counts once; a task
 * counts for each of its units, so tallies over all units may add up to
 * more than the number of tasks. @p out zeroed when @p set is NULL;
 * nothing done when @p out is NULL.
 */
EI_API void ei_tasks_tally_responsible(ei_task_tally *out,
                                       const ei_tasks *set,
                                       const char *unit, ei_date as_of,
                                       int horizon_days);
/** Number of distinct responsible units over all tasks, in order of first
 *  appearance; 0 for NULL. */
EI_API size_t ei_tasks_responsible_count(const ei_tasks *set);
/** Responsible unit @p i, borrowed; NULL if out of range or @p set is
 *  NULL. */
EI_API const char *ei_tasks_responsible_at(const ei_tasks *set, size_t i);

#ifdef __cplusplus
}
#endif

#endif
