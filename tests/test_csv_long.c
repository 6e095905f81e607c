/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests of lib/csv_long.c: the long layout's required columns, measures,
 * frequencies and rows without a value. Figures: Hanyang (汉阳区), from
 * shared/data/seed_indicators.csv (per-capita disposable income 2017:
 * growth 9% only; GDP 2017: 948 亿元). */
#include "testutil.h"

#include <string.h>

#include "econind/econind.h"

static int read_text(ei_dataset **ds, const char *text,
                     const ei_csv_options *o, ei_error *e)
{
    assert_int_equal(ei_dataset_new(ds, NULL, e), EI_OK);
    return ei_csv_read_buffer(*ds, "l.csv", text, strlen(text), o, NULL, e);
}

static void required_columns(void **state)
{
    (void)state;
    ei_dataset *ds;
    ei_error e;
    assert_int_equal(read_text(&ds, "period,value\n2017,948\n", NULL, &e),
                     EI_EPARSE);
    assert_string_equal(e.text, "missing required column \"indicator\" (or "
                                "指标, 指标名称)");
    ei_dataset_free(ds);
    /* the indicator may come from the options instead */
    ei_csv_options o = EI_CSV_OPTIONS_INIT;
    o.indicator = "gdp";
    o.layout = EI_LAYOUT_LONG;
    assert_int_equal(read_text(&ds, "period,value\n2017,948\n", &o, &e),
                     EI_OK);
    assert_int_equal(ei_dataset_count(ds), 1);
    ei_dataset_free(ds);
}

static void measures(void **state)
{
    (void)state;
    ei_dataset *ds;
    ei_error e;
    assert_int_equal(read_text(&ds,
                               "indicator,period,value,measure\n"
                               "失业率,2020,3.5,\n"
                               "gdp,2020,699,\n"
                               "固定资产投资,2021年1-3月,120,\n"
                               "社零,2021-03,40,ytd\n",
                               NULL, &e),
                     EI_OK);
    /* the registry says the unemployment rate is a rate */
    const ei_series *s = ei_dataset_find(ds, NULL, "失业率", EI_FREQ_ANNUAL);
    assert_non_null(s);
    assert_int_equal(ei_series_measure(s), EI_MEASURE_RATE);
    s = ei_dataset_find(ds, NULL, "gdp", EI_FREQ_ANNUAL);
    assert_int_equal(ei_series_measure(s), EI_MEASURE_LEVEL);
    /* a year-to-date span is cumulative without being told */
    s = ei_dataset_find(ds, NULL, "fai", EI_FREQ_MONTHLY);
    assert_non_null(s);
    assert_int_equal(ei_series_measure(s), EI_MEASURE_YTD);
    s = ei_dataset_find(ds, NULL, "retail", EI_FREQ_MONTHLY);
    assert_int_equal(ei_series_measure(s), EI_MEASURE_YTD);
    ei_dataset_free(ds);
}

static void value_rules(void **state)
{
    (void)state;
    ei_dataset *ds;
    ei_error e;
    /* growth without a value is kept; a value written as missing with no
     * growth adds nothing; a % value gets the unit % */
    assert_int_equal(read_text(&ds,
                               "region,indicator,period,value,growth\n"
                               "汉阳区,居民人均可支配收入,2017,,9\n"
                               "汉阳区,gdp,2017,NA,\n"
                               "汉阳区,数字经济占比,2021,40%,\n",
                               NULL, &e),
                     EI_OK);
    assert_int_equal(ei_dataset_count(ds), 2);
    const ei_series *s =
        ei_dataset_find(ds, "汉阳区", "居民人均可支配收入", EI_FREQ_ANNUAL);
    assert_close(ei_series_growth_at(s, 0), 9, 1e-15);
    assert_true(isnan(ei_series_value_at(s, 0)));
    assert_null(ei_dataset_find(ds, "汉阳区", "gdp", EI_FREQ_NONE));
    s = ei_dataset_find(ds, "汉阳区", "数字经济占比", EI_FREQ_ANNUAL);
    assert_non_null(s);
    assert_string_equal(ei_series_unit(s).name, "%");
    assert_close(ei_series_value_at(s, 0), 40, 1e-15);
    ei_dataset_free(ds);
}

static void frequency_column(void **state)
{
    (void)state;
    ei_dataset *ds;
    ei_error e;
    assert_int_equal(read_text(&ds,
                               "indicator,period,value,frequency\n"
                               "gdp,2017Q1,200,季度\n"
                               "gdp,2017,948,\n",
                               NULL, &e),
                     EI_OK);
    assert_non_null(ei_dataset_find(ds, NULL, "gdp", EI_FREQ_QUARTERLY));
    assert_non_null(ei_dataset_find(ds, NULL, "gdp", EI_FREQ_ANNUAL));
    ei_dataset_free(ds);
    assert_int_equal(read_text(&ds,
                               "indicator,period,value,frequency\n"
                               "gdp,2017Q1,200,annual\n",
                               NULL, &e),
                     EI_EPARSE);
    assert_string_equal(e.text, "frequency: \"annual\" does not match the "
                                "period (quarterly)");
    assert_int_equal(e.column, 16);
    ei_dataset_free(ds);
}

/* A row whose unit does not convert adds nothing, so lenient mode can skip
 * it. */
static void lenient_unit(void **state)
{
    (void)state;
    ei_dataset *ds;
    ei_error e;
    ei_csv_options o = EI_CSV_OPTIONS_INIT;
    o.lenient = true;
    size_t skipped = 0;
    assert_int_equal(ei_dataset_new(&ds, NULL, &e), EI_OK);
    const char *text = "indicator,period,value,unit\n"
                       "gdp,2017,948,亿元\n"
                       "gdp,2018,1000,人\n"
                       "gdp,2020,6990000,万元\n";
    assert_int_equal(ei_csv_read_buffer(ds, "l.csv", text, strlen(text), &o,
                                        &skipped, &e),
                     EI_OK);
    assert_int_equal(skipped, 1);
    const ei_series *s = ei_dataset_find(ds, NULL, "gdp", EI_FREQ_ANNUAL);
    assert_string_equal(ei_series_unit(s).name, "亿元");
    size_t i;
    assert_int_equal(ei_series_index_of(s, ei_period_year(2020), &i), EI_OK);
    /* 6,990,000 万元 = 699 亿元 (1 亿 = 10,000 万) */
    assert_close(ei_series_value_at(s, i), 699, 1e-12);
    assert_int_equal(ei_series_index_of(s, ei_period_year(2018), &i), EI_OK);
    assert_true(isnan(ei_series_value_at(s, i)));
    ei_dataset_free(ds);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(required_columns), cmocka_unit_test(measures),
        cmocka_unit_test(value_rules),      cmocka_unit_test(frequency_column),
        cmocka_unit_test(lenient_unit),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
