/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The targets of the report: actual, gap, status, notes. */
#include "report_fixture.h"

#include "report_model.h"

/* GDP 100 (2019) -> 106.5 (2020); retail sales the same: derived growth
 * 6.5%, nominal like retail's published growth (for GDP it would be
 * nominal against a real target: unknown, price basis; gap.h). */
static const char data[] =
    "region,indicator,period,value,unit\n"
    "汉阳区,地区生产总值,2019,100,亿元\n"
    "汉阳区,地区生产总值,2020,106.5,亿元\n"
    "汉阳区,社会消费品零售总额,2019,100,亿元\n"
    "汉阳区,社会消费品零售总额,2020,106.5,亿元\n"
    "汉阳区,固定资产投资,2017,445.3,亿元\n";

static const char targets[] =
    "region,indicator,period,kind,operator,value,unit\n"
    "汉阳区,社会消费品零售总额,2020,growth,>=,6,%\n"
    "汉阳区,地区生产总值,2020,level,>=,110,亿元\n"
    "汉阳区,地区生产总值,2021-2025,level,>,200,亿元\n"
    "汉阳区,固定资产投资,2018,growth,>=,9,%\n"
    "洪山区,地区生产总值,2019,growth,>=,6,%\n"
    "汉阳区,新增市场主体,2019,count,>=,9000,户\n";

/* The row of the target of `period` written as `target`. */
static size_t row_of(const ei_table *t, const char *period,
                     const char *target)
{
    for (size_t r = 0; r < ei_table_rows(t); r++)
        if (strcmp(ei_table_cell_text(t, r, 1), period) == 0 &&
            strcmp(ei_table_cell_text(t, r, 2), target) == 0)
            return r;
    fail_msg("no row %s %s", period, target);
    return 0;
}

static void test_rows(void **state)
{
    (void)state;
    ei_dataset *ds = rf_dataset(data);
    ei_targets *t = rf_targets(targets);
    ei_report *r = NULL;
    ei_report_options o = EI_REPORT_OPTIONS_INIT;
    o.targets = t;
    ei_error err;
    assert_int_equal(ei_report_new(&r, ds, &o, &err), EI_OK);
    assert_int_equal(r->data_year, 2020);
    /* 4 of 汉阳区 with figures; 洪山区's skipped; 新增市场主体 has none */
    assert_int_equal(ei_table_rows(r->targets), 4);
    assert_int_equal(r->targets_without_data, 1);
    /* needing attention first: not met before met, unknown last */
    size_t met = row_of(r->targets, "2020", ">= 6%");
    size_t not_met = row_of(r->targets, "2020", ">= 110 亿元");
    size_t pace = row_of(r->targets, "2021-2025", "> 200 亿元");
    size_t unrep = row_of(r->targets, "2018", ">= 9%");
    assert_int_equal(not_met, 0);
    assert_true(met > not_met);
    assert_int_equal(unrep, 3);
    assert_int_equal(r->targets_known, 3);
    /* growth 6.5 against >= 6: met, gap +0.5 pp */
    assert_close(ei_table_cell_number(r->targets, met, 3), 6.5, 1e-9);
    assert_close(ei_table_cell_number(r->targets, met, 4), 0.5, 1e-9);
    assert_string_equal(ei_table_cell_text(r->targets, met, 5), "met");
    /* 106.5 against >= 110 in its own year: not met, gap -3.5 */
    assert_close(ei_table_cell_number(r->targets, not_met, 4), -3.5, 1e-9);
    assert_string_equal(ei_table_cell_text(r->targets, not_met, 5),
                        "not met");
    /* > 200 by 2025 from 106.5 in 2020: (200 / 106.5)^(1/5) - 1 =
     * 13.4321% */
    assert_string_equal(ei_table_cell_text(r->targets, pace, 3),
                        "106.5 (2020)");
    assert_string_equal(ei_table_cell_text(r->targets, pace, 6),
                        "needs 13.43% a year for 5 more years");
    /* 2018 ended, the data run to 2020, no 2018 figure: not reported */
    assert_string_equal(ei_table_cell_text(r->targets, unrep, 5), "unknown");
    assert_string_equal(ei_table_cell_text(r->targets, unrep, 6),
                        "no figure for 2018 in the data");
    assert_int_equal(r->by_status[EI_SCORE_MET], 1);
    assert_int_equal(r->by_status[EI_SCORE_HARD], 1);
    /* GDP's card: its targets with a known status, needing attention
     * first */
    assert_int_equal(r->ind[0].goals.n, 2);
    assert_string_equal(r->ind[0].goals.items[0], "2020 >= 110 亿元: not met");
    assert_int_equal(r->ind[0].goal_tone[0], RP_TONE_BAD);
    assert_string_equal(r->ind[0].goals.items[1],
                        "2021-2025 > 200 亿元: on track");
    assert_int_equal(r->ind[0].goal_tone[1], RP_TONE_GOOD);
    /* retail sales' (the third headline indicator) */
    assert_int_equal(r->ind[2].goals.n, 1);
    assert_string_equal(r->ind[2].goals.items[0], "2020 >= 6%: met");
    char *md = rf_write(r, EI_REPORT_MARKDOWN);
    assert_non_null(strstr(md, "## Targets\n"));
    assert_non_null(strstr(md, "Targets with figures to compare: 4 (1 met"));
    free(md);
    char *html = rf_write(r, EI_REPORT_HTML);
    assert_non_null(strstr(html, "<span class=\"badge good\">met</span>"));
    assert_non_null(strstr(html, "<span class=\"badge bad\">not met</span>"));
    assert_non_null(strstr(html, "<div class=\"good\">1 met</div>"));
    /* the unknown ones folded away below the rest */
    assert_non_null(strstr(html, "<details><summary>1 target whose status"));
    free(html);
    ei_report_free(r);
    ei_targets_free(t);
    ei_dataset_free(ds);
}

static void test_is_for(void **state)
{
    (void)state;
    ei_dataset *ds = rf_dataset(data);
    ei_target t = ei_target_init();
    t.indicator = "GDP";
    t.region = "";
    assert_true(rp_target_is_for(ds, &t, "汉阳区", "地区生产总值"));
    assert_false(rp_target_is_for(ds, &t, "汉阳区", "fai"));
    t.region = "洪山区";
    assert_false(rp_target_is_for(ds, &t, "汉阳区", "gdp"));
    t.region = NULL;
    t.indicator = "龙阳湖健康谷运营面积";
    assert_true(rp_target_is_for(ds, &t, "汉阳区", "龙阳湖健康谷运营面积"));
    ei_dataset_free(ds);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_rows),
                                       cmocka_unit_test(test_is_for)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
