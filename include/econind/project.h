/* SPDX-License-Identifier: GPL-3.0-or-later */
/**
 * @file project.h
 * Projections of a series: constant growth and target paths, linear and
 * log-linear trends, Holt's linear and damped trend smoothing, and scenario
 * bands simulated from the series' own growth history.
 *
 * ## What every method looks at
 * - **The segment after the last caliber break.** Only periods from the
 *   last break's `first_new` on are used (ei_series_break_count() /
 *   ei_series_break_at()); levels of another caliber are never mixed in.
 * - **Missing values.** The trend fits (linear, log-linear) skip missing
 *   points inside the segment. Holt and every growth-based method (constant
 *   growth from history, target path, simulation) need a contiguous run:
 *   they use the *final contiguous run*, the run of present values ending at
 *   the last present value of the segment.
 * - **The origin** of a projection is the last present value of the segment;
 *   projected periods are origin+1 … `to`.
 * - **Bounds.** A figure flagged as a bound (突破1000亿元) is used at its
 *   stated value.
 * - **Growth history** (for EI_PROJECT_CONSTANT_LAST, _AVG and the
 *   simulations) is chosen by ::ei_growth_source: annual growth derived from
 *   consecutive levels of the final run, or the reported growth rates.
 *   A reported rate compares a year with the previous one on the *new*
 *   caliber, so the rate of the first year after a break counts as history;
 *   a derived rate never spans a break.
 *
 * ## Minimum lengths (observations in the segment after the last break)
 * | method                      | needs                                      |
 * |-----------------------------|--------------------------------------------|
 * | EI_PROJECT_CONSTANT_RATE    | 1 level                                    |
 * | EI_PROJECT_CONSTANT_LAST    | 1 growth rate (2 levels when derived)      |
 * | EI_PROJECT_CONSTANT_AVG     | k growth rates (k+1 levels when derived)   |
 * | EI_PROJECT_TARGET_PATH      | 1 level, a positive target                 |
 * | EI_PROJECT_LINEAR           | 3 present points (EI_PROJECT_TREND_MIN)    |
 * | EI_PROJECT_LOGLINEAR        | 3 present, positive points                 |
 * | EI_PROJECT_HOLT             | 4 contiguous points (EI_PROJECT_HOLT_MIN)  |
 * | EI_PROJECT_DAMPED           | 5 contiguous points (EI_PROJECT_DAMPED_MIN)|
 * | EI_PROJECT_SIM_BOOTSTRAP/_NORMAL | 3 growth rates (EI_PROJECT_SIM_MIN)   |
 * A method that lacks them refuses with EI_ENODATA and a message such as
 * "Holt needs at least 4 observations after the 2019 caliber break; the
 * series has 2", never with a number built on too little.
 *
 * ## Formulas
 * - Constant growth: X_{T+j} = X_T (1 + r)^j.
 * - Trends: ordinary least squares y = a + b t over the present points,
 *   t = periods since the first of them; s^2 = SSE / (n - 2);
 *   prediction variance s^2 (1 + 1/n + (t - t_bar)^2 / Sxx); band
 *   y_hat ± t_{(1+level)/2, n-2} sd. Log-linear: the same on ln X, then
 *   exp() of the point and of both ends.
 * - Holt (Hyndman & Athanasopoulos, FPP 2nd ed., 7.2-7.4):
 *   l(t) = alpha y(t) + (1 - alpha)(l(t-1) + phi b(t-1)),
 *   b(t) = beta (l(t) - l(t-1)) + (1 - beta) phi b(t-1),
 *   forecast l(T) + (phi + … + phi^h) b(T); start l = y(0), b = y(1) - y(0);
 *   parameters minimise the one-step SSE of t = 2 … n-1 (Nelder-Mead on
 *   logits, from the best of a coarse grid), alpha, beta in (0, 1), phi in
 *   [0.8, 0.98] for the damped trend, 1 for Holt; sigma^2 = SSE / (n - 2);
 *   var_h = sigma^2 (1 + sum_{j<h} (alpha (1 + beta (phi + … + phi^j)))^2)
 *   (Hyndman, Koehler, Ord & Snyder 2008, Table 6.1); normal band.
 *   With 4-6 points the fitted parameters often sit on a bound and the
 *   band is only indicative.
 * - Simulations: X_{t+1} = X_t (1 + g), g drawn per period and path; the
 *   band is the per-period (1-level)/2 and (1+level)/2 quantile of the
 *   paths (gsl_stats_quantile_from_sorted_data), the point the median.
 *   Normal draws may fall below -100% when the history is very volatile;
 *   they are kept (the level then turns negative), not truncated.
 *
 * ## Thread safety
 * Every function is reentrant: no global state; the random generator of a
 * simulation is created inside the call from `options.seed` (Mersenne
 * Twister, gsl_rng_mt19937), so the same seed gives the same result on any
 * thread. A projection is immutable once built and may be shared read-only.
 */
