/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Average growth: CAGR, geometric average of rates, two-year average. */
#include "growth_fixture.h"

#define assert_result(r, v, tol)                          \
    do {                                                  \
        assert_int_equal((r).reason, EI_REASON_NONE);     \
        assert_close((r).value, (v), (tol));              \
    } while (0)
#define assert_no_result(r, why)                          \
    do {                                                  \
        assert_true(isnan((r).value));                    \
        assert_int_equal((r).reason, (why));              \
    } while (0)

/* Published figure rounded to one decimal, as bureaus print it. */
static double one_decimal(double x)
{
    return round(x * 10) / 10;
}

/* DOMAIN.md / Hanyang 14th five-year plan: 699 亿元 (2020) -> 1100 亿元
 * (2025) needs 9.49 % a year. By hand: (1100/699)^(1/5) - 1 = 0.0949218. */
static void test_cagr_hanyang(void **state)
{
    ei_result r = ei_growth_cagr(699, 1100, 5);
    (void)state;

    assert_result(r, 9.49217979386896, 1e-12);
    assert_close(round(r.value * 100) / 100, 9.49, 1e-12);
}

static void test_cagr_edges(void **state)
{
    (void)state;
    assert_no_result(ei_growth_cagr(0, 1100, 5), EI_REASON_ZERO_BASE);
    assert_no_result(ei_growth_cagr(-5, 1100, 5), EI_REASON_NEGATIVE_BASE);
    assert_no_result(ei_growth_cagr(699, -1, 5), EI_REASON_DOMAIN);
    assert_no_result(ei_growth_cagr(699, 1100, 0), EI_REASON_DOMAIN);
    assert_no_result(ei_growth_cagr(NAN, 1100, 5),
                     EI_REASON_MISSING_OPERAND);
    assert_result(ei_growth_cagr(100, 0, 2), -100, 1e-15);
    /* a fall: 100 -> 81 over two years is -10 % a year */
    assert_result(ei_growth_cagr(100, 81, 2), -10, 1e-12);
}

/* DOMAIN.md: +16.9 % against 2019 gives a two-year average of 8.1 %;
 * +6.4 % gives 3.2 %. By hand: sqrt(1.169) - 1 = 0.0812030,
 * sqrt(1.064) - 1 = 0.0315038. The arithmetic mean (8.45, 3.2) is wrong
 * for the first. */
static void test_two_year_average(void **state)
{
    ei_result r;
    (void)state;

    r = ei_growth_average_total(16.9, 2);
    assert_result(r, 8.120303366204, 1e-10);
    assert_close(one_decimal(r.value), 8.1, 1e-12);
    r = ei_growth_average_total(6.4, 2);
    assert_result(r, 3.150375665821, 1e-10);
    assert_close(one_decimal(r.value), 3.2, 1e-12);
    /* From the two annual rates: 2020 +2.3 %, 2021 +8.1 % (China's GDP,
     * NBS communiqués): sqrt(1.023 * 1.081) - 1 = 0.0515975 (5.2 %). */
    r = ei_growth_two_year_average(2.3, 8.1);
    assert_result(r, (sqrt(1.023 * 1.081) - 1) * 100, 1e-12);
    assert_close(one_decimal(r.value), 5.2, 1e-12);
    assert_no_result(ei_growth_two_year_average(-101, 5), EI_REASON_DOMAIN);
    assert_no_result(ei_growth_average_total(-120, 2), EI_REASON_DOMAIN);
    assert_result(ei_growth_average_total(-100, 2), -100, 1e-15);
}

/* General n-year average: 10 %, 20 %, -5 % -> (1.1*1.2*0.95)^(1/3) - 1
 * = 1.254^(1/3) - 1 = 0.0784 (by hand). */
static void test_average_rates(void **state)
{
    const double g[] = {10, 20, -5};
    const double gap[] = {10, NAN};
    (void)state;

    assert_result(ei_growth_average_rates(g, 3),
                  (cbrt(1.1 * 1.2 * 0.95) - 1) * 100, 1e-12);
    assert_no_result(ei_growth_average_rates(g, 0),
                     EI_REASON_TOO_FEW_POINTS);
    assert_no_result(ei_growth_average_rates(gap, 2),
                     EI_REASON_MISSING_OPERAND);
}

/* Property: chaining the single-period growth rates reproduces the total,
 * so the average of the rates equals the CAGR of the levels. */
static void test_chaining_reproduces_total(void **state)
{
    const double x[] = {699, 731.5, 690.2, 812.9, 905.4, 1100};
    double g[5];
    (void)state;

    for (size_t i = 1; i < 6; i++)
        g[i - 1] = (x[i] / x[i - 1] - 1) * 100;
    assert_result(ei_growth_average_rates(g, 5),
                  ei_growth_cagr(x[0], x[5], 5).value, 1e-12);
}

/* Series forms: Hanyang GDP levels 2020..2025 (2021-2024 hypothetical,
 * 2020 and the 2025 target from the five-year plan). */
