/* SPDX-License-Identifier: GPL-3.0-or-later */
/**
 * @file growth.h
 * The growth engine: FRED unit transformations (同比, 环比 …), fixed-base and
 * chained indices, average growth (年均, 两年平均), year-to-date data (累计)
 * and reported against derived growth.
 *
 * Conventions of every function here:
 * - Rates are in percent (7.2 means 7.2 %), as published; reported growth
 *   rates stored in a series are percent too.
 * - "A year ago" is the calendar period one year back (ei_period_year_ago()),
 *   found by period, never by row offset. Nothing is ever forward filled.
 * - A result without a value is NaN with an ::ei_reason, never 0 or inf:
 *   EI_REASON_OUT_OF_RANGE when an operand period lies outside the series,
 *   EI_REASON_BREAK when a caliber break lies between the operands (this
 *   takes precedence over a missing operand), EI_REASON_MISSING_OPERAND when
 *   an operand has no value, EI_REASON_BOUND when an operand is only a bound
 *   (突破, 近) and the options do not allow bounds, EI_REASON_ZERO_BASE /
 *   EI_REASON_NEGATIVE_BASE for a ratio whose base is zero / negative,
 *   EI_REASON_DOMAIN for a logarithm or root outside its domain.
 * - Derived series have the periods of their input, no vintages, and the
 *   input's caliber breaks, region, indicator and registry entry.
 * - Every function is pure and thread-safe on distinct or const objects.
 */
#ifndef ECONIND_GROWTH_H
#define ECONIND_GROWTH_H

#include <stdbool.h>
#include <stddef.h>

#include "econind/error.h"
#include "econind/export.h"
#include "econind/period.h"
#include "econind/reason.h"
#include "econind/series.h"

