/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The projection part of the report, and the odds of level targets. */
#include "report_fixture.h"

#include "chart_priv.h"
#include "report_model.h"

/* Five levels growing exactly 10% a year: every bootstrap path grows 10%,
 * so 2025 = 146.41 x 1.1^5 = 235.7947691 (hand-worked), with no spread. */
static const char steady[] =
    "region,indicator,period,value,unit\n"
    "汉阳区,地区生产总值,2016,100,亿元\n"
    "汉阳区,地区生产总值,2017,110,亿元\n"
    "汉阳区,地区生产总值,2018,121,亿元\n"
    "汉阳区,地区生产总值,2019,133.1,亿元\n"
    "汉阳区,地区生产总值,2020,146.41,亿元\n";

static void test_steady_growth(void **state)
{
    (void)state;
    ei_dataset *ds = rf_dataset(steady);
    ei_targets *t = rf_targets("region,indicator,period,kind,operator,value,unit\n"
                               "汉阳区,地区生产总值,2025,level,>=,230,亿元\n"
                               "汉阳区,地区生产总值,2025,level,>=,240,亿元\n");
    const ei_series *s = ei_dataset_find(ds, "汉阳区", "gdp", EI_FREQ_ANNUAL);
    ei_report_options o = EI_REPORT_OPTIONS_INIT;
    o.targets = t;
    rp_indicator ri;
    memset(&ri, 0, sizeof ri);
    ei_error err;
    assert_int_equal(ei_chart_new(&ri.level_chart, EI_CHART_LINE, "", "", NULL),
                     EI_OK);
    ri.unit = "亿元";
    assert_int_equal(rp_projection_build(&ri, s, ds, "汉阳区", "gdp", &o, &err),
                     EI_OK);
    assert_true(ri.projection.n >= 4);
    assert_non_null(strstr(ri.projection.items[0], "Projected to 2025 with "
                                                   "simulated paths"));
    assert_non_null(strstr(ri.projection.items[0], "235.8 亿元 in 2025"));
    assert_non_null(strstr(ri.projection.items[1], "from 235.8 to 235.8"));
    assert_non_null(strstr(ri.projection.items[2], "(>= 230): 100%"));
    assert_non_null(strstr(ri.projection.items[3], "(>= 240): 0%"));
    assert_int_equal(ei_table_rows(ri.proj_table), 5);
    assert_close(ei_table_cell_number(ri.proj_table, 4, 1), 235.7947691,
                 1e-9);
    /* the fan: a band and the dashed path from the 2020 origin */
    assert_int_equal(ri.level_chart->nlines, 2);
    assert_non_null(ri.level_chart->lines[0].upper);
    assert_int_equal(ri.level_chart->lines[1].n, 6);
    assert_true(ri.level_chart->lines[1].dashed);
    ri.unit = NULL;
    rp_indicator_free(&ri);
    ei_targets_free(t);
    ei_dataset_free(ds);
}

static void test_too_few(void **state)
{
    (void)state;
    ei_dataset *ds = rf_dataset("region,indicator,period,value\n"
                                "汉阳区,地区生产总值,2020,699\n");
    const ei_series *s = ei_dataset_find(ds, "汉阳区", "gdp", EI_FREQ_ANNUAL);
    ei_report_options o = EI_REPORT_OPTIONS_INIT;
    rp_indicator ri;
    memset(&ri, 0, sizeof ri);
    assert_int_equal(rp_projection_build(&ri, s, ds, "汉阳区", "gdp", &o, NULL),
                     EI_OK);
    assert_int_equal(ri.projection.n, 1);
    assert_true(strncmp(ri.projection.items[0], "No projection: ", 15) == 0);
    assert_null(ri.proj_table);
    rp_indicator_free(&ri);
    ei_dataset_free(ds);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_steady_growth),
        cmocka_unit_test(test_too_few),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
