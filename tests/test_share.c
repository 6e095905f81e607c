/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Shares and changes in percentage points. */
#include "growth_fixture.h"

/* Hanyang 2017 (2018 work report): "将财政支出的67.7%用于民生" -- a share
 * of 67.7 for livelihood spending of 67.7 out of 100. Hand-worked: 16 of
 * 25 is 64 %. */
static void test_share(void **state)
{
    ei_result r;
    (void)state;

    r = ei_share(16, 25);
    assert_int_equal(r.reason, EI_REASON_NONE);
    assert_close(r.value, 64, 1e-15);
    assert_close(ei_share(67.7, 100).value, 67.7, 1e-15);
    assert_int_equal(ei_share(1, 0).reason, EI_REASON_ZERO_BASE);
    assert_int_equal(ei_share(1, -4).reason, EI_REASON_NEGATIVE_BASE);
    assert_int_equal(ei_share(NAN, 4).reason, EI_REASON_MISSING_OPERAND);
    assert_true(isnan(ei_share(1, 0).value));
}

/* Unemployment 5.0 % -> 5.5 % is +0.5 percentage points (not +10 %). */
static void test_pp_change(void **state)
{
    (void)state;
    assert_close(ei_pp_change(5.0, 5.5).value, 0.5, 1e-12);
    assert_close(ei_pp_change(40, 38.5).value, -1.5, 1e-12);
    assert_int_equal(ei_pp_change(NAN, 1).reason, EI_REASON_MISSING_OPERAND);
}

/* Share of a part in 万元 of a whole in 亿元: refused unless converted
 * (it would be off by 1e4); converted, 2 800 000 万元 of 700 亿元 is 40 %. */
static void test_series_share(void **state)
{
    const double part[] = {2800000, NAN, 1000}, whole[] = {700, 800};
    ei_series *p = fx_series(ei_period_year(2020), part, 3, "万元",
                             EI_MEASURE_LEVEL);
    ei_series *w = fx_levels(ei_period_year(2020), whole, 2), *r = NULL;
    ei_growth_options o = EI_GROWTH_OPTIONS_INIT;
    (void)state;

    assert_int_equal(ei_series_share(&r, p, w, NULL, NULL), EI_EUNIT);
    assert_null(r);
    o.convert_units = true;
    assert_int_equal(ei_series_share(&r, p, w, &o, NULL), EI_OK);
    assert_point(r, 0, 40, 1e-12);
    assert_missing(r, 1, EI_REASON_MISSING_OPERAND);
    assert_missing(r, 2, EI_REASON_OUT_OF_RANGE);
    assert_string_equal(ei_series_unit(r).name, "%");
    ei_series_free(r);
    ei_series_free(w);
    ei_series_free(p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_share),
        cmocka_unit_test(test_pp_change),
        cmocka_unit_test(test_series_share),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
