/* SPDX-License-Identifier: GPL-3.0-or-later */
/**
 * @file vintage.h
 * Revisions between the first release of a figure and its latest value
 * (预计 -> 终值, 初步核算 -> 最终核实). Picking one vintage per period is
 * ei_series_select_vintage() in series.h.
 *
 * Pure and thread-safe.
 */
#ifndef ECONIND_VINTAGE_H
#define ECONIND_VINTAGE_H

#include <stddef.h>

#include "econind/error.h"
#include "econind/export.h"
#include "econind/period.h"
#include "econind/reason.h"
#include "econind/series.h"

#ifdef __cplusplus
extern "C" {
#endif

/** One period of a revision table. */
typedef struct ei_revision {
    ei_period period;
    size_t vintages;             /**< observations with a value (targets
                                      and plans not counted) */
    double first;                /**< first release (estimate first) */
    ei_obs_status first_status;
    double latest;               /**< the most final value */
    ei_obs_status latest_status;
    double change;               /**< latest - first; NaN with reason */
    double percent;              /**< change / first * 100; NaN with
                                      reason */
    ei_reason reason;            /**< ESTIMATE_ONLY when only estimates
                                      exist (no final figure yet);
                                      ZERO_BASE / NEGATIVE_BASE for percent
                                      alone (change still set) */
} ei_revision;

/**
 * The revision table of @p s: one row per period with at least one value
 * observation, in period order, comparing the EI_VINTAGE_FIRST and
 * EI_VINTAGE_LATEST values. A period with a single final figure has change
 * 0 (its first release was final).
 * Example (Hanyang GDP 2020): estimate 700, final 699: change -1, percent
 * -0.142857…
 * @param rows  new array (free with ei_revisions_free()), NULL when there
 *              are no rows or on failure
 * @param nrows number of rows
 * @return EI_OK, EI_EINVAL (NULL), EI_ENOMEM
 */
EI_API int ei_series_revisions(ei_revision **rows, size_t *nrows,
                               const ei_series *s, ei_error *err);

/** Free rows from ei_series_revisions(); NULL is a no-op. */
EI_API void ei_revisions_free(ei_revision *rows);

#ifdef __cplusplus
}
#endif

#endif
