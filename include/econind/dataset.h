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
 *            built-in registry.
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
 * name or an alias of one indicator name one series), frequency and measure.
 * Strings are copied. Nothing is visible until ei_dataset_commit().
 * The observation's period frequency must match meta->freq.
 */
EI_API int ei_dataset_add(ei_dataset *ds, const ei_series_meta *meta,
                          const ei_observation *obs, ei_error *err);

/**
 * Build the series touched by the pending batch: sort, check, fill values,
 * derive breaks from caliber labels. Fails, and leaves the dataset as it was
 * before the batch, when the same (series, period, status) has two different
 * values (EI_ECONFLICT, naming both lines) or when units of one series do
 * not convert (EI_EUNIT).
 */
EI_API int ei_dataset_commit(ei_dataset *ds, ei_error *err);

/** Drop the pending batch. */
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
 * @p region (NULL: any region, the first found) at @p freq (EI_FREQ_NONE:
 * any, preferring annual). Level or YTD measure alike. NULL if none.
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
