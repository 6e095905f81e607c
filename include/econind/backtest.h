/* SPDX-License-Identifier: GPL-3.0-or-later */
/**
 * @file backtest.h
 * How good were the projections and the estimates? Two evaluations (both
 * thread-safe on distinct objects: they only read the series, and each
 * projection seeds its own generator):
 *
 * 1. **Rolling origin** (ei_backtest_run()): for every observed period t of
 *    the series, fit each method on the history up to t (the truncated
 *    series, with the breaks that begin at or before t), project H periods
 *    and compare each projected period t+h with what happened:
 *    - error e = forecast - actual (positive: the projection was too high),
 *    - percent error pe = 100 e / actual,
 *    - per method and horizon: MAE = mean |e|, RMSE = sqrt(mean e^2),
 *      MAPE = mean |pe|, bias = mean e, MPE = mean pe
 *      (Hyndman & Athanasopoulos, FPP 2nd ed., 3.4 "Evaluating forecast
 *      accuracy", time series cross-validation).
 *    A comparison is skipped when the actual is missing or a caliber break
 *    lies between t and t+h; its percent error is skipped (not the error)
 *    when the actual is 0. An origin where a method refuses (EI_ENODATA:
 *    too few observations) is counted in `refused`, not an error.
 * 2. **Estimates against finals** (ei_estimates_check()): every 预计
 *    (EI_STATUS_ESTIMATE) observation of a series against the final figure
 *    of its period (the most final of revised > actual > preliminary; the
 *    later one among equals): level error, percent error and the error of
 *    the estimated growth in percentage points.
 *
 * Results are owning objects; all functions are reentrant (see project.h).
 */
#ifndef ECONIND_BACKTEST_H
#define ECONIND_BACKTEST_H

#include <stddef.h>

#include "econind/error.h"
#include "econind/export.h"
#include "econind/period.h"
#include "econind/project.h"
#include "econind/reason.h"
#include "econind/series.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Version of ::ei_backtest_options this header describes. */
#define EI_BACKTEST_OPTIONS_VERSION 1

/** Options of a rolling-origin back-test; initialise with
 *  EI_BACKTEST_OPTIONS_INIT. Fields are only ever appended. */
typedef struct ei_backtest_options {
    unsigned int version;     /**< EI_BACKTEST_OPTIONS_VERSION */
    int horizon;              /**< largest horizon H (default 3) */
    /** The methods to compare (borrowed for the call); NULL means every
     *  method that needs no user input: constant-last, constant-avg,
     *  linear, loglinear, holt, damped, sim-bootstrap, sim-normal. */
    const ei_project_method *methods;
    size_t nmethods;          /**< entries of methods */
    /** Options of every fit (k, level, paths, seed, growth source, rate,
     *  Holt parameters); method, horizon and `to` are set by the back-test.
     *  A target path uses project.target at every origin. */
    ei_project_options project;
} ei_backtest_options;

/** Default back-test options (a constant initializer). */
#define EI_BACKTEST_OPTIONS_INIT \
    { EI_BACKTEST_OPTIONS_VERSION, 3, NULL, 0, EI_PROJECT_OPTIONS_INIT }

/** One comparison of a projection with what happened. */
typedef struct ei_backtest_record {
    ei_project_method method;
    ei_period origin;   /**< last period the fit saw */
    int horizon;        /**< periods ahead, 1 … H */
    ei_period period;   /**< the period compared (origin + horizon) */
    double forecast;    /**< the point projection */
    double actual;      /**< the series' value */
    double error;       /**< forecast - actual */
    double pct_error;   /**< 100 error / actual; NaN when actual is 0 */
} ei_backtest_record;

/** Accuracy of one method at one horizon (0: all horizons pooled).
 *  Statistics are NaN when n is 0. */
typedef struct ei_backtest_summary {
    ei_project_method method;
    int horizon;        /**< 1 … H, or 0 for every horizon pooled */
    size_t n;           /**< comparisons */
    size_t n_pct;       /**< comparisons with a percent error */
    size_t refused;     /**< origins where the method refused (pooled row:
                             the count; horizon rows: the same count) */
    double mae;         /**< mean absolute error, in the series' unit */
    double rmse;        /**< root mean squared error */
    double mape;        /**< mean absolute percent error, in percent */
    double bias;        /**< mean error (forecast - actual) */
    double mpe;         /**< mean percent error (signed), in percent */
} ei_backtest_summary;

/** A back-test result (opaque, owning). */
typedef struct ei_backtest ei_backtest;

/**
 * Run a rolling-origin back-test of @p s.
 * @param out  new result, free with ei_backtest_free(); NULL on failure
 * @param s    the series (borrowed, not kept)
 * @param opts NULL means EI_BACKTEST_OPTIONS_INIT
 * @return EI_OK (even when no comparison was possible: then every summary
 *         has n == 0); EI_EINVAL for bad options (horizon < 1, version,
 *         an unknown method, bad projection options); EI_ENOMEM; any other
 *         failure of ei_project() except EI_ENODATA.
 */
EI_API int ei_backtest_run(ei_backtest **out, const ei_series *s,
                           const ei_backtest_options *opts, ei_error *err);