#ifndef ECONIND_PROJECT_H
#define ECONIND_PROJECT_H

#include <math.h>
#include <stddef.h>

#include "econind/error.h"
#include "econind/export.h"
#include "econind/period.h"
#include "econind/series.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Minimum present points after the last break for the trend fits. */
#define EI_PROJECT_TREND_MIN 3
/** Minimum contiguous points for Holt's linear trend. */
#define EI_PROJECT_HOLT_MIN 4
/** Minimum contiguous points for the damped trend. */
#define EI_PROJECT_DAMPED_MIN 5
/** Minimum growth rates for the simulations. */
#define EI_PROJECT_SIM_MIN 3
/** Most periods a projection may reach beyond its origin. */
#define EI_PROJECT_MAX_HORIZON 1000

/** Projection methods. */
typedef enum ei_project_method {
    /** X_{T+j} = X_T (1 + r)^j with r = options.rate (percent). */
    EI_PROJECT_CONSTANT_RATE = 0,
    /** Constant growth at the last growth rate of the history. */
    EI_PROJECT_CONSTANT_LAST,
    /** Constant growth at the average of the last k growth rates,
     *  geometric (年均): (prod(1 + g_i))^(1/k) - 1. */
    EI_PROJECT_CONSTANT_AVG,
    /** The constant-growth path from X_T to options.target at `to`:
     *  r = (L / X_T)^(1/n) - 1, n = periods from the origin to `to`. */
    EI_PROJECT_TARGET_PATH,
    /** Least-squares line y = a + b t (gsl_fit_linear), t = periods since
     *  the first point of the segment; prediction intervals from the t
     *  distribution with n - 2 degrees of freedom. */
    EI_PROJECT_LINEAR,
    /** The same line fitted to ln y; point = exp(fit) (the median, not the
     *  mean, of a log-normal forecast), intervals exp of the log intervals. */
    EI_PROJECT_LOGLINEAR,
    /** Holt's linear trend exponential smoothing (phi = 1). */
    EI_PROJECT_HOLT,
    /** Additive damped trend (Gardner & McKenzie), 0.8 <= phi <= 0.98. */
    EI_PROJECT_DAMPED,
    /** Simulated paths, each year's growth drawn with replacement from the
     *  observed growth rates (bootstrap). */
    EI_PROJECT_SIM_BOOTSTRAP,
    /** Simulated paths, growth drawn from a normal distribution with the
     *  mean and sample standard deviation of the observed growth rates. */
    EI_PROJECT_SIM_NORMAL,
    EI_PROJECT_METHOD_COUNT_ /**< number of methods; not a method */
} ei_project_method;

/** Which growth rates make the history of the growth-based methods. */
typedef enum ei_growth_source {
    /** Growth derived from consecutive levels of the final contiguous run:
     *  X_t / X_{t-1} - 1 (needs positive levels). The default. */
    EI_GROWTH_DERIVED = 0,
    /** The reported growth rates (percent in the series): the run of
     *  consecutive reported rates ending at the origin. */
    EI_GROWTH_REPORTED,
    /** Reported where published, derived from levels elsewhere. */
    EI_GROWTH_PREFER_REPORTED
} ei_growth_source;

