/* SPDX-License-Identifier: GPL-3.0-or-later */
/**
 * @file dataset.h
 * A dataset: many series, looked up by region + indicator (+ frequency).
 *
 * Observations are added in a batch and committed at once: a commit either
 * builds every series of the batch or leaves the dataset as it was (readers
 * use this so that a failed read hands back nothing half-built).
 *
 * A dataset is not synchronised: build it in one thread, then share it
 * read-only (const) between threads.
 */
#ifndef ECONIND_DATASET_H
#define ECONIND_DATASET_H

#include <stddef.h>

#include "econind/error.h"
#include "econind/export.h"
#include "econind/registry.h"
#include "econind/series.h"

#ifdef __cplusplus
extern "C" {
#endif

/** A dataset (opaque, owning). */
typedef struct ei_dataset ei_dataset;

/**
 * A new empty dataset.
 * @param reg the registry to resolve indicator names with; borrowed, must
 *            outlive the dataset. NULL: the dataset builds and owns the
 *            built-in registry (whose entries are the library's constant
 *            table: a series copied out of the dataset keeps a valid
 *            ei_series_registered() after ei_dataset_free()).
 * @param out new, free with ei_dataset_free(); NULL on failure
 * @return EI_OK, EI_EINVAL (@p out NULL), EI_ENOMEM
 */
EI_API int ei_dataset_new(ei_dataset **out, const ei_registry *reg,
                          ei_error *err);

/** Free @p ds and its series; NULL is a no-op. */
EI_API void ei_dataset_free(ei_dataset *ds);

/** The registry in use (borrowed). */
EI_API const ei_registry *ei_dataset_registry(const ei_dataset *ds);

/**
 * Add one observation to the pending batch. The series it belongs to is
 * identified by region, indicator (resolved through the registry: a code, a
 * name or an alias of one indicator name one series; an unregistered name
 * is kept as written, trimmed), frequency and measure. Region and names are
 * trimmed of white space. Strings are copied (interned: a row costs no
 * malloc); "" counts as NULL for caliber, release, source, note and file.
 * Nothing is visible until ei_dataset_commit().
 *
 * Units: a series' unit is the first non-empty unit seen for it; values in
 * another unit are converted on the spot (万元 into 亿元: value * 1e4 / 1e8)
 * and an empty unit means the series' unit.
 *
 * @return EI_OK; EI_EINVAL (period invalid or not of meta->freq, no
 *         indicator, infinite value or growth, an enum out of range);
 *         EI_EUNIT (the unit does not convert to the series'); EI_ENOMEM.
 *         Errors carry obs->file and obs->line (column 1). A failed add
 *         leaves the batch as it was.
 */
EI_API int ei_dataset_add(ei_dataset *ds, const ei_series_meta *meta,
                          const ei_observation *obs, ei_error *err);

/**
 * Build the series touched by the pending batch: merge with the series'
 * earlier observations, sort (period, then status as in
 * ei_series_obs_at()), check, fill the points as EI_VINTAGE_LATEST of
 * ei_series_select_vintage() describes, and derive breaks from caliber
 * labels: when consecutive observations with a value (not targets or plans)
 * change label, both labels non-empty, a break {last period of the old
 * label, first period of the new} is added.
 *
 * Fails with EI_ECONFLICT when the same (series, period, status) has two
 * values, or two growth rates, that differ (beyond 1e-12 relative, for unit
 * conversions); identical duplicates, and a value beside a NaN, pass. The
 * error is located at the later observation (file, line, column 1) and its
 * text names the earlier one: `conflicting value 699 for 汉阳区 地区生产总值
 * 2020 (actual); 700 given at a.csv:3`. On any failure the batch is
 * dropped and the dataset is exactly as it was before it.
 *
 * Observations merged into a series built in code (ei_dataset_add_series)
 * join its present points, which become observations without a file.
 */
EI_API int ei_dataset_commit(ei_dataset *ds, ei_error *err);

/** Drop the pending batch; the dataset is as after the last commit. */
EI_API void ei_dataset_rollback(ei_dataset *ds);

/** Add a series built in code; the dataset takes ownership of @p s (also on
 *  failure, when it frees it). EI_ECONFLICT if one with the same key is
 *  there. */
EI_API int ei_dataset_add_series(ei_dataset *ds, ei_series *s, ei_error *err);

/** Number of series. */
EI_API size_t ei_dataset_count(const ei_dataset *ds);

/** Series @p i (in order of first appearance) or NULL. Borrowed. */
EI_API const ei_series *ei_dataset_at(const ei_dataset *ds, size_t i);

/**
 * The series of @p indicator (code, Chinese or English name or alias) in
 * @p region (NULL: any region, the first in order of appearance) at
 * @p freq (EI_FREQ_NONE: any, preferring annual, then quarterly, then
 * monthly). Any measure: level first, then YTD, rate, index. NULL if none.
 * O(1) with a region; a scan of the series without.
 */
EI_API const ei_series *ei_dataset_find(const ei_dataset *ds,
                                        const char *region,
                                        const char *indicator, ei_freq freq);

/** Number of distinct source files read into the dataset. */
EI_API size_t ei_dataset_file_count(const ei_dataset *ds);

#ifdef __cplusplus
}
#endif

#endif
