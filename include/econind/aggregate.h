/* SPDX-License-Identifier: GPL-3.0-or-later */
/**
 * @file aggregate.h
 * Aggregation to a lower frequency (months to quarters or years, quarters to
 * years) and across regions, with explicit completeness.
 *
 * Conventions as in growth.h. Pure and thread-safe.
 */
#ifndef ECONIND_AGGREGATE_H
#define ECONIND_AGGREGATE_H

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

/** How sub-periods combine into a period. */
typedef enum ei_agg_method {
    EI_AGG_SUM = 0, /**< sum: flows (output, sales, revenue) */
    EI_AGG_MEAN,    /**< arithmetic mean: rates, prices, average stocks */
    EI_AGG_LAST,    /**< end of period: stocks (deposits, population),
                         and year-to-date values */
    EI_AGG_COUNT_   /**< number of methods; not one */
} ei_agg_method;

/** Parse "sum"/"合计", "mean"/"avg"/"average"/"平均", "last"/"end"/"eop"/
 *  "期末". @return EI_OK, EI_EINVAL (NULL), EI_EPARSE (unknown). */
EI_API int ei_agg_method_parse(ei_agg_method *out, const char *text,
                               size_t len, ei_error *err);

/** "sum", "mean" or "last"; "unknown" if invalid. Static string. */
EI_API const char *ei_agg_method_name(ei_agg_method m);

/**
 * Aggregate @p s to the lower frequency @p to.
 *
 * The result covers every period of @p to that overlaps @p s. A period is
 * complete when all its sub-periods lie in @p s and have values (for
 * EI_AGG_LAST: when its last sub-period has a value). An incomplete period
 * is NaN with EI_REASON_INCOMPLETE, unless opt->allow_incomplete: then SUM
 * and MEAN use the sub-periods present and LAST the latest one present (a
 * period with none stays INCOMPLETE). For SUM and MEAN a caliber break
 * inside the period makes it BREAK. The input's breaks are carried over to
 * the periods of @p to.
 *
 * Year-to-date series (EI_MEASURE_YTD) accept only EI_AGG_LAST (the
 * cumulative value at the end of the period); aggregated to years they
 * become levels.
 *
 * @param out new series (free with ei_series_free()), NULL on failure
 * @return EI_OK, EI_EINVAL (NULL, @p to not lower than the series'
 *         frequency, SUM or MEAN of a YTD series, bad method), EI_ENOMEM
 */
EI_API int ei_series_aggregate(ei_series **out, const ei_series *s,
                               ei_freq to, ei_agg_method how,
                               const ei_growth_options *opt, ei_error *err);

/** Which input series had a value in each period of a regional sum
 *  (opaque, owning). */
typedef struct ei_coverage ei_coverage;

/**
 * Sum of the series of several regions, period by period, with coverage.
 * The result spans from the earliest start to the latest end of @p parts. A
 * period where some part has no value (or lies outside that part) is
 * INCOMPLETE unless opt->allow_incomplete, when it is the sum of the parts
 * present (a period with none stays INCOMPLETE). The result has the
 * indicator, unit and registry entry of the first part, the region
 * @p region and every part's caliber breaks.
 * @param out      new series, NULL on failure
 * @param coverage new coverage record (free with ei_coverage_free()), or
 *                 NULL if not wanted
 * @param parts    @p nparts series (nparts >= 1) of one frequency
 * @param region   the name of the aggregate region (copied); NULL: ""
 * @param opt      allow_incomplete, convert_units (to the first part's
 *                 unit), allow_bounds; NULL: defaults
 * @return EI_OK, EI_EINVAL (NULL, nparts 0, frequencies differ), EI_EUNIT
 *         (units differ and do not or may not convert), EI_ENOMEM
 */
EI_API int ei_series_sum_regions(ei_series **out, ei_coverage **coverage,
                                 const ei_series *const *parts,
                                 size_t nparts, const char *region,
                                 const ei_growth_options *opt, ei_error *err);

/** Free @p c; NULL is a no-op. */
EI_API void ei_coverage_free(ei_coverage *c);
/** Number of periods (the length of the summed series). */
EI_API size_t ei_coverage_len(const ei_coverage *c);
/** Number of input series. */
EI_API size_t ei_coverage_parts(const ei_coverage *c);
/** Period of point @p i; the zero (invalid) period for a NULL @p c. */
EI_API ei_period ei_coverage_period_at(const ei_coverage *c, size_t i);
/** True when part @p part had a usable value at point @p i; false out of
 *  range. */
EI_API bool ei_coverage_present(const ei_coverage *c, size_t i, size_t part);
/** Number of parts without a value at point @p i. */
EI_API size_t ei_coverage_missing_count(const ei_coverage *c, size_t i);

#ifdef __cplusplus
}
#endif

#endif
