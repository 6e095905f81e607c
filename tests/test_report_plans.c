/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Plan completion in the report. */
#include "report_fixture.h"

#include "report_model.h"

/* 740 of a 1000 plan by end-August: 74% done, 8/12 = 66.67% of the year
 * gone, 7.33 pp ahead (the worked example of `econind plan --help`). */
static void test_completion(void **state)
{
    (void)state;
    ei_dataset *ds = rf_dataset(
        "region,indicator,period,value,unit,measure\n"
        "汉阳区,固定资产投资,2023-01..08,740,亿元,ytd\n"
        "汉阳区,社会消费品零售总额,2023-01..08,300,亿元,ytd\n"
        "汉阳区,地区生产总值,2022,900,亿元,\n");
    const char *csv = "region,indicator,period,value,unit\n"
                      "汉阳区,固定资产投资,2023,1000,亿元\n"
                      "汉阳区,社会消费品零售总额,2023,500,亿元\n"
                      "汉阳区,新开工项目,2023,25,项\n"
                      "洪山区,固定资产投资,2023,800,亿元\n";
    ei_plans *plans = NULL;
    assert_int_equal(ei_plans_read_buffer(&plans, "plans.csv", csv,
                                          strlen(csv), NULL, NULL),
                     EI_OK);
    ei_report_options o = EI_REPORT_OPTIONS_INIT;
    o.plans = plans;
    ei_report *r = NULL;
    ei_error err;
    assert_int_equal(ei_report_new(&r, ds, &o, &err), EI_OK);
    assert_int_equal(ei_table_rows(r->plans), 2);
    assert_int_equal(r->plans_without_data, 1); /* 新开工项目 */
    assert_string_equal(ei_table_cell_text(r->plans, 0, 1), "2023-01..08");
    assert_close(ei_table_cell_number(r->plans, 0, 4), 74, 1e-12);
    assert_close(ei_table_cell_number(r->plans, 0, 5), 800.0 / 12, 1e-12);
    assert_close(ei_table_cell_number(r->plans, 0, 6), 74 - 800.0 / 12,
                 1e-12);
    assert_string_equal(ei_table_cell_text(r->plans, 0, 7), "on track");
    /* 300 of 500: 60% < 66.67%: behind */
    assert_string_equal(ei_table_cell_text(r->plans, 1, 7), "behind");
    const ei_chart *c = ei_report_chart(r, EI_REPORT_CHART_PLANS, 0);
    assert_non_null(c);
    char *html = rf_write(r, EI_REPORT_HTML);
    assert_non_null(strstr(html, "<section id=\"plans\">"));
    assert_non_null(strstr(html, "<span class=\"badge warn\">behind</span>"));
    free(html);
    char *md = rf_write(r, EI_REPORT_MARKDOWN);
    assert_non_null(strstr(md, "## Plan completion against time\n"));
    assert_non_null(strstr(md, "Annual plans with year-to-date figures: 2; "
                               "1 more"));
    free(md);
    ei_report_free(r);
    ei_plans_free(plans);
    ei_dataset_free(ds);
}

static void test_no_plans(void **state)
{
    (void)state;
    ei_dataset *ds = rf_dataset(rf_hanyang);
    ei_report *r = NULL;
    assert_int_equal(ei_report_new(&r, ds, NULL, NULL), EI_OK);
    assert_null(ei_report_chart(r, EI_REPORT_CHART_PLANS, 0));
    assert_non_null(ei_report_chart(r, EI_REPORT_CHART_LEVEL, 0));
    assert_non_null(ei_report_chart(r, EI_REPORT_CHART_GROWTH, 0));
    assert_null(ei_report_chart(r, EI_REPORT_CHART_LEVEL, 1)); /* no FAI */
    assert_null(ei_report_chart(r, EI_REPORT_CHART_LEVEL, 4));
    assert_int_equal(ei_report_indicator_count(r), 4);
    ei_report_free(r);
    ei_dataset_free(ds);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_completion),
                                       cmocka_unit_test(test_no_plans)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
