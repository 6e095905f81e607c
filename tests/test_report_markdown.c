/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Markdown report of the Hanyang figures. */
#include "report_fixture.h"

static void test_hanyang(void **state)
{
    (void)state;
    ei_dataset *ds = rf_dataset(rf_hanyang);
    char *md = rf_report(ds, NULL, EI_REPORT_MARKDOWN);
    assert_true(strncmp(md, "# 汉阳区: district report\n", 29) == 0);
    assert_non_null(strstr(md, "## At a glance"));
    const char *gdp = strstr(md, "## 地区生产总值 (gross domestic product), 亿元");
    assert_non_null(gdp);
    assert_non_null(strstr(gdp, "| 2017 | 948.00 | estimate |  | 7.0 |"));
    assert_non_null(strstr(gdp, "| 2018 | 1000.00 | actual | above |"));
    /* 2020 on the new caliber: no growth from 2018 */
    const char *y2020 = strstr(gdp, "| 2020 | 699.00 | actual |");
    assert_non_null(y2020);
    assert_true(strstr(y2020, "[caliber-break]") < strstr(y2020, "\n"));
    assert_non_null(strstr(gdp, "Caliber break (口径调整): 2018 and earlier"));
    /* -1 / 700 = -0.142857% */
    assert_non_null(strstr(gdp, "2020: first published as estimate 700, now "
                                "actual 699 (-1, -0.14%)."));
    assert_non_null(strstr(gdp, "**Projection.** No projection:"));
    /* indicators without figures say so */
    assert_non_null(strstr(md, "## 固定资产投资 (fixed-asset investment), "
                               "亿元\n\nNo figures in the data."));
    assert_null(strstr(md, "<svg")); /* charts are for HTML */
    free(md);
    ei_dataset_free(ds);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_hanyang)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
