/* SPDX-License-Identifier: GPL-3.0-or-later */
/**
 * @file csv.h
 * Reading indicator CSV files (libcsv does the parsing) into a dataset.
 *
 * Long layout: one observation per row, with a header naming the columns in
 * English (matched without case) or Chinese:
 *   - region/地区/区域, indicator/指标/指标名称, period/时期/时间/年份,
 *     value/数值/值, unit/单位, growth/增速/增长/同比增长(%)/growth_pct,
 *     status/状态, release/发布日期, source/来源, note/备注/quote/原文,
 *     caliber/口径, bound/约数, frequency/频率, measure/类型.
 *   - Only indicator, period and value are required (indicator not when
 *     ei_csv_options.indicator gives it); other columns are ignored, but the
 *     same name twice, or two names of one column, is an error.
 *   - value: ei_number_parse() (`1,234.5`, `7.2%`); an empty value needs a
 *     growth; a value written as missing (`NA`, `-`, `…`) with no growth
 *     adds nothing. A `%` value with no unit gets the unit `%`.
 *   - status: ei_obs_status_parse(); bound: exact, above/>, below/<,
 *     about/~, 突破/超过/余/以上 (above), 近/不到 (below), 左右/约 (about).
 *   - frequency (annual/quarterly/monthly, 年/季/月) must match the period,
 *     which gives it when the column is absent.
 *   - measure: level/当期, ytd/累计, rate, index. When absent: YTD for a
 *     year-to-date span period (`2017-01..03`, `2017年1-3月`), else the
 *     registry's measure of the indicator, else level. A level cannot have
 *     a span period.
 *
 * Wide layout: series columns (region, indicator, unit, status, source, …
 * as above) then one column per period (`2017`, `2018年`, `2017Q1` …), as
 * spreadsheets lay it out; every header cell that starts with a digit must
 * be a period, and empty or missing cells add nothing. EI_LAYOUT_AUTO
 * picks long when a period column exists, else wide when some header cell
 * starts with a digit, else long (to say which column is missing).
 *
 * Every row must have as many fields as the header. Blank lines, and lines
 * of empty fields only, are skipped. An empty file (no header) is an
 * error; a header alone gives nothing, successfully.
 *
 * Encodings: UTF-8 with or without a BOM (a UTF-8 BOM wins over the
 * declared encoding), GBK/GB18030 declared or detected (EI_ENCODING_AUTO
 * converts only input that is not valid UTF-8 and converts as GB18030);
 * CRLF, LF or lone CR line ends; comma, tab or semicolon, detected from the
 * header line. A NUL byte is an error. Any problem fails the whole read
 * with `file:line:column: message` (column in characters, naming the CSV
 * column, e.g. `gdp.csv:4:12: value: "abc" is not a number: unexpected
 * 'abc'`) and leaves the dataset as it was, unless the lenient mode is
 * asked for, which skips bad rows and reports each one. Lenient mode skips
 * rows only: a bad header, bad encoding, malformed CSV (an unterminated
 * quote), and conflicting observations (found when the batch is
 * committed) still fail the read.
 *
 * Limits (documented in the README): a field of at most EI_CSV_FIELD_MAX
 * bytes, at most EI_CSV_COLUMNS_MAX columns (EI_ERANGE, located).
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

#define EI_CSV_OPTIONS_VERSION 2

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
    /** Version 2: threads a large read may use; 0 for one per processor
     *  online, 1 to read on the calling thread only. Results are the same
     *  whatever the number. */
    unsigned threads;
} ei_csv_options;

#define EI_CSV_OPTIONS_INIT                                                  \
    { EI_CSV_OPTIONS_VERSION, EI_ENCODING_AUTO, EI_LAYOUT_AUTO, 0, NULL,     \
      NULL, NULL, false, NULL, NULL, NULL, NULL, 0 }

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
