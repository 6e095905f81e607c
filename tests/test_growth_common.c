/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Private helpers of the growth modules: options, operands, results. */
#include "growth_fixture.h"

#include "growth_common.h"

static void test_options(void **state)
{
    ei_growth_options o, in = EI_GROWTH_OPTIONS_INIT;
    (void)state;

    assert_int_equal(ei_growth_options_get(&o, NULL, NULL), EI_OK);
    assert_int_equal(o.version, EI_GROWTH_OPTIONS_VERSION);
    assert_close(o.caliber_threshold, 5.0, 1e-15);
    assert_false(o.allow_incomplete);
    in.allow_incomplete = true;
    assert_int_equal(ei_growth_options_get(&o, &in, NULL), EI_OK);
    assert_true(o.allow_incomplete);
    in.version = 0;
    assert_int_equal(ei_growth_options_get(&o, &in, NULL), EI_EINVAL);
    in.version = EI_GROWTH_OPTIONS_VERSION;
    in.caliber_threshold = -1;
    assert_int_equal(ei_growth_options_get(&o, &in, NULL), EI_EINVAL);
    in.caliber_threshold = NAN;
    assert_int_equal(ei_growth_options_get(&o, &in, NULL), EI_EINVAL);
}

static void test_operands(void **state)
{
    const double v[] = {1, NAN, 3, 4};
    ei_series *s = fx_levels(ei_period_year(2020), v, 4);
    ei_reason w;
    (void)state;

    fx_growth(s, 2, NAN, EI_BOUND_ABOVE);
    fx_growth(s, 3, NAN, EI_BOUND_ABOUT);
    assert_close(ei_operand(s, ei_period_year(2020), false, &w), 1, 0);
    assert_int_equal(w, EI_REASON_NONE);
    assert_true(isnan(ei_operand(s, ei_period_year(2021), false, &w)));
    assert_int_equal(w, EI_REASON_MISSING_OPERAND);
    assert_true(isnan(ei_operand(s, ei_period_year(2022), false, &w)));
    assert_int_equal(w, EI_REASON_BOUND);
    assert_close(ei_operand(s, ei_period_year(2022), true, &w), 3, 0);
    assert_close(ei_operand(s, ei_period_year(2023), false, &w), 4, 0);
    assert_true(isnan(ei_operand(s, ei_period_year(2019), false, &w)));
    assert_int_equal(w, EI_REASON_OUT_OF_RANGE);
    assert_true(isnan(ei_operand(s, ei_period_quarter(2020, 1), false, &w)));
    assert_int_equal(w, EI_REASON_OUT_OF_RANGE);
    ei_series_free(s);
}

static void test_results(void **state)
{
    ei_result r;
    (void)state;

    r = ei_result_of(HUGE_VAL, EI_REASON_NONE);
    assert_true(isnan(r.value));
    assert_int_equal(r.reason, EI_REASON_DOMAIN);
    r = ei_result_of(2, EI_REASON_ZERO_BASE);
    assert_true(isnan(r.value));
    assert_int_equal(r.reason, EI_REASON_ZERO_BASE);
    assert_int_equal(ei_base_reason(0), EI_REASON_ZERO_BASE);
    assert_int_equal(ei_base_reason(-0.0), EI_REASON_ZERO_BASE);
    assert_int_equal(ei_base_reason(-1), EI_REASON_NEGATIVE_BASE);
    assert_int_equal(ei_base_reason(1e-300), EI_REASON_NONE);
}

static void test_derive_and_units(void **state)
{
    const double v[] = {1, 2};
    ei_series *s = fx_levels(ei_period_month(2020, 11), v, 2), *d = NULL;
    ei_series *w = fx_series(ei_period_month(2020, 11), v, 2, "万元",
                             EI_MEASURE_LEVEL);
    ei_break b = {ei_period_month(2020, 11), ei_period_month(2020, 12)};
    double f;
    (void)state;

    assert_int_equal(ei_series_add_break(s, b, NULL), EI_OK);
    assert_int_equal(ei_series_derive(&d, s, "%", EI_MEASURE_RATE, NULL),
                     EI_OK);
    assert_int_equal(ei_series_len(d), 2);
    assert_int_equal(ei_series_break_count(d), 1);
    assert_string_equal(ei_series_unit(d).name, "%");
    assert_string_equal(ei_series_region(d), "汉阳区");
    assert_missing(d, 0, EI_REASON_MISSING);
    ei_series_free(d);
    assert_int_equal(ei_series_unit_factor(&f, w, s, false, "x", NULL),
                     EI_EUNIT);
    assert_int_equal(ei_series_unit_factor(&f, w, s, true, "x", NULL), EI_OK);
    assert_close(f, 1e-4, 1e-15);
    assert_int_equal(ei_series_unit_factor(&f, s, s, false, "x", NULL),
                     EI_OK);
    assert_close(f, 1, 0);
    ei_series_free(w);
    ei_series_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_options),
        cmocka_unit_test(test_operands),
        cmocka_unit_test(test_results),
        cmocka_unit_test(test_derive_and_units),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
