/* SPDX-License-Identifier: GPL-3.0-or-later */
/**
 * @file report.h
 * The district report: for one region, its headline indicators with levels,
 * published and derived growth, revisions of estimates, projections with
 * bands, and the caveats (caliber breaks, estimates not yet final, bounds)
 * in plain words; written as a self-contained HTML page with SVG charts, or
 * as Markdown for terminals and commits.
 *
 * Every figure in the report comes from the library's computations
 * (ei_growth_check_series(), ei_series_revisions(), ei_project(), …); the
 * writers only arrange them. Two tools producing a report from the same
 * inputs and options produce the same text.
 *
 * Sections (each left out when it has nothing to show):
 * 1. summary: region, sources, what is estimated and what is final;
 * 2. per headline indicator: a table of levels and growth, a level chart
 *    and a growth chart, the caveats and revisions in sentences;
 * 3. projections: the projected path and band to the horizon, the
 *    probability of reaching each level target in it, and the reason in
 *    words when the data are too few for any method;
 * 4. targets (when given): each target of the region with figures to
 *    compare, its actual, gap and status (met, not met, met early, on
 *    track, behind, hard to reach, unknown) with the pace still needed;
 *    level and growth targets are drawn into the charts;
 * 5. plans (when given): completion of each annual plan with a
 *    year-to-date figure against the time elapsed (months), as a table and
 *    as bars;
 * 6. review (when given): the plan scorecard by group, and the tasks of
 *    motion-handling plans per lead unit as of a date, the overdue ones
 *    named.
 *
 * Thread-safety: a report is built from const inputs it does not keep
 * (it copies what it needs); distinct reports may be built and written
 * from distinct threads.
 */
#ifndef ECONIND_REPORT_H
#define ECONIND_REPORT_H

#include <stddef.h>
#include <stdio.h>

#include "econind/chart.h"
#include "econind/dataset.h"
#include "econind/error.h"
#include "econind/export.h"
#include "econind/period.h"
#include "econind/plan.h"
#include "econind/scorecard.h"
#include "econind/target.h"
#include "econind/tasks.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Output formats of a report. */
typedef enum ei_report_format {
    EI_REPORT_MARKDOWN = 0, /**< GitHub-flavoured Markdown, no charts */
    EI_REPORT_HTML          /**< one self-contained page, inline SVG */
} ei_report_format;

/** Version of ::ei_report_options this header describes. */
#define EI_REPORT_OPTIONS_VERSION 1

/** Options of a report. Initialise with EI_REPORT_OPTIONS_INIT; fields are
 *  only ever appended. Strings are borrowed for the duration of the call. */
typedef struct ei_report_options {
    unsigned int version;   /**< EI_REPORT_OPTIONS_VERSION */
    const char *region;     /**< NULL: the first region found */
    /** Report as things stood at the end of this period: observations of
     *  later periods are left out. Year 0 (the default): everything. */
    ei_period as_of;
    /** Indicators to report (codes or names), @p n_indicators of them;
     *  NULL: the four headline indicators (GDP, fixed-asset investment,
     *  retail sales, local general public budget revenue). */
    const char *const *indicators;
    size_t n_indicators;    /**< length of `indicators` */
    int horizon;            /**< projection years after the last figure (5) */
    unsigned long seed;     /**< seed of the simulated bands (1) */
    /** Targets to judge (borrowed for the call); NULL leaves the targets
     *  section out. Targets of other regions are skipped. */
    const ei_targets *targets;
    /** Annual plans to set year-to-date figures against (borrowed for the
     *  call); NULL leaves the plan section out. */
    const ei_plans *plans;
    /** A plan review's scorecard (borrowed for the call); NULL leaves the
     *  scorecard out. */
    const ei_scorecard *scorecard;
    /** Tasks of motion-handling plans (borrowed for the call); NULL leaves
     *  them out. */
    const ei_tasks *tasks;
    /** The date task statuses are judged at; an invalid date (the
     *  default, year 0): the end of `as_of` when set, else the tasks are
     *  left out (a report never reads the clock). */
    ei_date tasks_as_of;
} ei_report_options;

/** Default options (a constant initializer). */
#define EI_REPORT_OPTIONS_INIT                                             \
    { EI_REPORT_OPTIONS_VERSION, NULL, { 0, EI_FREQ_NONE, 0, 0 }, NULL, 0, \
      5, 1UL, NULL, NULL, NULL, NULL, { 0, 0, 0 } }

/** A built report (opaque, owning). */
typedef struct ei_report ei_report;

/**
 * Build the report of @p ds with @p opts.
 * @param out  new, free with ei_report_free(); NULL on failure
 * @param ds   the observations (borrowed, not kept)
 * @param opts NULL for EI_REPORT_OPTIONS_INIT
 * @return EI_OK; EI_EINVAL (NULL @p out or @p ds, unknown options
 *         version, horizon outside 1…50, an invalid as-of period);
 *         EI_ENOTFOUND (the region has no series); EI_ENOMEM
 */
EI_API int ei_report_new(ei_report **out, const ei_dataset *ds,
                         const ei_report_options *opts, ei_error *err);

/** Free @p r; NULL is a no-op. */
EI_API void ei_report_free(ei_report *r);

/** The region reported on (borrowed from @p r). */
EI_API const char *ei_report_region(const ei_report *r);

/**
 * Write @p r to @p fp in @p fmt.
 * @return EI_OK; EI_EINVAL (NULL, unknown format); EI_EIO (a write
 *         failed); EI_ENOMEM; EI_ERANGE (a chart failed to draw)
 */
EI_API int ei_report_write(const ei_report *r, FILE *fp,
                           ei_report_format fmt, ei_error *err);

/**
 * Write @p r to @p path ("-": standard output) all or nothing.
 * @return as ei_report_write(), with the path in the error
 */
EI_API int ei_report_write_file(const ei_report *r, const char *path,
                                ei_report_format fmt, ei_error *err);

/** Which chart of a report. */
typedef enum ei_report_chart_kind {
    EI_REPORT_CHART_LEVEL = 0, /**< levels, projection fan, level targets */
    EI_REPORT_CHART_GROWTH,    /**< reported and derived growth, growth
                                    targets */
    EI_REPORT_CHART_PLANS      /**< plan completion against time (bars) */
} ei_report_chart_kind;

/** Number of indicators in @p r (the options' list, or the four headline
 *  indicators); 0 for NULL. */
EI_API size_t ei_report_indicator_count(const ei_report *r);

/**
 * A chart of @p r, to write on its own with ei_chart_write_file().
 * @param i  the indicator, an index below ei_report_indicator_count()
 *           (ignored for EI_REPORT_CHART_PLANS)
 * @return borrowed, valid until ei_report_free(); NULL when the report has
 *         no such chart (no figures, no growth, no plans with figures)
 */
EI_API const ei_chart *ei_report_chart(const ei_report *r,
                                       ei_report_chart_kind kind, size_t i);

/** Parse "html" or "markdown" ("md"). @return EI_OK, EI_EPARSE, EI_EINVAL
 *  (NULL). */
EI_API int ei_report_format_parse(ei_report_format *out, const char *name);

/** The format a file name asks for: ".html"/".htm" is HTML, anything else
 *  (and NULL or "-") Markdown. */
EI_API ei_report_format ei_report_format_for_path(const char *path);

#ifdef __cplusplus
}
#endif

#endif
