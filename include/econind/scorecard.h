/* SPDX-License-Identifier: GPL-3.0-or-later */
/**
 * @file scorecard.h
 * Five-year plan scorecards: each indicator classified as met early
 * (提前完成), met (完成), on track (序时推进), behind (滞后) or hard to
 * complete (难以完成), with counts by category and by group. Read from a
 * scorecard file, or computed from targets and data.
 *
 * "Met" in a summary counts met early too: the Hanyang 13th plan had 33
 * indicators, 25 met of which 7 early, and 8 hard to complete.
 *
 * Thread-safety as for other owning objects: share a const scorecard freely.
 */
#ifndef ECONIND_SCORECARD_H
#define ECONIND_SCORECARD_H

#include <stdbool.h>
#include <stddef.h>

#include "econind/csv.h"
#include "econind/dataset.h"
#include "econind/error.h"
#include "econind/export.h"
#include "econind/gap.h"
#include "econind/period.h"
#include "econind/target.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Classification of one plan indicator. */
typedef enum ei_score {
    EI_SCORE_MET_EARLY = 0, /**< 提前完成: met before the plan's end year */
    EI_SCORE_MET,           /**< 完成 */
    EI_SCORE_ON_TRACK,      /**< 序时推进 */
    EI_SCORE_BEHIND,        /**< 滞后 */
    EI_SCORE_HARD,          /**< 难以完成 */
    EI_SCORE_UNKNOWN,       /**< cannot be classified (no data) */
    EI_SCORE_COUNT_         /**< number of classes; not a class */
} ei_score;

/** "met_early", "met", "on_track", "behind", "hard", "unknown". */
EI_API const char *ei_score_name(ei_score s);

/** Parse the English names or 提前完成, 完成/已完成, 序时推进/正常推进,
 *  滞后/进度滞后, 难以完成/未完成. @return EI_OK or EI_EPARSE */
EI_API int ei_score_parse(ei_score *out, const char *text, size_t len);

/** One scorecard row. Strings borrowed from the scorecard. */
typedef struct ei_score_row {
    const char *plan;       /**< may be "" */
    const char *indicator;  /**< "" for a count-only row */
    const char *group;      /**< may be "" */
    ei_score score;
    size_t count;           /**< indicators this row stands for (1 for an
                                 indicator row) */
    const char *source;
    const char *note;
    const char *file;
    unsigned long line;
} ei_score_row;

/** A scorecard (opaque, owning). */
typedef struct ei_scorecard ei_scorecard;

/** A new empty scorecard; free with ei_scorecard_free(). */
EI_API int ei_scorecard_new(ei_scorecard **out, ei_error *err);
/** Free @p sc; NULL is a no-op. */
EI_API void ei_scorecard_free(ei_scorecard *sc);
/** Copy @p row into @p sc. EI_EINVAL for a count of 0 or a bad class. */
EI_API int ei_scorecard_add(ei_scorecard *sc, const ei_score_row *row,
                            ei_error *err);
/** Number of rows; 0 for NULL. */
EI_API size_t ei_scorecard_count(const ei_scorecard *sc);
/** Row @p i or NULL; borrowed until @p sc is changed or freed. */
EI_API const ei_score_row *ei_scorecard_at(const ei_scorecard *sc,
                                           size_t i);

/** Number of distinct groups (in order of first appearance; "" counts). */
EI_API size_t ei_scorecard_group_count(const ei_scorecard *sc);
/** Group @p i, borrowed; NULL if out of range. */
EI_API const char *ei_scorecard_group_at(const ei_scorecard *sc, size_t i);

/** Counts of a scorecard, or of one group of it. */
typedef struct ei_score_summary {
    size_t by_score[EI_SCORE_COUNT_]; /**< indicators per class */
    size_t total;                     /**< all indicators */
    size_t met_total;                 /**< met + met early */
} ei_score_summary;

/**
 * Count the indicators of @p sc, or of group @p group only (NULL: all).
 * Rows with a count add that count.
 */
EI_API void ei_scorecard_summary(ei_score_summary *out,
                                 const ei_scorecard *sc, const char *group);

/**
 * Read a scorecard CSV (plan/规划, indicator/指标, group/类别, status/状态,
 * count/数量, source/来源, note/备注; status required, and an indicator or
 * a count on each row).
 * @return EI_OK; EI_EIO, EI_EPARSE, EI_EINVAL, EI_ENOMEM with
 *         file:line:column in @p err; nothing handed back on failure
 */
EI_API int ei_scorecard_read_file(ei_scorecard **out, const char *path,
                                  const ei_csv_options *opts, ei_error *err);
/** As ei_scorecard_read_file() on a buffer named @p name. */
EI_API int ei_scorecard_read_buffer(ei_scorecard **out, const char *name,
                                    const void *data, size_t len,
                                    const ei_csv_options *opts,
                                    ei_error *err);

/**
 * Classify one target of a plan as of the data in @p ds:
 * - the data reach the target's last period: met, or met early when a
 *   target to reach (level, count, share, floor, reduction) was already
 *   met in an earlier period of the span; not met is hard to complete;
 * - the data stop before the end: a target to reach that the latest
 *   actual already meets is met early; for level, floor, avg_growth
 *   and reduction targets the pace still required
 *   (ei_target_requirement()) is set against the target pace (avg_growth:
 *   the target rate; level: the rate from the base level to the target;
 *   reduction: the even annual cut): on track when no higher, behind when
 *   no more than @p hard_ratio times it, hard beyond (cuts compared by
 *   size); a count (or a level in percent) not yet met has no pace to
 *   judge: unknown; a share is met early when the latest actual meets it, else
 *   behind; a ceiling is on track when the latest actual keeps within it,
 *   else behind;
 * - no data: unknown.
 * @param hard_ratio e.g. 1.5; NaN or <= 1 means 1.5
 * @return EI_OK, EI_EINVAL, EI_ENOMEM
 */
EI_API int ei_score_target(ei_score *out, const ei_target *t,
                           const ei_dataset *ds, double hard_ratio,
                           ei_error *err);

/**
 * A scorecard computed from the targets of @p set that run over a span
 * (the plan's indicators), one row per target, group = the indicator's
 * registry group, plan = @p plan (may be NULL).
 * @param out new scorecard, NULL on failure
 */
EI_API int ei_scorecard_from_targets(ei_scorecard **out,
                                     const ei_targets *set,
                                     const ei_dataset *ds, const char *plan,
                                     double hard_ratio, ei_error *err);

#ifdef __cplusplus
}
#endif

#endif
