/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Private: the skeleton of the record readers (targets, plans, scorecards,
 * tasks) on top of csv_rows.h. A reader gives its column table and two
 * callbacks; the skeleton maps the header row to column indexes, calls the
 * header check and then the row parser for every record, and reports an
 * input without a header row. The reader builds into a fresh set and hands
 * it back only when every row is good (all or nothing).
 */
#ifndef ECONIND_CSV_RECORDS_H
#define ECONIND_CSV_RECORDS_H

#include <stdbool.h>
#include <stddef.h>

#include "csv_rows.h"

/* A reader: what it builds, its columns and callbacks. */
typedef struct ei_csv_records {
    const char *what; /* "plan set": "no output for the plan set" */
    size_t ncols;
    /* per column a NULL-terminated list of accepted names, the English
     * name first and the Chinese second (used in messages) */
    const char *const *const *names;
    /* make the fresh set in ctx; EI_OK or an error code (err set) */
    int (*open)(void *ctx, ei_error *err);
    /* free the set in ctx after a failed read */
    void (*discard)(void *ctx);
    /* after the header is mapped: check required columns (may be NULL) */
    int (*header)(void *ctx, const ei_csv_row *row, ei_error *err);
    /* one data record */
    int (*row)(void *ctx, const ei_csv_row *row, ei_error *err);
} ei_csv_records;

/*
 * The body of a reader's read_file (file true: `source` is the path) and
 * read_buffer (file false: `source` is the name, NULL for "<buffer>", of
 * the len bytes at data). Checks in this order: a NULL path (EI_EINVAL
 * "no file name") or NULL data with a length ("no data"); has_out false
 * ("no output for the <what>"); then opens the set, reads every record
 * into it (col, spec->ncols entries, gets the column of each name or -1)
 * and discards it on any failure. An input without records is EI_EPARSE
 * "no header row" at line 1. On EI_OK the caller takes the set from ctx.
 */
int ei_csv_records_load(const ei_csv_records *spec, bool has_out, void *ctx,
                        long *col, bool file, const char *source,
                        const void *data, size_t len,
                        const ei_csv_options *opts, ei_error *err);

/* EI_OK when every column in required[0..n-1] is present, else
 * EI_EPARSE "missing column '<english>' (<chinese>)" for the first absent
 * one, at the start of the header row. */
int ei_csv_records_require(const ei_csv_records *spec, const long *col,
                           const ei_csv_row *header, const int *required,
                           size_t n, ei_error *err);

/* Trimmed copies of the fields at columns col[which[i]] (i < n) of row,
 * into s[i] ("" for an absent column). EI_OK, or EI_ENOMEM with err set
 * ("out of memory") and every s[i] NULL. Free with
 * ei_csv_records_free_strs(). */
int ei_csv_records_strs(char **s, const ei_csv_row *row, const long *col,
                        const int *which, size_t n, ei_error *err);

void ei_csv_records_free_strs(char **s, size_t n);

#endif
