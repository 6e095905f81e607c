/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Private: the observation readers (long and wide layouts) behind
 * ei_csv_read_file(). csv_read.c picks the layout from the header and owns
 * the batch; csv_long.c and csv_wide.c turn rows into observations;
 * csv_cells.c parses single cells with located errors.
 */
#ifndef ECONIND_CSV_READ_H
#define ECONIND_CSV_READ_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "csv_rows.h"
#include "econind/csv.h"
#include "econind/dataset.h"
#include "econind/number.h"
#include "econind/period.h"
#include "econind/series.h"

/* Long-layout columns, in the order of ei_csv_long_names. */
typedef enum ei_csv_col {
    EI_COL_REGION = 0,
    EI_COL_INDICATOR,
    EI_COL_PERIOD,
    EI_COL_VALUE,
    EI_COL_UNIT,
    EI_COL_GROWTH,
    EI_COL_STATUS,
    EI_COL_RELEASE,
    EI_COL_SOURCE,
    EI_COL_NOTE,
    EI_COL_CALIBER,
    EI_COL_BOUND,
    EI_COL_FREQUENCY,
    EI_COL_MEASURE,
    EI_COL_COUNT_
} ei_csv_col;

/* The header names of each column (NULL-terminated lists), English ones
 * matched without case; [c][0] is the name used in messages. */
extern const char *const *const ei_csv_col_names[EI_COL_COUNT_];

/* A wide-layout period column. */
typedef struct ei_csv_period_col {
    size_t field;
    ei_period period;
} ei_csv_period_col;

/* Indicator names to the registry's measure, for the rows of one read:
 * long files repeat a few names millions of times. Open addressing; names
 * longer than a slot, or once the table is full, are looked up every
 * time. */
#define EI_CSV_MEASURE_SLOTS 64
typedef struct ei_csv_measure_cache {
    struct {
        char name[56];        /* "" when empty */
        size_t len;
        ei_measure measure;
    } slot[EI_CSV_MEASURE_SLOTS];
} ei_csv_measure_cache;

typedef struct ei_csv_reader {
    ei_dataset *ds;
    const ei_csv_options *opts;
    size_t skipped;
    ei_layout layout;             /* LONG or WIDE once the header is read */
    size_t ncols;                 /* fields in the header */
    long col[EI_COL_COUNT_];      /* field of each column, -1 if absent */
    ei_csv_period_col *periods;   /* wide: the period columns */
    size_t nperiods;
    ei_number *values;            /* wide: one row's cells, checked before
                                     any is added */
    bool fatal;                   /* an error lenient mode cannot skip */
    ei_csv_measure_cache *measures; /* may be NULL: no caching */
    struct ei_bulk *bulk;         /* the parallel path: observations go
                                     here, not to ds */
} ei_csv_reader;

/* Inputs smaller than this are read on one thread: threads cost more than
 * they save on them. */
#define EI_CSV_PARALLEL_MIN ((size_t)8 << 20)

/* ei_csv_read_parallel(): read it the one-thread way instead. */
#define EI_CSV_ONE_THREAD 2

/* How the parallel read cuts its work; tests make both small so that
 * small inputs take the parallel path in many pieces and blocks. */
typedef struct ei_csv_tuning {
    size_t parallel_min;  /* inputs smaller than this: one thread */
    size_t block;         /* bytes of a file read at once (0: default) */
} ei_csv_tuning;

#define EI_CSV_TUNING_DEFAULT { EI_CSV_PARALLEL_MIN, 0 }

/* ei_csv_read_file() (path set) or ei_csv_read_buffer(), reading large
 * inputs on several threads when they allow it; *parallel (may be NULL)
 * tells whether the parallel read gave the result. */
int ei_csv_read_tuned(ei_dataset *ds, const char *name, const void *data,
                      size_t len, const char *path,
                      const ei_csv_options *opts, const ei_csv_tuning *tune,
                      size_t *skipped, bool *parallel, ei_error *err);

/* The parallel read (csv_read_parallel.c): the file or buffer cut into
 * pieces read on a thread each into bulks (dataset_bulk.h), added to the
 * dataset in file order. Returns EI_OK (the dataset's pending batch
 * holds the rows), an error as the one-thread read would give it, or
 * EI_CSV_ONE_THREAD when the input must be read the one-thread way (too
 * small, not the long layout, not UTF-8, a NUL byte, a line end inside
 * quotes at a cut, a unit that does not convert...); then the dataset
 * may have pending rows to roll back. */
int ei_csv_read_parallel(ei_csv_reader *r, const char *name,
                         const void *data, size_t len, const char *path,
                         const ei_csv_tuning *tune, ei_error *err);

