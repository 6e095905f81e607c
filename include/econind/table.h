/* SPDX-License-Identifier: GPL-3.0-or-later */
/**
 * @file table.h
 * A result table and its writers: aligned text (CJK-width aware), CSV,
 * JSON and Markdown. Computations fill tables with numbers and reasons;
 * writers only format, never compute.
 *
 * Files are written to a temporary file beside the target and renamed, so
 * a failure never leaves a half-written output.
 */
#ifndef ECONIND_TABLE_H
#define ECONIND_TABLE_H

#include <stddef.h>
#include <stdio.h>

#include "econind/error.h"
#include "econind/export.h"
#include "econind/reason.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Output formats. */
typedef enum ei_format {
    EI_FORMAT_TABLE = 0, /**< aligned text for a terminal */
    EI_FORMAT_CSV,
    EI_FORMAT_JSON,      /**< an array of objects, one per row */
    EI_FORMAT_MARKDOWN
} ei_format;

/** A table (opaque, owning). */
typedef struct ei_table ei_table;

/** A new table with @p ncol columns named by @p names (copied). */
EI_API int ei_table_new(ei_table **out, const char *const *names,
                        size_t ncol, ei_error *err);
/** Free @p t; NULL is a no-op. */
EI_API void ei_table_free(ei_table *t);

/** Append an empty row; its index goes to @p row (may be NULL). */
EI_API int ei_table_add_row(ei_table *t, size_t *row, ei_error *err);
/** Set a text cell (copied; NULL makes it empty). */
EI_API int ei_table_set_text(ei_table *t, size_t row, size_t col,
                             const char *text, ei_error *err);
/** Set a number cell shown with @p decimals digits in text formats (CSV and
 *  JSON carry the full precision). A NaN shows the reason instead. */
EI_API int ei_table_set_number(ei_table *t, size_t row, size_t col,
                               double value, int decimals, ei_error *err);
/** Set a missing cell with its reason (shown as its code). */
EI_API int ei_table_set_missing(ei_table *t, size_t row, size_t col,
                                ei_reason why, ei_error *err);

/** Number of rows. */
EI_API size_t ei_table_rows(const ei_table *t);
/** Number of columns. */
EI_API size_t ei_table_cols(const ei_table *t);
/** Text of a cell as the text writer shows it (borrowed, valid until the
 *  cell changes); "" for an empty cell. */
EI_API const char *ei_table_cell_text(const ei_table *t, size_t row,
                                      size_t col);
/** Number of a cell; NaN for text and missing cells. */
EI_API double ei_table_cell_number(const ei_table *t, size_t row, size_t col);

/** Write @p t to @p fp in @p fmt. */
EI_API int ei_table_write(const ei_table *t, FILE *fp, ei_format fmt,
                          ei_error *err);

/** Write to @p path ("-" is standard output) through a temporary file and a
 *  rename: on failure an existing file is left untouched. */
EI_API int ei_table_write_file(const ei_table *t, const char *path,
                               ei_format fmt, ei_error *err);

/** Parse "table", "csv", "json" or "markdown"/"md". */
EI_API int ei_format_parse(ei_format *out, const char *name);

#ifdef __cplusplus
}
#endif

#endif
