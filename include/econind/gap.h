/* SPDX-License-Identifier: GPL-3.0-or-later */
/**
 * @file gap.h
 * Evaluating targets against a dataset: the actual in the target's own
 * terms, the gap, and whether the target is met.
 *
 * The actual of a target, by kind (X_t the level of period t, g_t the
 * growth in percent, T the target's last period, B its base period):
 * - level, share, ceiling, floor, count: X_T, converted to the target's
 *   unit (a series in 万元 against a target in 亿元; units that do not
 *   convert give EI_REASON_UNIT_MISMATCH).
 * - growth: the reported growth g_T; else, when the series has no caliber
 *   break between T-1y and T, the derived (X_T / X_{T-1y} - 1) * 100.
 * - avg_growth: the CAGR from B to T, n = T - B years: from the reported
 *   growth rates (prod(1 + g_i))^(1/n) - 1 when all n are published (they
 *   are at comparable prices, as the targets are), else from levels
 *   (X_T / X_B)^(1/n) - 1 when no break lies between B and T.
 * - reduction: the cumulative change from B to T in percent, from the
 *   reported rates prod(1 + g_i) - 1, else from levels X_T / X_B - 1.
 * - linked: the indicator's own growth (or CAGR over a span); the
 *   reference it is compared with is the linked indicator's growth in the
 *   same period(s), which takes the place of the target value.
 *
 * The gap is actual - target: percentage points for rates, the unit of the
 * target for levels (with gap_pct = (actual / target - 1) * 100 beside it).
 * For a reduction, actual and target are both changes (-10 against -17:
 * gap +7 pp, i.e. 7 points short of the cut).
 *
 * Met respects the operator and the direction: >=, >, <=, < compare as
 * written; ~ is met within the tolerance, and also beyond it on the good
 * side when the direction is higher (above) or lower (below), not for a
 * band; linked is met when the actual is at least the reference minus the
 * tolerance (direction higher), at most reference plus tolerance (lower),
 * or within the tolerance (band). A reduction is met when the size of the
 * cut satisfies the operator against the size of the target cut.
 *
 * Price basis: levels are at current prices (现价) while the growth of GDP
 * and value added is published, and targeted, at comparable prices (可比价;
 * the registry's growth_basis EI_BASIS_COMPARABLE). A growth or average
 * growth derived from such levels (series basis not comparable) is nominal:
 * it is still given as the actual (or, for a linked target, as the
 * reference in `target`), with `derived` set, but the verdict is unknown,
 * the gap NaN and the reason EI_REASON_PRICE_BASIS. Chained reported rates
 * are real and judged as usual.
 *
 * When the verdict cannot be given, it is EI_VERDICT_UNKNOWN with a reason:
 * EI_REASON_MISSING (no data for the period), EI_REASON_BREAK (growth
 * would cross a caliber break), EI_REASON_BOUND (the actual is a bound
 * that decides nothing: "近1000" against >= 1000; "破1000" against > 1000
 * is met), EI_REASON_NOT_YET_DUE is not used: a missing figure is missing.
 * When the actual rests on an estimate (预计), the verdict is still given
 * but `provisional` is true and the reason is EI_REASON_ESTIMATE_ONLY.
 * A bound figure is read as an interval: above (突破 a) is (a, inf), below
 * (近, 不到 a) is (-inf, a]; about (约 a) is taken as a. A growth derived
 * from a bound level is a bound too (1000 above over 948: above 5.49%).
 * For a linked target a bound reference bounds the difference: income
 * growth 8.0 against GDP growth "above 5.49" is unknown, 5.0 is not met
 * (direction higher, tolerance 0.5); `bound` then describes the actual as
 * compared (the difference).
 *
 * Pure functions; thread-safe on const inputs.
 */
#ifndef ECONIND_GAP_H
#define ECONIND_GAP_H

#include <stdbool.h>
#include <stddef.h>

#include "econind/dataset.h"
#include "econind/error.h"
#include "econind/export.h"
#include "econind/period.h"
#include "econind/reason.h"
#include "econind/series.h"
#include "econind/target.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Whether a target is met. */
typedef enum ei_verdict {
    EI_VERDICT_UNKNOWN = 0, /**< not yet known; see the reason */
    EI_VERDICT_MET,
    EI_VERDICT_NOT_MET
} ei_verdict;

/** "unknown", "met", "not met". */
EI_API const char *ei_verdict_name(ei_verdict v);