/* The header row: picks the layout (opts->layout or the header's names)
 * and maps the columns. */
int ei_csv_header(ei_csv_reader *r, const ei_csv_row *row, ei_error *err);

/* Map the header's columns; EI_EPARSE for duplicate or missing required
 * columns. Long: period and value (and indicator unless opts->indicator
 * gives one) are required. Wide: the period columns are found too. */
int ei_csv_long_header(ei_csv_reader *r, const ei_csv_row *row,
                       ei_error *err);
int ei_csv_wide_header(ei_csv_reader *r, const ei_csv_row *row,
                       ei_error *err);

/* True when a header cell starts with a digit: meant as a period. */
bool ei_csv_header_has_period(const ei_csv_row *row);

/* Add the observations of one data row to the pending batch. */
int ei_csv_long_row(ei_csv_reader *r, const ei_csv_row *row, ei_error *err);
int ei_csv_wide_row(ei_csv_reader *r, const ei_csv_row *row, ei_error *err);

/* Map the series columns (every column but the periods), shared by both
 * layouts: fills r->col, fails on duplicate columns. is_period marks the
 * fields not to map (NULL: none). */
int ei_csv_map_columns(ei_csv_reader *r, const ei_csv_row *row,
                       const bool *is_period, ei_error *err);

/* EI_EPARSE unless the row has as many fields as the header. */
int ei_csv_check_width(const ei_csv_reader *r, const ei_csv_row *row,
                       ei_error *err);

/* Field `col` of the row (text "" when the column is absent). */
ei_csv_field ei_csv_cell(const ei_csv_reader *r, const ei_csv_row *row,
                         ei_csv_col col);

/* The series fields of a row shared by both layouts: region, indicator,
 * unit (defaults from opts), status, bound, caliber, release, source,
 * note. */
int ei_csv_series_fields(const ei_csv_reader *r, const ei_csv_row *row,
                         ei_series_meta *meta, ei_observation *obs,
                         ei_error *err);

/* Add one observation; a failure of ei_dataset_add() is located at the
 * row's indicator field unless it carries a location. */
int ei_csv_add(ei_csv_reader *r, const ei_csv_row *row,
               const ei_series_meta *meta, const ei_observation *obs,
               ei_error *err);

/* The measure when the file gives none: YTD for a year-to-date span,
 * else the registry's for the indicator (unless YTD), else LEVEL. */
ei_measure ei_csv_default_measure(const ei_csv_reader *r, const char *ind,
                                  size_t len, ei_period p);

/* The length of @p s, a text of column @p c of @p row (then its field's
 * length, known) or not (then strlen; 0 for NULL). */
static inline size_t ei_csv_text_len(const ei_csv_reader *r,
                                     const ei_csv_row *row, ei_csv_col c,
                                     const char *s)
{
    long i = r->col[c];
    if (i >= 0 && (size_t)i < row->n && row->fields[i].text == s)
        return row->fields[i].len;
    return s ? strlen(s) : 0;
}

/* meta->freq from the period, checked against a frequency column;
 * meta->measure from a measure column (a level cannot have a span period)
 * or ei_csv_default_measure(). */
int ei_csv_freq_measure(const ei_csv_reader *r, const ei_csv_row *row,
                        ei_period p, ei_series_meta *meta, ei_error *err);

/* Cells: each fails with EI_EPARSE (EI_ERANGE for numbers out of range)
 * located at the field and naming the column, e.g.
 * `value: "abc" is not a number`. */
int ei_csv_cell_number(ei_number *out, const ei_csv_row *row, size_t field,
                       const char *column, ei_error *err);
int ei_csv_cell_period(ei_period *out, const ei_csv_row *row, size_t field,
                       const char *column, ei_error *err);
int ei_csv_cell_status(ei_obs_status *out, const ei_csv_row *row,
                       size_t field, ei_error *err);
int ei_csv_cell_bound(ei_bound *out, const ei_csv_row *row, size_t field,
                      ei_error *err);
int ei_csv_cell_freq(ei_freq *out, const ei_csv_row *row, size_t field,
                     ei_error *err);
/* *given is false when the cell is empty (the period decides). */
int ei_csv_cell_measure(ei_measure *out, bool *given, const ei_csv_row *row,
                        size_t field, ei_error *err);

/* Bound words: exact, above/>, below/<, about/~, 突破/超过/余/以上 (above),
 * 近/不到 (below), 左右/约 (about); "" is exact. EI_EPARSE if unknown. */
int ei_bound_parse(ei_bound *out, const char *text);

#endif