static void test_series_forms(void **state)
{
    const double x[] = {699, 760, 810, 880, 980, 1100};
    ei_series *s = fx_levels(ei_period_year(2020), x, 6);
    ei_result r;
    (void)state;

    assert_int_equal(ei_series_cagr(&r, s, ei_period_year(2020),
                                    ei_period_year(2025), NULL, NULL),
                     EI_OK);
    assert_result(r, 9.49217979386896, 1e-12);
    assert_int_equal(ei_series_cagr(&r, s, ei_period_year(2019),
                                    ei_period_year(2025), NULL, NULL),
                     EI_OK);
    assert_no_result(r, EI_REASON_OUT_OF_RANGE);
    assert_int_equal(ei_series_cagr(&r, s, ei_period_quarter(2020, 1),
                                    ei_period_year(2025), NULL, NULL),
                     EI_OK);
    assert_no_result(r, EI_REASON_FREQ_MISMATCH);
    assert_int_equal(ei_series_cagr(&r, s, ei_period_year(2025),
                                    ei_period_year(2020), NULL, NULL),
                     EI_EINVAL);
    /* reported rates 2021..2025: 12.2, 7.0, 6.5, 5.5, 7.0 */
    fx_growth(s, 1, 12.2, EI_BOUND_EXACT);
    fx_growth(s, 2, 7.0, EI_BOUND_EXACT);
    fx_growth(s, 3, 6.5, EI_BOUND_EXACT);
    fx_growth(s, 4, 5.5, EI_BOUND_EXACT);
    assert_int_equal(ei_series_average_growth(&r, s, ei_period_year(2020),
                                              ei_period_year(2025), NULL,
                                              NULL),
                     EI_OK);
    assert_no_result(r, EI_REASON_MISSING_OPERAND);
    fx_growth(s, 5, 7.0, EI_BOUND_EXACT);
    assert_int_equal(ei_series_average_growth(&r, s, ei_period_year(2020),
                                              ei_period_year(2025), NULL,
                                              NULL),
                     EI_OK);
    assert_result(r,
                  (pow(1.122 * 1.07 * 1.065 * 1.055 * 1.07, 0.2) - 1) * 100,
                  1e-12);
    ei_series_free(s);
}

/* CAGR never spans a caliber break (Hanyang 2018 -> 2020). */
static void test_series_cagr_break(void **state)
{
    const double x[] = {1000, NAN, 699};
    ei_series *s = fx_levels(ei_period_year(2018), x, 3);
    ei_break b = {ei_period_year(2018), ei_period_year(2019)};
    ei_result r;
    (void)state;

    assert_int_equal(ei_series_add_break(s, b, NULL), EI_OK);
    assert_int_equal(ei_series_cagr(&r, s, ei_period_year(2018),
                                    ei_period_year(2020), NULL, NULL),
                     EI_OK);
    assert_no_result(r, EI_REASON_BREAK);
    ei_series_free(s);
}

/* Quarterly: years between 2020Q4 and 2022Q4 are 2. */
static void test_quarterly_years(void **state)
{
    double x[9];
    ei_series *s;
    ei_result r;
    (void)state;

    for (size_t i = 0; i < 9; i++)
        x[i] = 100 * pow(1.01, (double)i);
    s = fx_levels(ei_period_quarter(2020, 4), x, 9);
    assert_int_equal(ei_series_cagr(&r, s, ei_period_quarter(2020, 4),
                                    ei_period_quarter(2022, 4), NULL, NULL),
                     EI_OK);
    assert_result(r, (pow(1.01, 4) - 1) * 100, 1e-12);
    ei_series_free(s);
}

/* Series form of 两年平均: 2021Q1 against 2019Q1, 116.9 / 100 -> 8.12 %
 * (DOMAIN.md: +16.9 % against 2019 gives 8.1 %). A level that fell below
 * zero is DOMAIN, a break BREAK. */
static void test_series_two_year(void **state)
{
    const double x[] = {100, 50, 40, 30, 90, 60, 45, 35, 116.9, 56, -1, 40};
    ei_series *s = fx_levels(ei_period_quarter(2019, 1), x, 12), *r = NULL;
    ei_break b = {ei_period_quarter(2019, 3), ei_period_quarter(2019, 4)};
    (void)state;

    assert_int_equal(ei_series_two_year_average(&r, s, NULL, NULL), EI_OK);
    assert_missing(r, 7, EI_REASON_OUT_OF_RANGE);
    assert_point(r, 8, 8.120303366204, 1e-10);
    assert_point(r, 9, (sqrt(56.0 / 50) - 1) * 100, 1e-12);
    assert_missing(r, 10, EI_REASON_DOMAIN);
    assert_string_equal(ei_series_unit(r).name, "%");
    ei_series_free(r);
    assert_int_equal(ei_series_add_break(s, b, NULL), EI_OK);
    assert_int_equal(ei_series_two_year_average(&r, s, NULL, NULL), EI_OK);
    assert_missing(r, 8, EI_REASON_BREAK);  /* 2019Q1 is of the old caliber */
    assert_missing(r, 10, EI_REASON_BREAK); /* before DOMAIN */
    assert_point(r, 11, (sqrt(40.0 / 30) - 1) * 100, 1e-12); /* both new */
    ei_series_free(r);
    ei_series_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cagr_hanyang),
        cmocka_unit_test(test_cagr_edges),
        cmocka_unit_test(test_two_year_average),
        cmocka_unit_test(test_average_rates),
        cmocka_unit_test(test_chaining_reproduces_total),
        cmocka_unit_test(test_series_forms),
        cmocka_unit_test(test_series_cagr_break),
        cmocka_unit_test(test_quarterly_years),
        cmocka_unit_test(test_series_two_year),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
