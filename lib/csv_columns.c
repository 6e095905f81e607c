/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The columns of an observations file, shared by the long and wide
 * layouts: header names, duplicate and width checks, series fields. */
#include "csv_read.h"

#include <math.h>
#include <string.h>

#include "dataset_bulk.h"
#include "error_set.h"

static const char *const n_region[] = {"region", "地区", "区域", NULL};
static const char *const n_indicator[] = {"indicator", "指标", "指标名称",
                                          NULL};
static const char *const n_period[] = {"period", "时期", "时间", "年份",
                                       NULL};
static const char *const n_value[] = {"value", "数值", "值", NULL};
static const char *const n_unit[] = {"unit", "单位", NULL};
static const char *const n_growth[] = {"growth", "增速", "增长",
                                       "同比增长(%)", "同比增长（%）",
                                       "growth_pct", NULL};
static const char *const n_status[] = {"status", "状态", NULL};
static const char *const n_release[] = {"release", "发布日期", NULL};
static const char *const n_source[] = {"source", "来源", NULL};
static const char *const n_note[] = {"note", "备注", "quote", "原文", NULL};
static const char *const n_caliber[] = {"caliber", "口径", NULL};
static const char *const n_bound[] = {"bound", "约数", NULL};
static const char *const n_frequency[] = {"frequency", "频率", NULL};
static const char *const n_measure[] = {"measure", "类型", NULL};

const char *const *const ei_csv_col_names[EI_COL_COUNT_] = {
    [EI_COL_REGION] = n_region,       [EI_COL_INDICATOR] = n_indicator,
    [EI_COL_PERIOD] = n_period,       [EI_COL_VALUE] = n_value,
    [EI_COL_UNIT] = n_unit,           [EI_COL_GROWTH] = n_growth,
    [EI_COL_STATUS] = n_status,       [EI_COL_RELEASE] = n_release,
    [EI_COL_SOURCE] = n_source,       [EI_COL_NOTE] = n_note,
    [EI_COL_CALIBER] = n_caliber,     [EI_COL_BOUND] = n_bound,
    [EI_COL_FREQUENCY] = n_frequency, [EI_COL_MEASURE] = n_measure,
};

int ei_csv_map_columns(ei_csv_reader *r, const ei_csv_row *row,
                       const bool *is_period, ei_error *err)
{
    for (size_t c = 0; c < EI_COL_COUNT_; c++)
        r->col[c] = -1;
    r->ncols = row->n;
    for (size_t i = 0; i < row->n; i++) {
        if (is_period && is_period[i])
            continue;
        const ei_csv_field *f = &row->fields[i];
        const char *t;
        if (ei_csv_trim(f, &t) == 0)
            continue;
        /* the same name twice, known or not */
        for (size_t j = 0; j < i; j++) {
            if (is_period && is_period[j])
                continue;
            if (ei_csv_name_equal(&row->fields[j], f))
                return ei_csv_row_error(err, row, i, EI_EPARSE,
                                        "duplicate column \"%s\" (also "
                                        "field %zu)",
                                        f->text, j + 1);
        }
        for (size_t c = 0; c < EI_COL_COUNT_; c++) {
            if (!ei_csv_name_match(f, ei_csv_col_names[c]))
                continue;
            if (r->col[c] >= 0)
                return ei_csv_row_error(
                    err, row, i, EI_EPARSE,
                    "duplicate column \"%s\": field %ld is the %s column "
                    "already",
                    f->text, r->col[c] + 1, ei_csv_col_names[c][0]);
            r->col[c] = (long)i;
        }
    }
    return EI_OK;
}

int ei_csv_check_width(const ei_csv_reader *r, const ei_csv_row *row,
                       ei_error *err)
{
    if (row->n == r->ncols)
        return EI_OK;
    /* too many: point at the first extra field; too few: at the end */
    return ei_csv_row_error(err, row, row->n > r->ncols ? r->ncols : row->n,
                            EI_EPARSE, "row has %zu fields, the header %zu",
                            row->n, r->ncols);
}

ei_csv_field ei_csv_cell(const ei_csv_reader *r, const ei_csv_row *row,
                         ei_csv_col col)
{
    ei_csv_field none = {"", 0};
    long i = r->col[col];
    return i >= 0 && (size_t)i < row->n ? row->fields[i] : none;
}

