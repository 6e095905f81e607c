/* SPDX-License-Identifier: GPL-3.0-or-later */
/**
 * @file contrib.h
 * Contributions of components to a total's growth (贡献率, 拉动), shares
 * (占比, 比重) and changes in percentage points between two rates.
 *
 * Conventions as in growth.h: rates and shares in percent, NaN plus an
 * ::ei_reason where there is no value. Pure and thread-safe.
 */
#ifndef ECONIND_CONTRIB_H
#define ECONIND_CONTRIB_H

#include <stdbool.h>
#include <stddef.h>

#include "econind/error.h"
#include "econind/export.h"
#include "econind/growth.h"
#include "econind/period.h"
#include "econind/series.h"

#ifdef __cplusplus
extern "C" {
#endif

/** The total's side of a contribution breakdown for one period. */
typedef struct ei_contrib_total {
    ei_period period;     /**< t */
    ei_period base;       /**< the period compared with: a year ago */
    ei_result growth;     /**< g = dX / X_base * 100 of the total */
    double change;        /**< dX = X_t - X_base (total's unit), NaN if
                               growth has no value for a missing operand */
    double residual;      /**< dX - sum of dX_i: the change the components
                               do not explain; NaN if a component is
                               missing */
    double residual_share; /**< 100 - sum of shares (percent) */
    double residual_pull;  /**< g - sum of pulls (percentage points) */
    bool adds_up;         /**< components add up to the total at t and at
                               the base within add_up_tolerance */
} ei_contrib_total;

/** One component's contribution for one period. */
typedef struct ei_contrib_part {
    ei_result share; /**< 贡献率 = dX_i / dX * 100 (percent); ZERO_BASE when
                          dX is 0 */
    ei_result pull;  /**< 拉动 = dX_i / X_base * 100 (percentage points) =
                          share * g / 100 */
} ei_contrib_part;

/**
 * Contributions of @p nparts components to the growth of @p total between
 * period @p t and the same period a year ago (for an annual series: the
 * year before). Shares sum to 100 and pulls to g when the components add up
 * to the total; otherwise the residual says by how much they do not.
 *
 * Missing values give reasons, not errors: the total's growth as in
 * ei_series_transform() (pc1); a component's share and pull are
 * MISSING_OPERAND / OUT_OF_RANGE / BREAK for its own operands, and the
 * total's reason when the total has none.
 *
 * @param tot    the total's figures; required
 * @param parts  array of @p nparts entries, filled in component order
 *               (caller-owned); may be NULL when nparts is 0
 * @param total  the total series
 * @param comps  @p nparts component series of the total's frequency
 * @param t      the period
 * @param opt    convert_units (else components must share the total's
 *               unit), add_up_tolerance, allow_bounds; NULL: defaults
 * @return EI_OK, EI_EINVAL (NULL, frequency differs, @p t of another
 *         frequency), EI_EUNIT (a component's unit differs from the
 *         total's, or does not convert when convert_units is set)
 */
EI_API int ei_contrib_at(ei_contrib_total *tot, ei_contrib_part *parts,
                         const ei_series *total,
                         const ei_series *const *comps, size_t nparts,
                         ei_period t, const ei_growth_options *opt,
                         ei_error *err);

/**
 * Share of a part in a whole (占比, 比重): part / whole * 100.
 * Reasons: MISSING_OPERAND (NaN), ZERO_BASE (whole 0), NEGATIVE_BASE
 * (whole < 0).
 */
EI_API ei_result ei_share(double part, double whole);

/**
 * Change between two rates in percentage points (个百分点): to - from.
 * Not a growth rate: 5.0 % -> 5.5 % is +0.5 pp, not +10 %.
 * Reasons: MISSING_OPERAND (NaN). For a whole series of rates use
 * ei_series_transform() with EI_TRANSFORM_CHG or EI_TRANSFORM_CH1: a series
 * in "%" gives a result in "个百分点".
 */
EI_API ei_result ei_pp_change(double from, double to);

/**
 * Share of @p part in @p whole per period: a new series over the periods of
 * @p part, in unit "%" and measure EI_MEASURE_RATE. A period missing from
 * @p whole is OUT_OF_RANGE; other reasons as ei_share() and BOUND.
 * @param opt convert_units: else @p part and @p whole must be in the same
 *            unit (a share of 万元 in 亿元 would be off by 1e4)
 * @return EI_OK, EI_EINVAL (NULL, frequencies differ), EI_EUNIT, EI_ENOMEM
 */
EI_API int ei_series_share(ei_series **out, const ei_series *part,
                           const ei_series *whole,
                           const ei_growth_options *opt, ei_error *err);

#ifdef __cplusplus
}
#endif

#endif
