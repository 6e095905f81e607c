/* SPDX-License-Identifier: GPL-3.0-or-later */
/**
 * @file target_check.h
 * Consistency between targets: a growth (or average growth) target and a
 * level target for the same region, indicator and end period can both hold
 * only if growing the base-year level at the target rate reaches the level.
 *
 * With base level X_0 (base period B), the level target L at T, n = T - B
 * periods and the growth target g (percent a period):
 *   implied level  X_0 (1 + g)^n
 *   required rate  r = (L / X_0)^(1/n) - 1
 *   consistent     when the implied level satisfies the level target's
 *                  operator (>= L, > L …)
 *   deflator       (1 + r) / (1 + g) - 1: the price growth a year that
 *                  reconciles a real (comparable-price) growth target with
 *                  a current-price level target.
 * Hanyang 14th plan: GDP 699 亿元 (2020), 年均增长7.5%, 1100 亿元 by 2025:
 * 699 * 1.075^5 = 1003.5 < 1100, r = 9.49%, deflator 1.85% a year.
 *
 * Pure; thread-safe on const inputs.
 */
#ifndef ECONIND_TARGET_CHECK_H
#define ECONIND_TARGET_CHECK_H

#include <stdbool.h>
#include <stddef.h>

#include "econind/dataset.h"
#include "econind/error.h"
#include "econind/export.h"
#include "econind/period.h"
#include "econind/reason.h"
#include "econind/target.h"

#ifdef __cplusplus
extern "C" {
#endif

/** The check of one growth target against one level target. */
typedef struct ei_target_consistency {
    size_t growth_index;   /**< index of the growth target in its set */
    size_t level_index;    /**< index of the level target */
    ei_period base;        /**< base period B */
    long periods;          /**< n = T - B */
    double base_level;     /**< X_0; NaN if missing */
    double implied_level;  /**< X_0 (1 + g)^n */
    double required;       /**< r in percent a period */
    double deflator;       /**< (1 + r)/(1 + g) - 1 in percent */
    bool consistent;       /**< false also when unknown (see reason) */
    ei_reason reason;      /**< NONE, or why it could not be checked */
} ei_target_consistency;

/**
 * Check a growth/avg_growth target @p growth against a level target
 * @p level, given the base level @p base_level at the level target's base
 * period (ei_target_base()).
 * @return EI_OK (out->reason says when it could not be checked),
 *         EI_EINVAL (kinds that do not pair, NULL arguments)
 */
EI_API int ei_target_check_pair(ei_target_consistency *out,
                                const ei_target *growth,
                                const ei_target *level, double base_level,
                                ei_error *err);

/** Called once per pair checked; return EI_OK to go on, anything else stops
 *  ei_targets_check() and is returned. */
typedef int (*ei_target_check_fn)(void *ctx,
                                  const ei_target_consistency *result);

/**
 * Check every pair of a growth or avg_growth target and a level target of
 * @p set with the same region, indicator and last period. The base level
 * comes from @p ds (the latest vintage at the base period; NULL @p ds: all
 * unknown, reason EI_REASON_MISSING).
 * @param n_checked number of pairs found; may be NULL
 * @param n_inconsistent number found inconsistent; may be NULL
 * @return EI_OK, EI_EINVAL, or what @p fn returned
 */
EI_API int ei_targets_check(const ei_targets *set, const ei_dataset *ds,
                            ei_target_check_fn fn, void *ctx,
                            size_t *n_checked, size_t *n_inconsistent,
                            ei_error *err);

#ifdef __cplusplus
}
#endif

#endif
