/* SPDX-License-Identifier: GPL-3.0-or-later */
/**
 * @file table.h
 * A result table and its writers: aligned text (CJK-width aware), CSV,
 * JSON and Markdown. Computations fill tables with numbers and reasons;
 * writers only format, never compute.
 *
 * A cell is empty, text, a number, or missing with an ::ei_reason. The
 * formats render them as follows (column "g", reason EI_REASON_BREAK):
 *
 * | cell    | table / markdown     | CSV                 | JSON                 |
 * |---------|----------------------|---------------------|----------------------|
 * | empty   | blank                | empty field         | `null`               |
 * | text    | as is                | as is (RFC 4180)    | string               |
 * | number  | `decimals` digits    | shortest round-trip | shortest round-trip  |
 * | missing | `[caliber-break]`    | empty field + code  | `null` + `"g_reason"`|
 *
 * - **table**: a header line, a rule of `-`, then one line per row; columns
 *   are separated by two spaces and padded in display cells (CJK and
 *   full-width characters count 2, see ei_text_width()). Numbers and missing
 *   cells are right-aligned, text left-aligned; a column's header is
 *   right-aligned when the column holds numbers or missing cells and no
 *   text. No trailing spaces. Control characters in text (tab, newline)
 *   are shown as one space so the alignment holds.
 * - **CSV**: RFC 4180 with CRLF line ends and a header row; a field is
 *   quoted only if it holds a comma, a double quote, CR or LF, or starts
 *   or ends with a space or tab (which libcsv trims). Every column
 *   that has at least one missing cell is followed by an extra column
 *   `<name>_reason` holding the reason code of each missing cell (empty on
 *   the other rows). Text is written as given (UTF-8, no BOM).
 * - **JSON**: an array of objects, one per row and one line per object,
 *   members in column order; a missing cell is `null` followed by a member
 *   `"<name>_reason": "<code>"`. Numbers carry the fewest significant
 *   digits (15 to 17) that read back to the same double, and always show a
 *   fraction or exponent (`699.0`). UTF-8 is written unescaped; text that is
 *   not valid UTF-8 fails with EI_ENCODING.
 * - **markdown**: a GitHub-flavoured table; `|` in text is escaped as `\|`,
 *   control characters (line breaks, tabs) become spaces; columns holding
 *   numbers and no text are right-aligned (`---:`).
 *
 * Numbers always have a `.` decimal point, whatever LC_NUMERIC says.
 *
 * Files are written to a temporary file beside the target and renamed, so
 * a failure never leaves a half-written output.
 *
 * Thread-safety: distinct tables may be used from distinct threads; a table
 * may be written by several threads at once if none modifies it.
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
    EI_FORMAT_CSV,       /**< RFC 4180, with `<col>_reason` columns */
    EI_FORMAT_JSON,      /**< an array of objects, one per row */
    EI_FORMAT_MARKDOWN   /**< a GitHub-flavoured Markdown table */
} ei_format;

/** What a cell holds. */
typedef enum ei_cell_kind {
    EI_CELL_EMPTY = 0, /**< never set, or set to NULL text */
    EI_CELL_TEXT,      /**< a string */
    EI_CELL_NUMBER,    /**< a finite double */
    EI_CELL_MISSING    /**< no number, with a reason */
} ei_cell_kind;

/** `decimals` value for ei_table_set_number(): show the shortest text that
 *  reads back to the same double, in the text formats too. */
#define EI_DECIMALS_FULL (-1)
/** Largest `decimals` accepted by ei_table_set_number(). */
#define EI_DECIMALS_MAX 17

/** A table (opaque, owning). */
typedef struct ei_table ei_table;

/**
 * A new table with @p ncol columns named by @p names (copied).
 * @param out   receives the table (caller frees with ei_table_free()); NULL
 *              on failure
 * @param names @p ncol non-NULL, distinct UTF-8 names; none may be another
 *              name followed by `_reason` (CSV and JSON use that name for
 *              the other column's reasons)
 * @param ncol  number of columns, at least 1
 * @return 0, EI_EINVAL (ncol 0, a NULL, duplicate or clashing name),
 *         EI_ENOMEM
 */
EI_API int ei_table_new(ei_table **out, const char *const *names,
                        size_t ncol, ei_error *err);
/** Free @p t; NULL is a no-op. */
EI_API void ei_table_free(ei_table *t);

/**
 * Append a row of empty cells.
 * @param row receives the new row's index (may be NULL)
 * @return 0, EI_EINVAL (@p t NULL), EI_ENOMEM
 */
EI_API int ei_table_add_row(ei_table *t, size_t *row, ei_error *err);
/**
 * Set a text cell (@p text copied; NULL makes the cell empty).
 * @return 0, EI_EINVAL (NULL table, row or column out of range),
 *         EI_ENOMEM
 */