#ifdef __cplusplus
extern "C" {
#endif

/** A single computed figure: a value, or NaN and the reason it has none. */
typedef struct ei_result {
    double value;     /**< NaN unless reason is EI_REASON_NONE */
    ei_reason reason; /**< EI_REASON_NONE when value is a number */
} ei_result;

/** Version of ::ei_growth_options; fields are only ever appended. */
#define EI_GROWTH_OPTIONS_VERSION 1

/**
 * Options shared by the growth, contribution and aggregation functions.
 * Initialise with EI_GROWTH_OPTIONS_INIT; passing NULL means the defaults.
 */
typedef struct ei_growth_options {
    unsigned int version;     /**< EI_GROWTH_OPTIONS_VERSION */
    bool allow_incomplete;    /**< aggregate incomplete periods from the
                                   sub-periods present (default false:
                                   EI_REASON_INCOMPLETE) */
    bool convert_units;       /**< combine series in compatible units (万元
                                   with 亿元) by scaling with
                                   ei_unit_factor(); default false:
                                   different units are EI_EUNIT */
    bool allow_bounds;        /**< use bound figures (突破1000, 近50) as if
                                   exact; default false: EI_REASON_BOUND */
    double caliber_threshold; /**< reported vs derived: flag a possible
                                   caliber change when they differ by more
                                   than this many percentage points
                                   (default 5) */
    double add_up_tolerance;  /**< contributions: components add up when
                                   |sum - total| <= this * |total| (default
                                   1e-3, which absorbs one-decimal rounding
                                   of published figures) */
} ei_growth_options;

/** The default options. */
#define EI_GROWTH_OPTIONS_INIT \
    { EI_GROWTH_OPTIONS_VERSION, false, false, false, 5.0, 1e-3 }

/* ------------------------------------------------------------------ */
/* FRED units transformations                                          */
/* ------------------------------------------------------------------ */

/**
 * The FRED "units" vocabulary. n is the number of periods per year (1, 4,
 * 12), x_{t-1} the previous period, x_{t-n} the same period a year ago.
 */
typedef enum ei_transform {
    EI_TRANSFORM_LIN = 0, /**< lin: levels, no transformation */
    EI_TRANSFORM_CHG,     /**< chg: x_t - x_{t-1} */
    EI_TRANSFORM_CH1,     /**< ch1: x_t - x_{t-n} (同比增量) */
    EI_TRANSFORM_PCH,     /**< pch: (x_t/x_{t-1} - 1)*100 (环比) */
    EI_TRANSFORM_PC1,     /**< pc1: (x_t/x_{t-n} - 1)*100 (同比) */
    EI_TRANSFORM_PCA,     /**< pca: ((x_t/x_{t-1})^n - 1)*100 (折年率) */
    EI_TRANSFORM_CCH,     /**< cch: (ln x_t - ln x_{t-1})*100 */
    EI_TRANSFORM_CCA,     /**< cca: (ln x_t - ln x_{t-1})*100*n */
    EI_TRANSFORM_LOG,     /**< log: ln x_t */
    EI_TRANSFORM_COUNT_   /**< number of transformations; not one */
} ei_transform;

/**
 * Parse a transformation name: the FRED codes (lin, chg, ch1, pch, pc1, pca,
 * cch, cca, log; any case) and aliases: yoy, 同比 (pc1); mom, qoq, pop, 环比
 * (pch); diff, change, 增量 (chg); yoy-change, 同比增量 (ch1); annualized,
 * 折年率 (pca); ln, 对数 (log); level, levels, 总量 (lin).
 * @param out  the transformation; EI_TRANSFORM_LIN on failure
 * @param text the name, need not be NUL-terminated; surrounding white space
 *             is ignored
 * @param len  its length in bytes
 * @param err  may be NULL
 * @return EI_OK, EI_EINVAL (NULL @p out or @p text), EI_EPARSE (unknown)
 */
EI_API int ei_transform_parse(ei_transform *out, const char *text, size_t len,
                              ei_error *err);

/** The FRED code of @p t ("pc1"); "unknown" if invalid. Static string. */
EI_API const char *ei_transform_name(ei_transform t);

/** English words for @p t ("percent change from a year ago"); static. */
EI_API const char *ei_transform_label(ei_transform t);

/** Chinese words for @p t ("同比增长"); static. */
EI_API const char *ei_transform_label_zh(ei_transform t);

/**
 * The unit of @p t applied to a series in @p unit: "%" for the percent
 * transformations, "个百分点" for chg/ch1 of a series in percent, "" for
 * log, @p unit otherwise. Borrowed: static or @p unit itself.
 */
EI_API const char *ei_transform_unit(ei_transform t, const char *unit);

/**
 * Apply a FRED transformation to every point of @p s.
 *
 * Point t uses x_t and, for all but lin and log, the operand period
 * ei_period_prev(t) (chg, pch, pca, cch, cca) or ei_period_year_ago(t)
 * (ch1, pc1), found by period. Reasons for a missing point, in order of
 * precedence: BREAK (operands straddle a break), OUT_OF_RANGE (operand
 * period before the series), MISSING_OPERAND or BOUND (x_t's before the
 * operand's; lin keeps the input point's own reason); then ZERO_BASE or
 * NEGATIVE_BASE for pch, pc1, pca when x_{t-k} is 0 or < 0; DOMAIN for pca
 * when x_t/x_{t-1} < 0, for cch, cca when either value is <= 0, for log when
 * x_t <= 0, and for any result that would overflow.
 *
 * Year-to-date series (EI_MEASURE_YTD) accept only lin, ch1, pc1 (累计增长)
 * and log: period-on-period changes of cumulative values are meaningless;
 * de-accumulate first with ei_ytd_to_single().
 *
 * @param out  new series (free with ei_series_free()), NULL on failure. Its
 *             unit is ei_transform_unit(); measure EI_MEASURE_RATE for the
 *             percent transformations, the input's otherwise.
 * @param s    the input; borrowed
 * @param t    the transformation
 * @param opt  options (allow_bounds); NULL for the defaults
 * @param err  may be NULL
 * @return EI_OK, EI_EINVAL (NULL argument, bad @p t, series without
 *         frequency, period-on-period transformation of a YTD series, bad
 *         options version), EI_ENOMEM
 */
EI_API int ei_series_transform(ei_series **out, const ei_series *s,
                               ei_transform t, const ei_growth_options *opt,
                               ei_error *err);

/**
 * Percent change from @p from to @p to: (to/from - 1) * 100, the scalar
 * form of pch and pc1. Reasons: MISSING_OPERAND (NaN), ZERO_BASE /
 * NEGATIVE_BASE (@p from 0 / < 0).
 */
EI_API ei_result ei_growth_rate(double from, double to);

/**
 * Total growth of @p s between two of its periods, in percent:
 * (x_to/x_from - 1) * 100 (e.g. 2020 -> 2025 over a five-year plan).
 * Reasons as ei_series_transform(): BREAK, OUT_OF_RANGE, MISSING_OPERAND,
 * BOUND, ZERO_BASE, NEGATIVE_BASE; FREQ_MISMATCH if a period is not of the
 * series' frequency.
 * @return EI_OK (also when @p out has no value), EI_EINVAL (NULL argument,
 *         bad options)
 */
EI_API int ei_series_growth_between(ei_result *out, const ei_series *s,
                                    ei_period from, ei_period to,
                                    const ei_growth_options *opt,
                                    ei_error *err);

/* ------------------------------------------------------------------ */
/* Indices                                                             */
/* ------------------------------------------------------------------ */

/**
 * Fixed-base index (定基指数): I_t = X_t / X_base * 100.
 * Points across a caliber break from @p base are BREAK; a missing base makes
 * every point MISSING_OPERAND, a zero or negative base ZERO_BASE or
 * NEGATIVE_BASE.
 * @param out  new series in unit "" and measure EI_MEASURE_INDEX; NULL on
 *             failure
 * @param base a period of @p s (base = 100)
 * @return EI_OK, EI_EINVAL, EI_ENOTFOUND (@p base outside the series: the
 *         message names it), EI_ENOMEM
 */
EI_API int ei_series_index_fixed_base(ei_series **out, const ei_series *s,
                                      ei_period base,
                                      const ei_growth_options *opt,
                                      ei_error *err);

/**
 * Comparable-price index chained from the reported growth rates of an annual
 * series (可比价指数): I_base = 100, I_t = I_{t-1} * (1 + g_t/100) after the
 * base and I_{t-1} = I_t / (1 + g_t/100) before it. The levels are not used,
 * and caliber breaks do not stop the chain: published comparable growth is
 * computed on one caliber for both years. A missing rate makes every point
 * beyond it (away from the base) MISSING_OPERAND; a rate of -100 % or less
 * gives DOMAIN where the chain would divide by zero or turn negative.
 * @param out  new series in unit "" and measure EI_MEASURE_INDEX
 * @param s    an annual series with reported growth (ei_series_growths())
 * @param base a period of @p s
 * @return EI_OK, EI_EINVAL (not annual: sub-annual reported growth is
 *         year-on-year), EI_ENOTFOUND (@p base outside), EI_ENOMEM
 */
EI_API int ei_series_index_chain(ei_series **out, const ei_series *s,
                                 ei_period base, const ei_growth_options *opt,
                                 ei_error *err);

/* ------------------------------------------------------------------ */
/* Average growth                                                       */
/* ------------------------------------------------------------------ */

/**
 * Compound average growth from two levels (年均增长, CAGR):
 * ((x_end/x_start)^(1/years) - 1) * 100.
 * Example: 699 (2020) -> 1100 (2025), years 5: 9.49.
 * Reasons: MISSING_OPERAND (a NaN level), ZERO_BASE / NEGATIVE_BASE
 * (@p x_start 0 / < 0), DOMAIN (@p x_end < 0, or @p years not > 0 and
 * finite).
 */
EI_API ei_result ei_growth_cagr(double x_start, double x_end, double years);

/**
 * Geometric average of @p n period rates in percent (年均 from annual
 * rates, the general n-year average): ((prod(1 + g_i/100))^(1/n) - 1) * 100.
 * Reasons: MISSING_OPERAND (a NaN rate or NULL @p rates with n > 0),
 * TOO_FEW_POINTS (n == 0), DOMAIN (a rate below -100 %, which makes the
 * product negative).
 */
EI_API ei_result ei_growth_average_rates(const double *rates, size_t n);

/**
 * Two-year average growth (两年平均): sqrt((1+g1/100)(1+g2/100)) - 1, in
 * percent; the arithmetic mean is wrong. Same reasons as
 * ei_growth_average_rates().
 */
EI_API ei_result ei_growth_two_year_average(double g1, double g2);

/**
 * Average growth per year implied by a total growth over @p years
 * ((1+total/100)^(1/years) - 1) * 100. Example: +16.9 % against 2019, two
 * years: 8.1; +6.4 %: 3.2. Reasons: MISSING_OPERAND (NaN), DOMAIN (total
 * below -100 %, or @p years not > 0 and finite).
 */
EI_API ei_result ei_growth_average_total(double total, double years);

/**
 * Two-year average growth of every point of @p s from its levels (两年平均,
 * for 2021 against the 2019 base): (sqrt(x_t / x_{t, two years ago}) - 1)
 * * 100, the operand found by period (8 quarters or 24 months back).
 * Reasons as for pc1 in ei_series_transform(), the operand being two years
 * back. Example: 2019Q1 100, 2021Q1 116.9 gives 8.12.
 * @param out new series in "%" and measure EI_MEASURE_RATE; NULL on failure
 * @return EI_OK, EI_EINVAL (NULL, series without frequency), EI_ENOMEM
 */
EI_API int ei_series_two_year_average(ei_series **out, const ei_series *s,
                                      const ei_growth_options *opt,
                                      ei_error *err);

/**
 * CAGR between two periods of a series, from its levels. years = periods
 * between them / periods per year (2020 -> 2025: 5; 2020Q4 -> 2021Q4: 1).
 * Reasons as ei_growth_cagr(), and OUT_OF_RANGE, BREAK, MISSING_OPERAND,
 * BOUND for the operands; FREQ_MISMATCH if a period is not of the series'
 * frequency.
 * @return EI_OK (also when @p out has no value), EI_EINVAL (NULL argument,
 *         @p to not after @p from, bad options)
 */
EI_API int ei_series_cagr(ei_result *out, const ei_series *s, ei_period from,
                          ei_period to, const ei_growth_options *opt,
                          ei_error *err);

/**
 * Average of the reported growth rates of the periods after @p from up to
 * and including @p to (the published annual rates of 2021..2025 for
 * from = 2020, to = 2025): ei_growth_average_rates() over them. The average
 * is per period of the series (per year for an annual series). A period
 * without a reported rate makes the result MISSING_OPERAND.
 * @return EI_OK, EI_EINVAL (NULL, @p to not after @p from, bad options)
 */
EI_API int ei_series_average_growth(ei_result *out, const ei_series *s,
                                    ei_period from, ei_period to,
                                    const ei_growth_options *opt,
                                    ei_error *err);

/* ------------------------------------------------------------------ */
/* Year-to-date (累计) data                                            */
/* ------------------------------------------------------------------ */

/**
 * Single-period values from year-to-date cumulative values:
 * m_t = C_t - C_{t-1} within a year, m_first = C_first (January or Q1).
 * When January has no value and February has one (published as 1-2月), both
 * single months are COMBINED. Otherwise reasons as for chg (BREAK,
 * OUT_OF_RANGE, MISSING_OPERAND, BOUND).
 * @param out  new series of measure EI_MEASURE_LEVEL, same unit
 * @param s    a monthly or quarterly series of cumulative values (its
 *             measure is not checked, so a YTD series read as level works)
 * @return EI_OK, EI_EINVAL (annual series, NULL), EI_ENOMEM
 */
EI_API int ei_ytd_to_single(ei_series **out, const ei_series *s,
                            const ei_growth_options *opt, ei_error *err);

/**
 * Cumulative values from single-period values: C_t = sum of m from the
 * first sub-period of the year to t. Any missing sub-period makes C_t
 * missing (its reason: MISSING_OPERAND, or OUT_OF_RANGE when the year
 * starts before the series), and a break within the year makes it BREAK.
 * ei_ytd_to_single() of the result gives back the input where both exist.
 * @param out  new series of measure EI_MEASURE_YTD, same unit
 * @param s    a monthly or quarterly series
 * @return EI_OK, EI_EINVAL (annual series, NULL), EI_ENOMEM
 */
EI_API int ei_single_to_ytd(ei_series **out, const ei_series *s,
                            const ei_growth_options *opt, ei_error *err);

/**
 * Cumulative growth (累计增长): (C_t / C_{t, a year ago} - 1) * 100, i.e.
 * ei_series_transform() with EI_TRANSFORM_PC1 on a YTD series, checked to
 * be one.
 * @return EI_OK, EI_EINVAL (measure not EI_MEASURE_YTD, NULL), EI_ENOMEM
 */
EI_API int ei_ytd_growth(ei_series **out, const ei_series *s,
                         const ei_growth_options *opt, ei_error *err);

/* ------------------------------------------------------------------ */
/* Reported against derived growth                                     */
/* ------------------------------------------------------------------ */

/** One period of ei_growth_check_series(). */
typedef struct ei_growth_check {
    ei_period period;
    double derived;           /**< (x_t/x_{year ago} - 1)*100 from the
                                   levels (nominal for current-price
                                   levels), NaN if none */
    ei_reason derived_reason; /**< why derived is NaN */
    double reported;          /**< the published rate, NaN if none */
    double difference;        /**< derived - reported in percentage points,
                                   NaN unless both exist */
    double deflator;          /**< implied price deflator in percent,
                                   ((1+derived)/(1+reported) - 1)*100, when
                                   the registered growth basis is
                                   comparable and the levels are not; NaN
                                   otherwise */
    bool caliber_flag;        /**< |difference| > caliber_threshold: the
                                   levels may be of another caliber */
} ei_growth_check;

/**
 * Compare the reported growth of each period of @p s with the growth derived
 * from its levels. Growth is never derived across a caliber break
 * (derived_reason BREAK).
 * @param rows  new array of @p nrows rows, one per period of @p s; free
 *              with ei_growth_checks_free(); NULL on failure
 * @param nrows number of rows (ei_series_len())
 * @param s     the series; its registry entry (ei_series_registered())
 *              gives the basis of its reported growth (unknown if none)
 * @param opt   options (caliber_threshold, allow_bounds); NULL: defaults
 * @return EI_OK, EI_EINVAL, EI_ENOMEM
 */
EI_API int ei_growth_check_series(ei_growth_check **rows, size_t *nrows,
                                  const ei_series *s,
                                  const ei_growth_options *opt,
                                  ei_error *err);

/** Free rows from ei_growth_check_series(); NULL is a no-op. */
EI_API void ei_growth_checks_free(ei_growth_check *rows);

#ifdef __cplusplus
}
#endif

#endif
