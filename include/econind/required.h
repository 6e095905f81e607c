/* SPDX-License-Identifier: GPL-3.0-or-later */
/**
 * @file required.h
 * What it takes to reach a target: the pace still required, and the
 * progress made so far. Rates are in percent throughout (9.49 for 9.49%).
 *
 * Formulas:
 * - to reach level L from the latest actual X_0 in k periods:
 *   r = ((L / X_0)^(1/k) - 1) * 100. Hanyang GDP 699 亿元 (2020) → 1100
 *   (2025): r = 9.49% a year.
 * - the rest of a year, for an annual growth target g*: with last year's
 *   full-year level B, last year's level for the elapsed part B_done and
 *   this year's year-to-date A_done,
 *   r = ((1 + g*) B - A_done) / (B - B_done) - 1
 *   (the growth over the same part of last year that the remaining months
 *   must reach).
 * - an average growth target g* over N years, with the growth rates g_i of
 *   the n years done: r = ((1 + g*)^N / prod(1 + g_i))^(1/(N - n)) - 1.
 * - a cumulative reduction target T (a change, -17%) with the cumulative
 *   change A so far, by the official energy-saving assessment (log) method:
 *   progress = ln(1 + A) / ln(1 + T) * 100 (ln 0.90 / ln 0.83 = 56.6%), and
 *   the remaining annual change over k years: ((1 + T) / (1 + A))^(1/k) - 1.
 *
 * Every function returns EI_OK, or EI_EINVAL for inputs outside the
 * formula's domain (non-positive levels or growth factors, k <= 0, NaN):
 * then *out is NaN. Pure and thread-safe.
 */
#ifndef ECONIND_REQUIRED_H
#define ECONIND_REQUIRED_H

#include <stdbool.h>
#include <stddef.h>

#include "econind/dataset.h"
#include "econind/error.h"
#include "econind/export.h"
#include "econind/gap.h"
#include "econind/period.h"
#include "econind/reason.h"
#include "econind/target.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Growth per period (percent) from @p from to @p level in @p k periods:
 *  ((level / from)^(1/k) - 1) * 100. */
EI_API int ei_required_growth(double *out, double level, double from,
                              double k, ei_error *err);

/**
 * Growth (percent) the rest of the year must reach over the same months of
 * last year so that the year grows by @p target_pct.
 * @param target_pct the annual growth target g* in percent
 * @param last_full  B: last year's full-year level (> B_done)
 * @param last_done  B_done: last year's level for the months elapsed
 * @param this_done  A_done: this year's year-to-date level
 */
EI_API int ei_required_rest_of_year(double *out, double target_pct,
                                    double last_full, double last_done,
                                    double this_done, ei_error *err);

/**
 * Average growth (percent a year) the remaining years of a plan of
 * @p years years must reach for an average growth of @p target_pct, given
 * the @p n_done rates (percent) of the years done (n_done < years).
 */
EI_API int ei_required_avg_pace(double *out, double target_pct, int years,
                                const double *done_pct, size_t n_done,
                                ei_error *err);

/**
 * Progress (percent) of a cumulative reduction by the log method:
 * ln(1 + actual/100) / ln(1 + target/100) * 100. Both are signed changes
 * in percent (-10, -17); the target must not be 0.
 */
EI_API int ei_reduction_progress(double *out, double target_pct,
                                 double actual_pct, ei_error *err);

/**
 * Annual change (percent, negative for a cut) needed in each of the @p k
 * remaining years: ((1 + target/100) / (1 + actual/100))^(1/k) - 1.
 */
EI_API int ei_reduction_required_pace(double *out, double target_pct,
                                      double actual_pct, int k,
                                      ei_error *err);

/** What a target still takes, as of the latest data. A plain value. */
typedef struct ei_requirement {
    ei_reason reason;      /**< NONE, or why `required` is NaN */
    bool met;              /**< the latest actual already satisfies it,
                                by the rule of the gap verdict (gap.h) */
    bool provisional;      /**< the latest actual is an estimate */
    ei_period latest;      /**< the period of the latest actual used */
    double latest_value;   /**< that actual: a level, or for avg_growth the
                                CAGR so far, for a reduction the change so
                                far, for growth the YTD growth */
    long periods_left;     /**< periods from `latest` to the target's end;
                                0 when the target period itself has data:
                                then `required` is NaN with reason
                                EI_REASON_OUT_OF_RANGE (nothing is left to
                                require; see `met`) */
    double required;       /**< percent per period still needed; NaN */
    double progress;       /**< reduction: log-method progress in percent;
                                level, floor, count: latest / target *
                                100; else NaN */
} ei_requirement;

/**
 * What target @p t takes, from the latest actual in @p ds at or before the
 * target's last period:
 * - level and floor (a stock or an annual flow to reach or hold): the
 *   growth per period from the latest level to the target value by the
 *   target period (frequency of the target period); `progress` is
 *   latest / target * 100;
 * - avg_growth: the pace needed in the remaining years, from the rates of
 *   the years done (reported, else derived when no break);
 * - reduction: the log-method progress and the remaining annual change;
 * - growth (annual): the growth the rest of the year must reach, from the
 *   monthly (else quarterly) year-to-date series of the indicator: A_done
 *   its latest value in the target year, B_done the same months last year,
 *   B last year's December (Q4) value or the annual level.
 * - count (a number of new things in a period, 新增高新技术企业10家), and a
 *   level or floor in percent or points (a rate, not a level that
 *   compounds): the latest actual, `progress` and `met` as for a level,
 *   but no growth pace (a growth of them per year means nothing):
 *   `required` NaN with reason EI_REASON_NO_TARGET.
 * Other kinds (share, ceiling, linked) give reason EI_REASON_NO_TARGET and
 * nothing else. When the actual so far is a
 * growth derived from current-price levels of an indicator whose growth is
 * published at comparable prices (GDP: avg_growth from levels, or the
 * year-to-date levels of a growth target), it is nominal and no real pace
 * follows: `latest_value` is still given, `required` is NaN with reason
 * EI_REASON_PRICE_BASIS (gap.h).
 * @return EI_OK (also when the requirement cannot be computed: see
 *         out->reason), EI_EINVAL for NULL arguments, EI_ENOMEM
 */
EI_API int ei_target_requirement(ei_requirement *out, const ei_target *t,
                                 const ei_dataset *ds,
                                 const ei_gap_options *opts, ei_error *err);

#ifdef __cplusplus
}
#endif

#endif