EI_API int ei_table_set_text(ei_table *t, size_t row, size_t col,
                             const char *text, ei_error *err);
/**
 * Set a number cell shown with @p decimals digits after the point in the
 * text and Markdown formats (`%.*f`), or in its shortest exact form with
 * ::EI_DECIMALS_FULL. CSV and JSON always carry the full precision.
 * A NaN @p value makes the cell missing with EI_REASON_MISSING (use
 * ei_table_set_missing() to give the real reason).
 * @return 0, EI_EINVAL (NULL table, row or column out of range, infinite
 *         value, @p decimals outside -1..::EI_DECIMALS_MAX), EI_ENOMEM
 */
EI_API int ei_table_set_number(ei_table *t, size_t row, size_t col,
                               double value, int decimals, ei_error *err);
/**
 * Set a missing cell with its reason (shown as its code, see
 * ei_reason_code()).
 * @return 0, EI_EINVAL (NULL table, row or column out of range, @p why
 *         EI_REASON_NONE or not a reason), EI_ENOMEM
 */
EI_API int ei_table_set_missing(ei_table *t, size_t row, size_t col,
                                ei_reason why, ei_error *err);

/** Number of rows; 0 for NULL. */
EI_API size_t ei_table_rows(const ei_table *t);
/** Number of columns; 0 for NULL. */
EI_API size_t ei_table_cols(const ei_table *t);
/** Name of column @p col (borrowed, valid until the table is freed); NULL
 *  if out of range. */
EI_API const char *ei_table_col_name(const ei_table *t, size_t col);
/** What a cell holds; EI_CELL_EMPTY if out of range. */
EI_API ei_cell_kind ei_table_cell_kind(const ei_table *t, size_t row,
                                       size_t col);
/** Text of a cell as the text writer shows it: the text, the formatted
 *  number, `[code]` for a missing cell, "" for an empty cell. Borrowed,
 *  valid until the table is freed (overwriting the cell does not free it).
 *  NULL if out of range. */
EI_API const char *ei_table_cell_text(const ei_table *t, size_t row,
                                      size_t col);
/** Number of a cell; NaN for empty, text and missing cells and out of
 *  range. */
EI_API double ei_table_cell_number(const ei_table *t, size_t row, size_t col);
/** Reason of a missing cell; EI_REASON_NONE for other cells and out of
 *  range. */
EI_API ei_reason ei_table_cell_reason(const ei_table *t, size_t row,
                                      size_t col);

/**
 * Width of @p len bytes of UTF-8 @p s in terminal cells: 2 for East Asian
 * wide and full-width characters (U+1100-115F, U+2E80-A4CF, U+AC00-D7A3,
 * U+F900-FAFF, U+FE30-FE4F, U+FF00-FF60, U+FFE0-FFE6, U+20000-3FFFD), 1 for
 * other code points and for each byte of an invalid sequence.
 * "地区生产总值" is 12 cells wide. NULL @p s has width 0. Thread-safe.
 */
EI_API size_t ei_text_width(const char *s, size_t len);

/**
 * Write @p t to @p fp in @p fmt (see the file comment for each format) and
 * flush @p fp.
 * @return 0, EI_EINVAL (NULL argument, unknown format), EI_EIO (a write or
 *         the flush failed), EI_ENCODING (JSON: text not valid UTF-8),
 *         EI_ENOMEM. On failure part of the output may have been written.
 */
EI_API int ei_table_write(const ei_table *t, FILE *fp, ei_format fmt,
                          ei_error *err);

/**
 * Write to @p path ("-" is standard output) through a temporary file
 * `<path>.tmp.XXXXXX` in the same directory, synced and renamed over
 * @p path: on failure an existing file is left untouched and the temporary
 * file is removed. A replaced file keeps its permission bits; a new one
 * gets 0666 less the umask.
 * @return as ei_table_write(); EI_EIO errors carry @p path as their source
 *         and the system's reason in their text.
 */
EI_API int ei_table_write_file(const ei_table *t, const char *path,
                               ei_format fmt, ei_error *err);

/**
 * Parse a format name: "table" (or "text"), "csv", "json", "markdown" (or
 * "md"), ASCII case-insensitive.
 * @return 0, or EI_EINVAL for NULL or an unknown name (@p out unchanged)
 */
EI_API int ei_format_parse(ei_format *out, const char *name);

/** The canonical name of @p fmt ("table", "csv", "json", "markdown"), or
 *  "unknown". */
EI_API const char *ei_format_name(ei_format fmt);

#ifdef __cplusplus
}
#endif

#endif
