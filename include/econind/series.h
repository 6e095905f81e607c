/* SPDX-License-Identifier: GPL-3.0-or-later */
/**
 * @file series.h
 * A series: one indicator of one region at one frequency. Values are dense
 * over a run of consecutive periods, NaN where missing with a reason per
 * point. A series read from files also keeps every observation it was built
 * from (its vintages: estimate, final, revised …) and its caliber breaks.
 *
 * Derived series (growth rates, aggregates) are series too, with no
 * vintages. A series is not synchronised: share a const series between
 * threads freely, but do not change one while another thread reads it.
 */
#ifndef ECONIND_SERIES_H
#define ECONIND_SERIES_H

#include <stdbool.h>
#include <stddef.h>

#include "econind/error.h"
#include "econind/export.h"
#include "econind/period.h"
#include "econind/reason.h"
#include "econind/registry.h"
#include "econind/unit.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Status of an observation, from least to most final. */
typedef enum ei_obs_status {
    EI_STATUS_ACTUAL = 0,  /**< a published final figure (default) */
    EI_STATUS_ESTIMATE,    /**< 预计: a year-end estimate */
    EI_STATUS_PRELIMINARY, /**< 初步核算: a first release */
    EI_STATUS_REVISED,     /**< 修订: replaces an earlier final figure */
    EI_STATUS_TARGET,      /**< a target stated as a value (kept, never used
                                as an actual) */
    EI_STATUS_PLAN,        /**< a planned amount (kept, never an actual) */
    EI_STATUS_COUNT_
} ei_obs_status;

/** Whether a figure is exact or only a bound (突破1000亿元: > 1000). */
typedef enum ei_bound {
    EI_BOUND_EXACT = 0,
    EI_BOUND_ABOVE,        /**< 突破, 超过, 余, 以上: the true value is higher */
    EI_BOUND_BELOW,        /**< 近, 不到: the true value is lower */
    EI_BOUND_ABOUT         /**< 左右, 约: approximately */
} ei_bound;

/** One observation as read, with where it came from. Strings are borrowed
 *  from the series (valid until it is freed) and may be NULL. */
typedef struct ei_observation {
    ei_period period;
    double value;          /**< NaN if only a growth rate was published */
    double growth;         /**< reported growth in percent, NaN if none */
    ei_obs_status status;
    ei_bound bound;
    const char *caliber;   /**< caliber label (口径), NULL if none */
    const char *release;   /**< release date as written, NULL if none */
    const char *source;    /**< source document, NULL if none */
    const char *note;      /**< note or verbatim quote, NULL if none */
    const char *file;      /**< file it was read from, NULL if built in code */
    unsigned long line;    /**< its line in that file, 0 if none */
} ei_observation;

/** A caliber break: periods up to `last_old` belong to the old caliber,
 *  periods from `first_new` on to the new one; periods between are of
 *  unknown caliber. Growth is never derived across a break. */
typedef struct ei_break {
    ei_period last_old;
    ei_period first_new;
} ei_break;

/** Which observation gives a period its value when there are several. */
typedef enum ei_vintage {
    EI_VINTAGE_LATEST = 0, /**< the most final: revised > actual >
                                preliminary > estimate, then later release */
    EI_VINTAGE_FIRST       /**< the first release: estimate first */
} ei_vintage;

/** Descriptive fields of a series; strings are copied by the constructors. */
typedef struct ei_series_meta {
    const char *region;     /**< may be NULL or "" */
    const char *indicator;  /**< code or name as the user wrote it */
    const char *unit;       /**< as written; may be NULL or "" */
    ei_freq freq;
    ei_measure measure;
    ei_basis basis;         /**< price basis of the levels */
} ei_series_meta;

/** A series (opaque, owning). */
typedef struct ei_series ei_series;

/**
 * A new series of @p n points from @p start, all missing.
 * @param out  new, free with ei_series_free(); NULL on failure
 * @return EI_OK, EI_EINVAL (bad period or frequency), EI_ENOMEM
 */
EI_API int ei_series_new(ei_series **out, const ei_series_meta *meta,
                         ei_period start, size_t n, ei_error *err);