/* Text of a string column, NULL when absent or empty. */
static const char *text_or_null(const ei_csv_reader *r,
                                const ei_csv_row *row, ei_csv_col col)
{
    ei_csv_field f = ei_csv_cell(r, row, col);
    return f.len ? f.text : NULL;
}

int ei_csv_series_fields(const ei_csv_reader *r, const ei_csv_row *row,
                         ei_series_meta *meta, ei_observation *obs,
                         ei_error *err)
{
    const ei_csv_options *o = r->opts;
    memset(meta, 0, sizeof *meta);
    memset(obs, 0, sizeof *obs);
    meta->region = text_or_null(r, row, EI_COL_REGION);
    if (!meta->region)
        meta->region = o->region;
    meta->indicator = text_or_null(r, row, EI_COL_INDICATOR);
    if (!meta->indicator)
        meta->indicator = o->indicator;
    if (!meta->indicator)
        return ei_csv_row_error(err, row,
                                r->col[EI_COL_INDICATOR] >= 0
                                    ? (size_t)r->col[EI_COL_INDICATOR]
                                    : (size_t)-1,
                                EI_EPARSE, "indicator: empty");
    meta->unit = text_or_null(r, row, EI_COL_UNIT);
    if (!meta->unit)
        meta->unit = o->unit;
    meta->basis = EI_BASIS_UNKNOWN;
    obs->status = EI_STATUS_ACTUAL;
    obs->bound = EI_BOUND_EXACT;
    int rc;
    if (r->col[EI_COL_STATUS] >= 0 &&
        (rc = ei_csv_cell_status(&obs->status, row,
                                 (size_t)r->col[EI_COL_STATUS], err)))
        return rc;
    if (r->col[EI_COL_BOUND] >= 0 &&
        (rc = ei_csv_cell_bound(&obs->bound, row,
                                (size_t)r->col[EI_COL_BOUND], err)))
        return rc;
    obs->caliber = text_or_null(r, row, EI_COL_CALIBER);
    obs->release = text_or_null(r, row, EI_COL_RELEASE);
    obs->source = text_or_null(r, row, EI_COL_SOURCE);
    obs->note = text_or_null(r, row, EI_COL_NOTE);
    obs->file = row->source;
    obs->line = row->line;
    obs->value = NAN;
    obs->growth = NAN;
    return EI_OK;
}

int ei_csv_add(ei_csv_reader *r, const ei_csv_row *row,
               const ei_series_meta *meta, const ei_observation *obs,
               ei_error *err)
{
    /* Only the fields read below are set: ei_dataset_add fills the whole
     * record when it fails, and clearing 400 bytes for every row showed
     * in profiles. */
    ei_error e;
    e.code = 0;
    e.line = e.column = 0;
    e.offset = -1;
    e.source[0] = e.text[0] = '\0';
    int rc;
    if (r->bulk) {
        /* the lengths of the key's texts, known: no strlen or strcmp */
        size_t lens[3] = {
            ei_csv_text_len(r, row, EI_COL_REGION, meta->region),
            ei_csv_text_len(r, row, EI_COL_INDICATOR, meta->indicator),
            ei_csv_text_len(r, row, EI_COL_UNIT, meta->unit)};
        rc = ei_bulk_add_sized(r->bulk, meta, lens, obs, &e);
    } else {
        rc = ei_dataset_add(r->ds, meta, obs, &e);
    }
    if (rc == EI_OK || (r->bulk && rc == EI_ENCODING))
        return rc; /* EI_ENCODING: the caller reads it the one-thread way */
    long f = r->col[EI_COL_INDICATOR];
    if (rc == EI_EUNIT && r->col[EI_COL_UNIT] >= 0)
        f = r->col[EI_COL_UNIT]; /* point at the unit that does not fit */
    else if (e.line) {
        if (err)
            *err = e;
        return rc;
    }
    return ei_csv_row_error(err, row, f >= 0 ? (size_t)f : (size_t)-1, rc,
                            "%s", e.text[0] ? e.text : ei_strerror(rc));
}
