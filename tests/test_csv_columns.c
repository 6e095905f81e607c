/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests of lib/csv_columns.c: header mapping, duplicate and width checks,
 * the series fields of a row and the location of dataset errors. */
#include "testutil.h"

#include <string.h>

#include "csv_read.h"
#include "econind/econind.h"

typedef struct harness {
    ei_csv_reader r;
    int header_rc;
    int (*row_fn)(ei_csv_reader *r, const ei_csv_row *row, ei_error *err);
} harness;

static int on_row(void *ctx, const ei_csv_row *row, ei_error *err)
{
    harness *h = ctx;
    if (row->index == 0)
        return h->header_rc = ei_csv_map_columns(&h->r, row, NULL, err);
    return h->row_fn ? h->row_fn(&h->r, row, err) : EI_OK;
}

static const ei_csv_options defaults = EI_CSV_OPTIONS_INIT;

static int run(harness *h, const char *text, ei_error *err)
{
    memset(h, 0, sizeof *h);
    h->r.opts = &defaults;
    return ei_csv_rows_read_buffer("h.csv", text, strlen(text), NULL, on_row,
                                   h, err);
}

static void header_names(void **state)
{
    (void)state;
    harness h;
    ei_error e;
    assert_int_equal(run(&h,
                         "地区, Indicator ,时间,数值,单位,同比增长(%),状态,"
                         "发布日期,来源,原文,口径,约数,频率,类型,extra\n",
                         &e),
                     EI_OK);
    for (long c = 0; c < EI_COL_COUNT_; c++)
        assert_int_equal(h.r.col[c], c);
    assert_int_equal(h.r.ncols, 15);
    assert_int_equal(run(&h, "value,Region\n", &e), EI_OK);
    assert_int_equal(h.r.col[EI_COL_VALUE], 0);
    assert_int_equal(h.r.col[EI_COL_REGION], 1);
    assert_int_equal(h.r.col[EI_COL_PERIOD], -1);
}

static void duplicates(void **state)
{
    (void)state;
    harness h;
    ei_error e;
    assert_int_equal(run(&h, "region,value,REGION\n", &e), EI_EPARSE);
    assert_string_equal(e.text, "duplicate column \"REGION\" (also field 1)");
    assert_int_equal(e.column, 14);
    assert_int_equal(run(&h, "region,增速,growth\n", &e), EI_EPARSE);
    assert_string_equal(e.text, "duplicate column \"growth\": field 2 is the "
                                "growth column already");
    assert_int_equal(e.column, 11);
    /* empty header cells are not duplicates of each other */
    assert_int_equal(run(&h, "region,,value,\n", &e), EI_OK);
}

static int width_fn(ei_csv_reader *r, const ei_csv_row *row, ei_error *err)
{
    return ei_csv_check_width(r, row, err);
}

static void width(void **state)
{
    (void)state;
    harness h;
    ei_error e;
    memset(&h, 0, sizeof h);
    h.row_fn = width_fn;
    h.r.opts = &defaults;
    const char *text = "a,b,c\n1,2,3\n1,2\n";
    assert_int_equal(ei_csv_rows_read_buffer("h.csv", text, strlen(text),
                                             NULL, on_row, &h, &e),
                     EI_EPARSE);
    assert_string_equal(e.text, "row has 2 fields, the header 3");
    assert_int_equal(e.line, 3);
    assert_int_equal(e.column, 4);
}

static int fields_fn(ei_csv_reader *r, const ei_csv_row *row, ei_error *err)
{
    ei_series_meta m;
    ei_observation o;
    int rc = ei_csv_series_fields(r, row, &m, &o, err);
    if (rc)
        return rc;
    assert_string_equal(m.region, "汉阳区");
    assert_string_equal(m.indicator, "gdp");
    assert_null(m.unit);
    assert_int_equal(o.status, EI_STATUS_PRELIMINARY);
    assert_int_equal(o.bound, EI_BOUND_ABOUT);
    assert_string_equal(o.caliber, "新口径");
    assert_null(o.note);
    assert_string_equal(o.file, "h.csv");
    assert_int_equal(o.line, 2);
    assert_true(isnan(o.value) && isnan(o.growth));
    return EI_OK;
}

static void series_fields(void **state)
{
    (void)state;
    harness h;
    ei_error e;
    memset(&h, 0, sizeof h);
    h.row_fn = fields_fn;
    h.r.opts = &defaults;
    const char *text = "region,indicator,unit,status,bound,caliber,note\n"
                       "汉阳区,gdp,,初步,左右,新口径,\n";
    assert_int_equal(ei_csv_rows_read_buffer("h.csv", text, strlen(text),
                                             NULL, on_row, &h, &e),
                     EI_OK);
}

/* A unit that does not convert is reported at the unit cell, through the
 * public reader. */
static void add_errors_located(void **state)
{
    (void)state;
    ei_dataset *ds;
    ei_error e;
    assert_int_equal(ei_dataset_new(&ds, NULL, &e), EI_OK);
    const char *text = "indicator,unit,period,value\n"
                       "gdp,亿元,2017,948\n"
                       "gdp,人,2018,1000\n";
    assert_int_equal(ei_csv_read_buffer(ds, "u.csv", text, strlen(text),
                                        NULL, NULL, &e),
                     EI_EUNIT);
    assert_int_equal(e.line, 3);
    assert_int_equal(e.column, 5);
    assert_string_equal(e.source, "u.csv");
    ei_dataset_free(ds);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(header_names),  cmocka_unit_test(duplicates),
        cmocka_unit_test(width),         cmocka_unit_test(series_fields),
        cmocka_unit_test(add_errors_located),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