/** Version of ::ei_project_options this header describes. */
#define EI_PROJECT_OPTIONS_VERSION 1

/**
 * Options of a projection. Initialise with EI_PROJECT_OPTIONS_INIT and
 * change what you need; fields are only ever appended.
 */
typedef struct ei_project_options {
    unsigned int version;     /**< EI_PROJECT_OPTIONS_VERSION */
    ei_project_method method; /**< default EI_PROJECT_LINEAR */
    /** Periods to project after the origin (default 5); used when `to` is
     *  not set (year 0). */
    int horizon;
    /** Last period to project (e.g. the target year 2025), of the series'
     *  frequency; a zero period (year 0) means "use horizon". */
    ei_period to;
    double rate;       /**< percent, for EI_PROJECT_CONSTANT_RATE */
    int k;             /**< growth rates averaged by _CONSTANT_AVG (3) */
    double level;      /**< confidence level of the band, in (0, 1); 0.95 */
    double target;     /**< level target at `to` for _TARGET_PATH; NaN */
    size_t paths;      /**< simulated paths (default 10000) */
    unsigned long seed;/**< seed of the simulation's generator (default 1) */
    ei_growth_source growth_source; /**< default EI_GROWTH_DERIVED */
    /** Holt: fixed smoothing parameters; NaN (the default) fits them.
     *  alpha in (0, 1], beta (the trend smoothing beta*, Hyndman's
     *  notation) in [0, 1], phi in (0, 1] (forced to 1 for _HOLT). */
    double alpha, beta, phi;
} ei_project_options;

/** Default options (a constant initializer). */
#define EI_PROJECT_OPTIONS_INIT                                           \
    { EI_PROJECT_OPTIONS_VERSION, EI_PROJECT_LINEAR, 5, { 0, EI_FREQ_NONE, \
      0, 0 }, NAN, 3, 0.95, NAN, 10000, 1UL, EI_GROWTH_DERIVED, NAN, NAN, \
      NAN }

/** What a projection was fitted from and with. Fields that do not apply to
 *  the method are NaN (doubles) or 0 (counts). */
typedef struct ei_projection_fit {
    ei_period first;   /**< first period of the data used */
    ei_period origin;  /**< last observed period used (the origin) */
    size_t n;          /**< observations (or growth rates) used */
    double base;       /**< the level at the origin */
    double rate;       /**< constant-growth rate as a fraction; for the
                            simulations the mean observed growth */
    double rate_sd;    /**< sample sd of the observed growth (simulations) */
    double intercept;  /**< trends: the line at t = 0 (the first period),
                            in logs for the log-linear trend; Holt: the
                            final level l(T) */
    double slope;      /**< trends: per period (in logs: log growth);
                            Holt: the final trend b(T) */
    double alpha, beta, phi; /**< Holt's parameters (beta is beta*) */
    double sse;        /**< sum of squared residuals / one-step errors */
    double sigma;      /**< residual standard deviation used for intervals:
                            trends sqrt(SSE / (n - 2)); Holt
                            sqrt(SSE / (n - 2)) over the n - 2 one-step
                            errors */
    int dof;           /**< degrees of freedom of the t intervals, 0 if none */
} ei_projection_fit;

/** A projection (opaque, owning). */
typedef struct ei_projection ei_projection;

/**
 * Project @p s with @p opts.
 *
 * @param out  new projection, free with ei_projection_free(); NULL on failure
 * @param s    the series (borrowed; not kept)
 * @param opts options; NULL means EI_PROJECT_OPTIONS_INIT
 * @param err  may be NULL
 * @return EI_OK;
 *   EI_ENODATA when the segment after the last break is too short for the
 *   method (the message names the method, the minimum, the break and the
 *   count), or a log-linear trend meets a level <= 0;
 *   EI_EINVAL for bad options (unknown method or version, horizon < 1,
 *   `to` not after the origin or of another frequency, rate <= -100,
 *   level outside (0, 1), paths < 2, k < 1, target missing or <= 0 for
 *   a target path, Holt parameters out of range), or a NULL @p s / @p out;
 *   EI_ERANGE when the projection would reach more than
 *   EI_PROJECT_MAX_HORIZON periods beyond the origin, or paths × periods
 *   do not fit in memory; EI_ENOMEM.
 */
