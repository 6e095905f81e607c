/* SPDX-License-Identifier: GPL-3.0-or-later */
/* End to end: Hanyang GDP (datasets/hanyang/observations.csv) projected to
 * 2025 under every method, against the 14th five-year plan's target of
 * 1100 亿元 (地区生产总值突破1100亿元). After the 2019 caliber break the
 * documents give a single level, 699 亿元 in 2020, and no growth rate: the
 * given-rate and target-path methods work, every method that needs a
 * history refuses and says why. The 2020 estimate (700, work report of
 * 2020-12-28) is checked against the final 699. */
#include "project_testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static ei_dataset *read_hanyang(void)
{
    const char *src = getenv("SRCDIR");
    char path[1024];
    snprintf(path, sizeof path, "%s/datasets/hanyang/observations.csv",
             src ? src : ".");
    ei_dataset *ds = NULL;
    assert_int_equal(ei_dataset_new(&ds, NULL, NULL), EI_OK);
    ei_error err;
    int rc = ei_csv_read_file(ds, path, NULL, NULL, &err);
    if (rc) {
        char buf[512];
        ei_error_format(&err, buf, sizeof buf);
        print_error("%s\n", buf);
    }
    assert_int_equal(rc, EI_OK);
    return ds;
}

static void gdp_to_2025(void **state)
{
    (void)state;
    ei_dataset *ds = read_hanyang();
    const ei_series *gdp = ei_dataset_find(ds, "汉阳区", "地区生产总值",
                                           EI_FREQ_ANNUAL);
    assert_non_null(gdp);
    assert_true(ei_series_break_count(gdp) >= 1);

    ei_project_options o = EI_PROJECT_OPTIONS_INIT;
    o.to = ei_period_year(2025);
    o.target = 1100;
    o.rate = 7.5; /* the plan's 年均增长7.5%以上 */
    int worked = 0;
    for (int m = 0; m < EI_PROJECT_METHOD_COUNT_; m++) {
        o.method = (ei_project_method)m;
        ei_projection *p = NULL;
        ei_error err;
        int rc = ei_project(&p, gdp, &o, &err);
        if (m == EI_PROJECT_CONSTANT_RATE || m == EI_PROJECT_TARGET_PATH) {
            assert_int_equal(rc, EI_OK);
            const ei_projection_fit *f = ei_projection_get_fit(p);
            double x2025 = ei_series_value_at(ei_projection_point(p), 4);
            double prob = -1;
            assert_int_equal(ei_projection_prob_reach(p, o.to, o.target,
                                                      &prob, NULL),
                             EI_OK);
            print_message("%-14s 2025: %8.2f (rate %.2f%%), P(>= 1100) = "
                          "%.2f\n", ei_project_method_name(o.method), x2025,
                          100 * f->rate, prob);
            assert_close(f->base, 699, 1e-15);
            assert_int_equal(f->origin.year, 2020);
            if (m == EI_PROJECT_CONSTANT_RATE) {
                /* 699 * 1.075^5 = 1003.50 (test_project_constant.c) */
                assert_close(x2025, 1003.504898994140625, 1e-12);
                assert_true(prob == 0.0);
            } else {
                /* DOMAIN.md: 9.49% a year */
                assert_true(fabs(100 * f->rate - 9.49) < 0.005);
                assert_true(prob == 1.0);
            }
            worked++;
            ei_projection_free(p);
        } else {
            assert_int_equal(rc, EI_ENODATA);
            assert_null(p);
            print_message("%-14s refused: %s\n",
                          ei_project_method_name(o.method), err.text);
            assert_non_null(strstr(err.text, "after the 2019 caliber break"));
            assert_non_null(strstr(err.text, "the series has"));
        }
    }
    assert_int_equal(worked, 2);

    /* The back-test has nothing to compare after the break, and nothing
     * within the old caliber either (2017 is an estimate, 2018 a bound,
     * no 2016): every method refuses or finds no actual. */
    ei_backtest *bt = NULL;
    assert_int_equal(ei_backtest_run(&bt, gdp, NULL, NULL), EI_OK);
    const ei_backtest_summary *best = NULL;
    assert_int_equal(ei_backtest_best(bt, 0, &best, NULL), EI_ENODATA);
    ei_backtest_free(bt);

    /* Estimates against finals: 2020 预计 700 against 699 (+1, +0.143%). */
    ei_estimate_report *r = NULL;
    assert_int_equal(ei_estimates_check(&r, gdp, NULL), EI_OK);
    int found = 0;
    for (size_t i = 0; i < ei_estimate_report_count(r); i++) {
        const ei_estimate_check *c = ei_estimate_report_at(r, i);
        if (c->period.year == 2020) {
            assert_int_equal(c->reason, EI_REASON_NONE);
            assert_close(c->error, 1.0, 1e-12);
            assert_close(c->pct_error, 100.0 / 699.0, 1e-12);
            found = 1;
        } else if (c->period.year == 2017) {
            assert_int_equal(c->reason, EI_REASON_ESTIMATE_ONLY);
        }
    }
    assert_true(found);
    ei_estimate_report_free(r);
    ei_dataset_free(ds);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(gdp_to_2025),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