/** Free @p bt; NULL is a no-op. */
EI_API void ei_backtest_free(ei_backtest *bt);

/** Number of comparisons (records); 0 for NULL. The other accessors
 *  below give NULL (pointers), 0 (counts, horizon) or EI_EINVAL for a
 *  NULL back-test. */
EI_API size_t ei_backtest_record_count(const ei_backtest *bt);

/** Record @p i (in order of method, then origin, then horizon); borrowed,
 *  valid until ei_backtest_free(); NULL when i is out of range. */
EI_API const ei_backtest_record *ei_backtest_record_at(const ei_backtest *bt,
                                                       size_t i);

/** Number of summary rows: methods × (H + 1). */
EI_API size_t ei_backtest_summary_count(const ei_backtest *bt);

/** Summary row @p i: for each method in the order given, the pooled row
 *  (horizon 0) and then horizons 1 … H. Borrowed; NULL if out of range. */
EI_API const ei_backtest_summary *
ei_backtest_summary_at(const ei_backtest *bt, size_t i);

/** The summary of @p method at @p horizon (0: pooled); NULL if the method
 *  was not in the back-test or the horizon is out of range. Borrowed. */
EI_API const ei_backtest_summary *
ei_backtest_summary_find(const ei_backtest *bt, ei_project_method method,
                         int horizon);

/**
 * The most accurate method at @p horizon (0: all horizons pooled): the
 * lowest MAPE among methods with at least one percent error; ties go to
 * the lower RMSE, then to the earlier method in the list.
 * @param best its summary row (borrowed)
 * @return EI_OK; EI_ENODATA when no method has a comparison at that
 *         horizon; EI_EINVAL for a horizon outside 0 … H.
 */
EI_API int ei_backtest_best(const ei_backtest *bt, int horizon,
                            const ei_backtest_summary **best, ei_error *err);

/** The largest horizon of the back-test. */
EI_API int ei_backtest_horizon(const ei_backtest *bt);

/** One estimate (预计) set against the final figure of its period. */
typedef struct ei_estimate_check {
    ei_period period;
    double estimate;          /**< estimated level; NaN if only a growth */
    double estimate_growth;   /**< estimated growth in percent; NaN if none */
    const char *estimate_release; /**< borrowed from the series; may be NULL */
    double final;             /**< final level; NaN if none */
    double final_growth;      /**< final reported growth (percent); NaN */
    ei_obs_status final_status; /**< status of the final observation */
    const char *final_release; /**< borrowed from the series; may be NULL */
    double error;             /**< estimate - final; NaN when not comparable */
    double pct_error;         /**< 100 error / final */
    double growth_error;      /**< estimate_growth - final_growth, in
                                   percentage points; NaN if either is */
    /** Why the level error is missing: EI_REASON_NONE;
     *  EI_REASON_ESTIMATE_ONLY (no final figure yet); EI_REASON_BOUND (one
     *  of the figures is only a bound, 突破/余/近); EI_REASON_MISSING (no
     *  level on one side); EI_REASON_ZERO_BASE (final 0: error kept, no
     *  percent error). */
    ei_reason reason;
} ei_estimate_check;

/** Summary over the checks of a report. Statistics are NaN when their
 *  count is 0. */
typedef struct ei_estimate_summary {
    size_t count;        /**< estimates checked */
    size_t n;            /**< with a level error */
    double mae;          /**< mean |error| */
    double mape;         /**< mean |percent error| over those with one */
    double bias;         /**< mean error: > 0 when estimates ran high */
    double mpe;          /**< mean percent error */
    size_t n_growth;     /**< with a growth error */
    double growth_mae;   /**< mean |growth error|, percentage points */
    double growth_bias;  /**< mean growth error, percentage points */
} ei_estimate_summary;

/** Estimates-against-finals report (opaque, owning). */
typedef struct ei_estimate_report ei_estimate_report;

/**
 * Check every estimate of @p s (all its vintages: ei_series_obs_count() /
 * ei_series_obs_at()) against the final figure of its period. A series
 * without estimates gives an empty report.
 * @param out new report, free with ei_estimate_report_free(); it borrows
 *            release strings from @p s, which must outlive it
 * @return EI_OK, EI_EINVAL (NULL argument), EI_ENOMEM
 */
EI_API int ei_estimates_check(ei_estimate_report **out, const ei_series *s,
                              ei_error *err);

/** Free @p r; NULL is a no-op. */
EI_API void ei_estimate_report_free(ei_estimate_report *r);

/** Number of estimates checked; 0 for NULL. */
EI_API size_t ei_estimate_report_count(const ei_estimate_report *r);

/** Check @p i in period order; borrowed; NULL if out of range. */
EI_API const ei_estimate_check *
ei_estimate_report_at(const ei_estimate_report *r, size_t i);

/** The summary of @p r into @p out (that of no estimates for a NULL
 *  @p r; nothing done for a NULL @p out). */
EI_API void ei_estimate_report_summary(const ei_estimate_report *r,
                                       ei_estimate_summary *out);

#ifdef __cplusplus
}
#endif

#endif