/** The evaluation of one target. A plain value. */
typedef struct ei_gap {
    ei_verdict verdict;
    ei_reason reason;       /**< why unknown or provisional; NONE if final */
    bool provisional;       /**< the verdict rests on an estimate (预计) */
    bool derived;           /**< growth derived from levels, not reported */
    ei_bound bound;         /**< bound flag of the actual (direct values) */
    ei_obs_status status;   /**< status of the (least final) actual used */
    ei_period period;       /**< the period the actual is for (T) */
    double actual;          /**< in the target's terms; NaN if none */
    double target;          /**< the value compared with: the target value
                                 (signed change for a reduction) or, for a
                                 linked target, the reference growth */
    double gap;             /**< actual - target (pp for rates); NaN */
    double gap_pct;         /**< levels: (actual/target - 1)*100; else NaN */
    ei_direction direction; /**< the direction applied */
} ei_gap;

/** Options of an evaluation; initialise with EI_GAP_OPTIONS_INIT. */
#define EI_GAP_OPTIONS_VERSION 1
typedef struct ei_gap_options {
    unsigned version;
    ei_vintage vintage;     /**< EI_VINTAGE_LATEST (default): the most final
                                 figure; EI_VINTAGE_FIRST: as first
                                 released (estimates) */
} ei_gap_options;
#define EI_GAP_OPTIONS_INIT { EI_GAP_OPTIONS_VERSION, EI_VINTAGE_LATEST }

/**
 * The actual of @p t in period @p at (instead of the target's own last
 * period; for avg_growth and reduction the span then runs from the base to
 * @p at), with its status, reason and flags in @p out; verdict and gap are
 * left unknown/NaN. Used for "met early" and for progress to date.
 * @return EI_OK (also when the actual is missing: see out->reason),
 *         EI_EINVAL (NULL arguments, a period of another frequency),
 *         EI_ENOMEM (only with EI_VINTAGE_FIRST, which copies series)
 */
EI_API int ei_gap_actual_at(ei_gap *out, const ei_target *t,
                            const ei_dataset *ds, ei_period at,
                            const ei_gap_options *opts, ei_error *err);

/**
 * Evaluate @p t against @p ds (series found by region, indicator and the
 * target period's frequency; the registry of @p ds gives the direction when
 * the target has none).
 * @param out  filled in full on success
 * @param opts NULL for the defaults
 * @return EI_OK (also for an unknown verdict), EI_EINVAL (NULL arguments),
 *         EI_ENOMEM (only with EI_VINTAGE_FIRST)
 */
EI_API int ei_gap_evaluate(ei_gap *out, const ei_target *t,
                           const ei_dataset *ds, const ei_gap_options *opts,
                           ei_error *err);

/**
 * Evaluate @p t as of period @p at: the actual at @p at (as
 * ei_gap_actual_at()) judged against the target value, with gap, verdict
 * and reason as ei_gap_evaluate() gives them. Before the target's last
 * period this says whether the target is already met (a level reached
 * early; for avg_growth, the pace from the base to @p at).
 * @return EI_OK, EI_EINVAL (NULL arguments, a period of another
 *         frequency), EI_ENOMEM
 */
EI_API int ei_gap_evaluate_at(ei_gap *out, const ei_target *t,
                              const ei_dataset *ds, ei_period at,
                              const ei_gap_options *opts, ei_error *err);

/**
 * Decide a verdict from an actual and a reference value with the target's
 * operator, direction and tolerance (the rule in the file comment), taking
 * a bound into account. For a reduction pass the signed changes.
 * @return the verdict; EI_VERDICT_UNKNOWN when @p t is NULL, @p actual or
 *         @p reference is NaN, or the bound decides nothing
 */
EI_API ei_verdict ei_gap_decide(const ei_target *t, ei_direction dir,
                                double actual, ei_bound bound,
                                double reference);

/**
 * Evaluate every target of @p set: @p out has ei_targets_count(set)
 * records, in the order of the set.
 * @return EI_OK, EI_EINVAL (NULL arguments), EI_ENOMEM; on failure the
 *         records before the failing target are filled
 */
EI_API int ei_gaps_evaluate(ei_gap *out, const ei_targets *set,
                            const ei_dataset *ds, const ei_gap_options *opts,
                            ei_error *err);

#ifdef __cplusplus
}
#endif

#endif
