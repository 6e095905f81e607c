/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The wide layout: series columns, then one column per period. */
#include "csv_read.h"

#include <math.h>
#include <stdlib.h>

#include "error_set.h"

/* A header cell that starts with a digit is meant as a period. */
static bool looks_like_period(const ei_csv_field *f)
{
    const char *t;
    size_t n = ei_csv_trim(f, &t);
    return n > 0 && t[0] >= '0' && t[0] <= '9';
}

bool ei_csv_header_has_period(const ei_csv_row *row)
{
    for (size_t i = 0; i < row->n; i++)
        if (looks_like_period(&row->fields[i]))
            return true;
    return false;
}

int ei_csv_wide_header(ei_csv_reader *r, const ei_csv_row *row,
                       ei_error *err)
{
    int rc = EI_OK;
    bool *is_period = calloc(row->n ? row->n : 1, sizeof *is_period);
    r->periods = calloc(row->n ? row->n : 1, sizeof *r->periods);
    r->values = calloc(row->n ? row->n : 1, sizeof *r->values);
    if (!is_period || !r->periods || !r->values) {
        free(is_period);
        return ei_csv_row_error(err, row, (size_t)-1, EI_ENOMEM,
                                "out of memory");
    }
    r->nperiods = 0;
    for (size_t i = 0; i < row->n; i++) {
        if (!looks_like_period(&row->fields[i]))
            continue;
        ei_period p;
        if ((rc = ei_csv_cell_period(&p, row, i, "column name", err)))
            goto out;
        for (size_t k = 0; k < r->nperiods; k++)
            if (ei_period_equal(r->periods[k].period, p)) {
                rc = ei_csv_row_error(err, row, i, EI_EPARSE,
                                      "duplicate column \"%s\": field %zu "
                                      "is the same period",
                                      row->fields[i].text,
                                      r->periods[k].field + 1);
                goto out;
            }
        is_period[i] = true;
        r->periods[r->nperiods].field = i;
        r->periods[r->nperiods].period = p;
        r->nperiods++;
    }
    if (r->nperiods == 0) {
        rc = ei_csv_row_error(err, row, (size_t)-1, EI_EPARSE,
                              "no period column (long layout) and no "
                              "period as a column name (wide layout)");
        goto out;
    }
    if ((rc = ei_csv_map_columns(r, row, is_period, err)))
        goto out;
    if (r->col[EI_COL_INDICATOR] < 0 && !r->opts->indicator) {
        rc = ei_csv_row_error(err, row, (size_t)-1, EI_EPARSE,
                              "missing required column \"indicator\" (or "
                              "指标, 指标名称)");
        goto out;
    }
    r->layout = EI_LAYOUT_WIDE;
out:
    free(is_period);
    return rc;
}

int ei_csv_wide_row(ei_csv_reader *r, const ei_csv_row *row, ei_error *err)
{
    int rc;
    if ((rc = ei_csv_check_width(r, row, err)))
        return rc;
    ei_series_meta meta;
    ei_observation obs;
    if ((rc = ei_csv_series_fields(r, row, &meta, &obs, err)))
        return rc;
    /* check every cell before adding any, so that a bad row adds nothing
     * (lenient mode skips it whole) */
    for (size_t k = 0; k < r->nperiods; k++) {
        const ei_csv_period_col *pc = &r->periods[k];
        char name[16];
        ei_period_format(pc->period, name, sizeof name);
        if ((rc = ei_csv_cell_number(&r->values[k], row, pc->field, name,
                                     err)))
            return rc;
        if (!r->values[k].missing &&
            (rc = ei_csv_freq_measure(r, row, pc->period, &meta, err)))
            return rc;
    }
    const char *unit = meta.unit;
    size_t added = 0;
    for (size_t k = 0; k < r->nperiods; k++) {
        if (r->values[k].missing)
            continue;
        ei_csv_freq_measure(r, row, r->periods[k].period, &meta, NULL);
        meta.unit = r->values[k].percent && (!unit || !*unit) ? "%" : unit;
        obs.period = r->periods[k].period;
        obs.value = r->values[k].value;
        obs.growth = NAN;
        if ((rc = ei_csv_add(r, row, &meta, &obs, err))) {
            /* part of the row is in the batch: it cannot be skipped */
            r->fatal = added > 0;
            return rc;
        }
        added++;
    }
    return EI_OK;
}
