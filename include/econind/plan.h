/* SPDX-License-Identifier: GPL-3.0-or-later */
/**
 * @file plan.h
 * Plan completion (完成进度): the year-to-date actual against an annual plan
 * amount, set against the time elapsed (序时进度 / 时间进度).
 *
 * - completion rate  = actual (YTD) / plan * 100
 * - time progress    = months elapsed / 12 * 100 (monthly reports), or
 *                      day of year / days in the year * 100 (by date), or,
 *                      for back-loaded indicators, seasonal: last year's
 *                      YTD for the same months / last year's full year * 100
 * - ahead / behind   = completion - time progress, in percentage points.
 *   Check: 74% at end-August: 74 - 8/12*100 = +7.33 pp.
 *
 * Every function returns EI_OK, or EI_EINVAL for inputs outside their
 * domain (plan <= 0, month outside 1..12, NaN), with *out NaN.
 * Pure; thread-safe on const inputs.
 */
#ifndef ECONIND_PLAN_H
#define ECONIND_PLAN_H

#include <stdbool.h>
#include <stddef.h>

#include "econind/csv.h"
#include "econind/dataset.h"
#include "econind/error.h"
#include "econind/export.h"
#include "econind/period.h"
#include "econind/reason.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Completion rate in percent: @p actual / @p plan * 100 (plan > 0). */
EI_API int ei_plan_completion(double *out, double actual, double plan,
                              ei_error *err);

/** Time progress in percent after @p elapsed of @p total sub-periods
 *  (8 of 12 months: 66.67; 3 of 4 quarters: 75); 0 <= elapsed <= total. */
EI_API int ei_time_progress(double *out, int elapsed, int total,
                            ei_error *err);

/** Time progress in percent at the end of day @p d: day of year / days in
 *  the year * 100 (2023-06-30: 181/365 = 49.59). */
EI_API int ei_time_progress_date(double *out, ei_date d, ei_error *err);

/** Seasonal time progress in percent: last year's YTD for the same months
 *  over last year's full-year figure (both > 0). */
EI_API int ei_time_progress_seasonal(double *out, double last_ytd,
                                     double last_full, ei_error *err);

/** Ahead (+) or behind (-) schedule in percentage points:
 *  completion - time progress (both percent). NaN in, NaN out. */
EI_API double ei_plan_ahead(double completion_pct, double time_pct);

/** One annual plan amount. Strings borrowed from the set. */
typedef struct ei_plan_item {
    const char *region;
    const char *indicator;
    int year;              /**< the plan year */
    double value;          /**< the annual plan amount */
    const char *unit;
    const char *source;
    const char *note;
    const char *file;      /**< NULL if built in code */
    unsigned long line;
} ei_plan_item;

/** A set of annual plans (opaque, owning). */
typedef struct ei_plans ei_plans;

/** A new empty set; free with ei_plans_free(). */
EI_API int ei_plans_new(ei_plans **out, ei_error *err);
/** Free @p set; NULL is a no-op. */
EI_API void ei_plans_free(ei_plans *set);
/** Copy @p item (strings included) into @p set. EI_EINVAL when the
 *  indicator is missing, the year invalid or the value not finite. */
EI_API int ei_plans_add(ei_plans *set, const ei_plan_item *item,
                        ei_error *err);
/** Number of plans; 0 for NULL. */
EI_API size_t ei_plans_count(const ei_plans *set);
/** Plan @p i or NULL; borrowed until the set is changed or freed. */
EI_API const ei_plan_item *ei_plans_at(const ei_plans *set, size_t i);

/**
 * Read a plans CSV (region/地区, indicator/指标, period/时期 (a year),
 * value/数值, unit/单位, source/来源, note/备注; indicator, period and value
 * required).
 * @param out new set, NULL on failure
 * @return EI_OK; EI_EIO, EI_EPARSE, EI_EINVAL, EI_ENOMEM with
 *         file:line:column in @p err; nothing handed back on failure
 */
EI_API int ei_plans_read_file(ei_plans **out, const char *path,
                              const ei_csv_options *opts, ei_error *err);
/** As ei_plans_read_file() on a buffer named @p name. */
EI_API int ei_plans_read_buffer(ei_plans **out, const char *name,
                                const void *data, size_t len,
                                const ei_csv_options *opts, ei_error *err);

/** How time progress is measured. */
typedef enum ei_time_basis {
    EI_TIME_MONTHS = 0, /**< months (or quarters) elapsed / 12 (4) */
    EI_TIME_DAYS,       /**< day of year of the period's end / days */
    EI_TIME_SEASONAL    /**< last year's YTD share of its full year */
} ei_time_basis;

/** The progress of one plan. A plain value. */
typedef struct ei_plan_progress {
    ei_reason reason;      /**< NONE, or why the figures are NaN */
    bool provisional;      /**< the YTD actual is an estimate */
    ei_period period;      /**< the YTD period used (2023-01..08) */
    double actual;         /**< the YTD actual, in the series' unit */
    double plan;           /**< the plan amount */
    double completion;     /**< percent */
    double time_progress;  /**< percent, on the basis asked for */
    double ahead;          /**< completion - time progress, pp */
} ei_plan_progress;

/**
 * The progress of @p plan from @p ds: the latest year-to-date figure of the
 * plan year in the indicator's monthly (else quarterly) series of the
 * region, or, when @p at is a month or quarter, the figure of that period.
 * With no year-to-date series, or when @p at is the plan year itself, the
 * annual figure of the plan year is used with time progress 100% (the year
 * is over). Seasonal time progress needs last year's same months and full
 * year (the December / Q4 YTD figure). The plan's unit and the series'
 * unit must convert (亿元 / 万元); otherwise EI_REASON_UNIT_MISMATCH.
 * @param at a period of the plan year, or a zero period for the latest
 * @return EI_OK (see out->reason), EI_EINVAL for NULL arguments or a
 *         period outside the plan year
 */
EI_API int ei_plan_evaluate(ei_plan_progress *out, const ei_plan_item *plan,
                            const ei_dataset *ds, ei_period at,
                            ei_time_basis basis, ei_error *err);

#ifdef __cplusplus
}
#endif

#endif
