/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Fixed-base and chained comparable-price indices. */
#include "growth_fixture.h"

static ei_series *fixed(const ei_series *s, ei_period base)
{
    ei_series *r = NULL;

    assert_int_equal(ei_series_index_fixed_base(&r, s, base, NULL, NULL),
                     EI_OK);
    assert_int_equal(ei_series_measure(r), EI_MEASURE_INDEX);
    return r;
}

/* 定基: I_t = X_t / X_base * 100. Hand-worked: base 2020 = 699;
 * 2021 760 -> 108.7268, 2019 missing. */
static void test_fixed_base(void **state)
{
    const double x[] = {NAN, 699, 760, 0};
    ei_series *s = fx_levels(ei_period_year(2019), x, 4), *r;
    (void)state;

    r = fixed(s, ei_period_year(2020));
    assert_missing(r, 0, EI_REASON_MISSING_OPERAND);
    assert_point(r, 1, 100, 1e-15);
    assert_point(r, 2, 760.0 / 699 * 100, 1e-14);
    assert_point(r, 3, 0, 1e-15);
    ei_series_free(r);
    r = fixed(s, ei_period_year(2022)); /* base 0 */
    assert_missing(r, 1, EI_REASON_ZERO_BASE);
    assert_missing(r, 2, EI_REASON_ZERO_BASE);
    ei_series_free(r);
    r = fixed(s, ei_period_year(2019)); /* base missing */
    assert_missing(r, 2, EI_REASON_MISSING_OPERAND);
    ei_series_free(r);
    ei_series_free(s);
}

static void test_fixed_base_break_and_range(void **state)
{
    const double x[] = {948, 1000, 699};
    ei_series *s = fx_levels(ei_period_year(2017), x, 3), *r = NULL;
    ei_break b = {ei_period_year(2018), ei_period_year(2019)};
    ei_error err;
    (void)state;

    assert_int_equal(ei_series_add_break(s, b, NULL), EI_OK);
    r = fixed(s, ei_period_year(2017));
    assert_point(r, 1, 1000.0 / 948 * 100, 1e-14);
    assert_missing(r, 2, EI_REASON_BREAK);
    ei_series_free(r);
    assert_int_equal(ei_series_index_fixed_base(&r, s, ei_period_year(2030),
                                                NULL, &err),
                     EI_ENOTFOUND);
    assert_null(r);
    assert_non_null(strstr(err.text, "2030"));
    ei_series_free(s);
}

/* 可比价 index from published real growth; China's GDP real growth (NBS):
 * 2019 6.0, 2020 2.3, 2021 8.1. Base 2020 = 100: 2021 = 108.1, 2019 =
 * 100 / 1.023 = 97.7517, 2018 = 97.7517 / 1.06 = 92.2186 (by hand). The
 * chain does not stop at a caliber break (comparable growth is computed on
 * one caliber) and ignores the levels. */
static void test_chain(void **state)
{
    const double x[] = {NAN, NAN, 5, NAN};
    ei_series *s = fx_levels(ei_period_year(2018), x, 4), *r = NULL;
    ei_break b = {ei_period_year(2019), ei_period_year(2020)};
    (void)state;

    fx_growth(s, 1, 6.0, EI_BOUND_EXACT);
    fx_growth(s, 2, 2.3, EI_BOUND_EXACT);
    fx_growth(s, 3, 8.1, EI_BOUND_EXACT);
    assert_int_equal(ei_series_add_break(s, b, NULL), EI_OK);
    assert_int_equal(ei_series_index_chain(&r, s, ei_period_year(2020), NULL,
                                           NULL),
                     EI_OK);
    assert_point(r, 2, 100, 1e-15);
    assert_point(r, 3, 108.1, 1e-14);
    assert_point(r, 1, 100 / 1.023, 1e-14);
    assert_point(r, 0, 100 / 1.023 / 1.06, 1e-14);
    ei_series_free(r);
    /* base 2018: forward 106, 108.438, 117.2215 */
    assert_int_equal(ei_series_index_chain(&r, s, ei_period_year(2018), NULL,
                                           NULL),
                     EI_OK);
    assert_point(r, 3, 106 * 1.023 * 1.081, 1e-14);
    ei_series_free(r);
    ei_series_free(s);
}

static void test_chain_gaps(void **state)
{
    const double x[] = {1, 2, 3, 4};
    ei_series *s = fx_levels(ei_period_year(2018), x, 4), *r = NULL;
    ei_series *q;
    (void)state;

    fx_growth(s, 1, 6.0, EI_BOUND_EXACT);
    fx_growth(s, 3, 8.1, EI_BOUND_EXACT); /* 2020 has no rate */
    assert_int_equal(ei_series_index_chain(&r, s, ei_period_year(2018), NULL,
                                           NULL),
                     EI_OK);
    assert_point(r, 1, 106, 1e-14);
    assert_missing(r, 2, EI_REASON_MISSING_OPERAND);
    assert_missing(r, 3, EI_REASON_MISSING_OPERAND); /* never carried over */
    ei_series_free(r);
    fx_growth(s, 2, -100, EI_BOUND_EXACT);
    assert_int_equal(ei_series_index_chain(&r, s, ei_period_year(2020), NULL,
                                           NULL),
                     EI_OK);
    assert_missing(r, 1, EI_REASON_DOMAIN); /* 100 / 0 */
    ei_series_free(r);
    q = fx_levels(ei_period_quarter(2018, 1), x, 4);
    assert_int_equal(ei_series_index_chain(&r, q, ei_period_quarter(2018, 1),
                                           NULL, NULL),
                     EI_EINVAL);
    ei_series_free(q);
    ei_series_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fixed_base),
        cmocka_unit_test(test_fixed_base_break_and_range),
        cmocka_unit_test(test_chain),
        cmocka_unit_test(test_chain_gaps),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