EI_API int ei_project(ei_projection **out, const ei_series *s,
                      const ei_project_options *opts, ei_error *err);

/** Free @p p; NULL is a no-op. */
EI_API void ei_projection_free(ei_projection *p);

/** The method used. The accessors of a projection give NULL (pointers,
 *  names), NaN (the level) or EI_PROJECT_CONSTANT_RATE (the method) for a
 *  NULL @p p, and ei_projection_prob_reach() EI_EINVAL. */
EI_API ei_project_method ei_projection_method(const ei_projection *p);

/** Stable short name of @p p's method, e.g. "holt" (see
 *  ei_project_method_name()). */
EI_API const char *ei_projection_method_name(const ei_projection *p);

/**
 * The projected path: a new series (no vintages) over the projected periods
 * origin+1 … `to`, with the metadata of the input series. For the
 * simulations it is the median path (per period).
 * @return borrowed, valid until ei_projection_free(); never NULL for a
 *         projection (NULL for a NULL @p p).
 */
EI_API const ei_series *ei_projection_point(const ei_projection *p);

/**
 * Lower and upper ends of the band at ei_projection_level(), over the same
 * periods as the point path. Constant-growth and target paths have no band:
 * both return NULL for them.
 * @return borrowed, valid until ei_projection_free(); NULL if no band.
 */
EI_API const ei_series *ei_projection_lower(const ei_projection *p);
/** See ei_projection_lower(). */
EI_API const ei_series *ei_projection_upper(const ei_projection *p);

/** The confidence level of the band (e.g. 0.95). */
EI_API double ei_projection_level(const ei_projection *p);

/** What the projection was fitted from; borrowed, never NULL for a
 *  projection (NULL for a NULL @p p). */
EI_API const ei_projection_fit *ei_projection_get_fit(const ei_projection *p);

/**
 * Probability that the level at @p when reaches @p target (X >= target).
 * - simulations: the share of simulated paths at or above it;
 * - linear / log-linear trends: from the t predictive distribution;
 * - Holt / damped: from the normal forecast distribution;
 * - constant growth and target paths: 1 or 0 (a deterministic path).
 * @param prob  the probability in [0, 1]
 * @return EI_OK; EI_ENOTFOUND when @p when is not a projected period;
 *         EI_EINVAL when @p target is not finite or @p p or @p prob is
 *         NULL.
 */
EI_API int ei_projection_prob_reach(const ei_projection *p, ei_period when,
                                    double target, double *prob,
                                    ei_error *err);

/** Stable short name of a method: "constant-rate", "constant-last",
 *  "constant-avg", "target-path", "linear", "loglinear", "holt", "damped",
 *  "sim-bootstrap", "sim-normal"; "unknown" if invalid. */
EI_API const char *ei_project_method_name(ei_project_method m);

/** Parse a method name as given by ei_project_method_name().
 *  @return EI_OK or EI_EPARSE. */
EI_API int ei_project_method_parse(ei_project_method *out, const char *name,
                                   ei_error *err);

/** Minimum levels after the last break that method @p m needs when growth
 *  is derived from levels (EI_GROWTH_DERIVED): 1 for a given rate or a
 *  target path, 2 for the last rate, k + 1 for the average of k rates,
 *  3 for the trends, 4 for Holt, 5 for the damped trend, 4 (3 growth
 *  rates) for the simulations; 0 for an unknown method. */
EI_API size_t ei_project_min_points(ei_project_method m, int k);

#ifdef __cplusplus
}
#endif

#endif
