/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Estimates (预计) against final figures. */
#include "project_testutil.h"

static void add(ei_dataset *ds, int year, double value, double growth,
                ei_obs_status st, ei_bound bound, const char *release)
{
    ei_series_meta meta = { "汉阳区", "地区生产总值", "亿元", EI_FREQ_ANNUAL,
                            EI_MEASURE_LEVEL, EI_BASIS_CURRENT };
    ei_observation o = { ei_period_year(year), value, growth, st, bound,
                         NULL, release, NULL, NULL, NULL, 0 };
    ei_error err;
    int rc = ei_dataset_add(ds, &meta, &o, &err);
    if (rc)
        print_error("ei_dataset_add: %s\n", err.text);
    assert_int_equal(rc, EI_OK);
}

/* Hanyang GDP (datasets/hanyang/observations.csv, from the 2021 work
 * report and the 14th five-year plan): 2017 预计 948 (+7%) with no final
 * figure in the documents; 2018 actual "破千亿" (a bound); 2020 预计 700
 * (2020-12-28) and final 699 (2021-05): error +1 亿元, 100/699 =
 * 0.14306…%. The 2018 estimate of 990 (+7.0%) and the 2018 growth of
 * 7.2% are invented for the test (the documents give neither). */
static void hanyang_gdp(void **state)
{
    (void)state;
    ei_dataset *ds = NULL;
    assert_int_equal(ei_dataset_new(&ds, NULL, NULL), EI_OK);
    add(ds, 2017, 948, 7, EI_STATUS_ESTIMATE, EI_BOUND_EXACT, "2017-12-26");
    add(ds, 2018, 990, 7.0, EI_STATUS_ESTIMATE, EI_BOUND_EXACT, "2018-12");
    add(ds, 2018, 1000, 7.2, EI_STATUS_ACTUAL, EI_BOUND_ABOVE, "2020-12-28");
    add(ds, 2020, 700, NAN, EI_STATUS_ESTIMATE, EI_BOUND_EXACT, "2020-12-28");
    add(ds, 2020, 699, NAN, EI_STATUS_ACTUAL, EI_BOUND_EXACT, "2021-05");
    ei_error err;
    int rc = ei_dataset_commit(ds, &err);
    if (rc)
        print_error("commit: %s\n", err.text);
    assert_int_equal(rc, EI_OK);
    const ei_series *s = ei_dataset_find(ds, "汉阳区", "地区生产总值",
                                         EI_FREQ_ANNUAL);
    assert_non_null(s);

    ei_estimate_report *r = NULL;
    assert_int_equal(ei_estimates_check(&r, s, NULL), EI_OK);
    assert_int_equal(ei_estimate_report_count(r), 3);
    const ei_estimate_check *c = ei_estimate_report_at(r, 0);
    assert_int_equal(c->period.year, 2017);
    assert_int_equal(c->reason, EI_REASON_ESTIMATE_ONLY);
    assert_true(isnan(c->error));

    c = ei_estimate_report_at(r, 1);
    assert_int_equal(c->period.year, 2018);
    assert_int_equal(c->reason, EI_REASON_BOUND);
    assert_true(isnan(c->error));
    assert_close(c->growth_error, -0.2, 1e-12);

    c = ei_estimate_report_at(r, 2);
    assert_int_equal(c->period.year, 2020);
    assert_int_equal(c->reason, EI_REASON_NONE);
    assert_close(c->estimate, 700, 1e-15);
    assert_close(c->final, 699, 1e-15);
    assert_close(c->error, 1.0, 1e-15);
    assert_close(c->pct_error, 100.0 / 699.0, 1e-12);
    assert_int_equal(c->final_status, EI_STATUS_ACTUAL);
    assert_string_equal(c->final_release, "2021-05");
    assert_string_equal(c->estimate_release, "2020-12-28");
    assert_null(ei_estimate_report_at(r, 3));

    ei_estimate_summary sum;
    ei_estimate_report_summary(r, &sum);
    assert_int_equal(sum.count, 3);
    assert_int_equal(sum.n, 1);
    assert_close(sum.bias, 1.0, 1e-15);
    assert_close(sum.mape, 100.0 / 699.0, 1e-12);
    assert_int_equal(sum.n_growth, 1);
    assert_close(sum.growth_bias, -0.2, 1e-12);
    ei_estimate_report_free(r);
    ei_dataset_free(ds);
}

/* A revised figure beats the actual one; a series without vintages gives
 * an empty report. */
static void revised_wins(void **state)
{
    (void)state;
    ei_dataset *ds = NULL;
    assert_int_equal(ei_dataset_new(&ds, NULL, NULL), EI_OK);
    add(ds, 2021, 760, NAN, EI_STATUS_ESTIMATE, EI_BOUND_EXACT, NULL);
    add(ds, 2021, 750, NAN, EI_STATUS_ACTUAL, EI_BOUND_EXACT, NULL);
    add(ds, 2021, 800, NAN, EI_STATUS_REVISED, EI_BOUND_EXACT, NULL);
    assert_int_equal(ei_dataset_commit(ds, NULL), EI_OK);
    const ei_series *s = ei_dataset_at(ds, 0);
    ei_estimate_report *r = NULL;
    assert_int_equal(ei_estimates_check(&r, s, NULL), EI_OK);
    assert_int_equal(ei_estimate_report_count(r), 1);
    /* 760 - 800 = -40, -5% */
    assert_close(ei_estimate_report_at(r, 0)->error, -40, 1e-15);
    assert_close(ei_estimate_report_at(r, 0)->pct_error, -5, 1e-13);
    assert_int_equal(ei_estimate_report_at(r, 0)->final_status,
                     EI_STATUS_REVISED);
    ei_estimate_report_free(r);
    ei_dataset_free(ds);

    const double v[] = { 1, 2 };
    ei_series *plain = annual(2020, v, 2);
    assert_int_equal(ei_estimates_check(&r, plain, NULL), EI_OK);
    assert_int_equal(ei_estimate_report_count(r), 0);
    ei_estimate_summary sum;
    ei_estimate_report_summary(r, &sum);
    assert_true(isnan(sum.mape));
    ei_estimate_report_free(r);
    ei_series_free(plain);
}

/* NULL report: no estimates (backtest.h). */
static void null_report(void **state)
{
    (void)state;
    ei_estimate_summary s;
    assert_int_equal(ei_estimate_report_count(NULL), 0);
    assert_null(ei_estimate_report_at(NULL, 0));
    ei_estimate_report_summary(NULL, &s);
    assert_int_equal(s.count, 0);
    assert_int_equal(s.n, 0);
    ei_estimate_report_summary(NULL, NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(hanyang_gdp),
        cmocka_unit_test(null_report),
        cmocka_unit_test(revised_wins),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
