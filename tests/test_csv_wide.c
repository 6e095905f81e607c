/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests of lib/csv_wide.c: period columns, their checks, and rows that
 * add all their cells or none. Figures: Hanyang (汉阳区) GDP 948 (2017),
 * 699 (2020) 亿元, from shared/data/seed_indicators.csv. */
#include "testutil.h"

#include <string.h>

#include "econind/econind.h"

static int read_text(ei_dataset **ds, const char *text,
                     const ei_csv_options *o, size_t *skipped, ei_error *e)
{
    assert_int_equal(ei_dataset_new(ds, NULL, e), EI_OK);
    return ei_csv_read_buffer(*ds, "w.csv", text, strlen(text), o, skipped,
                              e);
}

static double at(const ei_series *s, ei_period p)
{
    size_t i;
    assert_int_equal(ei_series_index_of(s, p, &i), EI_OK);
    return ei_series_value_at(s, i);
}

static void mixed_frequencies(void **state)
{
    (void)state;
    ei_dataset *ds;
    ei_error e;
    /* one row, annual and quarterly columns: two series */
    assert_int_equal(read_text(&ds,
                               "region,indicator,unit,2017,2017Q4,2020年\n"
                               "汉阳区,gdp,亿元,948,260,699\n",
                               NULL, NULL, &e),
                     EI_OK);
    const ei_series *a = ei_dataset_find(ds, "汉阳区", "gdp", EI_FREQ_ANNUAL);
    const ei_series *q =
        ei_dataset_find(ds, "汉阳区", "gdp", EI_FREQ_QUARTERLY);
    assert_non_null(a);
    assert_non_null(q);
    assert_close(at(a, ei_period_year(2017)), 948, 1e-15);
    assert_close(at(a, ei_period_year(2020)), 699, 1e-15);
    assert_close(at(q, ei_period_quarter(2017, 4)), 260, 1e-15);
    ei_dataset_free(ds);
}

static void forced_layout(void **state)
{
    (void)state;
    ei_dataset *ds;
    ei_error e;
    ei_csv_options o = EI_CSV_OPTIONS_INIT;
    o.layout = EI_LAYOUT_WIDE;
    assert_int_equal(read_text(&ds, "region,indicator,period\nx,gdp,2017\n",
                               &o, NULL, &e),
                     EI_EPARSE);
    assert_string_equal(e.text, "no period column (long layout) and no "
                                "period as a column name (wide layout)");
    ei_dataset_free(ds);
    /* the indicator may come from the options */
    o.indicator = "gdp";
    assert_int_equal(read_text(&ds, "region,2017\n汉阳区,948\n", &o, NULL,
                               &e),
                     EI_OK);
    assert_int_equal(ei_dataset_count(ds), 1);
    ei_dataset_free(ds);
}

/* In lenient mode a row with one bad cell is skipped whole: none of its
 * good cells is added. */
static void bad_row_adds_nothing(void **state)
{
    (void)state;
    ei_dataset *ds;
    ei_error e;
    ei_csv_options o = EI_CSV_OPTIONS_INIT;
    o.lenient = true;
    size_t skipped = 0;
    assert_int_equal(read_text(&ds,
                               "region,indicator,2017,2020\n"
                               "汉阳区,gdp,948,699\n"
                               "汉阳区,retail,568,abc\n",
                               &o, &skipped, &e),
                     EI_OK);
    assert_int_equal(skipped, 1);
    assert_int_equal(ei_dataset_count(ds), 1);
    assert_null(ei_dataset_find(ds, "汉阳区", "retail", EI_FREQ_NONE));
    ei_dataset_free(ds);
}

static void measure_column(void **state)
{
    (void)state;
    ei_dataset *ds;
    ei_error e;
    assert_int_equal(read_text(&ds,
                               "indicator,measure,2021-01..02,2021-01..03\n"
                               "fai,累计,80,120\n",
                               NULL, NULL, &e),
                     EI_OK);
    const ei_series *s = ei_dataset_find(ds, NULL, "fai", EI_FREQ_MONTHLY);
    assert_non_null(s);
    assert_int_equal(ei_series_measure(s), EI_MEASURE_YTD);
    ei_dataset_free(ds);
    /* a level cannot be a year-to-date span */
    assert_int_equal(read_text(&ds,
                               "indicator,measure,2021-01..03\n"
                               "fai,level,120\n",
                               NULL, NULL, &e),
                     EI_EPARSE);
    assert_int_equal(e.line, 2);
    assert_int_equal(e.column, 5);
    ei_dataset_free(ds);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(mixed_frequencies),
        cmocka_unit_test(forced_layout),
        cmocka_unit_test(bad_row_adds_nothing),
        cmocka_unit_test(measure_column),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
