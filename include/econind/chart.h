/* SPDX-License-Identifier: GPL-3.0-or-later */
/**
 * @file chart.h
 * Charts drawn with cairo, written as SVG or PNG: line charts of levels or
 * growth over periods (with targets drawn in and projection bands), and
 * bars of plan completion against the time elapsed.
 *
 * A chart only draws what it is given: the caller passes values computed
 * by the library (a series, a projection, a plan evaluation); the chart
 * computes no figure but its axis ticks. Missing values (NaN) break a line
 * instead of being drawn as zero.
 *
 * Text (titles, labels, legends) is UTF-8 and drawn with the font family
 * "Noto Sans CJK SC" through fontconfig (Debian: fonts-noto-cjk), so
 * Chinese renders; without that font fontconfig substitutes another. In SVG
 * the glyphs are written as outlines: the file shows the same text on a
 * machine without the font.
 *
 * Thread-safety: distinct charts may be used from distinct threads; a chart
 * is only read while written out.
 */
#ifndef ECONIND_CHART_H
#define ECONIND_CHART_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "econind/error.h"
#include "econind/export.h"
#include "econind/period.h"

#ifdef __cplusplus
extern "C" {
#endif

/** What a chart shows. */
typedef enum ei_chart_kind {
    EI_CHART_LINE = 0, /**< values over periods: lines, bands, targets */
    EI_CHART_BARS      /**< completion against time progress, one bar each */
} ei_chart_kind;

/** Image formats. */
typedef enum ei_image_format {
    EI_IMAGE_SVG = 0, /**< scalable vector graphics (text as outlines) */
    EI_IMAGE_PNG      /**< a raster image, white background */
} ei_image_format;

/** Default size in pixels (SVG: points) when width or height is 0. */
#define EI_CHART_WIDTH 720
/** See EI_CHART_WIDTH. */
#define EI_CHART_HEIGHT 340

/** A chart (opaque, owning). */
typedef struct ei_chart ei_chart;

/**
 * A new empty chart.
 * @param out   new, free with ei_chart_free(); NULL on failure
 * @param kind  line or bars
 * @param title UTF-8 title drawn at the top (copied); NULL or "" for none
 * @param unit  label of the value axis, e.g. "亿元" or "%" (copied); may
 *              be NULL
 * @return EI_OK, EI_EINVAL (NULL @p out, unknown kind), EI_ENOMEM
 */
EI_API int ei_chart_new(ei_chart **out, ei_chart_kind kind, const char *title,
                        const char *unit, ei_error *err);

/** Free @p c; NULL is a no-op. */
EI_API void ei_chart_free(ei_chart *c);

/**
 * Add a line (line charts). Consecutive present points are joined; a NaN
 * leaves a gap. Colours follow the order lines are added.
 * @param name     legend text (copied); NULL or "" for no legend entry
 * @param x        @p n periods of one frequency, increasing (copied)
 * @param y        @p n values, NaN where missing (copied)
 * @param hollow   NULL, or @p n flags: true draws that point's marker
 *                 hollow (an estimate, 预计, not a final figure)
 * @param dashed   draw the line dashed (a projection)
 * @return EI_OK; EI_EINVAL (NULL arguments, n == 0, a bars chart, periods
 *         not increasing or of mixed frequencies); EI_ENOMEM
 */
EI_API int ei_chart_add_line(ei_chart *c, const char *name,
                             const ei_period *x, const double *y,
                             const bool *hollow, size_t n, bool dashed,
                             ei_error *err);

/**
 * Add a shaded band between @p lower and @p upper (line charts), e.g. a
 * projection's confidence band; drawn beneath the lines. NaN ends leave a
 * gap. Arguments as ei_chart_add_line().
 */
EI_API int ei_chart_add_band(ei_chart *c, const char *name,
                             const ei_period *x, const double *lower,
                             const double *upper, size_t n, ei_error *err);

/**
 * Draw a target (line charts): a horizontal dashed segment at @p value over
 * the periods @p from … @p to (equal for a one-year target), labelled
 * @p name.
 * @return EI_OK; EI_EINVAL (value not finite, from after to, a bars
 *         chart); EI_ENOMEM
 */
EI_API int ei_chart_add_target(ei_chart *c, const char *name, ei_period from,
                               ei_period to, double value, ei_error *err);

/**
 * Mark a caliber break (line charts): a vertical dashed grey line between
 * @p last_old and @p first_new, labelled @p name (e.g. "口径调整").
 * @return EI_OK; EI_EINVAL (a bars chart, periods not increasing or of
 *         another frequency); EI_ENOMEM
 */
EI_API int ei_chart_add_break(ei_chart *c, const char *name,
                              ei_period last_old, ei_period first_new,
                              ei_error *err);

/**
 * Add a bar (bar charts): completion of a plan in percent, with a tick at
 * the time elapsed in percent. The bar is green when completion is at or
 * ahead of time, amber when behind; a NaN completion draws no bar and the
 * text "no data".
 * @param label UTF-8 label (copied)
 * @return EI_OK; EI_EINVAL (NULL label, a line chart, time_progress not
 *         finite); EI_ENOMEM
 */
EI_API int ei_chart_add_bar(ei_chart *c, const char *label, double completion,
                            double time_progress, ei_error *err);

/** True when nothing has been added to @p c (or @p c is NULL). */
EI_API bool ei_chart_empty(const ei_chart *c);

/**
 * Draw @p c and write the image to @p fp.
 * @param width, height  pixels (SVG: points); 0 for the defaults
 * @return EI_OK; EI_EINVAL (NULL, size outside 64…8192); EI_EIO (a write
 *         failed); EI_ENOMEM; EI_ERANGE when cairo fails
 */
EI_API int ei_chart_write(const ei_chart *c, FILE *fp, ei_image_format fmt,
                          int width, int height, ei_error *err);

/**
 * Write @p c to @p path ("-" is standard output) all or nothing: an
 * existing file is replaced only when the whole image was written.
 * @return as ei_chart_write()
 */
EI_API int ei_chart_write_file(const ei_chart *c, const char *path,
                               ei_image_format fmt, int width, int height,
                               ei_error *err);

/** Parse "svg" or "png". @return EI_OK or EI_EPARSE (NULL: EI_EINVAL). */
EI_API int ei_image_format_parse(ei_image_format *out, const char *name);

#ifdef __cplusplus
}
#endif

#endif
