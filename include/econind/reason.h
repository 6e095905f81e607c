/* SPDX-License-Identifier: GPL-3.0-or-later */
/**
 * @file reason.h
 * Why a result point has no value. One enumeration shared by every module,
 * so readers, computations and writers speak the same language.
 * Thread-safe: the texts are constant.
 */
#ifndef ECONIND_REASON_H
#define ECONIND_REASON_H

#include "econind/export.h"

#ifdef __cplusplus
extern "C" {
#endif

/** The reason a point is missing; EI_REASON_NONE when it has a value. */
typedef enum ei_reason {
    EI_REASON_NONE = 0,        /**< the point has a value */
    EI_REASON_MISSING,         /**< no observation for this period */
    EI_REASON_MISSING_OPERAND, /**< an operand period has no value */
    EI_REASON_OUT_OF_RANGE,    /**< an operand period lies outside the series */
    EI_REASON_ZERO_BASE,       /**< the base of a ratio is zero */
    EI_REASON_NEGATIVE_BASE,   /**< the base is negative: a rate would mislead */
    EI_REASON_BREAK,           /**< a caliber break lies between the operands */
    EI_REASON_UNIT_MISMATCH,   /**< operands in units that do not combine */
    EI_REASON_INCOMPLETE,      /**< an aggregate lacks some of its sub-periods */
    EI_REASON_COMBINED,        /**< only published combined with a neighbour (1-2月) */
    EI_REASON_TOO_FEW_POINTS,  /**< fewer observations than the method needs */
    EI_REASON_NOT_YET_DUE,     /**< the period has not ended at the as-of date */
    EI_REASON_ESTIMATE_ONLY,   /**< only an estimate (预计) exists, no final figure */
    EI_REASON_BOUND,           /**< the figure is a bound (突破, 余), not exact */
    EI_REASON_FREQ_MISMATCH,   /**< operands at different frequencies */
    EI_REASON_DOMAIN,          /**< outside the formula's domain (log of x <= 0) */
    EI_REASON_NO_TARGET,       /**< no target or plan to compare with, or
                                    none of this kind (no yearly pace for a
                                    count or a share: required.h) */
    EI_REASON_PRICE_BASIS,     /**< growth derived from current-price levels
                                    is nominal; the figure compared with is
                                    at comparable prices */
    EI_REASON_COUNT_           /**< number of reasons; not a reason */
} ei_reason;

/** A stable short code for @p r, e.g. "zero-base"; "unknown" if invalid. */
EI_API const char *ei_reason_code(ei_reason r);

/** Plain words for @p r, e.g. "caliber break between the periods". */
EI_API const char *ei_reason_text(ei_reason r);

#ifdef __cplusplus
}
#endif

#endif
