/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reported against derived growth. */
#include "growth_fixture.h"

static const ei_indicator gdp = {
    "gdp", "地区生产总值", "GDP", "亿元", EI_BASIS_COMPARABLE,
    EI_DIRECTION_HIGHER, EI_MEASURE_LEVEL, "economy"};
static const ei_indicator retail = {
    "retail", "社会消费品零售总额", "retail sales", "亿元", EI_BASIS_CURRENT,
    EI_DIRECTION_HIGHER, EI_MEASURE_LEVEL, "economy"};

static ei_growth_check *check(const ei_series *s, size_t *n)
{
    ei_growth_check *rows = NULL;

    assert_int_equal(ei_growth_check_series(&rows, n, s, NULL, NULL), EI_OK);
    assert_non_null(rows);
    assert_int_equal(*n, ei_series_len(s));
    return rows;
}

/* Hanyang retail sales (seeds: 2018 work report, 14th five-year plan):
 * 2017 568 亿元 +10.2 % (estimate), 2020 470.67 亿元, "增长-21.7%". 2019 has
 * no level, so the 2020 rate is shown as reported, with no derived rate. */
static void test_hanyang_retail_2020(void **state)
{
    const double x[] = {568, NAN, NAN, 470.67};
    ei_series *s = fx_levels(ei_period_year(2017), x, 4);
    ei_growth_check *rows;
    size_t n;
    (void)state;

    ei_series_set_registered(s, &retail);
    fx_growth(s, 0, 10.2, EI_BOUND_EXACT);
    fx_growth(s, 3, -21.7, EI_BOUND_EXACT);
    rows = check(s, &n);
    assert_true(ei_period_equal(rows[3].period, ei_period_year(2020)));
    assert_close(rows[3].reported, -21.7, 1e-15);
    assert_true(isnan(rows[3].derived));
    assert_int_equal(rows[3].derived_reason, EI_REASON_MISSING_OPERAND);
    assert_true(isnan(rows[3].difference));
    assert_false(rows[3].caliber_flag);
    assert_close(rows[0].reported, 10.2, 1e-15);
    assert_int_equal(rows[0].derived_reason, EI_REASON_OUT_OF_RANGE);
    ei_growth_checks_free(rows);
    ei_series_free(s);
}

/* Where the 2019 level exists (implied: 470.67 / (1 - 0.217) = 601.11),
 * derived and reported agree: difference ~0, nominal basis, no deflator. */
static void test_retail_agrees(void **state)
{
    const double x[] = {470.67 / 0.783, 470.67};
    ei_series *s = fx_levels(ei_period_year(2019), x, 2);
    ei_growth_check *rows;
    size_t n;
    (void)state;

    ei_series_set_registered(s, &retail);
    fx_growth(s, 1, -21.7, EI_BOUND_EXACT);
    rows = check(s, &n);
    assert_close(rows[1].derived, -21.7, 1e-12);
    assert_true(fabs(rows[1].difference) < 1e-9);
    assert_true(isnan(rows[1].deflator));
    assert_false(rows[1].caliber_flag);
    ei_growth_checks_free(rows);
    ei_series_free(s);
}

/* Comparable-price growth beside current-price levels: nominal +10 %,
 * real +7 % -> implied deflator 1.10/1.07 - 1 = 2.8037 % (by hand). */
static void test_deflator(void **state)
{
    const double x[] = {1000, 1100};
    ei_series *s = fx_levels(ei_period_year(2020), x, 2);
    ei_growth_check *rows;
    size_t n;
    (void)state;

    ei_series_set_registered(s, &gdp);
    fx_growth(s, 1, 7.0, EI_BOUND_EXACT);
    rows = check(s, &n);
    assert_close(rows[1].derived, 10, 1e-12);
    assert_close(rows[1].difference, 3, 1e-12);
    assert_close(rows[1].deflator, (1.10 / 1.07 - 1) * 100, 1e-12);
    assert_false(rows[1].caliber_flag);
    ei_growth_checks_free(rows);
    ei_series_free(s);
}

/* Hanyang GDP: 1000 (2018) and 699 (2020) with positive growth. Without a
 * recorded break the gap is flagged as a possible caliber change; with
 * the break, no growth is derived at all. The levels here put 2019 at
 * 680 to make the point (no 2019 figure was published). */
static void test_caliber_flag_and_break(void **state)
{
    const double x[] = {1000, 680, 699};
    ei_series *s = fx_levels(ei_period_year(2018), x, 3);
    ei_growth_options o = EI_GROWTH_OPTIONS_INIT;
    ei_break b = {ei_period_year(2018), ei_period_year(2019)};
    ei_growth_check *rows;
    size_t n;
    (void)state;

    ei_series_set_registered(s, &gdp);
    fx_growth(s, 1, 7.4, EI_BOUND_EXACT);
    fx_growth(s, 2, 2.0, EI_BOUND_EXACT);
    rows = check(s, &n);
    assert_close(rows[1].difference, -32 - 7.4, 1e-12);
    assert_true(rows[1].caliber_flag);
    assert_false(rows[2].caliber_flag); /* 680 -> 699: 2.79 vs 2.0 */
    ei_growth_checks_free(rows);
    /* a wider threshold silences the flag */
    o.caliber_threshold = 50;
    assert_int_equal(ei_growth_check_series(&rows, &n, s, &o, NULL), EI_OK);
    assert_false(rows[1].caliber_flag);
    ei_growth_checks_free(rows);
    assert_int_equal(ei_series_add_break(s, b, NULL), EI_OK);
    rows = check(s, &n);
    assert_int_equal(rows[1].derived_reason, EI_REASON_BREAK);
    assert_true(isnan(rows[1].difference));
    assert_false(rows[1].caliber_flag);
    ei_growth_checks_free(rows);
    ei_series_free(s);
}

static void test_errors(void **state)
{
    ei_growth_check *rows = (ei_growth_check *)1;
    size_t n = 7;
    (void)state;

    assert_int_equal(ei_growth_check_series(&rows, &n, NULL, NULL, NULL),
                     EI_EINVAL);
    assert_null(rows);
    assert_int_equal(n, 0);
    ei_growth_checks_free(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_hanyang_retail_2020),
        cmocka_unit_test(test_retail_agrees),
        cmocka_unit_test(test_deflator),
        cmocka_unit_test(test_caliber_flag_and_break),
        cmocka_unit_test(test_errors),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