/** A deep copy of @p s (values, vintages, breaks). */
EI_API int ei_series_copy(ei_series **out, const ei_series *s, ei_error *err);

/** Free @p s; NULL is a no-op. */
EI_API void ei_series_free(ei_series *s);

/** Number of points. */
EI_API size_t ei_series_len(const ei_series *s);
/** First period (a single period, never a span). */
EI_API ei_period ei_series_start(const ei_series *s);
/** Last period; equal to the start for an empty series. */
EI_API ei_period ei_series_end(const ei_series *s);
/** Period of point @p i (i < len). */
EI_API ei_period ei_series_period_at(const ei_series *s, size_t i);
/** Index of period @p p; EI_ENOTFOUND if outside the series or of another
 *  frequency. */
EI_API int ei_series_index_of(const ei_series *s, ei_period p, size_t *idx);

/** The values, len() of them, NaN where missing. Borrowed: valid until the
 *  series is changed or freed; usable as a GSL vector view. */
EI_API const double *ei_series_values(const ei_series *s);
/** Value at @p i, NaN if missing or out of range. */
EI_API double ei_series_value_at(const ei_series *s, size_t i);
/** Reason at @p i (EI_REASON_NONE when there is a value). */
EI_API ei_reason ei_series_reason_at(const ei_series *s, size_t i);
/** Reported growth (percent) at @p i, NaN if none was published. */
EI_API double ei_series_growth_at(const ei_series *s, size_t i);
/** The reported growth rates, len() of them, NaN where none. Borrowed. */
EI_API const double *ei_series_growths(const ei_series *s);
/** Status of the observation that gives point @p i its value. */
EI_API ei_obs_status ei_series_status_at(const ei_series *s, size_t i);
/** Bound flag of point @p i. */
EI_API ei_bound ei_series_bound_at(const ei_series *s, size_t i);

/** Set point @p i. A NaN @p value needs a reason other than NONE; a finite
 *  one forces EI_REASON_NONE. Status becomes ACTUAL, bound EXACT; the
 *  reported growth is kept.
 *  @return EI_OK, EI_ERANGE (i >= len, or @p s NULL), EI_EINVAL (infinite
 *          value, NaN with EI_REASON_NONE, reason out of range) */
EI_API int ei_series_set(ei_series *s, size_t i, double value,
                         ei_reason reason);
/** Set point @p i with every attribute. Same rules as ei_series_set();
 *  @p growth may be NaN but not infinite; EI_EINVAL for a TARGET or PLAN
 *  status (never the value of a point) or a bound out of range. */
EI_API int ei_series_set_full(ei_series *s, size_t i, double value,
                              ei_reason reason, double growth,
                              ei_obs_status status, ei_bound bound);

/** Region (never NULL, "" if none). */
EI_API const char *ei_series_region(const ei_series *s);
/** Indicator as given (code or name); never NULL. */
EI_API const char *ei_series_indicator(const ei_series *s);
/** The registry entry, or NULL when the indicator is not registered.
 *  Borrowed: a built-in indicator's entry is the library's constant table
 *  and stays valid for the life of the program (also in a copy of a
 *  series whose dataset made its own built-in registry and has been
 *  freed); an entry added with ei_registry_add() or ei_registry_load_csv()
 *  is valid while that registry lives. Copies (ei_series_copy(),
 *  ei_series_select_vintage()) share the pointer. */
EI_API const ei_indicator *ei_series_registered(const ei_series *s);
/** Attach a registry entry (borrowed; the registry must outlive @p s). */
EI_API void ei_series_set_registered(ei_series *s, const ei_indicator *ind);
/** Unit as looked up with ei_unit_lookup(): a known unit has its canonical
 *  name (static), an unknown one the name as written (borrowed from the
 *  series). */
EI_API ei_unit ei_series_unit(const ei_series *s);
/** Frequency. */
EI_API ei_freq ei_series_freq(const ei_series *s);
/** Measure. */
EI_API ei_measure ei_series_measure(const ei_series *s);
/** Price basis of the levels. */
EI_API ei_basis ei_series_basis(const ei_series *s);
/** The metadata; strings borrowed from the series. */
EI_API ei_series_meta ei_series_get_meta(const ei_series *s);

