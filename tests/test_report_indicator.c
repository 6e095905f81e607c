/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One indicator's part of the report: table, caveats, revisions, charts,
 * the glance row. */
#include "report_fixture.h"

#include "report_model.h"

static void test_gdp(void **state)
{
    (void)state;
    ei_dataset *ds = rf_dataset(rf_hanyang);
    ei_table *glance = NULL;
    assert_int_equal(ei_table_new(&glance, rp_glance_columns, RP_GLANCE_NCOL,
                                  NULL),
                     EI_OK);
    rp_indicator ri;
    memset(&ri, 0, sizeof ri);
    ei_report_options o = EI_REPORT_OPTIONS_INIT;
    ei_error err;
    assert_int_equal(rp_indicator_build(&ri, glance, ds, "汉阳区", "gdp", &o,
                                        &err),
                     EI_OK);
    assert_string_equal(ri.name, "地区生产总值");
    assert_string_equal(ri.unit, "亿元");
    assert_true(ri.found);
    assert_int_equal(ri.mark, RP_MARK_FINAL); /* 699 is final */
    /* 2017, 2018, 2020: 2019 is in no document */
    assert_int_equal(ei_table_rows(ri.table), 3);
    assert_string_equal(ei_table_cell_text(ri.table, 2, 0), "2020");
    assert_int_equal(ei_table_cell_reason(ri.table, 2, 5), EI_REASON_BREAK);
    /* caveats: the break, the bound, the 2017 estimate */
    assert_int_equal(ri.caveats.n, 3);
    assert_non_null(strstr(ri.caveats.items[0], "2018 and earlier"));
    assert_non_null(strstr(ri.caveats.items[1], "2018: 1000 is a lower bound"));
    assert_non_null(strstr(ri.caveats.items[2], "2017: 948 is an estimate (预计)"));
    assert_int_equal(ri.revisions.n, 1);
    /* GDP's reported growth is at comparable prices */
    assert_int_equal(ri.notes.n, 1);
    assert_non_null(ri.level_chart);
    assert_non_null(ri.growth_chart); /* 2017's reported 7% */
    /* the glance row: the latest figure */
    assert_int_equal(ei_table_rows(glance), 1);
    assert_string_equal(ei_table_cell_text(glance, 0, 1), "2020");
    assert_close(ei_table_cell_number(glance, 0, 2), 699, 1e-12);
    assert_string_equal(ei_table_cell_text(glance, 0, 3), "actual");
    rp_indicator_free(&ri);
    ei_table_free(glance);
    ei_dataset_free(ds);
}

static void test_missing_and_estimate(void **state)
{
    (void)state;
    ei_dataset *ds = rf_dataset(
        "region,indicator,period,value,status\n"
        "汉阳区,固定资产投资,2017,445.3,estimate\n"
        "汉阳区,固定资产投资,2020,438,estimate\n");
    ei_table *glance = NULL;
    assert_int_equal(ei_table_new(&glance, rp_glance_columns, RP_GLANCE_NCOL,
                                  NULL),
                     EI_OK);
    ei_report_options o = EI_REPORT_OPTIONS_INIT;
    rp_indicator a, b;
    memset(&a, 0, sizeof a);
    memset(&b, 0, sizeof b);
    assert_int_equal(rp_indicator_build(&a, glance, ds, "汉阳区", "fai", &o,
                                        NULL),
                     EI_OK);
    assert_int_equal(a.mark, RP_MARK_ESTIMATE);
    assert_string_equal(ei_table_cell_text(glance, 0, 6),
                        "estimate, may be revised");
    assert_null(a.growth_chart); /* no growth at all */
    assert_int_equal(rp_indicator_build(&b, glance, ds, "汉阳区", "retail",
                                        &o, NULL),
                     EI_OK);
    assert_false(b.found);
    assert_null(b.table);
    assert_string_equal(ei_table_cell_text(glance, 1, 6),
                        "no figures in the data");
    rp_indicator_free(&a);
    rp_indicator_free(&b);
    ei_table_free(glance);
    ei_dataset_free(ds);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_gdp),
        cmocka_unit_test(test_missing_and_estimate),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
