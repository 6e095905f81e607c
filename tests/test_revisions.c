/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Revision tables: first release against latest value. */
#include "growth_fixture.h"

static void add(ei_dataset *ds, ei_period p, double v, ei_obs_status st,
                const char *release)
{
    ei_series_meta meta = {"汉阳区", "gdp", "亿元", EI_FREQ_ANNUAL,
                           EI_MEASURE_LEVEL, EI_BASIS_CURRENT};
    ei_observation ob;

    memset(&ob, 0, sizeof ob);
    ob.period = p;
    ob.value = v;
    ob.growth = NAN;
    ob.status = st;
    ob.release = release;
    assert_int_equal(ei_dataset_add(ds, &meta, &ob, NULL), EI_OK);
}

/* Hanyang GDP (seeds): 2017 estimate 948 only (2018 work report); 2018
 * final 1000 only; 2020 estimate 700 (2021 work report) and final 699
 * (14th five-year plan): change -1, percent -1/700*100 = -0.142857. A
 * 2025 target of 1100 is not a release. */
static void test_hanyang_gdp(void **state)
{
    ei_dataset *ds = NULL;
    const ei_series *s;
    ei_revision *rows = NULL;
    size_t n = 0;
    (void)state;

    assert_int_equal(ei_dataset_new(&ds, NULL, NULL), EI_OK);
    add(ds, ei_period_year(2017), 948, EI_STATUS_ESTIMATE, "2018-01");
    add(ds, ei_period_year(2018), 1000, EI_STATUS_ACTUAL, "2019-01");
    add(ds, ei_period_year(2020), 700, EI_STATUS_ESTIMATE, "2021-01");
    add(ds, ei_period_year(2020), 699, EI_STATUS_ACTUAL, "2021-03");
    add(ds, ei_period_year(2025), 1100, EI_STATUS_TARGET, "2021-03");
    assert_int_equal(ei_dataset_commit(ds, NULL), EI_OK);
    s = ei_dataset_find(ds, "汉阳区", "gdp", EI_FREQ_ANNUAL);
    assert_non_null(s);

    assert_int_equal(ei_series_revisions(&rows, &n, s, NULL), EI_OK);
    assert_int_equal(n, 3);
    assert_true(ei_period_equal(rows[0].period, ei_period_year(2017)));
    assert_int_equal(rows[0].reason, EI_REASON_ESTIMATE_ONLY);
    assert_true(isnan(rows[0].change));
    assert_int_equal(rows[0].vintages, 1);

    assert_true(ei_period_equal(rows[1].period, ei_period_year(2018)));
    assert_int_equal(rows[1].reason, EI_REASON_NONE);
    assert_close(rows[1].change + 1, 1, 1e-15); /* change 0 */
    assert_close(rows[1].percent + 1, 1, 1e-15);

    assert_true(ei_period_equal(rows[2].period, ei_period_year(2020)));
    assert_int_equal(rows[2].vintages, 2);
    assert_close(rows[2].first, 700, 1e-15);
    assert_int_equal(rows[2].first_status, EI_STATUS_ESTIMATE);
    assert_close(rows[2].latest, 699, 1e-15);
    assert_int_equal(rows[2].latest_status, EI_STATUS_ACTUAL);
    assert_close(rows[2].change, -1, 1e-15);
    assert_close(rows[2].percent, -100.0 / 700, 1e-12);
    ei_revisions_free(rows);
    ei_dataset_free(ds);
}

/* A series built in code has no observations: no rows. */
static void test_no_observations(void **state)
{
    const double v[] = {1, 2};
    ei_series *s = fx_levels(ei_period_year(2020), v, 2);
    ei_revision *rows = (ei_revision *)1;
    size_t n = 9;
    (void)state;

    assert_int_equal(ei_series_revisions(&rows, &n, s, NULL), EI_OK);
    assert_int_equal(n, 0);
    assert_null(rows);
    assert_int_equal(ei_series_revisions(&rows, &n, NULL, NULL), EI_EINVAL);
    ei_revisions_free(NULL);
    ei_series_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_hanyang_gdp),
        cmocka_unit_test(test_no_observations),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
