/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The record readers' skeleton (csv_records.h). */
#include "csv_records.h"

#include <stdlib.h>

#include "error_set.h"
#include "target_util.h"

typedef struct run {
    const ei_csv_records *spec;
    long *col;
    void *ctx;
    bool header_seen;
} run;

static int on_row(void *ctx, const ei_csv_row *row, ei_error *err)
{
    run *r = ctx;
    if (row->index != 0)
        return r->spec->row(r->ctx, row, err);
    for (size_t c = 0; c < r->spec->ncols; c++)
        r->col[c] = ei_csv_header_find(row, r->spec->names[c]);
    r->header_seen = true;
    return r->spec->header ? r->spec->header(r->ctx, row, err) : EI_OK;
}

int ei_csv_records_load(const ei_csv_records *spec, bool has_out, void *ctx,
                        long *col, bool file, const char *source,
                        const void *data, size_t len,
                        const ei_csv_options *opts, ei_error *err)
{
    if (file && !source)
        return ei_error_set(err, EI_EINVAL, "no file name");
    if (!file && !data && len)
        return ei_error_set(err, EI_EINVAL, "no data");
    if (!has_out)
        return ei_error_set(err, EI_EINVAL, "no output for the %s",
                            spec->what);
    const char *name = source ? source : "<buffer>";
    int rc = spec->open(ctx, err);
    if (rc)
        return rc;
    run r = {spec, col, ctx, false};
    for (size_t c = 0; c < spec->ncols; c++)
        col[c] = -1;
    rc = file ? ei_csv_rows_read_file(name, opts, on_row, &r, err)
              : ei_csv_rows_read_buffer(name, data, len, opts, on_row, &r,
                                        err);
    if (rc == EI_OK && !r.header_seen)
        rc = ei_error_set_at(err, EI_EPARSE, name, 1, 1, "no header row");
    if (rc)
        spec->discard(ctx);
    return rc;
}

int ei_csv_records_require(const ei_csv_records *spec, const long *col,
                           const ei_csv_row *header, const int *required,
                           size_t n, ei_error *err)
{
    for (size_t i = 0; i < n; i++) {
        int c = required[i];
        if (col[c] < 0)
            return ei_csv_row_error(err, header, (size_t)-1, EI_EPARSE,
                                    "missing column '%s' (%s)",
                                    spec->names[c][0], spec->names[c][1]);
    }
    return EI_OK;
}

void ei_csv_records_free_strs(char **s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(s[i]);
        s[i] = NULL;
    }
}

int ei_csv_records_strs(char **s, const ei_csv_row *row, const long *col,
                        const int *which, size_t n, ei_error *err)
{
    bool nomem = false;
    for (size_t i = 0; i < n; i++) {
        size_t len;
        const char *t = eit_field(row, col[which[i]], &len);
        if (!(s[i] = eit_dupn(t, len)))
            nomem = true;
    }
    if (!nomem)
        return EI_OK;
    ei_csv_records_free_strs(s, n);
    return ei_error_set(err, EI_ENOMEM, "out of memory");
}