/** Number of points with a value. */
EI_API size_t ei_series_count_present(const ei_series *s);

/** Number of caliber breaks. */
EI_API size_t ei_series_break_count(const ei_series *s);
/** Break @p i (i < count). */
EI_API ei_break ei_series_break_at(const ei_series *s, size_t i);
/** Record a break (kept sorted by first_new, duplicates ignored).
 *  @return EI_OK, EI_EINVAL (periods not of the series' frequency or
 *          last_old not before first_new), EI_ENOMEM */
EI_API int ei_series_add_break(ei_series *s, ei_break b, ei_error *err);
/** True when a break lies between periods @p a and @p b (either order):
 *  with lo the earlier and hi the later, some break has
 *  lo < first_new and hi > last_old. With the break {2018, 2020}:
 *  2019->2020, 2018->2019 and 2017->2020 cross it; 2017->2018 and
 *  2020->2021 do not. Periods of another frequency never cross. */
EI_API bool ei_series_crosses_break(const ei_series *s, ei_period a,
                                    ei_period b);
/** The break between @p a and @p b, if any (for messages). */
EI_API bool ei_series_break_between(const ei_series *s, ei_period a,
                                    ei_period b, ei_break *out);

/** Number of observations kept (all vintages, targets and plans). */
EI_API size_t ei_series_obs_count(const ei_series *s);
/** Observation @p i. Observations are kept in period order; within a
 *  period in the life order of a figure: target, plan, estimate,
 *  preliminary, actual, revised; within a status in the order they were
 *  added. Strings in @p out are borrowed from the series.
 *  @return EI_OK or EI_ERANGE (i >= count) */
EI_API int ei_series_obs_at(const ei_series *s, size_t i,
                            ei_observation *out);

/**
 * The observation that gives point @p i its value: of the observations of
 * the point's period, the one the series' vintage chose (EI_VINTAGE_LATEST
 * for a dataset's series, the vintage asked for after
 * ei_series_select_vintage()), so that a caller can print the source and
 * quote beside a figure. For a point with only a growth rate, the
 * observation that gave the rate. Strings in @p out are borrowed from the
 * series.
 * @return EI_OK; EI_ERANGE (i >= len, @p s or @p out NULL); EI_ENOTFOUND
 *         when no observation gives the point its value (a point with no
 *         observations, or set with ei_series_set() after it was built)
 */
EI_API int ei_series_obs_for(const ei_series *s, size_t i,
                             ei_observation *out);

/**
 * A new series whose values come from the chosen vintage (the dataset's
 * series use EI_VINTAGE_LATEST): a deep copy whose points are rebuilt from
 * the observations (a series without observations is just copied).
 *
 * Points run from the first to the last period with an observation other
 * than a target or plan (only targets and plans: all their periods,
 * missing). A period's value is that of its most final observation with a
 * value (LATEST: revised > actual > preliminary > estimate, the later
 * added among equals) or of its first release (FIRST: estimate first); its
 * status and bound are that observation's, its growth that observation's
 * or, if it has none, one published with the same status. A period with
 * only a growth rate has no value (EI_REASON_MISSING) but keeps the rate
 * and its status. Targets and plans never give a value.
 */
EI_API int ei_series_select_vintage(ei_series **out, const ei_series *s,
                                    ei_vintage which, ei_error *err);

/** Short text for a status: "actual", "estimate", … */
EI_API const char *ei_obs_status_name(ei_obs_status st);
/** Parse a status: English or Chinese (实际/终值, 预计/估计, 初步, 修订,
 *  目标, 计划); EI_EPARSE if unknown. Empty text is ACTUAL. */
EI_API int ei_obs_status_parse(ei_obs_status *out, const char *text,
                               size_t len);
/** Short text for a frequency: "annual", "quarterly", "monthly". */
EI_API const char *ei_freq_name(ei_freq f);
/** Short text for a measure: "level", "ytd", "rate", "index". */
EI_API const char *ei_measure_name(ei_measure m);
/** Short text for a basis: "current", "comparable", "unknown". */
EI_API const char *ei_basis_name(ei_basis b);

#ifdef __cplusplus
}
#endif

#endif
