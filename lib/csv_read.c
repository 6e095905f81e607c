/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ei_csv_read_file / ei_csv_read_buffer: pick the layout from the header,
 * read every row into the dataset's pending batch, then commit it, or roll
 * it back on any failure so that the dataset is left as it was. */
#include "csv_read.h"

#include <stdlib.h>
#include <string.h>

#include "error_set.h"

static const ei_csv_options defaults = EI_CSV_OPTIONS_INIT;

int ei_csv_header(ei_csv_reader *r, const ei_csv_row *row, ei_error *err)
{
    switch (r->opts->layout) {
    case EI_LAYOUT_LONG:
        return ei_csv_long_header(r, row, err);
    case EI_LAYOUT_WIDE:
        return ei_csv_wide_header(r, row, err);
    default:
        /* long if a period column exists, else wide if some column name
         * is a period; else long, to report what the long layout lacks */
        if (ei_csv_header_find(row, ei_csv_col_names[EI_COL_PERIOD]) < 0 &&
            ei_csv_header_has_period(row))
            return ei_csv_wide_header(r, row, err);
        return ei_csv_long_header(r, row, err);
    }
}

static int on_row(void *ctx, const ei_csv_row *row, ei_error *err)
{
    ei_csv_reader *r = ctx;
    if (row->index == 0)
        return ei_csv_header(r, row, err);
    int rc = r->layout == EI_LAYOUT_LONG ? ei_csv_long_row(r, row, err)
                                         : ei_csv_wide_row(r, row, err);
    if (rc == EI_OK || !r->opts->lenient || rc == EI_ENOMEM || r->fatal)
        return rc;
    if (r->opts->on_problem)
        r->opts->on_problem(r->opts->problem_ctx, err);
    r->skipped++;
    ei_error_clear(err);
    return EI_OK;
}

static void reader_init(ei_csv_reader *r, ei_dataset *ds,
                        const ei_csv_options *opts)
{
    memset(r, 0, sizeof *r);
    r->ds = ds;
    r->opts = opts ? opts : &defaults;
    r->layout = EI_LAYOUT_AUTO;
    for (size_t c = 0; c < EI_COL_COUNT_; c++)
        r->col[c] = -1;
}

static void reader_fini(ei_csv_reader *r)
{
    free(r->periods);
    free(r->values);
    free(r->measures);
    r->periods = NULL;
    r->values = NULL;
    r->measures = NULL;
}

/* The one-thread read: rows in order through on_row(). */
static int read_rows(ei_csv_reader *r, const char *name, const void *data,
                     size_t len, const char *path, ei_error *err)
{
    /* NULL (out of memory) just looks up each row */
    r->measures = calloc(1, sizeof *r->measures);
    int rc = path ? ei_csv_rows_read_file(path, r->opts, on_row, r, err)
                  : ei_csv_rows_read_buffer(name, data, len, r->opts, on_row,
                                            r, err);
    if (rc == EI_OK && r->layout == EI_LAYOUT_AUTO)
        rc = ei_error_set_at(err, EI_EPARSE, path ? path : name, 1, 1,
                             "empty file: no header row");
    return rc;
}

int ei_csv_read_tuned(ei_dataset *ds, const char *name, const void *data,
                      size_t len, const char *path,
                      const ei_csv_options *opts, const ei_csv_tuning *tune,
                      size_t *skipped, bool *parallel, ei_error *err)
{
    if (skipped)
        *skipped = 0;
    if (parallel)
        *parallel = false;
    if (!ds)
        return ei_error_set(err, EI_EINVAL, "NULL dataset");
    ei_error local;
    if (!err)
        err = &local; /* lenient mode hands each problem on */
    ei_error_clear(err);
    ei_csv_reader r;
    reader_init(&r, ds, opts);
    /* Large files are read on every core when they allow it (long layout,
     * UTF-8); anything else, the one-thread way. */
    int rc = ei_csv_read_parallel(&r, name, data, len, path, tune, err);
    if (parallel)
        *parallel = rc != EI_CSV_ONE_THREAD;
    if (rc == EI_CSV_ONE_THREAD) {
        ei_dataset_rollback(ds);
        reader_fini(&r);
        reader_init(&r, ds, opts);
        ei_error_clear(err);
        rc = read_rows(&r, name, data, len, path, err);
    }
    reader_fini(&r);
    if (skipped)
        *skipped = r.skipped;
    if (rc != EI_OK) {
        ei_dataset_rollback(ds);
        return rc;
    }
    return ei_dataset_commit(ds, err);
}

int ei_csv_read_file(ei_dataset *ds, const char *path,
                     const ei_csv_options *opts, size_t *skipped,
                     ei_error *err)
{
    if (!path)
        return ei_error_set(err, EI_EINVAL, "NULL path");
    static const ei_csv_tuning tune = EI_CSV_TUNING_DEFAULT;
    return ei_csv_read_tuned(ds, path, NULL, 0, path, opts, &tune, skipped,
                             NULL, err);
}

int ei_csv_read_buffer(ei_dataset *ds, const char *name, const void *data,
                       size_t len, const ei_csv_options *opts,
                       size_t *skipped, ei_error *err)
{
    static const ei_csv_tuning tune = EI_CSV_TUNING_DEFAULT;
    return ei_csv_read_tuned(ds, name ? name : "<buffer>", data, len, NULL,
                             opts, &tune, skipped, NULL, err);
}
