/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Linear and log-linear trends against values computed independently in
 * exact arithmetic by project_reference/trend_ref.py (the script is beside
 * its output), interval coverage on simulated data, refusals. */
#include "project_testutil.h"

#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>

#include "project_reference/trend_ref.h"

static void check_path(const ei_projection *p, const double *point,
                       const double *lower, const double *upper, size_t h)
{
    const ei_series *pt = ei_projection_point(p);
    assert_int_equal(ei_series_len(pt), h);
    for (size_t j = 0; j < h; j++) {
        assert_close(ei_series_value_at(pt, j), point[j], 1e-9);
        assert_close(ei_series_value_at(ei_projection_lower(p), j), lower[j],
                     1e-9);
        assert_close(ei_series_value_at(ei_projection_upper(p), j), upper[j],
                     1e-9);
    }
}

/* trend_ref.py case lin5: 2016-2020, five points, to 2025 at 95%. */
static void linear_five_points(void **state)
{
    (void)state;
    const double v[] = { 612.3, 655.1, 700.4, 731.0, 780.9 };
    ei_series *s = annual(2016, v, 5);
    ei_project_options o = EI_PROJECT_OPTIONS_INIT;
    o.method = EI_PROJECT_LINEAR;
    o.to = ei_period_year(2025);
    ei_projection *p = project_ok(s, &o);
    const ei_projection_fit *f = ei_projection_get_fit(p);
    assert_close(f->intercept, lin5_fit[0], 1e-12);
    assert_close(f->slope, lin5_fit[1], 1e-12);
    assert_close(f->sse, lin5_fit[2], 1e-9);
    assert_int_equal(f->dof, 3);
    assert_int_equal(f->n, 5);
    assert_int_equal(f->origin.year, 2020);
    assert_int_equal(ei_series_start(ei_projection_point(p)).year, 2021);
    assert_string_equal(ei_projection_method_name(p), "linear");
    check_path(p, lin5_point, lin5_lower, lin5_upper, 5);

    /* At the point forecast the probability of reaching it is one half. */
    double prob = 0;
    assert_int_equal(ei_projection_prob_reach(p, ei_period_year(2025),
                                              lin5_point[4], &prob, NULL),
                     EI_OK);
    assert_close(prob, 0.5, 1e-12);
    ei_projection_free(p);
    ei_series_free(s);
}

/* lin_gap / log_gap: 2014-2020 with 2016 missing (skipped, t keeps
 * counting), horizon 3 at 90%. */
static void trends_skip_missing(void **state)
{
    (void)state;
    const double v[] = { 410.5, 433.2, NAN, 480.7, 512.9, 530.1, 566.4 };
    ei_series *s = annual(2014, v, 7);
    ei_project_options o = EI_PROJECT_OPTIONS_INIT;
    o.horizon = 3;
    o.level = 0.90;
    o.method = EI_PROJECT_LINEAR;
    ei_projection *p = project_ok(s, &o);
    assert_close(ei_projection_get_fit(p)->slope, lin_gap_fit[1], 1e-12);
    assert_int_equal(ei_projection_get_fit(p)->n, 6);
    check_path(p, lin_gap_point, lin_gap_lower, lin_gap_upper, 3);
    ei_projection_free(p);

    o.method = EI_PROJECT_LOGLINEAR;
    p = project_ok(s, &o);
    assert_close(ei_projection_get_fit(p)->intercept, log_gap_fit[0], 1e-12);
    assert_close(ei_projection_get_fit(p)->slope, log_gap_fit[1], 1e-9);
    check_path(p, log_gap_point, log_gap_lower, log_gap_upper, 3);
    /* Probability from the t distribution in logs: at the median, 1/2. */
    double prob = 0;
    assert_int_equal(ei_projection_prob_reach(p, ei_period_year(2023),
                                              log_gap_point[2], &prob, NULL),
                     EI_OK);
    assert_close(prob, 0.5, 1e-9);
    ei_projection_free(p);
    ei_series_free(s);
}

/* Two points after the 2019 break: refused with the documented message;
 * the old caliber's 2016-2018 points are not used. */
static void refuses_after_break(void **state)
{
    (void)state;
    const double v[] = { 900, 948, 1000, NAN, 699, 760 };
    ei_series *s = annual(2016, v, 6);
    add_break(s, 2018, 2019);
    ei_project_options o = EI_PROJECT_OPTIONS_INIT;
    project_fails(s, &o, EI_ENODATA,
                  "A linear trend needs at least 3 observations after the "
                  "2019 caliber break; the series has 2");
    ei_series_free(s);

    const double w[] = { 5.0, 4.0 };
    s = annual(2019, w, 2);
    o.method = EI_PROJECT_LOGLINEAR;
    project_fails(s, &o, EI_ENODATA,
                  "A log-linear trend needs at least 3 observations; the "
                  "series has 2");
    ei_series_free(s);

    const double neg[] = { 5.0, -1.0, 3.0 };
    s = annual(2019, neg, 3);
    project_fails(s, &o, EI_ENODATA,
                  "a log-linear trend needs positive levels; 2020 has -1");
    ei_series_free(s);
}

/* 2000 series of 8 points y = 100 + 5 t + N(0, 4^2); the 95% prediction
 * interval 3 years ahead must cover the simulated future value 93-97% of
 * the time (exactly 95% in expectation; binomial sd 0.49 points). */
static void interval_coverage(void **state)
{
    (void)state;
    gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
    gsl_rng_set(r, 20240501UL);
    ei_project_options o = EI_PROJECT_OPTIONS_INIT;
    o.horizon = 3;
    size_t covered[2] = { 0, 0 };
    const size_t reps = 2000;
    for (size_t rep = 0; rep < reps; rep++) {
        double v[8];
        for (int t = 0; t < 8; t++)
            v[t] = 100.0 + 5.0 * t + gsl_ran_gaussian(r, 4.0);
        double future = 100.0 + 5.0 * 10 + gsl_ran_gaussian(r, 4.0);
        /* The same process in logs for the log-linear trend. */
        double lv[8];
        for (int t = 0; t < 8; t++)
            lv[t] = exp(4.0 + 0.05 * t + gsl_ran_gaussian(r, 0.03));
        double lfuture = exp(4.0 + 0.05 * 10 + gsl_ran_gaussian(r, 0.03));
        ei_series *s = annual(2013, v, 8), *ls = annual(2013, lv, 8);
        o.method = EI_PROJECT_LINEAR;
        ei_projection *p = project_ok(s, &o);
        o.method = EI_PROJECT_LOGLINEAR;
        ei_projection *lp = project_ok(ls, &o);
        if (ei_series_value_at(ei_projection_lower(p), 2) <= future
            && future <= ei_series_value_at(ei_projection_upper(p), 2))
            covered[0]++;
        if (ei_series_value_at(ei_projection_lower(lp), 2) <= lfuture
            && lfuture <= ei_series_value_at(ei_projection_upper(lp), 2))
            covered[1]++;
        ei_projection_free(p);
        ei_projection_free(lp);
        ei_series_free(s);
        ei_series_free(ls);
    }
    gsl_rng_free(r);
    for (int k = 0; k < 2; k++) {
        double share = (double)covered[k] / (double)reps;
        print_message("coverage %s: %.4f\n", k ? "loglinear" : "linear",
                      share);
        assert_true(share >= 0.93 && share <= 0.97);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(linear_five_points),
        cmocka_unit_test(trends_skip_missing),
        cmocka_unit_test(refuses_after_break),
        cmocka_unit_test(interval_coverage),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
