/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The growth engine end to end on the Hanyang dataset
 * (datasets/hanyang/observations.csv, figures from the seeds: the 2018 and
 * 2021 work reports and the 14th five-year plan). */
#include <stdlib.h>

#include "growth_fixture.h"

static int load(void **state)
{
    const char *src = getenv("SRCDIR");
    char path[1024];
    ei_dataset *ds = NULL;
    ei_error err;

    snprintf(path, sizeof path, "%s/datasets/hanyang/observations.csv",
             src ? src : "..");
    assert_int_equal(ei_dataset_new(&ds, NULL, NULL), EI_OK);
    if (ei_csv_read_file(ds, path, NULL, NULL, &err) != EI_OK)
        fail_msg("%s: %s", path, err.text);
    *state = ds;
    return 0;
}

static int unload(void **state)
{
    ei_dataset_free(*state);
    return 0;
}

static const ei_series *find(void **state, const char *indicator)
{
    const ei_series *s = ei_dataset_find(*state, "汉阳区", indicator,
                                         EI_FREQ_ANNUAL);

    assert_non_null(s);
    return s;
}

static size_t at(const ei_series *s, int year)
{
    size_t i;

    assert_int_equal(ei_series_index_of(s, ei_period_year(year), &i), EI_OK);
    return i;
}

/* Retail sales 2020: 470.67 亿元, "增长-21.7%". 2019 has no level, so the
 * reported rate stands beside a derived rate that is missing. */
static void test_retail_2020(void **state)
{
    const ei_series *s = find(state, "社会消费品零售总额");
    ei_growth_check *rows = NULL;
    size_t n, i = at(s, 2020);

    assert_int_equal(ei_growth_check_series(&rows, &n, s, NULL, NULL),
                     EI_OK);
    assert_close(rows[i].reported, -21.7, 1e-15);
    assert_true(isnan(rows[i].derived));
    assert_int_equal(rows[i].derived_reason, EI_REASON_MISSING_OPERAND);
    assert_true(isnan(rows[i].difference));
    ei_growth_checks_free(rows);
}

/* GDP: 2018 is "破千亿" (a bound), the 2019 caliber change (湖北中烟 and
 * 共建区 firms removed) lies between 2018 and 2020, and the 2020 estimate
 * of 700 was replaced by the final 699. */
static void test_gdp(void **state)
{
    const ei_series *s = find(state, "地区生产总值");
    ei_series *g = NULL;
    ei_revision *rows = NULL;
    ei_result r;
    size_t n;

    assert_true(ei_series_crosses_break(s, ei_period_year(2018),
                                        ei_period_year(2020)));
    assert_int_equal(ei_series_transform(&g, s, EI_TRANSFORM_PC1, NULL,
                                         NULL),
                     EI_OK);
    assert_missing(g, at(s, 2018), EI_REASON_BOUND);
    ei_series_free(g);
    assert_int_equal(ei_series_cagr(&r, s, ei_period_year(2018),
                                    ei_period_year(2020), NULL, NULL),
                     EI_OK);
    assert_int_equal(r.reason, EI_REASON_BREAK);
    assert_int_equal(ei_series_revisions(&rows, &n, s, NULL), EI_OK);
    for (size_t k = 0; k < n; k++) {
        if (!ei_period_equal(rows[k].period, ei_period_year(2020)))
            continue;
        assert_close(rows[k].first, 700, 1e-15);
        assert_close(rows[k].latest, 699, 1e-15);
        assert_close(rows[k].percent, -100.0 / 700, 1e-12);
        n = 0;
    }
    assert_int_equal(n, 0); /* the 2020 row was there */
    ei_revisions_free(rows);
    /* 699 (2020) -> 1100 (2025 target): 9.49 % a year */
    r = ei_growth_cagr(ei_series_value_at(s, at(s, 2020)), 1100, 5);
    assert_close(round(r.value * 100) / 100, 9.49, 1e-12);
}

/* Shares of the secondary (153.76) and tertiary (545.26) industries in
 * GDP 2020 (699): 21.997 % and 78.006 % (by hand). */
static void test_industry_shares(void **state)
{
    const ei_series *gdp = find(state, "地区生产总值");
    const ei_series *sec = find(state, "第二产业增加值");
    const ei_series *ter = find(state, "第三产业增加值");
    ei_series *sh = NULL;

    assert_int_equal(ei_series_share(&sh, sec, gdp, NULL, NULL), EI_OK);
    assert_point(sh, at(sh, 2020), 153.76 / 699 * 100, 1e-12);
    ei_series_free(sh);
    assert_int_equal(ei_series_share(&sh, ter, gdp, NULL, NULL), EI_OK);
    assert_point(sh, at(sh, 2020), 545.26 / 699 * 100, 1e-12);
    ei_series_free(sh);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_retail_2020, load, unload),
        cmocka_unit_test_setup_teardown(test_gdp, load, unload),
        cmocka_unit_test_setup_teardown(test_industry_shares, load, unload),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
