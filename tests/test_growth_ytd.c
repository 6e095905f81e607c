/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Year-to-date data: single months from cumulative values and back, and
 * cumulative growth. */
#include "growth_fixture.h"

static ei_series *ytd(ei_period start, const double *v, size_t n)
{
    return fx_series(start, v, n, "亿元", EI_MEASURE_YTD);
}

/* 1-2月 published combined: January has no figure, February's covers both.
 * Hand-worked: C = (-, 20, 32, 45) -> m = (combined, combined, 12, 13). */
static void test_combined_jan_feb(void **state)
{
    const double c[] = {NAN, 20, 32, 45};
    ei_series *s = ytd(ei_period_month(2023, 1), c, 4), *r = NULL;
    (void)state;

    assert_int_equal(ei_ytd_to_single(&r, s, NULL, NULL), EI_OK);
    assert_missing(r, 0, EI_REASON_COMBINED);
    assert_missing(r, 1, EI_REASON_COMBINED);
    assert_point(r, 2, 12, 1e-15);
    assert_point(r, 3, 13, 1e-15);
    assert_int_equal(ei_series_measure(r), EI_MEASURE_LEVEL);
    ei_series_free(r);
    ei_series_free(s);
}

/* A series that starts at 1-2月 (February) is the same case. */
static void test_series_starting_in_february(void **state)
{
    const double c[] = {20, 32};
    ei_series *s = ytd(ei_period_month(2023, 2), c, 2), *r = NULL;
    (void)state;

    assert_int_equal(ei_ytd_to_single(&r, s, NULL, NULL), EI_OK);
    assert_missing(r, 0, EI_REASON_COMBINED);
    assert_point(r, 1, 12, 1e-15);
    ei_series_free(r);
    ei_series_free(s);
}

/* Within a year: m_t = C_t - C_{t-1}; January is C_Jan; a missing month
 * makes the next single month missing too, never zero. Across the year
 * boundary nothing is subtracted. */
static void test_within_year(void **state)
{
    const double c[] = {70, 80, 5, 11, NAN, 30};
    ei_series *s = ytd(ei_period_month(2022, 11), c, 6), *r = NULL;
    (void)state;

    assert_int_equal(ei_ytd_to_single(&r, s, NULL, NULL), EI_OK);
    assert_missing(r, 0, EI_REASON_OUT_OF_RANGE); /* October outside */
    assert_point(r, 1, 10, 1e-15);
    assert_point(r, 2, 5, 1e-15); /* January 2023 = C_Jan */
    assert_point(r, 3, 6, 1e-15);
    assert_missing(r, 4, EI_REASON_MISSING_OPERAND);
    assert_missing(r, 5, EI_REASON_MISSING_OPERAND);
    ei_series_free(r);
    ei_series_free(s);
}

/* Quarterly cumulative (一季度, 上半年, 前三季度, 全年). */
static void test_quarterly(void **state)
{
    const double c[] = {100, 210, 330, 460};
    ei_series *s = ytd(ei_period_quarter(2023, 1), c, 4), *r = NULL;
    (void)state;

    assert_int_equal(ei_ytd_to_single(&r, s, NULL, NULL), EI_OK);
    assert_point(r, 0, 100, 1e-15);
    assert_point(r, 1, 110, 1e-15);
    assert_point(r, 3, 130, 1e-15);
    ei_series_free(r);
    ei_series_free(s);
}

/* Property: accumulate then de-accumulate is the identity, and so is the
 * reverse where January is published. */
static void test_round_trip(void **state)
{
    double m[24], year = 0;
    ei_series *s, *c = NULL, *back = NULL, *again = NULL;
    (void)state;

    for (size_t i = 0; i < 24; i++)
        m[i] = 50 + 3.25 * (double)i - (double)(i % 5);
    s = fx_levels(ei_period_month(2021, 1), m, 24);
    assert_int_equal(ei_single_to_ytd(&c, s, NULL, NULL), EI_OK);
    assert_int_equal(ei_series_measure(c), EI_MEASURE_YTD);
    for (size_t i = 0; i < 12; i++)
        year += m[i];
    assert_point(c, 11, year, 1e-14);
    assert_int_equal(ei_ytd_to_single(&back, c, NULL, NULL), EI_OK);
    for (size_t i = 0; i < 24; i++)
        assert_point(back, i, m[i], 1e-12);
    assert_int_equal(ei_single_to_ytd(&again, back, NULL, NULL), EI_OK);
    for (size_t i = 0; i < 24; i++)
        assert_point(again, i, ei_series_value_at(c, i), 1e-12);
    ei_series_free(again);
    ei_series_free(back);
    ei_series_free(c);
    ei_series_free(s);
}

static void test_single_to_ytd_gaps(void **state)
{
    const double m[] = {5, NAN, 7, 8};
    ei_series *s = fx_levels(ei_period_month(2023, 2), m, 4), *c = NULL;
    ei_break b = {ei_period_month(2023, 3), ei_period_month(2023, 4)};
    (void)state;

    assert_int_equal(ei_series_add_break(s, b, NULL), EI_OK);
    assert_int_equal(ei_single_to_ytd(&c, s, NULL, NULL), EI_OK);
    assert_missing(c, 0, EI_REASON_OUT_OF_RANGE); /* January outside */
    assert_missing(c, 1, EI_REASON_OUT_OF_RANGE);
    assert_missing(c, 3, EI_REASON_BREAK);
    ei_series_free(c);
    ei_series_free(s);
}

/* 累计增长 = C_t / C_{t, a year ago} - 1: 1-3月 2023 45 against 1-3月 2022
 * 40 is +12.5 %. */
static void test_ytd_growth(void **state)
{
    double c[15] = {10, 22, 40};
    ei_series *s, *r = NULL, *lv;
    ei_error err;
    (void)state;

    for (size_t i = 3; i < 12; i++)
        c[i] = 40 + 10 * (double)(i - 2);
    c[12] = NAN;
    c[13] = 30;
    c[14] = 45;
    s = ytd(ei_period_month(2022, 1), c, 15);
    assert_int_equal(ei_ytd_growth(&r, s, NULL, NULL), EI_OK);
    assert_point(r, 14, 12.5, 1e-13);
    assert_missing(r, 12, EI_REASON_MISSING_OPERAND);
    assert_point(r, 13, (30.0 / 22 - 1) * 100, 1e-13);
    ei_series_free(r);
    lv = fx_levels(ei_period_month(2022, 1), c, 15);
    assert_int_equal(ei_ytd_growth(&r, lv, NULL, &err), EI_EINVAL);
    assert_null(r);
    ei_series_free(lv);
    ei_series_free(s);
}

static void test_errors(void **state)
{
    const double c[] = {1, 2};
    ei_series *s = ytd(ei_period_year(2022), c, 2), *r = NULL;
    (void)state;

    assert_int_equal(ei_ytd_to_single(&r, s, NULL, NULL), EI_EINVAL);
    assert_int_equal(ei_single_to_ytd(&r, s, NULL, NULL), EI_EINVAL);
    assert_int_equal(ei_ytd_to_single(&r, NULL, NULL, NULL), EI_EINVAL);
    assert_null(r);
    ei_series_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_combined_jan_feb),
        cmocka_unit_test(test_series_starting_in_february),
        cmocka_unit_test(test_within_year),
        cmocka_unit_test(test_quarterly),
        cmocka_unit_test(test_round_trip),
        cmocka_unit_test(test_single_to_ytd_gaps),
        cmocka_unit_test(test_ytd_growth),
        cmocka_unit_test(test_errors),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
