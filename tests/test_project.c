/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ei_project(): option checks, method names, the projection object. */
#include "project_testutil.h"

#include <string.h>

static void names_round_trip(void **state)
{
    (void)state;
    for (int m = 0; m < EI_PROJECT_METHOD_COUNT_; m++) {
        const char *name = ei_project_method_name((ei_project_method)m);
        ei_project_method back = EI_PROJECT_METHOD_COUNT_;
        assert_int_equal(ei_project_method_parse(&back, name, NULL), EI_OK);
        assert_int_equal(back, m);
        for (int k = m + 1; k < EI_PROJECT_METHOD_COUNT_; k++)
            assert_string_not_equal(name,
                                    ei_project_method_name((ei_project_method)k));
    }
    ei_project_method m;
    ei_error err;
    assert_int_equal(ei_project_method_parse(&m, "arima", &err), EI_EPARSE);
    assert_string_equal(err.text, "unknown projection method 'arima'");
    assert_string_equal(ei_project_method_name((ei_project_method)99),
                        "unknown");
    assert_int_equal(ei_project_min_points(EI_PROJECT_HOLT, 3), 4);
    assert_int_equal(ei_project_min_points(EI_PROJECT_DAMPED, 3), 5);
    assert_int_equal(ei_project_min_points(EI_PROJECT_CONSTANT_AVG, 3), 4);
    assert_int_equal(ei_project_min_points(EI_PROJECT_SIM_NORMAL, 3), 4);
}

static void bad_options(void **state)
{
    (void)state;
    const double v[] = { 10, 11, 12, 13 };
    ei_series *s = annual(2017, v, 4);
    ei_project_options o = EI_PROJECT_OPTIONS_INIT;
    o.version = 99;
    project_fails(s, &o, EI_EINVAL, "unknown projection options version 99");
    o = (ei_project_options)EI_PROJECT_OPTIONS_INIT;
    o.level = 1.0;
    project_fails(s, &o, EI_EINVAL, NULL);
    o = (ei_project_options)EI_PROJECT_OPTIONS_INIT;
    o.horizon = 0;
    project_fails(s, &o, EI_EINVAL, NULL);
    o = (ei_project_options)EI_PROJECT_OPTIONS_INIT;
    o.to = ei_period_year(2020);
    project_fails(s, &o, EI_EINVAL,
                  "the end period 2020 is not after the last observation "
                  "2020");
    o.to = ei_period_quarter(2025, 4);
    project_fails(s, &o, EI_EINVAL, NULL);
    o.to = ei_period_year(2020 + EI_PROJECT_MAX_HORIZON + 1);
    project_fails(s, &o, EI_ERANGE,
                  "1001 periods ahead is beyond what a projection can say "
                  "(at most 1000)");
    o.to = ei_period_year(2020 + EI_PROJECT_MAX_HORIZON);
    ei_projection_free(project_ok(s, &o));
    o = (ei_project_options)EI_PROJECT_OPTIONS_INIT;
    o.method = EI_PROJECT_METHOD_COUNT_;
    project_fails(s, &o, EI_EINVAL, NULL);
    ei_projection *p = (ei_projection *)1;
    assert_int_equal(ei_project(&p, NULL, NULL, NULL), EI_EINVAL);
    assert_null(p);
    assert_int_equal(ei_project(NULL, s, NULL, NULL), EI_EINVAL);
    ei_projection_free(NULL);
    ei_series_free(s);
}

/* NULL options are the defaults: a linear trend 5 periods ahead at 95%;
 * the point series keeps the input's metadata. A trailing missing value
 * moves the origin back. */
static void defaults_and_metadata(void **state)
{
    (void)state;
    const double v[] = { 10, 11, 12, 13, NAN };
    ei_series *s = annual(2017, v, 5);
    ei_projection *p = project_ok(s, NULL);
    assert_int_equal(ei_projection_method(p), EI_PROJECT_LINEAR);
    assert_close(ei_projection_level(p), 0.95, 1e-15);
    const ei_series *pt = ei_projection_point(p);
    assert_int_equal(ei_series_len(pt), 5);
    assert_int_equal(ei_series_start(pt).year, 2021);
    assert_int_equal(ei_projection_get_fit(p)->origin.year, 2020);
    assert_string_equal(ei_series_region(pt), "汉阳区");
    assert_string_equal(ei_series_indicator(pt), "gdp");
    assert_int_equal(ei_series_freq(pt), EI_FREQ_ANNUAL);
    /* an exact line: 14 in 2021 */
    assert_close(ei_series_value_at(pt, 0), 14, 1e-12);
    double prob = 0;
    assert_int_equal(ei_projection_prob_reach(p, ei_period_year(2030), 1,
                                              &prob, NULL),
                     EI_ENOTFOUND);
    assert_int_equal(ei_projection_prob_reach(p, ei_period_year(2021), NAN,
                                              &prob, NULL),
                     EI_EINVAL);
    ei_projection_free(p);
    ei_series_free(s);
}

/* NULL projection: NULL, NaN, EI_EINVAL (project.h). */
static void null_projection(void **state)
{
    (void)state;
    double prob = 0;
    assert_null(ei_projection_point(NULL));
    assert_null(ei_projection_lower(NULL));
    assert_null(ei_projection_upper(NULL));
    assert_null(ei_projection_get_fit(NULL));
    assert_null(ei_projection_method_name(NULL));
    assert_true(isnan(ei_projection_level(NULL)));
    assert_int_equal(ei_projection_prob_reach(NULL, ei_period_year(2025),
                                              1100, &prob, NULL),
                     EI_EINVAL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(names_round_trip),
        cmocka_unit_test(null_projection),
        cmocka_unit_test(bad_options),
        cmocka_unit_test(defaults_and_metadata),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
