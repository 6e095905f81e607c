/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Constant growth (given rate, last rate, average of k rates) and target
 * paths against hand-worked figures. */
#include "project_testutil.h"

/* Hanyang: 699 亿元 in 2020 (14th five-year plan) at 7.5% a year (the
 * plan's 年均增长7.5%以上) to 2025. By hand: 1.075^2 = 1.155625,
 * ^4 = 1.335469140625, ^5 = 1.435629326171875; 699 * that =
 * 1003.504898994140625: short of the 1100 target. */
static void given_rate(void **state)
{
    (void)state;
    const double v[] = { 699 };
    ei_series *s = annual(2020, v, 1);
    add_break(s, 2018, 2019);
    ei_project_options o = EI_PROJECT_OPTIONS_INIT;
    o.method = EI_PROJECT_CONSTANT_RATE;
    o.rate = 7.5;
    o.to = ei_period_year(2025);
    ei_projection *p = project_ok(s, &o);
    const ei_series *pt = ei_projection_point(p);
    assert_int_equal(ei_series_len(pt), 5);
    assert_close(ei_series_value_at(pt, 0), 751.425, 1e-14);
    assert_close(ei_series_value_at(pt, 4), 1003.504898994140625, 1e-14);
    assert_null(ei_projection_lower(p));
    assert_null(ei_projection_upper(p));
    assert_close(ei_projection_get_fit(p)->rate, 0.075, 1e-15);
    double prob = -1;
    assert_int_equal(ei_projection_prob_reach(p, ei_period_year(2025), 1100,
                                              &prob, NULL),
                     EI_OK);
    assert_true(prob == 0.0);
    ei_projection_free(p);
    ei_series_free(s);
}

/* DOMAIN.md: 699 (2020) -> 1100 (2025) needs 9.49% a year; the path ends
 * on the target. */
static void target_path(void **state)
{
    (void)state;
    const double v[] = { 699 };
    ei_series *s = annual(2020, v, 1);
    ei_project_options o = EI_PROJECT_OPTIONS_INIT;
    o.method = EI_PROJECT_TARGET_PATH;
    o.target = 1100;
    o.to = ei_period_year(2025);
    ei_projection *p = project_ok(s, &o);
    double r = ei_projection_get_fit(p)->rate;
    assert_true(fabs(r * 100 - 9.49) < 0.005);
    assert_true(ei_series_value_at(ei_projection_point(p), 4) == 1100);
    /* On its own path the target is met (not missed by a rounding). */
    double prob = 0;
    assert_int_equal(ei_projection_prob_reach(p, o.to, 1100, &prob, NULL),
                     EI_OK);
    assert_true(prob == 1.0);
    ei_projection_free(p);
    o.target = NAN;
    project_fails(s, &o, EI_EINVAL, NULL);
    ei_series_free(s);
}

/* Levels 100, 100, 121, 133.1: growth 0%, 21%, 10%. Last rate 10%;
 * average of 3 = (1 * 1.21 * 1.1)^(1/3) - 1 = 1.331^(1/3) - 1 = 10%;
 * average of 2 = sqrt(1.21 * 1.1) - 1 = sqrt(1.331) - 1 = 15.3689…%
 * (by hand: 1.15369^2 = 1.33100). */
static void history_rates(void **state)
{
    (void)state;
    const double v[] = { 100, 100, 121, 133.1 };
    ei_series *s = annual(2017, v, 4);
    ei_project_options o = EI_PROJECT_OPTIONS_INIT;
    o.horizon = 2;
    o.method = EI_PROJECT_CONSTANT_LAST;
    ei_projection *p = project_ok(s, &o);
    assert_close(ei_projection_get_fit(p)->rate, 0.1, 1e-12);
    assert_close(ei_series_value_at(ei_projection_point(p), 1), 161.051,
                 1e-12);
    ei_projection_free(p);

    o.method = EI_PROJECT_CONSTANT_AVG;
    o.k = 3;
    p = project_ok(s, &o);
    assert_close(ei_projection_get_fit(p)->rate, 0.1, 1e-12);
    assert_int_equal(ei_projection_get_fit(p)->n, 3);
    assert_int_equal(ei_projection_get_fit(p)->first.year, 2017);
    ei_projection_free(p);

    o.k = 2;
    p = project_ok(s, &o);
    assert_true(fabs(ei_projection_get_fit(p)->rate - 0.15369) < 5e-6);
    ei_projection_free(p);

    o.k = 4;
    project_fails(s, &o, EI_ENODATA,
                  "Constant growth at the average rate needs at least 4 "
                  "growth rates; the series has 3");
    ei_series_free(s);
}

/* Reported growth: the rate of the first year after a break is on the new
 * caliber and counts; a derived one would span the break. Hanyang-like:
 * 2018 1000 (old caliber), break 2019, 2019 650 (+7.4% reported),
 * 2020 699 (+2.0% reported; invented for the test). */
static void reported_growth(void **state)
{
    (void)state;
    const double v[] = { 1000, 650, 699 };
    ei_series *s = annual(2018, v, 3);
    add_break(s, 2018, 2019);
    assert_int_equal(ei_series_set_full(s, 1, 650, EI_REASON_NONE, 7.4,
                                        EI_STATUS_ACTUAL, EI_BOUND_EXACT),
                     EI_OK);
    assert_int_equal(ei_series_set_full(s, 2, 699, EI_REASON_NONE, 2.0,
                                        EI_STATUS_ACTUAL, EI_BOUND_EXACT),
                     EI_OK);
    ei_project_options o = EI_PROJECT_OPTIONS_INIT;
    o.method = EI_PROJECT_CONSTANT_AVG;
    o.k = 2;
    project_fails(s, &o, EI_ENODATA,
                  "Constant growth at the average rate needs at least 2 "
                  "growth rates after the 2019 caliber break; the series "
                  "has 1");
    o.growth_source = EI_GROWTH_REPORTED;
    ei_projection *p = project_ok(s, &o);
    /* sqrt(1.074 * 1.02) - 1 = sqrt(1.09548) - 1 = 4.665…% */
    assert_close(ei_projection_get_fit(p)->rate, sqrt(1.09548) - 1, 1e-12);
    ei_projection_free(p);

    o.method = EI_PROJECT_CONSTANT_LAST;
    o.growth_source = EI_GROWTH_DERIVED;
    p = project_ok(s, &o);
    /* derived: 699 / 650 - 1 */
    assert_close(ei_projection_get_fit(p)->rate, 49.0 / 650.0, 1e-12);
    ei_projection_free(p);
    ei_series_free(s);
}

static void nothing_after_break(void **state)
{
    (void)state;
    const double v[] = { 948, 1000, NAN };
    ei_series *s = annual(2017, v, 3);
    add_break(s, 2018, 2019);
    ei_project_options o = EI_PROJECT_OPTIONS_INIT;
    o.method = EI_PROJECT_CONSTANT_RATE;
    o.rate = 7.5;
    project_fails(s, &o, EI_ENODATA,
                  "Constant growth needs at least 1 observation after the "
                  "2019 caliber break; the series has 0");
    o.rate = -100;
    project_fails(s, &o, EI_EINVAL, NULL);
    ei_series_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(given_rate),
        cmocka_unit_test(target_path),
        cmocka_unit_test(history_rates),
        cmocka_unit_test(reported_growth),
        cmocka_unit_test(nothing_after_break),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
