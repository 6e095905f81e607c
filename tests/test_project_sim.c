/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Simulated scenario bands: known answers (zero-variance growth, a
 * three-point bootstrap), determinism under a seed, refusals. */
#include "project_testutil.h"

#include <gsl/gsl_cdf.h>

/* Growth of exactly 10% a year (levels 100, 110, 121, 133.1): every path
 * is 133.1 * 1.1^h, so the 2022 level is 161.051 in every path and the
 * probability of reaching 161 is 1, of reaching 161.1 is 0. */
static void zero_variance(void **state)
{
    (void)state;
    const double v[] = { 100, 110, 121, 133.1 };
    ei_series *s = annual(2017, v, 4);
    for (int m = EI_PROJECT_SIM_BOOTSTRAP; m <= EI_PROJECT_SIM_NORMAL; m++) {
        ei_project_options o = EI_PROJECT_OPTIONS_INIT;
        o.method = (ei_project_method)m;
        o.paths = 1000;
        o.to = ei_period_year(2023);
        ei_projection *p = project_ok(s, &o);
        for (int k = 0; k < 3; k++) {
            const ei_series *b = k == 0   ? ei_projection_point(p)
                                 : k == 1 ? ei_projection_lower(p)
                                          : ei_projection_upper(p);
            assert_close(ei_series_value_at(b, 1), 161.051, 1e-9);
        }
        double prob = -1;
        assert_int_equal(ei_projection_prob_reach(p, ei_period_year(2022),
                                                  161.0, &prob, NULL),
                         EI_OK);
        assert_true(prob == 1.0);
        assert_int_equal(ei_projection_prob_reach(p, ei_period_year(2022),
                                                  161.1, &prob, NULL),
                         EI_OK);
        assert_true(prob == 0.0);
        assert_int_equal(ei_projection_prob_reach(p, ei_period_year(2024),
                                                  161.1, &prob, NULL),
                         EI_ENOTFOUND);
        ei_projection_free(p);
    }
    ei_series_free(s);
}

/* Bootstrap of the rates 0%, 10%, 20% (levels 100, 100, 110, 132): one
 * year ahead the level is 132, 145.2 or 158.4 with probability 1/3 each,
 * so P(X >= 150) = 1/3; two years ahead P(X >= 132 * 1.2 * 1.1) = P(both
 * draws give a product >= 1.32) = 3/9 (1.2*1.1, 1.1*1.2, 1.2*1.2).
 * With 30000 paths the binomial sd is 0.0027; the seed is fixed. */
static void bootstrap_known(void **state)
{
    (void)state;
    const double v[] = { 100, 100, 110, 132 };
    ei_series *s = annual(2017, v, 4);
    ei_project_options o = EI_PROJECT_OPTIONS_INIT;
    o.method = EI_PROJECT_SIM_BOOTSTRAP;
    o.paths = 30000;
    o.horizon = 2;
    o.seed = 7;
    ei_projection *p = project_ok(s, &o);
    double prob = 0;
    assert_int_equal(ei_projection_prob_reach(p, ei_period_year(2021), 150,
                                              &prob, NULL),
                     EI_OK);
    assert_true(fabs(prob - 1.0 / 3) < 0.012);
    assert_int_equal(ei_projection_prob_reach(p, ei_period_year(2022),
                                              132 * 1.32 - 1e-9, &prob, NULL),
                     EI_OK);
    assert_true(fabs(prob - 1.0 / 3) < 0.012);
    /* The median of the three equally likely one-year levels is 145.2. */
    assert_close(ei_series_value_at(ei_projection_point(p), 0), 145.2, 1e-9);
    const ei_projection_fit *f = ei_projection_get_fit(p);
    assert_close(f->rate, 0.1, 1e-12);
    assert_close(f->rate_sd, 0.1, 1e-12);
    assert_int_equal(f->n, 3);
    ei_projection_free(p);
    ei_series_free(s);
}

/* Normal draws with the history's mean 10% and sd 10%: one year ahead
 * X = 132 (1 + g), so the 95% band is 132 (1.1 -+ 1.96 * 0.1) =
 * [119.33, 171.07] up to simulation error (40000 paths: quantile se
 * about 0.2). */
static void normal_band(void **state)
{
    (void)state;
    const double v[] = { 100, 100, 110, 132 };
    ei_series *s = annual(2017, v, 4);
    ei_project_options o = EI_PROJECT_OPTIONS_INIT;
    o.method = EI_PROJECT_SIM_NORMAL;
    o.paths = 40000;
    o.horizon = 1;
    ei_projection *p = project_ok(s, &o);
    double z = gsl_cdf_ugaussian_Pinv(0.975);
    assert_true(fabs(ei_series_value_at(ei_projection_lower(p), 0)
                     - 132 * (1.1 - z * 0.1)) < 1.0);
    assert_true(fabs(ei_series_value_at(ei_projection_upper(p), 0)
                     - 132 * (1.1 + z * 0.1)) < 1.0);
    assert_true(fabs(ei_series_value_at(ei_projection_point(p), 0) - 145.2)
                < 0.5);
    ei_projection_free(p);
    ei_series_free(s);
}

/* The same seed gives the same band, bit for bit; another seed another. */
static void deterministic(void **state)
{
    (void)state;
    const double v[] = { 80, 86, 91, 99, 104, 115 };
    ei_series *s = annual(2015, v, 6);
    ei_project_options o = EI_PROJECT_OPTIONS_INIT;
    o.method = EI_PROJECT_SIM_NORMAL;
    o.paths = 2000;
    o.seed = 42;
    ei_projection *a = project_ok(s, &o), *b = project_ok(s, &o);
    o.seed = 43;
    ei_projection *c = project_ok(s, &o);
    int same_as_c = 1;
    for (size_t j = 0; j < 5; j++) {
        double ua = ei_series_value_at(ei_projection_upper(a), j);
        assert_true(ua == ei_series_value_at(ei_projection_upper(b), j));
        assert_true(ei_series_value_at(ei_projection_lower(a), j)
                    == ei_series_value_at(ei_projection_lower(b), j));
        if (ua != ei_series_value_at(ei_projection_upper(c), j))
            same_as_c = 0;
    }
    assert_false(same_as_c);
    ei_projection_free(a);
    ei_projection_free(b);
    ei_projection_free(c);
    ei_series_free(s);
}

static void refusals(void **state)
{
    (void)state;
    const double v[] = { 900, 948, 1000, NAN, 699, 740, 780 };
    ei_series *s = annual(2016, v, 7);
    add_break(s, 2018, 2019);
    ei_project_options o = EI_PROJECT_OPTIONS_INIT;
    o.method = EI_PROJECT_SIM_BOOTSTRAP;
    project_fails(s, &o, EI_ENODATA,
                  "The bootstrap simulation needs at least 3 growth rates "
                  "after the 2019 caliber break; the series has 2");
    o.paths = 1;
    project_fails(s, &o, EI_EINVAL, NULL);
    ei_series_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(zero_variance),
        cmocka_unit_test(bootstrap_known),
        cmocka_unit_test(normal_band),
        cmocka_unit_test(deterministic),
        cmocka_unit_test(refusals),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
