/* SPDX-License-Identifier: GPL-3.0-or-later */
/**
 * @file csv.h
 * Reading indicator CSV files (libcsv does the parsing) into a dataset.
 *
 * Long layout: one observation per row, with a header naming the columns in
 * English or Chinese: region/地区, indicator/指标, period/时期, value/数值,
 * unit/单位, growth/增速, status/状态, release/发布日期, source/来源,
 * note/备注, caliber/口径, bound/约数, frequency/频率, measure/类型. Only
 * indicator, period and value are required (value may be empty when growth
 * is given).
 *
 * Wide layout: series columns (region, indicator, unit, …) then one column
 * per period (`2017`, `2018年`, `2017Q1` …), as spreadsheets lay it out.
 *
 * Encodings: UTF-8 with or without a BOM, GBK/GB18030 declared or detected;
 * CRLF or LF line ends. Any problem fails the whole read with
 * `file:line:column: message` and leaves the dataset as it was, unless the
 * lenient mode is asked for, which skips bad rows and reports each one.
 *
 * Limits (documented in the README): a field of at most EI_CSV_FIELD_MAX
 * bytes, at most EI_CSV_COLUMNS_MAX columns.
 *
 * Thread-safe on distinct datasets.
 */
#ifndef ECONIND_CSV_H
#define ECONIND_CSV_H

#include <stdbool.h>
#include <stddef.h>

#include "econind/dataset.h"
#include "econind/error.h"
#include "econind/export.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Longest field accepted, in bytes. */
#define EI_CSV_FIELD_MAX (1u << 20)
/** Most columns accepted in one row. */
#define EI_CSV_COLUMNS_MAX 4096u

/** Text encoding of an input. */
typedef enum ei_encoding {
    EI_ENCODING_AUTO = 0, /**< UTF-8 (BOM or not); GBK if not valid UTF-8 */
    EI_ENCODING_UTF8,     /**< UTF-8 only: invalid bytes are an error */
    EI_ENCODING_GBK       /**< GBK / GB18030, converted to UTF-8 */
} ei_encoding;

/** Table layout. */
typedef enum ei_layout {
    EI_LAYOUT_AUTO = 0,   /**< long if a period column exists, else wide */
    EI_LAYOUT_LONG,
    EI_LAYOUT_WIDE
} ei_layout;

/** Called once per problem skipped in lenient mode, and by validation. */
typedef void (*ei_problem_fn)(void *ctx, const ei_error *problem);

/** Called now and then while reading, with bytes done and the total. */
typedef void (*ei_progress_fn)(void *ctx, size_t done, size_t total);

#define EI_CSV_OPTIONS_VERSION 1

/** Reading options; initialise with EI_CSV_OPTIONS_INIT, fields are only
 *  ever appended. */
typedef struct ei_csv_options {
    unsigned version;
    ei_encoding encoding;
    ei_layout layout;
    char delimiter;             /**< 0: detect (comma, tab or semicolon) */
    const char *region;         /**< default region if no column gives one */
    const char *indicator;      /**< default indicator */
    const char *unit;           /**< default unit */
    bool lenient;               /**< skip bad rows instead of failing */
    ei_problem_fn on_problem;   /**< lenient mode: each skipped row */
    void *problem_ctx;
    ei_progress_fn on_progress; /**< may be NULL */
    void *progress_ctx;
} ei_csv_options;

#define EI_CSV_OPTIONS_INIT                                                  \
    { EI_CSV_OPTIONS_VERSION, EI_ENCODING_AUTO, EI_LAYOUT_AUTO, 0, NULL,     \
      NULL, NULL, false, NULL, NULL, NULL, NULL }

/**
 * Read an observations file (long or wide) into @p ds and commit it.
 * @param opts NULL for the defaults
 * @param skipped lenient mode: number of rows skipped; may be NULL
 * @return EI_OK; EI_EIO, EI_EPARSE, EI_ENCODING, EI_ECONFLICT, EI_EUNIT,
 *         EI_ERANGE, EI_ENOMEM with the location in @p err. On failure
 *         @p ds is unchanged.
 */
EI_API int ei_csv_read_file(ei_dataset *ds, const char *path,
                            const ei_csv_options *opts, size_t *skipped,
                            ei_error *err);

/** As ei_csv_read_file() on a buffer; @p name is used in messages. */
EI_API int ei_csv_read_buffer(ei_dataset *ds, const char *name,
                              const void *data, size_t len,
                              const ei_csv_options *opts, size_t *skipped,
                              ei_error *err);

#ifdef __cplusplus
}
#endif

#endif
